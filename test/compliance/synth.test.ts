import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Compliance, ComplianceSuppressions } from '../../lib/compliance';
import { NetworkingSecgroupV2 } from '../../lib/providers/openstack/networking-secgroup-v2';
import { OpenstackProvider } from '../../lib/providers/openstack/provider';
import { deployment, sgRule } from '../util/compliance';

function newApp(): App {
  return new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-')), skipValidation: false });
}

/** A stack with the providers its resources need (cdktf validates that at synth). */
function newStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new OpenstackProvider(stack, 'openstack', {});
  new KubernetesProvider(stack, 'kubernetes', {});
  return stack;
}

function reportFiles(app: App, stack: string): { [ext: string]: string } {
  const dir = path.join(app.outdir, Compliance.REPORTS_FOLDER);
  return Object.fromEntries(['json', 'sarif', 'md'].map((ext) => [ext, fs.readFileSync(path.join(dir, `${stack}.${ext}`), 'utf8')]));
}

describe('Compliance at synth', () => {
  test('an ERROR finding fails synth, naming rule, construct and fix; reports are still written', () => {
    const app = newApp();
    const stack = newStack(app, 'bad');
    new NetworkingSecgroupV2(stack, 'sg', { name: 'sg' });
    Compliance.of(stack).enable(Compliance.SECURITY_BASELINE);
    expect(() => app.synth()).toThrow(/\[bad\/sg\] SEC-2 Security groups are default-deny: delete_default_rules is not true.*Fix: Set delete_default_rules = true/);
    const files = reportFiles(app, 'bad');
    expect(JSON.parse(files.json).errors).toBe(1);
    expect(JSON.parse(files.sarif).version).toBe('2.1.0');
    expect(files.md).toContain('**FAIL (1 open error(s); 1 finding(s) fail synth)**');
  });

  test('a clean stack synthesizes and reports PASS', () => {
    const app = newApp();
    const stack = newStack(app, 'good');
    new NetworkingSecgroupV2(stack, 'sg', { name: 'sg', deleteDefaultRules: true });
    Compliance.of(stack).enable(Compliance.SECURITY_BASELINE);
    app.synth();
    expect(reportFiles(app, 'good').md).toContain('**PASS**');
    expect(fs.existsSync(path.join(app.outdir, 'stacks', 'good', 'cdk.tf.json'))).toBe(true);
  });

  test('warnings do not fail synth and become annotations; failOnWarning makes them fail', () => {
    const build = (app: App, failOnWarning: boolean) => {
      const stack = newStack(app, 'warn');
      deployment(stack, 'web', { resources: false }); // SEC-8 is a WARNING
      Compliance.of(stack).enable(Compliance.SECURITY_BASELINE.withOptions({ failOnWarning }));
      return stack;
    };
    const app = newApp();
    const stack = build(app, false);
    app.synth();
    const web = stack.node.findChild('web');
    expect(web.node.metadata.map((m) => String(m.data))).toContainEqual(expect.stringContaining('SEC-8 container app: missing resources'));
    const strict = newApp();
    build(strict, true);
    expect(() => strict.synth()).toThrow(/SEC-8/);
  });

  test('failOnError: false reports errors without failing synth', () => {
    const app = newApp();
    const stack = newStack(app, 'lenient');
    sgRule(stack, 'ssh', { port: 22, cidr: '0.0.0.0/0' });
    Compliance.of(stack).enable(Compliance.SECURITY_BASELINE.withOptions({ failOnError: false }));
    app.synth();
    const files = reportFiles(app, 'lenient');
    expect(JSON.parse(files.json).errors).toBeGreaterThan(0);
    // The verdict follows the findings, not whether synth was blocked.
    expect(JSON.parse(files.json).verdict).toBe('FAIL');
    expect(files.md).toMatch(/\*\*FAIL \(\d+ open error\(s\); synth is not blocked: the pack has failOnError: false\)\*\*/);
    expect(files.md).not.toContain('**PASS');
  });

  test('the Markdown report itemises what was not judged at synth and the rules that judged nothing', () => {
    const app = newApp();
    const stack = newStack(app, 'notes');
    const port = new TerraformVariable(stack, 'port', { type: 'number' });
    sgRule(stack, 'x', { port: port.numberValue, cidr: '10.0.0.0/8' });
    new NetworkingSecgroupV2(stack, 'sg', { name: 'sg', deleteDefaultRules: true });
    Compliance.of(stack).enable(Compliance.SECURITY_BASELINE);
    app.synth();
    const md = reportFiles(app, 'notes').md;
    expect(md).toMatch(/## Not judged at synth\n\n\| Rule \| Construct \| Address \| Why \|\n\|---\|---\|---\|---\|\n\| SEC-1 \| notes\/x \| openstack_networking_secgroup_rule_v2.x \| unresolved reference in port_range_min/);
    expect(md).toMatch(/## Rules that judged nothing\n\n\| Coverage \|\n\|---\|\n\| SEC-4 \(.*\) judged no resource/);
  });

  test('enabled on an app: every stack is evaluated, including stacks created after enable()', () => {
    const app = newApp();
    const early = newStack(app, 'early');
    new NetworkingSecgroupV2(early, 'sg', { name: 'sg', deleteDefaultRules: true });
    Compliance.of(app).enable(Compliance.SECURITY_BASELINE, Compliance.MLPS_LEVEL3);
    const late = newStack(app, 'late');
    new NetworkingSecgroupV2(late, 'sg', { name: 'sg' });
    expect(() => app.synth()).toThrow(/\[late\/sg\] SEC-2/);
    expect(JSON.parse(reportFiles(app, 'early').json).packs).toEqual(['SECURITY_BASELINE', 'MLPS_LEVEL3']);
    expect(JSON.parse(reportFiles(app, 'late').json).errors).toBe(2); // SEC-2 and MLPS-2
  });

  test('a suppressed ERROR does not fail synth and appears in the Markdown with its reason', () => {
    const app = newApp();
    const stack = newStack(app, 'supp');
    const sg = new NetworkingSecgroupV2(stack, 'sg', { name: 'sg' });
    ComplianceSuppressions.add(sg, { ruleId: 'SEC-2', reason: 'Provider default rules needed by the legacy agent' });
    ComplianceSuppressions.add(stack, { ruleId: 'SEC-9', reason: 'No Kubernetes in this stack yet; kept for the next release' });
    Compliance.of(stack).enable(Compliance.SECURITY_BASELINE);
    app.synth();
    const md = reportFiles(app, 'supp').md;
    expect(md).toContain('| SEC-2 | supp/sg | Provider default rules needed by the legacy agent |');
    expect(md).toMatch(/## Unused suppressions\n\n\| Construct \| Rule \| Reason \|\n\|---\|---\|---\|\n\| supp \| SEC-9 \|/);
  });

  test('enable() twice with the same pack replaces it', () => {
    const app = newApp();
    const stack = newStack(app, 's');
    Compliance.of(stack).enable(Compliance.FINANCE).enable(Compliance.FINANCE.withOptions({ failOnError: false }));
    expect(Compliance.of(stack).packs.map((p) => [p.name, p.failOnError])).toEqual([['FINANCE', false]]);
  });
});

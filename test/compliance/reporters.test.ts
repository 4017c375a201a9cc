import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Compliance, ComplianceStackReport, ComplianceSuppressions } from '../../lib/compliance';
import { toJson } from '../../lib/compliance/reporters/json';
import { toMarkdown } from '../../lib/compliance/reporters/markdown';
import { SARIF_SCHEMA, toSarif } from '../../lib/compliance/reporters/sarif';
import { NetworkingSecgroupV2 } from '../../lib/providers/openstack/networking-secgroup-v2';
import { deployment, evaluate, sgRule } from '../util/compliance';

function sample(): ComplianceStackReport {
  return evaluate((s: TerraformStack) => {
    const web = new Construct(s, 'web');
    new NetworkingSecgroupV2(web, 'sg', { name: 'sg' }); // SEC-2, suppressed below
    sgRule(web, 'ssh', { port: 22, cidr: '0.0.0.0/0' }); // SEC-1 error
    deployment(s, 'api', { resources: false, image: '${var.image}' }); // SEC-8 warning
    ComplianceSuppressions.add(web.node.findChild('sg'), { ruleId: 'SEC-2', reason: 'Accepted until the platform migration (PLAT-9)' });
    ComplianceSuppressions.add(s, { ruleId: 'SEC-7', reason: 'Placeholder for privileged agents, none yet' });
  }, Compliance.SECURITY_BASELINE);
}

describe('SARIF 2.1.0', () => {
  const report = sample();
  const sarif = JSON.parse(toSarif(report));
  const run = sarif.runs[0];

  test('top level: version, $schema, one run with a named driver', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe(SARIF_SCHEMA);
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('oscar-blueprints-compliance');
  });

  test('every evaluated rule is declared, and every result ruleId/ruleIndex points at a declared rule', () => {
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(ids).toEqual(Compliance.SECURITY_BASELINE.ruleIds);
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(ids).toContain(result.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.help.text).toContain('Fix:');
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
  });

  test('results carry level, kind, message and the construct path as a logical location', () => {
    const ssh = run.results.find((r: any) => r.ruleId === 'SEC-1');
    expect(ssh).toMatchObject({ level: 'error', kind: 'fail' });
    expect(ssh.message.text).toContain('opens port(s) 22');
    expect(ssh.locations[0].logicalLocations[0]).toEqual({ fullyQualifiedName: 'test/web/ssh', name: 'ssh', kind: 'resource' });
    expect(ssh.locations[0].physicalLocation.artifactLocation.uri).toBe('stacks/test/cdk.tf.json');
    expect(run.results.find((r: any) => r.ruleId === 'SEC-8').level).toBe('warning');
    for (const r of run.results) {
      expect(['none', 'note', 'warning', 'error']).toContain(r.level);
      expect(['pass', 'open', 'informational', 'notApplicable', 'review', 'fail']).toContain(r.kind);
    }
  });

  test('suppressed results carry the reason; unresolved values are review notes; unused suppressions are listed', () => {
    const suppressed = run.results.find((r: any) => r.ruleId === 'SEC-2');
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Accepted until the platform migration (PLAT-9)' }]);
    const notes = run.results.filter((r: any) => r.kind === 'review');
    expect(notes.length).toBe(report.notes.length);
    expect(notes.map((r: any) => [r.ruleId, r.level, r.message.text])).toContainEqual(['SEC-9', 'none', 'unresolved reference in container(s) app: cannot be judged at synth (kubernetes_deployment_v1.api)']);
    expect(run.properties.unusedSuppressions).toEqual([{ constructPath: 'test', ruleId: 'SEC-7', reason: 'Placeholder for privileged agents, none yet' }]);
  });
});

describe('JSON and Markdown', () => {
  const report = sample();

  test('JSON is the report with a format version', () => {
    const json = JSON.parse(toJson(report));
    expect(json.formatVersion).toBe(1);
    expect(json.stack).toBe('test');
    expect(json.findings).toEqual(report.findings);
    expect(json.suppressions.map((s: any) => [s.ruleId, s.matched])).toEqual([['SEC-7', 0], ['SEC-2', 1]]);
  });

  test('Markdown states the verdict, open findings, suppressions with reasons and unused ones', () => {
    const md = toMarkdown(report);
    expect(md).toMatch(/^# Compliance: test\n/);
    expect(md).toContain('**FAIL');
    expect(md).toContain('| SEC-1 | ERROR | test/web/ssh | openstack_networking_secgroup_rule_v2.web_ssh_C56AB0A3 |');
    expect(md).toContain('| SEC-2 | test/web/sg | Accepted until the platform migration (PLAT-9) |');
    expect(md).toContain('| test | SEC-7 | Placeholder for privileged agents, none yet |');
    expect(md).toContain('| SEC-8 | Kubernetes containers set resource requests and limits | WARNING | 0 | 1 | 0 | 0 |');
  });
});

import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Compliance, ComplianceSuppressions } from '../../lib/compliance';
import { NetworkingSecgroupV2 } from '../../lib/providers/openstack/networking-secgroup-v2';
import { sgRule } from '../util/compliance';

function fixture() {
  const stack = new TerraformStack(Testing.app(), 'supp');
  const web = new Construct(stack, 'web');
  const sg = new NetworkingSecgroupV2(web, 'sg', { name: 'sg' }); // SEC-2
  const ssh = sgRule(stack, 'ssh', { port: 22, cidr: '0.0.0.0/0' }); // SEC-1 (+ MLPS-4)
  return { stack, web, sg, ssh };
}

const evaluate = (stack: TerraformStack) => Compliance.of(stack).enable(Compliance.SECURITY_BASELINE).evaluate()[0];

describe('ComplianceSuppressions', () => {
  test.each([undefined, '', 'too short', '         x         '])('a reason of %p is rejected with a clear error', (reason) => {
    const { sg } = fixture();
    expect(() => ComplianceSuppressions.add(sg, { ruleId: 'SEC-2', reason: reason as unknown as string })).toThrow(
      /\[supp\/web\/sg\] props\.suppressions\[SEC-2\]\.reason: a compliance suppression needs a reason of at least 10 characters/,
    );
  });

  test('a suppression on a subtree suppresses the rule there and is recorded with its reason', () => {
    const { stack, web } = fixture();
    ComplianceSuppressions.add(web, { ruleId: 'SEC-2', reason: 'Legacy group, replaced in PLAT-123 next sprint' });
    const report = evaluate(stack);
    const sec2 = report.findings.filter((f) => f.ruleId === 'SEC-2');
    expect(sec2).toEqual([expect.objectContaining({ suppressed: true, suppressionReason: 'Legacy group, replaced in PLAT-123 next sprint', constructPath: 'supp/web/sg' })]);
    expect(report.rules.find((r) => r.ruleId === 'SEC-2')!.suppressed).toBe(1);
    expect(report.suppressions).toEqual([{ constructPath: 'supp/web', ruleId: 'SEC-2', reason: 'Legacy group, replaced in PLAT-123 next sprint', applyToChildren: true, matched: 1 }]);
    expect(report.failures.some((f) => f.includes('SEC-2'))).toBe(false);
    expect(report.failures.some((f) => f.includes('SEC-1'))).toBe(true);
  });

  test('applyToChildren: false covers only the construct itself (unused here)', () => {
    const { stack, web } = fixture();
    ComplianceSuppressions.add(web, { ruleId: 'SEC-2', reason: 'Only the wrapper, not its children', applyToChildren: false });
    const report = evaluate(stack);
    expect(report.findings.find((f) => f.ruleId === 'SEC-2')!.suppressed).toBe(false);
    expect(report.suppressions[0].matched).toBe(0);
  });

  test('a rule name suppresses the rule in every pack; no rule id suppresses every rule', () => {
    const { stack, ssh, sg } = fixture();
    ComplianceSuppressions.add(ssh, { ruleId: 'secgroup-no-world-admin-ports', reason: 'Lab jump host, torn down nightly' });
    ComplianceSuppressions.add(sg, { reason: 'Whole construct accepted by the security board (SB-7)' });
    const report = evaluate(stack);
    expect(report.findings.every((f) => f.suppressed)).toBe(true);
    expect(report.failures).toEqual([]);
    expect(report.suppressions.map((s) => s.matched)).toEqual([1, 1]);
  });

  test('a suppression that matches nothing is reported as unused', () => {
    const { stack, web } = fixture();
    ComplianceSuppressions.add(web, { ruleId: 'SEC-7', reason: 'Nothing privileged here, kept for later' });
    const report = evaluate(stack);
    expect(report.suppressions).toEqual([expect.objectContaining({ ruleId: 'SEC-7', matched: 0 })]);
  });

  test('suppressions on the app apply to its stacks', () => {
    const { stack } = fixture();
    ComplianceSuppressions.add(stack.node.scope!, { ruleId: 'SEC-2', reason: 'Accepted for the whole demo app' });
    expect(evaluate(stack).findings.find((f) => f.ruleId === 'SEC-2')!.suppressed).toBe(true);
  });

  test('ComplianceSuppressions.of lists what was added', () => {
    const { sg } = fixture();
    ComplianceSuppressions.add(sg, { ruleId: 'SEC-2', reason: 'Accepted: see ticket SEC-42' });
    expect(ComplianceSuppressions.of(sg)).toEqual([{ ruleId: 'SEC-2', reason: 'Accepted: see ticket SEC-42', applyToChildren: true }]);
  });
});

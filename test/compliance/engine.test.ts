import { ComplianceSeverity, ComplianceStatus, nonCompliant } from '../../lib/compliance/model';
import { ALL_PACKS } from '../../lib/compliance/packs';
import { CompliancePack } from '../../lib/compliance/packs/pack';
import { instances } from '../../lib/compliance/private/attrs';
import { evaluateStack } from '../../lib/compliance/private/engine';
import { buildStackView } from '../../lib/compliance/private/stack-view';

const secgroupRule = (attrs: object, path = 'app/r') => ({ '//': { metadata: { path } }, ...attrs });
const json = (resources: object) => ({ resource: resources });

describe('packs', () => {
  test('at least 20 distinct rules across the four packs', () => {
    const names = new Set(ALL_PACKS.flatMap((p) => p._rules.map((r) => r.rule.name)));
    expect(ALL_PACKS.map((p) => p.name)).toEqual(['SECURITY_BASELINE', 'TELECOM_HA', 'MLPS_LEVEL3', 'FINANCE', 'POWER_GRID', 'HEALTHCARE']);
    expect(names.size).toBeGreaterThanOrEqual(20);
  });

  test('ids are <PACK>-<N>, sequential, and every rule is documented', () => {
    for (const pack of ALL_PACKS) {
      pack._rules.forEach((r, i) => {
        expect(r.id).toBe(`${pack.id}-${i + 1}`);
        expect(r.rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const text of [r.rule.title, r.rule.explanation, r.rule.fix]) expect(text.length).toBeGreaterThan(10);
      });
    }
  });

  test('withOptions copies the pack; excludeRules takes ids or names', () => {
    const p = ALL_PACKS[0].withOptions({ excludeRules: ['SEC-2', 'no-plaintext-secrets'], failOnError: false });
    expect(p.ruleIds).not.toContain('SEC-2');
    expect(p.ruleIds).not.toContain('SEC-3');
    expect(p.failOnError).toBe(false);
    expect(ALL_PACKS[0].ruleIds).toContain('SEC-2');
    expect(p.withOptions({ excludeRules: [] }).ruleIds).toEqual(ALL_PACKS[0].ruleIds);
  });
});

describe('engine', () => {
  const base = { stackName: 'app', stackPath: 'app', suppressions: [] };

  test('maps findings to construct paths from the // metadata', () => {
    const report = evaluateStack({
      ...base,
      json: json({ openstack_networking_secgroup_rule_v2: { ssh: secgroupRule({ direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' }, 'app/web/ssh') } }),
      enabled: [{ scopePath: 'app', pack: ALL_PACKS[0] }],
    });
    expect(report.findings.map((f) => [f.ruleId, f.constructPath, f.address])).toContainEqual(['SEC-1', 'app/web/ssh', 'openstack_networking_secgroup_rule_v2.ssh']);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.failures[0]).toMatch(/^\[app\/web\/ssh\] SEC-1 .*Fix: /);
  });

  test('typed rules look at managed resources only, not at data sources', () => {
    const report = evaluateStack({
      ...base,
      json: { data: { openstack_networking_secgroup_v2: { existing: secgroupRule({ name: 'default' }) } } },
      enabled: [{ scopePath: '', pack: ALL_PACKS[0] }],
    });
    expect(report.rules.find((r) => r.ruleId === 'SEC-2')).toMatchObject({ compliant: 0, nonCompliant: 0, notApplicable: 0 });
    expect(report.rules.find((r) => r.ruleId === 'SEC-3')!.compliant).toBe(1); // untyped rules see every block
  });

  test('a pack enabled on a subtree only sees resources below it', () => {
    const resources = {
      openstack_networking_secgroup_v2: {
        a: secgroupRule({ name: 'a' }, 'app/prod/sg'),
        b: secgroupRule({ name: 'b' }, 'app/lab/sg'),
      },
    };
    const report = evaluateStack({ ...base, json: json(resources), enabled: [{ scopePath: 'app/prod', pack: ALL_PACKS[0] }] });
    expect(report.findings.map((f) => f.constructPath)).toEqual(['app/prod/sg']);
  });

  test('unresolved values never crash any rule of any pack', () => {
    const ref = '${var.x}';
    const weird = {
      openstack_networking_secgroup_rule_v2: { r: secgroupRule({ direction: ref, port_range_min: ref, remote_ip_prefix: ref }) },
      openstack_compute_instance_v2: { i: secgroupRule({ for_each: ref, scheduler_hints: ref, availability_zone: ref }) },
      kubernetes_deployment_v1: { d: secgroupRule({ metadata: ref, spec: [{ template: ref, strategy: ref }] }) },
      kubernetes_manifest: { m: secgroupRule({ manifest: ref }) },
      openstack_networking_network_v2: { n: secgroupRule({ segments: ref, shared: ref, tags: ref }) },
      openstack_lb_listener_v2: { l: secgroupRule({ protocol: ref }) },
      openstack_blockstorage_volume_v3: { v: secgroupRule({ volume_type: ref, metadata: ref }) },
    };
    const report = evaluateStack({ ...base, json: json(weird), enabled: ALL_PACKS.map((pack) => ({ scopePath: '', pack })) });
    expect(report.notes.filter((n) => n.message.startsWith('rule failed'))).toEqual([]);
    expect(report.notes.length).toBeGreaterThan(0);
  });

  test('a rule that throws becomes a note, not a crash', () => {
    const pack = CompliancePack._define('X', 'X', 'x', [
      { id: 'X-1', rule: { name: 'boom', title: 'boom', explanation: 'e', fix: 'f', check: () => { throw new Error('bad shape'); } }, severity: ComplianceSeverity.ERROR },
      { id: 'X-2', rule: { name: 'bad', title: 'Always bad', explanation: 'e', fix: 'f', check: () => nonCompliant('') }, severity: ComplianceSeverity.WARNING },
    ]);
    const report = evaluateStack({ ...base, json: json({ t: { a: {} } }), enabled: [{ scopePath: '', pack }] });
    expect(report.notes[0]).toMatchObject({ ruleId: 'X-1', status: ComplianceStatus.NOT_APPLICABLE, message: 'rule failed: bad shape' });
    expect(report.findings[0].message).toBe('Always bad');
    expect(report.warnings).toBe(1);
    expect(report.failures).toEqual([]);
  });

  test('rule IDs are declared, not positional: a wrong prefix or a repeated ID is refused', () => {
    const rule = { name: 'r', title: 'r', explanation: 'e', fix: 'f', check: () => nonCompliant('') };
    expect(() => CompliancePack._define('X', 'X', 'x', [{ id: 'Y-1', rule, severity: ComplianceSeverity.ERROR }])).toThrow('pack X: rule r has ID "Y-1", not X-<N>');
    expect(() => CompliancePack._define('X', 'X', 'x', [{ id: 'X-3', rule, severity: ComplianceSeverity.ERROR }, { id: 'X-3', rule, severity: ComplianceSeverity.ERROR }])).toThrow('pack X: rule ID X-3 is declared twice');
    // A retired ID leaves a gap: the remaining rules keep theirs.
    expect(CompliancePack._define('X', 'X', 'x', [{ id: 'X-2', rule, severity: ComplianceSeverity.ERROR }]).ruleIds).toEqual(['X-2']);
  });
});

describe('stack view and instances', () => {
  test('references resolve to stack resources, data sources included', () => {
    const view = buildStackView('s', 's', {
      resource: { a_t: { x: {} }, b_t: { y: { ref: '${a_t.x.id}-${data.c_t.z.name}', other: '${var.v}' } } },
      data: { c_t: { z: {} } },
    });
    expect(view.referencesIn(view.byAddress('b_t.y')!.attributes).sort()).toEqual(['a_t.x', 'data.c_t.z']);
    expect(view.referrers(view.byAddress('a_t.x')!, 'b_t').map((r) => r.address)).toEqual(['b_t.y']);
  });

  test('for_each maps expand each.key / each.value.x; count expands; unresolved is undefined', () => {
    const r = (attributes: { [key: string]: unknown }) => ({ type: 't', name: 'n', mode: 'resource' as const, address: 't.n', path: 'p', attributes });
    const expanded = instances(r({ for_each: { a: { az: 'az1' }, b: { az: 'az2' } }, name: '${each.key}', availability_zone: '${each.value.az}' }))!;
    expect(expanded.map((i) => [i.key, i.attributes.name, i.attributes.availability_zone])).toEqual([['a', 'a', 'az1'], ['b', 'b', 'az2']]);
    expect(instances(r({ count: 3 }))).toHaveLength(3);
    expect(instances(r({ for_each: '${var.m}' }))).toBeUndefined();
  });
});

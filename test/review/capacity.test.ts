// Failure-domain analysis, diagram DOT and address diff, on a hand-written stack whose
// expected figures follow from its inputs (members per zone, anti-affinity policy).
import { App } from 'cdktf';
import { diffStacks } from '../../lib/review/baseline';
import { capacityMarkdown, capacityReport, stackCapacity } from '../../lib/review/capacity';
import { stackDot } from '../../lib/review/diagram';
import { loadStacks } from '../../lib/review/stacks';
import { synthExamples, synthInto, TinyStack, TinyTier, tmpdir } from './helpers';

// A real synth (Testing.synth drops the `//` metadata with construct paths the kit reads).
function view(tiers: TinyTier[]) {
  const dir = tmpdir('unit');
  synthInto(dir, (app: App) => new TinyStack(app, 'tiny', tiers));
  return loadStacks(dir)[0].view;
}

const skewed: TinyTier = { id: 'app', members: { 'app-001': 'az1', 'app-002': 'az1', 'app-003': 'az2', 'app-004': 'az3' }, antiAffinity: 'anti-affinity' };
const even: TinyTier = { id: 'sbc', members: { 'sbc-001': 'az1', 'sbc-002': 'az2', 'sbc-003': 'az3' }, antiAffinity: 'anti-affinity' };
const packed: TinyTier = { id: 'db', members: { 'db-001': 'az1', 'db-002': 'az2' } };

describe('failure domains', () => {
  const cap = stackCapacity('tiny', view([skewed, even, packed]));
  const tier = (id: string) => cap.tiers.find((t) => t.path === `tiny/${id}`)!;

  test('members per availability zone and the worst single zone', () => {
    const app = tier('app');
    expect(app.members).toBe(4);
    expect(app.spreads.find((s) => s.kind === 'availability zone')!.members).toEqual({ az1: 2, az2: 1, az3: 1 });
    expect(app.worstDomain).toBe('availability zone az1');
    expect(app.survivors).toBe(2);
  });

  test('N+1 tiers that lose two members to one zone are flagged; an even spread is not', () => {
    expect(tier('app').minimum).toBe(3);
    expect(tier('app').flagged).toBe(true);
    expect(tier('sbc').survivors).toBe(2);
    expect(tier('sbc').flagged).toBe(false);
  });

  test('hard anti-affinity limits a host failure to one member; without it a host may hold all', () => {
    expect(tier('sbc').spreads.find((s) => s.kind === 'host')!.worstLoss).toBe(1);
    const db = tier('db');
    expect(db.spreads.find((s) => s.kind === 'host')!.worstLoss).toBe(2);
    expect(db.survivors).toBe(0);
    expect(db.flagged).toBe(true);
  });

  test('site demand is members times the flavor, set against no quota here', () => {
    const site = cap.sites.find((s) => s.site === 'dc1 (RegionOne)')!;
    expect(site.instances).toBe(9);
    expect(site.demand.vcpu).toBe(9 * 4);
    expect(site.demand.ramMiB).toBe(9 * 8192);
    expect(site.zones.az1.vcpu).toBe((2 + 1 + 1) * 4);
    expect(site.overQuota).toEqual([]);
  });

  test('the markdown report names every tier and the flagged count', () => {
    const md = capacityMarkdown(capacityReport([cap]));
    expect(md).toContain('below their minimum after the worst single failure: **2**');
    for (const id of ['app', 'sbc', 'db']) expect(md).toContain(`| ${id} | dc1 (RegionOne) |`);
  });
});

describe('capacity over all regions (T9)', () => {
  test('T9: the report sums the demand and quotas of every region of the three-region telecom example', () => {
    const dir = tmpdir('regions');
    synthExamples(dir, ['telecom-ha-openstack']);
    const cap = stackCapacity('telecom-ha-openstack', loadStacks(dir)[0].view);
    expect(cap.sites).toHaveLength(3);
    const sum = (f: (s: (typeof cap.sites)[number]) => number) => cap.sites.reduce((n, s) => n + f(s), 0);
    expect(cap.total.instances).toBe(sum((s) => s.instances));
    expect(cap.total.demand.vcpu).toBe(sum((s) => s.demand.vcpu));
    expect(cap.total.quotas.vcpu).toBe(sum((s) => s.quotas.vcpu!));
    expect(cap.total.quotas.vcpu).toBeGreaterThanOrEqual(cap.total.demand.vcpu);
    const md = capacityMarkdown(capacityReport([cap]));
    expect(md).toContain(`| **all sites** | ${cap.total.demand.vcpu} / ${cap.total.quotas.vcpu} |`);
  });
});

describe('diagram', () => {
  const dot = stackDot('tiny', view([skewed, even]));

  test('a tier is one node with its count, size, zone spread and placement', () => {
    expect(dot).toContain('app ×4\\n4 vCPU / 8 GiB\\naz1:2 az2:1 az3:1\\nanti-affinity (hard)');
    expect(dot).toContain('sbc ×3');
  });

  test('networks show VLAN, CIDR and whether they are routed', () => {
    expect(dot).toContain('VLAN 2010 @ physnet1\\n10.20.0.0/24\\nnot routed');
  });

  test('the site is a cluster and security-group rules are edges between groups', () => {
    expect(dot).toContain('label="site dc1 (RegionOne)"');
    expect(dot.match(/label="allows"/g)).toHaveLength(1);
  });

  test('a large tier stays one node', () => {
    const many: TinyTier = { id: 'web', members: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`web-${i}`, `az${(i % 3) + 1}`])) };
    const big = stackDot('tiny', view([many]));
    expect(big.match(/web ×500/g)).toHaveLength(1);
    expect(big).toContain('az1:167 az2:167 az3:166');
  });
});

describe('baseline diff', () => {
  test('created, deleted and moved addresses', () => {
    const before = tmpdir('before');
    const after = tmpdir('after');
    synthInto(before, (app: App) => new TinyStack(app, 'tiny', [{ id: 'app', members: { a: 'az1', b: 'az2' } }]));
    synthInto(after, (app: App) => new TinyStack(app, 'tiny', [{ id: 'app', members: { a: 'az1', c: 'az2' } }]));
    const d = diffStacks(loadStacks(after)[0], loadStacks(before)[0]);
    expect(d.created).toEqual([expect.stringMatching(/^openstack_compute_instance_v2\.app_instances_[0-9A-F]{8}\["c"\]$/)]);
    expect(d.deleted).toEqual([expect.stringMatching(/\["b"\]$/)]);
    expect(d.moved).toEqual([]);
    expect(d.stackStatus).toBe('changed');
  });
});

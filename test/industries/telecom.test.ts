import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { TelecomHaOpenStackStack } from '../../examples/telecom-ha-openstack/main';
import { TelecomHaVsphereStack } from '../../examples/telecom-ha-vsphere/main';
import {
  Compliance,
  Image,
  ListenerProtocol,
  OpenStackSite,
  Quota,
  Size,
  TelecomHaPlatform,
  TelecomHaPlatformProps,
  TelecomPlaneRole,
  TelecomPlaneSpec,
  TelecomTierSpec,
  VlanPool,
  VsphereSite,
} from '../../lib';

// ---------------------------------------------------------------------------------
// Fixtures

const PLANES: TelecomPlaneSpec[] = [
  { name: 'oam', role: TelecomPlaneRole.MANAGEMENT, cidr: '10.10.0.0/24', vlanId: 110 },
  { name: 'sig', role: TelecomPlaneRole.SIGNALING, cidr: '10.20.0.0/24', vlanId: 2010 },
  { name: 'media', role: TelecomPlaneRole.MEDIA, cidr: '10.30.0.0/22', vlanId: 2020, qos: { maxKbps: 500_000 } },
  { name: 'storage', role: TelecomPlaneRole.STORAGE, cidr: '10.40.0.0/24', vlanId: 2030 },
];

const TIERS: TelecomTierSpec[] = [
  {
    name: 'sbc', capacity: 2, size: Size.of(8, 16, 40).withDataPlane(), image: Image.fromName('sbc'), planes: ['oam', 'sig', 'media'], sriovPlanes: ['media'],
    listeners: [{ protocol: ListenerProtocol.UDP, port: 5060 }],
  },
  { name: 'app', capacity: 3, size: Size.of(4, 8, 40), image: Image.fromName('app'), planes: ['oam', 'sig', 'storage'] },
  { name: 'db', capacity: 1, size: Size.of(8, 32, 40), image: Image.fromName('db'), planes: ['oam', 'storage'] },
];

type Overrides = Partial<TelecomHaPlatformProps>;

function osPlatform(overrides: Overrides = {}, zones = ['az1', 'az2', 'az3']) {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: zones });
  const make = (extra: Overrides = {}) =>
    new TelecomHaPlatform(stack, 'ims', {
      site,
      managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'physnet-mgmt' }),
      businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'physnet-biz' }),
      planes: PLANES,
      tiers: TIERS,
      ...overrides,
      ...extra,
    });
  return { stack, site, make };
}

function vsPlatform(overrides: Overrides = {}, clusters = ['cluster-a', 'cluster-b']) {
  const stack = new TerraformStack(new App(), 'stack');
  const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
  const site = new VsphereSite(stack, 'vc', {
    datacenter: 'dc1', clusters, datastores: ['vsan-a'], distributedSwitch: 'dvs',
    providerConfig: { vsphereServer: 'vcenter', user: 'terraform', password: password.stringValue },
  });
  const make = () =>
    new TelecomHaPlatform(stack, 'ims', {
      site,
      managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'uplink-mgmt' }),
      businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'uplink-biz' }),
      planes: PLANES,
      tiers: TIERS.map((t) => ({ ...t, capacity: 3, sriovPlanes: undefined })),
      ...overrides,
    });
  return { stack, site, make };
}

const json = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));
const ofType = (out: any, type: string): Array<[string, any]> => Object.entries<any>(out.resource?.[type] ?? {});

function refersTo(value: unknown, type: string, name: string): boolean {
  return new RegExp(`${type}\\.${name}(?![\\w-])`).test(JSON.stringify(value));
}

// ---------------------------------------------------------------------------------
// Property checks over synthesized output (shared by the examples and the fixtures)

/** Every OpenStack HA tier: >= 2 members, hard anti-affinity server group, >= 2 AZs. */
function expectOpenStackHaTiers(out: any): number {
  const instances = ofType(out, 'openstack_compute_instance_v2');
  expect(instances.length).toBeGreaterThan(0);
  const groups = Object.fromEntries(ofType(out, 'openstack_compute_servergroup_v2'));
  for (const [, inst] of instances) {
    const members = Object.keys(inst.for_each);
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(new Set(Object.values<any>(inst.for_each).map((m) => m.zone)).size).toBeGreaterThanOrEqual(2);
    expect(inst.availability_zone).toBe('${each.value.zone}');
    const groupName = Object.keys(groups).find((g) => refersTo(inst.scheduler_hints, 'openstack_compute_servergroup_v2', g));
    expect(groupName).toBeDefined();
    expect(groups[groupName!].policies).toEqual(['anti-affinity']);
  }
  return instances.length;
}

/** Every vSphere HA tier: >= 2 members over >= 2 clusters, mandatory DRS rules for clusters with 2+ members. */
function expectVsphereHaTiers(out: any): number {
  const vms = ofType(out, 'vsphere_virtual_machine');
  expect(vms.length).toBeGreaterThan(0);
  const rules = ofType(out, 'vsphere_compute_cluster_vm_anti_affinity_rule');
  for (const [name, vm] of vms) {
    const members = Object.values<any>(vm.for_each);
    expect(members.length).toBeGreaterThanOrEqual(2);
    const byPool = new Map<string, number>();
    for (const m of members) byPool.set(m.resource_pool_id, (byPool.get(m.resource_pool_id) ?? 0) + 1);
    expect(byPool.size).toBeGreaterThanOrEqual(2);
    const mine = rules.filter(([, r]) => refersTo(r.virtual_machine_ids, 'vsphere_virtual_machine', name));
    expect(mine.length).toBe([...byPool.values()].filter((n) => n >= 2).length);
    for (const [, r] of mine) expect(r.mandatory).toBe(true);
  }
  return vms.length;
}

/** VLAN segments: explicit IDs, unique per physical network, management physnets apart from business ones. */
function expectPlaneSegments(out: any): void {
  const nets = ofType(out, 'openstack_networking_network_v2');
  expect(nets.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  const mgmt = new Set<string>();
  const business = new Set<string>();
  for (const [, net] of nets) {
    expect(net.segments).toHaveLength(1);
    const seg = net.segments[0];
    expect(seg.network_type).toBe('vlan');
    expect(typeof seg.segmentation_id).toBe('number');
    const key = `${seg.physical_network}#${seg.segmentation_id}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    (net.tags.includes('oscar.io:plane=management') ? mgmt : business).add(seg.physical_network);
  }
  expect(mgmt.size).toBeGreaterThan(0);
  expect(business.size).toBeGreaterThan(0);
  for (const p of mgmt) expect(business.has(p)).toBe(false);
}

/** Every LB pool has a health monitor. */
function expectMonitoredPools(out: any): number {
  const pools = ofType(out, 'openstack_lb_pool_v2');
  // SIP over UDP: a dialog's datagrams must all reach one SBC.
  for (const [, p] of pools.filter(([, p]) => p.protocol === 'UDP')) expect(p.persistence).toEqual({ type: 'SOURCE_IP' });
  const monitors = ofType(out, 'openstack_lb_monitor_v2');
  for (const [name] of pools) {
    expect(monitors.some(([, m]) => refersTo(m.pool_id, 'openstack_lb_pool_v2', name))).toBe(true);
  }
  return pools.length;
}

// ---------------------------------------------------------------------------------

describe('TelecomHaPlatform examples', () => {
  test('T1: OpenStack example: HA tiers, planes, monitored pools, three regions, compliant', () => {
    const stack = new TelecomHaOpenStackStack(Testing.app(), 'telecom-ha-openstack');
    const out = json(stack);
    expect(expectOpenStackHaTiers(out)).toBe(9); // 3 tiers x (primary + DR + ACTIVE)
    expectPlaneSegments(out);
    expect(expectMonitoredPools(out)).toBe(6); // 2 listeners x 3 regions
    // DR members run on the second region's provider, with their own names.
    const dr = ofType(out, 'openstack_compute_instance_v2').filter(([, i]) => i.provider === 'openstack.dc2');
    expect(dr.map(([, i]) => Object.keys(i.for_each)[0]).sort()).toEqual(['app-dr-001', 'db-dr-001', 'sbc-dr-001']);
    const east = ofType(out, 'openstack_compute_instance_v2').filter(([, i]) => i.provider === 'openstack.dc3');
    expect(east.map(([, i]) => Object.keys(i.for_each)[0]).sort()).toEqual(['app-east-001', 'db-east-001', 'sbc-east-001']);
    // ACTIVE_STANDBY flavor on every load balancer.
    for (const [, lb] of ofType(out, 'openstack_lb_loadbalancer_v2')) expect(lb.flavor_id).toBe('${var.octavia_ha_flavor_id}');
    const [report] = Compliance.of(stack).evaluate();
    expect(report.packs.sort()).toEqual(['SECURITY_BASELINE', 'TELECOM_HA']);
    expect(report.failures).toEqual([]);
    expect(report.errors).toBe(0);
  });

  test('vSphere example: HA tiers under DRS rules or one member per cluster, compliant without suppressions', () => {
    const stack = new TelecomHaVsphereStack(Testing.app(), 'telecom-ha-vsphere');
    const out = json(stack);
    const vms = ofType(out, 'vsphere_virtual_machine');
    expect(vms).toHaveLength(3);
    // sbc and app have 2 members per cluster: full property; db is one member per cluster.
    expectVsphereHaTiers({ resource: { ...out.resource, vsphere_virtual_machine: Object.fromEntries(vms.filter(([n]) => !n.includes('db'))) } });
    const pgs = ofType(out, 'vsphere_distributed_port_group');
    expect(new Set(pgs.map(([, pg]) => pg.vlan_id)).size).toBe(4);
    const [report] = Compliance.of(stack).evaluate();
    expect(report.failures).toEqual([]);
    // The two-member DB tier has one member per cluster: apart by construction, so TEL-3
    // passes without a DRS rule and the example needs no suppression.
    expect(report.suppressions).toEqual([]);
    expect(report.findings.filter((f) => !f.suppressed).length).toBe(0);
  });
});

describe('TelecomHaPlatform on OpenStack', () => {
  test('planes: VLAN provider networks with QoS (DSCP by role, bandwidth limit), no tenant router', () => {
    const { stack, make } = osPlatform();
    const platform = make();
    const out = json(stack);
    expectPlaneSegments(out);
    expect(ofType(out, 'openstack_networking_router_v2')).toHaveLength(0);
    const dscp = Object.fromEntries(ofType(out, 'openstack_networking_qos_dscp_marking_rule_v2').map(([n, r]) => [n.replace(/.*qos-([a-z]+)_.*/, '$1'), r.dscp_mark]));
    // media carries the SBC's SR-IOV ports: the SR-IOV agent cannot mark DSCP, so its
    // policy has none and synth says to mark EF upstream.
    expect(dscp).toEqual({ oam: 16, sig: 40, storage: 10 });
    expect(platform.primary.node.metadata.map((m) => m.data)).toContainEqual(expect.stringContaining('plane "media" carries SR-IOV ports, which cannot mark DSCP; mark DSCP 46 on the upstream switch'));
    expect(ofType(out, 'openstack_networking_qos_bandwidth_limit_rule_v2').map(([, r]) => r.max_kbps)).toEqual([500000]);
    expect(ofType(out, 'openstack_networking_qos_minimum_bandwidth_rule_v2')).toHaveLength(0);
    for (const [, net] of ofType(out, 'openstack_networking_network_v2')) expect(net.qos_policy_id).toMatch(/openstack_networking_qos_policy_v2/);
    expect(platform.primary.planes.media.vlanId).toBe(2020);
    expect(platform.primary.qosPolicies.media.openstack?.bandwidthLimitRule).toBeDefined();
  });

  test('a minimum-bandwidth guarantee on a plane that carries members is an early error (Nova would refuse to boot them: found end to end)', () => {
    const planes = PLANES.map((p) => (p.name === 'sig' ? { ...p, qos: { minKbps: 100_000 } } : p));
    const { make } = osPlatform();
    expect(() => make({ planes })).toThrow(/planes\[1\]\.qos\.minKbps: plane "sig" carries tier members, and a minimum-bandwidth guarantee on it stops their servers from booting.*remove qos\.minKbps/s);
  });

  test('tiers: N+1 members, hard anti-affinity over >= 2 AZs, SR-IOV media ports, data-plane flavor', () => {
    const { stack, make } = osPlatform();
    const platform = make();
    const out = json(stack);
    expectOpenStackHaTiers(out);
    expect(platform.primary.tiers.sbc.memberNames).toEqual(['sbc-001', 'sbc-002', 'sbc-003']);
    expect(platform.primary.tiers.db.memberNames).toHaveLength(2);
    const ports = ofType(out, 'openstack_networking_port_v2');
    const media = ports.filter(([n]) => n.includes('media'));
    expect(media).toHaveLength(1);
    expect(media[0][1].binding.vnic_type).toBe('direct');
    expect(media[0][1].port_security_enabled).toBe(false);
    expect(media[0][1].lifecycle).toEqual({ ignore_changes: ['binding[0].profile'] });
    for (const [, p] of ports.filter(([n]) => !n.includes('media'))) {
      expect(p.security_group_ids).toHaveLength(1);
      expect(p.lifecycle).toBeUndefined(); // virtio ports: the profile stays ours
    }
    const flavors = ofType(out, 'openstack_compute_flavor_v2').map(([, f]) => f);
    expect(flavors.find((f) => f.extra_specs)?.extra_specs).toMatchObject({ 'hw:cpu_policy': 'dedicated', 'hw:mem_page_size': '1GB' });
  });

  test('security zones: default deny, SSH only from the management plane, no world ingress', () => {
    const { stack, make } = osPlatform();
    make();
    const out = json(stack);
    for (const [, sg] of ofType(out, 'openstack_networking_secgroup_v2')) expect(sg.delete_default_rules).toBe(true);
    const rules = ofType(out, 'openstack_networking_secgroup_rule_v2').map(([, r]) => r);
    for (const r of rules) expect(['0.0.0.0/0', '::/0']).not.toContain(r.remote_ip_prefix);
    const ssh = rules.filter((r) => r.port_range_min === 22);
    expect(ssh).toHaveLength(3);
    for (const r of ssh) expect(r.remote_ip_prefix).toBe('10.10.0.0/24');
    // Octavia reaches the SBCs' SIP port from the VIP plane.
    expect(rules.some((r) => r.protocol === 'udp' && r.port_range_min === 5060 && r.remote_ip_prefix === '10.20.0.0/24')).toBe(true);
  });

  test('load balancer: one pool per listener, monitored, members from the tier ports on the VIP plane', () => {
    const { stack, make } = osPlatform({ loadBalancer: { activeStandbyFlavorId: 'ha-flavor' } });
    const platform = make();
    const out = json(stack);
    expect(expectMonitoredPools(out)).toBe(1);
    const [[, lb]] = ofType(out, 'openstack_lb_loadbalancer_v2');
    expect(lb.flavor_id).toBe('ha-flavor');
    expect(lb.vip_subnet_id).toMatch(/plane-sig/);
    const [[, members]] = ofType(out, 'openstack_lb_members_v2');
    expect(members.member.map((m: any) => m.name)).toEqual(['sbc-001', 'sbc-002', 'sbc-003']);
    expect(members.member[0].address).toMatch(/openstack_networking_port_v2\..*\["sbc-001"\]\.all_fixed_ips\[0\]/);
    expect(platform.primary.loadBalancer!.listeners[0].monitor).toBeDefined();
  });

  test('without an ACTIVE_STANDBY flavor synth warns', () => {
    const { make } = osPlatform();
    const platform = make();
    const warnings = platform.primary.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings.join('\n')).toMatch(/ACTIVE_STANDBY/);
  });

  test('quota: limits default to the tiers needs (zone-loss spares included)', () => {
    const { stack, make } = osPlatform({ quota: { projectId: 'p1' } });
    make();
    const [[, q]] = ofType(json(stack), 'openstack_compute_quotaset_v2');
    // 3 zones, spares ceil(N/2): sbc (2+1) x (8, 16) + app (3+2) x (4, 8) + db (1+1) x (8, 32)
    expect(q.cores).toBe(24 + 20 + 16);
    expect(q.ram).toBe((48 + 40 + 64) * 1024);
    expect(q.instances).toBe(10);
  });

  test('an existing quota that covers the needs is accepted and exposed', () => {
    const { stack, site, make } = osPlatform();
    const quota = new Quota(stack, 'q', { site, projectId: 'p1', vcpus: 100, memoryGiB: 500, instances: 20 });
    expect(make({ existingQuota: quota }).primary.quota).toBe(quota);
  });

  test('DR: the tiers are replicated in a second region with its own provider and VLAN pools', () => {
    const { stack, make } = osPlatform();
    const dc2 = new OpenStackSite(stack, 'dc2', { region: 'RegionTwo', alias: 'dc2', availabilityZones: ['az1', 'az2'] });
    const platform = make({
      disasterRecovery: {
        site: dc2,
        managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'dc2-mgmt' }),
        businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'dc2-biz' }),
      },
    });
    const out = json(stack);
    expectOpenStackHaTiers(out);
    expectPlaneSegments(out);
    expect(Object.keys(platform.disasterRecovery!.tiers)).toEqual(['sbc', 'app', 'db']);
    expect(platform.disasterRecovery!.tiers.app.memberNames[0]).toBe('app-dr-001');
    expect(platform.disasterRecovery!.tiers.app.memberZones['app-dr-003']).toBe('az1');
    const drNets = ofType(out, 'openstack_networking_network_v2').filter(([, n]) => n.provider === 'openstack.dc2');
    expect(drNets).toHaveLength(4);
  });

  test('scaling: one more member in a 50-member tier adds exactly that member, neighbours unchanged', () => {
    const synthWith = (capacity: number) => {
      const { stack, make } = osPlatform({ tiers: [{ ...TIERS[1], capacity, spares: 1 }] });
      make();
      return json(stack);
    };
    const before = synthWith(49); // 50 members
    const after = synthWith(50); // 51 members
    const keyed = (out: any) => {
      const m = new Map<string, any>();
      for (const [type, byName] of Object.entries<any>(out.resource)) {
        for (const [name, body] of Object.entries<any>(byName)) {
          if (body.for_each && typeof body.for_each === 'object') for (const [k, v] of Object.entries(body.for_each)) m.set(`${type}.${name}["${k}"]`, v);
        }
      }
      return m;
    };
    const a = keyed(before);
    const b = keyed(after);
    expect(a.size).toBeGreaterThanOrEqual(50 * 4); // instances + 3 ports per member
    const added = [...b.keys()].filter((k) => !a.has(k));
    const removed = [...a.keys()].filter((k) => !b.has(k));
    expect(removed).toEqual([]);
    expect(added.length).toBe(4);
    for (const k of added) expect(k).toMatch(/\["app-051"\]$/);
    for (const [k, v] of a) expect(b.get(k)).toEqual(v);
  });

  test('property: any capacity and spares give >= 2 anti-affine members over >= 2 AZs, or a clear error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }), (capacity, spares, zoneCount) => {
        const zones = ['az1', 'az2', 'az3', 'az4'].slice(0, zoneCount);
        const { stack, make } = osPlatform({ tiers: [{ ...TIERS[1], capacity, spares }] }, zones);
        if (capacity + spares < 2) {
          expect(() => make()).toThrow(/at least 2 members/);
        } else if (zoneCount < 2) {
          expect(() => make()).toThrow(/at least 2 availability zones/);
        } else {
          make();
          const out = json(stack);
          expectOpenStackHaTiers(out);
          expect(Object.keys(ofType(out, 'openstack_compute_instance_v2')[0][1].for_each)).toHaveLength(capacity + spares);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('TelecomHaPlatform survives the loss of any one zone (issue 19)', () => {
  test('property: default spares leave >= capacity members after losing any one zone, and TEL-9 passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 2, max: 5 }), (capacity, zoneCount) => {
        const zones = ['az1', 'az2', 'az3', 'az4', 'az5'].slice(0, zoneCount);
        const { stack, make } = osPlatform({ tiers: [{ ...TIERS[1], capacity }] }, zones);
        const group = make().primary.tiers.app;
        const perZone = new Map<string, number>();
        for (const z of Object.values(group.memberZones)) perZone.set(z, (perZone.get(z) ?? 0) + 1);
        for (const z of zones) expect(group.memberNames.length - (perZone.get(z) ?? 0)).toBeGreaterThanOrEqual(capacity);
        Compliance.of(stack).enable(Compliance.TELECOM_HA);
        const [report] = Compliance.of(stack).evaluate();
        expect(report.rules.find((r) => r.ruleId === 'TEL-9')?.compliant).toBe(1);
        expect(report.findings.filter((f) => f.ruleId === 'TEL-9')).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  test('TEL-9 fails a tier sized N+1 over three zones, naming the zone and the declared minimum', () => {
    const { stack, make } = osPlatform({ tiers: [{ ...TIERS[1], capacity: 4, spares: 1 }] });
    make();
    Compliance.of(stack).enable(Compliance.TELECOM_HA);
    const [report] = Compliance.of(stack).evaluate();
    const tel9 = report.findings.filter((f) => f.ruleId === 'TEL-9');
    // 5 members over az1..az3 (2, 2, 1): losing az1 leaves 3 < 4.
    expect(tel9).toHaveLength(1);
    expect(tel9[0].message).toBe('3 of 5 members survive losing availability zone az1; the tier needs 4 (declared (oscar.io/min-members))');
  });
});

describe('TelecomHaPlatform on vSphere', () => {
  test('port groups on unique VLANs, VMs under mandatory DRS rules over 2 clusters, LB skipped with a warning', () => {
    const { stack, make } = vsPlatform();
    const platform = make();
    const out = json(stack);
    expectVsphereHaTiers(out);
    const vlans = ofType(out, 'vsphere_distributed_port_group').map(([, pg]) => pg.vlan_id);
    expect(vlans.sort()).toEqual([110, 2010, 2020, 2030]);
    expect(out.resource.openstack_lb_loadbalancer_v2).toBeUndefined();
    expect(platform.primary.loadBalancer).toBeUndefined();
    const warnings = platform.primary.node.metadata.map((m) => String(m.data)).join('\n');
    expect(warnings).toMatch(/vSphere sites have no load-balancer service/);
    const vm = ofType(out, 'vsphere_virtual_machine').find(([n]) => n.includes('sbc'))![1];
    expect(vm.latency_sensitivity).toBe('high');
  });

  test('a VLAN reused across pools on the one distributed switch is an error', () => {
    const { make } = vsPlatform({ planes: [PLANES[0], { ...PLANES[1], vlanId: 110, vlanPool: VlanPool.range(100, 199, { physicalNetwork: 'other' }) }] });
    expect(() => make()).toThrow(/VLAN 110 on the distributed switch is already used by plane "oam"/);
  });

  test('a single-cluster site is an error', () => {
    const { make } = vsPlatform({}, ['cluster-a']);
    expect(() => make()).toThrow(/stack\/ims\] props\.tiers\[0\]\.zones: .*at least 2 availability zones/);
  });
});

describe('TelecomHaPlatform configuration errors', () => {
  const expectError = (overrides: Overrides, message: RegExp, zones?: string[]) => {
    const { make } = osPlatform(overrides, zones);
    expect(() => make()).toThrow(message);
  };

  test('a tier with fewer than 2 members', () => {
    expectError({ tiers: [{ ...TIERS[1], capacity: 1, spares: 0 }] }, /^\[stack\/ims\] props\.tiers\[0\]\.capacity: HA tier "app" needs at least 2 members under anti-affinity \(got 1\)\. Fix: raise capacity or spares so that capacity \+ spares >= 2 \(leave spares at its default: enough to survive the loss of one zone\)\.$/);
  });

  test('a tier with no capacity', () => {
    expectError({ tiers: [{ ...TIERS[1], capacity: 0 }] }, /props\.tiers\[0\]\.capacity: must be an integer >= 1/);
  });

  test('a plane without a VLAN', () => {
    const planes = [PLANES[0], { ...PLANES[1], vlanId: undefined as unknown as number }];
    expectError({ planes }, /props\.planes\[1\]\.vlanId: plane "sig" has no VLAN/);
  });

  test('a VLAN outside its pool, and a VLAN used twice on one physical network', () => {
    expectError({ planes: [PLANES[0], { ...PLANES[1], vlanId: 150 }] }, /planes\[1\]\.vlanId: VLAN 150 of plane "sig" is outside its pool/);
    expectError({ planes: [PLANES[0], PLANES[1], { ...PLANES[2], vlanId: 2010 }] }, /planes\[2\]\.vlanId: VLAN 2010 on physical network physnet-biz is already used by plane "sig"/);
  });

  test('overlapping plane CIDRs', () => {
    expectError({ planes: [PLANES[0], { ...PLANES[1], cidr: '10.10.0.128/25' }] }, /props\.planes: plane CIDRs overlap: "oam" \(10\.10\.0\.0\/24\) and "sig" \(10\.10\.0\.128\/25\)/);
  });

  test('management and business planes on one physical network, or one pool', () => {
    expectError({ businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'physnet-mgmt' }) }, /business plane "sig" shares physical network physnet-mgmt with the management plane/);
    const pool = VlanPool.range(100, 2999, { physicalNetwork: 'physnet1' });
    expectError({ managementVlans: pool, businessVlans: pool }, /businessVlans: is the same pool as managementVlans/);
    expectError({ businessVlans: VlanPool.range(2000, 2999) }, /planes\[1\]\.vlanPool: the VLAN pool of plane "sig" names no physical network/);
  });

  test('no management plane, or no business plane', () => {
    expectError({ planes: PLANES.slice(1), tiers: [{ ...TIERS[1], planes: ['sig'] }] }, /declares no MANAGEMENT plane/);
    expectError({ planes: [PLANES[0]], tiers: [{ ...TIERS[1], planes: ['oam'] }] }, /declares no business plane/);
  });

  test('a site offering fewer than 2 zones for a tier', () => {
    expectError({}, /^\[stack\/ims\] props\.tiers\[0\]\.zones: HA tier "sbc" needs at least 2 availability zones \(got 1 from site stack\/dc1: az1\)\. Fix: list 2 or more zones in tiers\[0\]\.zones, or declare 2 or more availability zones \(vSphere: clusters\) on the site\.$/, ['az1']);
    expectError({ tiers: [{ ...TIERS[1], zones: ['az2', 'az2'] }] }, /tiers\[0\]\.zones: HA tier "app" needs at least 2 availability zones \(got 1 from tiers\[0\]\.zones: az2, az2\)/);
  });

  test('a quota below the tiers needs', () => {
    expectError({ quota: { projectId: 'p', vcpus: 10 } }, /props\.quota\.vcpus: the quota of 10 vCPUs is below what the tiers \(members x size, spares included\) need \(60 vCPUs\)\. Fix: raise vcpus to at least 60/);
    expectError({ quota: { projectId: 'p', memoryGiB: 64 } }, /quota\.memoryGiB: the quota of 64 GiB of memory is below what the tiers .* need \(152 GiB of memory\)/);
    expectError({ quota: { projectId: 'p', instances: 8 } }, /quota\.instances: the quota of 8 instances is below what the tiers .* need \(10 instances\)/);
  });

  test('an existing quota below the needs, and both quota and existingQuota', () => {
    const { stack, site, make } = osPlatform();
    const small = new Quota(stack, 'q', { site, projectId: 'p', instances: 4 });
    expect(() => make({ existingQuota: small })).toThrow(/existingQuota\.instances: the quota of 4 instances is below/);
    const { stack: s2, site: site2, make: make2 } = osPlatform();
    const other = new Quota(s2, 'q', { site: site2, projectId: 'p', instances: 40 });
    expect(() => make2({ existingQuota: other, quota: { projectId: 'p' } })).toThrow(/quota\/existingQuota: quota and existingQuota are mutually exclusive/);
  });

  test('SR-IOV on a non-media plane, unknown planes, a load-balanced tier off the VIP plane', () => {
    expectError({ tiers: [{ ...TIERS[0], sriovPlanes: ['sig'] }] }, /tiers\[0\]\.sriovPlanes\[0\]: plane "sig" is a SIGNALING plane/);
    expectError({ tiers: [{ ...TIERS[1], planes: ['oam', 'voice'] }] }, /tiers\[0\]\.planes\[1\]: plane "voice" is not declared/);
    expectError({ tiers: [{ ...TIERS[0], planes: ['oam', 'media'], sriovPlanes: [] }] }, /tiers\[0\]\.listeners: tier "sbc" is load balanced on plane "sig" but does not attach to it/);
    expectError({ loadBalancer: { plane: 'nope' } }, /loadBalancer\.plane: plane "nope" is not declared/);
  });

  test('bad ingress sources, duplicate names', () => {
    expectError({ tiers: [{ ...TIERS[1], ingress: [{ port: undefined as any }] }] }, /tiers\[0\]\.ingress\[0\]: needs exactly one source/);
    expectError({ tiers: [{ ...TIERS[1], ingress: [{ port: undefined as any, fromTier: 'web' }] }] }, /ingress\[0\]\.fromTier: tier "web" is not declared/);
    expectError({ tiers: [TIERS[1], TIERS[1]] }, /tiers\[1\]\.name: tier "app" is declared twice/);
    expectError({ planes: [...PLANES, { ...PLANES[3], vlanId: 2040, cidr: '10.50.0.0/24' }] }, /planes\[4\]\.name: plane "storage" is declared twice/);
  });

  test('a DR site that is the primary site, or DR pools shared with the primary', () => {
    const { site, make } = osPlatform();
    const pool = VlanPool.range(100, 199, { physicalNetwork: 'x' });
    expect(() => make({ disasterRecovery: { site, managementVlans: pool, businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'y' }) } })).toThrow(/disasterRecovery\.site: is the primary site/);
    const { stack: s2, make: make2 } = osPlatform();
    const dc2 = new OpenStackSite(s2, 'dc2', { region: 'RegionTwo', alias: 'dc2', availabilityZones: ['az1'] });
    expect(() => make2({ disasterRecovery: { site: dc2, managementVlans: pool, businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'y' }) } })).toThrow(/tiers\[0\]\.zones: HA tier "sbc" needs at least 2 availability zones \(got 1 from site stack\/dc2: az1\)/);
  });
});

describe('TelecomHaPlatform: tier options shared by every pattern (TierOptionsBase)', () => {
  test('labels, keyPair and userData reach the tier; the pattern\'s tier label stays', () => {
    const { stack, make } = osPlatform({ tiers: [{ ...TIERS[1], labels: { 'oscar.io/owner': 'ims' }, keyPair: 'ops', userData: '#cloud-config\n' }, TIERS[2]] });
    make();
    const instances = ofType(json(stack), 'openstack_compute_instance_v2').map(([, i]) => i);
    const app = instances.find((i) => i.tags.includes('oscar.io:tier=app'));
    expect(app).toMatchObject({ key_pair: 'ops', user_data: '#cloud-config\n' });
    expect(app.tags).toContain('oscar.io:owner=ims');
    const db = instances.find((i) => i.tags.includes('oscar.io:tier=db'));
    expect(db.key_pair).toBeUndefined();
    expect(db.tags).not.toContain('oscar.io:owner=ims');
  });
});

// GovernmentCloud peer sites (issue 16 item 7, digest G7): active-active or backup site
// pairs, with resources emitted per site, and an optional VPN between them.
import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import {
  GovernmentCloud,
  GovernmentCloudProps,
  GovernmentDepartmentSpec,
  GovernmentPeerRole,
  GovernmentWorkload,
  GovernmentZone,
  Image,
  Labels,
  OpenStackSite,
  Size,
  VlanPool,
  VsphereSite,
} from '../../lib';

type Json = Record<string, any>;
const img = Image.fromName('kylin-v10');
const workload = (name: string, zone: GovernmentZone, count = 3): GovernmentWorkload => ({ name, zone, size: Size.of(2, 4, 20), image: img, count });
const dept = (name: string, workloads: GovernmentWorkload[]): GovernmentDepartmentSpec => ({ name, workloads, quota: { vcpus: 100, memoryGiB: 400, instances: 40 } });
const res = (json: Json, type: string): Record<string, Json> => json.resource?.[type] ?? {};
const tagValue = (tags: string[] | undefined, key: string) => (tags ?? []).map((t) => Labels.fromOpenStackTag(t)).find((t) => t.key === key)?.value;
const ZONES = ['az1', 'az2'];

function twoSites() {
  const stack = new TerraformStack(new App(), 'stack');
  const wuhan = new OpenStackSite(stack, 'wuhan', { region: 'cn-central-1', availabilityZones: ZONES, alias: 'wuhan' });
  const yichang = new OpenStackSite(stack, 'yichang', { region: 'cn-central-2', availabilityZones: ZONES, alias: 'yichang' });
  return { stack, wuhan, yichang };
}

function build(peer: Partial<NonNullable<GovernmentCloudProps['peer']>> | undefined, extra: Partial<GovernmentCloudProps> = {}) {
  const { stack, wuhan, yichang } = twoSites();
  const cloud = new GovernmentCloud(stack, 'gov', {
    site: wuhan,
    allowedRegions: ['cn-central-1', 'cn-central-2'],
    departments: [
      dept('finance', [workload('ledger', GovernmentZone.CORE), workload('portal', GovernmentZone.EXTRANET_ACCESS, 2)]),
      dept('health', [workload('records', GovernmentZone.CORE, 2)]),
    ],
    peer: peer ? { site: yichang, role: GovernmentPeerRole.BACKUP, ...peer } : undefined,
    ...extra,
  });
  return { stack, cloud, json: JSON.parse(Testing.synth(stack)) as Json };
}

/** Every `type.name` in the synthesized JSON. */
const addresses = (json: Json) => Object.entries<Json>(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`));

describe('GovernmentCloud peer site (G7)', () => {
  test('G7: a backup peer is the same cloud emitted on the peer site, each department a project of its own there', () => {
    const single = build(undefined);
    const { cloud, json } = build({ standbyCount: 1 });
    // Nothing of the primary moves: its addresses are all still there.
    const all = new Set(addresses(json));
    expect(addresses(single.json).filter((a) => !all.has(a))).toEqual([]);
    expect(cloud.peer).toBeDefined();
    expect(cloud.peer!.peerRole).toBe(GovernmentPeerRole.BACKUP);
    expect(cloud.peerRole).toBeUndefined();
    expect(cloud.peer!.region).toBe('cn-central-2');
    // Seven zone networks per site, each on its own site's provider.
    const nets = Object.values(res(json, 'openstack_networking_network_v2'));
    expect(nets.filter((n) => n.provider === 'openstack.wuhan')).toHaveLength(7);
    expect(nets.filter((n) => n.provider === 'openstack.yichang')).toHaveLength(7);
    // Department projects: the peer's carry its name, so a Keystone shared by both sites holds both.
    const projects = Object.values(res(json, 'openstack_identity_project_v3')).map((p) => p.name).sort();
    expect(projects).toEqual(['finance', 'finance-backup', 'health', 'health-backup']);
    // Workloads: full count in the primary, one standby member each in the backup site.
    const members = (provider: string) => Object.values(res(json, 'openstack_compute_instance_v2'))
      .filter((i) => String(i.provider).endsWith(provider)).flatMap((i) => Object.keys(i.for_each)).sort();
    expect(members('finance')).toEqual(['finance-ledger-001', 'finance-ledger-002', 'finance-ledger-003', 'finance-portal-001', 'finance-portal-002']);
    expect(members('finance-backup')).toEqual(['finance-ledger-001', 'finance-portal-001']);
    // The department providers of the peer authenticate in the peer's region.
    const providers: Json[] = json.provider.openstack;
    expect(providers.find((p) => p.alias === 'finance-backup')?.region).toBe('cn-central-2');
    // Every resource of the peer is labelled as the backup replica; none of the primary is.
    const peerNet = nets.find((n) => n.provider === 'openstack.yichang')!;
    expect(tagValue(peerNet.tags, 'oscar.io/replica')).toBe('backup');
    expect(nets.filter((n) => n.provider === 'openstack.wuhan').every((n) => tagValue(n.tags, 'oscar.io/replica') === undefined)).toBe(true);
  });

  test('G7: an active-active peer runs every workload at its full count, labelled active', () => {
    const { cloud, json } = build({ role: GovernmentPeerRole.ACTIVE_ACTIVE, name: 'yichang' });
    expect(cloud.peer!.node.id).toBe('yichang');
    const instances = Object.values(res(json, 'openstack_compute_instance_v2'));
    const count = (alias: string) => instances.filter((i) => i.provider === `openstack.${alias}`).reduce((n, i) => n + Object.keys(i.for_each).length, 0);
    expect([count('finance'), count('finance-yichang'), count('health'), count('health-yichang')]).toEqual([5, 5, 2, 2]);
    const peerInstances = instances.filter((i) => String(i.provider).endsWith('-yichang'));
    expect(peerInstances.every((i) => tagValue(i.tags, 'oscar.io/replica') === 'active')).toBe(true);
  });

  test('G7: without interconnect the sites share no link, and the peer may reuse the primary\'s CIDRs', () => {
    const { cloud, json } = build({});
    expect(cloud.interconnectLinks).toEqual([]);
    expect(res(json, 'openstack_vpnaas_site_connection_v2')).toEqual({});
    expect(cloud.peer!.zone(GovernmentZone.CORE).cidr).toBe(cloud.zone(GovernmentZone.CORE).cidr);
  });

  test('G7: the interconnect is a VPN between the two extranet edge routers, with a generated key and the declared ports only', () => {
    const { cloud, json } = build({ zones: { core: { cidr: '10.20.0.0/20' } }, interconnect: { ports: [5432] } });
    expect(cloud.interconnectLinks).toHaveLength(2);
    const conns = Object.values(res(json, 'openstack_vpnaas_site_connection_v2'));
    expect(conns.map((c) => c.provider).sort()).toEqual(['openstack.wuhan', 'openstack.yichang']);
    for (const c of conns) {
      expect(c.psk).toMatch(/^\$\{random_password\./); // generated, never a literal
      expect(c.peer_address).toMatch(/openstack_networking_router_v2\.gov_.*extranet-edge.*external_fixed_ip/);
    }
    const services = Object.values(res(json, 'openstack_vpnaas_service_v2'));
    expect(services.every((s) => /extranet-edge/.test(s.router_id))).toBe(true);
    const peerGroups = Object.values(res(json, 'openstack_vpnaas_endpoint_group_v2')).filter((g) => g.type === 'cidr').map((g) => [g.provider, g.endpoints]).sort();
    expect(peerGroups).toEqual([['openstack.wuhan', ['10.20.0.0/20']], ['openstack.yichang', ['10.10.0.0/20']]]);
    // Each core boundary firewall admits port 5432 from and to the other site's core zone
    // only; every flow is in both of its policies (ingress and egress), whichever the driver applies.
    const rules = Object.values(res(json, 'openstack_fw_rule_v2')).filter((r) => r.destination_port === '5432');
    const flows = [
      ['openstack.wuhan', '10.10.0.0/20', '10.20.0.0/20'], ['openstack.wuhan', '10.20.0.0/20', '10.10.0.0/20'],
      ['openstack.yichang', '10.10.0.0/20', '10.20.0.0/20'], ['openstack.yichang', '10.20.0.0/20', '10.10.0.0/20'],
    ];
    expect(rules.map((r) => [r.provider, r.source_ip_address, r.destination_ip_address]).sort()).toEqual([...flows, ...flows].sort());
    expect(rules.every((r) => r.action === 'allow' && r.protocol === 'tcp')).toBe(true);
    // Department core groups admit it from the other site's core zone, by CIDR.
    const ingress = Object.values(res(json, 'openstack_networking_secgroup_rule_v2')).filter((r) => r.port_range_min === 5432 && r.direction === 'ingress');
    expect(ingress.map((r) => [r.provider, r.remote_ip_prefix]).sort()).toEqual([
      ['openstack.finance', '10.20.0.0/20'], ['openstack.finance-backup', '10.10.0.0/20'],
      ['openstack.health', '10.20.0.0/20'], ['openstack.health-backup', '10.10.0.0/20'],
    ]);
    // No router joins the Internet and the extranet: the VPN uses the extranet routers only.
    expect(Object.keys(res(json, 'openstack_networking_router_v2'))).toHaveLength(4);
  });

  test('G7: the peer\'s errors name peer.* and say how to fix them', () => {
    const { stack, wuhan } = twoSites();
    const base = { site: wuhan, allowedRegions: ['cn-central-1', 'cn-central-2'], departments: [] };
    expect(() => new GovernmentCloud(stack, 'a', { ...base, peer: { site: wuhan, role: GovernmentPeerRole.BACKUP } })).toThrow(/\[stack\/a\] props\.peer\.site: is the cloud's own site/);
    expect(() => build({}, { allowedRegions: ['cn-central-1'] })).toThrow(/props\.peer\.region: "cn-central-2" is outside the data-residency allow-list/);
    expect(() => build({ role: GovernmentPeerRole.ACTIVE_ACTIVE, standbyCount: 1 })).toThrow(/props\.peer\.standbyCount: is set on an active-active peer/);
    expect(() => build({ standbyCount: 0 })).toThrow(/props\.peer\.standbyCount/);
    expect(() => build({ name: 'Backup_1' })).toThrow(/props\.peer\.name/);
    expect(() => build({ interconnect: { ports: [5432] } })).toThrow(/props\.peer\.zones\.core\.cidr: the peer's core zone \(10\.10\.0\.0\/20\) overlaps the primary's/);
    expect(() => build({ zones: { core: { cidr: '10.20.0.0/20' } }, interconnect: { zones: [GovernmentZone.STORAGE], ports: [5432] } })).toThrow(/props\.peer\.interconnect\.zones\[0\]: "STORAGE" is not an extranet-side zone/);
    expect(() => build({ zones: { core: { cidr: '10.20.0.0/20' } }, interconnect: { ports: [] } })).toThrow(/props\.peer\.interconnect\.ports: lists no port/);
    expect(() => build({ zones: { core: { cidr: '10.20.0.0/20' } }, interconnect: { ports: [70000] } })).toThrow(/props\.peer\.interconnect\.ports\[0\]: 70000 is not a TCP port/);
  });

  test('G7 on vSphere: a backup datacenter with its own VLAN pool; an interconnect is refused, naming the target', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
    const dc = (id: string, alias: string) => new VsphereSite(stack, id, {
      datacenter: id, clusters: ['c1'], datastores: ['ds1'], distributedSwitch: 'dvs', alias,
      providerConfig: { vsphereServer: `${id}.example.internal`, user: 'terraform@vsphere.local', password: password.stringValue },
    });
    const a = dc('dc1', 'dc1');
    const b = dc('dc2', 'dc2');
    const props: GovernmentCloudProps = {
      site: a, region: 'cn-east-1', allowedRegions: ['cn-east-1', 'cn-east-2'], vlanPool: VlanPool.range(2100, 2199),
      departments: [dept('civil', [workload('records', GovernmentZone.CORE, 2)])],
    };
    expect(() => new GovernmentCloud(stack, 'x', { ...props, peer: { site: b, role: GovernmentPeerRole.BACKUP, region: 'cn-east-2' } })).toThrow(/props\.peer\.vlanPool: vSphere zone networks are port groups on VLANs/);
    expect(() => new GovernmentCloud(stack, 'y', { ...props, peer: { site: b, role: GovernmentPeerRole.BACKUP, region: 'cn-east-2', vlanPool: VlanPool.range(2200, 2299), interconnect: { ports: [443] } } }))
      .toThrow(/props\.peer\.interconnect: vSphere sites \(site\) have no routers/);
    const cloud = new GovernmentCloud(stack, 'gov', { ...props, peer: { site: b, role: GovernmentPeerRole.BACKUP, region: 'cn-east-2', vlanPool: VlanPool.range(2200, 2299), standbyCount: 1 } });
    const json = JSON.parse(Testing.synth(stack));
    const groups = Object.values(res(json, 'vsphere_distributed_port_group'));
    expect(groups.filter((g) => g.provider === 'vsphere.dc2').map((g) => g.vlan_id).sort()).toEqual([2200, 2201, 2202, 2203, 2204, 2205, 2206]);
    expect(cloud.peer!.region).toBe('cn-east-2');
    const vms = Object.values(res(json, 'vsphere_virtual_machine'));
    expect(vms.map((v) => [v.provider, Object.keys(v.for_each).length]).sort()).toEqual([['vsphere.dc1', 2], ['vsphere.dc2', 1]]);
  });
});

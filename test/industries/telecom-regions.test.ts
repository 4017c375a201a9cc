import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import {
  Image,
  ListenerProtocol,
  OpenStackSite,
  Port,
  Size,
  TelecomHaPlatform,
  TelecomHaPlatformProps,
  TelecomInterconnectTopology,
  TelecomPlaneRole,
  TelecomPlaneSpec,
  TelecomRegionRole,
  TelecomRegionSpec,
  TelecomTierSpec,
  VlanPool,
  VsphereSite,
} from '../../lib';

// N regions of the telecom platform (digest T1, T9, G7): roles, inter-region VPN links,
// the capacity summary, and the errors.

const planes = (sig: string): TelecomPlaneSpec[] => [
  { name: 'oam', role: TelecomPlaneRole.MANAGEMENT, cidr: '10.10.0.0/24', vlanId: 110 },
  { name: 'sig', role: TelecomPlaneRole.SIGNALING, cidr: sig, vlanId: 2010 },
  { name: 'storage', role: TelecomPlaneRole.STORAGE, cidr: '10.40.0.0/24', vlanId: 2030 },
];

const TIERS: TelecomTierSpec[] = [
  {
    name: 'sbc', capacity: 2, size: Size.of(8, 16, 40), image: Image.fromName('sbc'), planes: ['oam', 'sig'],
    ingress: [{ port: Port.udp(5060), fromPlane: 'sig' }], listeners: [{ protocol: ListenerProtocol.UDP, port: 5060 }],
  },
  { name: 'db', capacity: 1, size: Size.of(8, 32, 40), image: Image.fromName('db'), planes: ['oam', 'storage'], volumes: [{ name: 'data', sizeGiB: 100 }] },
];

interface Fixture {
  readonly stack: TerraformStack;
  readonly region: (name: string, role: TelecomRegionRole, sig: string, zones?: string[]) => TelecomRegionSpec;
  readonly make: (extra?: Partial<TelecomHaPlatformProps>) => TelecomHaPlatform;
}

function fixture(): Fixture {
  const stack = new TerraformStack(new App(), 'stack');
  new RandomProvider(stack, 'random');
  const dc1 = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', alias: 'dc1', availabilityZones: ['az1', 'az2', 'az3'], externalNetwork: 'public' });
  const region = (name: string, role: TelecomRegionRole, sig: string, zones = ['az1', 'az2']): TelecomRegionSpec => ({
    name, role, site: new OpenStackSite(stack, `site-${name}`, { region: `Region-${name}`, alias: name, availabilityZones: zones, externalNetwork: 'public' }),
    managementVlans: VlanPool.range(100, 199, { physicalNetwork: `${name}-mgmt` }),
    businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: `${name}-biz` }),
    planes: planes(sig),
  });
  const make = (extra: Partial<TelecomHaPlatformProps> = {}) => new TelecomHaPlatform(stack, 'ims', {
    site: dc1,
    managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'dc1-mgmt' }),
    businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'dc1-biz' }),
    planes: planes('10.20.0.0/24'),
    tiers: TIERS,
    ...extra,
  });
  return { stack, region, make };
}

const json = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));
// Resources with their construct path below the stack (`ims/vpn-dr-east/connection`), read from the logical ID.
const ofType = (out: any, type: string): Array<[string, any]> =>
  Object.entries<any>(out.resource?.[type] ?? {}).map(([key, r]) => [key, { ...r, path: key.split('_').slice(0, -1).join('/') }]);
const pathOf = (r: any): string => r.path;
const addressOf = (out: any, type: string, path: string): string => {
  const found = ofType(out, type).find(([, r]) => pathOf(r) === path);
  if (!found) throw new Error(`no ${type} at ${path}`);
  return `${type}.${found[0]}`;
};

function threeRegions(topology?: TelecomInterconnectTopology) {
  const f = fixture();
  const platform = f.make({
    regions: [f.region('dr', TelecomRegionRole.DISASTER_RECOVERY, '10.21.0.0/24'), f.region('east', TelecomRegionRole.ACTIVE, '10.22.0.0/24', ['az1', 'az2', 'az3'])],
    interconnect: { planes: ['sig'], topology },
  });
  return { ...f, platform, out: json(f.stack) };
}

describe('TelecomHaPlatform: N regions (T1, T9)', () => {
  test('T1: three regions, each on its own provider with its own members, labelled by role', () => {
    const { platform, out } = threeRegions();
    expect(platform.regionNames).toEqual(['primary', 'dr', 'east']);
    expect(platform.region('east').tiers.sbc.memberNames[0]).toBe('sbc-east-001');
    expect(platform.disasterRecovery).toBe(platform.region('dr'));
    const instances = ofType(out, 'openstack_compute_instance_v2');
    const byProvider = (p: string | undefined) => instances.filter(([, r]) => r.provider === p);
    expect(byProvider('openstack.dc1')).toHaveLength(2);
    expect(byProvider('openstack.dr')).toHaveLength(2);
    expect(byProvider('openstack.east')).toHaveLength(2);
    for (const [, r] of byProvider('openstack.east')) expect(r.tags).toContain('oscar.io:replica=active');
    for (const [, r] of byProvider('openstack.dr')) expect(r.tags).toContain('oscar.io:replica=dr');
    for (const [, r] of byProvider('openstack.dc1')) expect(r.tags.some((t: string) => t.startsWith('oscar.io:replica'))).toBe(false);
  });

  test('T1: the deprecated disasterRecovery synthesizes exactly what a DISASTER_RECOVERY region named "dr" does', () => {
    const viaRegions = fixture();
    const spec = viaRegions.region('dr', TelecomRegionRole.DISASTER_RECOVERY, '10.20.0.0/24');
    viaRegions.make({ regions: [spec] });
    const viaDeprecated = fixture();
    const old = viaDeprecated.region('dr', TelecomRegionRole.DISASTER_RECOVERY, '10.20.0.0/24');
    viaDeprecated.make({ disasterRecovery: { site: old.site, managementVlans: old.managementVlans, businessVlans: old.businessVlans } });
    expect(Testing.synth(viaDeprecated.stack)).toEqual(Testing.synth(viaRegions.stack));
  });

  test('T9: the capacity summary covers every region, and the total matches the members synthesized', () => {
    const { platform, out } = threeRegions();
    const members = ofType(out, 'openstack_compute_instance_v2').reduce((n, [, r]) => n + Object.keys(r.for_each).length, 0);
    expect(platform.capacity.map((c) => [c.region, c.role])).toEqual([['primary', 'PRIMARY'], ['dr', 'DISASTER_RECOVERY'], ['east', 'ACTIVE']]);
    expect(platform.totalCapacity.instances).toBe(members);
    // vCPUs: 8 per member of either tier.
    expect(platform.totalCapacity.vcpus).toBe(8 * members);
    const volumes = ofType(out, 'openstack_blockstorage_volume_v3').reduce((n, [, r]) => n + Object.keys(r.for_each).length * r.size, 0);
    expect(platform.totalCapacity.storageGiB).toBe(volumes);
  });

  test('T9: a global quota below what all regions need together is an error; one that covers them is accepted', () => {
    const f = fixture();
    const regions = [f.region('dr', TelecomRegionRole.DISASTER_RECOVERY, '10.21.0.0/24')];
    // 3 sbc + 2 db in the primary (3 zones), 4 sbc + 2 db in dr (2 zones): 11 members.
    expect(() => f.make({ regions, globalQuota: { instances: 10 } })).toThrow(/\[stack\/ims\] props\.globalQuota\.instances: the quota of 10 instances is below what the tiers of all regions need \(11 instances\)/);
    expect(fixture().make({ regions: [fixture().region('dr', TelecomRegionRole.DISASTER_RECOVERY, '10.21.0.0/24')], globalQuota: { instances: 11 } }).totalCapacity.instances).toBe(11);
  });
});

describe('TelecomHaPlatform: inter-region L3 over SiteToSiteVpn (G7, T1)', () => {
  test('G7: full mesh links every pair of regions, each end peering with the other router and sharing one generated key', () => {
    const { out } = threeRegions();
    const connections = ofType(out, 'openstack_vpnaas_site_connection_v2');
    expect(connections.map(([, r]) => pathOf(r).split('/')[1]).sort()).toEqual(['vpn-dr-east', 'vpn-dr-primary', 'vpn-east-dr', 'vpn-east-primary', 'vpn-primary-dr', 'vpn-primary-east']);
    const router = (region: string) => addressOf(out, 'openstack_networking_router_v2', `ims/${region}/interconnect-router`);
    for (const [, c] of connections) {
      const [local, peer] = pathOf(c).split('/')[1].slice('vpn-'.length).split('-');
      expect(c.peer_address).toContain(`${router(peer)}.external_fixed_ip`);
      expect(c.provider).toBe(local === 'primary' ? 'openstack.dc1' : `openstack.${local}`);
      // One key per link: the first end generates it, the second references it.
      const [first, second] = local < peer ? [local, peer] : [peer, local];
      const generator = ['primary', 'dr', 'east'].indexOf(first) < ['primary', 'dr', 'east'].indexOf(second) ? `${first}-${second}` : `${second}-${first}`;
      expect(c.psk).toContain(addressOf(out, 'random_password', `ims/vpn-${generator}/psk`));
    }
    expect(ofType(out, 'random_password')).toHaveLength(3);
  });

  test('G7: each end routes its own signaling subnet to the peer\'s signaling CIDR', () => {
    const { out } = threeRegions();
    const groups = ofType(out, 'openstack_vpnaas_endpoint_group_v2');
    const peer = groups.find(([, r]) => pathOf(r) === 'ims/vpn-primary-east/peer-endpoints')![1];
    expect(peer.endpoints).toEqual(['10.22.0.0/24']);
    const local = groups.find(([, r]) => pathOf(r) === 'ims/vpn-primary-east/local-endpoints')![1];
    expect(local.endpoints).toEqual([`\${${addressOf(out, 'openstack_networking_subnet_v2', 'ims/primary/plane-sig/subnet-sig')}.id}`]);
  });

  test('G7: hub-and-spoke links the primary with each other region only', () => {
    const { out } = threeRegions(TelecomInterconnectTopology.HUB_AND_SPOKE);
    const names = ofType(out, 'openstack_vpnaas_site_connection_v2').map(([, r]) => pathOf(r).split('/')[1]).sort();
    expect(names).toEqual(['vpn-dr-primary', 'vpn-east-primary', 'vpn-primary-dr', 'vpn-primary-east']);
  });

  test('T1: tiers on the interconnected plane reach the peers\' CIDRs of it; other tiers do not', () => {
    const { out } = threeRegions();
    const rules = ofType(out, 'openstack_networking_secgroup_rule_v2').map(([, r]) => r);
    const of = (group: string) => rules.filter((r) => pathOf(r).startsWith(`ims/primary/zone-${group}/`));
    const sbc = of('sbc');
    for (const cidr of ['10.21.0.0/24', '10.22.0.0/24']) {
      expect(sbc).toContainEqual(expect.objectContaining({ direction: 'egress', remote_ip_prefix: cidr }));
      expect(sbc).toContainEqual(expect.objectContaining({ direction: 'ingress', remote_ip_prefix: cidr, protocol: 'udp', port_range_min: 5060 }));
    }
    expect(of('db').some((r) => ['10.21.0.0/24', '10.22.0.0/24'].includes(r.remote_ip_prefix))).toBe(false);
  });
});

describe('TelecomHaPlatform: region and interconnect errors', () => {
  // Each case in a fresh stack, with a DR region at 10.21.0.0/24 to start from.
  const expectError = (props: (f: Fixture, dr: TelecomRegionSpec) => Partial<TelecomHaPlatformProps>, message: RegExp) => {
    const f = fixture();
    const dr = f.region('dr', TelecomRegionRole.DISASTER_RECOVERY, '10.21.0.0/24');
    expect(() => f.make(props(f, dr))).toThrow(message);
  };

  test('duplicate or reserved region names, an unknown role, a shared site or shared pools', () => {
    expectError((_, dr) => ({ regions: [{ ...dr, name: 'primary' }] }), /props\.regions\[0\]\.name: "primary" is the name of the primary region/);
    expectError((f, dr) => ({ regions: [dr, { ...f.region('x', TelecomRegionRole.ACTIVE, '10.23.0.0/24'), name: 'dr' }] }), /props\.regions\[1\]\.name: "dr" is already the name of region regions\[0\]/);
    expectError((_, dr) => ({ regions: [{ ...dr, role: 'HOT' as TelecomRegionRole }] }), /props\.regions\[0\]\.role: "HOT" is not a region role/);
    expectError((_, dr) => ({ regions: [dr, { ...dr, name: 'east' }] }), /props\.regions\[1\]\.site: is also the site of region "dr"/);
    expectError((f, dr) => ({ regions: [dr, { ...f.region('east', TelecomRegionRole.ACTIVE, '10.22.0.0/24'), businessVlans: dr.managementVlans }] }), /props\.regions\[1\]\.managementVlans: reuses a VLAN pool of region "dr"/);
    expectError((_, dr) => ({ disasterRecovery: dr, regions: [{ ...dr, name: 'dr' }] }), /props\.regions\[0\]\.name: "dr" is already the name of the disasterRecovery region/);
  });

  test('interconnect: a management or storage plane, an unknown plane, overlapping CIDRs, a single region', () => {
    expectError((_, dr) => ({ regions: [dr], interconnect: { planes: ['storage'] } }), /props\.interconnect\.planes\[0\]: plane "storage" is a STORAGE plane, and management and storage planes never get a router interface/);
    expectError((_, dr) => ({ regions: [dr], interconnect: { planes: ['voice'] } }), /props\.interconnect\.planes\[0\]: plane "voice" is not declared/);
    expectError((_, dr) => ({ regions: [{ ...dr, planes: planes('10.20.0.0/25') }], interconnect: { planes: ['sig'] } }),
      /props\.interconnect\.planes: interconnected planes overlap across regions: "primary\/sig" \(10\.20\.0\.0\/24\) and "dr\/sig" \(10\.20\.0\.0\/25\)/);
    expectError(() => ({ interconnect: { planes: ['sig'] } }), /props\.interconnect: links regions, and the platform has only the primary/);
  });

  test('interconnect on vSphere is an error naming the target (no routers without NSX)', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const password = new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true });
    const vc = (id: string, dc: string) => new VsphereSite(stack, id, {
      datacenter: dc, clusters: ['a', 'b'], datastores: ['ds'], distributedSwitch: 'dvs',
      providerConfig: { vsphereServer: `${id}.example`, user: 'tf', password: password.stringValue },
    });
    const pools = (n: string) => ({ managementVlans: VlanPool.range(100, 199, { physicalNetwork: `${n}-m` }), businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: `${n}-b` }) });
    expect(() => new TelecomHaPlatform(stack, 'ims', {
      site: vc('vc1', 'dc1'), ...pools('a'), planes: planes('10.20.0.0/24'), tiers: TIERS.map((t) => ({ ...t, listeners: undefined })),
      regions: [{ name: 'dr', role: TelecomRegionRole.DISASTER_RECOVERY, site: vc('vc2', 'dc2'), ...pools('b'), planes: planes('10.21.0.0/24') }],
      interconnect: { planes: ['sig'] },
    })).toThrow(/\[stack\/ims\] props\.interconnect\.planes: vSphere sites do not support inter-region routers and site-to-site VPNs/);
  });
});

import { Testing } from 'cdktf';
import { PlaneLayout, PlaneRole, PlaneSpec, Router, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

// The six planes of the Mirantis/Fuel design (digest P1), on two physical networks (T2).
const sixPlanes = (mgmt: VlanPool): PlaneSpec[] => [
  { name: 'ipmi', role: PlaneRole.IPMI, cidr: '10.0.0.0/24', vlanId: 100, vlanPool: mgmt },
  { name: 'pxe', role: PlaneRole.PXE, cidr: '10.0.1.0/24', vlanId: 101, vlanPool: mgmt },
  { name: 'mgmt', role: PlaneRole.MANAGEMENT, cidr: '10.0.2.0/24', vlanId: 102, vlanPool: mgmt },
  { name: 'storage', role: PlaneRole.STORAGE, cidr: '10.0.3.0/24', mtu: 9000 },
  { name: 'private', role: PlaneRole.TENANT, cidr: '10.0.4.0/24' },
  { name: 'public', role: PlaneRole.PUBLIC, cidr: '10.0.5.0/24', routed: true },
];

/** Resources of a type keyed by their `name` (synth orders them by logical ID, not by declaration). */
const byName = (out: string, type: string) => Object.fromEntries(Object.values<any>(resources(out, type)).map((r) => [r.name, r]));
const PLANES = ['ipmi', 'pxe', 'mgmt', 'storage', 'private', 'public'];

describe('PlaneLayout on OpenStack', () => {
  const build = () => {
    const { stack, site } = openstackStack();
    const mgmt = VlanPool.range(100, 199, { physicalNetwork: 'physnet-mgmt' });
    const layout = new PlaneLayout(stack, 'fuel', { site, namePrefix: 'dc1', planes: sixPlanes(mgmt), vlanPool: VlanPool.range(1000, 1099, { physicalNetwork: 'physnet-data' }) });
    return { layout, out: Testing.synth(stack) };
  };

  test('P1, M1: six planes, each its own network with its own VLAN and CIDR', () => {
    const { layout, out } = build();
    const found = byName(out, 'openstack_networking_network_v2');
    const nets = PLANES.map((p) => found[`dc1-${p}`]);
    const vlans = nets.map((n) => n.segments[0].segmentation_id);
    expect(new Set(vlans).size).toBe(6);
    expect(vlans.slice(0, 3)).toEqual([100, 101, 102]);
    const subnets = byName(out, 'openstack_networking_subnet_v2');
    expect(PLANES.map((p) => subnets[`dc1-${p}-${p}`].cidr)).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24', '10.0.4.0/24', '10.0.5.0/24']);
    expect(nets.map((n) => n.tags)).toEqual(['ipmi', 'pxe', 'management', 'storage', 'tenant', 'public'].map((p) => [`oscar.io:plane=${p}`]));
    expect(layout.networksOf(PlaneRole.MANAGEMENT).map((n) => n.networkName)).toEqual(['dc1-mgmt']);
  });

  test('T2: management planes and business planes draw VLANs from pools on different physical networks', () => {
    const found = byName(build().out, 'openstack_networking_network_v2');
    expect(PLANES.map((p) => found[`dc1-${p}`].segments[0].physical_network)).toEqual(['physnet-mgmt', 'physnet-mgmt', 'physnet-mgmt', 'physnet-data', 'physnet-data', 'physnet-data']);
  });

  test('P2, M1: only the routed plane has a router interface; IPMI and PXE subnets have DHCP off', () => {
    const out = build().out;
    const rifs = Object.values<any>(resources(out, 'openstack_networking_router_interface_v2'));
    expect(rifs).toHaveLength(1);
    expect(rifs[0].subnet_id).toContain('plane-public');
    const subnets = byName(out, 'openstack_networking_subnet_v2');
    expect(PLANES.map((p) => subnets[`dc1-${p}-${p}`].enable_dhcp)).toEqual([false, false, undefined, undefined, undefined, undefined]);
    expect(PLANES.filter((p) => subnets[`dc1-${p}-${p}`].no_gateway === true)).toEqual(PLANES.slice(0, 5));
  });

  test('P2: routed: true on an infrastructure plane is an error naming the plane and prop', () => {
    for (const role of [PlaneRole.IPMI, PlaneRole.PXE, PlaneRole.MANAGEMENT, PlaneRole.STORAGE]) {
      const { stack, site } = openstackStack();
      expect(() => new PlaneLayout(stack, 'l', { site, planes: [{ name: 'x', role, cidr: '10.0.0.0/24', routed: true }] }))
        .toThrow(`[stack/l] props.planes[0].routed: plane "x" is a ${role} plane`);
    }
  });

  test('routed planes share the layout\'s router when given; dhcp can be overridden', () => {
    const { stack, site } = openstackStack();
    const core = new Router(stack, 'core', { site });
    new PlaneLayout(stack, 'l', {
      site, router: core,
      planes: [
        { name: 'a', role: PlaneRole.TENANT, cidr: '10.1.0.0/24', routed: true },
        { name: 'b', role: PlaneRole.PUBLIC, cidr: '10.2.0.0/24', routed: true, dhcp: false },
        { name: 'pxe', role: PlaneRole.PXE, cidr: '10.3.0.0/24', dhcp: true },
      ],
    });
    const out = Testing.synth(stack);
    expect(Object.keys(resources(out, 'openstack_networking_router_v2'))).toHaveLength(1);
    expect(Object.values<any>(resources(out, 'openstack_networking_router_interface_v2')).map((r) => r.router_id)).toEqual([expect.stringContaining('core_router'), expect.stringContaining('core_router')]);
    const subnets = byName(out, 'openstack_networking_subnet_v2');
    expect(['a', 'b', 'pxe'].map((p) => subnets[`l-${p}-${p}`].enable_dhcp)).toEqual([undefined, false, undefined]);
  });

  test('bad input: overlapping planes, duplicate names, a VLAN without a pool, no planes, an unknown plane', () => {
    const make = (planes: PlaneSpec[]) => { const { stack, site } = openstackStack(); return new PlaneLayout(stack, 'l', { site, planes }); };
    expect(() => make([{ name: 'a', role: PlaneRole.TENANT, cidr: '10.0.0.0/16' }, { name: 'b', role: PlaneRole.TENANT, cidr: '10.0.1.0/24' }])).toThrow('props.planes: planes "a" (10.0.0.0/16) and "b" (10.0.1.0/24) overlap');
    expect(() => make([{ name: 'a', role: PlaneRole.TENANT, cidr: '10.0.0.0/24' }, { name: 'a', role: PlaneRole.TENANT, cidr: '10.0.1.0/24' }])).toThrow('props.planes[1].name');
    expect(() => make([{ name: 'a', role: PlaneRole.TENANT, cidr: '10.0.0.0/24', vlanId: 10 }])).toThrow('props.planes[0].vlanPool');
    expect(() => make([])).toThrow('props.planes: declares no planes');
    expect(() => make([{ name: 'a', role: PlaneRole.TENANT, cidr: '10.0.0.0/24' }]).network('b')).toThrow('has no plane "b"');
  });

  test('T3: two planes cannot share a VLAN ID of one pool', () => {
    const { stack, site } = openstackStack();
    const pool = VlanPool.range(10, 20, { physicalNetwork: 'physnet1' });
    expect(() => new PlaneLayout(stack, 'l', {
      site, vlanPool: pool,
      planes: [{ name: 'a', role: PlaneRole.TENANT, cidr: '10.0.0.0/24', vlanId: 11 }, { name: 'b', role: PlaneRole.TENANT, cidr: '10.0.1.0/24', vlanId: 11 }],
    })).toThrow('VLAN 11 is already used');
  });
});

describe('PlaneLayout on vSphere', () => {
  test('B1, M1: planes are port groups on their own VLANs; a routed plane is an error naming vSphere and the prop', () => {
    const { stack, site } = vsphereStack();
    const pool = VlanPool.range(100, 199);
    new PlaneLayout(stack, 'l', { site, vlanPool: pool, planes: sixPlanes(pool).filter((p) => !p.routed).map((p) => ({ ...p, vlanPool: undefined, mtu: undefined })) });
    const pgs = byName(Testing.synth(stack), 'vsphere_distributed_port_group');
    expect(PLANES.slice(0, 5).map((p) => pgs[`l-${p}`].vlan_id)).toEqual([100, 101, 102, 103, 104]);
    const other = vsphereStack();
    expect(() => new PlaneLayout(other.stack, 'l', { site: other.site, vlanPool: VlanPool.range(100, 199), planes: [{ name: 'pub', role: PlaneRole.PUBLIC, cidr: '10.0.5.0/24', routed: true }] }))
      .toThrow('[stack/l] props.planes[0].routed: vSphere sites do not support routers');
  });
});

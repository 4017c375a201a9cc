import { Testing } from 'cdktf';
import { Network, OpenStackSite, Router, Segmentation, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

const subnets = [
  { name: 'app', cidr: '10.20.1.0/24', gatewayIp: '10.20.1.1', allocationPools: [{ start: '10.20.1.10', end: '10.20.1.200' }] },
  { name: 'db', cidr: '10.20.2.0/24' },
];

describe('Network on OpenStack', () => {
  test('tenant network with routerGateway: network, subnets, own router with external gateway and interfaces, tags from labels', () => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'ims', { site, cidr: '10.20.0.0/16', subnets, routerGateway: true, labels: { tier: 'core' } });
    const out = Testing.synth(stack);
    expect(Object.values(resources(out, 'openstack_networking_network_v2'))).toEqual([
      expect.objectContaining({ name: 'ims', admin_state_up: true, port_security_enabled: true, tags: ['tier=core'] }),
    ]);
    const sub = Object.values<any>(resources(out, 'openstack_networking_subnet_v2'));
    expect(sub.map((s) => [s.name, s.cidr, s.ip_version])).toEqual([['ims-app', '10.20.1.0/24', 4], ['ims-db', '10.20.2.0/24', 4]]);
    expect(sub[0].allocation_pool).toEqual([{ start: '10.20.1.10', end: '10.20.1.200' }]);
    expect(Object.values<any>(resources(out, 'openstack_networking_router_v2'))[0].external_network_id).toMatch(/data\.openstack_networking_network_v2\..*\.id/);
    expect(Object.keys(resources(out, 'openstack_networking_router_interface_v2'))).toHaveLength(2);
    expect(net.openstack?.router).toBeDefined();
    expect(Object.keys(net.openstack!.subnets)).toEqual(['app', 'db']);
  });

  test('no router and no external gateway unless declared, even on a site with an external network (issue 15 #9)', () => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'db', { site, cidr: '10.20.0.0/16', subnets: [{ name: 'db', cidr: '10.20.2.0/24' }] });
    const out = Testing.synth(stack);
    expect(resources(out, 'openstack_networking_router_v2')).toEqual({});
    expect(Object.values<any>(resources(out, 'openstack_networking_subnet_v2'))[0].no_gateway).toBe(true);
    expect(net.openstack?.router).toBeUndefined();
  });

  test('a shared Router routes web, app and db; only the router declared with externalGateway gets one; mtu is set', () => {
    const { stack, site } = openstackStack();
    const core = new Router(stack, 'core', { site });
    const edge = new Router(stack, 'edge', { site, externalGateway: true });
    const web = new Network(stack, 'web', { site, cidr: '10.1.0.0/16', subnets: [{ name: 'web', cidr: '10.1.1.0/24' }], router: edge });
    new Network(stack, 'app', { site, cidr: '10.2.0.0/16', subnets: [{ name: 'app', cidr: '10.2.1.0/24' }], router: core, mtu: 9000 });
    new Network(stack, 'db', { site, cidr: '10.3.0.0/16', subnets: [{ name: 'db', cidr: '10.3.1.0/24' }], router: core });
    const out = Testing.synth(stack);
    const routers = resources(out, 'openstack_networking_router_v2');
    expect(Object.keys(routers)).toHaveLength(2);
    expect(Object.values<any>(routers).filter((r) => r.external_network_id !== undefined).map((r) => r.name)).toEqual([edge.routerName]);
    const interfaces = Object.values<any>(resources(out, 'openstack_networking_router_interface_v2'));
    const idOf = (r: Router) => `\${openstack_networking_router_v2.${stack.getLogicalId(r.openstack!.router)}.id}`;
    expect(interfaces.map((i) => i.router_id).sort()).toEqual([idOf(core), idOf(core), idOf(edge)].sort());
    const subnetsOut = Object.values<any>(resources(out, 'openstack_networking_subnet_v2'));
    expect(subnetsOut.every((s) => s.no_gateway === undefined)).toBe(true); // routed subnets keep their gateway
    expect(Object.fromEntries(Object.values<any>(resources(out, 'openstack_networking_network_v2')).map((n) => [n.name, n.mtu]))).toEqual({ web: undefined, app: 9000, db: undefined });
    expect(web.openstack?.router).toBeUndefined(); // the router belongs to the Router construct
  });

  test('shared router errors: overlapping subnets, router plus routerGateway, another site, a gateway without an external network, vSphere', () => {
    const { stack, site } = openstackStack();
    const core = new Router(stack, 'core', { site });
    new Network(stack, 'a', { site, cidr: '10.1.0.0/16', subnets: [{ name: 'a', cidr: '10.1.1.0/24' }], router: core });
    expect(() => new Network(stack, 'b', { site, cidr: '10.1.0.0/16', subnets: [{ name: 'b', cidr: '10.1.1.128/25' }], router: core }))
      .toThrow('[stack/b] props.subnets: subnet "b" (10.1.1.128/25) overlaps subnet "a" (10.1.1.0/24) of network stack/a, and router stack/core routes both');
    expect(() => new Network(stack, 'c', { site, cidr: '10.5.0.0/16', subnets: [{ name: 'c', cidr: '10.5.1.0/24' }], router: core, routerGateway: true }))
      .toThrow('[stack/c] props.router: is set together with routerGateway: true');
    const other = new OpenStackSite(stack, 'dc2', { region: 'RegionTwo', availabilityZones: ['az1'], alias: 'dc2' });
    expect(() => new Network(stack, 'd', { site: other, cidr: '10.6.0.0/16', subnets: [{ name: 'd', cidr: '10.6.1.0/24' }], router: core }))
      .toThrow('[stack/d] props.router: router stack/core is on another site');
    expect(() => new Router(stack, 'gw', { site: other, externalGateway: true })).toThrow('[stack/gw] props.externalGateway: the site has no external network to be the gateway');
    expect(() => new Network(stack, 'e', { site, cidr: '10.7.0.0/16', subnets: [{ name: 'e', cidr: '10.7.1.0/24' }], mtu: 20 })).toThrow('[stack/e] props.mtu');
    const vs = vsphereStack();
    expect(() => new Router(vs.stack, 'r', { site: vs.site })).toThrow('[stack/r] props.site: vSphere sites do not support routers');
  });

  test('VLAN provider network: segments with the allocated ID on the physical network', () => {
    const { stack, site } = openstackStack();
    const pool = VlanPool.range(1000, 1099, { physicalNetwork: 'physnet-sig' });
    const net = new Network(stack, 'signaling', { site, cidr: '172.16.0.0/24', subnets: [{ name: 'sig', cidr: '172.16.0.0/24' }], segmentation: Segmentation.vlan({ pool, vlanId: 1010 }), routerGateway: false });
    const [network] = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_network_v2'));
    expect(network.segments).toEqual([{ network_type: 'vlan', physical_network: 'physnet-sig', segmentation_id: 1010 }]);
    expect(net.vlanId).toBe(1010);
    expect(net.openstack?.router).toBeUndefined();
  });

  test('E4: Segmentation.vxlan() names the overlay (segments network_type vxlan, Neutron picks the VNI); a distributed Router sets distributed only when declared', () => {
    const { stack, site } = openstackStack();
    const dvr = new Router(stack, 'dvr', { site, distributed: true });
    const plain = new Router(stack, 'plain', { site });
    new Network(stack, 'campus', { site, cidr: '10.5.0.0/24', subnets: [{ name: 'campus', cidr: '10.5.0.0/24' }], segmentation: Segmentation.vxlan(), router: dvr });
    new Network(stack, 'tenant', { site, cidr: '10.6.0.0/24', subnets: [{ name: 'tenant', cidr: '10.6.0.0/24' }], router: plain });
    const out = Testing.synth(stack);
    const networks = resources(out, 'openstack_networking_network_v2');
    expect(Object.entries<any>(networks).map(([k, n]) => [k.split('_')[0], n.segments])).toEqual([['campus', [{ network_type: 'vxlan' }]], ['tenant', undefined]]);
    // The VNI is Neutron's and provider 3.4.0 does not read segments back as computed: without
    // ignore_changes every re-plan wanted to update the segment (education-campus-openstack, live).
    expect(Object.entries<any>(networks).map(([k, n]) => [k.split('_')[0], n.lifecycle])).toEqual([['campus', { ignore_changes: ['segments'] }], ['tenant', undefined]]);
    const routers = resources(out, 'openstack_networking_router_v2');
    expect(Object.entries<any>(routers).map(([k, r]) => [k.split('_')[0], r.distributed])).toEqual([['dvr', true], ['plain', undefined]]);
    expect([dvr.distributed, plain.distributed]).toEqual([true, undefined]);
  });

  test('unrouted subnets get no gateway unless one is declared; routed subnets keep Neutron\'s gateway', () => {
    const { stack, site } = openstackStack();
    new Network(stack, 'isolated', { site, cidr: '10.30.0.0/16', subnets: [{ name: 'a', cidr: '10.30.1.0/24' }, { name: 'b', cidr: '10.30.2.0/24', gatewayIp: '10.30.2.254' }], routerGateway: false });
    new Network(stack, 'routed', { site, cidr: '10.40.0.0/16', subnets: [{ name: 'a', cidr: '10.40.1.0/24' }], routerGateway: true });
    const sub = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_subnet_v2'));
    const byName = Object.fromEntries(sub.map((s) => [s.name, s]));
    expect(byName['isolated-a'].no_gateway).toBe(true);
    expect(byName['isolated-a'].gateway_ip).toBeUndefined();
    // A declared physical gateway is a deliberate default route.
    expect(byName['isolated-b'].no_gateway).toBeUndefined();
    expect(byName['isolated-b'].gateway_ip).toBe('10.30.2.254');
    expect(byName['routed-a'].no_gateway).toBeUndefined();
  });

  test('two physically routed networks of one site with overlapping CIDRs are an error; isolated or Neutron-routed copies are not', () => {
    const { stack, site } = openstackStack();
    const net = (id: string, cidr: string, gatewayIp: string | undefined, routerGateway: boolean, s = site) =>
      () => new Network(stack, id, { site: s, cidr: '10.50.0.0/16', subnets: [{ name: 's', cidr, gatewayIp }], routerGateway });
    net('a', '10.50.1.0/24', '10.50.1.1', false)();
    net('isolated', '10.50.1.0/24', undefined, false)();
    net('own-router', '10.50.1.0/24', '10.50.1.1', true)();
    expect(net('b', '10.50.1.128/25', '10.50.1.129', false)).toThrow(
      '[stack/b] props.subnets: subnet "s" (10.50.1.128/25) overlaps subnet "s" (10.50.1.0/24) of network stack/a, and the site\'s fabric routes both',
    );
    // another site may reuse the range
    const other = new OpenStackSite(stack, 'dc2', { region: 'RegionTwo', availabilityZones: ['az1'], alias: 'dc2' });
    expect(net('c', '10.50.1.0/24', '10.50.1.1', false, other)).not.toThrow();
  });

  test('the same VLAN on one physical network from two pools is an error', () => {
    const { stack, site } = openstackStack();
    const one = VlanPool.range(100, 199, { physicalNetwork: 'physnet1' });
    const two = VlanPool.range(150, 249, { physicalNetwork: 'physnet1' });
    const other = VlanPool.range(150, 249, { physicalNetwork: 'physnet2' });
    const net = (id: string, pool: VlanPool) => () => new Network(stack, id, { site, cidr: '10.0.0.0/24', subnets: [{ name: 's', cidr: '10.0.0.0/24' }], routerGateway: false, segmentation: Segmentation.vlan({ pool, vlanId: 160 }) });
    net('a', one)();
    expect(net('b', two)).toThrow('[stack/b] props.segmentation.vlanId: VLAN 160 on physnet1 is already used by network stack/a (from another VLAN pool)');
    expect(net('c', other)).not.toThrow();
  });

  test('a VLAN without a physical network is an error', () => {
    const { stack, site } = openstackStack();
    expect(() => new Network(stack, 'n', { site, cidr: '10.0.0.0/24', subnets: [{ name: 's', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(10, 20) }) })).toThrow(
      '[stack/n] props.segmentation.physicalNetwork: a VLAN network needs a physical network',
    );
  });
});

describe('Network on vSphere', () => {
  test('a locked-down distributed port group on the VLAN', () => {
    const { stack, site } = vsphereStack();
    const pool = VlanPool.range(2000, 2099);
    new Network(stack, 'app', { site, cidr: '10.20.0.0/16', subnets, segmentation: Segmentation.vlan({ pool }) });
    const [pg] = Object.values<any>(resources(Testing.synth(stack), 'vsphere_distributed_port_group'));
    expect(pg).toMatchObject({ name: 'app', vlan_id: 2000, allow_promiscuous: false, allow_forged_transmits: false, allow_mac_changes: false });
  });

  test('needs a VLAN and has no router', () => {
    const { stack, site } = vsphereStack();
    expect(() => new Network(stack, 'a', { site, cidr: '10.0.0.0/24', subnets: [{ name: 's', cidr: '10.0.0.0/24' }] })).toThrow(
      'props.segmentation: vSphere sites do not support networks without a VLAN',
    );
    expect(() => new Network(stack, 'b', { site, cidr: '10.0.0.0/24', subnets: [{ name: 's', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(1, 2) }), routerGateway: true })).toThrow(
      'props.routerGateway: vSphere sites do not support routers',
    );
    expect(() => new Network(stack, 'c', { site, cidr: '10.0.0.0/24', subnets: [{ name: 's', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vxlan() })).toThrow(
      'props.segmentation: vSphere sites do not support networks without a VLAN',
    );
  });
});

describe('CIDR plan validation', () => {
  const make = (cidr: string, subs: any[]) => {
    const { stack, site } = openstackStack();
    return () => new Network(stack, 'net', { site, cidr, subnets: subs });
  };

  test.each([
    ['overlapping subnets', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/23' }, { name: 'b', cidr: '10.0.1.0/24' }], 'props.subnets: subnets "a" (10.0.0.0/23) and "b" (10.0.1.0/24) overlap'],
    ['subnet outside the VPC', '10.0.0.0/16', [{ name: 'a', cidr: '10.1.0.0/24' }], 'props.subnets[0].cidr: subnet "a" (10.1.0.0/24) lies outside the network range 10.0.0.0/16'],
    ['host bits', '10.0.0.1/16', [{ name: 'a', cidr: '10.0.0.0/24' }], 'props.cidr: "10.0.0.1/16" has host bits set'],
    ['gateway outside', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24', gatewayIp: '10.0.1.1' }], 'props.subnets[0].gatewayIp: gateway 10.0.1.1 is not a host address of 10.0.0.0/24'],
    ['gateway is the broadcast', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24', gatewayIp: '10.0.0.255' }], 'props.subnets[0].gatewayIp: gateway 10.0.0.255 is not a host address of 10.0.0.0/24'],
    ['pool outside', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24', allocationPools: [{ start: '10.0.0.10', end: '10.0.1.5' }] }], 'props.subnets[0].allocationPools[0]: pool 10.0.0.10-10.0.1.5 is not inside'],
    ['pool with gateway', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24', gatewayIp: '10.0.0.1', allocationPools: [{ start: '10.0.0.1', end: '10.0.0.9' }] }], 'props.subnets[0].allocationPools[0]: pool 10.0.0.1-10.0.0.9 contains the gateway 10.0.0.1'],
    ['reversed pool', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24', allocationPools: [{ start: '10.0.0.9', end: '10.0.0.2' }] }], 'props.subnets[0].allocationPools[0]: pool 10.0.0.9-10.0.0.2 ends before it starts'],
    ['overlapping pools', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24', allocationPools: [{ start: '10.0.0.2', end: '10.0.0.9' }, { start: '10.0.0.5', end: '10.0.0.20' }] }], 'props.subnets[0].allocationPools[1]: pool 10.0.0.5-10.0.0.20 overlaps allocationPools[0]'],
    ['mixed families', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24', gatewayIp: 'fd00::1' }], 'props.subnets[0].gatewayIp: "fd00::1" is IPv6 but the subnet is IPv4'],
    ['duplicate names', '10.0.0.0/16', [{ name: 'a', cidr: '10.0.0.0/24' }, { name: 'a', cidr: '10.0.1.0/24' }], 'props.subnets[1].name: subnet name "a" is used twice'],
    ['bad name', '10.0.0.0/16', [{ name: 'App_1', cidr: '10.0.0.0/24' }], 'props.subnets[0].name: "App_1" is not a DNS-1123 label'],
    ['no subnets', '10.0.0.0/16', [], 'props.subnets: declares no subnets'],
  ])('%s', (_case, cidr, subs, message) => {
    expect(make(cidr, subs)).toThrow(`[stack/net] ${message}`);
  });

  test('IPv6 subnets are accepted', () => {
    expect(make('fd00:10::/48', [{ name: 'v6', cidr: 'fd00:10:0:1::/64', gatewayIp: 'fd00:10:0:1::1' }])).not.toThrow();
  });
});

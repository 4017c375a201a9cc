// In a stack with aliased providers, every resource is bound to the provider of the site
// it belongs to: an unbound resource goes to the default provider (another region).
import { Testing } from 'cdktf';
import { EXAMPLES } from '../../examples';
import { TelecomHaOpenStackStack } from '../../examples/telecom-ha-openstack/main';

test.each(EXAMPLES.map((e) => [e.id, e] as const))('%s passes the whole-stack validations', (id, example) => {
  const stack = example.create(Testing.app(), id);
  expect(stack.node.findAll().flatMap((c) => c.node.validate())).toEqual([]);
});

test('telecom-ha-openstack: the Octavia resources of each region use that region\'s provider, as their VIP subnet does', () => {
  const json = JSON.parse(Testing.synth(new TelecomHaOpenStackStack(Testing.app(), 'telecom')));
  const providerOf = (type: string, name: string) => json.resource[type][name].provider;
  const lbs = Object.entries<any>(json.resource.openstack_lb_loadbalancer_v2);
  expect(lbs.length).toBe(3); // one per region
  for (const [, lb] of lbs) {
    const [, subnet] = /openstack_networking_subnet_v2\.([^.]+)\.id/.exec(lb.vip_subnet_id)!;
    expect(lb.provider).toBe(providerOf('openstack_networking_subnet_v2', subnet));
  }
  expect(new Set(lbs.map(([, lb]) => lb.provider))).toEqual(new Set(['openstack.dc1', 'openstack.dc2', 'openstack.dc3']));
  for (const type of ['openstack_lb_listener_v2', 'openstack_lb_pool_v2', 'openstack_lb_monitor_v2', 'openstack_lb_members_v2']) {
    for (const r of Object.values<any>(json.resource[type] ?? {})) expect(r.provider).toMatch(/^openstack\.dc[123]$/);
  }
  // Both ends of each VPN link are on their own region's provider, as its router is.
  for (const [, c] of Object.entries<any>(json.resource.openstack_vpnaas_site_connection_v2)) {
    const [, service] = /openstack_vpnaas_service_v2\.([^.]+)\.id/.exec(c.vpnservice_id)!;
    const [, router] = /openstack_networking_router_v2\.([^.]+)\.id/.exec(providerOf('openstack_vpnaas_service_v2', service) && json.resource.openstack_vpnaas_service_v2[service].router_id)!;
    expect(c.provider).toBe(providerOf('openstack_networking_router_v2', router));
  }
});

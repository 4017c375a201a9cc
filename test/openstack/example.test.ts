// The combined services example: no literal secret may reach the synthesized JSON,
// and stateful resources are protected.
import { Testing } from 'cdktf';
import { OpenStackServicesStack } from '../../examples/openstack-services/main';
import { resourceList as resources } from '../util/synth';

const json = JSON.parse(Testing.synth(new OpenStackServicesStack(Testing.app(), 'openstack-services')));
const LITERAL_FREE = /^\$\{(random_password\.[^.}]+\.result|var\.[^}]+)\}$/;

/** Every string in the JSON whose key looks secret, with its path. */
function secretValues(node: any, path: string[] = []): Array<[string, unknown]> {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here = [...path, key];
    const own: Array<[string, unknown]> = /password|psk|secret|(^|[-_])key$/i.test(key) && typeof value !== 'object' ? [[here.join('.'), value]] : [];
    return [...own, ...secretValues(value, here)];
  });
}

test('every secret in the example is a reference, never a literal', () => {
  const found = secretValues(json.resource);
  const paths = found.map(([p]) => p);
  // the secrets that must be there:
  expect(paths).toEqual(expect.arrayContaining([
    expect.stringMatching(/^openstack_vpnaas_site_connection_v2\..*\.psk$/),
    expect.stringMatching(/^openstack_db_user_v1\..*\.password$/),
    expect.stringMatching(/^openstack_objectstorage_container_v1\..*\.container_sync_key$/),
    expect.stringMatching(/^openstack_objectstorage_container_v1\..*\.metadata\.Temp-URL-Key$/),
  ]));
  for (const [path, value] of found) {
    expect([path, value]).toEqual([path, expect.stringMatching(LITERAL_FREE)]);
  }
});

test('the scan catches a literal secret smuggled in through an escape hatch', () => {
  const stack = new OpenStackServicesStack(Testing.app(), 'tampered');
  const connection = stack.node.findAll().find((c) => c.node.path.endsWith('branch-vpn/connection')) as any;
  connection.addOverride('psk', 'letmein');
  const tampered = JSON.parse(Testing.synth(stack));
  const literals = secretValues(tampered.resource).filter(([, value]) => typeof value !== 'string' || !LITERAL_FREE.test(value));
  expect(literals).toEqual([[expect.stringMatching(/^openstack_vpnaas_site_connection_v2\..*\.psk$/), 'letmein']]);
});

test('secret outputs are sensitive', () => {
  for (const name of ['branch_vpn_psk', 'orders_app_password']) expect(json.output[name].sensitive).toBe(true);
});

test('stateful resources are protected with prevent_destroy', () => {
  for (const type of ['openstack_objectstorage_container_v1', 'openstack_db_instance_v1', 'openstack_db_database_v1', 'openstack_sharedfilesystem_share_v2']) {
    const all = resources(json, type);
    expect(all.length).toBeGreaterThan(0);
    for (const body of all) expect(body.lifecycle).toEqual({ prevent_destroy: true });
  }
});

test('the example exercises every service construct', () => {
  for (const type of [
    'openstack_lb_loadbalancer_v2', 'openstack_lb_listener_v2', 'openstack_lb_pool_v2', 'openstack_lb_members_v2', 'openstack_lb_monitor_v2',
    'openstack_fw_group_v2', 'openstack_objectstorage_container_v1', 'openstack_dns_zone_v2', 'openstack_dns_recordset_v2',
    'openstack_vpnaas_site_connection_v2', 'openstack_db_instance_v1', 'openstack_sharedfilesystem_share_v2', 'random_password',
  ]) {
    expect([type, resources(json, type).length > 0]).toEqual([type, true]);
  }
  expect(resources(json, 'openstack_lb_monitor_v2')).toHaveLength(resources(json, 'openstack_lb_pool_v2').length);
});

import { TerraformVariable } from 'cdktf';
import { RemovalPolicy } from '../../lib';
import { SecretSource, TroveDatabase, TroveDatabaseProps } from '../../lib/openstack';
import { NetworkingRouterInterfaceV2 } from '../../lib/providers/openstack/networking-router-interface-v2';
import { newStack, siteOf } from '../util/sites';
import { only, rendered, resourceList as resources, synthStack as synth } from '../util/synth';

const base = { datastoreType: 'mysql', datastoreVersion: '8.0', flavorId: 'db.medium', volumeSizeGiB: 50, volumeType: 'ssd', networkId: 'net-1' };
const build = (props: Partial<TroveDatabaseProps> = {}) => {
  const stack = newStack();
  const db = new TroveDatabase(stack, 'orders', { site: siteOf(stack), ...base, ...props });
  return { stack, db, json: synth(stack) };
};

test('an instance with datastore, flavor, volume and network, retained', () => {
  const { json } = build({ volumeType: 'ssd-encrypted', configurationId: 'cfg-1' });
  expect(only(json, 'openstack_db_instance_v1')).toMatchObject({
    name: 'orders', datastore: { type: 'mysql', version: '8.0' }, flavor_id: 'db.medium', size: 50, volume_type: 'ssd-encrypted',
    configuration_id: 'cfg-1', network: [{ uuid: 'net-1' }], lifecycle: { prevent_destroy: true },
  });
  expect(only(json, 'openstack_db_instance_v1').user).toBeUndefined(); // inline users would force a new instance
});

test('the instance waits for the router interfaces of its subnets (Trove refuses an unrouted subnet); none by default', () => {
  const stack = newStack();
  const routed = new NetworkingRouterInterfaceV2(stack, 'router-port', { routerId: 'r-1', subnetId: 's-1' });
  new TroveDatabase(stack, 'orders', { site: siteOf(stack), ...base, routerInterfaces: [routed] });
  expect(only(synth(stack), 'openstack_db_instance_v1').depends_on).toEqual([`openstack_networking_router_interface_v2.${routed.friendlyUniqueId}`]);
  expect(only(build().json, 'openstack_db_instance_v1').depends_on).toBeUndefined();
});

test('databases and users are separate resources; passwords are generated', () => {
  const { json, db, stack } = build({ databases: ['orders', 'audit'], users: [{ name: 'app', databases: ['orders'] }, { name: 'auditor', databases: ['audit'], host: '10.0.0.%' }] });
  const databases = resources(json, 'openstack_db_database_v1');
  expect(databases.map((d) => [d.name, d.lifecycle]).sort()).toEqual([['audit', { prevent_destroy: true }], ['orders', { prevent_destroy: true }]]);
  const users = resources(json, 'openstack_db_user_v1').sort((a, b) => a.name.localeCompare(b.name));
  expect(users.map((u) => [u.name, u.databases, u.host])).toEqual([['app', ['orders'], undefined], ['auditor', ['audit'], '10.0.0.%']]);
  expect(users[0].password).toMatch(/^\$\{random_password\.orders_password-app_[^.]+\.result\}$/);
  expect(users[0].depends_on).toHaveLength(2);
  expect(resources(json, 'random_password')).toHaveLength(2);
  expect(rendered(stack, db.passwordOf('auditor'))).toMatch(/^\$\{random_password\.orders_password-auditor_[^.]+\.result\}$/);
  expect(() => db.passwordOf('root')).toThrow('[test/orders] props.users: has no user "root". Fix: use one of app, auditor.');
});

test('a password from a sensitive variable; removalPolicy: RemovalPolicy.DESTROY', () => {
  const stack = newStack();
  const pw = new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true });
  new TroveDatabase(stack, 'orders', { site: siteOf(stack), ...base, removalPolicy: RemovalPolicy.DESTROY, users: [{ name: 'app', password: SecretSource.fromSensitiveVariable(pw) }] });
  const json = synth(stack);
  expect(only(json, 'openstack_db_user_v1').password).toBe('${var.pw}');
  expect(only(json, 'openstack_db_instance_v1').lifecycle).toBeUndefined();
  expect(resources(json, 'random_password')).toHaveLength(0);
});

describe('errors', () => {
  const fails = (props: Partial<TroveDatabaseProps>, message: string | RegExp) => expect(() => build(props)).toThrow(message);
  test('a literal password', () => fails({ users: [{ name: 'app', password: SecretSource.fromToken('P@ssw0rd') }] },
    '[test/orders] props.users[0].password: is a literal secret; secrets must never be written in code'));
  test('a grant on an undeclared database', () => fails({ databases: ['a'], users: [{ name: 'u', databases: ['b'] }] }, /props.users\[0\].databases\[0\]: grants "b", which is not in databases/));
  test('volume size', () => fails({ volumeSizeGiB: 0 }, '[test/orders] props.volumeSizeGiB: must be an integer from 1 to 16384 (got 0)'));
  test('duplicate users', () => fails({ users: [{ name: 'u' }, { name: 'u' }] }, /props.users: contains "u" more than once/));
  test('duplicate databases', () => fails({ databases: ['a', 'a'] }, /props.databases: contains "a" more than once/));
  test('missing volume type', () => fails({ volumeType: '' }, '[test/orders] props.volumeType: is required and must not be empty'));
  test('missing datastore version', () => fails({ datastoreVersion: '' }, /props.datastoreVersion: is required/));
});

import { Labels, RemovalPolicy, ShareAccess, ShareAccessLevel, SharedFileSystem, SharedFileSystemProps, ShareProtocol } from '../../lib';
import { newStack, siteOf } from '../util/sites';
import { only, resourceList as resources, synthStack as synth, unresolved } from '../util/synth';

const build = (props: Partial<SharedFileSystemProps>) => {
  const stack = newStack();
  Labels.of(stack).add('oscar.io/industry', 'broadcast');
  const fs = new SharedFileSystem(stack, 'edit', { site: siteOf(stack), protocol: ShareProtocol.NFS, sizeGiB: 500, access: [ShareAccess.fromCidr('10.20.0.0/24')], ...props });
  return { stack, fs, json: synth(stack) };
};

test('an NFS share, private, retained, open only to the given CIDRs', () => {
  const { json, fs } = build({ shareType: 'cephfsnfs', access: [ShareAccess.fromCidr('10.20.0.0/24'), ShareAccess.fromCidr('10.30.0.0/24', ShareAccessLevel.READ_ONLY)] });
  expect(only(json, 'openstack_sharedfilesystem_share_v2')).toMatchObject({
    name: 'edit', share_proto: 'NFS', size: 500, share_type: 'cephfsnfs', is_public: false,
    metadata: { 'oscar.io/industry': 'broadcast' }, lifecycle: { prevent_destroy: true },
  });
  const rules = resources(json, 'openstack_sharedfilesystem_share_access_v2');
  expect(rules.map((r) => [r.access_type, r.access_to, r.access_level])).toEqual([['ip', '10.20.0.0/24', 'rw'], ['ip', '10.30.0.0/24', 'ro']]);
  expect(rules[0].share_id).toMatch(/^\$\{openstack_sharedfilesystem_share_v2\.[^.]+\.id\}$/);
  expect(fs.accessRules.map((r) => r.node.id)).toEqual(['access-10-20-0-0-24', 'access-10-30-0-0-24']);
});

test('a CephFS share with cephx users', () => {
  const { json } = build({ protocol: ShareProtocol.CEPHFS, access: [ShareAccess.fromCephxUser('render')], removalPolicy: RemovalPolicy.DESTROY });
  expect(only(json, 'openstack_sharedfilesystem_share_access_v2')).toMatchObject({ access_type: 'cephx', access_to: 'render', access_level: 'rw' });
  expect(only(json, 'openstack_sharedfilesystem_share_v2').lifecycle).toBeUndefined();
});

test('token CIDRs get stable keys', () => {
  const stack = newStack();
  const fs = new SharedFileSystem(stack, 'edit', { site: siteOf(stack), protocol: ShareProtocol.NFS, sizeGiB: 1, access: [ShareAccess.fromCidr(unresolved(stack, 'cidr'))] });
  expect(fs.accessRules[0].node.id).toBe('access-001');
});

describe('errors', () => {
  const fails = (props: Partial<SharedFileSystemProps>, message: string | RegExp) => expect(() => build(props)).toThrow(message);
  test.each(['0.0.0.0/0', '::/0'])('a rule open to %p', (cidr) => fails({ access: [ShareAccess.fromCidr(cidr)] },
    `[test/edit] props.access[0]: "${cidr}" opens the share to every address. Fix: restrict the rule to the clients' subnet`));
  test('no rules', () => fails({ access: [] }, /props.access: must not be empty/));
  test('a bad CIDR', () => fails({ access: [ShareAccess.fromCidr('10.20.0.0/99')] }, /props.access\[0\]: "10.20.0.0\/99" is not a valid CIDR block/));
  test('cephx rules on NFS', () => fails({ access: [ShareAccess.fromCephxUser('x')] }, /props.access\[0\]: NFS shares take CIDR rules, not cephx user rules/));
  test('CIDR rules on CephFS', () => fails({ protocol: ShareProtocol.CEPHFS }, /props.access\[0\]: CEPHFS shares take cephx user rules, not CIDR rules/));
  test('duplicate rules', () => fails({ access: [ShareAccess.fromCidr('10.0.0.0/8'), ShareAccess.fromCidr('10.0.0.0/8')] }, /props.access\[1\]: repeats the rule/));
  test('size', () => fails({ sizeGiB: 0 }, /props.sizeGiB: must be an integer from 1 to 65536/));
});

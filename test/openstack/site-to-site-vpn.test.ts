import { TerraformVariable } from 'cdktf';
import { SecretSource, SiteToSiteVpn, SiteToSiteVpnProps } from '../../lib/openstack';
import { NetworkingRouterInterfaceV2 } from '../../lib/providers/openstack/networking-router-interface-v2';
import { newStack, siteOf } from '../util/sites';
import { only, synthStack as synth } from '../util/synth';

const base = {
  routerId: 'router-1',
  localSubnetIds: ['subnet-1'],
  routerInterfaces: [],
  peerAddress: '198.51.100.7',
  peerCidrs: ['192.168.50.0/24'],
};
const build = (props: Partial<SiteToSiteVpnProps> = {}) => {
  const stack = newStack();
  const vpn = new SiteToSiteVpn(stack, 'branch', { site: siteOf(stack), presharedKey: SecretSource.generate(), ...base, ...props });
  return { stack, vpn, json: synth(stack) };
};

test('strong defaults: AES-256, SHA-256, group14, PFS on, IKEv2', () => {
  const { json } = build();
  expect(only(json, 'openstack_vpnaas_ike_policy_v2')).toMatchObject({
    encryption_algorithm: 'aes-256', auth_algorithm: 'sha256', pfs: 'group14', ike_version: 'v2', phase1_negotiation_mode: 'main',
    lifetime: [{ units: 'seconds', value: 3600 }],
  });
  expect(only(json, 'openstack_vpnaas_ipsec_policy_v2')).toMatchObject({
    encryption_algorithm: 'aes-256', auth_algorithm: 'sha256', pfs: 'group14', transform_protocol: 'esp', encapsulation_mode: 'tunnel',
  });
});

test('service, endpoint groups and site connection are wired together', () => {
  const { json } = build({ mtu: 1400 });
  expect(only(json, 'openstack_vpnaas_service_v2')).toMatchObject({ router_id: 'router-1', admin_state_up: true });
  const groups = Object.values<any>(json.resource.openstack_vpnaas_endpoint_group_v2);
  expect(groups.map((g) => [g.type, g.endpoints])).toEqual([['subnet', ['subnet-1']], ['cidr', ['192.168.50.0/24']]]);
  const connection = only(json, 'openstack_vpnaas_site_connection_v2');
  expect(connection).toMatchObject({ peer_address: '198.51.100.7', peer_id: '198.51.100.7', mtu: 1400, initiator: 'bi-directional', dpd: [{ action: 'restart', interval: 30, timeout: 120 }] });
  for (const [attr, type] of [['ikepolicy_id', 'ike_policy'], ['ipsecpolicy_id', 'ipsec_policy'], ['vpnservice_id', 'service'], ['local_ep_group_id', 'endpoint_group'], ['peer_ep_group_id', 'endpoint_group']]) {
    expect(connection[attr]).toMatch(new RegExp(`^\\$\\{openstack_vpnaas_${type}_v2\\.[^.]+\\.id\\}$`));
  }
  expect(connection.psk).toMatch(/^\$\{random_password\.branch_psk_[^.]+\.result\}$/);
  expect(only(json, 'random_password')).toMatchObject({ length: 32 });
});

test('stronger choices are accepted', () => {
  const { json } = build({ ike: { encryptionAlgorithm: 'aes-256-gcm-16', authAlgorithm: 'sha512', pfs: 'group20', lifetimeSeconds: 28800 }, peerId: 'branch.example.org' });
  expect(only(json, 'openstack_vpnaas_ike_policy_v2')).toMatchObject({ encryption_algorithm: 'aes-256-gcm-16', auth_algorithm: 'sha512', pfs: 'group20' });
  expect(only(json, 'openstack_vpnaas_site_connection_v2').peer_id).toBe('branch.example.org');
});

test('the PSK can come from a sensitive variable', () => {
  const stack = newStack();
  const psk = new TerraformVariable(stack, 'psk', { type: 'string', sensitive: true });
  new SiteToSiteVpn(stack, 'branch', { site: siteOf(stack), ...base, presharedKey: SecretSource.fromSensitiveVariable(psk) });
  expect(only(synth(stack), 'openstack_vpnaas_site_connection_v2').psk).toBe('${var.psk}');
});

test('the site connection waits for the router interfaces of its local subnets (SubnetIsNotConnectedToRouter)', () => {
  const stack = newStack();
  const routerInterface = new NetworkingRouterInterfaceV2(stack, 'router-port', { routerId: 'router-1', subnetId: 'subnet-1' });
  new SiteToSiteVpn(stack, 'branch', { site: siteOf(stack), ...base, routerInterfaces: [routerInterface], presharedKey: SecretSource.generate() });
  expect(only(synth(stack), 'openstack_vpnaas_site_connection_v2').depends_on).toEqual([`openstack_networking_router_interface_v2.${routerInterface.friendlyUniqueId}`]);
});

describe('errors', () => {
  const fails = (props: Partial<SiteToSiteVpnProps>, message: string | RegExp) => expect(() => build(props)).toThrow(message);
  test.each(['3des', 'des', 'aes-64'])('weak cipher %p', (alg) => fails({ ike: { encryptionAlgorithm: alg } }, `[test/branch] props.ike.encryptionAlgorithm: "${alg}" is weak or unknown crypto`));
  test.each(['sha1', 'md5'])('weak integrity %p', (alg) => fails({ ipsec: { authAlgorithm: alg } }, `[test/branch] props.ipsec.authAlgorithm: "${alg}" is weak or unknown crypto (MD5 and SHA-1 are broken). Fix: use one of "sha256", "sha384", "sha512".`));
  test.each(['group2', 'group5', 'group24', 'none'])('weak DH group %p', (pfs) => fails({ ipsec: { pfs } }, `props.ipsec.pfs: "${pfs}" is a weak or unknown Diffie-Hellman group`));
  test('a literal PSK', () => fails({ presharedKey: SecretSource.fromToken('letmein') }, '[test/branch] props.presharedKey: is a literal secret'));
  test('a non-sensitive variable as PSK', () => {
    const stack = newStack();
    const psk = new TerraformVariable(stack, 'psk', { type: 'string' });
    expect(() => new SiteToSiteVpn(stack, 'branch', { site: siteOf(stack), ...base, presharedKey: SecretSource.fromSensitiveVariable(psk) })).toThrow(/props.presharedKey: variable "psk" is not sensitive/);
  });
  test('lifetime', () => fails({ ike: { lifetimeSeconds: 10 } }, /props.ike.lifetimeSeconds: must be an integer from 60 to 86400/));
  test('IKE version', () => fails({ ikeVersion: 'v3' }, /props.ikeVersion: "v3" is not supported. Fix: use one of "v2", "v1"/));
  test('peer CIDRs', () => fails({ peerCidrs: ['192.168.50.0'] }, /props.peerCidrs\[0\]: "192.168.50.0" is not a valid CIDR block/));
  test('no peer CIDRs', () => fails({ peerCidrs: [] }, /props.peerCidrs: must not be empty/));
  test('no local subnets', () => fails({ localSubnetIds: [] }, /props.localSubnetIds: must not be empty/));
  test('MTU', () => fails({ mtu: 20000 }, /props.mtu: must be an integer from 68 to 9216/));
});

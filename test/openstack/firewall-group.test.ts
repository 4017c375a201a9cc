import { FirewallAction, FirewallGroup, FirewallGroupProps, FirewallProtocol } from '../../lib/openstack';
import { newStack, siteOf } from '../util/sites';
import { only, resourceList as resources, synthStack as synth } from '../util/synth';

const stackWith = (props: Partial<FirewallGroupProps>) => {
  const stack = newStack();
  const fw = new FirewallGroup(stack, 'edge', { site: siteOf(stack), ports: ['port-1'], ...props });
  return { stack, fw, json: synth(stack) };
};
const byName = (json: any) => Object.fromEntries(resources(json, 'openstack_fw_rule_v2').map((r) => [r.name, r]));

test('rule intents become rules, policies end with explicit deny-all, the group sits on router ports', () => {
  const { fw, json } = stackWith({
    ingress: [
      { name: 'https', port: 443, sourceCidr: '0.0.0.0/0' },
      { name: 'ssh-mgmt', port: 22, sourceCidr: '10.0.0.0/24', description: 'management' },
      { name: 'dns', protocol: FirewallProtocol.UDP, port: 53, destinationCidr: '2001:db8::/64' },
      { name: 'blocked', action: FirewallAction.REJECT, protocol: FirewallProtocol.ICMP, sourceCidr: '198.51.100.0/24' },
    ],
    egress: [{ name: 'ntp', protocol: FirewallProtocol.UDP, port: 123 }, { name: 'high', port: 1024, toPort: 65535 }],
  });
  const rules = byName(json);
  expect(rules['edge-ingress-https']).toMatchObject({ action: 'allow', protocol: 'tcp', destination_port: '443', source_ip_address: '0.0.0.0/0', ip_version: 4, enabled: true });
  expect(rules['edge-ingress-ssh-mgmt']).toMatchObject({ destination_port: '22', source_ip_address: '10.0.0.0/24', description: 'management' });
  expect(rules['edge-ingress-dns']).toMatchObject({ protocol: 'udp', ip_version: 6 });
  expect(rules['edge-ingress-blocked']).toMatchObject({ action: 'reject', protocol: 'icmp' });
  expect(rules['edge-ingress-blocked'].destination_port).toBeUndefined();
  expect(rules['edge-egress-high'].destination_port).toBe('1024:65535');
  for (const direction of ['ingress', 'egress']) {
    for (const v of [4, 6]) {
      expect(rules[`edge-${direction}-deny-all-ipv${v}`]).toMatchObject({ action: 'deny', protocol: 'any', ip_version: v, enabled: true });
    }
  }
  expect(fw.ingressRules.map((r) => r.node.id)).toEqual([
    'ingress-https', 'ingress-ssh-mgmt', 'ingress-dns', 'ingress-blocked', 'ingress-deny-all-ipv4', 'ingress-deny-all-ipv6',
  ]);
  const policies = resources(json, 'openstack_fw_policy_v2');
  const ingress = policies.find((p) => p.name === 'edge-ingress');
  expect(ingress.rules).toHaveLength(6);
  expect(ingress.rules[5]).toMatch(/^\$\{openstack_fw_rule_v2\.edge_ingress-deny-all-ipv6_[^.]+\.id\}$/);
  const group = only(json, 'openstack_fw_group_v2');
  expect(group).toMatchObject({ name: 'edge', ports: ['port-1'], admin_state_up: true });
  expect(group.ingress_firewall_policy_id).toMatch(/openstack_fw_policy_v2\.edge_ingress-policy/);
  expect(group.egress_firewall_policy_id).toMatch(/openstack_fw_policy_v2\.edge_egress-policy/);
});

test('without intents everything is denied', () => {
  const { json } = stackWith({});
  expect(resources(json, 'openstack_fw_rule_v2').map((r) => r.action)).toEqual(['deny', 'deny', 'deny', 'deny']);
});

describe('errors', () => {
  const fails = (props: Partial<FirewallGroupProps>, message: string | RegExp) => expect(() => stackWith(props)).toThrow(message);
  test('no ports', () => fails({ ports: [] }, '[test/edge] props.ports: must not be empty'));
  test('port out of range', () => fails({ ingress: [{ name: 'x', port: 0 }] }, '[test/edge] props.ingress[0].port: must be an integer from 1 to 65535 (got 0)'));
  test('port on ICMP', () => fails({ egress: [{ name: 'x', port: 1, protocol: FirewallProtocol.ICMP }] }, /props.egress\[0\].port: ports only apply to TCP and UDP, not icmp/));
  test('reversed range', () => fails({ ingress: [{ name: 'x', port: 100, toPort: 90 }] }, /props.ingress\[0\].toPort: 90 is below port 100/));
  test('range without start', () => fails({ ingress: [{ name: 'x', toPort: 90 }] }, /props.ingress\[0\].toPort: needs port/));
  test('bad CIDR', () => fails({ ingress: [{ name: 'x', sourceCidr: '10.0.0/8' }] }, /props.ingress\[0\].sourceCidr: "10.0.0\/8" is not a valid CIDR block/));
  test('mixed IP versions', () => fails({ ingress: [{ name: 'x', sourceCidr: '10.0.0.0/8', destinationCidr: '::/0' }] }, /props.ingress\[0\]: mixes an IPv4 and an IPv6 prefix/));
  test('duplicate names', () => fails({ ingress: [{ name: 'a' }, { name: 'a' }] }, '[test/edge] props.ingress: contains "a" more than once'));
  test('names must be DNS labels', () => fails({ ingress: [{ name: 'Allow HTTPS' }] }, /props.ingress\[0\].name: "Allow HTTPS" is not a DNS-1123 label/));
  test.each([
    [{ name: 'ssh', port: 22 }, 'management port 22'],
    [{ name: 'ssh', port: 22, sourceCidr: '0.0.0.0/0' }, 'management port 22'],
    [{ name: 'rdp', port: 3000, toPort: 4000 }, 'management port 3389'],
    [{ name: 'all', protocol: FirewallProtocol.ANY }, 'management ports 22, 3389'],
    [{ name: 'tcp', port: undefined }, 'management ports 22, 3389'],
  ])('world-open management ports %#', (intent, problem) => fails({ ingress: [intent] }, `[test/edge] props.ingress[0]: allows ${problem} from anywhere. Fix: set sourceCidr to the management network`));
  test('management ports are fine from a private source, when denied, over UDP, or outbound', () => {
    expect(() => stackWith({
      ingress: [
        { name: 'ssh', port: 22, sourceCidr: '10.0.0.0/24' },
        { name: 'no-ssh', port: 22, action: FirewallAction.DENY },
        { name: 'udp', protocol: FirewallProtocol.UDP, port: 22 },
      ],
      egress: [{ name: 'ssh-out', port: 22 }],
    })).not.toThrow();
  });
  test('reserved names', () => fails({ egress: [{ name: 'deny-all-ipv4' }] }, /props.egress\[0\].name: "deny-all-ipv4" is reserved/));
});

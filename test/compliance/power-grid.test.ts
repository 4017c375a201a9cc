import { TerraformStack } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { ComputeInstanceV2 } from '../../lib/providers/openstack/compute-instance-v2';
import { NetworkingFloatingipV2 } from '../../lib/providers/openstack/networking-floatingip-v2';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { NetworkingPortV2 } from '../../lib/providers/openstack/networking-port-v2';
import { NetworkingRouterInterfaceV2 } from '../../lib/providers/openstack/networking-router-interface-v2';
import { NetworkingRouterV2 } from '../../lib/providers/openstack/networking-router-v2';
import { NetworkingSubnetV2 } from '../../lib/providers/openstack/networking-subnet-v2';
import { VpnaasIkePolicyV2 } from '../../lib/providers/openstack/vpnaas-ike-policy-v2';
import { VpnaasIpsecPolicyV2 } from '../../lib/providers/openstack/vpnaas-ipsec-policy-v2';
import { describeRules, ruleOutcome } from '../util/compliance';

const zoneTag = (zone: string) => [`oscar.io:grid-zone=${zone}`];

/** A zoned VLAN network with one subnet. */
function zoned(s: TerraformStack, id: string, zone: string | undefined, physnet = `physnet-${id}`): { net: NetworkingNetworkV2; subnet: NetworkingSubnetV2 } {
  const net = new NetworkingNetworkV2(s, id, {
    name: id, tags: zone ? zoneTag(zone) : undefined,
    segments: [{ networkType: 'vlan', physicalNetwork: physnet, segmentationId: 100 + s.node.children.length }],
  });
  const subnet = new NetworkingSubnetV2(s, `${id}-subnet`, { networkId: net.id, cidr: `10.${s.node.children.length}.0.0/24` });
  return { net, subnet };
}

function router(s: TerraformStack, zones: string[], external = false): NetworkingRouterV2 {
  const r = new NetworkingRouterV2(s, 'router', { name: 'r', externalNetworkId: external ? 'ext-net-id' : undefined });
  zones.forEach((z, i) => {
    const { subnet } = zoned(s, `net${i}`, z);
    new NetworkingRouterInterfaceV2(s, `if${i}`, { routerId: r.id, subnetId: subnet.id });
  });
  return r;
}

/** A server with one port per zone (ports as the pool's instance groups make them). */
function server(s: TerraformStack, zones: string[]): void {
  const ports = zones.map((z, i) => new NetworkingPortV2(s, `port${i}`, { networkId: zoned(s, `net${i}`, z).net.id }));
  new ComputeInstanceV2(s, 'vm', { name: 'vm', tags: zoneTag(zones[0]), network: ports.map((p) => ({ port: p.id })) });
}

function floatingIp(s: TerraformStack, zone: string): void {
  const port = new NetworkingPortV2(s, 'port', { networkId: zoned(s, 'net', zone).net.id });
  new NetworkingFloatingipV2(s, 'fip', { pool: 'public', portId: port.id });
}

function vpn(s: TerraformStack, strong: boolean): void {
  new VpnaasIkePolicyV2(s, 'ike', { name: 'ike', encryptionAlgorithm: 'aes-256', authAlgorithm: 'sha256', pfs: 'group14' });
  new VpnaasIpsecPolicyV2(s, 'ipsec', strong
    ? { name: 'ipsec', encryptionAlgorithm: 'aes-256', authAlgorithm: 'sha384', pfs: 'group19' }
    : { name: 'ipsec', encryptionAlgorithm: '3des', authAlgorithm: 'sha1' });
}

describeRules(Compliance.POWER_GRID, [
  {
    id: 'PWR-1',
    compliant: (s) => { zoned(s, 'scada', 'I'); zoned(s, 'oa', 'III'); },
    nonCompliant: (s) => { zoned(s, 'scada', undefined); },
    message: 'no oscar.io/grid-zone tag',
  },
  {
    id: 'PWR-2',
    compliant: (s) => { router(s, ['III', 'IV']); },
    nonCompliant: (s) => { router(s, ['II', 'III']); },
    message: /router interfaces join production control \(I\/II\): openstack_networking_network_v2.net0 and management information/,
  },
  {
    id: 'PWR-3',
    compliant: (s) => server(s, ['I', 'II']),
    nonCompliant: (s) => server(s, ['I', 'IV']),
    message: /NICs in production control \(I\/II\) \(openstack_networking_network_v2.net0\) and management information/,
  },
  {
    id: 'PWR-4',
    compliant: (s) => { router(s, ['IV'], true); },
    nonCompliant: (s) => { router(s, ['II'], true); },
    message: 'router with an external gateway on production control network(s) openstack_networking_network_v2.net0',
  },
  {
    id: 'PWR-5',
    compliant: (s) => { zoned(s, 'scada', 'I', 'physnet-prod'); zoned(s, 'oa', 'III', 'physnet-info'); },
    nonCompliant: (s) => { zoned(s, 'scada', 'I', 'physnet1'); zoned(s, 'oa', 'III', 'physnet1'); },
    message: 'physical network physnet1 is shared with management information network(s) openstack_networking_network_v2.oa',
  },
  { id: 'PWR-6', compliant: (s) => vpn(s, true), nonCompliant: (s) => vpn(s, false), message: 'weak or default encryption_algorithm=3des, auth_algorithm=sha1, pfs=(provider default)' },
  {
    id: 'PWR-7',
    compliant: (s) => { new NetworkingNetworkV2(s, 'n', { name: 'scada', shared: false }); },
    nonCompliant: (s) => { new NetworkingNetworkV2(s, 'n', { name: 'scada', shared: true }); },
    message: 'is shared with all projects',
  },
]);

describe('POWER_GRID details', () => {
  const pack = Compliance.POWER_GRID;

  test('PWR-1: a zone outside I-IV is a finding; an unzoned router interface is not judged by PWR-2', () => {
    expect(ruleOutcome(pack, 'PWR-1', (s) => { zoned(s, 'x', 'V'); }).findings[0].message).toContain('grid-zone=V is not one of I, II, III, IV');
    const out = ruleOutcome(pack, 'PWR-2', (s) => {
      const r = new NetworkingRouterV2(s, 'router', { name: 'r' });
      const net = new NetworkingNetworkV2(s, 'plain', { name: 'plain' });
      new NetworkingRouterInterfaceV2(s, 'if', { routerId: r.id, subnetId: new NetworkingSubnetV2(s, 'sn', { networkId: net.id, cidr: '10.0.0.0/24' }).id });
    });
    expect(out.findings).toEqual([]);
    expect(out.summary.notApplicable).toBe(1);
  });

  test('PWR-4: a floating IP on a zone II port is a finding, on zone IV it is not; a router without gateway passes', () => {
    expect(ruleOutcome(pack, 'PWR-4', (s) => floatingIp(s, 'II')).findings[0].message).toContain('floating IP on production control network(s)');
    expect(ruleOutcome(pack, 'PWR-4', (s) => floatingIp(s, 'IV')).findings).toEqual([]);
    expect(ruleOutcome(pack, 'PWR-4', (s) => { router(s, ['I', 'II']); }).findings).toEqual([]);
  });
});

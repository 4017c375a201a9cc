import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { Peer, Port, SecurityGroup } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

describe('SecurityGroup on OpenStack', () => {
  test('deny by default: default rules deleted, one rule per intent, zone peers by group', () => {
    const { stack, site } = openstackStack();
    const web = new SecurityGroup(stack, 'web', { site, description: 'web tier' });
    const db = new SecurityGroup(stack, 'db', { site });
    web.allowIngress(Peer.anyIpv4(), Port.tcp(443));
    db.allowIngress(Peer.securityGroup(web), Port.tcp(5432));
    db.allowIngress(Peer.cidr('fd00::/8'), Port.tcpRange(9100, 9110));
    db.allowIngress(Peer.securityGroup(web), Port.tcp(5432)); // same intent: one rule
    web.allowEgress(Peer.securityGroup(db), Port.tcp(5432));
    const out = Testing.synth(stack);
    const groups = Object.values<any>(resources(out, 'openstack_networking_secgroup_v2'));
    expect(groups.map((g) => [g.name, g.delete_default_rules]).sort()).toEqual([['db', true], ['web', true]]);
    const rules = resources(out, 'openstack_networking_secgroup_rule_v2');
    expect(Object.keys(rules)).toHaveLength(4);
    const byId = (suffix: string) => Object.entries<any>(rules).find(([k]) => k.includes(suffix))![1];
    expect(byId('ingress-tcp-443-0-0-0-0-0')).toMatchObject({ direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 443, port_range_max: 443, remote_ip_prefix: '0.0.0.0/0' });
    expect(byId('ingress-tcp-5432-zone-web').remote_group_id).toMatch(/openstack_networking_secgroup_v2\.web_secgroup.*\.id/);
    expect(byId('ingress-tcp-9100-9110')).toMatchObject({ ethertype: 'IPv6', port_range_min: 9100, port_range_max: 9110 });
    expect(byId('egress-tcp-5432-zone-db').direction).toBe('egress');
  });

  test.each([
    [Port.tcp(22), Peer.anyIpv4(), 'management port 22 (tcp-22) to the world (0.0.0.0/0)'],
    [Port.tcp(3389), Peer.anyIpv6(), 'management port 3389 (tcp-3389) to the world (::/0)'],
    [Port.tcpRange(1, 1024), Peer.anyIpv4(), 'management port 22 (tcp-1-1024)'],
    [Port.allTraffic(), Peer.anyIpv4(), 'management port 22/3389 (all)'],
  ])('world-open management port needs a reason: %s', (port, peer, message) => {
    const { stack, site } = openstackStack();
    const zone = new SecurityGroup(stack, 'bastion', { site });
    expect(() => zone.allowIngress(peer, port)).toThrow(`[stack/bastion] props.allowIngress.reason: opening ${message}`);
    expect(() => zone.allowIngress(peer, port, { reason: 'short' })).toThrow(/needs a written reason/);
    expect(() => zone.allowIngress(peer, port, { reason: 'break-glass bastion, ticket OPS-1234' })).not.toThrow();
  });

  test('management ports from a private CIDR need no reason; the reason is kept as description', () => {
    const { stack, site } = openstackStack();
    const zone = new SecurityGroup(stack, 'oam', { site });
    zone.allowIngress(Peer.cidr('10.0.0.0/24'), Port.tcp(22));
    zone.allowIngress(Peer.anyIpv4(), Port.tcp(22), { reason: 'break-glass bastion, ticket OPS-1234' });
    const rules = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_secgroup_rule_v2'));
    expect(rules.map((r) => [r.remote_ip_prefix, r.description])).toEqual(
      expect.arrayContaining([['10.0.0.0/24', undefined], ['0.0.0.0/0', 'break-glass bastion, ticket OPS-1234']]),
    );
  });

  test.each([
    [() => Port.tcp(0), 'props.allowIngress.port: must be an integer from 1 to 65535 (got 0)'],
    [() => Port.tcpRange(100, 50), 'props.allowIngress.port: must be an integer from 100 to 65535 (got 50)'],
  ])('bad ports are errors', (port, message) => {
    const { stack, site } = openstackStack();
    expect(() => new SecurityGroup(stack, 'z', { site }).allowIngress(Peer.cidr('10.0.0.0/8'), port())).toThrow(message);
  });

  test('a bad CIDR peer is an error', () => {
    const { stack, site } = openstackStack();
    expect(() => new SecurityGroup(stack, 'z', { site }).allowIngress(Peer.cidr('10.0.0.1/8'), Port.tcp(80))).toThrow('props.allowIngress.peer: "10.0.0.1/8" has host bits set');
  });
});

describe('SecurityGroup on vSphere', () => {
  test('creates nothing, still validates, and warns that rules need another enforcement point', () => {
    const { stack, site } = vsphereStack();
    const zone = new SecurityGroup(stack, 'web', { site });
    zone.allowIngress(Peer.cidr('10.0.0.0/8'), Port.tcp(443));
    expect(() => zone.allowIngress(Peer.anyIpv4(), Port.tcp(22))).toThrow(/needs a written reason/);
    expect(zone.openstack).toBeUndefined();
    expect(resources(Testing.synth(stack), 'openstack_networking_secgroup_v2')).toEqual({});
    expect(zone.node.metadata.map((m) => [m.type, m.data])).toEqual([[AnnotationMetadataEntryType.WARN, expect.stringMatching(/cannot enforce security-group rules/)]]);
  });
});

import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { Peer, Port, SecurityGroup } from '../../../pool';
import { TelecomPlaneRole } from '../props';
import { defaultLbPlane, planesOf, RegionInput } from './validate';

// The security group of each telecom tier: deny by default, then SSH and ICMP from the
// management access CIDRs, traffic between members, the tier's ingress and the load
// balancer's traffic (internal).

/** @internal Creates every tier's group first, so rules can reference other tiers' groups. */
export function createSecurityGroups(scope: Construct, prefix: string, input: RegionInput): { [tier: string]: SecurityGroup } {
  const site = input.site;
  const planeSpecs = new Map(input.planes.map((p) => [p.name, p]));
  const managementCidrs = input.managementAccessCidrs ?? input.planes.filter((p) => p.role === TelecomPlaneRole.MANAGEMENT).map((p) => p.cidr);
  const lbPlane = defaultLbPlane(input.planes, input.loadBalancerPlane);
  const peers = input.interconnectPeers ?? [];
  const groups: { [tier: string]: SecurityGroup } = {};
  for (const tier of input.tiers) {
    groups[tier.name] = new SecurityGroup(scope, `zone-${tier.name}`, {
      site,
      name: `${prefix}-${tier.name}`,
      description: `telecom tier ${tier.name}: deny by default`,
      labels: { [LabelKeys.TIER]: tier.name },
    });
  }
  for (const tier of input.tiers) {
    const group = groups[tier.name];
    for (const cidr of managementCidrs) {
      group.allowIngress(Peer.cidr(cidr), Port.tcp(22));
      group.allowIngress(Peer.cidr(cidr), Port.icmp());
    }
    group.allowIngress(Peer.securityGroup(group), Port.allTraffic()); // cluster traffic between members
    for (const rule of tier.ingress ?? []) {
      group.allowIngress(rule.fromPlane !== undefined ? Peer.cidr(planeSpecs.get(rule.fromPlane)!.cidr) : Peer.securityGroup(groups[rule.fromTier!]), rule.port);
      // The same plane in linked regions, over the VPN (geo-redundant signaling).
      for (const peer of peers.filter((x) => x.plane === rule.fromPlane)) group.allowIngress(Peer.cidr(peer.cidr), rule.port);
    }
    for (const l of tier.listeners ?? []) {
      const port = l.memberPort ?? l.port;
      // Octavia amphorae (traffic and health checks) reach members from the VIP plane.
      group.allowIngress(Peer.cidr(planeSpecs.get(lbPlane!)!.cidr), l.protocol.transport === 'udp' ? Port.udp(port) : Port.tcp(port));
    }
    const attached = planesOf(tier, input.planes);
    for (const name of attached) group.allowEgress(Peer.cidr(planeSpecs.get(name)!.cidr), Port.allTraffic());
    for (const peer of peers.filter((x) => attached.includes(x.plane))) group.allowEgress(Peer.cidr(peer.cidr), Port.allTraffic());
  }
  return groups;
}

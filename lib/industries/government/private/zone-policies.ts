import { Peer, Port, SecurityGroup } from '../../../pool';
import { GovernmentZone } from '../props';

// The default-deny policy of each network zone: each zone allows only its own flows (internal).

/** @internal Adds every zone's flows to its security group. */
export function applyZonePolicies(groups: { [zone: string]: SecurityGroup }, cidrs: { [zone: string]: string }, managementAccess?: string[]): void {
  const sg = (z: GovernmentZone) => groups[z];
  const https = Port.tcp(443);
  const mgmt = cidrs[GovernmentZone.MANAGEMENT];

  sg(GovernmentZone.CORE).allowIngress(Peer.cidr(cidrs[GovernmentZone.EXTRANET_ACCESS]), https);
  sg(GovernmentZone.CORE).allowIngress(Peer.cidr(cidrs[GovernmentZone.CORE]), https);
  sg(GovernmentZone.CORE).allowEgress(Peer.cidr(cidrs[GovernmentZone.CORE]), https);

  sg(GovernmentZone.EXTRANET_ACCESS).allowIngress(Peer.anyIpv4(), https);
  sg(GovernmentZone.EXTRANET_ACCESS).allowEgress(Peer.cidr(cidrs[GovernmentZone.CORE]), https);

  sg(GovernmentZone.EXTERNAL_PUBLISHING).allowIngress(Peer.anyIpv4(), https);
  sg(GovernmentZone.EXTERNAL_PUBLISHING).allowEgress(Peer.cidr(cidrs[GovernmentZone.INTERNET_ACCESS]), Port.tcp(3128));

  sg(GovernmentZone.INTERNET_ACCESS).allowIngress(Peer.cidr(cidrs[GovernmentZone.EXTERNAL_PUBLISHING]), Port.tcp(3128));
  sg(GovernmentZone.INTERNET_ACCESS).allowIngress(Peer.cidr(cidrs[GovernmentZone.INTERNET_ACCESS]), Port.tcp(3128));
  sg(GovernmentZone.INTERNET_ACCESS).allowEgress(Peer.anyIpv4(), Port.tcp(80));
  sg(GovernmentZone.INTERNET_ACCESS).allowEgress(Peer.anyIpv4(), https);

  for (const port of [Port.tcp(3260), Port.tcp(2049)]) {
    sg(GovernmentZone.STORAGE).allowIngress(Peer.cidr(cidrs[GovernmentZone.STORAGE]), port);
    sg(GovernmentZone.STORAGE).allowEgress(Peer.cidr(cidrs[GovernmentZone.STORAGE]), port);
  }

  sg(GovernmentZone.TEST).allowIngress(Peer.cidr(cidrs[GovernmentZone.TEST]), https);
  sg(GovernmentZone.TEST).allowEgress(Peer.cidr(cidrs[GovernmentZone.TEST]), https);

  const access = managementAccess ?? [mgmt];
  access.forEach((c) => sg(GovernmentZone.MANAGEMENT).allowIngress(Peer.cidr(c), Port.tcp(22)));
  sg(GovernmentZone.MANAGEMENT).allowIngress(Peer.cidr(mgmt), Port.udp(514));
  sg(GovernmentZone.MANAGEMENT).allowEgress(Peer.cidr(mgmt), Port.tcp(22));
  sg(GovernmentZone.MANAGEMENT).allowEgress(Peer.cidr(mgmt), Port.udp(514));
}

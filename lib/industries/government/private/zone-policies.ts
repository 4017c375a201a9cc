import { Peer, Port, SecurityGroup } from '../../../pool';
import { GovernmentZone } from '../props';

// The default-deny policy of each network zone: each zone allows only its own flows (internal).

/**
 * @internal Adds every zone's flows to its security group. `peerOf(zone)` is how a flow
 * names the zone it comes from or goes to: the zone's CIDR for the cloud's zone groups,
 * a department's own group in that zone for the department's groups (so a flow never
 * admits another department). A zone without a group, or a peer zone without a peer
 * (a department that has no workloads there), gets no flow.
 */
export function applyZonePolicies(
  groups: { [zone: string]: SecurityGroup | undefined },
  peerOf: (zone: GovernmentZone) => Peer | undefined,
  management: ManagementFlows,
): void {
  const https = Port.tcp(443);
  const flow = (zone: GovernmentZone, direction: 'in' | 'out', peer: Peer | undefined, port: Port) => {
    const sg = groups[zone];
    if (!sg || !peer) return;
    if (direction === 'in') sg.allowIngress(peer, port);
    else sg.allowEgress(peer, port);
  };
  const Z = GovernmentZone;

  flow(Z.CORE, 'in', peerOf(Z.EXTRANET_ACCESS), https);
  flow(Z.CORE, 'in', peerOf(Z.CORE), https);
  flow(Z.CORE, 'out', peerOf(Z.CORE), https);

  flow(Z.EXTRANET_ACCESS, 'in', Peer.anyIpv4(), https);
  flow(Z.EXTRANET_ACCESS, 'out', peerOf(Z.CORE), https);

  flow(Z.EXTERNAL_PUBLISHING, 'in', Peer.anyIpv4(), https);
  flow(Z.EXTERNAL_PUBLISHING, 'out', peerOf(Z.INTERNET_ACCESS), Port.tcp(3128));

  flow(Z.INTERNET_ACCESS, 'in', peerOf(Z.EXTERNAL_PUBLISHING), Port.tcp(3128));
  flow(Z.INTERNET_ACCESS, 'in', peerOf(Z.INTERNET_ACCESS), Port.tcp(3128));
  flow(Z.INTERNET_ACCESS, 'out', Peer.anyIpv4(), Port.tcp(80));
  flow(Z.INTERNET_ACCESS, 'out', Peer.anyIpv4(), https);

  for (const port of [Port.tcp(3260), Port.tcp(2049)]) {
    flow(Z.STORAGE, 'in', peerOf(Z.STORAGE), port);
    flow(Z.STORAGE, 'out', peerOf(Z.STORAGE), port);
  }

  flow(Z.TEST, 'in', peerOf(Z.TEST), https);
  flow(Z.TEST, 'out', peerOf(Z.TEST), https);

  management.sshFrom.forEach((p) => flow(Z.MANAGEMENT, 'in', p, Port.tcp(22)));
  flow(Z.MANAGEMENT, 'in', management.syslogFrom, Port.udp(514));
  flow(Z.MANAGEMENT, 'out', management.to, Port.tcp(22));
  flow(Z.MANAGEMENT, 'out', management.to, Port.udp(514));
}

/** @internal Who reaches the management zone's SSH and syslog, and where management traffic goes. */
export interface ManagementFlows {
  readonly sshFrom: Peer[];
  readonly syslogFrom?: Peer;
  readonly to?: Peer;
}

import { Construct } from 'constructs';
import { OpenStackSite, Peer, Port, SecurityGroup } from '../../../pool';
import { PlatformAddressing } from './validate';

// The platform's security groups: one per plane and one per business-plane tier (internal).

/** @internal Ports the tiers serve on (documented in the README; the source names none). */
export const PORTS = {
  /** RTMP contribution. */
  rtmp: 1935,
  /** SRT contribution (UDP range, one port per feed). */
  srtFirst: 9000,
  srtLast: 9099,
  /** Job API of the transcoders (ingest hands off work). */
  transcodeApi: 8080,
  /** HTTP origin / packager behind the load balancer. */
  origin: 8080,
  /** Application-streaming sessions (TLS, passed through the load balancer). */
  appStreaming: 8443,
};

/** @internal The security groups of the planes and of the business-plane tiers. */
export interface PlatformSecurityGroups {
  readonly management: SecurityGroup;
  readonly storage: SecurityGroup;
  readonly ingest: SecurityGroup;
  /** Only when the transcoders are VMs. */
  readonly transcode?: SecurityGroup;
  readonly origin: SecurityGroup;
  readonly appStreaming: SecurityGroup;
}

/** @internal Creates the groups with their rules; `transcodeVms` adds the transcode tier's group. */
export function createSecurityGroups(scope: Construct, site: OpenStackSite, name: string, addressing: PlatformAddressing, transcodeVms: boolean): PlatformSecurityGroups {
  const { planes, adminCidrs, contributionCidrs } = addressing;
  const management = new SecurityGroup(scope, 'management-zone', { site, name: `${name}-mgmt`, description: 'management plane: SSH and monitoring from the admin CIDRs' });
  for (const cidr of adminCidrs) {
    management.allowIngress(Peer.cidr(cidr), Port.tcp(22));
    management.allowIngress(Peer.cidr(cidr), Port.icmp());
  }
  management.allowEgress(Peer.cidr(planes.management), Port.allTraffic());

  const storage = new SecurityGroup(scope, 'storage-zone', { site, name: `${name}-storage`, description: 'storage plane: media to and from the storage services' });
  storage.allowIngress(Peer.cidr(planes.storage), Port.allTraffic());
  storage.allowEgress(Peer.cidr(planes.storage), Port.allTraffic());

  const businessGroup = (groupId: string, description: string) => {
    const group = new SecurityGroup(scope, groupId, { site, name: `${name}-${groupId.replace(/-zone$/, '')}`, description });
    // Object storage, identity and image APIs are HTTPS; name resolution through the subnet's resolvers.
    group.allowEgress(Peer.anyIpv4(), Port.tcp(443));
    group.allowEgress(Peer.anyIpv4(), Port.udp(53));
    group.allowEgress(Peer.anyIpv4(), Port.tcp(53));
    return group;
  };
  const ingest = businessGroup('ingest-zone', 'ingest: contribution feeds (RTMP, SRT)');
  for (const cidr of contributionCidrs) {
    ingest.allowIngress(Peer.cidr(cidr), Port.tcp(PORTS.rtmp));
    ingest.allowIngress(Peer.cidr(cidr), Port.udpRange(PORTS.srtFirst, PORTS.srtLast));
  }
  let transcode: SecurityGroup | undefined;
  if (transcodeVms) {
    transcode = businessGroup('transcode-zone', 'transcode: job API from the ingest tier');
    transcode.allowIngress(Peer.securityGroup(ingest), Port.tcp(PORTS.transcodeApi));
    ingest.allowEgress(Peer.securityGroup(transcode), Port.tcp(PORTS.transcodeApi));
  }
  const origin = businessGroup('origin-zone', 'packaging/origin: HTTP from the load balancer');
  origin.allowIngress(Peer.cidr(planes.business), Port.tcp(PORTS.origin));
  const appStreaming = businessGroup('app-streaming-zone', 'application streaming: TLS sessions from the load balancer');
  appStreaming.allowIngress(Peer.cidr(planes.business), Port.tcp(PORTS.appStreaming));
  return { management, storage, ingest, transcode, origin, appStreaming };
}

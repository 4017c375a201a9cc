import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { isPrivateCidr } from '../../../compliance/private/attrs';
import { ValidationError } from '../../../core/errors';
import { DnsRecord, DnsZone, LoadBalancer, ListenerProtocol, LoadBalancerListenerOptions, SessionPersistence, PoolMembers } from '../../../openstack';
import { InstanceGroup, INetwork, OpenStackSite } from '../../../pool';
import { mapIterator } from '../../../pool/private/each';
import { NetworkingFloatingipV2 } from '../../../providers/openstack/networking-floatingip-v2';
import { BroadcastVideoPlatformProps } from '../props';
import { PORTS } from './security-groups';

// How the platform is reached: public addresses of the ingest tier, the edge load
// balancer and the service names in DNS (internal).

/**
 * @internal A public path for encoders outside the private networks: the edge load balancer
 * carries only HTTP(S), and SRT is a UDP port range per feed (an Octavia listener is
 * one port), so each ingest member gets its own floating IP.
 */
export function publicIngest(scope: Construct, site: OpenStackSite, ingest: InstanceGroup, contributionCidrs: string[], props: BroadcastVideoPlatformProps): NetworkingFloatingipV2 | undefined {
  const isPublic = (cidr: string) => !Token.isUnresolved(cidr) && !isPrivateCidr(cidr);
  const publicCidrs = contributionCidrs.filter(isPublic);
  if (publicCidrs.length === 0) return undefined;
  const pool = props.floatingIpPool ?? site.externalNetwork?.name;
  if (pool === undefined) {
    throw new ValidationError(scope, 'contributionCidrs', `admits public encoders (${publicCidrs.join(', ')}), but the site has no external network to give the ingest tier a public address`, 'set floatingIpPool (or the site\'s externalNetwork), or list only private contribution CIDRs');
  }
  const port = ingest.openstack!.ports[0]; // the business plane is every tier's first NIC
  const members = mapIterator(Object.fromEntries(ingest.memberNames.map((m) => [m, m])));
  return new NetworkingFloatingipV2(scope, 'ingest-floating-ips', {
    provider: site.provider,
    forEach: members,
    pool,
    portId: `\${${port.fqn}[each.key].id}`,
    description: 'public contribution (RTMP, SRT) for ${each.key}',
  });
}

/** @internal The edge load balancer: the origin on HTTP (and HTTPS with a TLS container), application streaming passed through. */
export function edgeLoadBalancer(scope: Construct, site: OpenStackSite, name: string, business: INetwork, origin: InstanceGroup, appStreaming: InstanceGroup, props: BroadcastVideoPlatformProps): LoadBalancer {
  const vipSubnetId = business.subnetId(business.subnetNames[0]);
  const originMembers = PoolMembers.fromInstanceGroup(origin);
  const appMembers = PoolMembers.fromInstanceGroup(appStreaming);
  const listeners: LoadBalancerListenerOptions[] = [
    { protocol: ListenerProtocol.HTTP, port: 80, members: [originMembers], memberPort: PORTS.origin, healthCheck: { urlPath: '/healthz' } },
    { protocol: ListenerProtocol.HTTPS, port: PORTS.appStreaming, members: [appMembers], memberPort: PORTS.appStreaming, sessionPersistence: SessionPersistence.sourceIp() },
  ];
  if (props.originTlsContainerRef !== undefined) {
    listeners.push({ protocol: ListenerProtocol.TERMINATED_HTTPS, port: 443, members: [originMembers], memberPort: PORTS.origin, tlsContainerRef: props.originTlsContainerRef, healthCheck: { urlPath: '/healthz' } });
  }
  return new LoadBalancer(scope, 'edge-lb', {
    site,
    name: `${name}-edge`,
    vipSubnetId,
    floatingIpPool: props.floatingIpPool ?? site.externalNetwork?.name,
    flavorId: props.loadBalancerFlavorId,
    description: 'origin (HTTP) and application streaming (TLS pass-through)',
    listeners,
  });
}

/** @internal The zone (created or given) with the service names: the load balancer's and each tier's members. */
export function serviceNames(scope: Construct, site: OpenStackSite, name: string, props: BroadcastVideoPlatformProps, lb: LoadBalancer, tiers: { [label: string]: InstanceGroup | undefined }): DnsZone {
  const zone = props.existingDnsZone ?? new DnsZone(scope, 'dns', {
    site,
    zoneName: props.dns!.zoneName,
    email: props.dns!.email,
    ttl: props.dns!.ttl ?? 300,
    description: `service names of ${name}`,
  });
  zone.addRecord(DnsRecord.a(`origin.${name}`, [lb.address]));
  zone.addRecord(DnsRecord.a(`apps.${name}`, [lb.address]));
  for (const [label, group] of Object.entries(tiers)) {
    if (group) zone.addRecord(DnsRecord.a(`${label}.${name}`, Object.values(group.memberAddresses())));
  }
  return zone;
}

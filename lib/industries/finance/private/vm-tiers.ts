import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { isUnresolved } from '../../../core/private/cidr';
import { ListenerProtocol, LoadBalancer, PoolMembers } from '../../../openstack';
import { InstanceGroup, Network, Peer, Port, SecurityGroup } from '../../../pool';
import { FinanceVmEstateProps, FinanceVmLoadBalancerProps } from '../vm-estate-props';
import { VlanNetworks } from './vm-networks';

// The VM estate's tiers, their groups and the TLS edge in front of one of them (internal).

/** @internal One default-deny group for each tier's production interfaces, by tier name. */
export function createTierGroups(scope: Construct, props: FinanceVmEstateProps): { [tier: string]: SecurityGroup } {
  const groups: { [tier: string]: SecurityGroup } = {};
  for (const t of props.tiers) {
    groups[t.name] = new SecurityGroup(scope, `${t.name}-zone`, { site: props.site, description: `production interfaces of the ${t.name} tier` });
  }
  return groups;
}

/** @internal What the tiers attach to. */
export interface VmTierAttachments {
  readonly networks: VlanNetworks;
  readonly tierGroups: { [tier: string]: SecurityGroup };
}

/**
 * @internal The tiers, by name: members under hard anti-affinity in their hypervisor
 * family's zone, on the production network (behind the tier's group, open to `allowFrom`)
 * and the management network.
 */
export function createTiers(scope: Construct, props: FinanceVmEstateProps, zoneOf: Map<string, string>, at: VmTierAttachments): { [tier: string]: InstanceGroup } {
  const tiers: { [tier: string]: InstanceGroup } = {};
  for (const t of props.tiers) {
    const group = at.tierGroups[t.name];
    for (const from of t.allowFrom ?? []) group.allowIngress(Peer.securityGroup(at.tierGroups[from]), Port.tcp(t.port ?? 8080));
    tiers[t.name] = new InstanceGroup(scope, t.name, {
      site: props.site,
      name: t.name,
      count: t.count ?? 2,
      size: t.size,
      image: t.image,
      zones: [zoneOf.get(t.hypervisor)!],
      networks: [
        { network: at.networks.production, securityGroups: [group], fixedIps: t.fixedIps },
        { network: at.networks.management, securityGroups: [at.networks.managementGroup] },
      ],
      keyPair: t.keyPair,
      userData: t.userData,
      labels: { [LabelKeys.HYPERVISOR]: t.hypervisor, ...t.labels },
    });
  }
  return tiers;
}

/**
 * @internal The Octavia `TERMINATED_HTTPS` listener in front of one tier (mutual TLS with a
 * client CA); the amphorae reach the members from the VIP subnet.
 */
export function createTlsEdge(scope: Construct, props: FinanceVmEstateProps, lb: FinanceVmLoadBalancerProps, production: Network, tierGroups: { [tier: string]: SecurityGroup }): LoadBalancer {
  const front = props.tiers.find((t) => t.name === lb.tier)!;
  const port = front.port ?? 8080;
  const loadBalancer = new LoadBalancer(scope, 'lb', {
    site: props.site,
    vipSubnetId: production.subnetId('prod'),
    floatingIpPool: lb.floatingIpPool,
    flavorId: lb.flavorId,
    listeners: [{
      protocol: ListenerProtocol.TERMINATED_HTTPS,
      port: 443,
      members: [PoolMembers.fromAddresses(front.fixedIps!)],
      memberPort: port,
      tlsContainerRef: lb.tlsContainerRef,
      allowedCidrs: lb.allowedCidrs,
      healthCheck: { urlPath: lb.healthCheckPath ?? '/healthz' },
    }],
  });
  if (lb.clientCaContainerRef) {
    const listener = loadBalancer.listeners[0].listener;
    listener.addOverride('client_authentication', 'MANDATORY');
    listener.addOverride('client_ca_tls_container_ref', lb.clientCaContainerRef);
  }
  const cidr = props.productionNetwork.cidr;
  if (!isUnresolved(cidr)) tierGroups[front.name].allowIngress(Peer.cidr(cidr), Port.tcp(port));
  return loadBalancer;
}

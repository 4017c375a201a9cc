import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { Names } from '../../../core/names';
import { LoadBalancer, ListenerProtocol, PoolMembers } from '../../../openstack';
import { InstanceGroup, Network } from '../../../pool';
import { TelecomLoadBalancerOptions } from '../props';
import { defaultLbPlane, planesOf, RegionInput } from './validate';

// The Octavia load balancer of a telecom region, with a monitored pool per listener (internal).

/**
 * @internal The load balancer in front of the tiers with listeners; none (with a warning)
 * on sites without a load-balancer service.
 */
export function createLoadBalancer(scope: Construct, prefix: string, input: RegionInput, options: TelecomLoadBalancerOptions | undefined, planes: { [plane: string]: Network }, groups: { [tier: string]: InstanceGroup }): LoadBalancer | undefined {
  const site = input.site;
  const balanced = input.tiers.filter((t) => (t.listeners ?? []).length > 0);
  if (balanced.length === 0) return undefined;
  if (!site.capabilities.loadBalancer) {
    Annotations.of(scope).addWarning(`${scope.node.path}: ${site.targetName} sites have no load-balancer service; the listeners of tiers ${balanced.map((t) => t.name).join(', ')} are not created. Front them with the physical or NSX load balancer.`);
    return undefined;
  }
  if (options?.activeStandbyFlavorId === undefined) {
    Annotations.of(scope).addWarning(`${scope.node.path}: the load balancer uses the deployment's default Octavia flavor (usually SINGLE topology); set loadBalancer.activeStandbyFlavorId to an ACTIVE_STANDBY flavor.`);
  }
  const lbPlane = defaultLbPlane(input.planes, input.loadBalancerPlane)!;
  const lb = new LoadBalancer(scope, 'load-balancer', {
    site,
    vipSubnetId: planes[lbPlane].subnetId(lbPlane),
    flavorId: options?.activeStandbyFlavorId,
    floatingIpPool: options?.floatingIpPool,
    name: `${prefix}-lb`,
  });
  for (const tier of balanced) {
    const portIndex = planesOf(tier, input.planes).indexOf(lbPlane);
    for (const l of tier.listeners!) {
      lb.addListener({
        protocol: l.protocol,
        port: l.port,
        memberPort: l.memberPort,
        allowedCidrs: l.allowedCidrs,
        healthCheck: l.healthCheck,
        algorithm: l.algorithm,
        sessionPersistence: l.sessionPersistence,
        tlsContainerRef: l.tlsContainerRef,
        members: [PoolMembers.fromInstanceGroup(groups[tier.name], { attachment: portIndex })],
        name: `${prefix}-${tier.name}-${listenerLabel(l.protocol)}-${l.port}`,
      });
    }
  }
  return lb;
}

function listenerLabel(protocol: ListenerProtocol): string {
  return Names.toDnsLabel(protocol.protocol);
}

import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { Network, Peer, Port, SecurityGroup, Segmentation } from '../../../pool';
import { FinanceVlanNetworkProps, FinanceVmEstateProps } from '../vm-estate-props';

// The VM estate's VLAN-isolated networks and the group of its management interfaces (internal).

/** @internal The two VLAN networks and the management interfaces' group. */
export interface VlanNetworks {
  readonly management: Network;
  readonly production: Network;
  /** SSH from `managementCidrs` only. */
  readonly managementGroup: SecurityGroup;
}

/**
 * @internal The management and production VLAN networks; only the production VLAN is
 * routed, and only for the load balancer's floating IP.
 */
export function createVlanNetworks(scope: Construct, props: FinanceVmEstateProps): VlanNetworks {
  const site = props.site;
  // The tiers' fixed production addresses are kept out of the subnet's allocation pool by
  // Network itself (a VIP or another tier's port created first took one, found end to end).
  const network = (netId: string, spec: FinanceVlanNetworkProps, routed: boolean, labels: { [key: string]: string }) => new Network(scope, netId, {
    site,
    cidr: spec.cidr,
    subnets: [{ name: netId, cidr: spec.cidr, gatewayIp: spec.gatewayIp }],
    segmentation: Segmentation.vlan({ pool: props.vlanPool, vlanId: spec.vlanId, physicalNetwork: spec.physicalNetwork }),
    routerGateway: routed,
    labels,
  });
  const routed = site.capabilities.routers && props.loadBalancer?.floatingIpPool !== undefined;
  const management = network('mgmt', props.managementNetwork, false, { [LabelKeys.PLANE]: 'management' });
  const production = network('prod', props.productionNetwork, routed, { [LabelKeys.PLANE]: 'production' });
  const managementGroup = new SecurityGroup(scope, 'mgmt-zone', { site, description: 'management interfaces: SSH from the management network only' });
  const adminSources = props.managementCidrs ?? [props.managementNetwork.cidr];
  adminSources.forEach((cidr) => managementGroup.allowIngress(Peer.cidr(cidr), Port.tcp(22)));
  return { management, production, managementGroup };
}

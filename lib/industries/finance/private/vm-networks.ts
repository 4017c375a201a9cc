import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { parseAddress, parseCidr, rangesExcluding } from '../../../core/private/cidr';
import { AllocationPool, Network, Peer, Port, SecurityGroup, Segmentation } from '../../../pool';
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
 * Allocation pools of a network whose tiers pin addresses: its host range without the
 * first host (the gateway's) and without those addresses. Neutron hands out any free pool
 * address, so a load balancer VIP or another tier's port created first took a pinned
 * address (IpAddressAlreadyAllocated, found by the OpenStack e2e suite).
 */
function poolsAround(scope: Construct, spec: FinanceVlanNetworkProps, fixed: Array<[prop: string, ip: string]>): AllocationPool[] | undefined {
  if (fixed.length === 0 || Token.isUnresolved(spec.cidr) || fixed.some(([, ip]) => Token.isUnresolved(ip))) return undefined;
  const block = parseCidr(scope, 'productionNetwork.cidr', spec.cidr);
  const gateway = spec.gatewayIp === undefined || Token.isUnresolved(spec.gatewayIp) ? block.first + 1n : parseAddress(scope, 'productionNetwork.gatewayIp', spec.gatewayIp, block.version);
  return rangesExcluding(block, [block.first + 1n, gateway, ...fixed.map(([prop, ip]) => parseAddress(scope, prop, ip, block.version))]);
}

/**
 * @internal The management and production VLAN networks; only the production VLAN is
 * routed, and only for the load balancer's floating IP.
 */
export function createVlanNetworks(scope: Construct, props: FinanceVmEstateProps): VlanNetworks {
  const site = props.site;
  const network = (netId: string, spec: FinanceVlanNetworkProps, routed: boolean, labels: { [key: string]: string }, fixed: Array<[string, string]> = []) => new Network(scope, netId, {
    site,
    cidr: spec.cidr,
    subnets: [{ name: netId, cidr: spec.cidr, gatewayIp: spec.gatewayIp, allocationPools: poolsAround(scope, spec, fixed) }],
    segmentation: Segmentation.vlan({ pool: props.vlanPool, vlanId: spec.vlanId, physicalNetwork: spec.physicalNetwork }),
    routerGateway: routed,
    labels,
  });
  const routed = site.capabilities.routers && props.loadBalancer?.floatingIpPool !== undefined;
  const management = network('mgmt', props.managementNetwork, false, { [LabelKeys.PLANE]: 'management' });
  const fixedIps = props.tiers.flatMap((t, i) => (t.fixedIps ?? []).map((ip, j): [string, string] => [`tiers[${i}].fixedIps[${j}]`, ip]));
  const production = network('prod', props.productionNetwork, routed, { [LabelKeys.PLANE]: 'production' }, fixedIps);
  const managementGroup = new SecurityGroup(scope, 'mgmt-zone', { site, description: 'management interfaces: SSH from the management network only' });
  const adminSources = props.managementCidrs ?? [props.managementNetwork.cidr];
  adminSources.forEach((cidr) => managementGroup.allowIngress(Peer.cidr(cidr), Port.tcp(22)));
  return { management, production, managementGroup };
}

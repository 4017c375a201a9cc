import { Construct } from 'constructs';
import { NetworkingNetworkV2 } from '../../providers/openstack/networking-network-v2';
import { NetworkingRouterInterfaceV2 } from '../../providers/openstack/networking-router-interface-v2';
import { NetworkingRouterV2 } from '../../providers/openstack/networking-router-v2';
import { NetworkingSubnetV2 } from '../../providers/openstack/networking-subnet-v2';
import type { SubnetSpec } from '../network';
import { ISite } from '../site';
import { OpenStackSite } from './site';

/** @internal */
export interface OpenStackNetworkInput {
  readonly site: ISite;
  readonly name: string;
  readonly subnets: SubnetSpec[];
  readonly vlanId?: number;
  readonly physicalNetwork?: string;
  readonly routerGateway?: boolean;
  readonly qosPolicyId?: string;
  readonly tags: string[];
}

/** @internal Creates the Neutron resources of a Network. */
export function buildOpenStackNetwork(scope: Construct, input: OpenStackNetworkInput) {
  const site = input.site as OpenStackSite;
  const provider = site.provider;
  const network = new NetworkingNetworkV2(scope, 'network', {
    provider,
    name: input.name,
    adminStateUp: true,
    portSecurityEnabled: true,
    qosPolicyId: input.qosPolicyId,
    tags: input.tags,
    segments: input.vlanId !== undefined ? [{ networkType: 'vlan', physicalNetwork: input.physicalNetwork, segmentationId: input.vlanId }] : undefined,
  });
  const subnets: { [name: string]: NetworkingSubnetV2 } = {};
  for (const s of input.subnets) {
    subnets[s.name] = new NetworkingSubnetV2(scope, `subnet-${s.name}`, {
      provider,
      name: `${input.name}-${s.name}`,
      networkId: network.id,
      cidr: s.cidr,
      ipVersion: s.cidr.includes(':') ? 6 : 4,
      gatewayIp: s.gatewayIp,
      allocationPool: s.allocationPools?.map((p) => ({ start: p.start, end: p.end })),
      dnsNameservers: s.dnsNameservers,
      tags: input.tags,
    });
  }
  const wantsRouter = input.routerGateway ?? site.externalNetwork !== undefined;
  let router: NetworkingRouterV2 | undefined;
  const routerInterfaces: { [name: string]: NetworkingRouterInterfaceV2 } = {};
  if (wantsRouter) {
    router = new NetworkingRouterV2(scope, 'router', {
      provider,
      name: `${input.name}-router`,
      externalNetworkId: site.externalNetworkId,
      tags: input.tags,
    });
    for (const s of input.subnets) {
      routerInterfaces[s.name] = new NetworkingRouterInterfaceV2(scope, `router-${s.name}`, { provider, routerId: router.id, subnetId: subnets[s.name].id });
    }
  }
  return { network, subnets, router, routerInterfaces };
}

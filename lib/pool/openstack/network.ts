import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Labels } from '../../core/labels';
import { parseAddress, parseCidr, rangesExcluding } from '../../core/private/cidr';
import { DataOpenstackNetworkingNetworkV2 } from '../../providers/openstack/data-openstack-networking-network-v2';
import { DataOpenstackNetworkingSubnetV2 } from '../../providers/openstack/data-openstack-networking-subnet-v2';
import { NetworkingNetworkV2 } from '../../providers/openstack/networking-network-v2';
import { NetworkingRouterInterfaceV2 } from '../../providers/openstack/networking-router-interface-v2';
import { NetworkingRouterV2 } from '../../providers/openstack/networking-router-v2';
import { NetworkingSubnetV2 } from '../../providers/openstack/networking-subnet-v2';
import { importInto } from '../private/adopt';
import { NetworkImportPlan, NetworkImportResult, NetworkPlan, NetworkResult, RouterPlan, RouterResult } from '../private/plan';
import { OpenStackSiteContext } from './context';

/** @internal Creates the Neutron resources of a Network. */
export function buildOpenStackNetwork(site: OpenStackSiteContext, scope: Construct, plan: NetworkPlan): NetworkResult {
  const provider = site.provider;
  const tags = Labels.toOpenStackTags(plan.labels);
  const network = new NetworkingNetworkV2(scope, 'network', {
    provider,
    name: plan.name,
    adminStateUp: true,
    portSecurityEnabled: true,
    qosPolicyId: plan.qos?.policyId,
    mtu: plan.mtu,
    tags,
    segments: plan.vlanId !== undefined
      ? [{ networkType: 'vlan', physicalNetwork: plan.physicalNetwork, segmentationId: plan.vlanId }]
      : (plan.overlayType !== undefined ? [{ networkType: plan.overlayType }] : undefined),
    // Neutron picks an explicit overlay's VNI, and provider 3.4.0 does not read `segments`
    // back as computed: every later plan re-requested the segment (found end to end).
    lifecycle: plan.vlanId === undefined && plan.overlayType !== undefined ? { ignoreChanges: ['segments'] } : undefined,
  });
  // An own router only where declared; a shared router routes the subnets as well.
  const wantsRouter = plan.routerGateway === true;
  const routed = wantsRouter || plan.routerId !== undefined;
  const subnets: { [name: string]: NetworkingSubnetV2 } = {};
  for (const s of plan.subnets) {
    // Neutron gives every subnet a gateway (its first address) unless told otherwise,
    // and DHCP hands it out as a default route. An unrouted subnet without a declared
    // (physical) gateway must not: multi-NIC members would get several default routes,
    // some to routers that do not exist.
    // An adopted subnet keeps the gateway it runs with unless one is declared: removing it
    // would cut the estate's default route (found by the OpenStack e2e adoption check).
    const adopted = plan.adopt?.[s.name] !== undefined;
    const noGateway = !routed && !adopted && s.gatewayIp === undefined ? true : undefined;
    subnets[s.name] = new NetworkingSubnetV2(scope, `subnet-${s.name}`, {
      provider,
      name: `${plan.name}-${s.name}`,
      networkId: network.id,
      cidr: s.cidr,
      ipVersion: s.cidr.includes(':') ? 6 : 4,
      gatewayIp: s.gatewayIp,
      noGateway,
      allocationPool: s.allocationPools?.map((p) => ({ start: p.start, end: p.end })),
      dnsNameservers: s.dnsNameservers,
      enableDhcp: s.enableDhcp === false ? false : undefined,
      tags,
    });
  }
  let router: NetworkingRouterV2 | undefined;
  const routerInterfaces: { [name: string]: NetworkingRouterInterfaceV2 } = {};
  if (wantsRouter) {
    router = new NetworkingRouterV2(scope, 'router', {
      provider,
      name: `${plan.name}-router`,
      externalNetworkId: site.externalNetworkId,
      tags,
    });
    for (const s of plan.subnets) {
      routerInterfaces[s.name] = new NetworkingRouterInterfaceV2(scope, `router-${s.name}`, { provider, routerId: router.id, subnetId: subnets[s.name].id });
    }
  } else if (plan.routerId !== undefined) {
    for (const s of plan.subnets) {
      routerInterfaces[s.name] = new NetworkingRouterInterfaceV2(scope, `router-${s.name}`, { provider, routerId: plan.routerId, subnetId: subnets[s.name].id });
    }
  }
  // Neutron hands a pool address to whichever port asks first (a DHCP port, a VIP, another
  // member), so a port pinned inside the pool can fail with IpAddressAlreadyAllocated (found
  // end to end). A subnet left on Neutron's default pool gets explicit pools around the
  // pinned addresses and the first host (a gateway's, now or later).
  const pinned = new Map<string, bigint[]>();
  const keepOutOfPool = (name: string, addresses: bigint[]) => {
    const s = plan.subnets.find((x) => x.name === name);
    // Declared pools are Network's to judge (it warns); adopted subnets keep what they run with.
    if (!s || plan.adopt?.[name] !== undefined || (s.gatewayIp !== undefined && Token.isUnresolved(s.gatewayIp))) return;
    const block = parseCidr(scope, `subnets[${name}].cidr`, s.cidr);
    const all = [...(pinned.get(name) ?? []), ...addresses];
    pinned.set(name, all);
    const gateway = s.gatewayIp === undefined ? [] : [parseAddress(scope, `subnets[${name}].gatewayIp`, s.gatewayIp, block.version)];
    subnets[name].putAllocationPool(rangesExcluding(block, [block.first + 1n, ...gateway, ...all]));
  };
  if (plan.adopt?.network !== undefined) importInto(network, plan.adopt.network);
  for (const s of plan.subnets) if (plan.adopt?.[s.name] !== undefined) importInto(subnets[s.name], plan.adopt[s.name]);
  const subnetIds = Object.fromEntries(Object.entries(subnets).map(([name, s]) => [name, s.id]));
  return { networkId: network.id, subnetIds, openstack: { network, subnets, router, routerInterfaces }, keepOutOfPool };
}

/** @internal Looks up an existing Neutron network and its subnets. */
export function importOpenStackNetwork(site: OpenStackSiteContext, scope: Construct, plan: NetworkImportPlan): NetworkImportResult {
  const provider = site.provider;
  const network = new DataOpenstackNetworkingNetworkV2(scope, 'network', { provider, name: plan.networkName });
  const subnetIds: { [name: string]: string } = {};
  for (const s of plan.subnets) {
    subnetIds[s.name] = new DataOpenstackNetworkingSubnetV2(scope, `subnet-${s.name}`, { provider, name: s.name, networkId: network.id }).id;
  }
  return { networkId: network.id, subnetIds };
}

/** @internal A router networks share; its external gateway only where declared. */
export function buildOpenStackRouter(site: OpenStackSiteContext, scope: Construct, plan: RouterPlan): RouterResult {
  if (plan.externalGateway && site.externalNetworkId === undefined) {
    throw new ValidationError(scope, 'externalGateway', 'the site has no external network to be the gateway', 'set externalNetwork on the OpenStackSite, or leave externalGateway unset');
  }
  const router = new NetworkingRouterV2(scope, 'router', {
    provider: site.provider,
    name: plan.name,
    externalNetworkId: plan.externalGateway ? site.externalNetworkId : undefined,
    externalQosPolicyId: plan.externalQosPolicyId,
    distributed: plan.distributed,
    tags: Labels.toOpenStackTags(plan.labels),
  });
  return { routerId: router.id, openstack: { router } };
}

import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { LabelKeys, Labels } from '../../../core/labels';
import { Names } from '../../../core/names';
import { FirewallGroup, FirewallRuleIntent } from '../../../openstack';
import { ISite } from '../../../pool';
import { openstackProviderOf } from '../../../pool/openstack/context';
import { DataOpenstackNetworkingNetworkV2 } from '../../../providers/openstack/data-openstack-networking-network-v2';
import { NetworkingRouterInterfaceV2 } from '../../../providers/openstack/networking-router-interface-v2';
import { NetworkingRouterV2 } from '../../../providers/openstack/networking-router-v2';
import { OpenstackProvider } from '../../../providers/openstack/provider';
import { GovernmentSide, GovernmentZone } from '../props';
import { GovernmentNetworkZone } from '../zones';
import { ZONE_ORDER, ZONES } from './facts';

// The edges of a government cloud: the Internet and the e-government extranet, each
// with its own router into the zones of its side, and FWaaS on every routed zone
// boundary (internal).

/** @internal The two external networks and their routers (OpenStack). */
export interface Edges {
  readonly internetNetwork: DataOpenstackNetworkingNetworkV2;
  readonly extranetNetwork: DataOpenstackNetworkingNetworkV2;
  readonly internetRouter: NetworkingRouterV2;
  readonly extranetRouter: NetworkingRouterV2;
}

/**
 * @internal On sites with routers, the two edges and the zone firewalls; elsewhere a warning
 * that the edges and firewalls are physical.
 */
export function createEdges(scope: Construct, site: ISite, zones: { [zone: string]: GovernmentNetworkZone }, cidrs: { [zone: string]: string }, names: { internet: string; extranet: string }, extraFlows: { [zone: string]: FirewallRuleIntent[] } = {}): Edges | undefined {
  if (!site.capabilities.routers) {
    Annotations.of(scope).addWarning(
      `${scope.node.path}: on ${site.targetName} the Internet and extranet edges, routing and zone firewalls are physical (or NSX): keep the two external networks on separate firewalls and enforce each zone's policy there.`,
    );
    return undefined;
  }
  const provider = openstackProviderOf(site, scope, 'site', 'edge routers and zone firewalls');
  const internetNetwork = new DataOpenstackNetworkingNetworkV2(scope, 'internet-network', { provider, name: names.internet, external: true });
  const extranetNetwork = new DataOpenstackNetworkingNetworkV2(scope, 'extranet-network', { provider, name: names.extranet, external: true });
  const internetRouter = edgeRouter(scope, provider, zones, 'internet-edge', internetNetwork, GovernmentSide.INTERNET);
  const extranetRouter = edgeRouter(scope, provider, zones, 'extranet-edge', extranetNetwork, GovernmentSide.EXTRANET);
  applyFirewalls(site, zones, cidrs, extraFlows);
  return { internetNetwork, extranetNetwork, internetRouter, extranetRouter };
}

/** One router per external network, with interfaces into the zones of its side only. */
function edgeRouter(scope: Construct, provider: OpenstackProvider, zones: { [zone: string]: GovernmentNetworkZone }, id: string, external: DataOpenstackNetworkingNetworkV2, side: GovernmentSide): NetworkingRouterV2 {
  const tags = Labels.toOpenStackTags(Labels.resolve(scope, { [LabelKeys.EDGE]: side.toLowerCase() }));
  const router = new NetworkingRouterV2(scope, id, {
    provider,
    name: `${Names.resourceName(scope)}-${id}`,
    externalNetworkId: external.id,
    adminStateUp: true,
    tags,
  });
  for (const zone of ZONE_ORDER.filter((z) => ZONES[z].side === side)) {
    const z = zones[zone];
    z._attachEdge(new NetworkingRouterInterfaceV2(scope, `${id}-${ZONES[zone].slug}`, {
      provider,
      routerId: router.id,
      subnetId: z.network.subnetId(z.network.subnetNames[0]),
    }));
  }
  return router;
}

/**
 * FWaaS v2 on every routed zone boundary. Each flow is pinned by source and destination
 * CIDR and listed in both policies, so it holds whichever direction the driver applies.
 */
function applyFirewalls(site: ISite, zones: { [zone: string]: GovernmentNetworkZone }, cidrs: { [zone: string]: string }, extraFlows: { [zone: string]: FirewallRuleIntent[] }): void {
  const flows: { [zone: string]: FirewallRuleIntent[] } = {
    [GovernmentZone.CORE]: [
      { name: 'https-from-extranet-access', port: 443, sourceCidr: cidrs[GovernmentZone.EXTRANET_ACCESS], destinationCidr: cidrs[GovernmentZone.CORE] },
    ],
    [GovernmentZone.EXTRANET_ACCESS]: [
      { name: 'https-from-extranet', port: 443, destinationCidr: cidrs[GovernmentZone.EXTRANET_ACCESS] },
      { name: 'https-to-core', port: 443, sourceCidr: cidrs[GovernmentZone.EXTRANET_ACCESS], destinationCidr: cidrs[GovernmentZone.CORE] },
    ],
    [GovernmentZone.EXTERNAL_PUBLISHING]: [
      { name: 'https-from-internet', port: 443, destinationCidr: cidrs[GovernmentZone.EXTERNAL_PUBLISHING] },
    ],
    [GovernmentZone.INTERNET_ACCESS]: [
      { name: 'http-to-internet', port: 80, sourceCidr: cidrs[GovernmentZone.INTERNET_ACCESS] },
      { name: 'https-to-internet', port: 443, sourceCidr: cidrs[GovernmentZone.INTERNET_ACCESS] },
    ],
  };
  for (const zone of ZONE_ORDER) {
    const z = zones[zone];
    if (!z.routerInterface) continue;
    const zoneFlows = [...(flows[zone] ?? []), ...(extraFlows[zone] ?? [])];
    const fw = new FirewallGroup(z, 'firewall', {
      site,
      ports: [z.routerInterface.portId],
      ingress: zoneFlows,
      egress: zoneFlows,
      description: `${ZONES[zone].slug} zone boundary: default deny`,
    });
    z._attachFirewall(fw);
  }
}

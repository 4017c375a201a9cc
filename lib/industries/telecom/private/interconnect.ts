import { Construct } from 'constructs';
import { SecretSource, SiteToSiteVpn } from '../../../openstack';
import { TelecomRegion } from '../region';
import { TelecomInterconnectOptions, TelecomInterconnectTopology, TelecomPeerPlane } from '../regions';
import { ResolvedRegion } from './regions';

// Inter-region L3: a link is a pair of SiteToSiteVpn, one on each region's interconnect
// router, peering with the other router's external address. The first end generates the
// pre-shared key; the second references it, so no key is ever a literal.

/** @internal A built region and its name. */
export interface NamedRegion {
  readonly name: string;
  readonly region: TelecomRegion;
}

/** @internal The links of the topology: every pair (full mesh), or the primary with each other region. */
export function linkPairs<T>(regions: T[], topology: TelecomInterconnectTopology = TelecomInterconnectTopology.FULL_MESH): Array<[T, T]> {
  if (topology === TelecomInterconnectTopology.HUB_AND_SPOKE) return regions.slice(1).map((r): [T, T] => [regions[0], r]);
  return regions.flatMap((a, i) => regions.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** @internal The interconnected planes of the regions each region is linked to, by region name. */
export function peerPlanesOf(regions: ResolvedRegion[], options?: TelecomInterconnectOptions): Map<string, TelecomPeerPlane[]> {
  const peers = new Map<string, TelecomPeerPlane[]>(regions.map((r) => [r.name, []]));
  if (!options) return peers;
  const planesOfRegion = (r: ResolvedRegion) => options.planes.map((plane) => ({ region: r.name, plane, cidr: r.planes.find((x) => x.name === plane)!.cidr }));
  for (const [a, b] of linkPairs(regions, options.topology)) {
    peers.get(a.name)!.push(...planesOfRegion(b));
    peers.get(b.name)!.push(...planesOfRegion(a));
  }
  return peers;
}

/** @internal Creates both ends of every link, in `scope` (`vpn-<a>-<b>` and `vpn-<b>-<a>`). */
export function linkRegions(scope: Construct, prefix: string, regions: NamedRegion[], options: TelecomInterconnectOptions): SiteToSiteVpn[] {
  const vpns: SiteToSiteVpn[] = [];
  for (const [a, b] of linkPairs(regions, options.topology)) {
    const ab = vpnEnd(scope, prefix, a, b, SecretSource.generate(), options);
    const ba = vpnEnd(scope, prefix, b, a, SecretSource.fromToken(ab.presharedKey), options);
    vpns.push(ab, ba);
  }
  return vpns;
}

function vpnEnd(scope: Construct, prefix: string, local: NamedRegion, peer: NamedRegion, presharedKey: SecretSource, options: TelecomInterconnectOptions): SiteToSiteVpn {
  const here = local.region;
  const there = peer.region;
  return new SiteToSiteVpn(scope, `vpn-${local.name}-${peer.name}`, {
    site: here.site,
    routerId: here.interconnectRouter!.routerId,
    localSubnetIds: here.interconnectPlanes.map((p) => here.planes[p].subnetId(p)),
    routerInterfaces: here.interconnectPlanes.map((p) => here.planes[p].openstack!.routerInterfaces[p]),
    peerAddress: there.interconnectRouter!.openstack!.router.externalFixedIp.get(0).ipAddress,
    peerCidrs: there.interconnectPlanes.map((p) => there.planes[p].subnet(p).cidr),
    presharedKey,
    ike: options.ike,
    ipsec: options.ipsec,
    name: `${prefix}-${local.name}-to-${peer.name}`,
  });
}

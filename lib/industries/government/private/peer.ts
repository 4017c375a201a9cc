import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { Names } from '../../../core/names';
import { findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireDnsLabel, requireIntegerAtLeast, requireUnique } from '../../../core/private/validate';
import { FirewallRuleIntent, SecretSource, SiteToSiteVpn } from '../../../openstack';
import { Peer, Port } from '../../../pool';
import { GovernmentPeerRole, GovernmentPeerSiteOptions } from '../peer';
import { GovernmentCloudProps, GovernmentSide, GovernmentZone } from '../props';
import { ZONE_ORDER, ZONES } from './facts';
import { SiteParts, SiteVariant } from './site';
import { checkZonePlan } from './validate';

// The peer site of a government cloud (digest G7): the same cloud on a second site, and
// optionally a site-to-site VPN between the two extranet edge routers (internal).

/** @internal What the peer is, checked before either site is built. */
export interface PeerPlan {
  readonly name: string;
  readonly role: GovernmentPeerRole;
  /** The peer's cloud props: the primary's, with the peer's site and options. */
  readonly props: GovernmentCloudProps;
  readonly variant: SiteVariant;
  /** Boundary flows the primary's zone firewalls need for the interconnect. */
  readonly primaryFlows: { [zone: string]: FirewallRuleIntent[] };
  readonly interconnect?: { readonly zones: GovernmentZone[]; readonly ports: number[] };
  /** Zone CIDRs of each site. */
  readonly primaryCidrs: { [zone: string]: string };
  readonly peerCidrs: { [zone: string]: string };
}

/** @internal Checks `props.peer` (errors name `peer.*`) and derives the peer's props. */
export function planPeer(cloud: Construct, props: GovernmentCloudProps, peer: GovernmentPeerSiteOptions): PeerPlan {
  const role = peer.role;
  if (!Object.values(GovernmentPeerRole).includes(role)) {
    throw new ValidationError(cloud, 'peer.role', `"${role}" is not a peer role`, 'use GovernmentPeerRole.ACTIVE_ACTIVE or GovernmentPeerRole.BACKUP');
  }
  const name = peer.name ?? (role === GovernmentPeerRole.BACKUP ? 'backup' : 'active');
  requireDnsLabel(cloud, 'peer.name', name);
  if (peer.site === props.site) {
    throw new ValidationError(cloud, 'peer.site', 'is the cloud\'s own site: a peer site pair needs two sites', 'pass the second data centre\'s site, e.g. an OpenStackSite with its own region and alias');
  }
  const region = peer.region ?? peer.site.regionName;
  if (region === undefined) {
    throw new ValidationError(cloud, 'peer.region', `is required on ${peer.site.targetName} (a datacenter has no region name)`, 'pass the region the peer datacenter is in, e.g. "cn-central-2"');
  }
  if (!Token.isUnresolved(region) && !props.allowedRegions.includes(region)) {
    throw new ValidationError(cloud, 'peer.region', `"${region}" is outside the data-residency allow-list (${props.allowedRegions.join(', ')})`, 'place the peer in an allowed region, or extend allowedRegions if policy permits');
  }
  if (peer.standbyCount !== undefined) {
    if (role !== GovernmentPeerRole.BACKUP) {
      throw new ValidationError(cloud, 'peer.standbyCount', 'is set on an active-active peer, which runs every workload at its full count', 'leave standbyCount unset, or use GovernmentPeerRole.BACKUP');
    }
    requireIntegerAtLeast(cloud, 'peer.standbyCount', peer.standbyCount, 1, 'keep at least 1 member per workload running in the backup site');
  }
  const zones = peer.zones ?? props.zones;
  const pinsVlans = ZONE_ORDER.some((z) => zones?.[ZONES[z].key]?.vlanId !== undefined);
  if (!peer.vlanPool && (!peer.site.capabilities.tenantNetworks || pinsVlans)) {
    throw new ValidationError(cloud, 'peer.vlanPool', pinsVlans
      ? 'is missing and the peer\'s zones pin VLAN IDs'
      : `${peer.site.targetName} zone networks are port groups on VLANs and need a VLAN pool of the peer site`, 'pass peer.vlanPool: VlanPool.range(first, last) of the peer site\'s physical network');
  }

  const peerProps: GovernmentCloudProps = {
    ...props,
    site: peer.site,
    region: peer.region,
    zones,
    vlanPool: peer.vlanPool,
    partitionZones: peer.partitionZones ?? props.partitionZones,
    internetNetwork: peer.internetNetwork ?? props.internetNetwork,
    extranetNetwork: peer.extranetNetwork ?? props.extranetNetwork,
    existingManagementNetwork: peer.existingManagementNetwork,
    auditSink: peer.auditSink ?? props.auditSink,
    mirroring: peer.mirroring ?? props.mirroring,
    peer: undefined,
    labels: undefined, // the primary's labels reach the peer through the construct tree
  };
  const primaryCidrs = checkZonePlan(cloud, props);
  const peerCidrs = checkZonePlan(cloud, peerProps);
  const interconnect = peer.interconnect ? checkInterconnect(cloud, props, peer, primaryCidrs, peerCidrs) : undefined;
  const flows = (local: { [zone: string]: string }, remote: { [zone: string]: string }) => Object.fromEntries((interconnect?.zones ?? []).map((z) => [z,
    interconnect!.ports.flatMap((port) => [
      { name: `peer-${port}-in`, port, sourceCidr: remote[z], destinationCidr: local[z] },
      { name: `peer-${port}-out`, port, sourceCidr: local[z], destinationCidr: remote[z] },
    ])]));
  return {
    name, role, props: peerProps, interconnect, primaryCidrs, peerCidrs,
    primaryFlows: flows(primaryCidrs, peerCidrs),
    variant: {
      projectSuffix: name,
      standbyCount: role === GovernmentPeerRole.BACKUP ? peer.standbyCount : undefined,
      boundaryFlows: flows(peerCidrs, primaryCidrs),
    },
  };
}

function checkInterconnect(cloud: Construct, props: GovernmentCloudProps, peer: GovernmentPeerSiteOptions, primaryCidrs: { [zone: string]: string }, peerCidrs: { [zone: string]: string }) {
  const options = peer.interconnect!;
  for (const [site, prop] of [[props.site, 'site'], [peer.site, 'peer.site']] as const) {
    if (!site.capabilities.routers) {
      throw new ValidationError(cloud, 'peer.interconnect', `${site.targetName} sites (${prop}) have no routers for a VPN service`, 'link the data centres on the physical (or NSX) fabric and leave interconnect unset');
    }
  }
  const zones = options.zones ?? [GovernmentZone.CORE];
  if (zones.length === 0) throw new ValidationError(cloud, 'peer.interconnect.zones', 'lists no zone', 'route at least one zone, e.g. [GovernmentZone.CORE], or leave interconnect unset');
  requireUnique(cloud, 'peer.interconnect.zones', zones);
  zones.forEach((z, i) => {
    if (ZONES[z]?.side !== GovernmentSide.EXTRANET) {
      throw new ValidationError(cloud, `peer.interconnect.zones[${i}]`, `"${z}" is not an extranet-side zone: the VPN runs on the extranet edge router, which only reaches CORE and EXTRANET_ACCESS`, 'route CORE or EXTRANET_ACCESS only; replicate other zones\' data through them');
    }
    const key = ZONES[z].key;
    const a = primaryCidrs[z];
    const b = peerCidrs[z];
    if (Token.isUnresolved(a) || Token.isUnresolved(b)) return;
    if (findOverlap([{ block: parseCidr(cloud, `zones.${key}.cidr`, a) }, { block: parseCidr(cloud, `peer.zones.${key}.cidr`, b) }])) {
      throw new ValidationError(cloud, `peer.zones.${key}.cidr`, `the peer's ${ZONES[z].slug} zone (${b}) overlaps the primary's (${a}), and the zone is routed between the sites`, `give the peer's ${ZONES[z].slug} zone its own CIDR, e.g. peer.zones: { ${key}: { cidr: '10.20.0.0/20' } }`);
    }
  });
  if (options.ports.length === 0) throw new ValidationError(cloud, 'peer.interconnect.ports', 'lists no port', 'list the replication ports, e.g. [5432]');
  options.ports.forEach((p, i) => requireIntegerAtLeast(cloud, `peer.interconnect.ports[${i}]`, p, 1));
  options.ports.forEach((p, i) => {
    if (p > 65535) throw new ValidationError(cloud, `peer.interconnect.ports[${i}]`, `${p} is not a TCP port`, 'use a port from 1 to 65535');
  });
  return { zones, ports: options.ports };
}

/** @internal One end of the link per site, and the department groups' rules for the routed zones. */
export function linkSites(primaryScope: Construct, primary: SiteParts, peerScope: Construct, peer: SiteParts, plan: PeerPlan, props: GovernmentPeerSiteOptions): SiteToSiteVpn[] {
  const ic = plan.interconnect;
  if (!ic) return [];
  const ends: Array<[Construct, SiteParts, SiteParts, { [zone: string]: string }, string]> = [
    [primaryScope, primary, peer, plan.peerCidrs, plan.name],
    [peerScope, peer, primary, plan.primaryCidrs, 'primary'],
  ];
  const vpns: SiteToSiteVpn[] = [];
  for (const [scope, here, there, remoteCidrs, other] of ends) {
    const zones = ic.zones.map((z) => here.zones[z]);
    // The first end generates the pre-shared key; the second references it (never a literal).
    vpns.push(new SiteToSiteVpn(scope, `interconnect-to-${other}`, {
      site: zones[0].network.site,
      routerId: here.extranetRouter!.id,
      localSubnetIds: zones.map((z) => z.network.subnetId(z.network.subnetNames[0])),
      routerInterfaces: zones.map((z) => z.routerInterface!),
      peerAddress: there.extranetRouter!.externalFixedIp.get(0).ipAddress,
      peerCidrs: ic.zones.map((z) => remoteCidrs[z]),
      presharedKey: vpns.length === 0 ? SecretSource.generate() : SecretSource.fromToken(vpns[0].presharedKey),
      ike: props.interconnect!.ike,
      ipsec: props.interconnect!.ipsec,
      name: `${Names.resourceName(scope, { maxLength: 40 })}-to-${other}`,
    }));
    // Security groups cannot name another region's groups: the other site's copy of the
    // zone is admitted by CIDR, on the declared ports only.
    for (const dept of Object.values(here.departments)) {
      for (const z of ic.zones) {
        const group = dept.zoneGroups[z];
        if (!group) continue;
        for (const port of ic.ports) {
          const reason = `interconnect: ${ZONES[z].slug} zone of the ${other} site`;
          group.allowIngress(Peer.cidr(remoteCidrs[z]), Port.tcp(port), { reason });
          group.allowEgress(Peer.cidr(remoteCidrs[z]), Port.tcp(port), { reason });
        }
      }
    }
  }
  return vpns;
}

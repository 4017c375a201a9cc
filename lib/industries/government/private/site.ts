import { Construct } from 'constructs';
import { FirewallRuleIntent } from '../../../openstack';
import { AuditLogSink, ImageTemplate, Peer } from '../../../pool';
import { DataOpenstackNetworkingNetworkV2 } from '../../../providers/openstack/data-openstack-networking-network-v2';
import { NetworkingRouterV2 } from '../../../providers/openstack/networking-router-v2';
import { GovernmentDepartment } from '../department';
import { GovernmentPeerRole } from '../peer';
import { GovernmentCloudProps, GovernmentZone, GovernmentZoneOptions } from '../props';
import { GovernmentNetworkZone } from '../zones';
import { createAuditSink } from './audit';
import { createEdges } from './edge';
import { ZONE_ORDER, ZONES } from './facts';
import { applyDeclaredFlows } from './flows';
import { checkMirroring } from './mirroring';
import { checkCloud, CloudPlan } from './validate';
import { createDepartments, createImageTemplates } from './workloads';
import { applyZonePolicies } from './zone-policies';

// One site of a government cloud: the primary and its peer are built alike (internal).

/** @internal What differs on the peer site. */
export interface SiteVariant {
  /** Suffix of the department projects (`<department>-<suffix>`). */
  readonly projectSuffix?: string;
  /** Members of each workload (at most its count): a backup site's warm standby. */
  readonly standbyCount?: number;
  /** More flows through the zone-boundary firewalls, by zone (the interconnect). */
  readonly boundaryFlows?: { [zone: string]: FirewallRuleIntent[] };
  /** The peer's role (labels it `oscar.io/replica`). */
  readonly role?: GovernmentPeerRole;
}

/** @internal The parts of a site the interconnect links (a built site, or a GovernmentCloud). */
export interface SiteParts {
  readonly zones: { [zone: string]: GovernmentNetworkZone };
  readonly departments: { [name: string]: GovernmentDepartment };
  readonly extranetRouter?: NetworkingRouterV2;
}

// The variant of a peer, handed from the primary to the GovernmentCloud it creates as its
// peer (keyed by the primary, which is the peer's scope), so no internal prop is public.
const VARIANTS = new WeakMap<Construct, SiteVariant>();

/** @internal Runs `create` (the peer's constructor) with `variant` for children of `scope`. */
export function giveVariant<T>(scope: Construct, variant: SiteVariant, create: () => T): T {
  VARIANTS.set(scope, variant);
  try {
    return create();
  } finally {
    VARIANTS.delete(scope);
  }
}

/** @internal The variant the primary gave a peer being created in `scope`, once. */
export function takeVariant(scope: Construct): SiteVariant | undefined {
  const variant = VARIANTS.get(scope);
  VARIANTS.delete(scope);
  return variant;
}

/** @internal A built site. */
export interface BuiltSite {
  readonly plan: CloudPlan;
  readonly zones: { [zone: string]: GovernmentNetworkZone };
  readonly departments: { [name: string]: GovernmentDepartment };
  readonly imageTemplates: { [name: string]: ImageTemplate };
  readonly internetNetwork?: DataOpenstackNetworkingNetworkV2;
  readonly extranetNetwork?: DataOpenstackNetworkingNetworkV2;
  readonly internetRouter?: NetworkingRouterV2;
  readonly extranetRouter?: NetworkingRouterV2;
  readonly auditSink?: AuditLogSink;
}

/** @internal Zones, edges, images, audit sink, departments and their flows, in `scope`. */
export function buildSite(scope: Construct, props: GovernmentCloudProps, variant: SiteVariant = {}): BuiltSite {
  const plan = checkCloud(scope, props);

  // Zones: one network, one default-deny security group each. Zones with a pinned VLAN
  // go first, so the pool never hands a pinned ID to an unpinned zone.
  const zones: { [zone: string]: GovernmentNetworkZone } = {};
  const pinned = (z: GovernmentZone) => props.zones?.[ZONES[z].key]?.vlanId !== undefined;
  for (const zone of [...ZONE_ORDER.filter(pinned), ...ZONE_ORDER.filter((z) => !pinned(z))]) {
    const zoneOptions: GovernmentZoneOptions | undefined = props.zones?.[ZONES[zone].key];
    zones[zone] = new GovernmentNetworkZone(scope, ZONES[zone].slug, {
      site: props.site,
      zone,
      cidr: plan.cidrs[zone],
      existingNetwork: zone === GovernmentZone.MANAGEMENT ? props.existingManagementNetwork : undefined,
      vlanPool: props.vlanPool,
      vlanId: zoneOptions?.vlanId,
    });
  }
  const groups = Object.fromEntries(Object.entries(zones).map(([z, nz]) => [z, nz.securityGroup]));
  const mgmt = Peer.cidr(plan.cidrs[GovernmentZone.MANAGEMENT]);
  applyZonePolicies(groups, (z) => Peer.cidr(plan.cidrs[z]), {
    sshFrom: (props.managementAccessCidrs ?? [plan.cidrs[GovernmentZone.MANAGEMENT]]).map((c) => Peer.cidr(c)), syslogFrom: mgmt, to: mgmt,
  });

  // The Internet and extranet edges, and the zone firewalls.
  const edges = createEdges(scope, props.site, zones, plan.cidrs, plan.externalNetworks, variant.boundaryFlows);

  // Images, mirroring, and the departments with their workloads.
  const imageTemplates = createImageTemplates(scope, props);
  if (props.mirroring) checkMirroring(scope, props.site, props.mirroring, plan.cidrs);
  const auditSink = createAuditSink(scope, props, zones, imageTemplates, plan);
  const departments = createDepartments(scope, props, {
    site: props.site,
    zones,
    imageTemplates,
    encryptedVolumeTypes: plan.encryptedVolumeTypes,
    partitionZones: plan.partitionZones,
    tunnelIds: new Map(),
    auditForwarding: auditSink?.forwarding,
    projectSuffix: variant.projectSuffix,
    standbyCount: variant.standbyCount,
  });
  applyDeclaredFlows(scope, departments, props.declaredFlows ?? []);
  return { plan, zones, departments, imageTemplates, auditSink, ...edges };
}

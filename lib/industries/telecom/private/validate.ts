import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireDnsLabel, requireIntegerAtLeast, requireUnique } from '../../../core/private/validate';
import { InstanceGroup, Quota, QuotaAmounts, ISite, VlanPool } from '../../../pool';
import { requireCapability } from '../../../pool/private/site-support';
import { requireHaMembers, requireHaZones } from '../../private/ha-placement';
import { TelecomPlaneRole, TelecomPlaneSpec, TelecomQuotaOptions, TelecomTierSpec } from '../props';
import { TelecomPeerPlane } from '../regions';

// Whole-input checks of a telecom region, shared by the platform (which runs them
// first, so errors name the platform and its props) and by TelecomRegion itself.

/** @internal What a region is built from. */
export interface RegionInput {
  readonly site: ISite;
  readonly managementVlans: VlanPool;
  readonly businessVlans: VlanPool;
  readonly planes: TelecomPlaneSpec[];
  readonly tiers: TelecomTierSpec[];
  readonly loadBalancerPlane?: string;
  readonly managementAccessCidrs?: string[];
  readonly interconnectPeers?: TelecomPeerPlane[];
}

/**
 * @internal Spares by default: enough that losing the fullest zone (or vSphere cluster)
 * leaves N. Members spread evenly over z zones, so the fullest holds ceil(m/z), and
 * m = N + ceil(N/(z-1)) keeps m - ceil(m/z) >= N. With one zone, N+1 (a host failure).
 */
export function defaultSpares(tier: TelecomTierSpec, site: ISite): number {
  const zones = (tier.zones ?? site.availabilityZones).length;
  return zones >= 2 ? Math.max(1, Math.ceil(tier.capacity / (zones - 1))) : 1;
}

/** @internal Members of a tier: N + spares. */
export function memberCount(tier: TelecomTierSpec, site: ISite): number {
  return tier.capacity + (tier.spares ?? defaultSpares(tier, site));
}

/** @internal The VLAN pool of a plane. */
export function poolOf(plane: TelecomPlaneSpec, input: { managementVlans: VlanPool; businessVlans: VlanPool }): VlanPool {
  return plane.vlanPool ?? (plane.role === TelecomPlaneRole.MANAGEMENT ? input.managementVlans : input.businessVlans);
}

/** @internal The planes a tier attaches to. */
export function planesOf(tier: TelecomTierSpec, planes: TelecomPlaneSpec[]): string[] {
  return tier.planes ?? planes.map((p) => p.name);
}

/** @internal The VIP plane: given, else the first SIGNALING plane, else the first business plane. */
export function defaultLbPlane(planes: TelecomPlaneSpec[], given?: string): string | undefined {
  if (given !== undefined) return given;
  return (planes.find((p) => p.role === TelecomPlaneRole.SIGNALING) ?? planes.find((p) => p.role !== TelecomPlaneRole.MANAGEMENT))?.name;
}

/** @internal What the tiers need (members x size, spares included), by the library's one demand calculation. */
export function tierNeeds(tiers: TelecomTierSpec[], site: ISite): QuotaAmounts {
  return InstanceGroup.totalDemand(tiers.map((t) => InstanceGroup.demandOf({ count: memberCount(t, site), size: t.size, bootVolumeGiB: t.bootVolumeGiB, volumes: t.volumes })));
}

/** @internal Throws unless every given limit covers the needs. */
export function checkQuota(scope: IConstruct, prop: string, limits: TelecomQuotaOptions, needs: QuotaAmounts): void {
  // The volume count is not a telecom quota option; only the limits the options carry are checked.
  Quota.requireCovers(scope, prop, limits, { ...needs, volumes: undefined }, "the tiers (members x size, spares included)");
}

/** @internal Validates planes, tiers and their references for one site. `p` prefixes prop names. */
export function validateRegion(scope: IConstruct, p: string, input: RegionInput): void {
  const { site, planes, tiers } = input;
  // Planes.
  if (planes.length === 0) {
    throw new ValidationError(scope, `${p}planes`, 'declares no planes', 'declare the OAM/management, signaling, media and storage planes');
  }
  const planeByName = new Map<string, TelecomPlaneSpec>();
  const blocks: Array<{ name: string; block: CidrBlock }> = [];
  const vlanOwners = new Map<string, string>();
  const mgmtPhys = new Set<string>();
  const businessPhys = new Map<string, string>();
  planes.forEach((plane, i) => {
    const prop = `${p}planes[${i}]`;
    requireDnsLabel(scope, `${prop}.name`, plane.name);
    if (planeByName.has(plane.name)) throw new ValidationError(scope, `${prop}.name`, `plane "${plane.name}" is declared twice`, 'give each plane a unique name');
    planeByName.set(plane.name, plane);
    if (!Object.values(TelecomPlaneRole).includes(plane.role)) {
      throw new ValidationError(scope, `${prop}.role`, `"${plane.role}" is not a plane role`, 'use TelecomPlaneRole.MANAGEMENT, SIGNALING, MEDIA or STORAGE');
    }
    if (plane.vlanId === undefined || plane.vlanId === null) {
      throw new ValidationError(scope, `${prop}.vlanId`, `plane "${plane.name}" has no VLAN: every plane is a VLAN provider network with an explicit segmentation ID`, `set vlanId to a free ID of the plane's VLAN pool`);
    }
    const pool = poolOf(plane, input);
    if (!Token.isUnresolved(plane.vlanId) && (!Number.isInteger(plane.vlanId) || !pool.contains(plane.vlanId))) {
      throw new ValidationError(scope, `${prop}.vlanId`, `VLAN ${plane.vlanId} of plane "${plane.name}" is outside its pool (${pool.ranges.map((r) => `${r.first}-${r.last}`).join(', ')})`, 'choose an ID inside the pool or widen the pool');
    }
    const phys = pool.physicalNetwork;
    if (site.capabilities.physicalNetworks && !phys) {
      throw new ValidationError(scope, `${prop}.vlanPool`, `the VLAN pool of plane "${plane.name}" names no physical network`, 'create the pool with VlanPool.range(first, last, { physicalNetwork: "physnet-..." })');
    }
    // Without physical networks (vSphere) every plane is a port group on the site's one distributed switch.
    const fabric = site.capabilities.physicalNetworks ? `physical network ${phys}` : 'the distributed switch';
    const key = `${fabric}#${plane.vlanId}`;
    const owner = vlanOwners.get(key);
    if (owner !== undefined) {
      throw new ValidationError(scope, `${prop}.vlanId`, `VLAN ${plane.vlanId} on ${fabric} is already used by plane "${owner}"`, 'give each plane its own VLAN ID');
    }
    vlanOwners.set(key, plane.name);
    if (phys) {
      if (plane.role === TelecomPlaneRole.MANAGEMENT) mgmtPhys.add(phys);
      else if (!businessPhys.has(phys)) businessPhys.set(phys, plane.name);
    }
    if (!Token.isUnresolved(plane.cidr)) blocks.push({ name: plane.name, block: parseCidr(scope, `${prop}.cidr`, plane.cidr) });
  });
  if (!planes.some((x) => x.role === TelecomPlaneRole.MANAGEMENT)) {
    throw new ValidationError(scope, `${p}planes`, 'declares no MANAGEMENT plane', 'add an OAM plane with role TelecomPlaneRole.MANAGEMENT');
  }
  if (!planes.some((x) => x.role !== TelecomPlaneRole.MANAGEMENT)) {
    throw new ValidationError(scope, `${p}planes`, 'declares no business plane', 'add SIGNALING, MEDIA and STORAGE planes');
  }
  if (input.managementVlans === input.businessVlans) {
    throw new ValidationError(scope, `${p}businessVlans`, 'is the same pool as managementVlans: management and business planes must sit on different physical networks', 'pass two pools with different physicalNetwork values');
  }
  for (const phys of mgmtPhys) {
    const plane = businessPhys.get(phys);
    if (plane !== undefined) {
      throw new ValidationError(scope, `${p}businessVlans`, `business plane "${plane}" shares physical network ${phys} with the management plane`, 'put management and business VLAN pools on different physical networks');
    }
  }
  const clash = findOverlap(blocks);
  if (clash) {
    throw new ValidationError(scope, `${p}planes`, `plane CIDRs overlap: "${clash[0].name}" (${clash[0].block.cidr}) and "${clash[1].name}" (${clash[1].block.cidr})`, 'give each plane its own, non-overlapping CIDR');
  }
  for (const [i, cidr] of (input.managementAccessCidrs ?? []).entries()) parseCidr(scope, `managementAccessCidrs[${i}]`, cidr);

  // Tiers.
  if (tiers.length === 0) throw new ValidationError(scope, 'tiers', 'declares no tiers', 'declare the tiers, e.g. sbc, app and db');
  const tierNames = new Set(tiers.map((t) => t.name));
  const lbPlane = defaultLbPlane(planes, input.loadBalancerPlane);
  if (lbPlane !== undefined && !planeByName.has(lbPlane)) {
    throw new ValidationError(scope, 'loadBalancer.plane', `plane "${lbPlane}" is not declared`, `use one of ${[...planeByName.keys()].join(', ')}`);
  }
  const seen = new Set<string>();
  tiers.forEach((tier, i) => {
    const prop = `tiers[${i}]`;
    requireDnsLabel(scope, `${prop}.name`, tier.name);
    if (seen.has(tier.name)) throw new ValidationError(scope, `${prop}.name`, `tier "${tier.name}" is declared twice`, 'give each tier a unique name');
    seen.add(tier.name);
    requireIntegerAtLeast(scope, `${prop}.capacity`, tier.capacity, 1, 'set capacity (N) to the members that carry the design load, at least 1');
    requireIntegerAtLeast(scope, `${prop}.spares`, tier.spares ?? 1, 0);
    requireHaMembers(scope, { tier: tier.name, members: memberCount(tier, site), prop: `${prop}.capacity`, fix: 'raise capacity or spares so that capacity + spares >= 2 (leave spares at its default: enough to survive the loss of one zone)' });
    const attached = planesOf(tier, planes);
    if (attached.length === 0) throw new ValidationError(scope, `${prop}.planes`, 'attaches no plane', 'attach at least the management plane');
    attached.forEach((name, j) => {
      if (!planeByName.has(name)) throw new ValidationError(scope, `${prop}.planes[${j}]`, `plane "${name}" is not declared`, `use one of ${[...planeByName.keys()].join(', ')}`);
    });
    if (new Set(attached).size !== attached.length) throw new ValidationError(scope, `${prop}.planes`, 'lists a plane twice', 'attach each plane once');
    (tier.sriovPlanes ?? []).forEach((name, j) => {
      if (!attached.includes(name)) throw new ValidationError(scope, `${prop}.sriovPlanes[${j}]`, `plane "${name}" is not attached to tier "${tier.name}"`, `list it in planes, or use one of ${attached.join(', ')}`);
      if (planeByName.get(name)!.role !== TelecomPlaneRole.MEDIA) {
        throw new ValidationError(scope, `${prop}.sriovPlanes[${j}]`, `plane "${name}" is a ${planeByName.get(name)!.role} plane; SR-IOV ports are for the media plane`, 'list only MEDIA planes in sriovPlanes');
      }
    });
    (tier.zones ?? []).forEach((z, j) => site.requireZone(scope, `${prop}.zones[${j}]`, z));
    requireHaZones(scope, { tier: tier.name, zones: tier.zones, prop: `${prop}.zones`, site });
    (tier.ingress ?? []).forEach((rule, j) => {
      const rp = `${prop}.ingress[${j}]`;
      if ((rule.fromPlane === undefined) === (rule.fromTier === undefined)) {
        throw new ValidationError(scope, rp, 'needs exactly one source', 'set either fromPlane or fromTier');
      }
      if (rule.fromPlane !== undefined && !planeByName.has(rule.fromPlane)) throw new ValidationError(scope, `${rp}.fromPlane`, `plane "${rule.fromPlane}" is not declared`, `use one of ${[...planeByName.keys()].join(', ')}`);
      if (rule.fromTier !== undefined && !tierNames.has(rule.fromTier)) throw new ValidationError(scope, `${rp}.fromTier`, `tier "${rule.fromTier}" is not declared`, `use one of ${[...tierNames].join(', ')}`);
    });
    if ((tier.listeners ?? []).length > 0 && (lbPlane === undefined || !attached.includes(lbPlane))) {
      throw new ValidationError(scope, `${prop}.listeners`, `tier "${tier.name}" is load balanced on plane "${lbPlane}" but does not attach to it`, `add "${lbPlane}" to the tier's planes, or set loadBalancer.plane to a plane the tier attaches to`);
    }
  });
}

/** @internal Interconnected planes: declared SIGNALING or MEDIA planes, on a site with routers. */
export function validateInterconnectPlanes(scope: IConstruct, prop: string, input: { site: ISite; planes: TelecomPlaneSpec[] }, names: string[]): void {
  if (names.length === 0) return;
  requireCapability(input.site, input.site.capabilities.routers, scope, prop, 'inter-region routers and site-to-site VPNs (no router without NSX)', 'connect the regions over the physical WAN or NSX, and leave interconnect unset');
  requireUnique(scope, prop, names);
  names.forEach((name, i) => {
    const plane = input.planes.find((x) => x.name === name);
    if (!plane) throw new ValidationError(scope, `${prop}[${i}]`, `plane "${name}" is not declared`, `use one of ${input.planes.map((x) => x.name).join(', ')}`);
    if (plane.role !== TelecomPlaneRole.SIGNALING && plane.role !== TelecomPlaneRole.MEDIA) {
      throw new ValidationError(scope, `${prop}[${i}]`, `plane "${name}" is a ${plane.role} plane, and management and storage planes never get a router interface (digest M1)`, 'interconnect SIGNALING or MEDIA planes only (carry replication over the signaling plane)');
    }
  });
}

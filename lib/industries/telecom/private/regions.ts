import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireDnsLabel } from '../../../core/private/validate';
import { ISite, VlanPool } from '../../../pool';
import { TelecomPlaneSpec, TelecomSiteProps, TelecomDisasterRecoveryOptions } from '../props';
import { TelecomInterconnectOptions, TelecomRegionRole, TelecomRegionSpec } from '../regions';
import { validateInterconnectPlanes, validateRegion } from './validate';

// The platform's regions: the primary (its own site) plus the listed ones, checked as a
// whole (distinct sites and pools, disjoint interconnected CIDRs) before any is built.

/** @internal The role of the platform's own site. */
export const PRIMARY_ROLE = 'PRIMARY';

/** @internal One region to build, with the prop that declared it (for error messages). */
export interface ResolvedRegion {
  readonly name: string;
  readonly role: string;
  /** The declaring prop with a trailing dot (`regions[1].`), empty for the primary. */
  readonly prop: string;
  readonly site: ISite;
  readonly managementVlans: VlanPool;
  readonly businessVlans: VlanPool;
  readonly planes: TelecomPlaneSpec[];
}

/** @internal What the platform's region props are. */
export interface RegionProps extends TelecomSiteProps {
  readonly regions?: TelecomRegionSpec[];
  readonly disasterRecovery?: TelecomDisasterRecoveryOptions;
  readonly interconnect?: TelecomInterconnectOptions;
}

/** @internal The regions in build order (primary, the deprecated `disasterRecovery` as "dr", then `regions`), validated. */
export function resolveRegions(scope: IConstruct, props: RegionProps): ResolvedRegion[] {
  const all: ResolvedRegion[] = [{ name: 'primary', role: PRIMARY_ROLE, prop: '', site: props.site, managementVlans: props.managementVlans, businessVlans: props.businessVlans, planes: props.planes }];
  const dr = props.disasterRecovery;
  if (dr) all.push({ name: 'dr', role: TelecomRegionRole.DISASTER_RECOVERY, prop: 'disasterRecovery.', ...dr, planes: dr.planes ?? props.planes });
  (props.regions ?? []).forEach((r, i) => {
    const prop = `regions[${i}].`;
    requireDnsLabel(scope, `${prop}name`, r.name);
    if (!Object.values(TelecomRegionRole).includes(r.role)) {
      throw new ValidationError(scope, `${prop}role`, `"${r.role}" is not a region role`, 'use TelecomRegionRole.ACTIVE or TelecomRegionRole.DISASTER_RECOVERY');
    }
    const taken = all.find((x) => x.name === r.name);
    if (taken) {
      const why = taken.prop === '' ? 'is the name of the primary region' : `is already the name of ${taken.prop === 'disasterRecovery.' ? 'the disasterRecovery region' : `region ${taken.prop.slice(0, -1)}`}`;
      throw new ValidationError(scope, `${prop}name`, `"${r.name}" ${why}`, 'give each region a unique name');
    }
    all.push({ name: r.name, role: r.role, prop, site: r.site, managementVlans: r.managementVlans, businessVlans: r.businessVlans, planes: r.planes ?? props.planes });
  });
  all.forEach((r, j) => {
    for (const other of all.slice(0, j)) {
      const whose = other.prop === '' ? 'the primary site' : `region "${other.name}"`;
      if (r.site === other.site) {
        throw new ValidationError(scope, `${r.prop}site`, other.prop === '' ? 'is the primary site' : `is also the site of ${whose}`, 'pass a site of its own in another region (an OpenStackSite with its own alias)');
      }
      const mine = [r.managementVlans, r.businessVlans];
      if (mine.includes(other.managementVlans) || mine.includes(other.businessVlans)) {
        throw new ValidationError(scope, `${r.prop}managementVlans`, `reuses a VLAN pool of ${whose}`, 'give each region its own pools, on its own physical networks');
      }
    }
    validateRegion(scope, r.prop, { ...props, ...r, loadBalancerPlane: props.loadBalancer?.plane });
  });
  if (props.interconnect) validateInterconnect(scope, all, props.interconnect);
  return all;
}

function validateInterconnect(scope: IConstruct, all: ResolvedRegion[], options: TelecomInterconnectOptions): void {
  if (all.length < 2) {
    throw new ValidationError(scope, 'interconnect', 'links regions, and the platform has only the primary', 'add regions (or leave interconnect unset)');
  }
  if (options.planes.length === 0) {
    throw new ValidationError(scope, 'interconnect.planes', 'lists no plane', 'list the SIGNALING (or MEDIA) planes the regions exchange traffic on');
  }
  const blocks: Array<{ name: string; block: CidrBlock }> = [];
  for (const r of all) {
    validateInterconnectPlanes(scope, 'interconnect.planes', r, options.planes);
    for (const name of options.planes) {
      const plane = r.planes.find((x) => x.name === name)!;
      if (Token.isUnresolved(plane.cidr)) continue;
      blocks.push({ name: `${r.name}/${name}`, block: parseCidr(scope, `${r.prop}planes`, plane.cidr) });
    }
  }
  const clash = findOverlap(blocks);
  if (clash) {
    throw new ValidationError(scope, 'interconnect.planes', `interconnected planes overlap across regions: "${clash[0].name}" (${clash[0].block.cidr}) and "${clash[1].name}" (${clash[1].block.cidr}), and a VPN cannot route a prefix to both ends`, 'give each region its own CIDRs for the interconnected planes (regions[i].planes)');
  }
}

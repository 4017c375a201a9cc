import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { ISite } from '../../pool';

// The one HA-placement check of the industry patterns (internal: not exported from the
// package): an HA tier has at least 2 members under anti-affinity, spread over at least 2
// availability zones. Errors name the construct path and the prop that sets the value.

/** @internal The members of an HA tier and the prop that sets them. */
export interface HaMembers {
  /** The tier, as messages name it (e.g. `sbc`, `ingest`). */
  readonly tier: string;
  /** Members the tier will have. */
  readonly members: number;
  /** The prop that sets them, e.g. `tiers[0].capacity` or `ingest.count`. */
  readonly prop: string;
  /** How to fix too few members. Default: `set <prop> to 2 or more`. */
  readonly fix?: string;
}

/** @internal The zones of an HA tier: the ones it lists, else all of its site's. */
export interface HaZones {
  /** The tier, as messages name it. */
  readonly tier: string;
  /** The zones the tier lists, if it lists any. */
  readonly zones?: readonly string[];
  /** The prop that lists them, e.g. `tiers[0].zones`. */
  readonly prop: string;
  /** The site, whose zones the tier uses when it lists none. */
  readonly site: ISite;
}

/** @internal Throws unless an HA tier has at least 2 members (an integer; unresolved tokens pass). */
export function requireHaMembers(scope: IConstruct, m: HaMembers): void {
  if (Token.isUnresolved(m.members)) return;
  if (!Number.isInteger(m.members) || m.members < 2) {
    throw new ValidationError(scope, m.prop, `HA tier "${m.tier}" needs at least 2 members under anti-affinity (got ${m.members})`, m.fix ?? `set ${m.prop} to 2 or more`);
  }
}

/** @internal Throws unless an HA tier spans at least 2 distinct availability zones. */
export function requireHaZones(scope: IConstruct, z: HaZones): void {
  const zones = z.zones ?? z.site.availabilityZones;
  const distinct = new Set(zones).size;
  if (distinct < 2) {
    const from = z.zones !== undefined ? z.prop : `site ${z.site.node.path}`;
    throw new ValidationError(
      scope,
      z.prop,
      `HA tier "${z.tier}" needs at least 2 availability zones (got ${distinct} from ${from}: ${zones.join(', ') || 'none'})`,
      `list 2 or more zones in ${z.prop}, or declare 2 or more availability zones (vSphere: clusters) on the site`,
    );
  }
}

/** @internal Both checks: at least 2 members over at least 2 zones. */
export function requireHaPlacement(scope: IConstruct, members: HaMembers, zones: Omit<HaZones, 'tier'>): void {
  requireHaMembers(scope, members);
  requireHaZones(scope, { ...zones, tier: members.tier });
}

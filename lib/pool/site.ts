import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireUnique } from '../core/validate';

/** The platform behind a site. */
export enum SiteTarget {
  /** An OpenStack region. */
  OPENSTACK = 'OPENSTACK',
  /** A vSphere datacenter and its compute clusters. */
  VSPHERE = 'VSPHERE',
}

/**
 * A resource pool that target-neutral building blocks are placed into: one OpenStack
 * region or one vSphere datacenter. Following OSCAR's heterogeneous-pool principle,
 * its northbound concepts are OpenStack's (availability zones, networks, security
 * groups, server groups); each target maps them to its own resources.
 */
export interface ISite extends IConstruct {
  /** Which platform this site is. */
  readonly target: SiteTarget;
  /**
   * The zones placements may use: OpenStack availability zones, or vSphere compute
   * clusters (one cluster per failure domain).
   */
  readonly availabilityZones: string[];
  /** Throws an error naming `scope` and `prop` unless `zone` is one of the site's zones. */
  requireZone(scope: IConstruct, prop: string, zone: string): void;
}

/** Shared zone checks for site implementations. */
export function checkZones(scope: IConstruct, prop: string, zones: string[]): void {
  if (zones.length === 0) {
    throw new ValidationError(scope, prop, 'declares no zones', 'list at least one zone, e.g. ["az1", "az2"]');
  }
  requireUnique(scope, prop, zones);
}

/** Throws unless `zone` is among `zones` (tokens are accepted as they are). */
export function requireZoneOf(site: ISite, scope: IConstruct, prop: string, zone: string): void {
  if (Token.isUnresolved(zone) || site.availabilityZones.includes(zone)) return;
  throw new ValidationError(
    scope,
    prop,
    `zone "${zone}" is not declared by site ${site.node.path} (zones: ${site.availabilityZones.join(', ')})`,
    'use one of the site\'s zones or declare the zone on the site',
  );
}

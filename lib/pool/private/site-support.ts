import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { requireUnique } from '../../core/private/validate';
import { ISite } from '../site';
import { ISiteDriver } from './plan';

// Drivers are internal (not jsii types), so they are kept beside the site rather than
// on the public ISite interface.
const DRIVERS = new WeakMap<IConstruct, ISiteDriver>();

/** @internal Called by each site class's constructor. */
export function registerDriver(site: ISite, driver: ISiteDriver): void {
  DRIVERS.set(site, driver);
}

/** @internal The driver that creates the resources of building blocks on `site`. */
export function driverOf(site: ISite): ISiteDriver {
  const driver = DRIVERS.get(site);
  if (!driver) {
    throw new ValidationError(site, 'target', `site of target ${site.targetName} has no driver`, 'use OpenStackSite or VsphereSite, or a site class that registers a driver');
  }
  return driver;
}

/**
 * @internal Throws, naming the target, `scope` and `prop`, unless the site has a capability.
 * `what` completes "<target> does not support ...".
 */
export function requireCapability(site: ISite, capable: boolean, scope: IConstruct, prop: string, what: string, fix: string): void {
  if (!capable) throw new ValidationError(scope, prop, `${site.targetName} sites do not support ${what}`, fix);
}

/** @internal Shared zone checks for site implementations. */
export function checkZones(scope: IConstruct, prop: string, zones: string[]): void {
  if (zones.length === 0) {
    throw new ValidationError(scope, prop, 'declares no zones', 'list at least one zone, e.g. ["az1", "az2"]');
  }
  requireUnique(scope, prop, zones);
}

/** @internal Throws unless `zone` is among `zones` (tokens are accepted as they are). */
export function requireZoneOf(site: ISite, scope: IConstruct, prop: string, zone: string): void {
  if (Token.isUnresolved(zone) || site.availabilityZones.includes(zone)) return;
  throw new ValidationError(
    scope,
    prop,
    `zone "${zone}" is not declared by site ${site.node.path} (zones: ${site.availabilityZones.join(', ')})`,
    'use one of the site\'s zones or declare the zone on the site',
  );
}

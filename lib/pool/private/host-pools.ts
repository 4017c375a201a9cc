// The host pools of each site (internal), for the mixed-architecture check of instance groups.
import { IHostPool } from '../host-pool';
import { ISite } from '../site';

const POOLS = new WeakMap<ISite, IHostPool[]>();

/** @internal The host pools of a site, in creation order. */
export function hostPoolsOf(site: ISite): IHostPool[] {
  return POOLS.get(site) ?? [];
}

/** @internal Records a pool of its site. */
export function registerHostPool(pool: IHostPool): void {
  POOLS.set(pool.site, [...hostPoolsOf(pool.site), pool]);
}

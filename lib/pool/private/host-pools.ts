// The host pools of each site (internal), for the mixed-architecture and one-pool-per-host checks.
// Structural, so this module does not import the HostPool construct (which imports it).
import { IConstruct } from 'constructs';

/** @internal What the checks need of a pool. */
export interface HostPoolRecord {
  readonly node: IConstruct['node'];
  readonly hosts: string[];
  readonly cpuArchitecture?: string;
}

const POOLS = new WeakMap<IConstruct, HostPoolRecord[]>();

/** @internal The host pools of a site, in creation order. */
export function hostPoolsOf(site: IConstruct): HostPoolRecord[] {
  return POOLS.get(site) ?? [];
}

/** @internal Records a pool of a site. */
export function registerHostPool(site: IConstruct, pool: HostPoolRecord): void {
  POOLS.set(site, [...hostPoolsOf(site), pool]);
}

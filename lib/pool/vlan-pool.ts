import { IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';

/** An inclusive range of 802.1Q VLAN IDs. */
export interface VlanRange {
  /** First VLAN ID of the range (1-4094). */
  readonly first: number;
  /** Last VLAN ID of the range (1-4094, >= first). */
  readonly last: number;
}

/** Options for a {@link VlanPool}. */
export interface VlanPoolOptions {
  /**
   * The physical network (Neutron `physical_network`, e.g. a bridge mapping) the
   * VLAN IDs belong to. VLAN IDs are unique per physical network.
   * @default - none; networks drawing from the pool must name their physical network
   */
  readonly physicalNetwork?: string;
}

const MIN_VLAN = 1;
const MAX_VLAN = 4094; // 0 and 4095 are reserved by 802.1Q

/**
 * A pool of VLAN IDs allocated by the library itself: Neutron and vCenter have no
 * VLAN-pool API, so allocation happens at synth, deterministically.
 *
 * Pin IDs explicitly (`allocate(scope, prop, 1100)`) for production planes: an
 * automatic allocation takes the lowest free ID in allocation order, so inserting a
 * new network earlier in code would shift later automatic IDs.
 *
 * @example
 * const vlans = VlanPool.range(1000, 1099, { physicalNetwork: 'physnet1' });
 */
export class VlanPool {
  /** A pool of one inclusive range. */
  public static range(first: number, last: number, options: VlanPoolOptions = {}): VlanPool {
    return new VlanPool([{ first, last }], options);
  }

  /** A pool of several inclusive, non-overlapping ranges. */
  public static fromRanges(ranges: VlanRange[], options: VlanPoolOptions = {}): VlanPool {
    return new VlanPool(ranges, options);
  }

  /** The physical network the IDs belong to, if declared. */
  public readonly physicalNetwork?: string;
  /** The declared ranges, sorted. */
  public readonly ranges: VlanRange[];
  private readonly owners = new Map<number, string>();

  private constructor(ranges: VlanRange[], options: VlanPoolOptions) {
    if (ranges.length === 0) throw new Error('VlanPool: declare at least one range, e.g. VlanPool.range(1000, 1099)');
    for (const r of ranges) {
      if (!Number.isInteger(r.first) || !Number.isInteger(r.last) || r.first < MIN_VLAN || r.last > MAX_VLAN || r.first > r.last) {
        throw new Error(`VlanPool: range ${r.first}-${r.last} is invalid. Fix: use whole numbers with ${MIN_VLAN} <= first <= last <= ${MAX_VLAN}.`);
      }
    }
    this.ranges = [...ranges].sort((a, b) => a.first - b.first);
    for (let i = 1; i < this.ranges.length; i++) {
      if (this.ranges[i].first <= this.ranges[i - 1].last) {
        const [a, b] = [this.ranges[i - 1], this.ranges[i]];
        throw new Error(`VlanPool: ranges ${a.first}-${a.last} and ${b.first}-${b.last} overlap. Fix: merge them or make them disjoint.`);
      }
    }
    this.physicalNetwork = options.physicalNetwork;
  }

  /** Number of IDs in the pool. */
  public get size(): number {
    return this.ranges.reduce((n, r) => n + r.last - r.first + 1, 0);
  }

  /** True when `vlanId` lies in one of the pool's ranges. */
  public contains(vlanId: number): boolean {
    return this.ranges.some((r) => vlanId >= r.first && vlanId <= r.last);
  }

  /** IDs allocated so far, with the construct path that holds each. */
  public allocations(): { [vlanId: string]: string } {
    return Object.fromEntries([...this.owners.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
  }

  /**
   * Allocates `requested`, or the lowest free ID when none is requested. Errors
   * (naming `scope` and `prop`) for an ID outside the pool, an ID already taken, or an
   * exhausted pool; never wraps around.
   */
  public allocate(scope: IConstruct, prop: string, requested?: number): number {
    const path = scope.node.path;
    if (requested !== undefined) {
      if (!Number.isInteger(requested) || !this.contains(requested)) {
        throw new ValidationError(scope, prop, `VLAN ${requested} is outside its pool (${this.describe()})`, 'choose an ID inside the pool or widen the pool');
      }
      const owner = this.owners.get(requested);
      if (owner !== undefined) {
        throw new ValidationError(scope, prop, `VLAN ${requested} is already used by ${owner}`, 'choose a different ID; each VLAN carries one network per physical network');
      }
      this.owners.set(requested, path);
      return requested;
    }
    for (const r of this.ranges) {
      for (let id = r.first; id <= r.last; id++) {
        if (!this.owners.has(id)) {
          this.owners.set(id, path);
          return id;
        }
      }
    }
    throw new ValidationError(scope, prop, `the VLAN pool (${this.describe()}) is exhausted: all ${this.size} IDs are allocated`, 'add a range to the pool or release a network');
  }

  private describe(): string {
    const ranges = this.ranges.map((r) => (r.first === r.last ? `${r.first}` : `${r.first}-${r.last}`)).join(', ');
    return this.physicalNetwork ? `${ranges} on ${this.physicalNetwork}` : ranges;
  }
}

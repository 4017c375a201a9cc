import { IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';

/**
 * A pool of MAC addresses allocated by the library from a declared prefix, for ports
 * and vSphere NICs that need stable, known addresses (licensing, DHCP reservations,
 * telecom VNFs). Only locally administered unicast prefixes are accepted, so pool
 * addresses can never collide with vendor-assigned (burned-in) ones.
 *
 * Allocation is sequential in allocation order and never wraps around.
 *
 * @example
 * const macs = MacPool.fromPrefix('fa:16:3e:10:00');
 */
export class MacPool {
  /**
   * A pool of every address under `prefix` (1 to 5 octets, `:`- or `-`-separated),
   * except the all-zero suffix.
   */
  public static fromPrefix(prefix: string): MacPool {
    return new MacPool(prefix);
  }

  /** The normalized prefix, lower-case and `:`-separated. */
  public readonly prefix: string;
  private readonly prefixOctets: number[];
  private readonly owners = new Map<string, string>();
  private next = 1;

  private constructor(prefix: string) {
    const octets = prefix.split(/[:-]/);
    if (octets.length < 1 || octets.length > 5 || !octets.every((o) => /^[0-9a-fA-F]{2}$/.test(o))) {
      throw new Error(`MacPool: "${prefix}" is not a MAC prefix. Fix: give 1 to 5 hex octets, e.g. "fa:16:3e:10".`);
    }
    this.prefixOctets = octets.map((o) => parseInt(o, 16));
    const first = this.prefixOctets[0];
    if ((first & 0x01) !== 0) {
      throw new Error(`MacPool: "${prefix}" is a multicast prefix (first octet's lowest bit set). Fix: use a unicast prefix, e.g. "fa:16:3e".`);
    }
    if ((first & 0x02) === 0) {
      throw new Error(`MacPool: "${prefix}" is not locally administered (first octet's second bit clear), so it could collide with vendor MACs. Fix: use e.g. "fa:16:3e" or "02:00:00".`);
    }
    this.prefix = this.prefixOctets.map((o) => o.toString(16).padStart(2, '0')).join(':');
  }

  /** Number of addresses in the pool. */
  public get size(): number {
    return 2 ** (8 * (6 - this.prefixOctets.length)) - 1;
  }

  /** True when `mac` is under this pool's prefix. */
  public contains(mac: string): boolean {
    const normalized = MacPool.normalize(mac);
    return normalized !== undefined && normalized.startsWith(`${this.prefix}:`) && normalized !== this.format(0);
  }

  /** Addresses allocated so far, with the construct path that holds each. */
  public allocations(): { [mac: string]: string } {
    return Object.fromEntries([...this.owners.entries()].sort());
  }

  /**
   * Allocates `requested`, or the next free address. Errors (naming `scope` and
   * `prop`) for an address outside the pool, one already taken, or an exhausted pool.
   */
  public allocate(scope: IConstruct, prop: string, requested?: string): string {
    if (requested !== undefined) {
      const mac = MacPool.normalize(requested);
      if (mac === undefined || !this.contains(mac)) {
        throw new ValidationError(scope, prop, `MAC ${requested} is outside its pool (prefix ${this.prefix})`, `choose an address starting with ${this.prefix}`);
      }
      return this.claim(scope, prop, mac);
    }
    while (this.next <= this.size) {
      const mac = this.format(this.next++);
      if (!this.owners.has(mac)) return this.claim(scope, prop, mac);
    }
    throw new ValidationError(scope, prop, `the MAC pool ${this.prefix} is exhausted: all ${this.size} addresses are allocated`, 'use a shorter prefix (a larger pool)');
  }

  private claim(scope: IConstruct, prop: string, mac: string): string {
    const owner = this.owners.get(mac);
    if (owner !== undefined) {
      throw new ValidationError(scope, prop, `MAC ${mac} is already used by ${owner}`, 'choose a different address');
    }
    this.owners.set(mac, scope.node.path);
    return mac;
  }

  private format(suffix: number): string {
    const suffixOctets = 6 - this.prefixOctets.length;
    const out = [...this.prefixOctets];
    for (let i = suffixOctets - 1; i >= 0; i--) out.push(Math.floor(suffix / 256 ** i) % 256);
    return out.map((o) => o.toString(16).padStart(2, '0')).join(':');
  }

  private static normalize(mac: string): string | undefined {
    const octets = mac.split(/[:-]/);
    if (octets.length !== 6 || !octets.every((o) => /^[0-9a-fA-F]{2}$/.test(o))) return undefined;
    return octets.map((o) => o.toLowerCase()).join(':');
  }
}

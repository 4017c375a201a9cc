import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../core/private/cidr';

/**
 * @internal Subnets that route to each other (one physical fabric, or one router): their
 * ranges must be disjoint, or packets for the overlap go to whichever was routed first.
 */
export class RoutingDomain {
  private readonly claimed: Array<{ path: string; name: string; block: CidrBlock }> = [];

  /**
   * @param routes says who routes them, e.g. "router stack/core routes both"
   * @param fix how to resolve an overlap
   */
  constructor(private readonly routes: string, private readonly fix: string) {}

  /** Adds a network's subnets; throws on `prop` when one overlaps a subnet already here. */
  public claim(network: IConstruct, prop: string, subnets: Array<{ name: string; cidr: string }>): void {
    const known = subnets.filter((s) => !Token.isUnresolved(s.cidr)).map((s) => ({ name: s.name, block: parseCidr(network, prop, s.cidr) }));
    for (const s of known) {
      const clash = this.claimed.find((c) => findOverlap([{ name: c.name, block: c.block }, s]) !== undefined);
      if (clash) {
        throw new ValidationError(network, prop, `subnet "${s.name}" (${s.block.cidr}) overlaps subnet "${clash.name}" (${clash.block.cidr}) of network ${clash.path}, and ${this.routes}`, this.fix);
      }
    }
    for (const s of known) this.claimed.push({ path: network.node.path, ...s });
  }
}

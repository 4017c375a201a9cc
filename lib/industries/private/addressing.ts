import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../core/private/cidr';

// The addressing check of the industry patterns whose planes and tenant networks share one
// address plan (internal).

/** @internal One range of the plan: how messages name it, the prop that sets it, the CIDR. */
export interface PlannedRange {
  readonly name: string;
  readonly prop: string;
  readonly cidr: string;
}

/** @internal Throws when two literal ranges overlap (unresolved tokens are skipped). */
export function requireDisjointRanges(scope: IConstruct, prop: string, ranges: PlannedRange[]): void {
  const blocks: Array<{ name: string; block: CidrBlock }> = ranges
    .filter((r) => !Token.isUnresolved(r.cidr))
    .map((r) => ({ name: r.name, block: parseCidr(scope, r.prop, r.cidr) }));
  const clash = findOverlap(blocks);
  if (clash) {
    const [a, b] = clash;
    throw new ValidationError(scope, prop, `${a.name} (${a.block.cidr}) and ${b.name} (${b.block.cidr}) overlap`, 'give every plane and tenant its own, non-overlapping CIDR');
  }
}

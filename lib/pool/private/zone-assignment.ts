import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { ZoneAddition } from '../shapes';

/**
 * @internal The zone of each member, in member order. Member i takes the eligible zone
 * holding the fewest members so far (ties: list order), where the eligible zones are
 * `zones` plus every addition whose `fromMember` is <= i. The choice for member i
 * depends only on members before it, so scaling out never moves a member, and an
 * addition from the next member number moves none: only new members use new zones.
 * Without additions this is plain round-robin over `zones`.
 */
export function assignZones(scope: Construct, count: number, zones: string[], added: ZoneAddition[]): string[] {
  const seen = new Set(zones);
  added.forEach((a, i) => {
    if (seen.has(a.zone)) {
      throw new ValidationError(scope, `addedZones[${i}].zone`, `zone "${a.zone}" is listed twice`, 'add each zone once, either in zones or in addedZones');
    }
    if (!Number.isInteger(a.fromMember) || a.fromMember < 1) {
      throw new ValidationError(scope, `addedZones[${i}].fromMember`, `must be a member number >= 1 (got ${a.fromMember})`, 'use the number of the first member that may run there, e.g. the current count + 1');
    }
    seen.add(a.zone);
  });
  const order = [...zones, ...added.map((a) => a.zone)];
  const from = new Map<string, number>([...zones.map((z) => [z, 1] as [string, number]), ...added.map((a) => [a.zone, a.fromMember] as [string, number])]);
  const load = new Map(order.map((z) => [z, 0]));
  const out: string[] = [];
  for (let member = 1; member <= count; member++) {
    let best: string | undefined;
    for (const z of order) {
      if (from.get(z)! > member) continue;
      if (best === undefined || load.get(z)! < load.get(best)!) best = z;
    }
    load.set(best!, load.get(best!)! + 1);
    out.push(best!);
  }
  return out;
}

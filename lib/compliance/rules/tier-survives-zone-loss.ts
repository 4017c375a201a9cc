import { tierCapacity } from '../../review/capacity';
import { vmTier } from '../../review/tiers';
import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';

/**
 * After losing the worst single failure domain (an availability zone, a vSphere cluster, or
 * a host under anti-affinity) a tier keeps at least its declared minimum of members.
 */
export const tierSurvivesZoneLoss: RuleDefinition = {
  name: 'tier-survives-zone-loss',
  title: 'HA tiers survive the loss of any one availability zone',
  explanation: 'N+1 protects against one host; a carrier-grade tier must also carry its load (its declared minimum, oscar.io/min-members, else members - 1) after a whole availability zone or vSphere cluster fails, so the zone with the most members must not hold more than the spares.',
  fix: 'Add members until members - (members in the fullest zone) >= the minimum: with z zones and a load of N, N + ceil(N / (z - 1)) members spread evenly (TelecomHaPlatform does this by default), or spread over more zones.',
  resourceTypes: ['openstack_compute_instance_v2', 'vsphere_virtual_machine'],
  check: (r, ctx) => {
    const tier = vmTier('', ctx.stack, r);
    if (tier.memberKeys.length < 2) return notApplicable('single-member or unresolved tier (see the anti-affinity rules)');
    const c = tierCapacity(ctx.stack, tier);
    if (!c.flagged) return COMPLIANT;
    return nonCompliant(`${c.survivors} of ${c.members} members survive losing ${c.worstDomain}; the tier needs ${c.minimum} (${c.minimumSource})`);
  },
};

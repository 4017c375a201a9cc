import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { block, blocks, instances, stringList } from '../private/attrs';

/** Instance tiers have >= 2 members in a server group with the `anti-affinity` policy. */
export const openstackHaTierAntiAffinity: RuleDefinition = {
  name: 'openstack-ha-tier-anti-affinity',
  title: 'OpenStack HA tiers have >= 2 members with hard anti-affinity',
  explanation: 'A tier survives a host failure only if it has at least two members and Nova places them on different hosts (server group policy anti-affinity; soft-anti-affinity may co-locate them).',
  fix: 'Create the tier as one openstack_compute_instance_v2 with for_each over >= 2 stable keys, and set scheduler_hints { group = <openstack_compute_servergroup_v2 with policies ["anti-affinity"]>.id }.',
  resourceTypes: ['openstack_compute_instance_v2'],
  check: (r, ctx) => {
    const members = instances(r);
    if (!members) return notApplicable('for_each/count is unresolved: member count unknown at synth');
    if (members.length < 2) return nonCompliant(`the tier has ${members.length} member(s); an HA tier needs at least 2`);
    const hints = blocks(r.attributes.scheduler_hints);
    const groups = hints.flatMap((h) => ctx.stack.referencesIn(h.group)).map((a) => ctx.stack.byAddress(a)).filter((g) => g?.type === 'openstack_compute_servergroup_v2');
    if (groups.length === 0) {
      return hints.some((h) => h.group !== undefined)
        ? notApplicable('scheduler_hints.group does not reference a server group of this stack')
        : nonCompliant('no scheduler_hints.group: members may land on the same host');
    }
    const policies = groups.flatMap((g) => [...(stringList(g!.attributes.policies) ?? []), ...(stringList(block(g!.attributes.rules)?.policy) ?? [])]);
    return policies.includes('anti-affinity') ? COMPLIANT : nonCompliant(`server group policy is ${policies.join(', ') || 'unset'}, not anti-affinity`);
  },
};

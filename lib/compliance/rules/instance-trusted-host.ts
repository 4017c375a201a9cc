import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isUnresolved, stringMap } from '../private/attrs';

/** The flavor extra spec Nova's AggregateInstanceExtraSpecsFilter matches against the aggregate's `trusted=true`. */
const TRUSTED_SPEC = 'aggregate_instance_extra_specs:trusted';

/** Every instance's flavor requires attested ("trusted") hosts. */
export const instanceTrustedHost: RuleDefinition = {
  name: 'instance-trusted-host',
  title: 'Instances run only on attested hosts',
  explanation: 'A trusted cloud schedules workloads only on hosts whose measured boot chain the attestation service verified; the scheduler honours that only when the flavor requires the trusted aggregate.',
  fix: `Place the instance group in a HostPool with trusted: true (its flavors get ${TRUSTED_SPEC} = "true"); a flavor named by Size.flavor cannot carry the requirement.`,
  resourceTypes: ['openstack_compute_instance_v2'],
  check: (r, ctx) => {
    const ref = r.attributes.flavor_id ?? r.attributes.flavor_name;
    const flavors = ctx.stack.referencesIn(ref).map((a) => ctx.stack.byAddress(a)).filter((f) => f?.type === 'openstack_compute_flavor_v2');
    if (flavors.length === 0) {
      if (isUnresolved(ref) && ctx.stack.referencesIn(ref).length === 0) return unresolved('flavor_id');
      return nonCompliant('the flavor is not one of this stack, so nothing shows it requires attested hosts');
    }
    const specs = stringMap(flavors[0]!.attributes.extra_specs);
    return specs[TRUSTED_SPEC] === 'true' ? COMPLIANT : nonCompliant(`flavor ${flavors[0]!.address} does not require ${TRUSTED_SPEC} = "true"`);
  },
};

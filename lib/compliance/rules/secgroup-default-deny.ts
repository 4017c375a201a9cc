import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isTrue, isUnresolved } from '../private/attrs';

/** Security groups start empty: `delete_default_rules = true`. */
export const secgroupDefaultDeny: RuleDefinition = {
  name: 'secgroup-default-deny',
  title: 'Security groups are default-deny',
  explanation: 'Neutron adds allow-all egress rules to every new security group. Deleting them makes the group deny by default, so every allowed flow is an explicit, reviewable rule.',
  fix: 'Set delete_default_rules = true and add explicit egress rules for the flows the tier needs.',
  resourceTypes: ['openstack_networking_secgroup_v2'],
  check: (r) => {
    const v = r.attributes.delete_default_rules;
    if (isUnresolved(v)) return unresolved('delete_default_rules');
    return isTrue(v) ? COMPLIANT : nonCompliant('delete_default_rules is not true: the default allow-all egress rules remain');
  },
};

import { COMPLIANT, NOT_APPLICABLE, RuleDefinition, nonCompliant, unresolved } from '../model';
import { ADMIN_PORTS, ingressRule, isPrivateCidr, openedPorts } from '../private/attrs';

/** SSH/RDP ingress only from a private management prefix or a remote security group. */
export const secgroupAdminPortsPrivateSource: RuleDefinition = {
  name: 'secgroup-admin-ports-private-source',
  title: 'Management ports are reachable only from the management network',
  explanation: 'Management traffic (SSH, RDP) must come from a separate management network or bastion group, never from a public address range, so that management and business traffic are separated.',
  fix: 'Set remote_ip_prefix to the private management CIDR (e.g. 10.0.0.0/24) or remote_group_id to the bastion security group.',
  resourceTypes: ['openstack_networking_secgroup_rule_v2'],
  check: (r) => {
    const rule = ingressRule(r.attributes);
    if (rule.unresolved) return unresolved(rule.unresolved);
    const open = openedPorts(rule, ADMIN_PORTS);
    if (open.length === 0) return NOT_APPLICABLE;
    if (rule.source === undefined && !rule.anySource) return COMPLIANT; // remote group
    if (rule.source !== undefined && isPrivateCidr(rule.source)) return COMPLIANT;
    return nonCompliant(`port(s) ${open.join(', ')} open to ${rule.source ?? 'any address'}, which is not a private management prefix`);
  },
};

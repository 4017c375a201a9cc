import { COMPLIANT, NOT_APPLICABLE, RuleDefinition, nonCompliant, unresolved } from '../model';
import { ADMIN_PORTS, DATABASE_PORTS, ingressRule, isWorldCidr, openedPorts } from '../private/attrs';

/** No ingress from 0.0.0.0/0 or ::/0 to SSH, RDP or database ports. */
export const secgroupNoWorldAdminPorts: RuleDefinition = {
  name: 'secgroup-no-world-admin-ports',
  title: 'No world-open SSH, RDP or database ports',
  explanation: 'Ingress from 0.0.0.0/0 or ::/0 (or from no source at all, which OpenStack treats as any) to 22, 3389, 5432, 3306, 1433, 1521, 6379 or 27017 exposes management and data services to the Internet.',
  fix: 'Restrict remote_ip_prefix to the management network, or use remote_group_id; reach management ports through a bastion or VPN.',
  resourceTypes: ['openstack_networking_secgroup_rule_v2'],
  check: (r) => {
    const rule = ingressRule(r.attributes);
    if (rule.unresolved) return unresolved(rule.unresolved);
    if (!rule.ingress || !(rule.anySource || isWorldCidr(rule.source))) return rule.ingress ? COMPLIANT : NOT_APPLICABLE;
    const open = openedPorts(rule, [...ADMIN_PORTS, ...DATABASE_PORTS]);
    return open.length ? nonCompliant(`ingress from ${rule.source ?? 'any address'} opens port(s) ${open.join(', ')}`) : COMPLIANT;
  },
};

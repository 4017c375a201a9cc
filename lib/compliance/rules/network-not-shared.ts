import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isTrue, isUnresolved } from '../private/attrs';

/** Tenant networks are not shared with other projects, unless allow-listed by name. */
export const networkNotShared: RuleDefinition = {
  name: 'network-not-shared',
  title: 'Tenant networks are not shared',
  explanation: 'A network with shared = true is attachable by every project of the cloud, which breaks the isolation between tenants.',
  fix: 'Remove shared = true (use RBAC policies for a specific project), or allow-list the network name in the pack options (sharedNetworkAllowList).',
  resourceTypes: ['openstack_networking_network_v2'],
  check: (r, ctx) => {
    const shared = r.attributes.shared;
    if (isUnresolved(shared)) return unresolved('shared');
    if (!isTrue(shared)) return COMPLIANT;
    const name = r.attributes.name;
    if (typeof name === 'string' && (ctx.params.sharedNetworkAllowList ?? []).includes(name)) return COMPLIANT;
    return nonCompliant(`network ${typeof name === 'string' ? `"${name}" ` : ''}is shared with all projects and not allow-listed`);
  },
};

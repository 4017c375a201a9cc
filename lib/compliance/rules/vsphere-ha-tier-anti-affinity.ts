import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { instances } from '../private/attrs';

/**
 * vSphere VM tiers have >= 2 members kept on different hosts: under a DRS VM
 * anti-affinity rule, or each member in its own cluster (resource pool), where they are
 * apart by construction and DRS rules, which act inside one cluster, have nothing to do.
 */
export const vsphereHaTierAntiAffinity: RuleDefinition = {
  name: 'vsphere-ha-tier-anti-affinity',
  title: 'vSphere HA tiers have >= 2 members with a DRS anti-affinity rule (or one member per cluster)',
  explanation: 'DRS keeps VMs of a tier on different ESXi hosts only if a VM anti-affinity rule names them; without it, one host failure can take the whole tier.',
  fix: 'Create the tier with for_each over >= 2 keys and a vsphere_compute_cluster_vm_anti_affinity_rule (mandatory = true) whose virtual_machine_ids reference the VMs.',
  resourceTypes: ['vsphere_virtual_machine'],
  check: (r, ctx) => {
    const members = instances(r);
    if (!members) return notApplicable('for_each/count is unresolved: member count unknown at synth');
    if (members.length < 2) return nonCompliant(`the tier has ${members.length} member(s); an HA tier needs at least 2`);
    const rules = ctx.stack.referrers(r, 'vsphere_compute_cluster_vm_anti_affinity_rule');
    if (rules.length === 0) {
      if (oneMemberPerPool(r.attributes.for_each, members.length)) return COMPLIANT;
      return nonCompliant('no vsphere_compute_cluster_vm_anti_affinity_rule references these VMs, and members share a cluster');
    }
    return rules.some((rule) => rule.attributes.enabled !== false) ? COMPLIANT : nonCompliant('the anti-affinity rule is disabled');
  },
};

/** True when a literal for_each map gives every member a different resource pool (cluster). */
function oneMemberPerPool(forEach: unknown, count: number): boolean {
  if (!forEach || typeof forEach !== 'object' || Array.isArray(forEach)) return false;
  const pools = Object.values(forEach as Record<string, any>).map((v) => (v && typeof v === 'object' ? v.resource_pool_id : undefined));
  return pools.length === count && pools.every((p) => typeof p === 'string' && p !== '') && new Set(pools).size === count;
}

import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { instances, isObject } from '../private/attrs';

/** Instance tiers of >= 2 members are flagged for VM-HA (Masakari `HA_Enabled=True`). */
export const openstackHaTierVmHa: RuleDefinition = {
  name: 'openstack-ha-tier-vm-ha',
  title: 'OpenStack HA tiers are flagged for VM-HA (HA_Enabled=True)',
  explanation: 'Anti-affinity keeps a tier alive through a host failure, but the failed member stays down until someone restarts it: Masakari evacuates only instances whose metadata has HA_Enabled=True (digest M7, T6).',
  fix: 'Set metadata { HA_Enabled = "True" } on the tier (InstanceGroup ha: true) and run Masakari with its host and instance monitors.',
  resourceTypes: ['openstack_compute_instance_v2'],
  check: (r) => {
    const members = instances(r);
    if (!members) return notApplicable('for_each/count is unresolved: member count unknown at synth');
    if (members.length < 2) return notApplicable('a single instance is not an HA tier');
    const metadata = r.attributes.metadata;
    const flag = isObject(metadata) ? metadata.HA_Enabled : undefined;
    return typeof flag === 'string' && flag.toLowerCase() === 'true' ? COMPLIANT : nonCompliant(`metadata.HA_Enabled is ${flag === undefined ? 'unset' : `"${String(flag)}"`}, so Masakari will not restart failed members`);
  },
};

import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { instances } from '../private/attrs';

/** vSphere VM tiers of >= 2 members have a vSphere HA override with a restart priority. */
export const vsphereHaTierVmHa: RuleDefinition = {
  name: 'vsphere-ha-tier-vm-ha',
  title: 'vSphere HA tiers have a vSphere HA restart priority (vsphere_ha_vm_override)',
  explanation: 'vSphere HA restarts VMs of a failed host in priority order; an HA tier left at the cluster default competes with every other VM, and a disabled priority is never restarted (digest M7, T6).',
  fix: 'Create a vsphere_ha_vm_override per member with ha_vm_restart_priority high or highest (InstanceGroup ha: true), and turn HA on in the cluster.',
  resourceTypes: ['vsphere_virtual_machine'],
  check: (r, ctx) => {
    const members = instances(r);
    if (!members) return notApplicable('for_each/count is unresolved: member count unknown at synth');
    if (members.length < 2) return notApplicable('a single VM is not an HA tier');
    const overrides = ctx.stack.referrers(r, 'vsphere_ha_vm_override');
    if (overrides.length === 0) return nonCompliant('no vsphere_ha_vm_override references these VMs');
    const disabled = overrides.find((o) => o.attributes.ha_vm_restart_priority === 'disabled');
    return disabled ? nonCompliant(`${disabled.address} disables the restart of these VMs`) : COMPLIANT;
  },
};

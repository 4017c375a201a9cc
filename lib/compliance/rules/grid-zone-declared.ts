import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isUnresolved } from '../private/attrs';
import { GRID_ZONES, gridZoneTag } from '../private/grid-zones';

/** Every network and instance (OpenStack; vSphere VMs in their annotation) declares its power-grid security zone (I, II, III or IV). */
export const gridZoneDeclared: RuleDefinition = {
  name: 'grid-zone-declared',
  title: 'Networks and instances declare their grid security zone',
  explanation: 'Security zoning (安全分区): every system of a power company belongs to one zone, I (real-time control), II (non-control production), III (management information) or IV (information DMZ). An undeclared network or server cannot be checked for isolation.',
  fix: `Tag the resource ${LabelKeys.GRID_ZONE}=<I|II|III|IV> (PowerGridCloud does it for every zone network and workload; elsewhere Labels.of(scope).add(LabelKeys.GRID_ZONE, 'III')).`,
  resourceTypes: ['openstack_networking_network_v2', 'openstack_compute_instance_v2', 'vsphere_virtual_machine'],
  check: (r) => {
    if (isUnresolved(r.attributes.tags) || isUnresolved(r.attributes.annotation)) return unresolved('tags');
    const zone = gridZoneTag(r);
    if (zone === undefined) return nonCompliant(`no ${LabelKeys.GRID_ZONE} tag`);
    return GRID_ZONES.includes(zone) ? COMPLIANT : nonCompliant(`${LabelKeys.GRID_ZONE}=${zone} is not one of ${GRID_ZONES.join(', ')}`);
  },
};

import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { blocks, isUnresolved, literalNumber } from '../private/attrs';

/** Plane networks are VLAN provider networks with an explicit physical network and segmentation ID. */
export const networkVlanSegment: RuleDefinition = {
  name: 'network-vlan-segment',
  title: 'Planes are on VLANs with explicit segmentation IDs',
  explanation: 'Telecom planes (management, signalling, media, ...) are separated at layer 2 on the physical fabric: each plane network is a VLAN on a named physical network with a fixed VLAN ID, not an overlay chosen by Neutron.',
  fix: 'Set segments { network_type = "vlan", physical_network = "<physnet>", segmentation_id = <id> } on the network (allocate IDs from the site VLAN pool).',
  resourceTypes: ['openstack_networking_network_v2'],
  check: (r) => {
    const segs = blocks(r.attributes.segments);
    if (segs.length === 0) return nonCompliant('no segments: the network is not a VLAN provider network');
    for (const s of segs) {
      if (['network_type', 'physical_network', 'segmentation_id'].some((k) => isUnresolved(s[k]))) return notApplicable('segment attributes are unresolved');
      if (s.network_type !== 'vlan') return nonCompliant(`segment network_type is "${s.network_type ?? 'unset'}", not vlan`);
      const id = literalNumber(s.segmentation_id);
      if (id === undefined || id < 1 || id > 4094) return nonCompliant(`segmentation_id ${s.segmentation_id ?? 'unset'} is not a VLAN ID (1-4094)`);
      if (!s.physical_network) return nonCompliant('segment has no physical_network');
    }
    return COMPLIANT;
  },
};

import { COMPLIANT, RuleDefinition, SynthResource, StackView, nonCompliant, notApplicable } from '../model';
import { blocks, literalNumber } from '../private/attrs';

/**
 * The (provider, fabric, VLAN ID) keys a network or port group occupies. Physical networks
 * are per region (per provider configuration): physnet1 in two regions is two fabrics.
 */
function vlanKeys(r: SynthResource): string[] {
  const provider = typeof r.attributes.provider === 'string' ? r.attributes.provider : '(default provider)';
  if (r.type === 'vsphere_distributed_port_group') {
    const id = literalNumber(r.attributes.vlan_id);
    const dvs = r.attributes.distributed_virtual_switch_uuid;
    return id === undefined || id === 0 ? [] : [`${provider}|${String(dvs)}#${id}`];
  }
  return blocks(r.attributes.segments)
    .filter((s) => s.network_type === 'vlan')
    .map((s) => [s.physical_network, literalNumber(s.segmentation_id)] as const)
    .filter(([, id]) => id !== undefined)
    .map(([phys, id]) => `${provider}|${String(phys)}#${id}`);
}

function allOwners(stack: StackView): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const other of [...stack.ofType('openstack_networking_network_v2'), ...stack.ofType('vsphere_distributed_port_group')]) {
    for (const key of vlanKeys(other)) owners.set(key, [...(owners.get(key) ?? []), other.address]);
  }
  return owners;
}

/** No two networks (or port groups) use the same VLAN ID on the same physical network (or switch) of one region. */
export const vlanIdsUnique: RuleDefinition = {
  name: 'vlan-ids-unique',
  title: 'VLAN IDs are unique per physical network and region',
  explanation: 'Two planes with the same VLAN ID on one physical network (or distributed switch) are one broadcast domain: the separation the VLANs promise does not exist.',
  fix: 'Allocate each plane its own VLAN ID from the site VLAN pool.',
  resourceTypes: ['openstack_networking_network_v2', 'vsphere_distributed_port_group'],
  check: (r, ctx) => {
    const keys = vlanKeys(r);
    if (keys.length === 0) return notApplicable();
    const owners = allOwners(ctx.stack);
    const clashes = keys.flatMap((k) => (owners.get(k) ?? []).filter((a) => a !== r.address).map((a) => `VLAN ${k.split('#')[1]} also used by ${a}`));
    return clashes.length ? nonCompliant(clashes.join('; ')) : COMPLIANT;
  },
};

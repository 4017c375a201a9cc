import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleDefinition, SynthResource, nonCompliant, notApplicable } from '../model';
import { blocks, isUnresolved, openstackTags } from '../private/attrs';

const MANAGEMENT = /^(mgmt|management|oam|om)$/i;

/** Whether a network is a management plane: tag `oscar.io/plane=management` (or mgmt/oam), or a name segment mgmt/management/oam. */
export function isManagementNetwork(r: SynthResource): boolean {
  const plane = openstackTags(r.attributes)[LabelKeys.PLANE];
  if (plane !== undefined) return MANAGEMENT.test(plane);
  const name = r.attributes.name;
  return typeof name === 'string' && name.split(/[-_.\s]/).some((p) => MANAGEMENT.test(p));
}

/** The literal physical networks of a network's segments. */
export function physicalNetworks(r: SynthResource): string[] {
  return blocks(r.attributes.segments).map((s) => s.physical_network).filter((p): p is string => typeof p === 'string' && !isUnresolved(p));
}

/** Management-plane networks use a physical network no business-plane network uses. */
export const planePhysicalSeparation: RuleDefinition = {
  name: 'plane-physical-separation',
  title: 'Management and business planes are on different physical networks',
  explanation: 'If management and business (service) traffic share a physical network, a flood or compromise on the business side reaches the management plane.',
  fix: 'Put management networks (tag oscar.io/plane=management) on a dedicated physical_network (e.g. physnet-mgmt) and business planes on another.',
  resourceTypes: ['openstack_networking_network_v2'],
  check: (r, ctx) => {
    if (!isManagementNetwork(r)) return notApplicable();
    const mine = physicalNetworks(r);
    if (mine.length === 0) return notApplicable('management network has no literal physical_network');
    const shared = ctx.stack
      .ofType('openstack_networking_network_v2')
      .filter((o) => o !== r && !isManagementNetwork(o) && physicalNetworks(o).some((p) => mine.includes(p)))
      .map((o) => o.address);
    return shared.length ? nonCompliant(`physical network ${mine.join(', ')} is shared with business network(s) ${shared.join(', ')}`) : COMPLIANT;
  },
};

import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isUnresolved, openstackTags, stringMap } from '../private/attrs';

/** The tags every resource of a trusted (healthcare) cloud carries: where it is, whose asset it is, its trust state. */
const REQUIRED = [LabelKeys.GEO_LOCATION, LabelKeys.ASSET, LabelKeys.TRUST];

/**
 * OpenStack resources with a `tags` list (provider 3.4.0). Not QoS policies: Neutron 2026.2
 * refuses the provider's bulk tag update on them (400 "Invalid tags body").
 */
const TAGGED = [
  'openstack_compute_instance_v2', 'openstack_identity_project_v3', 'openstack_images_image_v2',
  'openstack_lb_loadbalancer_v2', 'openstack_lb_listener_v2', 'openstack_lb_pool_v2', 'openstack_lb_member_v2',
  'openstack_networking_floatingip_v2', 'openstack_networking_network_v2', 'openstack_networking_port_v2',
  'openstack_networking_router_v2', 'openstack_networking_secgroup_v2',
  'openstack_networking_subnet_v2', 'openstack_networking_subnetpool_v2', 'openstack_networking_trunk_v2',
  'openstack_orchestration_stack_v1',
];
/** Resources whose labels are a metadata map. */
const WITH_METADATA = ['openstack_blockstorage_volume_v3', 'openstack_sharedfilesystem_share_v2'];

/** The label keys a resource carries, or undefined when its tags are unresolved. */
function keysOf(type: string, attrs: { readonly [key: string]: unknown }): string[] | undefined {
  if (type === 'vsphere_virtual_machine') {
    const note = attrs.annotation;
    if (isUnresolved(note)) return undefined;
    return typeof note === 'string' ? note.split('\n').map((l) => l.split('=')[0]) : [];
  }
  if (WITH_METADATA.includes(type)) return isUnresolved(attrs.metadata) ? undefined : Object.keys(stringMap(attrs.metadata));
  return isUnresolved(attrs.tags) ? undefined : Object.keys(openstackTags(attrs));
}

/** Every taggable resource carries geographic, asset and trust tags. */
export const trustTagsPresent: RuleDefinition = {
  name: 'trust-tags-present',
  title: 'Every resource carries geographic, asset and trust tags',
  explanation: 'A trusted cloud tracks each resource\'s location (geographic tag), asset certificate and trust state, so that trusted scheduling, change management and compliance review can find it.',
  fix: `Label the resource ${REQUIRED.join(', ')} (HealthcareCloud sets them on everything it creates from location, assetOwner and trust; elsewhere Labels.of(stack).add(...)).`,
  resourceTypes: [...TAGGED, ...WITH_METADATA, 'vsphere_virtual_machine'],
  check: (r) => {
    const keys = keysOf(r.type, r.attributes);
    if (keys === undefined) return unresolved('tags');
    const missing = REQUIRED.filter((k) => !keys.includes(k));
    return missing.length ? nonCompliant(`missing tag(s) ${missing.join(', ')}`) : COMPLIANT;
  },
};

import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { instances, isUnresolved } from '../private/attrs';

/** The members of an instance tier span >= 2 availability zones. */
export const openstackHaTierMultiAz: RuleDefinition = {
  name: 'openstack-ha-tier-multi-az',
  title: 'OpenStack HA tiers span >= 2 availability zones',
  explanation: 'Anti-affinity protects against a host failure; spreading members over two or more availability zones also protects against losing a rack, power feed or zone.',
  fix: 'Give each for_each member an availability_zone (e.g. for_each = { app-001 = { az = "az1" }, app-002 = { az = "az2" } } and availability_zone = each.value.az).',
  resourceTypes: ['openstack_compute_instance_v2'],
  check: (r) => {
    const members = instances(r);
    if (!members) return notApplicable('for_each/count is unresolved: member count unknown at synth');
    if (members.length < 2) return notApplicable('single-member tier (see openstack-ha-tier-anti-affinity)');
    const zones = members.map((m) => m.attributes.availability_zone);
    if (zones.some(isUnresolved)) return notApplicable('availability_zone is unresolved for some member');
    const distinct = new Set(zones.filter((z) => typeof z === 'string' && z !== ''));
    return distinct.size >= 2 ? COMPLIANT : nonCompliant(`members span ${distinct.size} availability zone(s)${distinct.size ? ` (${[...distinct].join(', ')})` : ''}`);
  },
};

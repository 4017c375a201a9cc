import { COMPLIANT, RuleDefinition, nonCompliant } from '../model';
import { isObject } from '../private/attrs';

/** Every floating IP has a bandwidth limit: its own QoS policy (value_specs), or its port's. */
export const floatingIpBandwidthLimit: RuleDefinition = {
  name: 'floating-ip-bandwidth-limit',
  title: 'Floating IPs have a bandwidth limit',
  explanation: 'Without a per-address limit, one tenant\'s floating IP can take the whole uplink (OSCAR: a bandwidth limit per VM floating IP, digest M3).',
  fix: 'Give the floating IP a QoS policy with a bandwidth-limit rule: value_specs { qos_policy_id } (LoadBalancer floatingIpQosPolicy), or a qos_policy_id on the port it is bound to.',
  resourceTypes: ['openstack_networking_floatingip_v2'],
  check: (r, ctx) => {
    const specs = r.attributes.value_specs;
    if (isObject(specs) && typeof specs.qos_policy_id === 'string' && specs.qos_policy_id !== '') return COMPLIANT;
    const ports = ctx.stack.referencesIn(r.attributes.port_id).map((a) => ctx.stack.byAddress(a)).filter((p) => p?.type === 'openstack_networking_port_v2');
    if (ports.some((p) => p!.attributes.qos_policy_id !== undefined)) return COMPLIANT;
    return nonCompliant('no qos_policy_id in value_specs, and the port it is bound to (if any in this stack) has no QoS policy');
  },
};

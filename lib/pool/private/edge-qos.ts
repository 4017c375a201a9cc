// QoS at the edge (floating IPs, router gateways): Neutron applies only bandwidth-limit rules there (internal).
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { IQosPolicy } from '../qos-policy';

/** @internal Throws unless `policy` is an OpenStack policy on `site` with a bandwidth limit and nothing else. */
export function requireEdgeQos(scope: IConstruct, prop: string, policy: IQosPolicy, site: IConstruct, where: string): string {
  if (policy.site !== site) throw new ValidationError(scope, prop, `QoS policy ${policy.node.path} is on another site`, 'use a policy of the same site');
  const h = policy._handle;
  if (h.maxKbps === undefined) throw new ValidationError(scope, prop, `QoS policy ${policy.node.path} has no bandwidth limit (maxKbps), the only rule ${where} honours`, 'set maxKbps on the policy');
  if (h.minKbps !== undefined || h.dscpMark !== undefined) {
    throw new ValidationError(scope, prop, `QoS policy ${policy.node.path} has a minimum-bandwidth or DSCP rule, which ${where} does not apply`, `give ${where} a policy with maxKbps (and maxBurstKbps) only`);
  }
  return h.policyId!;
}

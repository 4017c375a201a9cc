import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { Construct } from 'constructs';
import { Labels } from '../../core/labels';
import type { QosPolicy } from '../qos-policy';
import { ISite } from '../site';
import { VsphereSite } from './site';

/** @internal */
export interface VspherePortGroupInput {
  readonly site: ISite;
  readonly name: string;
  readonly vlanId: number;
  readonly labels: { [key: string]: string };
  readonly qosPolicy?: QosPolicy;
}

/**
 * @internal A distributed port group with the security policy locked down: no
 * promiscuous mode, forged transmits or MAC changes (the vSphere hardening defaults).
 */
export function buildVspherePortGroup(scope: Construct, input: VspherePortGroupInput): DistributedPortGroup {
  const site = input.site as VsphereSite;
  return new DistributedPortGroup(scope, 'port-group', {
    provider: site.provider,
    name: input.name,
    distributedVirtualSwitchUuid: site.distributedSwitch.id,
    vlanId: input.vlanId,
    allowPromiscuous: false,
    allowForgedTransmits: false,
    allowMacChanges: false,
    description: Labels.toVsphereAnnotation(input.labels) || undefined,
    // vSphere shapes in bits per second and bytes; our QoS policies speak kbit/s and kbit.
    egressShapingEnabled: input.qosPolicy?.maxKbps !== undefined ? true : undefined,
    egressShapingAverageBandwidth: input.qosPolicy?.maxKbps !== undefined ? input.qosPolicy.maxKbps * 1000 : undefined,
    egressShapingPeakBandwidth: input.qosPolicy?.maxKbps !== undefined ? input.qosPolicy.maxKbps * 1000 : undefined,
    egressShapingBurstSize: input.qosPolicy?.maxBurstKbps !== undefined ? input.qosPolicy.maxBurstKbps * 125 : undefined,
  });
}

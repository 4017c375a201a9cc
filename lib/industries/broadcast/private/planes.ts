import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { INetwork, IQosPolicy, Network, OpenStackSite, QosPolicy } from '../../../pool';
import { BroadcastPlaneOptions, BroadcastVideoPlatformProps } from '../props';
import { PlaneCidrs } from './validate';

// The three planes and the egress QoS of the business plane (internal).

/** @internal The platform's planes, created or given. */
export interface Planes {
  readonly management: INetwork;
  readonly business: INetwork;
  readonly storage: INetwork;
}

/** @internal The management, business and storage planes: the given networks, or one created network each. */
export function createPlanes(scope: Construct, name: string, props: BroadcastVideoPlatformProps, cidrs: PlaneCidrs): Planes {
  const plane = (id: string, short: string, options: BroadcastPlaneOptions | undefined, cidr: string, routerGateway: boolean) => new Network(scope, id, {
    site: props.site,
    name: `${name}-${short}`,
    cidr,
    subnets: [{ name: short, cidr, dnsNameservers: options?.dnsNameservers }],
    segmentation: options?.segmentation,
    routerGateway,
    labels: { [LabelKeys.PLANE]: id },
  });
  return {
    management: props.existingManagementNetwork ?? plane('management', 'mgmt', props.managementPlane, cidrs.management, false),
    business: props.existingBusinessNetwork ?? plane('business', 'business', props.businessPlane, cidrs.business, true), // routed: ingest floating IPs and egress need the external gateway
    storage: props.existingStorageNetwork ?? plane('storage', 'storage', props.storagePlane, cidrs.storage, false),
  };
}

/** @internal The egress bandwidth limit of the business-plane ports: the given policy, or a created one. */
export function egressQos(scope: Construct, site: OpenStackSite, name: string, props: BroadcastVideoPlatformProps): IQosPolicy {
  return props.existingEgressQos ?? new QosPolicy(scope, 'egress-qos', {
    site,
    name: `${name}-egress`,
    maxKbps: props.egressQos?.maxKbps ?? 2_000_000,
    maxBurstKbps: props.egressQos?.maxBurstKbps,
  });
}

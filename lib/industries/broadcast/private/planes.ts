import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { INetwork, IQosPolicy, OpenStackSite, PlaneLayout, PlaneRole, PlaneSpec, QosPolicy } from '../../../pool';
import { BroadcastPlaneOptions, BroadcastVideoPlatformProps } from '../props';
import { PlaneCidrs } from './validate';

// The three planes and the egress QoS of the business plane (internal).

/** @internal The platform's planes, created or given. */
export interface Planes {
  /** The layout of the created planes; undefined when every plane was given. */
  readonly layout?: PlaneLayout;
  readonly management: INetwork;
  readonly business: INetwork;
  readonly storage: INetwork;
}

/**
 * @internal The management, business and storage planes: the given networks, or a
 * {@link PlaneLayout} of the ones to create. The layout's ID "Default" is left out of
 * Terraform addresses, so its networks keep the addresses they had as the platform's own
 * children (`management`, `business`, `storage`).
 */
export function createPlanes(scope: Construct, name: string, props: BroadcastVideoPlatformProps, cidrs: PlaneCidrs): Planes {
  const plane = (id: string, short: string, role: PlaneRole, options: BroadcastPlaneOptions | undefined, cidr: string, routed: boolean): PlaneSpec => {
    const vlan = options?.segmentation?.vlanOptions;
    return {
      name: short, role, cidr, routed, constructId: id,
      dnsNameservers: options?.dnsNameservers,
      vlanPool: vlan?.pool, vlanId: vlan?.vlanId, physicalNetwork: vlan?.physicalNetwork,
      labels: { [LabelKeys.PLANE]: id },
    };
  };
  const specs = [
    props.existingManagementNetwork ? undefined : plane('management', 'mgmt', PlaneRole.MANAGEMENT, props.managementPlane, cidrs.management, false),
    // Routed: ingest floating IPs and egress need the external gateway.
    props.existingBusinessNetwork ? undefined : plane('business', 'business', PlaneRole.TENANT, props.businessPlane, cidrs.business, true),
    props.existingStorageNetwork ? undefined : plane('storage', 'storage', PlaneRole.STORAGE, props.storagePlane, cidrs.storage, false),
  ].filter((p): p is PlaneSpec => p !== undefined);
  const layout = specs.length === 0 ? undefined : new PlaneLayout(scope, 'Default', { site: props.site, namePrefix: name, planes: specs });
  return {
    layout,
    management: props.existingManagementNetwork ?? layout!.network('mgmt'),
    business: props.existingBusinessNetwork ?? layout!.network('business'),
    storage: props.existingStorageNetwork ?? layout!.network('storage'),
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

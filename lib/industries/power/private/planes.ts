import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { Network, Segmentation } from '../../../pool';
import { PowerGridCloudProps } from '../props';
import { PLANES } from './facts';
import { CloudPlan } from './validate';

// The infrastructure planes of a power cloud: IPMI, Admin/PXE, management and storage,
// VLAN provider networks without routers (internal). The Private plane is the tenants'
// networks, the Public plane the site's external network.

/** @internal The planes by key (`ipmi`, `adminPxe`, `management`, `storage`). */
export function createPlanes(scope: Construct, prefix: string, props: PowerGridCloudProps, plan: CloudPlan): { [plane: string]: Network } {
  const planes: { [plane: string]: Network } = {};
  // Pinned VLANs first, so the pool never hands a pinned ID to an unpinned plane.
  const pinned = (key: string) => props.planes?.[key as keyof typeof props.planes]?.vlanId !== undefined;
  for (const p of [...PLANES.filter((x) => pinned(x.key)), ...PLANES.filter((x) => !pinned(x.key))]) {
    const net = new Network(scope, `plane-${p.slug}`, {
      site: props.site,
      name: `${prefix}-${p.slug}`,
      cidr: plan.planeCidrs[p.key],
      // No gatewayIp: unrouted (P2), so the subnet announces no default route.
      subnets: [{ name: p.slug, cidr: plan.planeCidrs[p.key] }],
      segmentation: Segmentation.vlan({ pool: props.infrastructureVlans, vlanId: props.planes?.[p.key]?.vlanId }),
      routerGateway: false,
      labels: { [LabelKeys.PLANE]: p.label, [LabelKeys.GRID_ZONE]: plan.platformZone },
    });
    // TODO(PlaneLayout, issue 16): SubnetSpec.enableDhcp replaces this escape hatch. The
    // installer (Fuel) serves DHCP on Admin/PXE; a Neutron DHCP agent there would leak leases.
    if (!p.dhcp && net.openstack) net.openstack.subnets[p.slug].enableDhcp = false;
    planes[p.key] = net;
  }
  return planes;
}

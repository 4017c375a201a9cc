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
    planes[p.key] = new Network(scope, `plane-${p.slug}`, {
      site: props.site,
      name: `${prefix}-${p.slug}`,
      cidr: plan.planeCidrs[p.key],
      // No gatewayIp: unrouted (P2), so the subnet announces no default route. No Neutron
      // DHCP where the installer (Fuel) serves it, on Admin/PXE: an agent there would leak leases.
      subnets: [{ name: p.slug, cidr: plan.planeCidrs[p.key], enableDhcp: p.dhcp ? undefined : false }],
      segmentation: Segmentation.vlan({ pool: props.infrastructureVlans, vlanId: props.planes?.[p.key]?.vlanId }),
      routerGateway: false,
      labels: { [LabelKeys.PLANE]: p.label, [LabelKeys.GRID_ZONE]: plan.platformZone },
    });
  }
  return planes;
}

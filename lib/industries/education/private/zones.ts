import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { SiteToSiteVpn } from '../../../openstack';
import { Network, Router, Segmentation } from '../../../pool';
import { EducationCloudProps } from '../props';
import { CloudPlan } from './validate';

// The zones of an education cloud and its campus edge (internal): one network per zone
// (E5), named VXLAN overlays on OpenStack (E4; the cloud's provider is an administrator),
// the edge zones on one distributed router with the Internet gateway (SNAT, E6), and the
// site-to-site VPN on it (E6).

/** @internal The zones and the edge. */
export interface ZoneParts {
  readonly zones: { [zone: string]: Network };
  readonly edgeRouter?: Router;
  readonly vpn?: SiteToSiteVpn;
}

/** @internal Zone networks on the cloud's site; the edge router and VPN where the site routes. */
export function createZones(scope: Construct, prefix: string, props: EducationCloudProps, plan: CloudPlan): ZoneParts {
  const site = props.site;
  const routed = site.capabilities.routers;
  const edgeRouter = routed
    ? new Router(scope, 'edge-router', { site, externalGateway: true, distributed: true, name: `${prefix}-edge` })
    : undefined;
  const zones: { [zone: string]: Network } = {};
  for (const z of plan.zones) {
    const cidr = plan.zoneCidrs[z.zone];
    zones[z.zone] = new Network(scope, `zone-${z.zone}`, {
      site,
      name: `${prefix}-${z.zone}`,
      cidr,
      subnets: [{ name: z.zone, cidr }],
      segmentation: site.capabilities.tenantNetworks ? Segmentation.vxlan() : Segmentation.vlan({ pool: props.vlans! }),
      router: z.edge ? edgeRouter : undefined,
      labels: { [LabelKeys.ZONE]: z.zone },
    });
  }
  let vpn: SiteToSiteVpn | undefined;
  if (props.vpn && edgeRouter) {
    const local = plan.zones.filter((z) => z.vpn).map((z) => zones[z.zone]);
    vpn = new SiteToSiteVpn(scope, 'vpn', {
      site,
      name: `${prefix}-vpn`,
      routerId: edgeRouter.routerId,
      localSubnetIds: local.map((n) => n.subnetId(n.subnetNames[0])),
      routerInterfaces: local.map((n) => n.openstack!.routerInterfaces[n.subnetNames[0]]),
      peerAddress: props.vpn.peerAddress,
      peerCidrs: props.vpn.peerCidrs,
      presharedKey: props.vpn.presharedKey,
    });
  }
  return { zones, edgeRouter, vpn };
}

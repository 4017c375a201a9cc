import { Construct } from 'constructs';
import { Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { requireAtMostOne } from '../../core/private/validate';
import { LoadBalancer } from '../../openstack';
import { InstanceGroup, Network, PlaneLayout, QosPolicy, Quota, Router, SecurityGroup, ISite } from '../../pool';
import { createLoadBalancer } from './private/load-balancer';
import { createPlanes } from './private/planes';
import { createSecurityGroups } from './private/security-groups';
import { createTiers, regionQuota } from './private/tiers';
import { RegionInput, validateInterconnectPlanes, validateRegion } from './private/validate';
import { TelecomSiteProps } from './props';
import { TelecomPeerPlane } from './regions';

/** Properties of a {@link TelecomRegion}. */
export interface TelecomRegionProps extends TelecomSiteProps {
  /**
   * Suffix of member names: members are `<tier>-<suffix>-001`, ...
   * @default - none: members are `<tier>-001`, ...
   */
  readonly memberSuffix?: string;
  /**
   * Planes routed by the region's interconnect router (an OpenStack router with an
   * external gateway, which takes each plane's gateway address), for site-to-site VPN links
   * to other regions. Only SIGNALING and MEDIA planes. `TelecomHaPlatform` sets it from
   * its `interconnect`.
   * @default - none: every plane is routed by the physical fabric only
   */
  readonly interconnectPlanes?: string[];
  /**
   * The interconnected planes of the regions linked to this one. Tiers attached to such a
   * plane may send to the peers' CIDRs of it, and their `fromPlane` ingress on it also
   * admits the peers' CIDRs. `TelecomHaPlatform` sets it from its `interconnect`.
   * @default - none
   */
  readonly interconnectPeers?: TelecomPeerPlane[];
  /**
   * Labels of every resource of the region (`TelecomHaPlatform` sets `oscar.io/replica`
   * on the regions other than the primary).
   * @default - only inherited labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * One region of a {@link TelecomHaPlatform}: VLAN planes with QoS, a security group and
 * an N+1 anti-affine instance group per tier, an Octavia load balancer and a quota.
 * The platform creates one for the primary site and one for the DR site.
 */
export class TelecomRegion extends Construct {
  /** The site. */
  public readonly site: ISite;
  /** The region's planes (their networks are also in `planes`). */
  public readonly planeLayout: PlaneLayout;
  /** The plane networks, by plane name. */
  public readonly planes: { [plane: string]: Network };
  /** The plane QoS policies, by plane name. */
  public readonly qosPolicies: { [plane: string]: QosPolicy };
  /** The security group of each tier, by tier name. */
  public readonly securityGroups: { [tier: string]: SecurityGroup };
  /** The tiers' instance groups, by tier name. */
  public readonly tiers: { [tier: string]: InstanceGroup };
  /** The Octavia load balancer (OpenStack, when a tier has listeners). */
  public readonly loadBalancer?: LoadBalancer;
  /** The project quota (created, or the existing one passed in). */
  public readonly quota?: Quota;
  /** The router of the interconnected planes, when `interconnectPlanes` is set. */
  public readonly interconnectRouter?: Router;
  /** The planes routed to other regions. */
  public readonly interconnectPlanes: string[];

  constructor(scope: Construct, id: string, props: TelecomRegionProps) {
    super(scope, id);
    for (const [key, value] of Object.entries(props.labels ?? {})) Labels.of(this).add(key, value);
    this.site = props.site;
    const input: RegionInput = { ...props, loadBalancerPlane: props.loadBalancer?.plane };
    requireAtMostOne(this, { quota: props.quota, existingQuota: props.existingQuota });
    validateRegion(this, '', input);
    this.interconnectPlanes = props.interconnectPlanes ?? [];
    validateInterconnectPlanes(this, 'interconnectPlanes', input, this.interconnectPlanes);
    const prefix = props.namePrefix ?? Names.resourceName(this, { maxLength: 40 });
    if (this.interconnectPlanes.length > 0) {
      this.interconnectRouter = new Router(this, 'interconnect-router', { site: props.site, externalGateway: true, name: `${prefix}-interconnect` });
    }

    const planes = createPlanes(this, prefix, input, { router: this.interconnectRouter, planes: this.interconnectPlanes });
    this.planeLayout = planes.layout;
    this.planes = planes.networks;
    this.qosPolicies = planes.qosPolicies;
    this.securityGroups = createSecurityGroups(this, prefix, input);
    this.quota = regionQuota(this, props);
    this.tiers = createTiers(this, input, {
      planes: this.planes,
      securityGroups: this.securityGroups,
      quota: this.quota,
      memberSuffix: props.memberSuffix ? `-${props.memberSuffix}` : '',
    });
    this.loadBalancer = createLoadBalancer(this, prefix, input, props.loadBalancer, this.planes, this.tiers);
  }
}

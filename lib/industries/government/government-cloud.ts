import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { SiteToSiteVpn } from '../../openstack';
import { AuditLogSink, ImageTemplate, ISite } from '../../pool';
import { DataOpenstackNetworkingNetworkV2 } from '../../providers/openstack/data-openstack-networking-network-v2';
import { NetworkingRouterV2 } from '../../providers/openstack/networking-router-v2';
import { GovernmentDepartment } from './department';
import { GovernmentPeerRole } from './peer';
import { linkSites, planPeer } from './private/peer';
import { buildSite, giveVariant, takeVariant } from './private/site';
import { GovernmentCloudProps, GovernmentZone } from './props';
import { GovernmentNetworkZone } from './zones';

/**
 * A government cloud after Hubei "Chutian Cloud" (designed to MLPS level 3) and Jiaxing:
 * one project with a quota per department. Compute partitions (cloud-resource, DMZ,
 * management, test) as availability zones or networks; seven network zones, each its own
 * network and default-deny policy; the Internet and the e-government extranet as two
 * external networks that no router joins, with FWaaS on every routed zone boundary; a
 * management network apart from tenant traffic; departments isolated from each other
 * except for declared flows; a region allow-list; encrypted volume
 * types; private, protected images; optional traffic mirroring; and the source's scale
 * guards (128 vCPU / 4 TiB RAM / 64 TiB disk per VM).
 */
export class GovernmentCloud extends Construct {
  /** The site. */
  public readonly site: ISite;
  /** The region the cloud runs in (checked against the allow-list). */
  public readonly region: string;
  /** The network zones, by zone (`GovernmentZone` value). */
  public readonly zones: { [zone: string]: GovernmentNetworkZone };
  /** The departments, by name. */
  public readonly departments: { [name: string]: GovernmentDepartment };
  /** The imported images, by name. */
  public readonly imageTemplates: { [name: string]: ImageTemplate };
  /** Lookup of the Internet external network (OpenStack). */
  public readonly internetNetwork?: DataOpenstackNetworkingNetworkV2;
  /** Lookup of the e-government extranet external network (OpenStack). */
  public readonly extranetNetwork?: DataOpenstackNetworkingNetworkV2;
  /** The router between the Internet and the Internet-side zones (OpenStack). */
  public readonly internetRouter?: NetworkingRouterV2;
  /** The router between the extranet and the extranet-side zones (OpenStack). */
  public readonly extranetRouter?: NetworkingRouterV2;
  /** The audit-log sink, when `auditSink` is set. */
  public readonly auditSink?: AuditLogSink;
  /** The encrypted volume types. The first is the default. */
  public readonly encryptedVolumeTypes: string[];
  /**
   * The peer site, a cloud of the same design on `peer.site` (digest G7).
   * @default - none (no `peer`)
   */
  public readonly peer?: GovernmentCloud;
  /**
   * On a peer site: its role. Undefined on the primary.
   * @default - undefined (the primary)
   */
  public readonly peerRole?: GovernmentPeerRole;
  /** The ends of the site-to-site VPN to the peer, this site's first (`peer.interconnect`). */
  public readonly interconnectLinks: SiteToSiteVpn[];

  constructor(scope: Construct, id: string, props: GovernmentCloudProps) {
    super(scope, id);
    this.site = props.site;
    Labels.of(this).add(LabelKeys.INDUSTRY, 'government');
    if (props.labels) for (const [k, v] of Object.entries(props.labels)) Labels.of(this).add(k, v);
    // A peer is checked before either site is built: the primary's zone firewalls need
    // the interconnect's flows. The peer is a GovernmentCloud inside this one.
    const peerPlan = props.peer ? planPeer(this, props, props.peer) : undefined;
    const variant = takeVariant(scope) ?? { boundaryFlows: peerPlan?.primaryFlows };
    if (variant.role) Labels.of(this).add(LabelKeys.REPLICA, variant.role === GovernmentPeerRole.BACKUP ? 'backup' : 'active');
    const built = buildSite(this, props, variant);
    this.region = built.plan.region;
    this.encryptedVolumeTypes = built.plan.encryptedVolumeTypes;
    this.zones = built.zones;
    this.internetNetwork = built.internetNetwork;
    this.extranetNetwork = built.extranetNetwork;
    this.internetRouter = built.internetRouter;
    this.extranetRouter = built.extranetRouter;
    this.imageTemplates = built.imageTemplates;
    this.auditSink = built.auditSink;
    this.departments = built.departments;
    this.peerRole = variant.role;

    this.interconnectLinks = [];
    if (props.peer && peerPlan) {
      // The peer's replica label is set before its resources exist, so it reaches them all.
      const peer = giveVariant(this, { ...peerPlan.variant, role: peerPlan.role }, () => new GovernmentCloud(this, peerPlan.name, peerPlan.props));
      this.peer = peer;
      this.interconnectLinks = linkSites(this, built, peer, peer, peerPlan, props.peer);
    }
  }

  /** The network zone `zone`. */
  public zone(zone: GovernmentZone): GovernmentNetworkZone {
    return this.zones[zone];
  }

  /** The department named `name`. Errors for an unknown name. */
  public department(name: string): GovernmentDepartment {
    const d = this.departments[name];
    if (!d) throw new ValidationError(this, 'departments', `has no department "${name}"`, `use one of ${Object.keys(this.departments).join(', ')}`);
    return d;
  }
}

import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { AuditLogSink, ImageTemplate, ISite, Peer } from '../../pool';
import { DataOpenstackNetworkingNetworkV2 } from '../../providers/openstack/data-openstack-networking-network-v2';
import { NetworkingRouterV2 } from '../../providers/openstack/networking-router-v2';
import { GovernmentDepartment } from './department';
import { createAuditSink } from './private/audit';
import { createEdges } from './private/edge';
import { ZONE_ORDER, ZONES } from './private/facts';
import { applyDeclaredFlows } from './private/flows';
import { checkMirroring } from './private/mirroring';
import { checkCloud } from './private/validate';
import { createDepartments, createImageTemplates } from './private/workloads';
import { applyZonePolicies } from './private/zone-policies';
import { GovernmentCloudProps, GovernmentZone, GovernmentZoneOptions } from './props';
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
  public readonly zones: { [zone: string]: GovernmentNetworkZone } = {};
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

  constructor(scope: Construct, id: string, props: GovernmentCloudProps) {
    super(scope, id);
    this.site = props.site;
    Labels.of(this).add(LabelKeys.INDUSTRY, 'government');
    if (props.labels) for (const [k, v] of Object.entries(props.labels)) Labels.of(this).add(k, v);
    const plan = checkCloud(this, props);
    this.region = plan.region;
    this.encryptedVolumeTypes = plan.encryptedVolumeTypes;

    // Zones: one network, one default-deny security group each. Zones with a pinned VLAN
    // go first, so the pool never hands a pinned ID to an unpinned zone.
    const pinned = (z: GovernmentZone) => props.zones?.[ZONES[z].key]?.vlanId !== undefined;
    for (const zone of [...ZONE_ORDER.filter(pinned), ...ZONE_ORDER.filter((z) => !pinned(z))]) {
      const zoneOptions: GovernmentZoneOptions | undefined = props.zones?.[ZONES[zone].key];
      this.zones[zone] = new GovernmentNetworkZone(this, ZONES[zone].slug, {
        site: props.site,
        zone,
        cidr: plan.cidrs[zone],
        existingNetwork: zone === GovernmentZone.MANAGEMENT ? props.existingManagementNetwork : undefined,
        vlanPool: props.vlanPool,
        vlanId: zoneOptions?.vlanId,
      });
    }
    const groups = Object.fromEntries(Object.entries(this.zones).map(([z, nz]) => [z, nz.securityGroup]));
    const mgmt = Peer.cidr(plan.cidrs[GovernmentZone.MANAGEMENT]);
    applyZonePolicies(groups, (z) => Peer.cidr(plan.cidrs[z]), {
      sshFrom: (props.managementAccessCidrs ?? [plan.cidrs[GovernmentZone.MANAGEMENT]]).map((c) => Peer.cidr(c)), syslogFrom: mgmt, to: mgmt,
    });

    // The Internet and extranet edges, and the zone firewalls.
    const edges = createEdges(this, props.site, this.zones, plan.cidrs, plan.externalNetworks);
    this.internetNetwork = edges?.internetNetwork;
    this.extranetNetwork = edges?.extranetNetwork;
    this.internetRouter = edges?.internetRouter;
    this.extranetRouter = edges?.extranetRouter;

    // Images, mirroring, and the departments with their workloads.
    this.imageTemplates = createImageTemplates(this, props);
    if (props.mirroring) checkMirroring(this, props.site, props.mirroring, plan.cidrs);
    this.auditSink = createAuditSink(this, props, this.zones, this.imageTemplates, plan);
    this.departments = createDepartments(this, props, {
      site: props.site,
      zones: this.zones,
      imageTemplates: this.imageTemplates,
      encryptedVolumeTypes: this.encryptedVolumeTypes,
      partitionZones: plan.partitionZones,
      tunnelIds: new Map(),
      auditForwarding: this.auditSink?.forwarding,
    });
    applyDeclaredFlows(this, this.departments, props.declaredFlows ?? []);
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

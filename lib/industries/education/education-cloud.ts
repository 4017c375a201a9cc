import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { requireDnsLabel, requireUnique } from '../../core/private/validate';
import { ObjectContainer, SiteToSiteVpn, TroveDatabase } from '../../openstack';
import { AuditLogSink, InstanceGroup, ISite, IStorageTier, Network, Router, StorageTier, TenantVdc } from '../../pool';
import { IdentityGroupV3 } from '../../providers/openstack/identity-group-v3';
import { createCampusAuditSink } from './private/audit';
import { createDepartments } from './private/departments';
import { SiteParts, siteParts } from './private/sites';
import { checkCloud } from './private/validate';
import { createZones } from './private/zones';
import { EducationCloudProps, EducationZone, EducationZoneLayout } from './props';

/**
 * A campus or regional education cloud after the OSCAR education cases (Hubei Education
 * Cloud on FitOS, passed MLPS level 3; G University on ZTE): one tenant VDC per department
 * or college under the organisation's parent project, with its own network, router,
 * boundary firewall (traffic between departments only through declared rules), load
 * balancer in front of its portals and quota; Keystone groups and their roles; dev/test
 * environments as quota-limited sub-projects; the ZTE three-zone or the Hubei seven-zone
 * layout as VXLAN networks, the edge zones on a distributed router with the Internet
 * gateway (NAT) and a site-to-site VPN; an encrypted distributed tier, a SAN backup tier and
 * Swift; optionally an audit-log sink every workload ships its logs to. Departments may run
 * on further sites of another hypervisor (OpenStack and vSphere in one campus cloud).
 * Enable `Compliance.MLPS_LEVEL3` for the Hubei profile.
 */
export class EducationCloud extends Construct {
  /** The campus site (zones and edge). */
  public readonly site: ISite;
  /** The zone layout. */
  public readonly zoneLayout: EducationZoneLayout;
  /** The zone networks, by zone (`EducationZone` value). */
  public readonly zones: { [zone: string]: Network };
  /**
   * The campus edge router: distributed, with the Internet gateway (SNAT) and the edge zones.
   * @default - none on sites without routers
   */
  public readonly edgeRouter?: Router;
  /**
   * The site-to-site VPN of the edge.
   * @default - none
   */
  public readonly vpn?: SiteToSiteVpn;
  /** The organisation's parent VDC (project) on the campus site. */
  public readonly organisation: TenantVdc;
  /** The departments' VDCs, by department name. */
  public readonly departments: { [name: string]: TenantVdc };
  /** The workloads, by `<department>/<workload>`. */
  public readonly workloads: { [name: string]: InstanceGroup };
  /** The dev/test environments, by `<department>/<environment>`. */
  public readonly devTestEnvironments: { [name: string]: TenantVdc };
  /** The managed databases, by `<department>/<database>`. */
  public readonly databases: { [name: string]: TroveDatabase };
  /** The Keystone groups created, by `<department>/<group>`. */
  public readonly groups: { [name: string]: IdentityGroupV3 };
  /**
   * The encrypted distributed tier of the campus site (an existing volume type).
   * @default - none on sites without volume types
   */
  public readonly distributedTier?: IStorageTier;
  /**
   * The SAN backup tier of the campus site.
   * @default - none on sites without volume types
   */
  public readonly backupTier?: StorageTier;
  /**
   * The audit-log sink every workload ships its logs to.
   * @default - none without `auditSink`
   */
  public readonly auditSink?: AuditLogSink;
  /** The Swift containers, by name. */
  public readonly objectContainers: { [name: string]: ObjectContainer } = {};

  constructor(scope: Construct, id: string, props: EducationCloudProps) {
    super(scope, id);
    this.site = props.site;
    Labels.of(this).add(LabelKeys.INDUSTRY, 'education');
    Labels.of(this).add(LabelKeys.PATTERN, 'education-cloud');
    if (props.labels) for (const [k, v] of Object.entries(props.labels)) Labels.of(this).add(k, v);
    const plan = checkCloud(this, props);
    this.zoneLayout = plan.layout;
    const prefix = Names.resourceName(this, { maxLength: 30 });

    // Zones and edge (E4-E6), the campus site's shared parts (E9, E10), departments (E1-E3, E7-E11).
    const edge = createZones(this, prefix, props, plan);
    this.zones = edge.zones;
    this.edgeRouter = edge.edgeRouter;
    this.vpn = edge.vpn;
    const memo = new Map<ISite, SiteParts>();
    const campus = siteParts(this, props, props.site, memo);
    this.organisation = campus.organisation;
    this.distributedTier = campus.distributedTier;
    this.backupTier = campus.backupTier;
    const audit = createCampusAuditSink(this, props, plan, this.zones);
    this.auditSink = audit?.sink;
    const parts = createDepartments(this, props, plan, this.zones, memo, audit);
    this.departments = parts.departments;
    this.workloads = parts.workloads;
    this.devTestEnvironments = parts.devTest;
    this.groups = parts.groups;
    this.databases = parts.databases;
    const containers = props.storage?.objectContainers ?? [];
    requireUnique(this, 'storage.objectContainers', containers);
    containers.forEach((name, i) => {
      requireDnsLabel(this, `storage.objectContainers[${i}]`, name);
      this.objectContainers[name] = new ObjectContainer(this, `container-${name}`, { site: props.site, name: `${prefix}-${name}`, versioning: true });
    });
  }

  /** The zone network `zone`. Errors for a zone outside the layout. */
  public zone(zone: EducationZone): Network {
    const z = this.zones[zone];
    if (!z) throw new ValidationError(this, 'zoneLayout', `has no zone "${zone}"`, `use one of ${Object.keys(this.zones).join(', ')}`);
    return z;
  }

  /** The department `name`. Errors for an unknown name. */
  public department(name: string): TenantVdc {
    const d = this.departments[name];
    if (!d) throw new ValidationError(this, 'departments', `has no department "${name}"`, `use one of ${Object.keys(this.departments).join(', ')}`);
    return d;
  }

  /** The workload `workload` of department `department`. Errors for an unknown name. */
  public workload(department: string, workload: string): InstanceGroup {
    const w = this.workloads[`${department}/${workload}`];
    if (!w) throw new ValidationError(this, 'departments', `has no workload "${workload}" in department "${department}"`, `use one of ${Object.keys(this.workloads).join(', ')}`);
    return w;
  }
}

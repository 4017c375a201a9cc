import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { requireDnsLabel, requireUnique } from '../../../core/private/validate';
import { AuditLogForwarding, ImageTemplate, InstanceGroup, NetworkAttachment, DataVolumeSpec, ISite, Peer, SecurityGroup } from '../../../pool';
import { openstackProviderOf } from '../../../pool/openstack/context';
import { DataOpenstackIdentityRoleV3 } from '../../../providers/openstack/data-openstack-identity-role-v3';
import { allowLogEgress, shipLogs } from '../../private/audit-sink';
import { tierImage } from '../../private/tier-image';
import { GovernmentDepartment } from '../department';
import { GovernmentCloudProps, GovernmentDepartmentSpec, GovernmentPartition, GovernmentPartitionZones, GovernmentWorkload, GovernmentZone } from '../props';
import { GovernmentNetworkZone } from '../zones';
import { PARTITION_KEYS, partitionLabel, ZONES } from './facts';
import { isMirrored, tapMirror } from './mirroring';
import { checkDepartmentQuota, checkScale, checkWorkloadZones, GOVERNMENT_MAX_VMS } from './validate';
import { applyZonePolicies } from './zone-policies';

// The departments of a government cloud and their workloads (internal).

/** @internal What the departments' workloads are built on. */
export interface WorkloadContext {
  readonly site: ISite;
  readonly zones: { [zone: string]: GovernmentNetworkZone };
  readonly imageTemplates: { [name: string]: ImageTemplate };
  /** The first is the default of every data volume. */
  readonly encryptedVolumeTypes: string[];
  readonly partitionZones?: GovernmentPartitionZones;
  /** Mirror tunnel IDs taken in the cloud, by owner. */
  readonly tunnelIds: Map<number, string>;
  /** The cloud's audit sink: every workload ships its logs there. */
  readonly auditForwarding?: AuditLogForwarding;
  /** Suffix of the department projects on a peer site (`<department>-<suffix>`). */
  readonly projectSuffix?: string;
  /** A backup site's warm standby: members of each workload (at most its count). */
  readonly standbyCount?: number;
}

/** @internal The private, protected images, by name. */
export function createImageTemplates(cloud: Construct, props: GovernmentCloudProps): { [name: string]: ImageTemplate } {
  const templates: { [name: string]: ImageTemplate } = {};
  (props.imageTemplates ?? []).forEach((spec, i) => {
    requireDnsLabel(cloud, `imageTemplates[${i}].name`, spec.name);
    if (templates[spec.name]) throw new ValidationError(cloud, `imageTemplates[${i}].name`, `image "${spec.name}" is declared twice`, 'give each image a unique name');
    templates[spec.name] = new ImageTemplate(cloud, `image-${spec.name}`, {
      site: props.site, url: spec.url, name: spec.name, diskFormat: spec.diskFormat, minDiskGiB: spec.minDiskGiB,
    });
  });
  return templates;
}

/** @internal One project with a quota per department, and the department's workloads; at most the cloud's VMs. */
export function createDepartments(cloud: Construct, props: GovernmentCloudProps, ctx: WorkloadContext): { [name: string]: GovernmentDepartment } {
  requireUnique(cloud, 'departments[].name', props.departments.map((d) => d.name));
  const departments: { [name: string]: GovernmentDepartment } = {};
  let totalVms = 0;
  props.departments.forEach((spec, i) => {
    const prop = `departments[${i}]`;
    requireDnsLabel(cloud, `${prop}.name`, spec.name);
    checkDepartmentQuota(cloud, prop, spec);
    // The quota covers the zones the department's workloads run in (vSphere: one
    // resource pool per cluster), not every cluster.
    const quotaZones = [...new Set((spec.workloads ?? []).flatMap((w) => zonesOfPartition(ctx, ZONES[w.zone]?.partition) ?? props.site.availabilityZones))];
    const dept = new GovernmentDepartment(cloud, spec.name, {
      site: props.site, spec, domainId: props.domainId, projectName: ctx.projectSuffix ? `${spec.name}-${ctx.projectSuffix}` : undefined, adminRoleId: spec.adminGroupId !== undefined ? adminRole(cloud, props)?.id : undefined,
      quotaZones: quotaZones.length > 0 ? quotaZones : undefined,
    });
    departments[spec.name] = dept;
    requireUnique(cloud, `${prop}.workloads[].name`, (spec.workloads ?? []).map((w) => w.name));
    (spec.workloads ?? []).forEach((w, j) => {
      totalVms += w.count ?? 2;
      createWorkload(cloud, props, ctx, dept, spec, w, `${prop}.workloads[${j}]`);
    });
    applyDepartmentPolicies(dept, props, ctx.auditForwarding);
  });
  if (totalVms > GOVERNMENT_MAX_VMS) {
    throw new ValidationError(cloud, 'departments', `the workloads need ${totalVms} VMs, above the ${GOVERNMENT_MAX_VMS} of one non-cascaded cloud`, 'split the estate into several clouds (sites)');
  }
  return departments;
}

/** The zones of a compute partition, when `partitionZones` names them. */
function zonesOfPartition(ctx: WorkloadContext, partition: GovernmentPartition | undefined): string[] | undefined {
  const key = PARTITION_KEYS.find(([p]) => p === partition)?.[1];
  return key === undefined ? undefined : ctx.partitionZones?.[key];
}

/** The role department administrators get, looked up once (OpenStack). */
function adminRole(cloud: Construct, props: GovernmentCloudProps): DataOpenstackIdentityRoleV3 | undefined {
  if (!props.site.capabilities.projects) return undefined;
  const existing = cloud.node.tryFindChild('department-admin-role') as DataOpenstackIdentityRoleV3 | undefined;
  return existing ?? new DataOpenstackIdentityRoleV3(cloud, 'department-admin-role', {
    provider: openstackProviderOf(props.site, cloud, 'site', 'Keystone roles'),
    name: props.departmentAdminRole ?? 'member',
  });
}

/** One workload: an instance group in its zones' networks, in its partition, on encrypted volumes, mirrored when asked. */
function createWorkload(cloud: Construct, props: GovernmentCloudProps, ctx: WorkloadContext, dept: GovernmentDepartment, spec: GovernmentDepartmentSpec, w: GovernmentWorkload, prop: string): void {
  requireDnsLabel(cloud, `${prop}.name`, w.name);
  const facts = ZONES[w.zone];
  if (!facts) throw new ValidationError(cloud, `${prop}.zone`, `"${w.zone}" is not a government zone`, 'use a GovernmentZone value');
  checkScale(cloud, w, prop);
  const image = tierImage(cloud, prop, w, ctx.imageTemplates, 'imageTemplates');
  const volumes = encryptedVolumes(cloud, ctx, w, prop);

  // NICs: the zone, further zones of the same side, then management.
  const zones = checkWorkloadZones(cloud, prop, w);
  const managementNic = w.managementNic ?? !zones.includes(GovernmentZone.MANAGEMENT);
  if (ctx.auditForwarding && w.managementNic === false && !zones.includes(GovernmentZone.MANAGEMENT)) {
    throw new ValidationError(cloud, `${prop}.managementNic`, 'is false, and the workload ships its logs to the audit sink over its management NIC', 'leave managementNic unset');
  }
  if (managementNic && !zones.includes(GovernmentZone.MANAGEMENT)) zones.push(GovernmentZone.MANAGEMENT);
  // The zone networks are the cloud's; the department's project gets each one it uses
  // (RBAC), and its ports carry the department's own group of the zone.
  const networks: NetworkAttachment[] = zones.map((z) => {
    dept.useNetwork(ctx.zones[z].network);
    return { network: ctx.zones[z].network, securityGroups: [departmentGroup(dept, z)] };
  });

  const backup: { [key: string]: string } = props.backupPolicy !== undefined ? { [LabelKeys.BACKUP_POLICY]: props.backupPolicy } : {};
  const group = new InstanceGroup(dept, w.name, {
    site: dept.site, // the department-scoped provider: the department's quota bounds it
    name: `${spec.name}-${w.name}`,
    count: ctx.standbyCount === undefined ? w.count ?? 2 : Math.min(w.count ?? 2, ctx.standbyCount),
    size: w.size,
    image,
    zones: zonesOfPartition(ctx, facts.partition),
    quota: dept.quota, // on vSphere, the department's resource pools hold its VMs
    networks,
    volumes,
    keyPair: w.keyPair,
    userData: shipLogs(ctx.auditForwarding, w.userData),
    labels: {
      [LabelKeys.DEPARTMENT]: spec.name,
      [LabelKeys.ZONE]: facts.slug,
      [LabelKeys.PARTITION]: partitionLabel(facts.partition),
      ...backup,
      ...(w.labels ?? {}),
    },
  });
  dept.workloads[w.name] = group;

  const m = props.mirroring;
  const mirrored = isMirrored(m, w.zone, w.mirrored);
  if (mirrored && !m) {
    throw new ValidationError(cloud, `${prop}.mirrored`, 'is true but the cloud has no mirroring collector', 'set mirroring: { collectorIp } on the cloud, or leave mirrored unset');
  }
  if (mirrored && m && ctx.site.capabilities.trafficMirroring) {
    // On the department's provider: TaaS accepts a mirror only from the port's own project.
    dept.tapMirrors[w.name] = tapMirror(cloud, dept.site, group, m, prop, ctx.tunnelIds);
  }
}

/** The department's own security group in `zone`, created on first use (default deny). */
function departmentGroup(dept: GovernmentDepartment, zone: GovernmentZone): SecurityGroup {
  const existing = dept.zoneGroups[zone];
  if (existing) return existing;
  const slug = ZONES[zone].slug;
  const group = new SecurityGroup(dept, `policy-${slug}`, {
    site: dept.site,
    description: `${slug} zone of department ${dept.departmentName}: default deny, only the department's own zone flows`,
  });
  dept.zoneGroups[zone] = group;
  return group;
}

/**
 * The zone flows between the department's own groups only: another department's
 * workloads, on the same zone networks, match none of them. SSH to the management NICs
 * comes from the declared operator networks (`managementAccessCidrs`), else from the
 * department's own management NICs.
 */
function applyDepartmentPolicies(dept: GovernmentDepartment, props: GovernmentCloudProps, audit?: AuditLogForwarding): void {
  const own = (z: GovernmentZone) => (dept.zoneGroups[z] ? Peer.securityGroup(dept.zoneGroups[z]) : undefined);
  const mgmt = own(GovernmentZone.MANAGEMENT);
  applyZonePolicies(dept.zoneGroups, own, {
    sshFrom: props.managementAccessCidrs ? props.managementAccessCidrs.map((c) => Peer.cidr(c)) : (mgmt ? [mgmt] : []),
    to: mgmt,
  });
  // Logs leave through the management NIC, to the sink's collectors only.
  const group = dept.zoneGroups[GovernmentZone.MANAGEMENT];
  allowLogEgress(audit, group ? [group] : []);
}

/** Data volumes on encrypted types only. A volume without a type gets the first. */
function encryptedVolumes(cloud: Construct, ctx: WorkloadContext, w: GovernmentWorkload, prop: string): DataVolumeSpec[] {
  const types = ctx.encryptedVolumeTypes;
  return (w.volumes ?? []).map((v, k) => {
    if (v.volumeType !== undefined && !Token.isUnresolved(v.volumeType) && !types.includes(v.volumeType)) {
      throw new ValidationError(cloud, `${prop}.volumes[${k}].volumeType`, `"${v.volumeType}" is not one of the encrypted volume types (${types.join(', ')})`, 'leave volumeType unset for the default encrypted type, or add the type to encryptedVolumeTypes');
    }
    return { ...v, volumeType: v.volumeType ?? types[0] };
  });
}

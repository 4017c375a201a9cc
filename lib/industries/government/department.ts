import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { requireDnsLabel } from '../../core/private/validate';
import { InstanceGroup, ISite, SecurityGroup, TenantVdc } from '../../pool';
import { openstackProviderOf } from '../../pool/openstack/context';
import { IdentityProjectV3 } from '../../providers/openstack/identity-project-v3';
import { IdentityRoleAssignmentV3 } from '../../providers/openstack/identity-role-assignment-v3';
import { TaasTapMirrorV2 } from '../../providers/openstack/taas-tap-mirror-v2';
import { GovernmentDepartmentSpec } from './props';

export interface GovernmentDepartmentProps {
  /** The site. */
  readonly site: ISite;
  /** The department. */
  readonly spec: GovernmentDepartmentSpec;
  /**
   * Keystone domain of the project (OpenStack).
   * @default - the provider's default domain
   */
  readonly domainId?: string;
  /**
   * The ID of the role `spec.adminGroupId` gets on the project (OpenStack).
   * @default - none (required when `spec.adminGroupId` is set)
   */
  readonly adminRoleId?: string;
  /**
   * The zones the department's quota covers (vSphere: one resource pool per cluster).
   * @default - every zone of the site
   */
  readonly quotaZones?: string[];
  /**
   * Name of the department's project (folder and resource pool on vSphere).
   * @default - the department name (`spec.name`)
   */
  readonly projectName?: string;
}

/**
 * One department: a tenant VDC without a network of its own. On OpenStack a Keystone
 * project with Nova, Neutron and Cinder quota sets, and a department-scoped provider (the
 * deploying identity scoped to the project) that creates the department's workloads and
 * security groups, so the quota bounds them (a resource pool with a memory limit and a
 * VM folder on vSphere). Its workloads attach the cloud's zone networks, which are
 * shared with its project only, zone by zone.
 */
export class GovernmentDepartment extends TenantVdc {
  /** The department name. */
  public readonly departmentName: string;
  /**
   * The Keystone project (OpenStack).
   * @default - undefined on vSphere
   */
  public readonly project?: IdentityProjectV3;
  /** The workloads by name. */
  public readonly workloads: { [name: string]: InstanceGroup } = {};
  /** Tap mirrors by workload name (OpenStack, mirrored workloads only). */
  public readonly tapMirrors: { [name: string]: TaasTapMirrorV2 } = {};
  /** The department's own security group per network zone it uses, by zone (`GovernmentZone` value). */
  public readonly zoneGroups: { [zone: string]: SecurityGroup } = {};
  /**
   * The administrators' role on the project (OpenStack, with `adminGroupId`).
   * @default - none
   */
  public readonly adminRoleAssignment?: IdentityRoleAssignmentV3;

  constructor(scope: Construct, id: string, props: GovernmentDepartmentProps) {
    const { site, spec } = props;
    const q = spec.quota;
    const openstack = site.capabilities.projects;
    super(scope, id, {
      site,
      name: props.projectName ?? spec.name,
      description: spec.description ?? `${spec.name} department`,
      domainId: props.domainId,
      quota: {
        vcpus: openstack ? q.vcpus : undefined,
        memoryGiB: q.memoryGiB,
        instances: openstack ? q.instances : undefined,
        storageGiB: openstack ? q.storageGiB : undefined,
        volumes: openstack ? q.volumes : undefined,
      },
      quotaZones: openstack ? undefined : props.quotaZones,
      labels: { [LabelKeys.DEPARTMENT]: spec.name },
    });
    requireDnsLabel(this, 'spec.name', spec.name);
    this.departmentName = spec.name;
    Labels.of(this).add(LabelKeys.DEPARTMENT, spec.name);
    this.project = this.openstack?.project;
    if (spec.adminGroupId !== undefined) {
      if (!this.project) {
        throw new ValidationError(this, 'spec.adminGroupId', `${site.targetName} sites have no projects (Keystone groups)`, 'grant vCenter permissions on the department resource pool out of band, or leave adminGroupId unset');
      }
      if (!props.adminRoleId) throw new ValidationError(this, 'adminRoleId', 'is required when spec.adminGroupId is set', 'pass the ID of the role to grant, e.g. the id of a DataOpenstackIdentityRoleV3 for "member"');
      this.adminRoleAssignment = new IdentityRoleAssignmentV3(this, 'admin-group', {
        provider: openstackProviderOf(site, this, 'site', 'Keystone projects'),
        projectId: this.project.id,
        groupId: spec.adminGroupId,
        roleId: props.adminRoleId,
      });
    }
  }
}

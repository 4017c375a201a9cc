import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { requireDnsLabel } from '../../core/private/validate';
import { InstanceGroup, Quota, ISite } from '../../pool';
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
}

/**
 * One department: a Keystone project with Nova, Neutron and Cinder quota sets on
 * OpenStack (a resource pool with a memory limit on vSphere), and its workloads.
 */
export class GovernmentDepartment extends Construct {
  /** The department name. */
  public readonly departmentName: string;
  /** The Keystone project (OpenStack). */
  public readonly project?: IdentityProjectV3;
  /** The quota: project quota sets on OpenStack, a resource pool on vSphere. */
  public readonly quota: Quota;
  /** The workloads by name. */
  public readonly workloads: { [name: string]: InstanceGroup } = {};
  /** Tap mirrors by workload name (OpenStack, mirrored workloads only). */
  public readonly tapMirrors: { [name: string]: TaasTapMirrorV2 } = {};
  /** The administrators' role on the project (OpenStack, with `adminGroupId`). */
  public readonly adminRoleAssignment?: IdentityRoleAssignmentV3;

  constructor(scope: Construct, id: string, props: GovernmentDepartmentProps) {
    super(scope, id);
    const { site, spec } = props;
    requireDnsLabel(this, 'spec.name', spec.name);
    this.departmentName = spec.name;
    Labels.of(this).add(LabelKeys.DEPARTMENT, spec.name);
    const q = spec.quota;
    const openstack = site.capabilities.projects;
    if (openstack) {
      const provider = openstackProviderOf(site, this, 'site', 'Keystone projects');
      this.project = new IdentityProjectV3(this, 'project', {
        provider,
        name: spec.name,
        description: spec.description ?? `${spec.name} department`,
        domainId: props.domainId,
        enabled: true,
        tags: Labels.toOpenStackTags(Labels.resolve(this)),
      });
      if (spec.adminGroupId !== undefined) {
        if (!props.adminRoleId) throw new ValidationError(this, 'adminRoleId', 'is required when spec.adminGroupId is set', 'pass the ID of the role to grant, e.g. the id of a DataOpenstackIdentityRoleV3 for "member"');
        this.adminRoleAssignment = new IdentityRoleAssignmentV3(this, 'admin-group', {
          provider,
          projectId: this.project.id,
          groupId: spec.adminGroupId,
          roleId: props.adminRoleId,
        });
      }
    } else if (spec.adminGroupId !== undefined) {
      throw new ValidationError(this, 'spec.adminGroupId', `${site.targetName} sites have no projects (Keystone groups)`, 'grant vCenter permissions on the department resource pool out of band, or leave adminGroupId unset');
    }
    this.quota = new Quota(this, 'quota', {
      site,
      projectId: this.project?.id,
      vcpus: openstack ? q.vcpus : undefined,
      memoryGiB: q.memoryGiB,
      instances: openstack ? q.instances : undefined,
      storageGiB: openstack ? q.storageGiB : undefined,
      volumes: openstack ? q.volumes : undefined,
      zones: openstack ? undefined : props.quotaZones,
    });
  }
}

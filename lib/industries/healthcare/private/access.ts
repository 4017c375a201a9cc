import { Construct } from 'constructs';
import { Labels } from '../../../core/labels';
import { openstackProviderOf } from '../../../pool/openstack/context';
import { DataOpenstackIdentityRoleV3 } from '../../../providers/openstack/data-openstack-identity-role-v3';
import { IdentityApplicationCredentialV3 } from '../../../providers/openstack/identity-application-credential-v3';
import { IdentityRoleAssignmentV3 } from '../../../providers/openstack/identity-role-assignment-v3';
import { OrchestrationStackV1 } from '../../../providers/openstack/orchestration-stack-v1';
import { HealthcareCloudProps } from '../props';

// Access control (H5) and orchestration (H8) of a healthcare cloud: Keystone and Heat
// resources, which no pool block covers (internal). Validation refused privileged roles,
// grants without a project and credentials without access rules.

/** @internal The grants and credentials. */
export interface AccessParts {
  readonly roleAssignments: IdentityRoleAssignmentV3[];
  readonly applicationCredentials: { [name: string]: IdentityApplicationCredentialV3 };
}

/** @internal Group roles on the project (default reader) and restricted application credentials (default reader, explicit access rules). */
export function createAccess(scope: Construct, prefix: string, props: HealthcareCloudProps): AccessParts {
  const parts: AccessParts = { roleAssignments: [], applicationCredentials: {} };
  const grants = props.roleGrants ?? [];
  const creds = props.applicationCredentials ?? [];
  if (grants.length === 0 && creds.length === 0) return parts;
  const provider = openstackProviderOf(props.site, scope, 'site', 'Keystone roles and application credentials');
  const roles: { [name: string]: DataOpenstackIdentityRoleV3 } = {};
  const roleId = (name: string) => (roles[name] ??= new DataOpenstackIdentityRoleV3(scope, `role-${name}`, { provider, name })).id;
  grants.forEach((g, i) => {
    parts.roleAssignments.push(new IdentityRoleAssignmentV3(scope, `grant-${i + 1}`, { provider, projectId: props.projectId!, groupId: g.groupId, roleId: roleId(g.role ?? 'reader') }));
  });
  for (const c of creds) {
    // Keystone generates the secret; it stays sensitive in state. Restricted: it cannot mint
    // further credentials or trusts.
    parts.applicationCredentials[c.name] = new IdentityApplicationCredentialV3(scope, `credential-${c.name}`, {
      provider,
      name: `${prefix}-${c.name}`,
      description: `workload credential ${c.name}: least roles, explicit access rules`,
      roles: c.roles ?? ['reader'],
      unrestricted: false,
      expiresAt: c.expiresAt,
      accessRules: c.accessRules.map((r) => ({ service: r.service, method: r.method, path: r.path })),
    });
  }
  return parts;
}

/** @internal The Heat stack, tagged like every other resource of the cloud (H6). */
export function createOrchestration(scope: Construct, props: HealthcareCloudProps): OrchestrationStackV1 | undefined {
  const o = props.orchestration;
  if (!o) return undefined;
  return new OrchestrationStackV1(scope, `stack-${o.name}`, {
    provider: openstackProviderOf(props.site, scope, 'orchestration', 'Heat stacks'),
    name: o.name,
    // Provider 3.4.0 reads only the keys Bin (the template text) and URL (buildTE); any
    // other key leaves the template empty: "Data in neither json nor yaml format".
    templateOpts: { Bin: o.template },
    // Without environment_opts the provider reads an environment from the empty URL (its
    // working directory) and fails the same way; its own acceptance tests pass "\n".
    environmentOpts: { Bin: '\n' },
    parameters: o.parameters,
    disableRollback: false,
    tags: Labels.toOpenStackTags(Labels.resolve(scope)),
  });
}

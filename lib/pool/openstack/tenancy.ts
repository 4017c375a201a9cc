import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Labels } from '../../core/labels';
import { DataOpenstackIdentityAuthScopeV3 } from '../../providers/openstack/data-openstack-identity-auth-scope-v3';
import { DataOpenstackIdentityGroupV3 } from '../../providers/openstack/data-openstack-identity-group-v3';
import { DataOpenstackIdentityRoleV3 } from '../../providers/openstack/data-openstack-identity-role-v3';
import { IdentityApplicationCredentialV3 } from '../../providers/openstack/identity-application-credential-v3';
import { IdentityProjectV3 } from '../../providers/openstack/identity-project-v3';
import { IdentityRoleAssignmentV3 } from '../../providers/openstack/identity-role-assignment-v3';
import { NetworkingRbacPolicyV2 } from '../../providers/openstack/networking-rbac-policy-v2';
import { OpenstackProvider, OpenstackProviderConfig } from '../../providers/openstack/provider';
import { floatingIpLimit } from '../private/floating-ip-limit';
import { ITenancyDriver, quotaServes, TenantVdcEdgePlan, TenantVdcEdgeResult, TenantVdcPlan, TenantVdcResult } from '../private/tenancy';
import { Quota } from '../quota';
import { ISite } from '../site';
import { OpenStackSiteContext, registerTenantScope } from './context';
import { buildOpenStackVdcEdge } from './tenancy-edge';

/** @internal Creates the VDC's own site (an OpenStackSite on the given provider). */
export type OpenStackChildSiteFactory = (scope: Construct, id: string, provider: OpenstackProvider) => ISite;

/**
 * The deploying identity's settings a project-scoped copy of the provider keeps: where
 * and as whom to authenticate, never the project (scope) it was scoped to.
 */
function identityOf(p: OpenstackProvider): OpenstackProviderConfig {
  return {
    cloud: p.cloud, authUrl: p.authUrl, region: p.region, insecure: p.insecure, cacertFile: p.cacertFile, cert: p.cert, key: p.key,
    endpointType: p.endpointType, userName: p.userName, userId: p.userId, password: p.password, token: p.token,
    userDomainName: p.userDomainName, userDomainId: p.userDomainId, defaultDomain: p.defaultDomain,
  };
}

/**
 * @internal A tenant VDC on OpenStack: a Keystone project (under the parent VDC's),
 * the deploying user's role on it, a bootstrap provider scoped to the project that
 * creates an application credential (Keystone generates the secret; it is only
 * referenced, and kept sensitive in state), and the VDC's provider authenticated with
 * that credential. The quota sets are the admin's (the parent site's provider).
 */
export class OpenStackTenancy implements ITenancyDriver {
  constructor(private readonly site: OpenStackSiteContext & ISite, private readonly childSite: OpenStackChildSiteFactory) {}

  public tenantVdc(scope: IConstruct, plan: TenantVdcPlan): TenantVdcResult {
    const s = scope as Construct;
    const admin = this.site.provider;
    if (admin.cloud !== undefined) {
      // gophercloud builds a clouds.yaml entry's auth from the file alone: the project
      // scope (tenant_id) of the VDC's provider would be dropped, silently.
      throw new ValidationError(s, 'site', `the site's provider authenticates with the clouds.yaml entry "${admin.cloud}", and provider 3.4.0 then ignores the project scope of every provider derived from it: the VDC's resources would land in that entry's project`,
        'configure the site\'s provider with authUrl and credentials (or OS_AUTH_URL, OS_USERNAME, ... variables) instead of cloud, in stacks with tenant VDCs');
    }
    const project = new IdentityProjectV3(s, 'project', {
      provider: admin,
      name: plan.name,
      description: plan.description,
      parentId: plan.parent?.projectId,
      domainId: plan.domainId,
      enabled: true,
      tags: Labels.toOpenStackTags(plan.labels),
    });
    const role = new DataOpenstackIdentityRoleV3(s, 'role', { provider: admin, name: plan.role ?? 'member' });
    const deployer = new DataOpenstackIdentityAuthScopeV3(s, 'deployer', { provider: admin, name: `${plan.name}-deployer` });
    const deployerRole = new IdentityRoleAssignmentV3(s, 'deployer-role', { provider: admin, projectId: project.id, userId: deployer.userId, roleId: role.id });
    let principalRole: IdentityRoleAssignmentV3 | undefined;
    if (plan.principal !== undefined) {
      const group = new DataOpenstackIdentityGroupV3(s, 'principal', { provider: admin, name: plan.principal });
      principalRole = new IdentityRoleAssignmentV3(s, 'principal-role', { provider: admin, projectId: project.id, groupId: group.id, roleId: role.id });
    }
    const bootstrapProvider = new OpenstackProvider(s, 'bootstrap-provider', {
      ...identityOf(admin),
      alias: `${plan.name}-bootstrap`,
      tenantId: project.id,
    });
    const applicationCredential = new IdentityApplicationCredentialV3(s, 'credential', {
      provider: bootstrapProvider,
      name: plan.name,
      description: `credential of tenant VDC ${scope.node.path}`,
      roles: [plan.role ?? 'member'],
      unrestricted: false,
      dependsOn: [deployerRole],
      // Keystone answers with the roles the given one implies too (member: member and reader):
      // without this, every plan would replace the credential.
      lifecycle: { ignoreChanges: ['roles'] },
    });
    // The VDC's provider is the deploying identity scoped to the project, not the
    // application credential: provider 3.4.0 (gophercloud) authenticates with OS_PASSWORD
    // from the environment whenever it is set, ahead of an application credential, and the
    // unscoped token it gets has no catalog ("No suitable endpoint"), which the e2e suite
    // hit. The scope is read from the role assignment, so the provider authenticates only
    // once the deployer holds a role on the project.
    const provider = new OpenstackProvider(s, 'provider', {
      ...identityOf(admin),
      alias: plan.name,
      region: this.site.region,
      tenantId: deployerRole.projectId,
    });
    const quota = new Quota(s, 'quota', {
      site: this.site,
      projectId: project.id,
      ...plan.quota,
      networks: plan.networks,
      floatingIps: floatingIpQuota(plan, this.site.externalNetwork !== undefined),
    });
    const site = this.childSite(s, 'site', provider);
    registerTenantScope(site, { adminProvider: admin, projectId: project.id, prefix: plan.name, bootstrap: { provider: bootstrapProvider, dependsOn: [deployerRole] } });
    quotaServes(quota, site);
    return {
      site,
      projectId: project.id,
      externalNetwork: this.site.externalNetwork !== undefined,
      quota,
      openstack: { project, deployerRole, principalRole, bootstrapProvider, applicationCredential, provider },
    };
  }

  public shareNetwork(scope: IConstruct, id: string, networkId: string, vdc: TenantVdcResult): NetworkingRbacPolicyV2 {
    // The network's owner (the admin project) shares it with the VDC's project only.
    return new NetworkingRbacPolicyV2(scope as Construct, id, {
      provider: this.site.provider, action: 'access_as_shared', objectType: 'network', objectId: networkId, targetTenant: vdc.projectId!,
    });
  }

  public shareQosPolicy(scope: IConstruct, id: string, policyId: string, vdc: TenantVdcResult): NetworkingRbacPolicyV2 {
    return new NetworkingRbacPolicyV2(scope as Construct, id, {
      provider: this.site.provider, action: 'access_as_shared', objectType: 'qos_policy', objectId: policyId, targetTenant: vdc.projectId!,
    });
  }

  public edge(scope: IConstruct, site: ISite, plan: TenantVdcEdgePlan): TenantVdcEdgeResult {
    return buildOpenStackVdcEdge(scope, site, plan);
  }
}

/** With `floatingIps` set, the limit for those and the load balancer's address; otherwise the cloud's default stays. */
function floatingIpQuota(plan: TenantVdcPlan, externalNetwork: boolean): number | undefined {
  if (!plan.floatingIps) return undefined;
  return floatingIpLimit(plan.floatingIps + (plan.loadBalancer && externalNetwork ? 1 : 0));
}

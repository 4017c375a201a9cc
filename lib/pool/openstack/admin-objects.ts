import { TerraformResource, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataOpenstackIdentityAuthScopeV3 } from '../../providers/openstack/data-openstack-identity-auth-scope-v3';
import { OpenstackProvider } from '../../providers/openstack/provider';

/** The credentials an OpenStack site's provider runs with, which decides what it may create. */
export enum SiteCredentials {
  /**
   * Cloud-admin credentials: the site may create the platform's admin-owned objects
   * (flavors, volume types, aggregates, projects, quotas, provider networks, QoS policies).
   */
  ADMIN = 'admin',
  /**
   * Project-member credentials: the site creates tenant objects only (networks, routers,
   * security groups, servers, volumes, load balancers, floating IPs) and references the
   * admin-owned ones by name (`Size.flavor`, `StorageTier.fromVolumeType`). Creating an
   * admin-owned object on it fails synth, since the API would refuse it with 403.
   */
  TENANT = 'tenant',
}

/**
 * Resource types that Keystone, Nova, Cinder, Neutron and Octavia reserve to cloud admins
 * under their default policies (2024.1+ "secure RBAC" defaults included).
 */
const ADMIN_ONLY_TYPES: { [type: string]: string } = {
  openstack_compute_flavor_v2: 'flavors',
  openstack_compute_flavor_access_v2: 'flavor access',
  openstack_compute_aggregate_v2: 'host aggregates',
  openstack_compute_quotaset_v2: 'compute quotas',
  openstack_blockstorage_volume_type_v3: 'volume types',
  openstack_blockstorage_volume_type_access_v3: 'volume type access',
  openstack_blockstorage_qos_v3: 'Cinder QoS specs',
  openstack_blockstorage_qos_association_v3: 'Cinder QoS specs',
  openstack_blockstorage_quotaset_v3: 'block-storage quotas',
  openstack_networking_quota_v2: 'network quotas',
  openstack_networking_qos_policy_v2: 'Neutron QoS policies',
  openstack_networking_qos_bandwidth_limit_rule_v2: 'Neutron QoS rules',
  openstack_networking_qos_dscp_marking_rule_v2: 'Neutron QoS rules',
  openstack_networking_qos_minimum_bandwidth_rule_v2: 'Neutron QoS rules',
  openstack_identity_project_v3: 'Keystone projects',
  openstack_identity_role_assignment_v3: 'Keystone role assignments',
  openstack_identity_user_v3: 'Keystone users',
  openstack_identity_group_v3: 'Keystone groups',
  openstack_identity_role_v3: 'Keystone roles',
  openstack_lb_quota_v2: 'load-balancer quotas',
};

const CREDENTIALS = new WeakMap<OpenstackProvider, SiteCredentials>();
const AUTH_SCOPES = new WeakMap<IConstruct, DataOpenstackIdentityAuthScopeV3>();
const CHECKED = new WeakSet<TerraformStack>();

/** @internal What a tenant-credential provider may not create, or undefined when it may. */
function adminOnlyReason(resource: TerraformResource): string | undefined {
  const what = ADMIN_ONLY_TYPES[resource.terraformResourceType];
  if (what) return what;
  if (resource.terraformResourceType === 'openstack_networking_network_v2') {
    const a = resource.toTerraform().resource?.openstack_networking_network_v2;
    const attrs = a ? (Object.values(a)[0] as { [k: string]: unknown }) : {};
    if (attrs.segments !== undefined || attrs.external === true || attrs.shared === true) return 'provider, external or shared networks';
  }
  if (resource.terraformResourceType === 'openstack_images_image_v2') {
    const a = resource.toTerraform().resource?.openstack_images_image_v2;
    const attrs = a ? (Object.values(a)[0] as { [k: string]: unknown }) : {};
    if (attrs.visibility === 'public') return 'public images';
  }
  return undefined;
}

/**
 * @internal Records the credentials of a site's provider. For tenant credentials, a
 * whole-stack validation (registered once) fails synth on every admin-owned object bound
 * to that provider, naming the object and how to reference the platform's instead.
 */
export function registerCredentials(site: Construct, provider: OpenstackProvider, credentials: SiteCredentials): void {
  CREDENTIALS.set(provider, credentials);
  const stack = TerraformStack.of(site);
  if (credentials !== SiteCredentials.TENANT || CHECKED.has(stack)) return;
  CHECKED.add(stack);
  stack.node.addValidation({
    validate: () => stack.node.findAll()
      .filter((c): c is TerraformResource => c instanceof TerraformResource && c.provider instanceof OpenstackProvider
        && CREDENTIALS.get(c.provider) === SiteCredentials.TENANT)
      .map((c) => [c, adminOnlyReason(c)] as const)
      .filter(([, why]) => why !== undefined)
      .slice(0, 10)
      .map(([c, why]) => `[${c.node.path}] provider: ${c.terraformResourceType} is one of the ${why} that only cloud admins may create, but its site runs with tenant credentials (credentials: SiteCredentials.TENANT). Fix: create it in the platform stack (an OpenStackSite with admin credentials) and reference it here by name (Size.flavor, StorageTier.fromVolumeType, an existing network), or drop the prop that asks for it.`),
  });
}

/** @internal The credentials a provider was registered with; admin when unknown. */
export function credentialsOf(provider: OpenstackProvider): SiteCredentials {
  return CREDENTIALS.get(provider) ?? SiteCredentials.ADMIN;
}

/**
 * @internal The project the site's provider is scoped to (Keystone auth scope), looked up
 * once per site. Private admin objects are granted to it, so the deploying project can
 * use what it created even when its role is not admin-wide.
 */
export function deployingProjectId(site: Construct, provider: OpenstackProvider): string {
  let scope = AUTH_SCOPES.get(site);
  if (!scope) {
    scope = new DataOpenstackIdentityAuthScopeV3(site, 'deploying-project', { provider, name: 'deploying-project' });
    AUTH_SCOPES.set(site, scope);
  }
  return scope.projectId;
}

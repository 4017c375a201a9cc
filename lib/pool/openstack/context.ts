import { ITerraformDependable } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { OpenstackProvider } from '../../providers/openstack/provider';

/**
 * @internal What the OpenStack driver needs of its site. A structural type, so the
 * driver never imports the site class (which imports the driver).
 */
export interface OpenStackSiteContext extends Construct {
  readonly provider: OpenstackProvider;
  readonly region: string;
  readonly externalNetworkId?: string;
  readonly externalNetwork?: unknown;
  readonly platformName: string;
  readonly sharedAdminObjects: boolean;
}

const OPENSTACK_SITES = new WeakMap<IConstruct, OpenStackSiteContext>();

/** @internal Called by OpenStackSite. */
export function registerOpenStackSite(site: OpenStackSiteContext): void {
  OPENSTACK_SITES.set(site, site);
}

/**
 * @internal The OpenStack provider of `site`, for building blocks that exist only on
 * OpenStack (Keystone projects, FWaaS, Octavia, Designate, ...). Throws, naming the
 * target, `scope` and `prop`, for sites of any other target.
 */
export function openstackProviderOf(site: IConstruct & { readonly targetName: string }, scope: IConstruct, prop: string, what: string): OpenstackProvider {
  const os = OPENSTACK_SITES.get(site);
  if (!os) throw new ValidationError(scope, prop, `${what} exist only on OpenStack sites (site ${site.node.path} is ${site.targetName})`, 'place it on an OpenStackSite');
  return os.provider;
}

/**
 * @internal A tenant VDC's site: admin-owned platform objects (flavors, volume types)
 * are created by the parent site's (admin) provider, private to the VDC's project and
 * named with its prefix, so two VDCs (or stacks) in one region never collide.
 */
export interface TenantScope {
  readonly adminProvider: OpenstackProvider;
  readonly projectId: string;
  readonly prefix: string;
  /**
   * A password-authenticated provider scoped to the project, and what it waits for (its
   * role): Keystone refuses to create application credentials with a restricted one,
   * which is how the VDC's own provider authenticates.
   */
  readonly bootstrap?: { readonly provider: OpenstackProvider; readonly dependsOn: ITerraformDependable[] };
}

const TENANT_SCOPES = new WeakMap<IConstruct, TenantScope>();

/** @internal Called by the OpenStack tenancy driver for the VDC's site. */
export function registerTenantScope(site: IConstruct, scope: TenantScope): void {
  TENANT_SCOPES.set(site, scope);
}

/** @internal The tenant scope of a VDC's site, undefined for an ordinary site. */
export function tenantScopeOf(site: IConstruct): TenantScope | undefined {
  return TENANT_SCOPES.get(site);
}

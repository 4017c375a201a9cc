import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { BlockstorageVolumeTypeAccessV3 } from '../../providers/openstack/blockstorage-volume-type-access-v3';
import { BlockstorageVolumeTypeV3 } from '../../providers/openstack/blockstorage-volume-type-v3';
import { ComputeFlavorAccessV2 } from '../../providers/openstack/compute-flavor-access-v2';
import { ComputeFlavorV2 } from '../../providers/openstack/compute-flavor-v2';
import { OpenstackProvider } from '../../providers/openstack/provider';
import { FlavorPlan, FlavorResult, HostPoolResult } from '../private/plan';
import { Size } from '../size';
import { deployingProjectId } from './admin-objects';
import { OpenStackSiteContext, tenantScopeOf } from './context';
import { poolExtraSpecs } from './host-pool';

/**
 * @internal Who owns an admin object created for `site`, what it is called and who may
 * use it. Names are global per region, so they carry the platform's (or VDC's) prefix;
 * a private object is granted to the VDC's project, or else to the deploying project.
 * A site with `sharedAdminObjects` keeps the public, unprefixed catalog.
 */
export interface AdminObjectScope {
  readonly provider: OpenstackProvider;
  readonly name: (base: string) => string;
  readonly isPublic: boolean;
  readonly grantee: () => string | undefined;
}

/** @internal */
export function adminScopeOf(site: OpenStackSiteContext): AdminObjectScope {
  const tenant = tenantScopeOf(site);
  if (tenant) return { provider: tenant.adminProvider, name: (b) => `${tenant.prefix}-${b}`, isPublic: false, grantee: () => tenant.projectId };
  if (site.sharedAdminObjects) return { provider: site.provider, name: (b) => b, isPublic: true, grantee: () => undefined };
  return { provider: site.provider, name: (b) => `${site.platformName}-${b}`, isPublic: false, grantee: () => deployingProjectId(site, site.provider) };
}

/**
 * @internal The flavor of a size on a site: created once per site, size and host pool, or
 * looked up by name. A pool's flavor requires the pool's aggregate. Its construct ID
 * depends only on the size and pool, so addresses never follow the naming choice.
 */
export function flavorFor(site: OpenStackSiteContext, scope: Construct, size: Size, pool?: HostPoolResult): { flavorId?: string; flavorName?: string; flavor?: ComputeFlavorV2 } {
  if (size.flavorName !== undefined) {
    if (pool) throw new ValidationError(scope, 'hostPool', `an existing flavor (Size.flavor('${size.flavorName}')) cannot be made to require host pool ${pool.poolName}`, 'use Size.of(...) so a flavor requiring the pool is created, or add aggregate_instance_extra_specs:pool to the flavor yourself and drop hostPool');
    return { flavorName: size.flavorName };
  }
  const flavor = createFlavor(site, size, pool);
  return { flavorId: flavor.id, flavor };
}

/** @internal Creates (once per site, size and pool) the flavor of a size by capacity. */
export function createFlavor(site: OpenStackSiteContext, size: Size, pool?: HostPoolResult): ComputeFlavorV2 {
  const base = pool ? `${size.generatedFlavorName}-${pool.poolName}` : size.generatedFlavorName;
  const id = `flavor-${base}`;
  const existing = site.node.tryFindChild(id) as ComputeFlavorV2 | undefined;
  if (existing) return existing;
  const owner = adminScopeOf(site);
  const extraSpecs = pool ? { ...size.extraSpecs, ...poolExtraSpecs(pool) } : size.extraSpecs;
  const flavor = new ComputeFlavorV2(site, id, {
    provider: owner.provider,
    name: owner.name(base),
    vcpus: size.vcpus!,
    ram: Math.round(size.memoryGiB! * 1024),
    disk: size.diskGiB ?? 0,
    isPublic: owner.isPublic,
    extraSpecs: Object.keys(extraSpecs).length > 0 ? extraSpecs : undefined,
  });
  const grantee = owner.grantee();
  if (grantee !== undefined) new ComputeFlavorAccessV2(site, `${id}-access`, { provider: owner.provider, flavorId: flavor.id, tenantId: grantee });
  return flavor;
}

/** @internal The multi-attach volume type of a site (created once per site). */
export function multiattachTypeFor(site: OpenStackSiteContext): BlockstorageVolumeTypeV3 {
  const id = 'multiattach-volume-type';
  const existing = site.node.tryFindChild(id) as BlockstorageVolumeTypeV3 | undefined;
  if (existing) return existing;
  const owner = adminScopeOf(site);
  const type = new BlockstorageVolumeTypeV3(site, id, {
    provider: owner.provider,
    name: owner.name('multiattach'),
    description: 'multi-attach volumes (oscar-blueprints)',
    extraSpecs: { multiattach: '<is> True' },
    isPublic: owner.isPublic, // explicit: provider 3.4.0 sends false when unset
  });
  const grantee = owner.grantee();
  if (grantee !== undefined) new BlockstorageVolumeTypeAccessV3(site, `${id}-access`, { provider: owner.provider, volumeTypeId: type.id, projectId: grantee });
  return type;
}

/** @internal A catalog flavor: the site's flavor of the size, granted to more projects. */
export function buildCatalogFlavor(site: OpenStackSiteContext, scope: Construct, plan: FlavorPlan): FlavorResult {
  const flavor = createFlavor(site, plan.size, plan.hostPool);
  const owner = adminScopeOf(site);
  if (owner.isPublic && plan.projectIds.length > 0) {
    throw new ValidationError(scope, 'projectIds', `site ${site.node.path} has sharedAdminObjects, so its flavors are public and need no grants`, 'drop projectIds, or make the site\'s flavors private (sharedAdminObjects: false)');
  }
  const access = plan.projectIds.map((projectId, i) => new ComputeFlavorAccessV2(scope, `access-${i}`, { provider: owner.provider, flavorId: flavor.id, tenantId: projectId }));
  // The literal name (not a token), so tenant stacks can reference it without remote state.
  return { flavorName: flavor.nameInput!, openstack: { flavor, access } };
}

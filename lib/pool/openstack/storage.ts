import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { BlockstorageQosAssociationV3 } from '../../providers/openstack/blockstorage-qos-association-v3';
import { BlockstorageQosV3 } from '../../providers/openstack/blockstorage-qos-v3';
import { BlockstorageVolumeTypeAccessV3 } from '../../providers/openstack/blockstorage-volume-type-access-v3';
import { BlockstorageVolumeTypeV3 } from '../../providers/openstack/blockstorage-volume-type-v3';
import { StorageTierPlan } from '../private/plan';
import { StorageTierResult } from '../private/storage-result';
import { StorageQosConsumer } from '../shapes';
import { OpenStackSiteContext, tenantScopeOf } from './context';
import { adminScopeOf } from './flavors';

/**
 * @internal A Cinder volume type (backend, multi-attach, extra specs) with its QoS specs
 * associated. Encryption is not created here: the provider has no encryption-type resource.
 */
export function buildStorageTier(site: OpenStackSiteContext, scope: Construct, plan: StorageTierPlan): StorageTierResult {
  const provider = site.provider;
  const extraSpecs: { [key: string]: string } = { ...plan.extraSpecs };
  if (plan.backendName !== undefined) extraSpecs.volume_backend_name = plan.backendName;
  if (plan.multiattach) extraSpecs.multiattach = '<is> True';
  const owner = adminScopeOf(site);
  const volumeType = new BlockstorageVolumeTypeV3(scope, 'volume-type', {
    provider,
    name: plan.name,
    description: `storage tier ${plan.name} (oscar-blueprints)`,
    extraSpecs: Object.keys(extraSpecs).length > 0 ? extraSpecs : undefined,
    // Explicit: provider 3.4.0 sends is_public=false when it is unset. Private types are
    // seen by admins only; tenant VDCs that use the tier are granted it (volumeTypeOf).
    isPublic: owner.isPublic,
  });
  if (owner.isPublic && plan.projectIds.length > 0) {
    throw new ValidationError(scope, 'projectIds', `site ${site.node.path} has sharedAdminObjects, so its volume types are public and need no grants`, 'drop projectIds, or make the site\'s types private (sharedAdminObjects: false)');
  }
  // Without a grant, a platform's tenant stacks cannot see the private type (found by the
  // OpenStack e2e suite on the platform-admin/platform-tenant pair).
  const access = plan.projectIds.map((projectId, i) => new BlockstorageVolumeTypeAccessV3(scope, `access-${i}`, { provider: owner.provider, volumeTypeId: volumeType.id, projectId }));
  const q = plan.qos;
  let qos: BlockstorageQosV3 | undefined;
  let qosAssociation: BlockstorageQosAssociationV3 | undefined;
  if (q) {
    const specs: { [key: string]: string } = {};
    const put = (key: string, v: number | undefined) => { if (v !== undefined) specs[key] = String(v); };
    put('total_iops_sec', q.totalIopsSec);
    put('read_iops_sec', q.readIopsSec);
    put('write_iops_sec', q.writeIopsSec);
    put('total_bytes_sec', q.totalBytesSec);
    qos = new BlockstorageQosV3(scope, 'qos', { provider, name: `${plan.name}-qos`, consumer: q.consumer ?? StorageQosConsumer.BACK_END, specs });
    qosAssociation = new BlockstorageQosAssociationV3(scope, 'qos-association', { provider, qosId: qos.id, volumeTypeId: volumeType.id });
  }
  return { volumeType: volumeType.name, multiattach: plan.multiattach, openstack: { volumeType, qos, qosAssociation, access } };
}

/**
 * @internal The volume type name of a tier used on `site`. A tenant VDC is not an admin, so
 * Cinder hides a private type from it ("Volume type ... could not be found"): the VDC's
 * project is granted the type (once per VDC and tier), and `grants` collects what the
 * volumes must wait for.
 */
export function volumeTypeOf(site: OpenStackSiteContext, tier: StorageTierResult | undefined, grants: Set<BlockstorageVolumeTypeAccessV3>): string | undefined {
  const type = tier?.openstack?.volumeType;
  const tenant = tenantScopeOf(site);
  if (!type || !tenant || type.isPublicInput === true) return tier?.volumeType;
  const id = `${type.node.scope?.node.id ?? 'tier'}-volume-type-access-${type.node.addr.slice(0, 8)}`;
  const grant = (site.node.tryFindChild(id) as BlockstorageVolumeTypeAccessV3 | undefined)
    ?? new BlockstorageVolumeTypeAccessV3(site, id, { provider: tenant.adminProvider, volumeTypeId: type.id, projectId: tenant.projectId });
  grants.add(grant);
  return tier?.volumeType;
}

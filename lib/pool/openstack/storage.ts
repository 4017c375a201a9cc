import { Construct } from 'constructs';
import { BlockstorageQosAssociationV3 } from '../../providers/openstack/blockstorage-qos-association-v3';
import { BlockstorageQosV3 } from '../../providers/openstack/blockstorage-qos-v3';
import { BlockstorageVolumeTypeV3 } from '../../providers/openstack/blockstorage-volume-type-v3';
import { StorageTierPlan, StorageTierResult } from '../private/plan';
import { StorageQosConsumer } from '../shapes';
import { OpenStackSiteContext } from './context';

/**
 * @internal A Cinder volume type (backend, multi-attach, extra specs) with its QoS specs
 * associated. Encryption is not created here: the provider has no encryption-type resource.
 */
export function buildStorageTier(site: OpenStackSiteContext, scope: Construct, plan: StorageTierPlan): StorageTierResult {
  const provider = site.provider;
  const extraSpecs: { [key: string]: string } = { ...plan.extraSpecs };
  if (plan.backendName !== undefined) extraSpecs.volume_backend_name = plan.backendName;
  if (plan.multiattach) extraSpecs.multiattach = '<is> True';
  const volumeType = new BlockstorageVolumeTypeV3(scope, 'volume-type', {
    provider,
    name: plan.name,
    description: `storage tier ${plan.name} (oscar-blueprints)`,
    extraSpecs: Object.keys(extraSpecs).length > 0 ? extraSpecs : undefined,
  });
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
  return { volumeType: volumeType.name, multiattach: plan.multiattach, openstack: { volumeType, qos, qosAssociation } };
}

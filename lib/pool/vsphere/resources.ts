import { ContentLibrary } from '@cdktf/provider-vsphere/lib/content-library';
import { ContentLibraryItem } from '@cdktf/provider-vsphere/lib/content-library-item';
import { ResourcePool } from '@cdktf/provider-vsphere/lib/resource-pool';
import { VirtualDisk } from '@cdktf/provider-vsphere/lib/virtual-disk';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ImageTemplatePlan, ImageTemplateResult, QosPlan, QosResult, QuotaPlan, QuotaResult, SharedVolumePlan, SharedVolumeResult } from '../plan';
import { RemovalPolicy } from '../shapes';
import { VsphereSiteContext } from './context';

/** @internal A multi-writer virtual disk. */
export function buildSharedDisk(site: VsphereSiteContext, scope: Construct, plan: SharedVolumePlan): SharedVolumeResult {
  const ds = site.datastore(plan.datastore);
  const virtualDisk = new VirtualDisk(scope, 'disk', {
    provider: site.provider,
    datacenter: site.datacenter.name,
    datastore: ds.name,
    size: plan.sizeGiB,
    vmdkPath: `oscar-shared/${plan.name}.vmdk`,
    createDirectories: true,
    // Multi-writer sharing needs eager-zeroed thick disks.
    type: 'eagerZeroedThick',
    lifecycle: { preventDestroy: plan.removalPolicy === RemovalPolicy.RETAIN },
  });
  return { vsphere: { virtualDisk, datastore: plan.datastore } };
}

/** @internal A resource pool with CPU and memory limits and reservations. */
export function buildResourcePool(site: VsphereSiteContext, scope: Construct, plan: QuotaPlan): QuotaResult {
  const zone = plan.zone ?? site.availabilityZones[0];
  const resourcePool = new ResourcePool(scope, 'pool', {
    provider: site.provider,
    name: plan.name,
    parentResourcePoolId: site.cluster(zone).resourcePoolId,
    cpuLimit: plan.cpuLimitMhz ?? -1,
    cpuReservation: plan.cpuReservationMhz ?? 0,
    cpuExpandable: false,
    memoryLimit: plan.memoryGiB !== undefined ? Math.round(plan.memoryGiB * 1024) : -1,
    memoryReservation: plan.memoryReservationGiB !== undefined ? Math.round(plan.memoryReservationGiB * 1024) : 0,
    memoryExpandable: false,
  });
  return { vsphere: { resourcePool } };
}

/** @internal vSphere shapes egress on the port groups that use the policy; nothing is created. */
export function planPortGroupShaping(scope: Construct, plan: QosPlan): QosResult {
  if (plan.minKbps !== undefined || plan.dscpMark !== undefined) {
    Annotations.of(scope).addWarning(`${scope.node.path}: vSphere port groups support egress shaping only; minKbps and dscpMark need NIOC/NSX and are not applied.`);
  }
  return { maxKbps: plan.maxKbps, maxBurstKbps: plan.maxBurstKbps };
}

/** @internal A content library holding the imported OVF/OVA. */
export function buildContentLibraryItem(site: VsphereSiteContext, scope: Construct, plan: ImageTemplatePlan): ImageTemplateResult {
  const contentLibrary = new ContentLibrary(scope, 'library', {
    provider: site.provider,
    name: `${plan.name}-library`,
    storageBacking: [site.datastore().id],
  });
  const item = new ContentLibraryItem(scope, 'item', {
    provider: site.provider,
    name: plan.name,
    libraryId: contentLibrary.id,
    fileUrl: plan.url,
    lifecycle: { preventDestroy: true },
  });
  // Instance groups clone VM templates, not library items: no boot image.
  return { vsphere: { contentLibrary, item } };
}

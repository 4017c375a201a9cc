import type { ResourcePool } from '@cdktf/provider-vsphere/lib/resource-pool';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { Names } from '../../core/names';
import { peer } from '../../core/private/peers';
import { RemovalPolicy } from '../../core/removal-policy';
import { importInto, requireAdoptKeys, requireInventoryPath } from '../private/adopt';
import { ImageTemplatePlan, ImageTemplateResult, InstanceExportPlan, InstanceExportResult, QosPlan, QosResult, QuotaPlan, QuotaResult, SharedVolumePlan, SharedVolumeResult } from '../private/plan';
import { VsphereSiteContext } from './context';

const peerContentLibrary = () => peer<typeof import('@cdktf/provider-vsphere/lib/content-library')>('@cdktf/provider-vsphere', 'lib/content-library');
const peerContentLibraryItem = () => peer<typeof import('@cdktf/provider-vsphere/lib/content-library-item')>('@cdktf/provider-vsphere', 'lib/content-library-item');
const peerResourcePool = () => peer<typeof import('@cdktf/provider-vsphere/lib/resource-pool')>('@cdktf/provider-vsphere', 'lib/resource-pool');
const peerVirtualDisk = () => peer<typeof import('@cdktf/provider-vsphere/lib/virtual-disk')>('@cdktf/provider-vsphere', 'lib/virtual-disk');

/** @internal A multi-writer virtual disk. */
export function buildSharedDisk(site: VsphereSiteContext, scope: Construct, plan: SharedVolumePlan): SharedVolumeResult {
  const ds = site.datastore(plan.datastore);
  if (plan.storagePolicyId !== undefined) {
    // vsphere_virtual_disk has no storage policy argument; the tier's datastore still applies.
    Annotations.of(scope).addWarning(`${scope.node.path}: the tier's storage policy is not applied to a shared disk on vSphere (vsphere_virtual_disk has no storage policy); give the tier a datastore that meets the policy`);
  }
  const vmdkPath = plan.adoptId ?? `oscar-shared/${plan.name}.vmdk`;
  const virtualDisk = new (peerVirtualDisk().VirtualDisk)(scope, 'disk', {
    provider: site.provider,
    datacenter: site.datacenter.name,
    datastore: ds.name,
    size: plan.sizeGiB,
    vmdkPath,
    createDirectories: true,
    // Multi-writer sharing needs eager-zeroed thick disks.
    type: 'eagerZeroedThick',
    lifecycle: { preventDestroy: plan.removalPolicy === RemovalPolicy.RETAIN },
  });
  if (plan.adoptId !== undefined) {
    // The provider's import ID: JSON with the path `/<datacenter>/[<datastore>] <vmdk>`.
    importInto(virtualDisk, JSON.stringify({ virtual_disk_path: `/${site.datacenter.nameInput}/[${ds.nameInput}] ${vmdkPath}`, create_directories: 'true' }));
  }
  return { vsphere: { virtualDisk, datastore: plan.datastore ?? ds.nameInput! } };
}

/**
 * @internal One resource pool per covered cluster (a pool cannot span clusters), each
 * with the quota's limits and reservations: vSphere has no limit over several
 * clusters, and splitting it would make a cluster that hosts more than its share of
 * members refuse to power them on. Instance groups given the quota place their
 * members in the pool of their cluster. The first pool keeps the address `pool`.
 */
export function buildResourcePool(site: VsphereSiteContext, scope: Construct, plan: QuotaPlan): QuotaResult {
  const mib = (gib: number | undefined) => (gib === undefined ? undefined : Math.round(gib * 1024));
  const resourcePools: { [zone: string]: ResourcePool } = {};
  plan.zones.forEach((zone, i) => {
    resourcePools[zone] = new (peerResourcePool().ResourcePool)(scope, i === 0 ? 'pool' : `pool-${Names.toDnsLabel(zone)}`, {
      provider: site.provider,
      name: i === 0 ? plan.name : `${plan.name}-${Names.toDnsLabel(zone)}`, // the first keeps its name
      parentResourcePoolId: site.cluster(zone).resourcePoolId,
      cpuLimit: plan.cpuLimitMhz ?? -1,
      cpuReservation: plan.cpuReservationMhz ?? 0,
      // Expandable: VMs with reservations (data-plane sizes) may draw on the parent,
      // still never beyond the limit.
      cpuExpandable: true,
      memoryLimit: mib(plan.memoryGiB) ?? -1,
      memoryReservation: mib(plan.memoryReservationGiB) ?? 0,
      memoryExpandable: true,
    });
  });
  requireAdoptKeys(scope, 'adopt', plan.adopt, plan.zones);
  for (const [zone, path] of Object.entries(plan.adopt ?? {})) {
    importInto(resourcePools[zone], requireInventoryPath(scope, `adopt["${zone}"]`, path, `/dc1/host/${zone}/Resources/${plan.name}`));
  }
  return { vsphere: { resourcePools } };
}

/** @internal vSphere shapes egress on the port groups that use the policy; nothing is created. */
export function planPortGroupShaping(scope: Construct, plan: QosPlan): QosResult {
  if (plan.minKbps !== undefined || plan.dscpMark !== undefined) {
    Annotations.of(scope).addWarning(`${scope.node.path}: vSphere port groups support traffic shaping only; minKbps and dscpMark need NIOC/NSX and are not applied.`);
  }
  return { maxKbps: plan.maxKbps, maxBurstKbps: plan.maxBurstKbps };
}

/** @internal A content library holding the imported OVF/OVA. */
export function buildContentLibraryItem(site: VsphereSiteContext, scope: Construct, plan: ImageTemplatePlan): ImageTemplateResult {
  // Instance groups clone VM templates, not library items: no boot image.
  return { vsphere: buildLibraryItem(site, scope, plan.name, { fileUrl: plan.url }) };
}

/** @internal A VM exported (cloned as an OVF template) into a new content library. */
export function buildVmExport(site: VsphereSiteContext, scope: Construct, plan: InstanceExportPlan): InstanceExportResult {
  const vms = plan.instances.vsphere!.virtualMachines;
  return { vsphere: buildLibraryItem(site, scope, plan.name, { sourceUuid: `\${${vms.fqn}["${plan.member}"].uuid}`, description: plan.description }) };
}

/** A content library on the site's datastore holding one protected item. */
function buildLibraryItem(site: VsphereSiteContext, scope: Construct, name: string, source: { fileUrl?: string; sourceUuid?: string; description?: string }) {
  const contentLibrary = new (peerContentLibrary().ContentLibrary)(scope, 'library', {
    provider: site.provider,
    name: `${name}-library`,
    storageBacking: [site.datastore().id],
  });
  const item = new (peerContentLibraryItem().ContentLibraryItem)(scope, 'item', {
    provider: site.provider,
    name,
    libraryId: contentLibrary.id,
    ...source,
    lifecycle: { preventDestroy: true },
  });
  return { contentLibrary, item };
}

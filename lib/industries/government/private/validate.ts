import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireAtMostOne, requireIntegerAtLeast, requireUnique } from '../../../core/private/validate';
import { InstanceGroup, Quota, ISite } from '../../../pool';
import { GovernmentCloudProps, GovernmentDepartmentSpec, GovernmentPartitionZones, GovernmentSide, GovernmentWorkload, GovernmentZone } from '../props';
import { PARTITION_KEYS, ZONE_ORDER, ZONES } from './facts';

// Whole-input checks of a government cloud (internal: not exported from the package).

/** Scale guards of the source: per VM, and VMs per non-cascaded cloud. */
const GOVERNMENT_MAX_VCPUS = 128;
const GOVERNMENT_MAX_MEMORY_GIB = 4096;
const GOVERNMENT_MAX_DISK_GIB = 65536;
export const GOVERNMENT_MAX_VMS = 10000;

/** @internal What the cloud-wide checks establish. */
export interface CloudPlan {
  /** The region, inside the allow-list. */
  readonly region: string;
  /** The encrypted volume types. The first is the default. */
  readonly encryptedVolumeTypes: string[];
  /** The partitions' zones, when given. */
  readonly partitionZones?: GovernmentPartitionZones;
  /** Each network zone's CIDR, by zone. */
  readonly cidrs: { [zone: string]: string };
  /** Names of the two external networks, which must differ. */
  readonly externalNetworks: { readonly internet: string; readonly extranet: string };
}

/** @internal The cloud-wide checks: residency, volume types, management network, VLANs, partitions, zone plan, edges. */
export function checkCloud(scope: Construct, props: GovernmentCloudProps): CloudPlan {
  const region = checkRegion(scope, props);
  const encryptedVolumeTypes = props.encryptedVolumeTypes ?? ['luks'];
  if (encryptedVolumeTypes.length === 0) {
    throw new ValidationError(scope, 'encryptedVolumeTypes', 'lists no volume type', 'name at least one encrypted volume type, e.g. ["luks"]');
  }
  requireUnique(scope, 'encryptedVolumeTypes', encryptedVolumeTypes);
  requireAtMostOne(scope, { existingManagementNetwork: props.existingManagementNetwork, 'zones.management': props.zones?.management });
  if (props.existingManagementNetwork && props.existingManagementNetwork.site !== props.site) {
    throw new ValidationError(scope, 'existingManagementNetwork', `network ${props.existingManagementNetwork.node.path} is on another site`, 'pass a network of the cloud\'s own site');
  }
  if (!props.site.capabilities.tenantNetworks && !props.vlanPool) {
    throw new ValidationError(scope, 'vlanPool', `${props.site.targetName} zone networks are port groups on VLANs and need a VLAN pool`, 'pass vlanPool: VlanPool.range(first, last)');
  }
  const partitionZones = checkPartitions(scope, props.site, props.partitionZones);
  const cidrs = checkZonePlan(scope, props);
  const internet = props.internetNetwork ?? 'internet';
  const extranet = props.extranetNetwork ?? 'egov-extranet';
  if (!Token.isUnresolved(internet) && internet === extranet) {
    throw new ValidationError(scope, 'extranetNetwork', `the extranet and the Internet are the same network "${internet}"`, 'name two separate external networks: the Internet and the e-government extranet must never meet');
  }
  for (const zone of ZONE_ORDER) {
    const key = ZONES[zone].key;
    if (props.zones?.[key]?.vlanId !== undefined && !props.vlanPool) {
      throw new ValidationError(scope, `zones.${key}.vlanId`, 'is set but the cloud has no vlanPool', 'pass vlanPool, or leave vlanId unset for tenant overlay networks');
    }
  }
  return { region, encryptedVolumeTypes, partitionZones, cidrs, externalNetworks: { internet, extranet } };
}

export function checkRegion(scope: Construct, props: GovernmentCloudProps): string {
  if (props.allowedRegions.length === 0) {
    throw new ValidationError(scope, 'allowedRegions', 'is empty: data residency needs an allow-list', 'list the regions government data may live in, e.g. ["cn-central-1"]');
  }
  const siteRegion = props.site.regionName;
  const region = props.region ?? siteRegion;
  if (region === undefined) {
    throw new ValidationError(scope, 'region', `is required on ${props.site.targetName} (a datacenter has no region name)`, 'pass region: the region the datacenter is in, e.g. "cn-central-1"');
  }
  if (props.region !== undefined && siteRegion !== undefined && !Token.isUnresolved(props.region) && props.region !== siteRegion) {
    throw new ValidationError(scope, 'region', `"${props.region}" differs from the site's region "${siteRegion}"`, 'leave region unset on sites with a region, or make it match the site');
  }
  if (!Token.isUnresolved(region) && !props.allowedRegions.includes(region)) {
    throw new ValidationError(scope, 'allowedRegions', `region "${region}" is outside the data-residency allow-list (${props.allowedRegions.join(', ')})`, 'place the cloud in an allowed region, or extend allowedRegions if policy permits');
  }
  return region;
}

export function checkPartitions(scope: Construct, site: ISite, partitions?: GovernmentPartitionZones): GovernmentPartitionZones | undefined {
  if (!partitions) return undefined;
  const owner = new Map<string, string>();
  for (const [, key] of PARTITION_KEYS) {
    const zones = partitions[key];
    if (zones.length === 0) throw new ValidationError(scope, `partitionZones.${key}`, 'lists no availability zone', 'give each partition at least one zone');
    zones.forEach((z, i) => {
      site.requireZone(scope, `partitionZones.${key}[${i}]`, z);
      const other = owner.get(z);
      if (other !== undefined && other !== key) {
        throw new ValidationError(scope, `partitionZones.${key}[${i}]`, `zone "${z}" is also in partition ${other}`, 'partitions are separate availability zones: give each its own');
      }
      owner.set(z, key);
    });
  }
  return partitions;
}

export function checkZonePlan(scope: Construct, props: GovernmentCloudProps): { [zone: string]: string } {
  const cidrs: { [zone: string]: string } = {};
  const blocks: Array<{ zone: string; block: CidrBlock }> = [];
  for (const zone of ZONE_ORDER) {
    const facts = ZONES[zone];
    let cidr = props.zones?.[facts.key]?.cidr ?? facts.defaultCidr;
    if (zone === GovernmentZone.MANAGEMENT && props.existingManagementNetwork) {
      const net = props.existingManagementNetwork;
      cidr = net.subnet(net.subnetNames[0]).cidr;
    }
    cidrs[zone] = cidr;
    if (Token.isUnresolved(cidr)) continue;
    blocks.push({ zone: facts.slug, block: parseCidr(scope, `zones.${facts.key}.cidr`, cidr) });
  }
  const clash = findOverlap(blocks);
  if (clash) {
    const [a, b] = clash;
    throw new ValidationError(scope, 'zones', `the ${a.zone} zone (${a.block.cidr}) and the ${b.zone} zone (${b.block.cidr}) overlap`, 'give every zone its own, non-overlapping CIDR');
  }
  return cidrs;
}

export function checkDepartmentQuota(scope: Construct, prop: string, spec: GovernmentDepartmentSpec): void {
  const q = spec.quota;
  requireIntegerAtLeast(scope, `${prop}.quota.vcpus`, q.vcpus, 0);
  requireIntegerAtLeast(scope, `${prop}.quota.instances`, q.instances, 0);
  if (!(q.memoryGiB >= 0)) throw new ValidationError(scope, `${prop}.quota.memoryGiB`, `must be >= 0 (got ${q.memoryGiB})`, 'set memoryGiB to 0 or more');
  const need = InstanceGroup.totalDemand((spec.workloads ?? []).map((w) => InstanceGroup.demandOf({ count: w.count ?? 2, size: w.size, volumes: w.volumes })));
  Quota.requireCovers(scope, `${prop}.quota`, q, need, `the workloads of department "${spec.name}"`);
}

export function checkScale(scope: Construct, w: GovernmentWorkload, prop: string): void {
  const s = w.size;
  if (s.flavorName !== undefined) return; // an existing flavor: its capacity is the operator's
  if (s.vcpus !== undefined && s.vcpus > GOVERNMENT_MAX_VCPUS) {
    throw new ValidationError(scope, `${prop}.size.vcpus`, `${s.vcpus} vCPUs exceed the per-VM maximum of ${GOVERNMENT_MAX_VCPUS}`, `use at most ${GOVERNMENT_MAX_VCPUS} vCPUs per VM and scale out instead`);
  }
  if (s.memoryGiB !== undefined && s.memoryGiB > GOVERNMENT_MAX_MEMORY_GIB) {
    throw new ValidationError(scope, `${prop}.size.memoryGiB`, `${s.memoryGiB} GiB of memory exceed the per-VM maximum of 4 TiB (${GOVERNMENT_MAX_MEMORY_GIB} GiB)`, 'use at most 4096 GiB per VM and scale out instead');
  }
  const disk = (s.diskGiB ?? 0) + (w.volumes ?? []).reduce((sum, v) => sum + v.sizeGiB, 0);
  if (disk > GOVERNMENT_MAX_DISK_GIB) {
    throw new ValidationError(scope, `${prop}.size.diskGiB`, `${disk} GiB of disk per VM (root plus data volumes) exceed the maximum of 64 TiB (${GOVERNMENT_MAX_DISK_GIB} GiB)`, 'keep each VM at or below 64 TiB; put bulk data in object or file storage');
  }
}

/** @internal A workload's NIC zones: its zone and further zones of the same side, never both the Internet and the extranet side. */
export function checkWorkloadZones(scope: Construct, prop: string, w: GovernmentWorkload): GovernmentZone[] {
  const zones = [w.zone, ...(w.additionalZones ?? [])];
  requireUnique(scope, `${prop}.additionalZones`, zones);
  const sides = new Set(zones.map((z) => ZONES[z].side));
  if (sides.has(GovernmentSide.INTERNET) && sides.has(GovernmentSide.EXTRANET)) {
    throw new ValidationError(scope, `${prop}.additionalZones`, `workload "${w.name}" would have NICs on both the Internet side and the extranet side, bridging the two`, 'keep a workload on one side; exchange data across the gap through an approved gatekeeper');
  }
  return zones;
}

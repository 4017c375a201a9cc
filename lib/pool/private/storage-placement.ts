// Validation of an instance group's storage tiers (internal): which tier each boot and data
// volume uses, checked once here so every driver receives a consistent plan.
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { requireIntegerAtLeast } from '../../core/private/validate';
import { InstanceGroupProps } from '../instance-group-props';
import { IStorageTier } from '../shapes';
import { StorageTierResult } from './storage-result';
import { siteOrParent } from './tenancy';

/** @internal The tiers of an instance group's volumes, resolved and checked. */
export interface StoragePlacement {
  /** The boot volume's size, when members boot from a volume. */
  readonly bootVolumeGiB?: number;
  readonly bootTier?: StorageTierResult;
  /** Per data volume spec, in order. */
  readonly volumeTiers: Array<StorageTierResult | undefined>;
}

function onSite(scope: Construct, prop: string, tier: IStorageTier, props: InstanceGroupProps): StorageTierResult {
  if (!siteOrParent(tier.site, props.site)) throw new ValidationError(scope, prop, `storage tier ${tier.node.path} is on another site`, 'use a tier of the group\'s own site (or, in a tenant VDC, of the site it is carved from)');
  return tier._handle;
}

/** @internal Checks the boot tier, the data volume tiers and `localRootDisk`. */
export function planStorage(scope: Construct, props: InstanceGroupProps): StoragePlacement {
  const volumes = props.volumes ?? [];
  const volumeTiers = volumes.map((v, i) => {
    if (!v.tier) return undefined;
    if (v.volumeType !== undefined) throw new ValidationError(scope, `volumes[${i}].tier`, 'is set together with volumeType', 'use the tier (it names the volume type) or the volumeType, not both');
    const tier = onSite(scope, `volumes[${i}].tier`, v.tier, props);
    if (tier.datastoreClusterId !== undefined) {
      throw new ValidationError(scope, `volumes[${i}].tier`, `tier ${v.tier.node.path} is a datastore cluster, which vSphere applies to a whole VM`, 'use the datastore-cluster tier as bootVolumeTier, and a datastore tier for data volumes');
    }
    return tier;
  });
  let bootTier: StorageTierResult | undefined;
  let bootVolumeGiB = props.bootVolumeGiB;
  if (props.bootVolumeTier) {
    if (props.bootVolumeType !== undefined) throw new ValidationError(scope, 'bootVolumeTier', 'is set together with bootVolumeType', 'use the tier (it names the volume type) or bootVolumeType, not both');
    bootTier = onSite(scope, 'bootVolumeTier', props.bootVolumeTier, props);
    bootVolumeGiB = bootVolumeGiB ?? props.size.diskGiB;
    if (bootVolumeGiB === undefined) {
      throw new ValidationError(scope, 'bootVolumeGiB', 'members boot from a tier volume of unknown size (the size has no disk)', 'set bootVolumeGiB, or give the size a disk (Size.of(vcpus, memoryGiB, diskGiB))');
    }
    requireIntegerAtLeast(scope, 'bootVolumeGiB', bootVolumeGiB, 1);
  }
  if (props.localRootDisk === false) {
    if (!props.bootVolumeTier) {
      throw new ValidationError(scope, 'localRootDisk', 'is false, but members would boot from a local root disk', 'set bootVolumeTier (SAN boot: every member boots from a volume of that tier)');
    }
    volumes.forEach((v, i) => {
      if (!v.tier) throw new ValidationError(scope, `volumes[${i}].tier`, `localRootDisk is false, but data volume "${v.name}" has no storage tier`, 'give every data volume a tier (e.g. the SAN tier)');
    });
  }
  return { bootVolumeGiB, bootTier, volumeTiers };
}

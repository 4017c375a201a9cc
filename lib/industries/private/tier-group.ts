import { Construct } from 'constructs';
import { LabelKeys } from '../../core/labels';
import { IHostPool, Image, InstanceGroup, IQuota, IStorageTier, ISite, NetworkAttachment, Size } from '../../pool';
import { TierOptionsBase } from '../tier-options';

// One tier of an industry pattern as an instance group whose boot and data volumes are all on
// one storage tier (internal).

/** @internal What a tier declares. */
export interface TierGroupSpec extends TierOptionsBase {
  readonly size: Size;
  readonly image: Image;
  readonly count?: number;
  readonly bootVolumeGiB?: number;
  readonly volumes?: ReadonlyArray<{ readonly name: string; readonly sizeGiB: number }>;
}

/** @internal Where and how the pattern places the tier. */
export interface TierGroupPlacement {
  readonly site: ISite;
  readonly name: string;
  readonly networks: NetworkAttachment[];
  /** Boot and data volumes. */
  readonly storage: IStorageTier;
  readonly hostPool?: IHostPool;
  readonly quota?: IQuota;
  readonly ha?: boolean;
}

/** @internal The tier's group: 2 members and 40 GiB boot volumes by default, labelled with its tier. */
export function tierGroup(scope: Construct, id: string, tier: string, spec: TierGroupSpec, at: TierGroupPlacement): InstanceGroup {
  return new InstanceGroup(scope, id, {
    site: at.site,
    name: at.name,
    count: spec.count ?? 2,
    size: spec.size,
    image: spec.image,
    networks: at.networks,
    hostPool: at.hostPool,
    quota: at.quota,
    ha: at.ha,
    bootVolumeGiB: spec.bootVolumeGiB ?? 40,
    bootVolumeTier: at.storage,
    volumes: (spec.volumes ?? []).map((v) => ({ name: v.name, sizeGiB: v.sizeGiB, tier: at.storage })),
    keyPair: spec.keyPair,
    userData: spec.userData,
    labels: { [LabelKeys.TIER]: tier, ...(spec.labels ?? {}) },
  });
}

import { Construct } from 'constructs';
import { Names } from '../../../core/names';
import { IQosPolicy, ISite, IStorageTier, QosPolicy, StorageTier, TenantVdc } from '../../../pool';
import { EducationCloudProps } from '../props';
import { TIERS } from './facts';

// What each site of the campus cloud holds once (internal): the organisation's parent
// project (E9), the bandwidth limit of floating IPs, and the storage tiers (E10).

/** @internal The shared parts of one site. */
export interface SiteParts {
  readonly organisation: TenantVdc;
  readonly floatingIpQos?: IQosPolicy;
  readonly distributedTier?: IStorageTier;
  readonly backupTier?: StorageTier;
}

/** @internal Creates (once) and returns the shared parts of `site`. */
export function siteParts(scope: Construct, props: EducationCloudProps, site: ISite, memo: Map<ISite, SiteParts>): SiteParts {
  const known = memo.get(site);
  if (known) return known;
  // The main site's parts keep plain ids; another site's are suffixed with its id.
  const main = site === props.site;
  const id = (base: string) => (main ? base : `${base}-${Names.toDnsLabel(site.node.id)}`);
  const organisation = new TenantVdc(scope, id('organisation'), {
    site,
    name: main ? props.organisation : `${props.organisation}-${Names.toDnsLabel(site.node.id)}`,
    description: `organisation ${props.organisation}: parent of its departments`,
  });
  const volumeTypes = site.capabilities.volumeTypes;
  const storage = props.storage;
  const parts: SiteParts = {
    organisation,
    floatingIpQos: site.capabilities.routers ? new QosPolicy(scope, id('floating-ip-qos'), { site, maxKbps: props.floatingIpMaxKbps ?? 100_000 }) : undefined,
    distributedTier: volumeTypes
      ? StorageTier.fromVolumeType(scope, id('distributed-tier'), { site, volumeType: storage?.distributedTier ?? TIERS.distributed, encrypted: true })
      : undefined,
    backupTier: volumeTypes
      ? new StorageTier(scope, id('backup-tier'), { site, name: storage?.backupTier ?? TIERS.backup, backendName: storage?.backupBackend ?? TIERS.backupBackend })
      : undefined,
  };
  memo.set(site, parts);
  return parts;
}

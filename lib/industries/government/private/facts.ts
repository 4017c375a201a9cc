import { GovernmentPartition, GovernmentPartitionZones, GovernmentSide, GovernmentZone, GovernmentZonesOptions } from '../props';

// Facts about the seven network zones (internal: not exported from the package).

/** @internal */
export interface ZoneFacts {
  readonly key: keyof GovernmentZonesOptions;
  readonly slug: string;
  readonly partition: GovernmentPartition;
  readonly side: GovernmentSide;
  readonly defaultCidr: string;
}

/** @internal */
export const ZONES: { [zone: string]: ZoneFacts } = {
  [GovernmentZone.CORE]: { key: 'core', slug: 'core', partition: GovernmentPartition.CLOUD_RESOURCE, side: GovernmentSide.EXTRANET, defaultCidr: '10.10.0.0/20' },
  [GovernmentZone.EXTRANET_ACCESS]: { key: 'extranetAccess', slug: 'extranet-access', partition: GovernmentPartition.DMZ, side: GovernmentSide.EXTRANET, defaultCidr: '10.10.16.0/22' },
  [GovernmentZone.EXTERNAL_PUBLISHING]: { key: 'externalPublishing', slug: 'external-publishing', partition: GovernmentPartition.DMZ, side: GovernmentSide.INTERNET, defaultCidr: '10.10.20.0/22' },
  [GovernmentZone.INTERNET_ACCESS]: { key: 'internetAccess', slug: 'internet-access', partition: GovernmentPartition.DMZ, side: GovernmentSide.INTERNET, defaultCidr: '10.10.24.0/22' },
  [GovernmentZone.STORAGE]: { key: 'storage', slug: 'storage', partition: GovernmentPartition.CLOUD_RESOURCE, side: GovernmentSide.INTERNAL, defaultCidr: '10.10.32.0/20' },
  [GovernmentZone.TEST]: { key: 'test', slug: 'test', partition: GovernmentPartition.TEST, side: GovernmentSide.INTERNAL, defaultCidr: '10.10.48.0/20' },
  [GovernmentZone.MANAGEMENT]: { key: 'management', slug: 'management', partition: GovernmentPartition.MANAGEMENT, side: GovernmentSide.INTERNAL, defaultCidr: '10.10.64.0/22' },
};
/** @internal */
export const ZONE_ORDER: GovernmentZone[] = [
  GovernmentZone.CORE, GovernmentZone.EXTRANET_ACCESS, GovernmentZone.EXTERNAL_PUBLISHING, GovernmentZone.INTERNET_ACCESS,
  GovernmentZone.STORAGE, GovernmentZone.TEST, GovernmentZone.MANAGEMENT,
];
/** @internal */
export const PARTITION_KEYS: Array<[GovernmentPartition, keyof GovernmentPartitionZones]> = [
  [GovernmentPartition.CLOUD_RESOURCE, 'cloudResource'], [GovernmentPartition.DMZ, 'dmz'],
  [GovernmentPartition.MANAGEMENT, 'management'], [GovernmentPartition.TEST, 'test'],
];

/** @internal */
export function partitionLabel(p: GovernmentPartition): string {
  return p.toLowerCase().replace(/_/g, '-');
}

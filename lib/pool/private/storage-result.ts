// What a storage tier resolved to (internal, a leaf module: the public IStorageTier refers to it).
import { StorageTierOpenStackResources, StorageTierVsphereResources } from '../target-resources';

/** @internal Where a tier puts volumes: what groups and shared volumes need of it. */
export interface StorageTierResult {
  /** The volume type's name (OpenStack). */
  readonly volumeType?: string;
  readonly multiattach: boolean;
  /** The datastore's name (vSphere). */
  readonly datastore?: string;
  /** The datastore cluster's ID (vSphere). */
  readonly datastoreClusterId?: string;
  /** The storage policy's ID (vSphere). */
  readonly storagePolicyId?: string;
  /** Per-disk IOPS limit (vSphere). */
  readonly ioLimit?: number;
  readonly openstack?: StorageTierOpenStackResources;
  readonly vsphere?: StorageTierVsphereResources;
}

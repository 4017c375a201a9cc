import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireIntegerAtLeast, requireNonEmpty } from '../core/private/validate';
import { driverOf, requireCapability } from './private/site-support';
import { StorageTierResult } from './private/storage-result';
import { IStorageTier, StoragePolicyTagRule, StorageQos } from './shapes';
import { ISite } from './site';
import { StorageTierOpenStackResources, StorageTierVsphereResources } from './target-resources';

/** Properties of a {@link StorageTier}. */
export interface StorageTierProps {
  /** The site the tier lives on. */
  readonly site: ISite;
  /**
   * Tier name: the volume type (OpenStack) or storage policy (vSphere) name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The Cinder backend serving the tier (extra spec `volume_backend_name`), e.g. `ceph-rbd`,
   * `svc-v7000` (OpenStack). One volume type per backend (digest M5, F3).
   * @default - none: the scheduler picks any backend
   */
  readonly backendName?: string;
  /**
   * Volumes of the tier can be attached to several members at once. OpenStack sets
   * `multiattach = "<is> True"`, and vSphere shares disks multi-writer on any datastore.
   * Shared volumes need it.
   * @default false
   */
  readonly multiattach?: boolean;
  /**
   * Further volume type extra specs (OpenStack).
   * @default - none
   */
  readonly extraSpecs?: { [key: string]: string };
  /**
   * I/O limits of the tier's volumes. Cinder QoS specs associated with the volume type on
   * OpenStack, the per-disk IOPS limit on vSphere.
   * @default - none
   */
  readonly qos?: StorageQos;
  /**
   * Encrypt the tier's volumes. The OpenStack provider has no volume-encryption-type
   * resource, so a created tier cannot be encrypted there: create the encrypted type out of
   * band (`openstack volume type create --encryption-provider luks ...`) and reference it
   * with {@link StorageTier.fromVolumeType}. On vSphere, name an encryption `storagePolicy`.
   * @default false
   */
  readonly encrypted?: boolean;
  /**
   * The datastore the tier's disks go to (vSphere): one of the site's datastores.
   * @default - the member's cluster's datastore (shared disks: the site's first)
   */
  readonly datastore?: string;
  /**
   * A datastore cluster (Storage DRS) the tier's VMs go to (vSphere). Boot tiers only:
   * vSphere places a VM's disks in a datastore cluster VM-wide.
   * @default - none
   */
  readonly datastoreCluster?: string;
  /**
   * An existing VM storage policy, by name (vSphere), e.g. an encryption or vSAN policy.
   * @default - none, or the policy created from `storagePolicyTags`
   */
  readonly storagePolicy?: string;
  /**
   * Create a tag-based VM storage policy (vSphere `vsphere_vm_storage_policy`) that
   * selects datastores carrying these tags.
   * @default - none
   */
  readonly storagePolicyTags?: StoragePolicyTagRule[];
  /**
   * Projects (IDs) that may create volumes of the tier, besides the deploying project: the
   * tenant projects of a platform, whose stacks use it with `StorageTier.fromVolumeType`.
   * Cinder hides a private type from every other project. OpenStack only; an error on a
   * site with `sharedAdminObjects`, whose volume types are public.
   * @default - the deploying project only (and tenant VDCs that use the tier)
   */
  readonly projectIds?: string[];
}

/** Options of {@link StorageTier.fromVolumeType}. */
export interface ExistingVolumeTypeOptions {
  /** The site (OpenStack). */
  readonly site: ISite;
  /** The existing volume type's name. */
  readonly volumeType: string;
  /**
   * The type is encrypted (it has an encryption type): say so, so rules and groups can rely on it.
   * @default false
   */
  readonly encrypted?: boolean;
  /**
   * The type allows multi-attach.
   * @default false
   */
  readonly multiattach?: boolean;
}

/**
 * A named block-storage tier (digest M5, T5, F2, F3, P6, G6, E10): a Cinder volume type
 * with `volume_backend_name`, multi-attach and QoS specs on OpenStack; a datastore or
 * datastore cluster with a storage policy on vSphere. Data volumes (`volumes[].tier`),
 * boot volumes (`bootVolumeTier`) and shared volumes (`tier`) take a tier.
 */
export class StorageTier extends Construct implements IStorageTier {
  /**
   * An existing Cinder volume type, by name (OpenStack): the way to use encrypted types,
   * which the provider cannot create.
   */
  public static fromVolumeType(scope: Construct, id: string, options: ExistingVolumeTypeOptions): IStorageTier {
    return new ImportedVolumeType(scope, id, options);
  }

  public readonly site: ISite;
  public readonly tierName: string;
  public readonly encrypted: boolean;
  public readonly multiattach: boolean;
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: StorageTierOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: StorageTierVsphereResources;
  /** @internal */
  public readonly _handle: StorageTierResult;

  constructor(scope: Construct, id: string, props: StorageTierProps) {
    super(scope, id);
    const site = props.site;
    this.site = site;
    this.tierName = props.name ?? Names.resourceName(this);
    requireNonEmpty(this, 'name', this.tierName);
    this.multiattach = props.multiattach ?? false;
    this.encrypted = props.encrypted ?? false;
    const volumeTypes = (prop: string) => requireCapability(site, site.capabilities.volumeTypes, this, prop, 'volume types', 'place the tier with datastore, datastoreCluster or storagePolicy');
    const datastores = (prop: string) => requireCapability(site, site.capabilities.datastores, this, prop, 'datastores and storage policies', 'select the storage with backendName (volume_backend_name)');
    if (props.backendName !== undefined) { volumeTypes('backendName'); requireNonEmpty(this, 'backendName', props.backendName); }
    if (props.extraSpecs !== undefined) volumeTypes('extraSpecs');
    if (props.projectIds !== undefined) volumeTypes('projectIds');
    (props.projectIds ?? []).forEach((p, i) => requireNonEmpty(this, `projectIds[${i}]`, p));
    if (props.datastore !== undefined) datastores('datastore');
    if (props.datastoreCluster !== undefined) datastores('datastoreCluster');
    if (props.storagePolicy !== undefined) datastores('storagePolicy');
    if (props.storagePolicyTags !== undefined) datastores('storagePolicyTags');
    if (props.datastore !== undefined && props.datastoreCluster !== undefined) {
      throw new ValidationError(this, 'datastoreCluster', 'is set together with datastore', 'give the tier one datastore or one datastore cluster');
    }
    if (props.storagePolicy !== undefined && props.storagePolicyTags !== undefined) {
      throw new ValidationError(this, 'storagePolicyTags', 'is set together with storagePolicy', 'reference an existing policy or create one from tags, not both');
    }
    if (this.encrypted) {
      if (site.capabilities.volumeTypes) {
        throw new ValidationError(this, 'encrypted', `the ${site.targetName} provider has no volume-encryption-type resource, so a created volume type cannot be encrypted`,
          'create the encrypted type out of band (openstack volume type create --encryption-provider luks ...) and use StorageTier.fromVolumeType(scope, id, { site, volumeType, encrypted: true })');
      }
      if (props.storagePolicy === undefined) {
        throw new ValidationError(this, 'encrypted', 'an encrypted vSphere tier needs an encryption storage policy', 'name the VM encryption policy in storagePolicy');
      }
    }
    const qos = props.qos;
    if (qos) {
      for (const key of ['totalIopsSec', 'readIopsSec', 'writeIopsSec', 'totalBytesSec'] as const) {
        const v = qos[key];
        if (v !== undefined && !Token.isUnresolved(v)) requireIntegerAtLeast(this, `qos.${key}`, v, 1);
      }
      if (qos.readIopsSec !== undefined || qos.writeIopsSec !== undefined || qos.totalBytesSec !== undefined || qos.consumer !== undefined) {
        volumeTypes('qos');
      }
    }
    this._handle = driverOf(site).storageTier(this, {
      name: this.tierName,
      backendName: props.backendName,
      multiattach: this.multiattach,
      extraSpecs: props.extraSpecs ?? {},
      qos,
      datastore: props.datastore,
      datastoreCluster: props.datastoreCluster,
      storagePolicy: props.storagePolicy,
      storagePolicyTags: props.storagePolicyTags,
      projectIds: props.projectIds ?? [],
      labels: Labels.resolve(this),
    });
    this.openstack = this._handle.openstack;
    this.vsphere = this._handle.vsphere;
  }
}

/** An existing Cinder volume type. */
class ImportedVolumeType extends Construct implements IStorageTier {
  public readonly site: ISite;
  public readonly tierName: string;
  public readonly encrypted: boolean;
  public readonly multiattach: boolean;
  public readonly _handle: StorageTierResult;

  constructor(scope: Construct, id: string, options: ExistingVolumeTypeOptions) {
    super(scope, id);
    requireCapability(options.site, options.site.capabilities.volumeTypes, this, 'volumeType', 'volume types', 'create a StorageTier with a datastore or storage policy');
    requireNonEmpty(this, 'volumeType', options.volumeType);
    this.site = options.site;
    this.tierName = options.volumeType;
    this.encrypted = options.encrypted ?? false;
    this.multiattach = options.multiattach ?? false;
    this._handle = { volumeType: options.volumeType, multiattach: this.multiattach };
  }
}

import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireIntegerAtLeast, requireNonEmpty } from '../core/private/validate';
import { RemovalPolicy } from '../core/removal-policy';
import { openstackProviderOf } from '../pool/openstack/context';
import { ISite } from '../pool/site';
import { ObjectstorageContainerV1 } from '../providers/openstack/objectstorage-container-v1';
import { OpenstackProvider } from '../providers/openstack/provider';
import { physicalName, retainLifecycle } from './private/common';
import { SecretSource } from './secret';

/** Props of {@link ObjectContainer}. */
export interface ObjectContainerProps {
  /** The OpenStack site (region) the object container lives on. Its provider creates every resource. */
  readonly site: ISite;
  /**
   * Container name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Swift storage policy, e.g. an erasure-coded policy for an archive tier.
   * @default - the cluster's default policy
   */
  readonly storagePolicy?: string;
  /**
   * Keep old versions of overwritten and deleted objects (Swift object versioning,
   * `X-Versions-Enabled`, needs `allow_object_versioning` in the cluster).
   * @default true, unless `historyLocation` is set
   */
  readonly versioning?: boolean;
  /**
   * Legacy history-mode versioning: copy old versions into this container
   * (`X-History-Location`, the provider's `versioning_legacy`, which provider 3.4.0 marks
   * deprecated in favour of `versioning`). Excludes `versioning`.
   * @default - not used
   */
  readonly historyLocation?: string;
  /**
   * Container quota in bytes (`X-Container-Meta-Quota-Bytes`, container_quotas middleware).
   * @default - no quota
   */
  readonly quotaBytes?: number;
  /**
   * Container quota in objects (`X-Container-Meta-Quota-Count`).
   * @default - no quota
   */
  readonly quotaObjects?: number;
  /**
   * Lifecycle hint for active-archive tiers, stored as `X-Container-Meta-Expire-After-Days`.
   * Swift has no container-level expiry: objects expire individually (`X-Delete-After`,
   * `openstack_objectstorage_object_v1.delete_after`); this records the tier's policy for
   * the uploaders and lifecycle jobs that set it.
   * @default - none
   */
  readonly expireAfterDays?: number;
  /**
   * Container-sync target (`//realm/cluster/account/container` or a URL of another site).
   * @default - no sync
   */
  readonly syncTo?: string;
  /**
   * Shared sync key. Required with `syncTo`, and the target must use the same key.
   * @default - none
   */
  readonly syncKey?: SecretSource;
  /**
   * Key for signed temporary URLs (`X-Container-Meta-Temp-URL-Key`).
   * @default - no temp URL key
   */
  readonly tempUrlKey?: SecretSource;
  /**
   * Anonymous read access (`.r:*`, no listings). Only for a container also declared
   * `publicOrigin: true`.
   * @default false
   */
  readonly publicRead?: boolean;
  /**
   * Declares this container a public origin (e.g. behind a CDN), the only case where
   * `publicRead` is accepted.
   * @default false
   */
  readonly publicOrigin?: boolean;
  /**
   * Further container metadata (`X-Container-Meta-<key>`).
   * @default - none
   */
  readonly metadata?: { [key: string]: string };
  /**
   * What destroy may do with the container: `RETAIN` sets `prevent_destroy` (and never `force_destroy` on its objects).
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

const RESERVED_METADATA = ['Quota-Bytes', 'Quota-Count', 'Temp-URL-Key', 'Temp-URL-Key-2', 'Expire-After-Days'];

/**
 * A Swift container: private, versioned and protected from `terraform destroy` by
 * default, with quotas, an optional container sync and temp URL keys that are never
 * literals.
 */
export class ObjectContainer extends Construct {
  /** The site the resources live on. */
  public readonly site: ISite;
  private readonly provider: OpenstackProvider;
  /** The `openstack_objectstorage_container_v1`. */
  public readonly container: ObjectstorageContainerV1;
  /** The temp URL key (a sensitive expression) when `tempUrlKey` is set. */
  public readonly tempUrlKey?: string;

  constructor(scope: Construct, id: string, props: ObjectContainerProps) {
    super(scope, id);
    this.site = props.site;
    this.provider = openstackProviderOf(props.site, this, 'site', 'object containers (Swift)');
    if (props.publicRead === true && props.publicOrigin !== true) {
      throw new ValidationError(this, 'publicRead', 'a publicly readable container must be declared a public origin', 'set publicOrigin: true if anonymous reads are intended, else remove publicRead (use temp URLs for signed access)');
    }
    if (props.historyLocation !== undefined) {
      requireNonEmpty(this, 'historyLocation', props.historyLocation);
      if (props.versioning === true) {
        throw new ValidationError(this, 'versioning', 'object versioning and historyLocation are exclusive in Swift', 'remove versioning or historyLocation');
      }
    }
    if ((props.syncTo === undefined) !== (props.syncKey === undefined)) {
      const missing = props.syncTo === undefined ? 'syncTo' : 'syncKey';
      throw new ValidationError(this, missing, 'container sync needs both syncTo and syncKey', `set ${missing} too, or neither`);
    }
    if (props.quotaBytes !== undefined) requireIntegerAtLeast(this, 'quotaBytes', props.quotaBytes, 1);
    if (props.quotaObjects !== undefined) requireIntegerAtLeast(this, 'quotaObjects', props.quotaObjects, 1);
    if (props.expireAfterDays !== undefined) requireIntegerAtLeast(this, 'expireAfterDays', props.expireAfterDays, 1);
    const reserved = Object.keys(props.metadata ?? {}).find((k) => RESERVED_METADATA.some((r) => r.toLowerCase() === k.toLowerCase()));
    if (reserved) {
      throw new ValidationError(this, `metadata["${reserved}"]`, 'is managed by a dedicated prop', 'use quotaBytes, quotaObjects, tempUrlKey or expireAfterDays instead');
    }

    this.tempUrlKey = props.tempUrlKey?.bind(this, 'temp-url-key', 'tempUrlKey');
    const metadata: { [key: string]: string } = { ...props.metadata };
    if (props.quotaBytes !== undefined) metadata['Quota-Bytes'] = `${props.quotaBytes}`;
    if (props.quotaObjects !== undefined) metadata['Quota-Count'] = `${props.quotaObjects}`;
    if (props.expireAfterDays !== undefined) metadata['Expire-After-Days'] = `${props.expireAfterDays}`;
    if (this.tempUrlKey !== undefined) metadata['Temp-URL-Key'] = this.tempUrlKey;

    const history = props.historyLocation !== undefined;
    this.container = new ObjectstorageContainerV1(this, 'container', {
      provider: this.provider,
      name: physicalName(this, props.name),
      storagePolicy: props.storagePolicy,
      versioning: history ? undefined : props.versioning ?? true,
      versioningLegacy: history ? { type: 'history', location: props.historyLocation! } : undefined,
      containerRead: props.publicRead === true ? '.r:*' : undefined,
      containerSyncTo: props.syncTo,
      containerSyncKey: props.syncKey?.bind(this, 'sync-key', 'syncKey'),
      metadata: Object.keys(metadata).length > 0 ? metadata : undefined,
      forceDestroy: false,
      lifecycle: retainLifecycle(props.removalPolicy),
    });
  }
}

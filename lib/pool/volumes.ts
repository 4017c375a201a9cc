import { Construct, IConstruct } from 'constructs';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { ValidationError } from '../core/errors';
import { requireAtMostOne, requireIntegerAtLeast } from '../core/private/validate';
import { RemovalPolicy } from '../core/removal-policy';
import { SharedVolumeResult, StorageTierResult } from './private/plan';
import { driverOf } from './private/site-support';
import { ISite } from './site';
import { IStorageTier } from './storage-tier';
import { SharedVolumeOpenStackResources, SharedVolumeVsphereResources } from './target-resources';


/** Properties of a {@link SharedVolume}. */
export interface SharedVolumeProps {
  /** The site the volume lives on. */
  readonly site: ISite;
  /** Size in GiB. */
  readonly sizeGiB: number;
  /**
   * An existing multi-attach volume type (OpenStack). When unset, a type with the
   * extra spec `multiattach = "<is> True"` is created once per site.
   * @default - a created multi-attach type
   */
  readonly volumeType?: string;
  /**
   * The storage tier of the volume: a multi-attach tier's volume type (OpenStack), or its
   * datastore (vSphere). Exclusive with `volumeType` and `datastore`.
   * @default - a created multi-attach type (OpenStack), the site's first datastore (vSphere)
   */
  readonly tier?: IStorageTier;
  /**
   * Cinder availability zone of the volume (OpenStack).
   * @default - the Cinder default zone
   */
  readonly zone?: string;
  /**
   * Allow attaching the volume to members in several zones (OpenStack availability
   * zones, vSphere clusters). A volume lives in one zone: attaching it across zones
   * needs Nova's `cross_az_attach = True` (the default, but often disabled in
   * production) or, on vSphere, a datastore every cluster mounts. Say so explicitly.
   * @default false - every member attaching it must be in one zone
   */
  readonly crossZoneAttach?: boolean;
  /**
   * Datastore of the disk (vSphere).
   * @default - the site's first datastore
   */
  readonly datastore?: string;
  /**
   * What destroy may do with the volume.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Volume name.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/** A shared volume instance groups can attach. */
export interface ISharedVolume extends IConstruct {
  /** The site the volume lives on. */
  readonly site: ISite;
  /** The volume name. */
  readonly volumeName: string;
  /** Whether members in several zones may attach the volume. */
  readonly crossZoneAttach: boolean;
  /** @internal What the site's driver created, for the groups that attach the volume. */
  readonly _handle: SharedVolumeResult;
}

/**
 * One volume attached to every member of the instance groups that list it in
 * `sharedVolumes` (cluster file systems, shared media): a Cinder volume of a
 * multi-attach type with multi-attach attachments on OpenStack, a multi-writer
 * virtual disk on vSphere. Protected from destroy by default.
 */
export class SharedVolume extends Construct implements ISharedVolume {
  public readonly site: ISite;
  /** The volume name. */
  public readonly volumeName: string;
  /** Size in GiB. */
  public readonly sizeGiB: number;
  /** Whether members in several zones may attach the volume. */
  public readonly crossZoneAttach: boolean;
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: SharedVolumeOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: SharedVolumeVsphereResources;
  /** @internal What the site's driver created, for the groups that attach the volume. */
  public readonly _handle: SharedVolumeResult;

  constructor(scope: Construct, id: string, props: SharedVolumeProps) {
    super(scope, id);
    requireIntegerAtLeast(this, 'sizeGiB', props.sizeGiB, 1);
    if (props.zone !== undefined) props.site.requireZone(this, 'zone', props.zone);
    this.site = props.site;
    this.sizeGiB = props.sizeGiB;
    this.crossZoneAttach = props.crossZoneAttach ?? false;
    this.volumeName = props.name ?? Names.resourceName(this);
    const tier = sharedTier(this, props);
    this._handle = driverOf(props.site).sharedVolume(this, {
      name: this.volumeName,
      sizeGiB: props.sizeGiB,
      volumeType: props.volumeType ?? tier?.volumeType,
      zone: props.zone,
      datastore: props.datastore ?? tier?.datastore,
      storagePolicyId: tier?.storagePolicyId,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      labels: Labels.resolve(this),
    });
    this.openstack = this._handle.openstack;
    this.vsphere = this._handle.vsphere;
  }
}

/** The tier of a shared volume: on the volume's site, multi-attach, on a single datastore. */
function sharedTier(scope: Construct, props: SharedVolumeProps): StorageTierResult | undefined {
  const tier = props.tier;
  if (!tier) return undefined;
  requireAtMostOne(scope, { tier, volumeType: props.volumeType });
  requireAtMostOne(scope, { tier, datastore: props.datastore });
  if (tier.site !== props.site) throw new ValidationError(scope, 'tier', `storage tier ${tier.node.path} is on another site`, 'use a tier of the volume\'s own site');
  if (!tier.multiattach) throw new ValidationError(scope, 'tier', `storage tier ${tier.node.path} is not multi-attach`, 'create the tier with multiattach: true (or import the type with multiattach: true)');
  if (tier._handle.datastoreClusterId !== undefined) throw new ValidationError(scope, 'tier', `storage tier ${tier.node.path} is a datastore cluster; a shared disk needs one datastore`, 'use a tier with a datastore');
  return tier._handle;
}

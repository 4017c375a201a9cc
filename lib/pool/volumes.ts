import { VirtualDisk } from '@cdktf/provider-vsphere/lib/virtual-disk';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireIntegerAtLeast } from '../core/validate';
import { BlockstorageVolumeTypeV3 } from '../providers/openstack/blockstorage-volume-type-v3';
import { BlockstorageVolumeV3 } from '../providers/openstack/blockstorage-volume-v3';
import { OpenStackSite } from './openstack/site';
import { ISite, SiteTarget } from './site';
import { VsphereSite } from './vsphere/site';

/** What `terraform destroy` may do with a resource that holds data. */
export enum RemovalPolicy {
  /** `prevent_destroy`: Terraform refuses to destroy it (the default for data). */
  RETAIN = 'RETAIN',
  /** Destroyed with the stack (scratch and test data only). */
  DESTROY = 'DESTROY',
}

/** A data volume given to every member of an instance group. */
export interface DataVolumeSpec {
  /** Short name, a DNS label unique in the group (e.g. `data`). */
  readonly name: string;
  /** Size in GiB. */
  readonly sizeGiB: number;
  /**
   * Volume type (OpenStack). Encrypted volumes use an encrypted volume type,
   * referenced by name: the provider cannot create encryption types, so the operator
   * creates it first (`openstack volume type create --encryption-provider luks ...`).
   * @default - the cloud's default type
   */
  readonly volumeType?: string;
  /**
   * What destroy may do with the volumes.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

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
   * Availability zone of the volume (OpenStack).
   * @default - the cloud's default zone
   */
  readonly zone?: string;
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

/**
 * One volume attached to every member of the instance groups that list it in
 * `sharedVolumes` (cluster file systems, shared media): a Cinder volume of a
 * multi-attach type with multi-attach attachments on OpenStack, a multi-writer
 * virtual disk on vSphere. Protected from destroy by default.
 */
export class SharedVolume extends Construct {
  public readonly site: ISite;
  /** The volume name. */
  public readonly volumeName: string;
  /** Size in GiB. */
  public readonly sizeGiB: number;
  /** The Cinder volume (OpenStack). */
  public readonly volumeV3?: BlockstorageVolumeV3;
  /** The created multi-attach volume type (OpenStack, when none was given). */
  public readonly volumeTypeV3?: BlockstorageVolumeTypeV3;
  /** The virtual disk (vSphere). */
  public readonly virtualDisk?: VirtualDisk;
  /** Datastore name of the disk (vSphere). */
  public readonly datastore?: string;

  constructor(scope: Construct, id: string, props: SharedVolumeProps) {
    super(scope, id);
    requireIntegerAtLeast(this, 'sizeGiB', props.sizeGiB, 1);
    if (props.zone !== undefined) props.site.requireZone(this, 'zone', props.zone);
    this.site = props.site;
    this.sizeGiB = props.sizeGiB;
    this.volumeName = props.name ?? Names.resourceName(this);
    const lifecycle = { preventDestroy: (props.removalPolicy ?? RemovalPolicy.RETAIN) === RemovalPolicy.RETAIN };

    if (props.site.target === SiteTarget.OPENSTACK) {
      const site = props.site as OpenStackSite;
      let typeName = props.volumeType;
      if (typeName === undefined) {
        const typeId = 'multiattach-volume-type';
        this.volumeTypeV3 = (site.node.tryFindChild(typeId) as BlockstorageVolumeTypeV3 | undefined) ??
          new BlockstorageVolumeTypeV3(site, typeId, { provider: site.provider, name: 'multiattach', description: 'multi-attach volumes (oscar-blueprints)', extraSpecs: { multiattach: '<is> True' } });
        typeName = this.volumeTypeV3.name;
      }
      this.volumeV3 = new BlockstorageVolumeV3(this, 'volume', {
        provider: site.provider,
        name: this.volumeName,
        size: props.sizeGiB,
        volumeType: typeName,
        availabilityZone: props.zone,
        metadata: Labels.resolve(this),
        lifecycle,
      });
    } else {
      const site = props.site as VsphereSite;
      this.datastore = props.datastore;
      const ds = site.datastore(props.datastore);
      this.virtualDisk = new VirtualDisk(this, 'disk', {
        provider: site.provider,
        datacenter: site.datacenter.name,
        datastore: ds.name,
        size: props.sizeGiB,
        vmdkPath: `oscar-shared/${this.volumeName}.vmdk`,
        createDirectories: true,
        // Multi-writer sharing needs eager-zeroed thick disks.
        type: 'eagerZeroedThick',
        lifecycle,
      });
    }
  }
}

/** @internal Validates per-member data volume specs. */
export function validateDataVolumes(scope: Construct, specs: DataVolumeSpec[]): void {
  const names = new Set<string>();
  specs.forEach((v, i) => {
    requireIntegerAtLeast(scope, `volumes[${i}].sizeGiB`, v.sizeGiB, 1);
    if (!Names.isDnsLabel(v.name)) throw new ValidationError(scope, `volumes[${i}].name`, `"${v.name}" is not a DNS-1123 label`, 'use a short lower-case name such as "data"');
    if (names.has(v.name)) throw new ValidationError(scope, `volumes[${i}].name`, `"${v.name}" is used twice`, 'give each volume its own name');
    names.add(v.name);
  });
}

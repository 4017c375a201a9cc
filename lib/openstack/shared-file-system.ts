import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireIntegerInRange, requireNonEmpty } from '../core/private/validate';
import { RemovalPolicy } from '../core/removal-policy';
import { openstackProviderOf } from '../pool/openstack/context';
import { ISite } from '../pool/site';
import { OpenstackProvider } from '../providers/openstack/provider';
import { SharedfilesystemShareAccessV2 } from '../providers/openstack/sharedfilesystem-share-access-v2';
import { SharedfilesystemShareV2 } from '../providers/openstack/sharedfilesystem-share-v2';
import { isWorldOpen, physicalName, requireCidr, requireNotEmptyList, retainLifecycle } from './private/common';

/** The protocol a Manila share is exported with. */
export enum ShareProtocol {
  /** NFS, with access rules by client CIDR. */
  NFS = 'NFS',
  /** Native CephFS, with access rules by cephx user. */
  CEPHFS = 'CEPHFS',
}

/** Access level of a share rule. */
export enum ShareAccessLevel {
  /** Read and write. */
  READ_WRITE = 'rw',
  /** Read only. */
  READ_ONLY = 'ro',
}

/** One access rule of a {@link SharedFileSystem}. */
export class ShareAccess {
  /** NFS clients in a prefix (never `0.0.0.0/0` or `::/0`). */
  public static fromCidr(cidr: string, level: ShareAccessLevel = ShareAccessLevel.READ_WRITE): ShareAccess {
    return new ShareAccess('ip', cidr, level);
  }
  /** A CephFS client identified by its cephx user. */
  public static fromCephxUser(user: string, level: ShareAccessLevel = ShareAccessLevel.READ_WRITE): ShareAccess {
    return new ShareAccess('cephx', user, level);
  }

  private constructor(
    /** Manila access type (`ip` or `cephx`). */
    public readonly accessType: string,
    /** The CIDR or cephx user. */
    public readonly accessTo: string,
    /** The access level. */
    public readonly level: ShareAccessLevel,
  ) {}
}

/** Props of {@link SharedFileSystem}. */
export interface SharedFileSystemProps {
  /** The OpenStack site (region) the shared file system lives on. Its provider creates every resource. */
  readonly site: ISite;
  /** Export protocol. */
  readonly protocol: ShareProtocol;
  /** Size in GiB (1-65536). */
  readonly sizeGiB: number;
  /** Who may mount the share: CIDRs for NFS, cephx users for CephFS. At least one rule. */
  readonly access: ShareAccess[];
  /**
   * Manila share type (backend capabilities, e.g. a CephFS or NetApp type).
   * @default - the deployment's default share type
   */
  readonly shareType?: string;
  /**
   * Share network (for backends that manage share servers).
   * @default - none
   */
  readonly shareNetworkId?: string;
  /**
   * Availability zone.
   * @default - the deployment's default
   */
  readonly availabilityZone?: string;
  /**
   * Share name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Description in Manila.
   * @default - none
   */
  readonly description?: string;
  /**
   * Extra labels, written as share metadata with the inherited ones.
   * @default - only inherited labels
   */
  readonly labels?: { [key: string]: string };
  /**
   * What destroy may do with the share: `RETAIN` sets `prevent_destroy`.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A Manila share (NFS or CephFS) for parallel analytics and media editing, private to
 * the project and mountable only by the listed CIDRs or cephx users. A rule open to
 * every address is an error. Access-rule construct IDs derive from the rule
 * (`access-10-20-0-0-24`), so adding a rule never renames another.
 */
export class SharedFileSystem extends Construct {
  /** The site the resources live on. */
  public readonly site: ISite;
  private readonly provider: OpenstackProvider;
  /** The `openstack_sharedfilesystem_share_v2`. */
  public readonly share: SharedfilesystemShareV2;
  /** One access rule per entry of `access`. */
  public readonly accessRules: SharedfilesystemShareAccessV2[];
  private readonly ruleIds = new Set<string>();

  constructor(scope: Construct, id: string, props: SharedFileSystemProps) {
    super(scope, id);
    this.site = props.site;
    this.provider = openstackProviderOf(props.site, this, 'site', 'shared file systems (Manila)');
    requireIntegerInRange(this, 'sizeGiB', props.sizeGiB, 1, 65536);
    requireNotEmptyList(this, 'access', props.access, props.protocol === ShareProtocol.NFS
      ? 'allow the clients that mount it, e.g. ShareAccess.fromCidr("10.20.0.0/24")'
      : 'allow the clients that mount it, e.g. ShareAccess.fromCephxUser("render")');
    const ids = props.access.map((rule, i) => this.checkRule(props.protocol, rule, i));
    const metadata = Labels.resolve(this, props.labels);
    this.share = new SharedfilesystemShareV2(this, 'share', {
      provider: this.provider,
      name: physicalName(this, props.name),
      description: props.description,
      shareProto: props.protocol,
      size: props.sizeGiB,
      shareType: props.shareType,
      shareNetworkId: props.shareNetworkId,
      availabilityZone: props.availabilityZone,
      isPublic: false,
      metadata: Object.keys(metadata).length > 0 ? metadata : undefined,
      lifecycle: retainLifecycle(props.removalPolicy),
    });
    this.accessRules = props.access.map((rule, i) => new SharedfilesystemShareAccessV2(this, ids[i], {
      provider: this.provider,
      shareId: this.share.id,
      accessType: rule.accessType,
      accessTo: rule.accessTo,
      accessLevel: rule.level,
    }));
  }

  private checkRule(protocol: ShareProtocol, rule: ShareAccess, i: number): string {
    const prop = `access[${i}]`;
    requireNonEmpty(this, prop, rule.accessTo);
    const wanted = protocol === ShareProtocol.NFS ? 'ip' : 'cephx';
    if (rule.accessType !== wanted) {
      throw new ValidationError(this, prop, `${protocol} shares take ${wanted === 'ip' ? 'CIDR' : 'cephx user'} rules, not ${rule.accessType === 'ip' ? 'CIDR' : 'cephx user'} rules`, `use ShareAccess.${wanted === 'ip' ? 'fromCidr' : 'fromCephxUser'}`);
    }
    if (wanted === 'ip') {
      requireCidr(this, prop, rule.accessTo);
      if (isWorldOpen(rule.accessTo)) {
        throw new ValidationError(this, prop, `"${rule.accessTo}" opens the share to every address`, 'restrict the rule to the clients\' subnet, e.g. "10.20.0.0/24"');
      }
    }
    const id = Token.isUnresolved(rule.accessTo) ? Names.memberKey('access', i + 1) : `access-${Names.toDnsLabel(rule.accessTo)}`;
    if (this.ruleIds.has(id)) {
      throw new ValidationError(this, prop, `repeats the rule for "${rule.accessTo}"`, 'remove the duplicate');
    }
    this.ruleIds.add(id);
    return id;
  }
}

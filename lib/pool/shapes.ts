// Public, target-neutral shapes shared by the building blocks and their drivers (a leaf module).
import { IConstruct } from 'constructs';
import { RemovalPolicy } from '../core/removal-policy';
import { StorageTierResult } from './private/storage-result';
import { ISite } from './site';
import { Size } from './size';

/** How strictly members are kept on different hosts. */
export enum AntiAffinity {
  /** Never two members on one host (Nova `anti-affinity`, mandatory DRS rule). Scheduling fails rather than co-locate. */
  HARD = 'HARD',
  /** Apart when possible (Nova `soft-anti-affinity`, non-mandatory DRS rule). */
  SOFT = 'SOFT',
  /** No placement constraint. */
  NONE = 'NONE',
}

/** An extra address a port may carry: a VRRP/keepalived virtual IP shared by members. */
export interface AddressPair {
  /** The address (or CIDR) the members may answer for. */
  readonly ipAddress: string;
  /**
   * The MAC address that may carry it.
   * @default - the port's own MAC
   */
  readonly macAddress?: string;
}

/** A zone added to a running instance group, used only from one member number on. */
export interface ZoneAddition {
  /** The zone (OpenStack availability zone, vSphere cluster). */
  readonly zone: string;
  /**
   * The first member that may run there: the group's current count + 1, so that no
   * existing member moves (moving a member replaces it and its volumes).
   */
  readonly fromMember: number;
}

/** An inclusive range of addresses a subnet hands out. */
export interface AllocationPool {
  /** First address. */
  readonly start: string;
  /** Last address. */
  readonly end: string;
}

/** One subnet of a network. */
export interface SubnetSpec {
  /** Subnet name: a DNS label, unique in the network. */
  readonly name: string;
  /** The subnet's CIDR. Must lie inside the network's `cidr` and overlap no sibling. */
  readonly cidr: string;
  /**
   * Gateway address, inside the subnet: members get their default route through it.
   * @default - on a routed subnet (OpenStack router), the subnet's first host address;
   * on an unrouted subnet, no gateway (`no_gateway`), so it adds no default route; on an
   * adopted subnet (Network `adopt`), the gateway it already has
   */
  readonly gatewayIp?: string;
  /**
   * Address ranges handed out to ports, inside the subnet and excluding the gateway.
   * @default - the whole subnet except the gateway (Neutron's default); on OpenStack, when
   * instance groups pin `fixedIps` in the subnet, its host range without those addresses
   * and without the first host
   */
  readonly allocationPools?: AllocationPool[];
  /**
   * DNS servers announced to instances.
   * @default - none
   */
  readonly dnsNameservers?: string[];
  /**
   * Whether the platform's DHCP service serves the subnet (Neutron `enable_dhcp`). Turn it
   * off where another server answers DHCP (PXE/admin planes served by an installer such as
   * Fuel, IPMI networks): two DHCP servers on one segment race. vSphere port groups have
   * no DHCP service, so there the flag changes nothing (an explicit `true` warns).
   * @default true
   */
  readonly enableDhcp?: boolean;
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
   * The storage tier of the volumes: its volume type (OpenStack), or its datastore,
   * storage policy and IOPS limit (vSphere). Exclusive with `volumeType`.
   * @default - the cloud's default type; on vSphere the member's datastore
   */
  readonly tier?: IStorageTier;
  /**
   * Cinder availability zone of the volumes (OpenStack). Cinder zones are their own
   * namespace: they need not match the Nova zone a member runs in.
   * @default - the Cinder default zone
   */
  readonly zone?: string;
  /**
   * What destroy may do with the volumes.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Existing volumes to take over, by member key, imported instead of created.
   *
   * Values are Cinder volume UUIDs (OpenStack); on vSphere a member's disks come with
   * its VM. Attachments are imported with them when the member is adopted too.
   * @default - none: every volume is created
   */
  readonly adopt?: { [member: string]: string };
}

/**
 * Where one member runs, pinned: the way to move a member (migration). On vSphere a
 * new cluster, host or datastore is an in-place vMotion or storage vMotion. On
 * OpenStack a new zone replaces the server (the provider has no live migration), so it
 * needs `replaceReason`; the safe path is add-drain-remove (see the pool README).
 */
export interface MemberPlacement {
  /**
   * The member's zone (OpenStack availability zone, vSphere cluster).
   * @default - the zone the group assigns
   */
  readonly zone?: string;
  /**
   * The member's datastore (vSphere), mounted by its cluster's hosts.
   * @default - the first datastore of the member's cluster
   */
  readonly datastore?: string;
  /**
   * The ESXi host the member is pinned to (vSphere `host_system_id`).
   * @default - DRS chooses
   */
  readonly host?: string;
  /**
   * Why replacing the member is acceptable (at least 10 characters): required where the
   * move replaces it (an OpenStack zone change), since its local disk and anything not
   * replicated elsewhere is lost.
   * @default - none: a move that replaces the member is an error
   */
  readonly replaceReason?: string;
}

/** The power state members are kept in. */
export enum PowerState {
  /** Running. */
  ACTIVE = 'ACTIVE',
  /** Stopped but still on its host (OpenStack `shutoff`). vSphere: not supported by the provider. */
  SHUT_OFF = 'SHUT_OFF',
  /** Shelved and offloaded: stopped and off its host, keeping no hypervisor resources (OpenStack `shelved_offloaded`). */
  SHELVED = 'SHELVED',
}

/**
 * How an instance group writes its per-member resources. Both forms synthesize the
 * same Terraform JSON; they differ in the objects a program gets back.
 */
export enum ResourceForm {
  /**
   * The generated L1 classes (`ComputeInstanceV2`, ...), reachable with their typed
   * attributes through `group.openstack`.
   */
  TYPED = 'TYPED',
  /**
   * Plain `TerraformResource`s, reachable through `group.openstackElements` only
   * (`addOverride`, `dependsOn`, `fqn`, `getStringAttribute`): `group.openstack` is
   * undefined. Skips the per-resource objects the generated classes build, for about
   * half the synth time of large estates (see the README's Performance section).
   * OpenStack sites only.
   */
  PLAIN = 'PLAIN',
}

/** The shape of an instance group, enough to know what it needs from a quota. */
export interface GroupDemandSpec {
  /**
   * Number of members.
   * @default 2
   */
  readonly count?: number;
  /** Member size. */
  readonly size: Size;
  /**
   * Boot volume per member, in GiB.
   * @default - none (local disk)
   */
  readonly bootVolumeGiB?: number;
  /**
   * Data volumes per member.
   * @default - none
   */
  readonly volumes?: DataVolumeSpec[];
}

/** Where Cinder enforces a tier's QoS specs. */
export enum StorageQosConsumer {
  /** On the storage backend (`back-end`). */
  BACK_END = 'back-end',
  /** On the hypervisor, per attached volume (`front-end`). */
  FRONT_END = 'front-end',
  /** Both (`both`). */
  BOTH = 'both',
}

/** I/O limits of a storage tier. */
export interface StorageQos {
  /**
   * Total IOPS per volume: Cinder `total_iops_sec`, vSphere disk `io_limit`.
   * @default - no limit
   */
  readonly totalIopsSec?: number;
  /**
   * Read IOPS per volume (Cinder `read_iops_sec`). OpenStack only.
   * @default - no limit
   */
  readonly readIopsSec?: number;
  /**
   * Write IOPS per volume (Cinder `write_iops_sec`). OpenStack only.
   * @default - no limit
   */
  readonly writeIopsSec?: number;
  /**
   * Total throughput per volume in bytes/s (Cinder `total_bytes_sec`). OpenStack only.
   * @default - no limit
   */
  readonly totalBytesSec?: number;
  /**
   * Where the limits are enforced (OpenStack).
   * @default StorageQosConsumer.BACK_END
   */
  readonly consumer?: StorageQosConsumer;
}

/** A vSphere tag rule of a created VM storage policy: datastores with (or without) these tags. */
export interface StoragePolicyTagRule {
  /** The tag category. */
  readonly category: string;
  /** The tags of the category. */
  readonly tags: string[];
}

/** Which VMs vSphere HA restarts first after a host failure. */
export enum HaRestartPriority {
  /** Restarted last. */
  LOWEST = 'lowest',
  /** Before the lowest. */
  LOW = 'low',
  /** The cluster default. */
  MEDIUM = 'medium',
  /** Before the medium. */
  HIGH = 'high',
  /** Restarted first. */
  HIGHEST = 'highest',
}

/** A storage tier data volumes, boot volumes and shared volumes can use. */
export interface IStorageTier extends IConstruct {
  /** The site the tier lives on. */
  readonly site: ISite;
  /** Tier name. */
  readonly tierName: string;
  /** Whether the tier's volumes are encrypted. */
  readonly encrypted: boolean;
  /** Whether the tier's volumes can be attached to several members. */
  readonly multiattach: boolean;
  /** @internal What the site's driver created. */
  readonly _handle: StorageTierResult;
}

// Public, target-neutral shapes shared by the building blocks and their drivers (a leaf module).
import { Size } from './size';

/** How strictly members are kept on different hosts. */
export enum AntiAffinity {
  /** Never two members on one host (Nova `anti-affinity`; mandatory DRS rule). Scheduling fails rather than co-locate. */
  HARD = 'HARD',
  /** Apart when possible (Nova `soft-anti-affinity`; non-mandatory DRS rule). */
  SOFT = 'SOFT',
  /** No placement constraint. */
  NONE = 'NONE',
}

/** What `terraform destroy` may do with a resource that holds data. */
export enum RemovalPolicy {
  /** `prevent_destroy`: Terraform refuses to destroy it (the default for data). */
  RETAIN = 'RETAIN',
  /** Destroyed with the stack (scratch and test data only). */
  DESTROY = 'DESTROY',
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
  /** The subnet's CIDR; must lie inside the network's `cidr` and overlap no sibling. */
  readonly cidr: string;
  /**
   * Gateway address, inside the subnet.
   * @default - the subnet's first host address
   */
  readonly gatewayIp?: string;
  /**
   * Address ranges handed out to ports, inside the subnet and excluding the gateway.
   * @default - the whole subnet except the gateway (Neutron's default)
   */
  readonly allocationPools?: AllocationPool[];
  /**
   * DNS servers announced to instances.
   * @default - none
   */
  readonly dnsNameservers?: string[];
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

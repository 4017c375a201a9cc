import { Image, ISite, QuotaAmounts, Size, StorageQos, VlanPool } from '../../pool';
import { TierOptionsBase } from '../tier-options';

/** What a host pool's nodes do (digest M10: Server SAN with compute, storage and combined nodes). */
export enum ManufacturingNodeRole {
  /** Compute nodes: run the tenants' VMs. */
  COMPUTE = 'compute',
  /** Storage nodes: Ceph OSDs only. */
  STORAGE = 'storage',
  /** Converged nodes: compute and Ceph OSDs on one server. */
  CONVERGED = 'converged',
}

/** One host pool (a Nova host aggregate) of a node role (M10). */
export interface ManufacturingHostPoolSpec {
  /** What the nodes do. */
  readonly role: ManufacturingNodeRole;
  /** The Nova compute service host names. At least one; a host is in one pool only. */
  readonly hosts: string[];
  /**
   * The pool's availability zone.
   * @default - none
   */
  readonly zone?: string;
  /**
   * Pool name (a DNS label, unique in the cloud).
   * @default - the role
   */
  readonly name?: string;
}

/** One storage-media pool of the Ceph cluster: one volume type (M5). */
export interface ManufacturingMediaPool {
  /** The volume type name (a DNS label, unique in the cloud), e.g. `ssd`, `hdd`. */
  readonly name: string;
  /** The Cinder backend of the media pool (`volume_backend_name`), e.g. `ceph-ssd`. */
  readonly backendName: string;
  /**
   * The pool keeps replicas (Ceph size >= 2), so a tier on it may run under VM-HA (M7): its
   * volumes survive the loss of the host a VM ran on.
   * @default true
   */
  readonly replicated?: boolean;
  /**
   * I/O limits of the pool's volumes (Cinder QoS specs).
   * @default - none
   */
  readonly qos?: StorageQos;
}

/** A data volume of a tier. */
export interface ManufacturingVolumeSpec {
  /** Volume name, unique in the tier. */
  readonly name: string;
  /** Size in GiB. */
  readonly sizeGiB: number;
}

/** One tier of the three-tier application (M9): an instance group behind its own default-deny security group. */
export interface ManufacturingTierSpec extends TierOptionsBase {
  /** Size of each member. */
  readonly size: Size;
  /** The image. */
  readonly image: Image;
  /** The TCP port the tier serves: the LB reaches web on it, web reaches app, app reaches db. */
  readonly port: number;
  /**
   * Members.
   * @default 2
   */
  readonly count?: number;
  /**
   * The media pool (by name) of the tier's boot and data volumes.
   * @default - the cloud's first replicated media pool
   */
  readonly mediaPool?: string;
  /**
   * Boot volume size in GiB (members boot from a volume on the media pool).
   * @default 40
   */
  readonly bootVolumeGiB?: number;
  /**
   * Data volumes of each member, on the tier's media pool.
   * @default - none
   */
  readonly volumes?: ManufacturingVolumeSpec[];
  /**
   * Flag the members for VM-HA (M7: restart or evacuate on failure). Needs a replicated media
   * pool, so that a restarted member finds its volumes.
   * @default - true when the tier has 2 or more members
   */
  readonly ha?: boolean;
}

/** The three-tier web/app/DB application of a tenant (M9), published through the tenant's router and a load balancer. */
export interface ManufacturingApplicationSpec {
  /** The web tier: the only one reachable from the Internet (through the load balancer). */
  readonly web: ManufacturingTierSpec;
  /** The application and middleware tier: reachable from web only. */
  readonly app: ManufacturingTierSpec;
  /** The database tier: reachable from app only. */
  readonly db: ManufacturingTierSpec;
  /**
   * The public port of the load balancer (TLS pass-through to the web tier's port).
   * @default 443
   */
  readonly publicPort?: number;
}

/** One tenant: a project with one non-shared network (M2). */
export interface ManufacturingTenantSpec {
  /** Tenant name (a DNS label, unique in the cloud): the project, network and resource prefix. */
  readonly name: string;
  /** The tenant network's CIDR (the private plane). Disjoint from every plane and other tenant. */
  readonly cidr: string;
  /**
   * The tenants (by name) this tenant's network is shared with: the RBAC allow-list (M2).
   * The network is never shared with every project.
   * @default - not shared
   */
  readonly shareNetworkWith?: string[];
  /**
   * The tenant's quota.
   * @default - the platform's defaults
   */
  readonly quota?: QuotaAmounts;
  /**
   * A Keystone group given `member` on the tenant's project.
   * @default - none
   */
  readonly principal?: string;
  /**
   * The tenant's three-tier application.
   * @default - none
   */
  readonly application?: ManufacturingApplicationSpec;
  /**
   * Private Swift containers of the tenant, reachable through the S3 API with the tenant's EC2 credential (M6).
   * @default - none
   */
  readonly objectContainers?: string[];
}

/** CIDR and VLAN of an infrastructure plane. */
export interface ManufacturingPlaneOptions {
  /**
   * The plane's CIDR.
   * @default - see {@link ManufacturingPlanesOptions}
   */
  readonly cidr?: string;
  /**
   * The plane's VLAN ID, from `infrastructureVlans` (pin it in production).
   * @default - the pool's lowest free ID
   */
  readonly vlanId?: number;
}

/** The infrastructure planes (M1). The private plane is the tenants' networks, the external plane the site's external network. */
export interface ManufacturingPlanesOptions {
  /**
   * The PXE plane (deployment), without Neutron DHCP because the installer serves it.
   * @default 172.24.0.0/24
   */
  readonly pxe?: ManufacturingPlaneOptions;
  /**
   * Management (OpenStack to hosts).
   * @default 172.24.1.0/24
   */
  readonly management?: ManufacturingPlaneOptions;
  /**
   * Storage (Ceph replication).
   * @default 172.24.4.0/22
   */
  readonly storage?: ManufacturingPlaneOptions;
}

/** Properties of a {@link ManufacturingCloud}. */
export interface ManufacturingCloudProps {
  /** The site: an OpenStack region with an external network (the Internet side). */
  readonly site: ISite;
  /** The VLANs of the PXE, management and storage planes. */
  readonly infrastructureVlans: VlanPool;
  /** The tenants. At least one. */
  readonly tenants: ManufacturingTenantSpec[];
  /** The storage-media pools: one volume type each (M5). At least one. */
  readonly mediaPools: ManufacturingMediaPool[];
  /**
   * Host aggregates per node role (M10).
   * @default - none
   */
  readonly hostPools?: ManufacturingHostPoolSpec[];
  /**
   * CIDRs and VLANs of the infrastructure planes.
   * @default - the defaults of {@link ManufacturingPlanesOptions}
   */
  readonly planes?: ManufacturingPlanesOptions;
  /**
   * Bandwidth limit of every floating IP, in kbit/s (M3).
   * @default 100000
   */
  readonly floatingIpMaxKbps?: number;
  /**
   * Sources of SSH (22) to every tier.
   * @default - none: no SSH rule
   */
  readonly adminCidrs?: string[];
  /**
   * Labels merged into every resource's labels.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
}

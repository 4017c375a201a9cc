import { DataVolumeSpec, ISite, Image, Size, VlanPool } from '../../pool';
import { TierOptionsBase } from '../tier-options';

/**
 * The security zones of a power company's systems (电力监控系统安全防护: 安全分区). Zones I and
 * II form the production control region, III and IV the management information region.
 */
export enum PowerGridZone {
  /** Zone I: real-time control (SCADA, dispatch). Production control region. */
  I = 'I',
  /** Zone II: non-control production (metering, planning). Production control region. */
  II = 'II',
  /** Zone III: management information, the internal "security zone" (安全区). */
  III = 'III',
  /** Zone IV: the information DMZ, reachable from the public network. */
  IV = 'IV',
}

/** The region a cloud serves: one cloud (site) never hosts both. */
export enum PowerGridRegion {
  /** Zones I and II, on the dedicated dispatch data network. */
  PRODUCTION_CONTROL = 'PRODUCTION_CONTROL',
  /** Zones III and IV (State Grid Jiangsu's cloud: the external-network DMZ and security zone). */
  MANAGEMENT_INFORMATION = 'MANAGEMENT_INFORMATION',
}

/** The two Cinder tiers of the source (P6). */
export enum PowerStorageTier {
  /** Ceph RBD (three replicas): boot volumes and general data. */
  CEPH = 'CEPH',
  /** The commercial storage array: databases. */
  COMMERCIAL = 'COMMERCIAL',
}

/** The guest OS family of an image (Windows and Linux in the source, P9). */
export enum PowerOsFamily {
  /** Linux guests. */
  LINUX = 'linux',
  /** Windows guests (SQL Server). */
  WINDOWS = 'windows',
}

/** What a workload is: databases must be database-sized. */
export enum PowerWorkloadRole {
  /** An application or web tier. */
  APPLICATION = 'APPLICATION',
  /** A database (SQL Server, Oracle): at least 8 vCPUs and 32 GiB, data on the commercial tier by default. */
  DATABASE = 'DATABASE',
}

/** Addressing of one infrastructure plane. */
export interface PowerPlaneOptions {
  /**
   * The plane's CIDR (one subnet covering it).
   * @default - the plane's block in 172.20.0.0/16 (see the README)
   */
  readonly cidr?: string;
  /**
   * VLAN ID from `infrastructureVlans`.
   * @default - the pool's lowest free ID
   */
  readonly vlanId?: number;
}

/** Addressing of the four infrastructure planes. */
export interface PowerPlanesOptions {
  /**
   * IPMI: out-of-band management of the servers (bare metal).
   * @default - 172.20.0.0/24
   */
  readonly ipmi?: PowerPlaneOptions;
  /**
   * Admin/PXE: the deployment network, where the installer serves DHCP (Neutron DHCP is off).
   * @default - 172.20.1.0/24
   */
  readonly adminPxe?: PowerPlaneOptions;
  /**
   * Management: message queue and API traffic of the control plane.
   * @default - 172.20.2.0/24
   */
  readonly management?: PowerPlaneOptions;
  /**
   * Storage: Ceph (and Swift) replication.
   * @default - 172.20.4.0/22
   */
  readonly storage?: PowerPlaneOptions;
}

/** A tier of identical VMs in a tenant's private network. */
export interface PowerWorkloadSpec extends TierOptionsBase {
  /** Name, a DNS label unique in the tenant. Members are `<tenant>-<name>-001`, ... */
  readonly name: string;
  /** Member size. Databases need at least 8 vCPUs and 32 GiB (see `PowerSizes`). */
  readonly size: Size;
  /**
   * The image. Exactly one of `image` and `imageTemplate`.
   * @default - none; then `imageTemplate` is required
   */
  readonly image?: Image;
  /**
   * Name of one of the cloud's `images`. Exactly one of `image` and `imageTemplate`.
   * @default - none; then `image` is required
   */
  readonly imageTemplate?: string;
  /**
   * What the workload is.
   * @default PowerWorkloadRole.APPLICATION
   */
  readonly role?: PowerWorkloadRole;
  /**
   * Members.
   * @default 2
   */
  readonly count?: number;
  /**
   * Boot volume size in GiB, on the Ceph tier (OpenStack: boot from volume).
   * @default 40
   */
  readonly bootVolumeGiB?: number;
  /**
   * Data volumes per member. `volumeType` is set from `storageTier`; naming one is an error.
   * @default - none
   */
  readonly volumes?: DataVolumeSpec[];
  /**
   * The tier of the data volumes.
   * @default - COMMERCIAL for databases, CEPH otherwise
   */
  readonly storageTier?: PowerStorageTier;
  /**
   * TCP ports the members serve to their own tenant network.
   * @default - none
   */
  readonly ports?: number[];
  /**
   * TCP ports the members serve to anyone (zone IV only), e.g. [443].
   * @default - none
   */
  readonly publicPorts?: number[];
  /**
   * A floating IP per member from the public network (zone IV only, OpenStack).
   * @default false
   */
  readonly floatingIp?: boolean;
}

/** A tenant: one isolated private network in one security zone, and its workloads. */
export interface PowerTenantSpec {
  /** Name, a DNS label unique in the cloud. */
  readonly name: string;
  /** The security zone of everything the tenant runs. */
  readonly zone: PowerGridZone;
  /** The tenant network's CIDR. Tenants must not overlap each other or the planes. */
  readonly cidr: string;
  /**
   * VLAN ID from `tenantVlans`.
   * @default - the pool's lowest free ID (with `tenantVlans`)
   */
  readonly vlanId?: number;
  /**
   * Workloads of the tenant.
   * @default - none
   */
  readonly workloads?: PowerWorkloadSpec[];
}

/** A Windows or Linux image to import (private and protected). */
export interface PowerImageSpec {
  /** Image name, a DNS label. Workloads reference it by this name. */
  readonly name: string;
  /** HTTPS URL of the image (the operator's mirror). */
  readonly url: string;
  /** Guest OS family, written as the Glance `os_type` property. */
  readonly osFamily: PowerOsFamily;
  /**
   * Minimum disk in GiB.
   * @default - none
   */
  readonly minDiskGiB?: number;
}

/** A managed database (Trove) in a tenant's network (OpenStack). */
export interface PowerDatabaseSpec {
  /** Name, a DNS label. */
  readonly name: string;
  /**
   * The tenant whose network the database joins. Trove builds databases only on subnets
   * with a router interface, so a tenant outside zone IV that hosts one gets a router of
   * its own without an external gateway (one interface: it routes nowhere else).
   */
  readonly tenant: string;
  /** Trove datastore, e.g. `mysql`. */
  readonly datastoreType: string;
  /** Datastore version, e.g. `8.0`. */
  readonly datastoreVersion: string;
  /** Trove flavor ID. */
  readonly flavorId: string;
  /** Volume size in GiB (on the commercial tier). */
  readonly volumeSizeGiB: number;
  /**
   * Schemas to create.
   * @default - none
   */
  readonly databases?: string[];
}

/** PaaS of the cloud (P10): managed databases and object storage. */
export interface PowerPaasOptions {
  /**
   * Managed databases (Trove, OpenStack).
   * @default - none
   */
  readonly databases?: PowerDatabaseSpec[];
  /**
   * Private Swift containers (object storage, OpenStack).
   * @default - none
   */
  readonly objectContainers?: string[];
}

/** Properties of a {@link PowerGridCloud}. */
export interface PowerGridCloudProps {
  /** The site: an OpenStack region, or a vSphere datacenter under the same northbound API. */
  readonly site: ISite;
  /** The region the cloud serves. Every tenant's zone must be in it. */
  readonly region: PowerGridRegion;
  /** VLANs of the four infrastructure planes, on the infrastructure physical network. */
  readonly infrastructureVlans: VlanPool;
  /**
   * VLANs of the tenant networks, on a physical network of their own. Required for the
   * production control region (dedicated network) and on vSphere.
   * @default - tenant overlay networks (OpenStack, management information region)
   */
  readonly tenantVlans?: VlanPool;
  /** The tenants: one isolated private network each. */
  readonly tenants: PowerTenantSpec[];
  /**
   * Bandwidth limit of every floating IP, in kbit/s.
   *
   * A QoS policy with a bandwidth-limit rule only, bound to each address through
   * `value_specs`, so one published DMZ service cannot take the whole Internet uplink.
   * The source is silent; the baseline's SEC-12 asks for a limit.
   * @default 100000 (100 Mbit/s per address)
   */
  readonly floatingIpMaxKbps?: number;
  /**
   * Addressing of the infrastructure planes.
   * @default - the blocks of 172.20.0.0/16 listed in the README
   */
  readonly planes?: PowerPlanesOptions;
  /**
   * Volume type of the Ceph tier (referenced by name: an operator prerequisite).
   * @default 'ceph'
   */
  readonly cephVolumeType?: string;
  /**
   * Volume type of the commercial array tier (referenced by name).
   * @default 'commercial-san'
   */
  readonly commercialVolumeType?: string;
  /**
   * Windows and Linux images to import.
   * @default - none
   */
  readonly images?: PowerImageSpec[];
  /**
   * Sources allowed to SSH (22) and RDP (3389) into the workloads.
   * @default - each tenant's own CIDR (bastions inside it)
   */
  readonly adminCidrs?: string[];
  /**
   * Managed databases and object storage (OpenStack).
   * @default - none
   */
  readonly paas?: PowerPaasOptions;
  /**
   * The zone tag of the infrastructure planes (in the cloud's region).
   * @default - II for the production control region, III for management information
   */
  readonly platformZone?: PowerGridZone;
  /**
   * Labels for every resource (merged with `Labels.of(scope)`).
   * @default - none beyond inherited labels
   */
  readonly labels?: { [key: string]: string };
}

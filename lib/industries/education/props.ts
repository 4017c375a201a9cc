import { FirewallProtocol, SecretSource } from '../../openstack';
import { DataVolumeSpec, Image, ISite, QuotaAmounts, Size, VlanPool } from '../../pool';
import { AuditSinkOptions } from '../audit-sink-options';
import { TierOptionsBase } from '../tier-options';

/** The zone layouts of the education source (digest E5). */
export enum EducationZoneLayout {
  /** G University on ZTE: the Internet zone, the campus intranet and the cloud zone. */
  ZTE_THREE_ZONES = 'ZTE_THREE_ZONES',
  /** Hubei Education Cloud: core, business services, operations management, office, DC interconnect, WAN access and Internet access. */
  HUBEI_SEVEN_ZONES = 'HUBEI_SEVEN_ZONES',
}

/** A network zone of either layout. */
export enum EducationZone {
  /** ZTE: the Internet zone (NAT to the Internet, the VPN to the education network). */
  INTERNET = 'internet',
  /** ZTE: the campus intranet (BRAS, AAA). */
  CAMPUS_INTRANET = 'campus-intranet',
  /** ZTE: the cloud zone (servers, IP storage, SDN controller, NMS). */
  CLOUD = 'cloud',
  /** Hubei: the DC-grade core. */
  CORE = 'core',
  /** Hubei: business services. */
  BUSINESS_SERVICES = 'business-services',
  /** Hubei: operations management. */
  OPERATIONS_MANAGEMENT = 'operations-management',
  /** Hubei: office. */
  OFFICE = 'office',
  /** Hubei: DC interconnect. */
  DC_INTERCONNECT = 'dc-interconnect',
  /** Hubei: WAN access (the education metropolitan network). */
  WAN_ACCESS = 'wan-access',
  /** Hubei: Internet access. */
  INTERNET_ACCESS = 'internet-access',
}

/** Traffic a department accepts from another department (E3): everything else between departments is denied. */
export interface EducationDepartmentFlow {
  /** Rule name (a DNS label), unique per department. */
  readonly name: string;
  /** The department the traffic comes from. */
  readonly fromDepartment: string;
  /**
   * Protocol.
   * @default FirewallProtocol.TCP
   */
  readonly protocol?: FirewallProtocol;
  /**
   * Destination port.
   * @default - every port
   */
  readonly port?: number;
}

/** A directory group onboarded into a department (E9). */
export interface EducationGroupSpec {
  /** The Keystone group created for the department (a DNS label, unique in the cloud). */
  readonly name: string;
  /**
   * The Keystone role the group gets on the department's project.
   * @default 'member'
   */
  readonly role?: string;
}

/** A dev/test environment of a department (E11): a quota-limited sub-project. */
export interface EducationDevTestSpec {
  /** Environment name (a DNS label, unique in the department). */
  readonly name: string;
  /** The environment's quota: the bound of everything placed in it. */
  readonly quota: QuotaAmounts;
  /**
   * The environment's own network (no external gateway: dev/test never publishes).
   * @default - no network
   */
  readonly cidr?: string;
}

/** A workload of a department. */
export interface EducationWorkloadSpec extends TierOptionsBase {
  /** Workload name (a DNS label, unique in the department). */
  readonly name: string;
  /** Member size. */
  readonly size: Size;
  /** Member image. */
  readonly image: Image;
  /**
   * Instance count.
   * @default 2
   */
  readonly count?: number;
  /**
   * TCP ports open to the department's own network.
   * @default - none
   */
  readonly ports?: number[];
  /**
   * Publish the workload behind the department's load balancer on this port (E7: a portal).
   * The listener forwards to the workload's first port.
   * @default - not published
   */
  readonly portalPort?: number;
  /**
   * Zone networks the workload attaches beside the department's network (the zone is
   * shared with the department's project only).
   * @default - none
   */
  readonly zones?: EducationZone[];
  /**
   * Data volumes on the cloud's distributed tier (the tier is set by the cloud).
   * @default - none
   */
  readonly volumes?: DataVolumeSpec[];
}

/** A managed database of a department (E2: database as a catalog item, Trove). */
export interface EducationDatabaseSpec {
  /** Instance name (a DNS label, unique in the department). */
  readonly name: string;
  /** Trove datastore type, e.g. `mysql`. */
  readonly datastoreType: string;
  /** Trove datastore version, e.g. `8.0`. */
  readonly datastoreVersion: string;
  /** Trove flavor ID. */
  readonly flavorId: string;
  /** Data volume size (GiB), on the distributed tier. */
  readonly volumeSizeGiB: number;
  /**
   * Databases (schemas) to create.
   * @default - none
   */
  readonly databases?: string[];
}

/** A department or college (E1, E3): a tenant VDC of its own. */
export interface EducationDepartmentSpec {
  /** Department name: project, network and provider alias (a DNS label, unique in the cloud). */
  readonly name: string;
  /** The address range of the department's network. */
  readonly cidr: string;
  /** The department's quota (E9). */
  readonly quota: QuotaAmounts;
  /**
   * The site the department runs on (E8): the cloud's `site` or one of its `additionalSites`.
   * @default - the cloud's site
   */
  readonly site?: ISite;
  /**
   * Traffic accepted from other departments of the same site (E3).
   * @default - none: no other department reaches it
   */
  readonly allowFrom?: EducationDepartmentFlow[];
  /**
   * Keystone groups created for the department and given a role on its project (E9, OpenStack).
   * @default - none
   */
  readonly groups?: EducationGroupSpec[];
  /**
   * An existing directory group given the member role (a Keystone group name, or a vSphere SSO `DOMAIN\group`).
   * @default - none
   */
  readonly principal?: string;
  /**
   * The department's workloads.
   * @default - none
   */
  readonly workloads?: EducationWorkloadSpec[];
  /**
   * Managed databases on the department's network (E2, OpenStack).
   * @default - none
   */
  readonly databases?: EducationDatabaseSpec[];
  /**
   * Dev/test environments: quota-limited sub-projects of the department (E11).
   * @default - none
   */
  readonly devTest?: EducationDevTestSpec[];
}

/** The site-to-site VPN of the campus edge (E6), e.g. to the education metropolitan network. */
export interface EducationVpnOptions {
  /** Public address of the peer gateway. */
  readonly peerAddress: string;
  /** The peer's address ranges. */
  readonly peerCidrs: string[];
  /** The pre-shared key (a generated or sensitive secret, never a literal). */
  readonly presharedKey: SecretSource;
}

/** The storage of an education cloud (E10). */
export interface EducationStorageOptions {
  /**
   * The distributed (Ceph) tier: an existing encrypted volume type (the provider cannot create
   * encryption types) that every workload data volume goes to.
   * @default 'luks-distributed'
   */
  readonly distributedTier?: string;
  /**
   * The SAN backup tier, created (a volume type on `backupBackend`, for restores from backup).
   * @default 'san-backup'
   */
  readonly backupTier?: string;
  /**
   * Cinder backend of the backup tier.
   * @default 'san'
   */
  readonly backupBackend?: string;
  /**
   * Swift containers for teaching content (E10, OpenStack).
   * @default - none
   */
  readonly objectContainers?: string[];
}

/** The campus audit-log sink (E12, MLPS security audit). */
export interface EducationAuditSinkOptions extends AuditSinkOptions {
  /**
   * The zone network the collectors sit in. Their `addresses` are inside its CIDR, and every
   * workload gets a NIC in it, shared with its department's project.
   * @default - EducationZone.CAMPUS_INTRANET (ZTE: on the edge router and the VPN), EducationZone.OPERATIONS_MANAGEMENT (Hubei)
   */
  readonly zone?: EducationZone;
}

/** Properties of an {@link EducationCloud}. */
export interface EducationCloudProps {
  /** The campus site that holds the zones and the edge: an `OpenStackSite` or a `VsphereSite`. */
  readonly site: ISite;
  /**
   * Further sites of other hypervisors in the same campus cloud (E8). Departments name theirs.
   * @default - none
   */
  readonly additionalSites?: ISite[];
  /** The organisation (university or education bureau): the parent project of every department (E9). */
  readonly organisation: string;
  /** The departments or colleges (at least one). */
  readonly departments: EducationDepartmentSpec[];
  /**
   * The zone layout (E5).
   * @default EducationZoneLayout.ZTE_THREE_ZONES
   */
  readonly zoneLayout?: EducationZoneLayout;
  /**
   * Zone CIDRs by zone (`EducationZone` value).
   * @default - 10.250.<n>.0/24, n the zone's position in its layout
   */
  readonly zoneCidrs?: { [zone: string]: string };
  /**
   * VLANs of the zones (required on vSphere, where port groups are VLANs) and of vSphere departments.
   * @default - VXLAN overlays (OpenStack)
   */
  readonly vlans?: VlanPool;
  /**
   * The campus edge's site-to-site VPN (E6, OpenStack).
   * @default - none
   */
  readonly vpn?: EducationVpnOptions;
  /**
   * Bandwidth limit of every floating IP, in kbit/s (baseline SEC-12).
   * @default 100000
   */
  readonly floatingIpMaxKbps?: number;
  /**
   * Storage tiers and object storage (E10).
   * @default - the default tiers, no containers
   */
  readonly storage?: EducationStorageOptions;
  /**
   * Recorded as `oscar.io/backup-policy` on workloads (MLPS-10: the SAN backup job).
   * @default - none
   */
  readonly backupPolicy?: string;
  /**
   * An audit-log sink on the cloud's site (E12, MLPS security audit). Collectors on fixed
   * addresses in one zone forward to the audit platform. Every workload gets a NIC in that
   * zone, ships its logs over it, and its group may reach the collectors on 514. MLPS-9
   * checks the wiring. Departments on `additionalSites` cannot attach the zone: an
   * error when they have workloads.
   * @default - none
   */
  readonly auditSink?: EducationAuditSinkOptions;
  /**
   * Labels merged into every resource's labels.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
}

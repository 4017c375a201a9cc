import { INetwork, DataVolumeSpec, ISite, Image, Port, Size, VlanPool } from '../../pool';
import { TierOptionsBase } from '../tier-options';
import { GovernmentAuditSinkOptions } from './audit';
import type { GovernmentPeerSiteOptions } from './peer';

/**
 * The network zones of a government cloud (Hubei "Chutian Cloud"): each is its own
 * network with its own policy.
 */
export enum GovernmentZone {
  /** Core business applications of the departments (cloud-resource partition, extranet side). */
  CORE = 'CORE',
  /** E-government extranet (电子政务外网) access: proxies and portals for extranet users (DMZ, extranet side). */
  EXTRANET_ACCESS = 'EXTRANET_ACCESS',
  /** External publishing: public web sites and services published to the Internet (DMZ, Internet side). */
  EXTERNAL_PUBLISHING = 'EXTERNAL_PUBLISHING',
  /** Internet access: the one unified Internet egress (proxies) (DMZ, Internet side). */
  INTERNET_ACCESS = 'INTERNET_ACCESS',
  /** Storage: IP-SAN / NAS front-ends (cloud-resource partition, no router). */
  STORAGE = 'STORAGE',
  /** Test: isolated test systems (test partition, no router). */
  TEST = 'TEST',
  /** Management: operations, monitoring, logging and audit, separate from tenant traffic (no router). */
  MANAGEMENT = 'MANAGEMENT',
}

/** The compute partitions of a government cloud, each its own set of availability zones. */
export enum GovernmentPartition {
  /** General cloud resources (core and storage zones). */
  CLOUD_RESOURCE = 'CLOUD_RESOURCE',
  /** The DMZ (extranet access, external publishing and Internet access zones). */
  DMZ = 'DMZ',
  /** Management. */
  MANAGEMENT = 'MANAGEMENT',
  /** Test. */
  TEST = 'TEST',
}

/** Which external network a zone may reach: the two are never joined. */
export enum GovernmentSide {
  /** The Internet. */
  INTERNET = 'INTERNET',
  /** The e-government extranet. */
  EXTRANET = 'EXTRANET',
  /** Neither: internal zones without a router (storage, test, management). */
  INTERNAL = 'INTERNAL',
}

/** Addressing of one network zone. */
export interface GovernmentZoneOptions {
  /**
   * The zone's CIDR (one subnet covering it). Zones must not overlap.
   * @default - the zone's block in 10.10.0.0/17 (see the README's table)
   */
  readonly cidr?: string;
  /**
   * VLAN ID from `vlanPool`, when the cloud uses VLAN segmentation.
   * @default - the pool's lowest free ID
   */
  readonly vlanId?: number;
}

/** Addressing of the seven network zones. */
export interface GovernmentZonesOptions {
  /**
   * The core zone.
   * @default - 10.10.0.0/20
   */
  readonly core?: GovernmentZoneOptions;
  /**
   * The e-government extranet access zone.
   * @default - 10.10.16.0/22
   */
  readonly extranetAccess?: GovernmentZoneOptions;
  /**
   * The external publishing zone.
   * @default - 10.10.20.0/22
   */
  readonly externalPublishing?: GovernmentZoneOptions;
  /**
   * The Internet access zone.
   * @default - 10.10.24.0/22
   */
  readonly internetAccess?: GovernmentZoneOptions;
  /**
   * The storage zone.
   * @default - 10.10.32.0/20
   */
  readonly storage?: GovernmentZoneOptions;
  /**
   * The test zone.
   * @default - 10.10.48.0/20
   */
  readonly test?: GovernmentZoneOptions;
  /**
   * The management zone. Exclusive with `existingManagementNetwork`.
   * @default - 10.10.64.0/22
   */
  readonly management?: GovernmentZoneOptions;
}

/**
 * Availability zones of the four compute partitions. When set, each partition needs at
 * least one zone, the zones must be the site's, and no two partitions may share one.
 */
export interface GovernmentPartitionZones {
  /** Zones of the cloud-resource partition. */
  readonly cloudResource: string[];
  /** Zones of the DMZ partition. */
  readonly dmz: string[];
  /** Zones of the management partition. */
  readonly management: string[];
  /** Zones of the test partition. */
  readonly test: string[];
}

/** A department's quota. Its workloads must fit inside it. */
export interface DepartmentQuota {
  /** vCPUs. */
  readonly vcpus: number;
  /** Memory in GiB. */
  readonly memoryGiB: number;
  /** Instances. */
  readonly instances: number;
  /**
   * Block storage in GiB (data volumes).
   * @default - unchanged
   */
  readonly storageGiB?: number;
  /**
   * Volumes.
   * @default - unchanged
   */
  readonly volumes?: number;
}

/** A tier of identical VMs a department runs in one network zone. */
export interface GovernmentWorkload extends TierOptionsBase {
  /** Name, a DNS label unique in the department. Members are `<department>-<name>-001`, ... */
  readonly name: string;
  /** The network zone the workload's first NIC is in. It fixes the partition. */
  readonly zone: GovernmentZone;
  /** Member size. At most 128 vCPU, 4 TiB RAM and 64 TiB disk (root plus data volumes). */
  readonly size: Size;
  /**
   * The image. Exactly one of `image` and `imageTemplate`.
   * @default - none; then `imageTemplate` is required
   */
  readonly image?: Image;
  /**
   * Name of one of the cloud's `imageTemplates` (a private, protected image).
   * Exactly one of `image` and `imageTemplate`.
   * @default - none; then `image` is required
   */
  readonly imageTemplate?: string;
  /**
   * Members.
   * @default 2
   */
  readonly count?: number;
  /**
   * Data volumes per member. A volume without `volumeType` gets the cloud's first
   * encrypted volume type; any other type must be one of `encryptedVolumeTypes`.
   * @default - none
   */
  readonly volumes?: DataVolumeSpec[];
  /**
   * Further NICs in other zones of the same side (e.g. STORAGE for a core database).
   * A NIC in an Internet-side zone and one in an extranet-side zone is an error.
   * @default - none
   */
  readonly additionalZones?: GovernmentZone[];
  /**
   * A second NIC on the management network (with the management policy).
   * @default true (false for workloads in the management zone)
   */
  readonly managementNic?: boolean;
  /**
   * Mirror the first NIC's traffic to the collector (needs the cloud's `mirroring`).
   * @default - true when the zone is one of `mirroring.zones`
   */
  readonly mirrored?: boolean;
}

/** One department: a project with a quota and its workloads. */
export interface GovernmentDepartmentSpec {
  /** Name, a DNS label unique in the cloud. Also the project name. */
  readonly name: string;
  /** The department's quota. Its workloads' needs must fit. */
  readonly quota: DepartmentQuota;
  /**
   * Workloads of the department.
   * @default - none
   */
  readonly workloads?: GovernmentWorkload[];
  /**
   * Project description.
   * @default - "<name> department"
   */
  readonly description?: string;
  /**
   * Keystone group of the department's own administrators: it gets the cloud's
   * `departmentAdminRole` on the department project (delegated administration: the
   * department manages its allocated resources within its quota). OpenStack only.
   * @default - no role assignment
   */
  readonly adminGroupId?: string;
}

/** A private, protected image to import. */
export interface GovernmentImageSpec {
  /** Image name, a DNS label. Workloads reference it by this name. */
  readonly name: string;
  /** HTTPS URL of the image. */
  readonly url: string;
  /**
   * Disk format (Glance).
   * @default 'qcow2'
   */
  readonly diskFormat?: string;
  /**
   * Minimum disk in GiB.
   * @default - none
   */
  readonly minDiskGiB?: number;
}

/** The encapsulation of mirrored traffic (Tap-as-a-Service tap mirror). */
export enum MirrorType {
  /** GRE, keyed by a 32-bit tunnel ID per direction. */
  GRE = 'gre',
  /** ERSPAN type I (v1): 10-bit session IDs, so collisions are more likely on large clouds. */
  ERSPAN_V1 = 'erspanv1',
}

/** Traffic mirroring of workload ports to a collector in a security zone. */
export interface TrafficMirroringOptions {
  /** The collector's (IDS/NTA sensor's) IP address, inside `collectorZone`. */
  readonly collectorIp: string;
  /**
   * The zone the collector sits in. Mirrored traffic travels there, off tenant networks.
   * @default GovernmentZone.MANAGEMENT
   */
  readonly collectorZone?: GovernmentZone;
  /**
   * Zones whose workloads are mirrored.
   * @default - EXTRANET_ACCESS, EXTERNAL_PUBLISHING and INTERNET_ACCESS (the DMZ)
   */
  readonly zones?: GovernmentZone[];
  /**
   * Encapsulation.
   * @default MirrorType.GRE
   */
  readonly mirrorType?: MirrorType;
}

/** Properties of a {@link GovernmentCloud}. */
export interface GovernmentCloudProps {
  /** The site: an OpenStack region, or a vSphere datacenter under the same northbound API. */
  readonly site: ISite;
  /** Data residency: the regions this cloud may run in. The cloud's region must be one. */
  readonly allowedRegions: string[];
  /**
   * The region the cloud runs in, checked against `allowedRegions`.
   * @default - the OpenStack site's region; required on vSphere
   */
  readonly region?: string;
  /** The departments: one project with a quota each. */
  readonly departments: GovernmentDepartmentSpec[];
  /**
   * Name of the Internet external network (OpenStack).
   * @default 'internet'
   */
  readonly internetNetwork?: string;
  /**
   * Name of the e-government extranet external network (OpenStack). Never the same as
   * `internetNetwork`.
   * @default 'egov-extranet'
   */
  readonly extranetNetwork?: string;
  /**
   * Addressing of the network zones.
   * @default - the zone blocks of 10.10.0.0/17 listed in the README
   */
  readonly zones?: GovernmentZonesOptions;
  /**
   * An existing management network to use instead of creating one (its first subnet's
   * CIDR takes part in the overlap check). Exclusive with `zones.management`.
   * @default - a management network is created
   */
  readonly existingManagementNetwork?: INetwork;
  /**
   * Availability zones per partition. When unset, partitions are separated by networks
   * only and every workload may use all of the site's zones.
   * @default - partitions as networks only
   */
  readonly partitionZones?: GovernmentPartitionZones;
  /**
   * VLAN segmentation of the zone networks. Required on vSphere (port groups are VLANs).
   * @default - tenant overlay networks (OpenStack)
   */
  readonly vlanPool?: VlanPool;
  /**
   * Encrypted volume types (referenced by name: the provider cannot create encryption
   * types, so the operator creates them first). The first is the default of every data
   * volume; naming any other type is an error.
   * @default ['luks']
   */
  readonly encryptedVolumeTypes?: string[];
  /**
   * Private, protected images to import (Glance, a content library on vSphere).
   * @default - none
   */
  readonly imageTemplates?: GovernmentImageSpec[];
  /**
   * Sources allowed to SSH into the management zone.
   * @default - the management zone's own CIDR (bastions inside it)
   */
  readonly managementAccessCidrs?: string[];
  /**
   * Traffic mirroring to a collector in a security zone (OpenStack Tap-as-a-Service).
   * @default - no mirroring
   */
  readonly mirroring?: TrafficMirroringOptions;
  /**
   * A note naming the backup schedule of the departments' data volumes (recorded as the
   * `oscar.io/backup-policy` label, e.g. the provincial backup centre's daily job). A
   * label is not a backup: MLPS-10 needs a `BackupPolicy` covering each department's
   * workloads with volumes (see examples/government-cloud-openstack).
   * @default - none recorded
   */
  readonly backupPolicy?: string;
  /**
   * Keystone domain of the department projects (OpenStack).
   * @default - the provider's default domain
   */
  readonly domainId?: string;
  /**
   * The Keystone role a department's `adminGroupId` gets on its project.
   * @default 'member'
   */
  readonly departmentAdminRole?: string;
  /**
   * An audit-log sink in the management zone (MLPS security audit, digest G9): collectors
   * on fixed addresses that forward to the audit platform, and every workload ships its
   * logs to them over its management NIC (MLPS-9 checks the wiring).
   * @default - no sink (MLPS-9 fails for a cloud with workloads)
   */
  readonly auditSink?: GovernmentAuditSinkOptions;
  /**
   * Flows between departments, each opened exactly: every other cross-department flow stays denied.
   * @default - none: departments reach no other department's workloads
   */
  readonly declaredFlows?: GovernmentDeclaredFlow[];
  /**
   * A peer site in an active-active or backup role (digest G7): the same cloud emitted on
   * a second site, optionally routed to this one over a site-to-site VPN.
   * @default - none: a single-site cloud
   */
  readonly peer?: GovernmentPeerSiteOptions;
  /**
   * Labels for every resource (merged with `Labels.of(scope)`).
   * @default - none beyond inherited labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * A declared flow from one department's workloads in a zone to another department's
 * workloads in a zone (digest E3, G4). It opens exactly that port between the two
 * departments' groups of those zones: an egress rule in the source group, an ingress rule
 * in the target group, and on OpenStack an RBAC grant of each group to the other
 * department's project (a remote group of another project must be shared with it).
 */
export interface GovernmentDeclaredFlow {
  /** The department the traffic comes from. */
  readonly fromDepartment: string;
  /** The department the traffic goes to. */
  readonly toDepartment: string;
  /** The zone of the target workloads (the target department must have workloads there). */
  readonly zone: GovernmentZone;
  /**
   * The zone of the source workloads (the source department must have workloads there).
   * @default - `zone`
   */
  readonly fromZone?: GovernmentZone;
  /** Protocol and port(s), e.g. `Port.tcp(443)`. */
  readonly port: Port;
  /** Why the flow exists (at least 10 characters), e.g. the data-sharing agreement. Recorded on both rules. */
  readonly reason: string;
}

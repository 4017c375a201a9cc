import { HealthCheckOptions, ListenerProtocol, LoadBalancingAlgorithm, SessionPersistence } from '../../openstack';
import { DataVolumeSpec, Image, IQuota, ISite, Port, Size, VlanPool, ZoneAddition } from '../../pool';
import { TierOptionsBase } from '../tier-options';

/** What a plane carries. Management planes and business planes sit on different physical networks. */
export enum TelecomPlaneRole {
  /** OAM / management: VIM and VNF management, SSH, monitoring (DSCP CS2 = 16 by default). Drawn from `managementVlans`. */
  MANAGEMENT = 'MANAGEMENT',
  /** Signaling: SIP, Diameter, SS7 over IP (DSCP CS5 = 40 by default). Drawn from `businessVlans`. */
  SIGNALING = 'SIGNALING',
  /** Media / user plane: RTP, GTP-U (DSCP EF = 46 by default). SR-IOV ports are allowed here only. Drawn from `businessVlans`. */
  MEDIA = 'MEDIA',
  /** Storage: Ceph / iSCSI replication and client traffic (DSCP AF11 = 10 by default). Drawn from `businessVlans`. */
  STORAGE = 'STORAGE',
}

/** QoS of a plane: a Neutron QoS policy on the plane network (on vSphere, port-group shaping of what the VMs send). */
export interface TelecomPlaneQos {
  /**
   * Guaranteed egress bandwidth per port in kbit/s (Neutron minimum-bandwidth rule).
   * Only on a plane no tier attaches to: Nova refuses to boot servers on ports with a
   * bandwidth guarantee unless asked for API microversion 2.72, which the OpenStack
   * provider 3.4.0 never does (an error at synth).
   * @default - no guarantee
   */
  readonly minKbps?: number;
  /**
   * Egress bandwidth limit per port in kbit/s.
   * @default - no limit
   */
  readonly maxKbps?: number;
  /**
   * Burst allowance in kbit.
   * @default - the platform default
   */
  readonly maxBurstKbps?: number;
  /**
   * DSCP mark for egress packets.
   * @default - by role, after RFC 4594: MANAGEMENT 16 (CS2), SIGNALING 40 (CS5), MEDIA 46 (EF), STORAGE 10 (AF11)
   */
  readonly dscpMark?: number;
}

/** One plane: a VLAN provider network with one subnet. */
export interface TelecomPlaneSpec {
  /** Plane name, a DNS label unique in the platform (e.g. `oam`, `sig`, `media`, `storage`). Also the subnet name. */
  readonly name: string;
  /** What the plane carries. Decides its VLAN pool and default DSCP mark. */
  readonly role: TelecomPlaneRole;
  /** The plane's CIDR. Plane CIDRs must not overlap. */
  readonly cidr: string;
  /**
   * The plane's VLAN ID (802.1Q segmentation ID), explicit and unique: a plane without
   * a VLAN is an error. Must lie in the plane's pool.
   */
  readonly vlanId: number;
  /**
   * Gateway address of the plane subnet (the physical gateway on vSphere).
   * @default - the subnet's first host address
   */
  readonly gatewayIp?: string;
  /**
   * QoS of the plane. Given fields override the role defaults.
   * @default - the role's DSCP mark only
   */
  readonly qos?: TelecomPlaneQos;
  /**
   * The VLAN pool the ID is drawn from.
   * @default - `managementVlans` for MANAGEMENT planes, `businessVlans` for the others
   */
  readonly vlanPool?: VlanPool;
}

/** Ingress a tier allows, besides SSH from the management access CIDRs and traffic between its own members. */
export interface TelecomTierIngress {
  /** Protocol and port(s), e.g. `Port.udp(5060)`. */
  readonly port: Port;
  /**
   * Allow from every address of this plane (its CIDR). Exactly one of `fromPlane` and `fromTier`.
   * @default - none
   */
  readonly fromPlane?: string;
  /**
   * Allow from the members of this tier (its security group). Exactly one of `fromPlane` and `fromTier`.
   * @default - none
   */
  readonly fromTier?: string;
}

/** A load-balancer listener in front of a tier (OpenStack Octavia). */
export interface TelecomTierListener {
  /** Listener protocol, e.g. `ListenerProtocol.UDP` for SIP. */
  readonly protocol: ListenerProtocol;
  /**
   * Session persistence of the pool.
   * @default - source-IP persistence for UDP (SIP dialogs stay on one SBC), none for TCP
   */
  readonly sessionPersistence?: SessionPersistence;
  /** Port on the VIP. */
  readonly port: number;
  /**
   * Port on the members.
   * @default - the listener port
   */
  readonly memberPort?: number;
  /**
   * Source CIDRs allowed to reach the listener.
   * @default - every source (Octavia's default)
   */
  readonly allowedCidrs?: string[];
  /**
   * Health monitor settings (a monitor is always created).
   * @default - 5 s delay, 3 s timeout, 3 retries up and down
   */
  readonly healthCheck?: HealthCheckOptions;
  /**
   * Balancing algorithm.
   * @default LoadBalancingAlgorithm.ROUND_ROBIN
   */
  readonly algorithm?: LoadBalancingAlgorithm;
  /**
   * Barbican TLS container, required for `TERMINATED_HTTPS`.
   * @default - none
   */
  readonly tlsContainerRef?: string;
}

/**
 * One HA tier (e.g. `sbc`, `app`, `db`), sized N+1: `capacity` members carry the
 * design load and `spares` more members absorb the loss of a host or a whole zone, so
 * the tier has `capacity + spares` members (at least 2), under HARD anti-affinity, spread
 * evenly over at least 2 zones, and declares `capacity` as its minimum.
 */
export interface TelecomTierSpec extends TierOptionsBase {
  /** Tier name, a DNS label unique in the platform. Members are `<name>-001`, ... */
  readonly name: string;
  /** N: members needed to carry the design load (at least 1). */
  readonly capacity: number;
  /**
   * Spare members on top of `capacity`. The default survives the loss of any one
   * availability zone (vSphere: cluster): with z zones, ceil(capacity / (z - 1)), so the
   * members left after the fullest zone fails still number `capacity` (TELECOM_HA TEL-9
   * checks it). With one zone, 1 (N+1 against a host failure).
   * @default - ceil(capacity / (zones - 1)), at least 1
   */
  readonly spares?: number;
  /** Member size. `Size.of(...).withDataPlane()` for packet-processing tiers. */
  readonly size: Size;
  /** The image (OpenStack) or template (vSphere) members boot from. */
  readonly image: Image;
  /**
   * Planes the members attach to, in NIC order.
   * @default - every plane, in declaration order
   */
  readonly planes?: string[];
  /**
   * Planes whose ports are SR-IOV virtual functions (`vnic_type=direct`, no security
   * groups). Only MEDIA planes. Ignored with a warning on vSphere.
   * @default - none
   */
  readonly sriovPlanes?: string[];
  /**
   * Zones the members are spread over. At least 2. Do not edit under running members
   * (they would move, i.e. be replaced): add zones with `addedZones`.
   * @default - all of the site's zones
   */
  readonly zones?: string[];
  /**
   * Zones added to the running tier, each used from a member number on (the current
   * member count + 1), so no existing member or retained volume moves.
   * @default - none
   */
  readonly addedZones?: ZoneAddition[];
  /**
   * Ingress the tier allows.
   * @default - only SSH from the management access CIDRs, traffic between the tier's members and load-balancer traffic
   */
  readonly ingress?: TelecomTierIngress[];
  /**
   * Octavia listeners in front of the tier (OpenStack, on vSphere they are skipped with a warning).
   * @default - none: the tier is not load balanced
   */
  readonly listeners?: TelecomTierListener[];
  /**
   * Data volumes per member (retained on destroy by default).
   * @default - none
   */
  readonly volumes?: DataVolumeSpec[];
  /**
   * Boot from a volume of this many GiB (OpenStack).
   * @default - boot from local disk
   */
  readonly bootVolumeGiB?: number;
}

/** The Octavia load balancer of the platform (OpenStack). */
export interface TelecomLoadBalancerOptions {
  /**
   * The plane the VIP lives on. Tiers with listeners must attach to it.
   * @default - the first SIGNALING plane, else the first non-management plane
   */
  readonly plane?: string;
  /**
   * Octavia flavor whose profile sets `loadbalancer_topology = ACTIVE_STANDBY`
   * (the operator defines flavors). Strongly recommended: without it, synth warns.
   * @default - the deployment's default flavor (usually SINGLE topology)
   */
  readonly activeStandbyFlavorId?: string;
  /**
   * External network to take a floating IP for the VIP from.
   * @default - no floating IP
   */
  readonly floatingIpPool?: string;
}

/** Project quota of the platform, per site. Every limit defaults to the tiers' needs. */
export interface TelecomQuotaOptions {
  /**
   * The OpenStack project (tenant) ID. Required on OpenStack.
   * @default - none (vSphere)
   */
  readonly projectId?: string;
  /**
   * vCPUs. At least the tiers' needs.
   * @default - the tiers' needs
   */
  readonly vcpus?: number;
  /**
   * Memory in GiB. At least the tiers' needs.
   * @default - the tiers' needs
   */
  readonly memoryGiB?: number;
  /**
   * Instances. At least the tiers' members.
   * @default - the tiers' members
   */
  readonly instances?: number;
  /**
   * Block storage in GiB. At least the boot and data volumes.
   * @default - the tiers' boot and data volumes (unset when there are none)
   */
  readonly storageGiB?: number;
}

/** Disaster-recovery replicas of every tier in a second site (region). */
export interface TelecomDisasterRecoveryOptions {
  /** The DR site, e.g. a second `OpenStackSite` with its own `alias`. */
  readonly site: ISite;
  /** VLAN pool of the DR management planes (a physical network of the DR site). */
  readonly managementVlans: VlanPool;
  /** VLAN pool of the DR business planes (a physical network of the DR site). */
  readonly businessVlans: VlanPool;
  /**
   * The DR planes.
   * @default - the primary planes (same names, CIDRs and VLAN IDs, drawn from the DR pools)
   */
  readonly planes?: TelecomPlaneSpec[];
}

/** What one telecom site (region) is built from: shared by {@link TelecomHaPlatformProps} and {@link TelecomRegionProps}. */
export interface TelecomSiteProps {
  /** The site: an `OpenStackSite` (one region) or a `VsphereSite`. */
  readonly site: ISite;
  /**
   * VLAN pool of the management (OAM) planes, on its own physical network, e.g.
   * `VlanPool.range(100, 199, { physicalNetwork: 'physnet-mgmt' })`.
   */
  readonly managementVlans: VlanPool;
  /**
   * VLAN pool of the business planes (signaling, media, storage), on a physical
   * network other than management's, e.g. `VlanPool.range(2000, 2999, { physicalNetwork: 'physnet-biz' })`.
   */
  readonly businessVlans: VlanPool;
  /**
   * The planes, each a VLAN provider network with an explicit, unique VLAN ID and a
   * non-overlapping CIDR. At least one MANAGEMENT plane and one business plane.
   */
  readonly planes: TelecomPlaneSpec[];
  /** The HA tiers (e.g. `sbc`, `app`, `db`), each N+1 with HARD anti-affinity over >= 2 zones. */
  readonly tiers: TelecomTierSpec[];
  /**
   * The Octavia load balancer in front of tiers with listeners (OpenStack).
   * @default - VIP on the first SIGNALING plane, the default Octavia flavor (a warning asks for ACTIVE_STANDBY), no floating IP
   */
  readonly loadBalancer?: TelecomLoadBalancerOptions;
  /**
   * Sources allowed to reach SSH and ICMP on every tier.
   * @default - the CIDRs of the MANAGEMENT planes
   */
  readonly managementAccessCidrs?: string[];
  /**
   * The project quota to create on each site (primary and DR). Limits default to the
   * tiers' needs, and a limit below them is an error. Exclusive with `existingQuota`.
   * @default - no quota is created
   */
  readonly quota?: TelecomQuotaOptions;
  /**
   * An existing quota of the (primary) site, checked against the tiers' needs.
   * Exclusive with `quota`.
   * @default - none
   */
  readonly existingQuota?: IQuota;
  /**
   * Prefix of network, security-group, QoS and load-balancer names.
   * @default - derived from the construct path (e.g. `ims`)
   */
  readonly namePrefix?: string;
}

import { VpnCryptoOptions } from '../../openstack';
import { ISite, VlanPool } from '../../pool';
import { TelecomPlaneSpec } from './props';

/** What a region other than the primary does (digest T1, T9). */
export enum TelecomRegionRole {
  /**
   * Serves traffic next to the primary (active-active, geo-redundant pool): the same
   * tiers, sized for their share of the load. Labelled `oscar.io/replica=active`.
   */
  ACTIVE = 'ACTIVE',
  /**
   * A warm standby that takes over when another region fails: the same tiers, running,
   * without traffic. Labelled `oscar.io/replica=dr`.
   */
  DISASTER_RECOVERY = 'DISASTER_RECOVERY',
}

/** A region of a {@link TelecomHaPlatform} besides the primary (the platform's own `site`). */
export interface TelecomRegionSpec {
  /**
   * Region name, a DNS label unique in the platform (not `primary`). It is the construct ID
   * of the region, the suffix of its names (`<prefix>-<name>-sig`) and of its members
   * (`sbc-<name>-001`).
   */
  readonly name: string;
  /** What the region does. */
  readonly role: TelecomRegionRole;
  /** The region's site, e.g. an `OpenStackSite` with its own `alias`. Every region has its own site. */
  readonly site: ISite;
  /** VLAN pool of the region's management planes (a physical network of that site). */
  readonly managementVlans: VlanPool;
  /** VLAN pool of the region's business planes (a physical network of that site). */
  readonly businessVlans: VlanPool;
  /**
   * The region's planes (same names as the primary's, so tiers attach alike).
   * Interconnected planes need CIDRs disjoint from every other region's.
   * @default - the primary planes (same names, CIDRs and VLAN IDs, drawn from this region's pools)
   */
  readonly planes?: TelecomPlaneSpec[];
}

/** How the regions' site-to-site VPN links are laid out. */
export enum TelecomInterconnectTopology {
  /** A link between every pair of regions: n(n-1)/2 links, no transit region. */
  FULL_MESH = 'FULL_MESH',
  /**
   * A link between the primary (the hub) and each other region: n-1 links. Other regions
   * do not reach each other (Neutron VPNaaS does not route one tunnel into another).
   */
  HUB_AND_SPOKE = 'HUB_AND_SPOKE',
}

/**
 * Inter-region L3 (digest T1, T9, G7): each region gets an interconnect router with an
 * external gateway that routes the listed planes, and every link is a pair of
 * `SiteToSiteVpn`s (one per end) with a generated pre-shared key. OpenStack only.
 */
export interface TelecomInterconnectOptions {
  /**
   * Planes routed between the regions (geo-redundant signaling, replication over the
   * signaling plane). Only SIGNALING and MEDIA planes: management and storage planes never
   * get a router interface (digest M1). An interconnected plane's gateway is the router.
   */
  readonly planes: string[];
  /**
   * Which regions are linked.
   * @default TelecomInterconnectTopology.FULL_MESH
   */
  readonly topology?: TelecomInterconnectTopology;
  /**
   * IKE (phase 1) cryptography of every link.
   * @default - aes-256, sha256, group14, 3600 s
   */
  readonly ike?: VpnCryptoOptions;
  /**
   * IPsec (phase 2) cryptography of every link.
   * @default - aes-256, sha256, group14, 3600 s
   */
  readonly ipsec?: VpnCryptoOptions;
}

/** What the tiers of one region need, for the platform's capacity summary. */
export interface TelecomRegionCapacity {
  /** Region name (`primary` for the platform's own site). */
  readonly region: string;
  /** `PRIMARY`, `ACTIVE` or `DISASTER_RECOVERY`. */
  readonly role: string;
  /**
   * vCPUs of all members.
   * @default - unknown (a size is an existing flavor)
   */
  readonly vcpus?: number;
  /**
   * Memory in GiB of all members.
   * @default - unknown (a size is an existing flavor)
   */
  readonly memoryGiB?: number;
  /** Members. */
  readonly instances: number;
  /**
   * Boot and data volumes in GiB.
   * @default - none
   */
  readonly storageGiB?: number;
}

/** An interconnected plane of another region, reachable over a site-to-site VPN link. */
export interface TelecomPeerPlane {
  /** The other region's name. */
  readonly region: string;
  /** The plane name (the same plane in both regions). */
  readonly plane: string;
  /** The other region's CIDR of the plane. */
  readonly cidr: string;
}

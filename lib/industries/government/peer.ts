import { VpnCryptoOptions } from '../../openstack';
import { INetwork, ISite, VlanPool } from '../../pool';
import { GovernmentAuditSinkOptions } from './audit';
import { GovernmentPartitionZones, GovernmentZone, GovernmentZonesOptions, TrafficMirroringOptions } from './props';

/** What a government cloud's peer site does (digest G7: active-active or backup site pairs). */
export enum GovernmentPeerRole {
  /**
   * Both sites serve (Jiaxing's 双活 data centres): every workload runs in both at its full
   * count. Labelled `oscar.io/replica=active`.
   */
  ACTIVE_ACTIVE = 'ACTIVE_ACTIVE',
  /**
   * A backup centre (Chutian's province-wide backup centre): the same zones, edges,
   * departments and quotas, with each workload as a warm standby of `standbyCount`
   * members. Labelled `oscar.io/replica=backup`.
   */
  BACKUP = 'BACKUP',
}

/**
 * Inter-site L3 between a government cloud and its peer: a site-to-site VPN on each
 * site's extranet edge router (the e-government extranet carries it; no router ever
 * joins the Internet), routing the listed zones. OpenStack only.
 */
export interface GovernmentInterconnectOptions {
  /**
   * Zones routed between the two sites. Only extranet-side zones (CORE, EXTRANET_ACCESS):
   * they are the ones the extranet edge router reaches. Their CIDRs must differ between
   * the sites.
   * @default [GovernmentZone.CORE]
   */
  readonly zones?: GovernmentZone[];
  /**
   * TCP ports open between the two sites' copies of each interconnected zone (replication,
   * e.g. 5432 or 3306). Opened in the zone-boundary firewalls and in every department's
   * group of the zone, from and to the other site's zone CIDR only.
   */
  readonly ports: number[];
  /**
   * IKE (phase 1) cryptography of the link.
   * @default - aes-256, sha256, group14, 3600 s
   */
  readonly ike?: VpnCryptoOptions;
  /**
   * IPsec (phase 2) cryptography of the link.
   * @default - aes-256, sha256, group14, 3600 s
   */
  readonly ipsec?: VpnCryptoOptions;
}

/**
 * The peer site of a {@link GovernmentCloud} (digest G7). The peer is a second cloud of
 * the same design, emitted on its own site: the same network zones and policies, edges,
 * departments (each its own project, named `<department>-<name>`, with the same quota)
 * and workloads. Options not listed here are the primary's.
 */
export interface GovernmentPeerSiteOptions {
  /** The peer's site, e.g. an `OpenStackSite` with its own `region` and `alias`. Not the primary's site. */
  readonly site: ISite;
  /** What the peer does. */
  readonly role: GovernmentPeerRole;
  /**
   * Peer name: its construct ID under the cloud, and the suffix of its department
   * projects (`finance-bureau-<name>`), which keeps them apart in a Keystone shared by the
   * two sites. A DNS label.
   * @default - "backup" or "active", after the role
   */
  readonly name?: string;
  /**
   * The peer's region, checked against the cloud's `allowedRegions`. It must differ from
   * the primary's.
   * @default - the OpenStack site's region; required on vSphere
   */
  readonly region?: string;
  /**
   * BACKUP only: members of each workload kept running in the backup site (at most the
   * workload's count). 1 keeps a pilot light; raise it to the workload's count at failover.
   * @default - each workload's count (a full warm standby)
   */
  readonly standbyCount?: number;
  /**
   * The peer's network zones. Zones routed by `interconnect` need CIDRs other than the
   * primary's.
   * @default - the primary's zones
   */
  readonly zones?: GovernmentZonesOptions;
  /**
   * VLAN pool of the peer's zone networks (a physical network of the peer site). Required
   * when the peer site has no tenant networks (vSphere) or the peer's zones pin VLAN IDs.
   * @default - none: tenant overlay networks
   */
  readonly vlanPool?: VlanPool;
  /**
   * The peer's compute partitions as availability zones of the peer site.
   * @default - the primary's `partitionZones` (zones of the same names)
   */
  readonly partitionZones?: GovernmentPartitionZones;
  /**
   * Name of the peer site's Internet external network.
   * @default - the primary's `internetNetwork`
   */
  readonly internetNetwork?: string;
  /**
   * Name of the peer site's e-government extranet external network.
   * @default - the primary's `extranetNetwork`
   */
  readonly extranetNetwork?: string;
  /**
   * An existing management network of the peer site.
   * @default - a management network is created
   */
  readonly existingManagementNetwork?: INetwork;
  /**
   * The peer's own audit-log sink (its workloads ship their logs to it, MLPS-9).
   * @default - the primary's `auditSink` options, in the peer's management zone
   */
  readonly auditSink?: GovernmentAuditSinkOptions;
  /**
   * The peer's traffic mirroring.
   * @default - the primary's `mirroring`
   */
  readonly mirroring?: TrafficMirroringOptions;
  /**
   * Inter-site L3 over a site-to-site VPN.
   * @default - none: the sites are not routed to each other by this cloud
   */
  readonly interconnect?: GovernmentInterconnectOptions;
}

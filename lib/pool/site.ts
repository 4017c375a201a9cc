import { IConstruct } from 'constructs';

/** The platform behind a site. */
export enum SiteTarget {
  /** An OpenStack region. */
  OPENSTACK = 'OPENSTACK',
  /** A vSphere datacenter and its compute clusters. */
  VSPHERE = 'VSPHERE',
}

/**
 * What a site's target can do. Patterns and building blocks ask these instead of
 * comparing targets, so a new target only declares its capabilities.
 */
export interface SiteCapabilities {
  /** Security groups are created and enforced on ports (OpenStack). Otherwise rules are only recorded. */
  readonly securityGroups: boolean;
  /** A load-balancer service exists (Octavia). */
  readonly loadBalancer: boolean;
  /** Ports can be SR-IOV virtual functions. */
  readonly sriov: boolean;
  /** Sizes can name existing flavors and bare-metal resource classes. */
  readonly flavors: boolean;
  /** Networks can route to an external network through a router. */
  readonly routers: boolean;
  /** Networks can be created without a VLAN (tenant overlay networks). */
  readonly tenantNetworks: boolean;
  /** VLAN networks name the physical network that carries them. */
  readonly physicalNetworks: boolean;
  /** Ports can carry their own QoS policy. */
  readonly portQos: boolean;
  /** Networks have subnet objects with IDs. */
  readonly subnetObjects: boolean;
  /** Projects (tenants) with their own quota sets, networking and firewalls. */
  readonly projects: boolean;
  /** Ports can be mirrored to a collector (Tap-as-a-Service). */
  readonly trafficMirroring: boolean;
  /** Ports can carry extra addresses (allowed address pairs, for VRRP virtual IPs). */
  readonly addressPairs: boolean;
  /** Storage tiers are volume types with backend names, extra specs and QoS specs (Cinder). */
  readonly volumeTypes: boolean;
  /** Storage tiers are datastores, datastore clusters and storage policies (vSphere). */
  readonly datastores: boolean;
  /**
   * Instance groups can write their resources as plain `TerraformResource`s (`ResourceForm.PLAIN`).
   * Optional so that an `ISite` implemented outside this library keeps compiling.
   * @default false
   */
  readonly plainResources?: boolean;
}

/**
 * A resource pool that target-neutral building blocks are placed into: one OpenStack
 * region or one vSphere datacenter. Following OSCAR's heterogeneous-pool principle,
 * its northbound concepts are OpenStack's (availability zones, networks, security
 * groups, server groups); each target maps them to its own resources.
 */
export interface ISite extends IConstruct {
  /** Which platform this site is. */
  readonly target: SiteTarget;
  /** The target's display name for messages, e.g. `OpenStack`. */
  readonly targetName: string;
  /** What the target can do. */
  readonly capabilities: SiteCapabilities;
  /**
   * The zones placements may use: OpenStack availability zones, or vSphere compute
   * clusters (one cluster per failure domain).
   */
  readonly availabilityZones: string[];
  /**
   * The region name, on targets with regions (an OpenStack region). Undefined elsewhere.
   * @default - none
   */
  readonly regionName?: string;
  /** Throws an error naming `scope` and `prop` unless `zone` is one of the site's zones. */
  requireZone(scope: IConstruct, prop: string, zone: string): void;
}

import { Image, ISite, Size, VlanPool } from '../../pool';
import { TierOptionsBase } from '../tier-options';

/** A VLAN provider network of the VM estate. */
export interface FinanceVlanNetworkProps {
  /** CIDR of the network (one subnet of the same range is created). */
  readonly cidr: string;
  /**
   * VLAN ID, from the estate's VLAN pool (pin production IDs).
   * @default - the next free ID of the pool
   */
  readonly vlanId?: number;
  /**
   * Physical network (OpenStack `physical_network`) carrying the VLAN.
   * @default - the pool's physical network
   */
  readonly physicalNetwork?: string;
  /**
   * Gateway address (the physical or Neutron router).
   * @default - the first host address of the CIDR
   */
  readonly gatewayIp?: string;
}

/** One hypervisor family of the estate and the availability zone that holds it. */
export interface HypervisorZoneProps {
  /** The family, as tiers name it (e.g. `kvm`, `powerkvm`, `vmware`). */
  readonly family: string;
  /** Its availability zone (OpenStack) or compute cluster (vSphere) on the site. */
  readonly zone: string;
}

/** A tier of VMs: members under hard anti-affinity inside the zone of one hypervisor family. */
export interface FinanceVmTierProps extends TierOptionsBase {
  /** Tier name (DNS label): members are `<name>-001`, ... */
  readonly name: string;
  /** Hypervisor family the tier runs on (its zone comes from `hypervisorZones`). */
  readonly hypervisor: string;
  /** Size of each member. */
  readonly size: Size;
  /** Boot image. */
  readonly image: Image;
  /**
   * Members (at least 2).
   * @default 2
   */
  readonly count?: number;
  /**
   * Port the tier serves on the production network.
   * @default 8080
   */
  readonly port?: number;
  /**
   * Fixed production-network addresses, one per member (required for the tier behind
   * the load balancer). The production subnet's allocation pools leave them out, so no
   * port created first (the load balancer's VIP, another tier's member) can take one.
   * @default - addresses assigned by the network
   */
  readonly fixedIps?: string[];
  /**
   * Tiers whose members may connect to this tier's port.
   * @default - none (only the load balancer, for the front tier)
   */
  readonly allowFrom?: string[];
}

/** The TLS edge of the VM estate: an Octavia load balancer (OpenStack only). */
export interface FinanceVmLoadBalancerProps {
  /** Tier behind the load balancer. */
  readonly tier: string;
  /** Barbican container with the server certificate (TERMINATED_HTTPS). */
  readonly tlsContainerRef: string;
  /**
   * Barbican container with the CA of client certificates: makes the listener require
   * them (mutual TLS, `client_authentication = MANDATORY`).
   * @default - no client certificates
   */
  readonly clientCaContainerRef?: string;
  /**
   * Floating IP pool for the VIP.
   * @default - no floating IP
   */
  readonly floatingIpPool?: string;
  /**
   * Octavia flavor (e.g. an ACTIVE_STANDBY topology).
   * @default - the Octavia default
   */
  readonly flavorId?: string;
  /**
   * Sources allowed to connect.
   * @default - every source
   */
  readonly allowedCidrs?: string[];
  /**
   * Health-check path on the members.
   * @default "/healthz"
   */
  readonly healthCheckPath?: string;
}

/** Props of {@link FinanceVmEstate}. */
export interface FinanceVmEstateProps {
  /** The site (OpenStack region or vSphere datacenter). */
  readonly site: ISite;
  /** VLAN pool both networks take their IDs from. */
  readonly vlanPool: VlanPool;
  /** The management VLAN (SSH/agents only). */
  readonly managementNetwork: FinanceVlanNetworkProps;
  /** The production VLAN (business traffic). */
  readonly productionNetwork: FinanceVlanNetworkProps;
  /** One availability zone per hypervisor family. */
  readonly hypervisorZones: HypervisorZoneProps[];
  /** The VM tiers. */
  readonly tiers: FinanceVmTierProps[];
  /**
   * The TLS load balancer in front of one tier (OpenStack sites).
   * @default - no load balancer
   */
  readonly loadBalancer?: FinanceVmLoadBalancerProps;
  /**
   * Sources allowed to reach SSH on the management network.
   * @default - the management network's CIDR
   */
  readonly managementCidrs?: string[];
  /**
   * Name prefix.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

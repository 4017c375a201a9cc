import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { findOverlap, isUnresolved, parseCidr } from '../../core/private/cidr';
import { requireDnsLabel, requireIntegerAtLeast, requireIntegerInRange, requireNonEmpty, requireUnique } from '../../core/private/validate';
import { ListenerProtocol, LoadBalancer, PoolMembers } from '../../openstack';
import { Image, InstanceGroup, ISite, Network, Peer, Port, SecurityGroup, Segmentation, Size, VlanPool } from '../../pool';

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
export interface FinanceVmTierProps {
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
   * the load balancer).
   * @default - addresses assigned by the network
   */
  readonly fixedIps?: string[];
  /**
   * Tiers whose members may connect to this tier's port.
   * @default - none (only the load balancer, for the front tier)
   */
  readonly allowFrom?: string[];
  /**
   * Extra labels (e.g. `oscar.io/tier: audit` for the log tier).
   * @default - none
   */
  readonly labels?: { [key: string]: string };
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

/**
 * The VM estate of the finance pattern (Zhejiang bank, Shenzhen fintech): VLAN-isolated
 * management and production networks, one availability zone per hypervisor family,
 * tiers under hard anti-affinity on both networks with default-deny security zones, and
 * an Octavia `TERMINATED_HTTPS` listener (optional mTLS) in front.
 */
export class FinanceVmEstate extends Construct {
  /** The management VLAN network (tagged `oscar.io/plane=management`). */
  public readonly managementNetwork: Network;
  /** The production VLAN network. */
  public readonly productionNetwork: Network;
  /** Security zone of the management interfaces (SSH from `managementCidrs` only). */
  public readonly managementZone: SecurityGroup;
  /** Security zone of each tier's production interfaces, by tier name. */
  public readonly tierZones: { [tier: string]: SecurityGroup };
  /** The tiers, by name. */
  public readonly tiers: { [tier: string]: InstanceGroup };
  /** The load balancer, when configured. */
  public readonly loadBalancer?: LoadBalancer;

  constructor(scope: Construct, id: string, props: FinanceVmEstateProps) {
    super(scope, id);
    Labels.of(this).add(LabelKeys.INDUSTRY, 'finance');
    const site = props.site;
    // --- one zone per hypervisor family ---
    if (!props.hypervisorZones?.length) {
      throw new ValidationError(this, 'hypervisorZones', 'is empty', "map each hypervisor family to its zone, e.g. [{ family: 'kvm', zone: 'az-kvm' }]");
    }
    requireUnique(this, 'hypervisorZones[].family', props.hypervisorZones.map((h) => h.family));
    const zoneOwner = new Map<string, string>();
    props.hypervisorZones.forEach((h, i) => {
      requireDnsLabel(this, `hypervisorZones[${i}].family`, h.family);
      site.requireZone(this, `hypervisorZones[${i}].zone`, h.zone);
      const other = zoneOwner.get(h.zone);
      if (other) {
        throw new ValidationError(this, `hypervisorZones[${i}].zone`, `zone "${h.zone}" already holds the ${other} family: one availability zone per hypervisor family`, `give ${h.family} its own zone (host aggregate / cluster)`);
      }
      zoneOwner.set(h.zone, h.family);
    });
    const zoneOf = new Map(props.hypervisorZones.map((h) => [h.family, h.zone]));

    // --- VLAN-isolated networks ---
    const mgmt = parseCidr(this, 'managementNetwork.cidr', props.managementNetwork.cidr);
    const prod = parseCidr(this, 'productionNetwork.cidr', props.productionNetwork.cidr);
    if (mgmt && prod && findOverlap([{ block: mgmt }, { block: prod }])) {
      throw new ValidationError(this, 'productionNetwork.cidr', `${props.productionNetwork.cidr} overlaps the management network ${props.managementNetwork.cidr}`, 'give the management and production networks disjoint ranges');
    }
    const m = props.managementNetwork;
    const p = props.productionNetwork;
    if (m.vlanId !== undefined && p.vlanId !== undefined && m.vlanId === p.vlanId && (m.physicalNetwork ?? '') === (p.physicalNetwork ?? '')) {
      throw new ValidationError(this, 'productionNetwork.vlanId', `VLAN ${p.vlanId} is also the management VLAN: the two networks would be one broadcast domain`, 'give production its own VLAN ID');
    }
    const network = (netId: string, spec: FinanceVlanNetworkProps, routed: boolean, labels: { [key: string]: string }) => new Network(this, netId, {
      site,
      cidr: spec.cidr,
      subnets: [{ name: netId, cidr: spec.cidr, gatewayIp: spec.gatewayIp }],
      segmentation: Segmentation.vlan({ pool: props.vlanPool, vlanId: spec.vlanId, physicalNetwork: spec.physicalNetwork }),
      // only the production VLAN is routed, and only for the load balancer's floating IP
      routerGateway: routed,
      labels,
    });
    const routed = site.capabilities.routers && props.loadBalancer?.floatingIpPool !== undefined;
    this.managementNetwork = network('mgmt', m, false, { [LabelKeys.PLANE]: 'management' });
    this.productionNetwork = network('prod', p, routed, { [LabelKeys.PLANE]: 'production' });

    // --- security zones ---
    this.managementZone = new SecurityGroup(this, 'mgmt-zone', { site, description: 'management interfaces: SSH from the management network only' });
    const adminSources = props.managementCidrs ?? [m.cidr];
    adminSources.forEach((cidr) => this.managementZone.allowIngress(Peer.cidr(cidr), Port.tcp(22)));

    // --- tiers ---
    if (!props.tiers?.length) throw new ValidationError(this, 'tiers', 'is empty', 'add at least one tier');
    requireUnique(this, 'tiers[].name', props.tiers.map((t) => t.name));
    const names = new Set(props.tiers.map((t) => t.name));
    this.tierZones = {};
    this.tiers = {};
    props.tiers.forEach((t, i) => {
      requireDnsLabel(this, `tiers[${i}].name`, t.name);
      const zone = zoneOf.get(t.hypervisor);
      if (!zone) {
        throw new ValidationError(this, `tiers[${i}].hypervisor`, `"${t.hypervisor}" is not a family of hypervisorZones (${[...zoneOf.keys()].join(', ')})`, 'name one of the families, or add it to hypervisorZones');
      }
      const count = t.count ?? 2;
      requireIntegerAtLeast(this, `tiers[${i}].count`, count, 2, 'run at least 2 members under anti-affinity (the finance estate is HA)');
      requireIntegerInRange(this, `tiers[${i}].port`, t.port ?? 8080, 1, 65535);
      for (const from of t.allowFrom ?? []) {
        if (!names.has(from)) throw new ValidationError(this, `tiers[${i}].allowFrom`, `"${from}" is not a tier`, `use one of ${[...names].join(', ')}`);
      }
      this.tierZones[t.name] = new SecurityGroup(this, `${t.name}-zone`, { site, description: `production interfaces of the ${t.name} tier` });
    });
    props.tiers.forEach((t) => {
      const zone = this.tierZones[t.name];
      for (const from of t.allowFrom ?? []) zone.allowIngress(Peer.securityGroup(this.tierZones[from]), Port.tcp(t.port ?? 8080));
      this.tiers[t.name] = new InstanceGroup(this, t.name, {
        site,
        name: t.name,
        count: t.count ?? 2,
        size: t.size,
        image: t.image,
        zones: [zoneOf.get(t.hypervisor)!],
        networks: [
          { network: this.productionNetwork, securityGroups: [zone], fixedIps: t.fixedIps },
          { network: this.managementNetwork, securityGroups: [this.managementZone] },
        ],
        labels: { [LabelKeys.HYPERVISOR]: t.hypervisor, ...t.labels },
      });
    });

    // --- TLS edge ---
    const lbProps = props.loadBalancer;
    if (lbProps) {
      if (!site.capabilities.loadBalancer) {
        throw new ValidationError(this, 'loadBalancer', `${site.targetName} sites have no load-balancer service`, 'front a vSphere estate with the Kubernetes Gateway or a physical load balancer, and remove loadBalancer');
      }
      requireNonEmpty(this, 'loadBalancer.tlsContainerRef', lbProps.tlsContainerRef);
      const front = props.tiers.find((t) => t.name === lbProps.tier);
      if (!front) throw new ValidationError(this, 'loadBalancer.tier', `"${lbProps.tier}" is not a tier`, `use one of ${[...names].join(', ')}`);
      if (!front.fixedIps?.length) {
        throw new ValidationError(this, `tiers[${front.name}].fixedIps`, 'is not set, but the load balancer needs the members\' addresses', 'give the tier behind the load balancer one fixed production address per member');
      }
      const port = front.port ?? 8080;
      this.loadBalancer = new LoadBalancer(this, 'lb', {
        site,
        vipSubnetId: this.productionNetwork.subnetId('prod'),
        floatingIpPool: lbProps.floatingIpPool,
        flavorId: lbProps.flavorId,
        listeners: [{
          protocol: ListenerProtocol.TERMINATED_HTTPS,
          port: 443,
          members: [PoolMembers.fromAddresses(front.fixedIps)],
          memberPort: port,
          tlsContainerRef: lbProps.tlsContainerRef,
          allowedCidrs: lbProps.allowedCidrs,
          healthCheck: { urlPath: lbProps.healthCheckPath ?? '/healthz' },
        }],
      });
      if (lbProps.clientCaContainerRef) {
        const listener = this.loadBalancer.listeners[0].listener;
        listener.addOverride('client_authentication', 'MANDATORY');
        listener.addOverride('client_ca_tls_container_ref', lbProps.clientCaContainerRef);
      }
      // Octavia amphorae reach the members from the VIP subnet.
      if (!isUnresolved(p.cidr)) this.tierZones[front.name].allowIngress(Peer.cidr(p.cidr), Port.tcp(port));
    }
  }
}

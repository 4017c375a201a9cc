import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { CidrBlock, contains, findOverlap, isHostAddress, parseAddress, parseCidr } from '../core/private/cidr';
import { requireDnsLabel, requireIntegerInRange } from '../core/private/validate';
import { requireAdoptKeys } from './private/adopt';
import { warnPinnedInsidePools } from './private/pinned-addresses';
import { RoutingDomain } from './private/routing-domain';
import { driverOf, requireCapability } from './private/site-support';
import { IQosPolicy } from './qos-policy';
import { IRouter } from './router';
import { Segmentation } from './segmentation';
import { SubnetSpec } from './shapes';
import { ISite } from './site';
import { NetworkOpenStackResources, NetworkVsphereResources } from './target-resources';


/** Properties of a {@link Network}. */
export interface NetworkProps {
  /** The site the network lives on. */
  readonly site: ISite;
  /** The network's address range (the VPC range): every subnet lies inside it. */
  readonly cidr: string;
  /** The subnets. At least one. */
  readonly subnets: SubnetSpec[];
  /**
   * How the network is segmented. vSphere networks must be VLANs.
   * @default Segmentation.tenant()
   */
  readonly segmentation?: Segmentation;
  /**
   * Give the network its own router with a gateway on the site's external network
   * (OpenStack). vSphere has no router without NSX; there the physical network routes
   * from `gatewayIp`. Gateways exist only where declared: to route several networks
   * together, share a {@link Router} with `router` instead.
   * @default false
   */
  readonly routerGateway?: boolean;
  /**
   * A router shared with other networks: every subnet gets an interface on it, so the
   * networks route to each other (and outside, if the router has an external gateway).
   * Subnets on one router must not overlap.
   * @default - none
   */
  readonly router?: IRouter;
  /**
   * The network's MTU (e.g. 9000 for jumbo frames on storage planes). OpenStack sets it on
   * the network; on vSphere the distributed switch's MTU applies, and synth warns.
   * @default - the platform default
   */
  readonly mtu?: number;
  /**
   * QoS for all ports on the network: Neutron `qos_policy_id` on OpenStack, egress
   * shaping on the vSphere port group.
   * @default - none
   */
  readonly qosPolicy?: IQosPolicy;
  /**
   * Network name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels for the created resources (merged with `Labels.of(scope)`).
   * @default - none beyond inherited labels
   */
  readonly labels?: { [key: string]: string };
  /**
   * Existing objects to take over instead of creating them: `network` to the network
   * (an OpenStack UUID, a vSphere port group inventory path such as
   * `/dc1/network/pg-app`) and, on OpenStack, each subnet name to its subnet's UUID.
   * An own router (`routerGateway`) is created.
   * @default - none: everything is created
   */
  readonly adopt?: { [key: string]: string };
}

/** Options of {@link Network.fromName}. */
export interface ExistingNetworkOptions {
  /** The site the network lives on. */
  readonly site: ISite;
  /** The network's name (OpenStack network, vSphere port group or network). */
  readonly networkName: string;
  /**
   * The subnets to use, by their existing names (OpenStack). Their CIDRs let fixed IPs
   * be validated. On vSphere, subnets only describe addressing.
   */
  readonly subnets: SubnetSpec[];
}

/** The target-neutral handle other building blocks attach to. */
export interface INetwork extends IConstruct {
  /** The site the network lives on. */
  readonly site: ISite;
  /** The network's ID: the Neutron network, or the vSphere port group / network. */
  readonly networkId: string;
  /** Network name. */
  readonly networkName: string;
  /** The VLAN ID, when the network is a VLAN. */
  readonly vlanId?: number;
  /** Names of the subnets, in declaration order. */
  readonly subnetNames: string[];
  /** The subnet spec by name. Errors for an unknown name. */
  subnet(name: string): SubnetSpec;
  /** The Neutron subnet ID by subnet name (OpenStack). Errors on vSphere. */
  subnetId(name: string): string;
}

/**
 * A network with validated subnets on any site: a Neutron network, subnets and an
 * optional router on OpenStack. A distributed port group on a VLAN, with promiscuous
 * mode, forged transmits and MAC changes all off, on vSphere.
 *
 * The CIDR plan is checked at construction: subnets lie inside `cidr`, do not
 * overlap, and have gateways and allocation pools inside them.
 */
export class Network extends Construct implements INetwork {
  /**
   * An existing network, looked up by name: a Neutron network and its subnets on
   * OpenStack, a port group (or standard network) on vSphere.
   */
  public static fromName(scope: Construct, id: string, options: ExistingNetworkOptions): INetwork {
    return new ImportedNetwork(scope, id, options);
  }

  public readonly site: ISite;
  public readonly networkId: string;
  public readonly networkName: string;
  public readonly vlanId?: number;
  public readonly subnetNames: string[];
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: NetworkOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: NetworkVsphereResources;
  /** The QoS policy of every port on the network, if any. */
  public readonly qosPolicy?: IQosPolicy;
  private readonly specs: Map<string, SubnetSpec>;
  private readonly subnetIds?: { [name: string]: string };
  private readonly keepOutOfPool?: (subnet: string, addresses: bigint[]) => void;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    this.site = props.site;
    this.networkName = props.name ?? Names.resourceName(this);
    requireDnsLabel(this, 'name', this.networkName);
    this.specs = validateSubnetPlan(this, props.cidr, props.subnets);
    this.subnetNames = props.subnets.map((s) => s.name);
    const labels = Labels.resolve(this, props.labels);

    if (props.qosPolicy && props.qosPolicy.site !== props.site) {
      throw new ValidationError(this, 'qosPolicy', `QoS policy ${props.qosPolicy.node.path} is on another site`, 'use a policy of the network\'s own site');
    }
    this.qosPolicy = props.qosPolicy;
    const site = props.site;
    const segmentation = props.segmentation ?? Segmentation.tenant();
    const vlan = segmentation.vlanOptions;
    let physicalNetwork: string | undefined;
    if (vlan) {
      physicalNetwork = vlan.physicalNetwork ?? vlan.pool.physicalNetwork;
      if (site.capabilities.physicalNetworks && !physicalNetwork) {
        throw new ValidationError(this, 'segmentation.physicalNetwork', 'a VLAN network needs a physical network', 'set physicalNetwork on the segmentation or on its VlanPool');
      }
      this.vlanId = vlan.pool.allocate(this, 'segmentation.vlanId', vlan.vlanId);
      claimVlan(this, site, physicalNetwork, this.vlanId);
    } else {
      requireCapability(site, site.capabilities.tenantNetworks, this, 'segmentation', 'networks without a VLAN (they are distributed port groups on VLANs)', 'pass segmentation: Segmentation.vlan({ pool, vlanId })');
    }
    if (props.router !== undefined) {
      if (props.routerGateway === true) {
        throw new ValidationError(this, 'router', 'is set together with routerGateway: true (a network has one router)', 'share the router (and give it externalGateway: true), or drop router');
      }
      if (props.router.site !== site) throw new ValidationError(this, 'router', `router ${props.router.node.path} is on another site`, 'use a router of the network\'s own site');
      props.router._attach(this, 'subnets', props.subnets.filter((s) => !Token.isUnresolved(s.cidr)));
    }
    if (props.mtu !== undefined) requireIntegerInRange(this, 'mtu', props.mtu, 68, 65535);
    if (props.routerGateway === true) {
      requireCapability(site, site.capabilities.routers, this, 'routerGateway', 'routers (no router without NSX)', 'route through the physical gateway named by each subnet\'s gatewayIp, and leave routerGateway unset');
    }

    requireAdoptKeys(this, 'adopt', props.adopt, ['network', ...(site.capabilities.subnetObjects ? this.subnetNames : [])]);
    const built = driverOf(site).network(this, {
      name: this.networkName,
      subnets: props.subnets,
      vlanId: this.vlanId,
      physicalNetwork,
      overlayType: segmentation.overlayType,
      routerGateway: props.routerGateway,
      routerId: props.router?.routerId,
      mtu: props.mtu,
      qos: props.qosPolicy?._handle,
      labels,
      adopt: props.adopt,
    });
    // Subnets with a declared gateway and no Neutron router of their own are routed by
    // the physical fabric, all together: their ranges must be disjoint across the site.
    // (Networks behind a Neutron router are checked per router, so overlaps behind
    // separate routers are fine.)
    const neutronRouted = built.openstack?.router !== undefined || props.router !== undefined;
    claimRoutedCidrs(this, site, neutronRouted ? [] : props.subnets.filter((s) => s.gatewayIp !== undefined));
    this.openstack = built.openstack;
    this.vsphere = built.vsphere;
    this.networkId = built.networkId;
    this.subnetIds = built.subnetIds;
    this.keepOutOfPool = built.keepOutOfPool;
  }

  public subnet(name: string): SubnetSpec {
    return specOf(this, this.specs, this.subnetNames, name);
  }

  /**
   * @internal Addresses pinned on ports of `subnet` (by `scope`'s `prop`): a subnet on the
   * default pool keeps them out of it; declared pools that contain them are warned about.
   */
  public _pinAddresses(scope: IConstruct, prop: string, subnet: string, addresses: string[]): void {
    const spec = this.subnet(subnet);
    if (!this.keepOutOfPool || Token.isUnresolved(spec.cidr)) return;
    const block = parseCidr(scope, `${prop}.subnet`, spec.cidr);
    if (spec.allocationPools !== undefined) {
      warnPinnedInsidePools(scope, `${prop}.fixedIps`, spec, block, addresses);
      return;
    }
    this.keepOutOfPool(subnet, addresses.filter((ip) => !Token.isUnresolved(ip)).map((ip) => parseAddress(scope, `${prop}.fixedIps`, ip, block.version)));
  }

  public subnetId(name: string): string {
    this.subnet(name);
    return subnetIdOf(this, this.subnetIds, name);
  }
}

// Per site: the VLANs taken on each physical network, and the routed subnets. Pools
// check their own IDs; two pools (or none) on one physical network need this check.
const VLANS = new WeakMap<ISite, Map<string, string>>();
const FABRICS = new WeakMap<ISite, RoutingDomain>();

/** One VLAN ID per physical network of a site, whichever pool allocated it. */
function claimVlan(network: Network, site: ISite, physicalNetwork: string | undefined, vlanId: number): void {
  const taken = VLANS.get(site) ?? new Map<string, string>();
  VLANS.set(site, taken);
  const key = `${physicalNetwork ?? ''}#${vlanId}`;
  const holder = taken.get(key);
  if (holder !== undefined) {
    throw new ValidationError(network, 'segmentation.vlanId', `VLAN ${vlanId}${physicalNetwork ? ` on ${physicalNetwork}` : ''} is already used by network ${holder} (from another VLAN pool)`, 'give each network its own VLAN: use one VlanPool per physical network, or disjoint ranges');
  }
  taken.set(key, network.node.path);
}

/** Subnets routed together by a site's physical fabric must not overlap. */
function claimRoutedCidrs(network: Network, site: ISite, subnets: SubnetSpec[]): void {
  let fabric = FABRICS.get(site);
  if (!fabric) {
    fabric = new RoutingDomain('the site\'s fabric routes both (both declare a gatewayIp)', 'give physically routed networks of one site disjoint CIDRs, or drop the gatewayIp of one (an isolated network)');
    FABRICS.set(site, fabric);
  }
  fabric.claim(network, 'subnets', subnets);
}

/** The subnet's ID, on targets whose networks have subnet objects. */
function subnetIdOf(network: INetwork, ids: { [name: string]: string } | undefined, name: string): string {
  if (ids === undefined) {
    throw new ValidationError(network, 'subnets', `${network.site.targetName} networks have no subnet objects`, 'use the network, not a subnet ID');
  }
  return ids[name];
}

function specOf(scope: Construct, specs: Map<string, SubnetSpec>, names: string[], name: string): SubnetSpec {
  const spec = specs.get(name);
  if (!spec) throw new ValidationError(scope, 'subnets', `has no subnet "${name}"`, `use one of ${names.join(', ')}`);
  return spec;
}

/** An existing network looked up by name. */
class ImportedNetwork extends Construct implements INetwork {
  public readonly site: ISite;
  public readonly networkId: string;
  public readonly networkName: string;
  public readonly subnetNames: string[];
  private readonly specs: Map<string, SubnetSpec>;
  private readonly subnetIds?: { [name: string]: string };

  constructor(scope: Construct, id: string, options: ExistingNetworkOptions) {
    super(scope, id);
    this.site = options.site;
    this.networkName = options.networkName;
    this.specs = validateSubnetPlan(this, '0.0.0.0/0', options.subnets, false);
    this.subnetNames = options.subnets.map((s) => s.name);
    const found = driverOf(options.site).importNetwork(this, { networkName: options.networkName, subnets: options.subnets });
    this.networkId = found.networkId;
    this.subnetIds = found.subnetIds;
  }

  public subnet(name: string): SubnetSpec {
    return specOf(this, this.specs, this.subnetNames, name);
  }

  public subnetId(name: string): string {
    this.subnet(name);
    return subnetIdOf(this, this.subnetIds, name);
  }
}

/** Validates a whole subnet plan. Returns the specs by name. */
function validateSubnetPlan(scope: Construct, cidr: string, subnets: SubnetSpec[], dnsNames = true): Map<string, SubnetSpec> {
  if (subnets.length === 0) {
    throw new ValidationError(scope, 'subnets', 'declares no subnets', 'add at least one subnet, e.g. { name: "app", cidr: "10.0.1.0/24" }');
  }
  const specs = new Map<string, SubnetSpec>();
  // Imported networks pass 0.0.0.0/0: their range is not ours to check, only the subnets.
  const vpc = Token.isUnresolved(cidr) || cidr === '0.0.0.0/0' ? undefined : parseCidr(scope, 'cidr', cidr);
  const blocks: Array<{ name: string; block: CidrBlock }> = [];
  subnets.forEach((s, i) => {
    const prop = `subnets[${i}]`;
    if (dnsNames) requireDnsLabel(scope, `${prop}.name`, s.name);
    if (specs.has(s.name)) throw new ValidationError(scope, `${prop}.name`, `subnet name "${s.name}" is used twice`, 'give each subnet a unique name');
    specs.set(s.name, s);
    if (Token.isUnresolved(s.cidr)) return;
    const block = parseCidr(scope, `${prop}.cidr`, s.cidr);
    if (vpc && !contains(vpc, block)) {
      throw new ValidationError(scope, `${prop}.cidr`, `subnet "${s.name}" (${s.cidr}) lies outside the network range ${cidr}`, `choose a CIDR inside ${cidr} or widen the network's cidr`);
    }
    blocks.push({ name: s.name, block });
    validateAddresses(scope, prop, s, block);
  });
  const clash = findOverlap(blocks);
  if (clash) {
    const [a, b] = clash;
    throw new ValidationError(scope, 'subnets', `subnets "${a.name}" (${a.block.cidr}) and "${b.name}" (${b.block.cidr}) overlap`, 'give each subnet its own, non-overlapping CIDR');
  }
  return specs;
}

function validateAddresses(scope: Construct, prop: string, s: SubnetSpec, block: CidrBlock): void {
  const inHostRange = (v: bigint) => isHostAddress(block, v);
  let gateway: bigint | undefined;
  if (s.gatewayIp !== undefined && !Token.isUnresolved(s.gatewayIp)) {
    gateway = parseAddress(scope, `${prop}.gatewayIp`, s.gatewayIp, block.version);
    if (!inHostRange(gateway)) {
      throw new ValidationError(scope, `${prop}.gatewayIp`, `gateway ${s.gatewayIp} is not a host address of ${s.cidr}`, `pick an address inside ${s.cidr} other than its network and broadcast addresses`);
    }
  }
  const pools: Array<[bigint, bigint, number]> = [];
  (s.allocationPools ?? []).forEach((p, j) => {
    if (Token.isUnresolved(p.start) || Token.isUnresolved(p.end)) return;
    const pp = `${prop}.allocationPools[${j}]`;
    const start = parseAddress(scope, `${pp}.start`, p.start, block.version);
    const end = parseAddress(scope, `${pp}.end`, p.end, block.version);
    if (start > end) throw new ValidationError(scope, pp, `pool ${p.start}-${p.end} ends before it starts`, 'swap start and end');
    if (!inHostRange(start) || !inHostRange(end)) {
      throw new ValidationError(scope, pp, `pool ${p.start}-${p.end} is not inside the host range of ${s.cidr}`, `keep pools inside ${s.cidr}`);
    }
    if (gateway !== undefined && gateway >= start && gateway <= end) {
      throw new ValidationError(scope, pp, `pool ${p.start}-${p.end} contains the gateway ${s.gatewayIp}`, 'exclude the gateway from the pool');
    }
    for (const [a, b, k] of pools) {
      if (start <= b && a <= end) throw new ValidationError(scope, pp, `pool ${p.start}-${p.end} overlaps allocationPools[${k}]`, 'make the pools disjoint');
    }
    pools.push([start, end, j]);
  });
}

import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys } from '../../core/labels';
import { formatAddress, isUnresolved, parseCidr } from '../../core/private/cidr';
import { FirewallGroup } from '../../openstack';
import { INetwork, Network, SecurityGroup, Segmentation, ISite, VlanPool } from '../../pool';
import { NetworkingRouterInterfaceV2 } from '../../providers/openstack/networking-router-interface-v2';
import { partitionLabel, ZONE_ORDER, ZONES } from './private/facts';
import { GovernmentPartition, GovernmentSide, GovernmentZone } from './props';

/** Facts about the government zones: side, partition and default addressing. */
export class GovernmentZones {
  /** The side (Internet, extranet or internal) of a zone. */
  public static sideOf(zone: GovernmentZone): GovernmentSide {
    return ZONES[zone].side;
  }

  /** The partition a zone belongs to. */
  public static partitionOf(zone: GovernmentZone): GovernmentPartition {
    return ZONES[zone].partition;
  }

  /** The zone's default CIDR. */
  public static defaultCidrOf(zone: GovernmentZone): string {
    return ZONES[zone].defaultCidr;
  }

  /** The zone's name in resource names and labels, e.g. `extranet-access`. */
  public static slugOf(zone: GovernmentZone): string {
    return ZONES[zone].slug;
  }

  /** All seven zones, in a stable order. */
  public static all(): GovernmentZone[] {
    return [...ZONE_ORDER];
  }

  private constructor() {}
}


/** Properties of a {@link GovernmentNetworkZone}. */
export interface GovernmentNetworkZoneProps {
  /** The site the zone lives on. */
  readonly site: ISite;
  /** Which zone. */
  readonly zone: GovernmentZone;
  /** The zone's CIDR (one subnet covering it). */
  readonly cidr: string;
  /**
   * An existing network to use instead of creating one.
   * @default - a network is created
   */
  readonly existingNetwork?: INetwork;
  /**
   * VLAN pool of the zone network (required on vSphere).
   * @default - a tenant overlay network
   */
  readonly vlanPool?: VlanPool;
  /**
   * The VLAN ID from `vlanPool`.
   * @default - the pool's lowest free ID
   */
  readonly vlanId?: number;
}

/**
 * One network zone: its network (management labelled `oscar.io/plane=management`, the
 * others `business`), its default-deny security policy and, when routed, its firewall.
 */
export class GovernmentNetworkZone extends Construct {
  /** Which zone. */
  public readonly zone: GovernmentZone;
  /** Internet, extranet or internal. */
  public readonly side: GovernmentSide;
  /** The partition the zone belongs to. */
  public readonly partition: GovernmentPartition;
  /** The zone's CIDR. */
  public readonly cidr: string;
  /** The zone's network (created or existing). */
  public readonly network: INetwork;
  /** The zone's default-deny security policy. */
  public readonly securityGroup: SecurityGroup;
  private _firewall?: FirewallGroup;
  private _routerInterface?: NetworkingRouterInterfaceV2;

  constructor(scope: Construct, id: string, props: GovernmentNetworkZoneProps) {
    super(scope, id);
    const facts = ZONES[props.zone];
    if (!facts) throw new ValidationError(this, 'zone', `"${props.zone}" is not a government zone`, 'use a GovernmentZone value');
    this.zone = props.zone;
    this.side = facts.side;
    this.partition = facts.partition;
    this.cidr = props.cidr;
    if (props.vlanId !== undefined && !props.vlanPool) {
      throw new ValidationError(this, 'vlanId', 'is set but there is no vlanPool', 'pass vlanPool, or leave vlanId unset for tenant overlay networks');
    }
    // A zone an edge router reaches needs a gateway address on its subnet (Neutron refuses a
    // router interface on a subnet without one); the router takes the block's first host.
    const edgeRouted = facts.side !== GovernmentSide.INTERNAL && props.site.capabilities.routers && !isUnresolved(props.cidr);
    const block = edgeRouted ? parseCidr(this, 'cidr', props.cidr) : undefined;
    this.network = props.existingNetwork ?? new Network(this, 'network', {
      site: props.site,
      cidr: props.cidr,
      subnets: [{ name: facts.slug, cidr: props.cidr, gatewayIp: block ? formatAddress(block.first + 1n, block.version) : undefined }],
      segmentation: props.vlanPool ? Segmentation.vlan({ pool: props.vlanPool, vlanId: props.vlanId }) : undefined,
      routerGateway: props.site.capabilities.routers ? false : undefined,
      labels: {
        [LabelKeys.ZONE]: facts.slug,
        [LabelKeys.PARTITION]: partitionLabel(facts.partition),
        [LabelKeys.PLANE]: props.zone === GovernmentZone.MANAGEMENT ? 'management' : 'business',
      },
    });
    this.securityGroup = new SecurityGroup(this, 'policy', {
      site: this.network.site,
      description: `${facts.slug} zone: default deny, only the zone's flows allowed`,
    });
  }

  /** The FWaaS v2 group on the zone's router port (OpenStack, routed zones only). */
  public get firewall(): FirewallGroup | undefined {
    return this._firewall;
  }

  /** The router interface into the zone (OpenStack, routed zones only). */
  public get routerInterface(): NetworkingRouterInterfaceV2 | undefined {
    return this._routerInterface;
  }

  /** @internal */
  public _attachEdge(routerInterface: NetworkingRouterInterfaceV2): void {
    this._routerInterface = routerInterface;
  }

  /** @internal */
  public _attachFirewall(firewall: FirewallGroup): void {
    this._firewall = firewall;
  }
}


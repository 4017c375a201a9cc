import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireEdgeQos } from './private/edge-qos';
import { RouterResult } from './private/plan';
import { RoutingDomain } from './private/routing-domain';
import { driverOf, requireCapability } from './private/site-support';
import { IQosPolicy } from './qos-policy';
import { ISite } from './site';
import { RouterOpenStackResources } from './target-resources';

/** Properties of a {@link Router}. */
export interface RouterProps {
  /** The site the router lives on. */
  readonly site: ISite;
  /**
   * Give the router a gateway on the site's external network (SNAT for every attached
   * subnet). Declare it only where the networks must reach outside.
   * @default false
   */
  readonly externalGateway?: boolean;
  /**
   * Bandwidth limit of the external gateway (Neutron `external_qos_policy_id`, digest M3):
   * caps the SNAT traffic of every attached subnet. A policy with `maxKbps` only (Neutron
   * applies no other rule at a gateway). Needs `externalGateway`.
   * @default - no gateway limit
   */
  readonly externalQosPolicy?: IQosPolicy;
  /**
   * A distributed (DVR) router: east-west routing on every compute node instead of a
   * network node (digest E4). Setting it is admin-only under Neutron's default policy;
   * where `router_distributed = True` every router is distributed anyway.
   * @default - Neutron's default (`router_distributed` in neutron.conf)
   */
  readonly distributed?: boolean;
  /**
   * Router name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels for the router (merged with `Labels.of(scope)`).
   * @default - none beyond inherited labels
   */
  readonly labels?: { [key: string]: string };
}

/** A router networks can share. */
export interface IRouter extends IConstruct {
  /** The site the router lives on. */
  readonly site: ISite;
  /** The router's ID. */
  readonly routerId: string;
  /** @internal Records subnets attached to the router. Overlapping ranges are an error. */
  _attach(network: IConstruct, prop: string, subnets: Array<{ name: string; cidr: string }>): void;
}

/**
 * A router shared by several networks (OpenStack), so that a three-tier topology routes
 * web to app to db through one router, with an external gateway only when declared.
 * Attach networks with `new Network(..., { router })`. vSphere has no routers without
 * NSX: there, constructing one is an error.
 */
export class Router extends Construct implements IRouter {
  public readonly site: ISite;
  public readonly routerId: string;
  /** The router's name. */
  public readonly routerName: string;
  /** Whether the router has an external gateway. */
  public readonly externalGateway: boolean;
  /**
   * Whether the router was declared distributed.
   * @default - Neutron's default
   */
  public readonly distributed?: boolean;
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: RouterOpenStackResources;
  private readonly domain = new RoutingDomain(`router ${this.node.path} routes both`, 'give networks that share a router disjoint CIDRs');

  constructor(scope: Construct, id: string, props: RouterProps) {
    super(scope, id);
    requireCapability(props.site, props.site.capabilities.routers, this, 'site', 'routers (no router without NSX)', 'route through the physical gateway named by each subnet\'s gatewayIp');
    this.site = props.site;
    this.routerName = props.name ?? Names.resourceName(this);
    this.externalGateway = props.externalGateway ?? false;
    let externalQosPolicyId: string | undefined;
    if (props.externalQosPolicy) {
      if (!this.externalGateway) throw new ValidationError(this, 'externalQosPolicy', 'limits the external gateway, and the router has none', 'set externalGateway: true, or drop externalQosPolicy');
      externalQosPolicyId = requireEdgeQos(this, 'externalQosPolicy', props.externalQosPolicy, props.site, 'a router gateway');
    }
    this.distributed = props.distributed;
    const built: RouterResult = driverOf(props.site).router(this, { name: this.routerName, externalGateway: this.externalGateway, distributed: props.distributed, externalQosPolicyId, labels: Labels.resolve(this, props.labels) });
    this.routerId = built.routerId;
    this.openstack = built.openstack;
  }

  /** @internal */
  public _attach(network: IConstruct, prop: string, subnets: Array<{ name: string; cidr: string }>): void {
    this.domain.claim(network, prop, subnets);
  }
}

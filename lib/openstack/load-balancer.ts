import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireNonEmpty } from '../core/private/validate';
import { openstackProviderOf } from '../pool/openstack/context';
import { requireEdgeQos } from '../pool/private/edge-qos';
import { IQosPolicy } from '../pool/qos-policy';
import { ISite } from '../pool/site';
import { LbLoadbalancerV2 } from '../providers/openstack/lb-loadbalancer-v2';
import { NetworkingFloatingipV2 } from '../providers/openstack/networking-floatingip-v2';
import { OpenstackProvider } from '../providers/openstack/provider';
import { ILoadBalancer, LoadBalancerListener, LoadBalancerListenerOptions } from './load-balancer-listener';
import { openStackTags, physicalName } from './private/common';

/** Props of {@link LoadBalancer}. */
export interface LoadBalancerProps {
  /** The OpenStack site (region) the load balancer lives on. Its provider creates every resource. */
  readonly site: ISite;
  /** Subnet the VIP is allocated on. */
  readonly vipSubnetId: string;
  /**
   * Fixed VIP address.
   * @default - allocated from the subnet
   */
  readonly vipAddress?: string;
  /**
   * External network (pool) to allocate a floating IP from, bound to the VIP port.
   * @default - no floating IP (reachable on the VIP only)
   */
  readonly floatingIpPool?: string;
  /**
   * Bandwidth limit of the floating IP (digest M3). It is passed as the floating IP's
   * `qos_policy_id` through `value_specs`: the provider has no QoS argument on floating IPs,
   * and Neutron's qos-fip extension reads it. `value_specs` forces a new floating IP, so set
   * it when the floating IP is created. A policy with `maxKbps` only.
   * @default - no limit (the SECURITY_BASELINE rule floating-ip-bandwidth-limit warns)
   */
  readonly floatingIpQosPolicy?: IQosPolicy;
  /**
   * Octavia flavor ID. Use a flavor whose profile sets `loadbalancer_topology`
   * `ACTIVE_STANDBY` for a standby amphora (the operator defines flavors).
   * @default - the deployment's default flavor (usually SINGLE topology)
   */
  readonly flavorId?: string;
  /**
   * Availability zone of the amphorae.
   * @default - the deployment's default
   */
  readonly availabilityZone?: string;
  /**
   * Listeners created with the load balancer (more can be added with `addListener`).
   * @default - none
   */
  readonly listeners?: LoadBalancerListenerOptions[];
  /**
   * Name in Octavia.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Description in Octavia.
   * @default - none
   */
  readonly description?: string;
  /**
   * Extra labels for the load balancer and everything in it (listeners, pools, floating
   * IP), rendered as OpenStack tags with the inherited ones.
   * @default - only inherited labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * An Octavia load balancer on a subnet, with an optional floating IP and listeners
 * (each with a pool, members and an always-on health monitor).
 *
 * Listener construct IDs are `<protocol>-<port>`, e.g. `terminated-https-443`, so
 * adding a listener never renames another one.
 */
export class LoadBalancer extends Construct implements ILoadBalancer {
  /** The site the resources live on. */
  public readonly site: ISite;
  private readonly provider: OpenstackProvider;
  /** The `openstack_lb_loadbalancer_v2`. */
  public readonly lb: LbLoadbalancerV2;
  /** The Octavia load balancer's ID. */
  public readonly loadBalancerId: string;
  /** The floating IP, when `floatingIpPool` is set. */
  public readonly floatingIp?: NetworkingFloatingipV2;
  /** The listeners, in the order they were added. */
  public readonly listeners: LoadBalancerListener[] = [];
  /** The VIP subnet. */
  public readonly vipSubnetId: string;
  /** The address clients use: the floating IP when there is one, else the VIP. For DNS records. */
  public readonly address: string;

  constructor(scope: Construct, id: string, props: LoadBalancerProps) {
    super(scope, id);
    this.site = props.site;
    this.provider = openstackProviderOf(props.site, this, 'site', 'load balancers (Octavia)');
    requireNonEmpty(this, 'vipSubnetId', props.vipSubnetId);
    if (props.floatingIpPool !== undefined) requireNonEmpty(this, 'floatingIpPool', props.floatingIpPool);
    if (props.floatingIpQosPolicy && props.floatingIpPool === undefined) throw new ValidationError(this, 'floatingIpQosPolicy', 'limits a floating IP, and there is none', 'set floatingIpPool, or drop floatingIpQosPolicy');
    this.vipSubnetId = props.vipSubnetId;
    for (const [key, value] of Object.entries(props.labels ?? {})) Labels.of(this).add(key, value); // listeners and pools inherit them
    const tags = openStackTags(this);
    this.lb = new LbLoadbalancerV2(this, 'loadbalancer', {
      provider: this.provider,
      name: physicalName(this, props.name),
      description: props.description,
      vipSubnetId: props.vipSubnetId,
      vipAddress: props.vipAddress,
      flavorId: props.flavorId,
      availabilityZone: props.availabilityZone,
      adminStateUp: true,
      tags,
    });
    this.loadBalancerId = this.lb.id;
    if (props.floatingIpPool !== undefined) {
      this.floatingIp = new NetworkingFloatingipV2(this, 'floating-ip', {
        provider: this.provider,
        pool: props.floatingIpPool,
        portId: this.lb.vipPortId,
        description: `VIP of ${this.node.path}`,
        valueSpecs: props.floatingIpQosPolicy ? { qos_policy_id: requireEdgeQos(this, 'floatingIpQosPolicy', props.floatingIpQosPolicy, props.site, 'a floating IP') } : undefined,
        tags,
      });
    }
    this.address = this.floatingIp ? this.floatingIp.address : this.lb.vipAddress;
    for (const listener of props.listeners ?? []) this.addListener(listener);
  }

  /** Adds a listener with its pool, members and health monitor. Its ID is `<protocol>-<port>`. */
  public addListener(options: LoadBalancerListenerOptions): LoadBalancerListener {
    const id = `${Names.toDnsLabel(options.protocol.protocol)}-${options.port}`;
    const clash = this.listeners.find((l) => l.port === options.port && l.protocol.transport === options.protocol.transport);
    if (clash && !Token.isUnresolved(options.port)) {
      throw new ValidationError(this, 'listeners', `${options.protocol.transport.toUpperCase()} port ${options.port} is already taken by listener ${clash.node.id}`, 'give each listener its own port');
    }
    const listener = new LoadBalancerListener(this, id, { ...options, loadBalancer: this });
    this.listeners.push(listener);
    return listener;
  }
}

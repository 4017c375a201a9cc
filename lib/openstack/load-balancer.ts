import { Token } from 'cdktf';
import { openstackProviderOf } from '../pool/openstack/context';
import { ISite } from '../pool/site';
import { OpenstackProvider } from '../providers/openstack/provider';
import { Construct } from 'constructs';
import { openStackTags, physicalName, requireCidr, requireNotEmptyList, requirePort } from './private/common';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireIntegerInRange, requireNonEmpty } from '../core/private/validate';
import { LbListenerV2 } from '../providers/openstack/lb-listener-v2';
import { LbLoadbalancerV2 } from '../providers/openstack/lb-loadbalancer-v2';
import { LbMembersV2, LbMembersV2Member } from '../providers/openstack/lb-members-v2';
import { LbMonitorV2 } from '../providers/openstack/lb-monitor-v2';
import { LbPoolV2 } from '../providers/openstack/lb-pool-v2';
import { NetworkingFloatingipV2 } from '../providers/openstack/networking-floatingip-v2';
import { ListenerProtocol, LoadBalancerListenerOptions, LoadBalancingAlgorithm, SessionPersistence } from './load-balancer-options';

/** Props of {@link LoadBalancerListener}. */
export interface LoadBalancerListenerProps extends LoadBalancerListenerOptions {
  /** The load balancer the listener belongs to. */
  readonly loadBalancer: LoadBalancer;
}

const ACCEPTED_TLS = ['TLSv1.2', 'TLSv1.3'];

/** A listener with its pool, members and health monitor. Usually created with {@link LoadBalancer.addListener}. */
export class LoadBalancerListener extends Construct {
  /** The `openstack_lb_listener_v2`. */
  public readonly listener: LbListenerV2;
  /** The `openstack_lb_pool_v2` behind the listener. */
  public readonly pool: LbPoolV2;
  /** The pool members (`openstack_lb_members_v2`, one resource managing the whole set). */
  public readonly members: LbMembersV2;
  /** The pool's health monitor (`openstack_lb_monitor_v2`). */
  public readonly monitor: LbMonitorV2;
  /** The protocol of this listener. */
  public readonly protocol: ListenerProtocol;
  /** The port of this listener. */
  public readonly port: number;
  private readonly provider: OpenstackProvider;

  constructor(scope: Construct, id: string, props: LoadBalancerListenerProps) {
    super(scope, id);
    this.provider = openstackProviderOf(props.loadBalancer.site, this, 'loadBalancer', 'load balancers (Octavia)');
    const protocol = props.protocol;
    this.protocol = protocol;
    this.port = props.port;
    requirePort(this, 'port', props.port);
    if (props.memberPort !== undefined) requirePort(this, 'memberPort', props.memberPort);
    this.validateTls(props);
    for (const [i, cidr] of (props.allowedCidrs ?? []).entries()) requireCidr(this, `allowedCidrs[${i}]`, cidr);
    if (props.connectionLimit !== undefined) requireIntegerInRange(this, 'connectionLimit', props.connectionLimit, 1, 1_000_000);
    const chosen = props.sessionPersistence ?? (protocol.transport === 'udp' ? SessionPersistence.sourceIp() : undefined);
    const persistence = chosen?.type === 'NONE' ? undefined : chosen;
    if (persistence && persistence.type !== 'SOURCE_IP' && !protocol.speaksHttp) {
      throw new ValidationError(this, 'sessionPersistence', `${persistence.type} needs an HTTP-aware listener, not ${protocol.protocol}`, 'use SessionPersistence.sourceIp() or an HTTP/TERMINATED_HTTPS listener');
    }
    if (persistence?.cookieName !== undefined) requireNonEmpty(this, 'sessionPersistence.cookieName', persistence.cookieName);

    const name = physicalName(this, props.name);
    const tags = openStackTags(this);
    const lb = props.loadBalancer;
    const terminated = protocol === ListenerProtocol.TERMINATED_HTTPS;
    const forwarded = protocol.speaksHttp && props.forwardedHeaders !== false;
    this.listener = new LbListenerV2(this, 'listener', {
      provider: this.provider,
      name,
      loadbalancerId: lb.lb.id,
      protocol: protocol.protocol,
      protocolPort: props.port,
      allowedCidrs: props.allowedCidrs,
      defaultTlsContainerRef: props.tlsContainerRef,
      sniContainerRefs: props.sniContainerRefs,
      tlsVersions: terminated ? props.tlsVersions ?? ACCEPTED_TLS : undefined,
      tlsCiphers: props.tlsCiphers,
      connectionLimit: props.connectionLimit,
      insertHeaders: forwarded ? { 'X-Forwarded-For': 'true', 'X-Forwarded-Proto': 'true' } : undefined,
      tags,
    });
    this.pool = new LbPoolV2(this, 'pool', {
      provider: this.provider,
      name,
      listenerId: this.listener.id,
      protocol: protocol.poolProtocol,
      lbMethod: (props.algorithm ?? LoadBalancingAlgorithm.ROUND_ROBIN).method,
      persistence: persistence ? { type: persistence.type, cookieName: persistence.cookieName } : undefined,
      tags,
    });
    this.members = new LbMembersV2(this, 'members', {
      provider: this.provider,
      poolId: this.pool.id,
      member: this.memberBlocks(props, lb.vipSubnetId),
    });
    this.monitor = new LbMonitorV2(this, 'monitor', { provider: this.provider, name, poolId: this.pool.id, ...this.monitorConfig(props) });
  }

  private validateTls(props: LoadBalancerListenerOptions): void {
    const terminated = props.protocol === ListenerProtocol.TERMINATED_HTTPS;
    if (terminated && (props.tlsContainerRef === undefined || (!Token.isUnresolved(props.tlsContainerRef) && props.tlsContainerRef.trim() === ''))) {
      throw new ValidationError(this, 'tlsContainerRef', 'a TERMINATED_HTTPS listener needs the certificate as a Barbican TLS container', 'pass tlsContainerRef (the container href), or use ListenerProtocol.HTTPS to pass TLS through to the members');
    }
    if (!terminated) {
      const given = (['tlsContainerRef', 'sniContainerRefs', 'tlsVersions', 'tlsCiphers'] as const).find((k) => props[k] !== undefined);
      if (given) {
        throw new ValidationError(this, given, `only applies to TERMINATED_HTTPS listeners, not ${props.protocol.protocol}`, `remove ${given} or use ListenerProtocol.TERMINATED_HTTPS`);
      }
    }
    for (const [i, version] of (props.tlsVersions ?? []).entries()) {
      if (Token.isUnresolved(version)) continue;
      if (!ACCEPTED_TLS.includes(version)) {
        throw new ValidationError(this, `tlsVersions[${i}]`, `"${version}" is not an accepted TLS version (TLSv1 and TLSv1.1 are deprecated by RFC 8996)`, 'use "TLSv1.2" and/or "TLSv1.3"');
      }
    }
  }

  private memberBlocks(props: LoadBalancerListenerOptions, defaultSubnet: string): LbMembersV2Member[] {
    const members = props.members.flatMap((source, i) => {
      try {
        return source.poolMembers();
      } catch (e: any) {
        throw new ValidationError(this, `members[${i}]`, e.message, 'list the members so that they are known at synth');
      }
    });
    requireNotEmptyList(this, 'members', members, 'add at least one member, e.g. PoolMembers.fromAddresses(["10.0.0.11"])');
    const names = new Set<string>();
    return members.map((m, i) => {
      const port = m.port ?? props.memberPort ?? props.port;
      requirePort(this, `members[${i}].port`, port);
      if (m.weight !== undefined) requireIntegerInRange(this, `members[${i}].weight`, m.weight, 0, 256);
      requireNonEmpty(this, `members[${i}].address`, m.address);
      const name = m.name ?? (Token.isUnresolved(m.address) ? Names.memberKey('member', i + 1) : m.address);
      if (names.has(name)) {
        throw new ValidationError(this, `members[${i}]`, `member "${name}" is listed twice`, 'remove the duplicate or give the members distinct names');
      }
      names.add(name);
      return { name, address: m.address, protocolPort: port, subnetId: m.subnetId ?? defaultSubnet, weight: m.weight, backup: m.backup };
    });
  }

  private monitorConfig(props: LoadBalancerListenerOptions) {
    const hc = props.healthCheck ?? {};
    const delay = hc.delaySeconds ?? 5;
    const timeout = hc.timeoutSeconds ?? 3;
    requireIntegerInRange(this, 'healthCheck.delaySeconds', delay, 1, 3600);
    requireIntegerInRange(this, 'healthCheck.timeoutSeconds', timeout, 1, 3600);
    if (!Token.isUnresolved(delay) && !Token.isUnresolved(timeout) && timeout >= delay) {
      throw new ValidationError(this, 'healthCheck.timeoutSeconds', `the monitor timeout (${timeout} s) must be shorter than its delay (${delay} s), or checks overlap`, `set timeoutSeconds below ${delay} or raise delaySeconds`);
    }
    const maxRetries = hc.healthyThreshold ?? 3;
    const maxRetriesDown = hc.unhealthyThreshold ?? 3;
    requireIntegerInRange(this, 'healthCheck.healthyThreshold', maxRetries, 1, 10);
    requireIntegerInRange(this, 'healthCheck.unhealthyThreshold', maxRetriesDown, 1, 10);
    const http = props.protocol.monitorType === 'HTTP';
    if (!http && (hc.urlPath !== undefined || hc.expectedCodes !== undefined)) {
      throw new ValidationError(this, hc.urlPath !== undefined ? 'healthCheck.urlPath' : 'healthCheck.expectedCodes', `${props.protocol.protocol} pools are monitored with ${props.protocol.monitorType}, which sends no HTTP request`, 'remove it, or use an HTTP or TERMINATED_HTTPS listener');
    }
    return {
      type: props.protocol.monitorType,
      delay,
      timeout,
      maxRetries,
      maxRetriesDown,
      httpMethod: http ? 'GET' : undefined,
      urlPath: http ? hc.urlPath ?? '/' : undefined,
      expectedCodes: http ? hc.expectedCodes ?? '200' : undefined,
    };
  }
}

/** Props of {@link LoadBalancer}. */
export interface LoadBalancerProps {
  /** The OpenStack site (region) the load balancer lives on; its provider creates every resource. */
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
export class LoadBalancer extends Construct {
  /** The site the resources live on. */
  public readonly site: ISite;
  private readonly provider: OpenstackProvider;
  /** The `openstack_lb_loadbalancer_v2`. */
  public readonly lb: LbLoadbalancerV2;
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
    if (props.floatingIpPool !== undefined) {
      this.floatingIp = new NetworkingFloatingipV2(this, 'floating-ip', {
        provider: this.provider,
        pool: props.floatingIpPool,
        portId: this.lb.vipPortId,
        description: `VIP of ${this.node.path}`,
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

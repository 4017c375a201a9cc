import { Token } from 'cdktf';
import { openstackProviderOf } from '../pool/openstack/context';
import { IInstanceGroup } from '../pool/instance-group';
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

/**
 * The protocol of a load balancer listener. Each choice also fixes the pool protocol
 * and the health monitor type, so every pool is always monitored sensibly.
 */
export class ListenerProtocol {
  /** Plain HTTP; pool HTTP, monitored with HTTP requests. */
  public static readonly HTTP = new ListenerProtocol('HTTP', 'HTTP', 'HTTP', true, 'tcp');
  /** HTTPS passed through to the members (the LB never sees plaintext); pool HTTPS, monitored with a TLS hello. */
  public static readonly HTTPS = new ListenerProtocol('HTTPS', 'HTTPS', 'TLS-HELLO', false, 'tcp');
  /** HTTPS terminated on the LB with a Barbican TLS container; pool HTTP, monitored with HTTP requests. */
  public static readonly TERMINATED_HTTPS = new ListenerProtocol('TERMINATED_HTTPS', 'HTTP', 'HTTP', true, 'tcp');
  /** Raw TCP; pool TCP, monitored with a TCP connect. */
  public static readonly TCP = new ListenerProtocol('TCP', 'TCP', 'TCP', false, 'tcp');
  /** UDP; pool UDP, monitored with UDP-CONNECT. */
  public static readonly UDP = new ListenerProtocol('UDP', 'UDP', 'UDP-CONNECT', false, 'udp');

  private constructor(
    /** Octavia listener protocol. */
    public readonly protocol: string,
    /** Protocol of the listener's pool. */
    public readonly poolProtocol: string,
    /** Type of the pool's health monitor. */
    public readonly monitorType: string,
    /** Whether the LB speaks HTTP to the members (HTTP monitors, cookies, forwarded headers). */
    public readonly speaksHttp: boolean,
    /** Transport the port is taken on (`tcp` or `udp`). */
    public readonly transport: string,
  ) {}
}

/** How a pool spreads connections over its members. */
export class LoadBalancingAlgorithm {
  /** Each member in turn. */
  public static readonly ROUND_ROBIN = new LoadBalancingAlgorithm('ROUND_ROBIN');
  /** The member with the fewest open connections. */
  public static readonly LEAST_CONNECTIONS = new LoadBalancingAlgorithm('LEAST_CONNECTIONS');
  /** A hash of the client address. */
  public static readonly SOURCE_IP = new LoadBalancingAlgorithm('SOURCE_IP');
  /** A hash of the client address and port. */
  public static readonly SOURCE_IP_PORT = new LoadBalancingAlgorithm('SOURCE_IP_PORT');

  private constructor(/** Octavia `lb_method`. */ public readonly method: string) {}
}

/** Session persistence (stickiness) of a pool. */
export class SessionPersistence {
  /** Stick clients to a member by source address (works for every protocol). */
  public static sourceIp(): SessionPersistence {
    return new SessionPersistence('SOURCE_IP');
  }
  /** The LB inserts its own cookie (HTTP and TERMINATED_HTTPS listeners only). */
  public static httpCookie(): SessionPersistence {
    return new SessionPersistence('HTTP_COOKIE');
  }
  /** Stick by a cookie the application sets (HTTP and TERMINATED_HTTPS listeners only). */
  public static appCookie(cookieName: string): SessionPersistence {
    return new SessionPersistence('APP_COOKIE', cookieName);
  }
  /** No stickiness: every connection (every datagram, for UDP) is balanced on its own. */
  public static none(): SessionPersistence {
    return new SessionPersistence('NONE');
  }

  private constructor(
    /** Octavia persistence type. */
    public readonly type: string,
    /** Cookie name for `APP_COOKIE`. */
    public readonly cookieName?: string,
  ) {}
}

/** One backend of a pool. */
export interface PoolMember {
  /** IP address of the member (a literal or a token, e.g. an instance's `accessIpV4`). */
  readonly address: string;
  /**
   * Port on the member.
   * @default the listener's `memberPort`, else its port
   */
  readonly port?: number;
  /**
   * Subnet the member is reached on.
   * @default - the VIP subnet
   */
  readonly subnetId?: string;
  /**
   * Relative weight (0-256; 0 drains the member).
   * @default 1
   */
  readonly weight?: number;
  /**
   * Only used when every other member is down.
   * @default false
   */
  readonly backup?: boolean;
  /**
   * Name of the member in Octavia.
   * @default - the address when literal, else `member-NNN`
   */
  readonly name?: string;
}

/**
 * Anything that can supply pool members: addresses today, an instance group later
 * (any construct can implement this interface and be passed in `members`).
 */
export interface IPoolMemberSource {
  /** The members this source contributes. */
  poolMembers(): PoolMember[];
}

/** Ready-made member sources. */
export class PoolMembers {
  /**
   * One member per address, all with the same options. The list must be known at synth
   * (its items may be tokens); a list token of unknown length cannot be expanded.
   */
  public static fromAddresses(addresses: string[], options: PoolMemberOptions = {}): IPoolMemberSource {
    if (Token.isUnresolved(addresses)) {
      return {
        poolMembers: () => {
          throw new Error('is a list token of unknown length, which cannot become pool members at synth; pass the addresses one by one, e.g. instances.map((i) => i.accessIpV4)');
        },
      };
    }
    return PoolMembers.of(...addresses.map((address) => ({ ...options, address })));
  }

  /**
   * One member per member of an instance group, named by member (`app-001`, ...) and
   * addressed on one of its network attachments, so scaling the group adds and removes
   * pool members without renumbering the others.
   */
  public static fromInstanceGroup(group: IInstanceGroup, options: InstanceGroupMemberOptions = {}): IPoolMemberSource {
    const { attachment, ...rest } = options;
    return { poolMembers: () => Object.entries(group.memberAddresses(attachment)).map(([name, address]) => ({ ...rest, name, address })) };
  }

  /** Members written out one by one. */
  public static of(...members: PoolMember[]): IPoolMemberSource {
    return { poolMembers: () => members };
  }

  private constructor() {}
}

/** Options shared by every member of {@link PoolMembers.fromAddresses}. */
export interface PoolMemberOptions {
  /**
   * Port on the members.
   * @default the listener's `memberPort`, else its port
   */
  readonly port?: number;
  /**
   * Subnet the members are reached on.
   * @default - the VIP subnet
   */
  readonly subnetId?: string;
  /**
   * Relative weight (0-256).
   * @default 1
   */
  readonly weight?: number;
}

/** Options of {@link PoolMembers.fromInstanceGroup}. */
export interface InstanceGroupMemberOptions extends PoolMemberOptions {
  /**
   * Which of the group's network attachments (index into its `networks`) the pool reaches the members on.
   * @default 0
   */
  readonly attachment?: number;
}

/** The health monitor every pool gets. The monitor type follows the listener protocol. */
export interface HealthCheckOptions {
  /**
   * Seconds between checks.
   * @default 5
   */
  readonly delaySeconds?: number;
  /**
   * Seconds a check may take; must be less than `delaySeconds`.
   * @default 3
   */
  readonly timeoutSeconds?: number;
  /**
   * Successful checks before a member is marked up (1-10).
   * @default 3
   */
  readonly healthyThreshold?: number;
  /**
   * Failed checks before a member is marked down (1-10).
   * @default 3
   */
  readonly unhealthyThreshold?: number;
  /**
   * Path requested by HTTP monitors (HTTP and TERMINATED_HTTPS listeners only).
   * @default '/'
   */
  readonly urlPath?: string;
  /**
   * Status codes counted as healthy by HTTP monitors, e.g. `200` or `200-204`.
   * @default '200'
   */
  readonly expectedCodes?: string;
}

/** A listener, its pool, the pool's members and its health monitor. */
export interface LoadBalancerListenerOptions {
  /** The listener protocol, e.g. `ListenerProtocol.TERMINATED_HTTPS`. */
  readonly protocol: ListenerProtocol;
  /** Port the listener takes on the VIP (1-65535). */
  readonly port: number;
  /** Where the pool's members come from, e.g. `[PoolMembers.fromAddresses(['10.0.0.11'])]`. At least one member. */
  readonly members: IPoolMemberSource[];
  /**
   * Port on the members.
   * @default the listener port
   */
  readonly memberPort?: number;
  /**
   * Balancing algorithm of the pool.
   * @default LoadBalancingAlgorithm.ROUND_ROBIN
   */
  readonly algorithm?: LoadBalancingAlgorithm;
  /**
   * Health monitor settings (a monitor is always created).
   * @default - 5 s delay, 3 s timeout, 3 retries up and down; HTTP monitors GET '/' expecting 200
   */
  readonly healthCheck?: HealthCheckOptions;
  /**
   * Source CIDRs allowed to reach the listener (Octavia `allowed_cidrs`).
   * @default - every source (Octavia's default); set this for anything not public
   */
  readonly allowedCidrs?: string[];
  /** Barbican TLS container reference of the certificate; required for `TERMINATED_HTTPS`, not allowed otherwise.
   * @default - none
   */
  readonly tlsContainerRef?: string;
  /**
   * Further TLS containers chosen by SNI (`TERMINATED_HTTPS` only).
   * @default - none
   */
  readonly sniContainerRefs?: string[];
  /**
   * TLS versions offered (`TERMINATED_HTTPS` only). TLSv1 and TLSv1.1 are rejected.
   * @default ['TLSv1.2', 'TLSv1.3'] for TERMINATED_HTTPS
   */
  readonly tlsVersions?: string[];
  /**
   * OpenSSL cipher string (`TERMINATED_HTTPS` only).
   * @default - the Octavia deployment's default ciphers
   */
  readonly tlsCiphers?: string;
  /**
   * Session persistence of the pool.
   * @default - SessionPersistence.sourceIp() for UDP (a UDP "session" such as a SIP
   * dialog is many datagrams, and without stickiness each one may go to another
   * member); none for TCP-based protocols, where the connection pins the member
   */
  readonly sessionPersistence?: SessionPersistence;
  /**
   * Maximum concurrent connections.
   * @default - unlimited
   */
  readonly connectionLimit?: number;
  /**
   * Add `X-Forwarded-For` and `X-Forwarded-Proto` headers (HTTP and TERMINATED_HTTPS only).
   * @default true for HTTP and TERMINATED_HTTPS
   */
  readonly forwardedHeaders?: boolean;
  /**
   * Name of the listener and pool in Octavia.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

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

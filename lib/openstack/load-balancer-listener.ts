import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Names } from '../core/names';
import { requireIntegerInRange, requireNonEmpty } from '../core/private/validate';
import { openstackProviderOf } from '../pool/openstack/context';
import { ISite } from '../pool/site';
import { LbListenerV2 } from '../providers/openstack/lb-listener-v2';
import { LbMembersV2, LbMembersV2Member } from '../providers/openstack/lb-members-v2';
import { LbMonitorV2 } from '../providers/openstack/lb-monitor-v2';
import { LbPoolV2 } from '../providers/openstack/lb-pool-v2';
import { OpenstackProvider } from '../providers/openstack/provider';
import { LoadBalancingAlgorithm, ListenerProtocol, SessionPersistence } from './lb-options';
import { IPoolMemberSource } from './pool-members';
import { openStackTags, physicalName, requireCidr, requireNotEmptyList, requirePort } from './private/common';

/** The health monitor every pool gets. The monitor type follows the listener protocol. */
export interface HealthCheckOptions {
  /**
   * Seconds between checks.
   * @default 5
   */
  readonly delaySeconds?: number;
  /**
   * Seconds a check may take. Must be less than `delaySeconds`.
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
  /** Barbican TLS container reference of the certificate. Required for `TERMINATED_HTTPS`, not allowed otherwise.
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

/** A load balancer listeners can be added to. */
export interface ILoadBalancer extends IConstruct {
  /** The site the load balancer lives on. */
  readonly site: ISite;
  /** The Octavia load balancer's ID. */
  readonly loadBalancerId: string;
  /** The subnet of the VIP, the default subnet of members. */
  readonly vipSubnetId: string;
}

/** Props of {@link LoadBalancerListener}. */
export interface LoadBalancerListenerProps extends LoadBalancerListenerOptions {
  /** The load balancer the listener belongs to. */
  readonly loadBalancer: ILoadBalancer;
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
      loadbalancerId: lb.loadBalancerId,
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

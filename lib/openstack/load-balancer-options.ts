import { IPoolMemberSource } from './pool-members';

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

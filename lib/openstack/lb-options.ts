// The choices a listener and its pool are made of: protocol, algorithm, stickiness.

/**
 * The protocol of a load balancer listener. Each choice also fixes the pool protocol
 * and the health monitor type, so every pool is always monitored sensibly.
 */
export class ListenerProtocol {
  /** Plain HTTP. Pool HTTP, monitored with HTTP requests. */
  public static readonly HTTP = new ListenerProtocol('HTTP', 'HTTP', 'HTTP', true, 'tcp');
  /** HTTPS passed through to the members (the LB never sees plaintext). Pool HTTPS, monitored with a TLS hello. */
  public static readonly HTTPS = new ListenerProtocol('HTTPS', 'HTTPS', 'TLS-HELLO', false, 'tcp');
  /** HTTPS terminated on the LB with a Barbican TLS container. Pool HTTP, monitored with HTTP requests. */
  public static readonly TERMINATED_HTTPS = new ListenerProtocol('TERMINATED_HTTPS', 'HTTP', 'HTTP', true, 'tcp');
  /** Raw TCP. Pool TCP, monitored with a TCP connect. */
  public static readonly TCP = new ListenerProtocol('TCP', 'TCP', 'TCP', false, 'tcp');
  /** UDP. Pool UDP, monitored with UDP-CONNECT. */
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

/** Timing options shared by every kind of probe. */
export interface ProbeOptions {
  /**
   * Seconds between checks.
   * @default 10
   */
  readonly periodSeconds?: number;
  /**
   * Seconds to wait after the container starts before the first check.
   * @default 0
   */
  readonly initialDelaySeconds?: number;
  /**
   * Seconds after which a check times out.
   * @default 1
   */
  readonly timeoutSeconds?: number;
  /**
   * Consecutive failures before the probe counts as failed.
   * @default 3
   */
  readonly failureThreshold?: number;
}

/** Options for {@link Probe.httpGet}. */
export interface HttpProbeOptions extends ProbeOptions {
  /**
   * Container port (number or name) to send the request to.
   * @default "http" (the named container port every workload of this library declares)
   */
  readonly port?: string;
}

/**
 * A container health check (readiness, liveness). A factory class, so that the
 * choice of mechanism is explicit: `Probe.httpGet('/healthz')`, `Probe.tcpSocket('5432')`,
 * `Probe.exec(['pg_isready'])`.
 */
export class Probe {
  /** An HTTP GET that succeeds on a 2xx/3xx status. */
  public static httpGet(path: string, options: HttpProbeOptions = {}): Probe {
    return new Probe({ httpGet: { path, port: options.port ?? 'http' } }, options);
  }

  /** Succeeds when a TCP connection to `port` (number or name) opens. */
  public static tcpSocket(port: string, options: ProbeOptions = {}): Probe {
    return new Probe({ tcpSocket: { port } }, options);
  }

  /** Succeeds when `command` exits with status 0 inside the container. */
  public static exec(command: string[], options: ProbeOptions = {}): Probe {
    return new Probe({ exec: { command } }, options);
  }

  private constructor(private readonly handler: { [key: string]: any }, private readonly options: ProbeOptions) {}

  /**
   * The provider (`kubernetes_*_v1`) rendering of this probe.
   * @internal
   */
  public _render(): { [key: string]: any } {
    return {
      ...this.handler,
      periodSeconds: this.options.periodSeconds ?? 10,
      initialDelaySeconds: this.options.initialDelaySeconds,
      timeoutSeconds: this.options.timeoutSeconds,
      failureThreshold: this.options.failureThreshold,
    };
  }
}

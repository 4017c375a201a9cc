/**
 * Exposes a service through a Gateway API `HTTPRoute` attached to an existing Gateway.
 * Rendered as `kubernetes_manifest`, which needs API access to the cluster (with the
 * Gateway API CRDs installed) at plan time.
 */
export interface HttpRouteOptions {
  /** Name of the Gateway to attach to. */
  readonly gatewayName: string;
  /**
   * Namespace of the Gateway.
   * @default - the route's own namespace
   */
  readonly gatewayNamespace?: string;
  /**
   * Listener of the Gateway to attach to.
   * @default - every listener that allows the route
   */
  readonly sectionName?: string;
  /**
   * Host names the route answers for.
   * @default - the Gateway listeners' host names
   */
  readonly hostnames?: string[];
  /**
   * Path prefix the route matches.
   * @default "/"
   */
  readonly pathPrefix?: string;
}

/** Exposes a service through a `networking.k8s.io/v1` Ingress. */
export interface IngressOptions {
  /** Host name the Ingress answers for. */
  readonly host: string;
  /**
   * IngressClass to use.
   * @default - the cluster's default IngressClass
   */
  readonly ingressClassName?: string;
  /**
   * Path prefix.
   * @default "/"
   */
  readonly pathPrefix?: string;
  /**
   * Secret holding the TLS certificate for `host`.
   * @default - no TLS on the Ingress (terminate TLS elsewhere)
   */
  readonly tlsSecretName?: string;
  /**
   * Annotations for the ingress controller.
   * @default - none
   */
  readonly annotations?: { [key: string]: string };
}

import type { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import type { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { peer } from '../../core/private/peers';
import { requireDnsLabel, requireNonEmpty } from '../../core/private/validate';
import { HttpRouteOptions, IngressOptions } from '../route-options';

const peerIngressV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/ingress-v1')>('@cdktf/provider-kubernetes', 'lib/ingress-v1');
const peerManifest = () => peer<typeof import('@cdktf/provider-kubernetes/lib/manifest')>('@cdktf/provider-kubernetes', 'lib/manifest');

/** A backend of an HTTPRoute rule. */
export interface RouteBackend { readonly service: string; readonly port: number; readonly weight?: number }
/** A rule of an HTTPRoute: optional header matches, then weighted backends. */
export interface RouteRule { readonly headers?: { name: string; value: string; type: string }[]; readonly backends: RouteBackend[] }

/** Validates HttpRouteOptions. */
export function validateHttpRoute(scope: Construct, prop: string, options: HttpRouteOptions): void {
  requireNonEmpty(scope, `${prop}.gatewayName`, options.gatewayName);
  if (options.gatewayNamespace !== undefined) requireDnsLabel(scope, `${prop}.gatewayNamespace`, options.gatewayNamespace);
}

/** Creates the `kubernetes_manifest` of an HTTPRoute. */
export function createHttpRoute(scope: Construct, provider: TerraformProvider | undefined, id: string, name: string, namespace: string, labels: { [key: string]: string }, options: HttpRouteOptions, rules: RouteRule[]): Manifest {
  const path = { type: 'PathPrefix', value: options.pathPrefix ?? '/' };
  return new (peerManifest().Manifest)(scope, id, {
    provider,
    manifest: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name, namespace, labels },
      spec: dropUndefined({
        parentRefs: [{ name: options.gatewayName, namespace: options.gatewayNamespace, sectionName: options.sectionName }].map(dropUndefined),
        hostnames: options.hostnames,
        rules: rules.map((r) => ({
          matches: [dropUndefined({ path, headers: r.headers })],
          backendRefs: r.backends.map((b) => dropUndefined({ name: b.service, port: b.port, weight: b.weight })),
        })),
      }),
    },
  });
}

/** Creates an Ingress routing `options.host` + path prefix to a service port. */
export function createIngress(scope: Construct, provider: TerraformProvider | undefined, id: string, name: string, namespace: string, labels: { [key: string]: string }, options: IngressOptions, service: string, port: number, extraAnnotations: { [key: string]: string } = {}): IngressV1 {
  requireNonEmpty(scope, 'ingress.host', options.host);
  const annotations = { ...options.annotations, ...extraAnnotations };
  return new (peerIngressV1().IngressV1)(scope, id, {
    provider,
    metadata: { name, namespace, labels, annotations: Object.keys(annotations).length ? annotations : undefined },
    spec: {
      ingressClassName: options.ingressClassName,
      rule: [{
        host: options.host,
        http: { path: [{ path: options.pathPrefix ?? '/', pathType: 'Prefix', backend: { service: { name: service, port: { number: port } } } }] },
      }],
      tls: options.tlsSecretName ? [{ hosts: [options.host], secretName: options.tlsSecretName }] : undefined,
    },
  });
}

// kubernetes_manifest rejects explicit nulls in the object it applies.
function dropUndefined<T extends { [key: string]: any }>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

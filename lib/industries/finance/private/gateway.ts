import type { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { Labels } from '../../../core/labels';
import { peer } from '../../../core/private/peers';
import { requireDnsLabel, requireNonEmpty } from '../../../core/private/validate';
import { ICluster } from '../../../kubernetes';
import { DeliveryStage, FinanceCicdPlatformProps, FinanceEnvironmentProps, FinanceGatewayProps } from '../props';

const peerManifest = () => peer<typeof import('@cdktf/provider-kubernetes/lib/manifest')>('@cdktf/provider-kubernetes', 'lib/manifest');

// The edge of a finance CI/CD platform: the Gateway the environments' routes attach to (internal).

/** @internal The Gateway the routes attach to and the host name of every stage. */
export interface EdgePlan {
  readonly gatewayName: string;
  readonly gatewayNamespace: string;
  /** Namespaces where the Gateway's proxy pods run. */
  readonly proxyNamespaces: string[];
  readonly hostnames: Map<DeliveryStage, string>;
}

/** @internal Names the Gateway (created or existing) and the stages' host names. */
export function planEdge(scope: Construct, name: string, props: FinanceCicdPlatformProps, envs: FinanceEnvironmentProps[]): EdgePlan {
  const gw = props.gateway;
  const gatewayName = gw ? gw.name ?? name : props.existingGateway!.name;
  const gatewayNamespace = gw ? gw.namespace ?? 'gateway-system' : props.existingGateway!.namespace;
  requireDnsLabel(scope, gw ? 'gateway.namespace' : 'existingGateway.namespace', gatewayNamespace);
  const proxyNamespaces = (gw ? gw.proxyNamespaces : props.existingGateway!.proxyNamespaces) ?? [gatewayNamespace];
  const hostnames = new Map(envs.map((e) => [e.stage, e.hostname ?? (e.stage === DeliveryStage.PROD ? props.domain : `${e.stage}.${props.domain}`)]));
  return { gatewayName, gatewayNamespace, proxyNamespaces, hostnames };
}

/** @internal One HTTPS listener per environment. */
export interface GatewayListenerSpec {
  readonly stage: DeliveryStage;
  readonly hostname: string;
  readonly namespace: string;
}

/**
 * @internal The Gateway with an HTTPS listener per environment (each admitting only its
 * environment's routes), optional client-certificate validation, and the HTTP listener
 * whose only route redirects to https.
 */
export function createGateway(scope: Construct, cluster: ICluster, name: string, edge: EdgePlan, gw: FinanceGatewayProps, envs: GatewayListenerSpec[]): { gateway: Manifest; redirect?: Manifest } {
  requireNonEmpty(scope, 'gateway.gatewayClassName', gw.gatewayClassName);
  requireDnsLabel(scope, 'gateway.name', edge.gatewayName);
  const secret = gw.certificateSecretName ?? `${name}-tls`;
  const labels = Labels.resolve(scope, { 'app.kubernetes.io/name': edge.gatewayName });
  const tls = { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: secret }] };
  const listeners: { [key: string]: any }[] = envs.map((e) => ({
    name: `https-${e.stage}`,
    protocol: 'HTTPS',
    port: 443,
    hostname: e.hostname,
    tls,
    // each environment's routes may attach only to its own listener
    allowedRoutes: { namespaces: { from: 'Selector', selector: { matchLabels: { 'kubernetes.io/metadata.name': e.namespace } } } },
  }));
  const httpRedirect = gw.httpRedirect ?? true;
  if (httpRedirect) listeners.push({ name: 'http', protocol: 'HTTP', port: 80, allowedRoutes: { namespaces: { from: 'Same' } } });
  const spec: { [key: string]: any } = { gatewayClassName: gw.gatewayClassName, listeners };
  if (gw.clientCaConfigMap) {
    spec.tls = { frontend: { default: { validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: gw.clientCaConfigMap }] } } } };
  }
  const gateway = new (peerManifest().Manifest)(scope, 'gateway', {
    provider: cluster.provider,
    manifest: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: edge.gatewayName, namespace: edge.gatewayNamespace, labels },
      spec,
    },
  });
  const redirect = httpRedirect
    ? new (peerManifest().Manifest)(scope, 'https-redirect', {
      provider: cluster.provider,
      manifest: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: `${edge.gatewayName}-https-redirect`, namespace: edge.gatewayNamespace, labels },
        spec: {
          parentRefs: [{ name: edge.gatewayName, sectionName: 'http' }],
          rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }],
        },
      },
    })
    : undefined;
  return { gateway, redirect };
}

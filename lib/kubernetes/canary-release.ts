import type { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import type { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { LabelKeys, Labels } from '../core/labels';
import { requireIntegerInRange } from '../core/private/validate';
import { ICluster, KubernetesCluster } from './cluster';
import { Microservice, WorkloadOptions } from './microservice';
import { requirePinnedImage } from './private/image';
import { objectName } from './private/object-name';
import { sumDemands } from './private/resource-demand';
import { createHttpRoute, createIngress, RouteRule, validateHttpRoute } from './private/routing';
import { IWorkload, ResourceDemand } from './resources';
import { HttpRouteOptions, IngressOptions } from './route-options';


const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/**
 * How traffic is split between the stable and the canary version. A factory class:
 * `CanaryRouting.gatewayApi({...})` (the primary form) or `CanaryRouting.ingressNginx({...})`.
 */
export class CanaryRouting {
  /**
   * A Gateway API `HTTPRoute` with weighted backends and header/cookie matches
   * (rendered as `kubernetes_manifest`: needs cluster API access at plan time).
   */
  public static gatewayApi(options: HttpRouteOptions): CanaryRouting {
    return new CanaryRouting(options, undefined);
  }

  /**
   * LEGACY: two Ingresses with ingress-nginx `canary-*` annotations. The ingress-nginx
   * controller was retired in March 2026 (no further releases or security fixes);
   * use it only while migrating to the Gateway API. Supports one canary header.
   */
  public static ingressNginx(options: IngressOptions): CanaryRouting {
    return new CanaryRouting(undefined, options);
  }

  /**
   * @param gateway set for Gateway API routing
   * @param ingress set for legacy ingress-nginx routing
   */
  private constructor(public readonly gateway?: HttpRouteOptions, public readonly ingress?: IngressOptions) {}
}

/** Props of {@link CanaryRelease}. */
export interface CanaryReleaseProps extends WorkloadOptions {
  /**
   * The cluster the release lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /** Namespace to deploy into. */
  readonly namespace: string;
  /** Image of the stable version (pinned tag or digest). */
  readonly stableImage: string;
  /** How traffic reaches the two versions. */
  readonly routing: CanaryRouting;
  /**
   * Image of the canary version. Unset means no canary is running: that is the state
   * after promoting (stableImage = the canary's image) or aborting.
   * @default - no canary
   */
  readonly canaryImage?: string;
  /**
   * Percent (0-100) of the remaining traffic sent to the canary.
   * @default 10
   */
  readonly canaryWeight?: number;
  /**
   * Requests carrying any of these headers with exactly this value always reach the
   * canary (e.g. `{ 'x-canary': 'always' }` for chosen users or testers).
   * @default - none
   */
  readonly canaryHeaders?: { [name: string]: string };
  /**
   * Requests with this cookie set to `always` reach the canary.
   * @default - none
   */
  readonly canaryCookie?: string;
  /**
   * Replicas of the canary Deployment.
   * @default 1
   */
  readonly canaryReplicas?: number;
  /**
   * Base name: the stable objects are named `name`, the canary ones `name-canary`.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/**
 * A progressive delivery of a new version next to the stable one: two Microservices
 * (stable, canary), routed by weight and by header/cookie so that chosen users reach
 * the canary. Promote by setting `stableImage` to the canary image and removing
 * `canaryImage`; abort by removing `canaryImage` (or setting `canaryWeight: 0`).
 */
export class CanaryRelease extends Construct implements IWorkload {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  public readonly name: string;
  /** The stable version (Deployment, Service, PDB, HPA). */
  public readonly stable: Microservice;
  /** The canary version, while one runs. */
  public readonly canary?: Microservice;
  /** The HTTPRoute (`kubernetes_manifest`) of Gateway API routing. */
  public readonly httpRoute?: Manifest;
  /** The main Ingress of legacy ingress-nginx routing. */
  public readonly ingress?: IngressV1;
  /** The canary Ingress (with the `canary-*` annotations) of legacy routing. */
  public readonly canaryIngress?: IngressV1;
  /** Percent of traffic the canary gets (0 when there is no canary). */
  public readonly canaryWeight: number;
  public readonly resourceDemand: ResourceDemand;

  constructor(scope: Construct, id: string, props: CanaryReleaseProps) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const provider = this.cluster.provider;
    this.name = objectName(this, props.name, 56, 'the canary objects are named `<name>-canary`');
    if (!props.routing || (!props.routing.gateway && !props.routing.ingress)) {
      throw new ValidationError(this, 'routing', 'is required', 'pass routing: CanaryRouting.gatewayApi({ gatewayName: ... })');
    }
    const weight = props.canaryWeight ?? 10;
    requireIntegerInRange(this, 'canaryWeight', weight, 0, 100);
    const headers = Object.entries(props.canaryHeaders ?? {});
    for (const [name] of headers) {
      if (!Token.isUnresolved(name) && !HEADER_NAME.test(name)) {
        throw new ValidationError(this, `canaryHeaders["${name}"]`, 'is not a valid HTTP header name', 'use letters, digits and - only, e.g. "x-canary"');
      }
    }
    if (props.canaryCookie !== undefined && !HEADER_NAME.test(props.canaryCookie)) {
      throw new ValidationError(this, 'canaryCookie', `"${props.canaryCookie}" is not a valid cookie name`, 'use letters, digits, - and _ only, e.g. "canary"');
    }
    if (props.routing.gateway) validateHttpRoute(this, 'routing.gateway', props.routing.gateway);
    requirePinnedImage(this, 'stableImage', props.stableImage);
    if (props.canaryImage !== undefined) requirePinnedImage(this, 'canaryImage', props.canaryImage);

    const { routing: _r, canaryImage: _c, stableImage: _s, ...workload } = props;
    this.stable = new Microservice(this, 'stable', {
      cluster: this.cluster,
      ...workload,
      name: this.name,
      image: props.stableImage,
      labels: { ...props.labels, [LabelKeys.TRACK]: 'stable' },
    });
    if (props.canaryImage !== undefined) {
      this.canary = new Microservice(this, 'canary', {
        cluster: this.cluster,
        ...workload,
        name: `${this.name}-canary`,
        image: props.canaryImage,
        replicas: props.canaryReplicas ?? 1,
        allowSingleReplica: true, // a canary is deliberately small; the stable version carries availability
        autoscaling: undefined,
        podDisruptionBudget: false,
        labels: { ...props.labels, [LabelKeys.TRACK]: 'canary' },
      });
    }
    this.canaryWeight = this.canary ? weight : 0;

    const labels = Labels.resolve(this, { ...props.labels, 'app.kubernetes.io/name': this.name });
    const stable = { service: this.stable.service.metadata.name, port: this.stable.servicePort };
    if (props.routing.gateway) {
      const rules: RouteRule[] = [];
      if (this.canary) {
        const canary = { service: this.canary.service.metadata.name, port: this.canary.servicePort };
        for (const [name, value] of headers) rules.push({ headers: [{ name, value, type: 'Exact' }], backends: [canary] });
        if (props.canaryCookie) {
          // Full-match regular expression (Envoy/RE2 semantics) over the Cookie header.
          rules.push({ headers: [{ name: 'cookie', value: `(.*;\\s*)?${props.canaryCookie}=always(;.*)?`, type: 'RegularExpression' }], backends: [canary] });
        }
        rules.push({ backends: [{ ...stable, weight: 100 - weight }, { ...canary, weight }] });
      } else {
        rules.push({ backends: [stable] });
      }
      this.httpRoute = createHttpRoute(this, provider, 'http-route', this.name, props.namespace, labels, props.routing.gateway, rules);
    } else {
      const options = props.routing.ingress!;
      this.ingress = createIngress(this, provider, 'ingress', this.name, props.namespace, labels, options, stable.service, stable.port);
      if (this.canary) {
        if (headers.length > 1) {
          throw new ValidationError(this, 'canaryHeaders', 'has more than one header, but ingress-nginx canary routing supports only one', 'keep a single header, or use CanaryRouting.gatewayApi');
        }
        const annotations: { [key: string]: string } = {
          'nginx.ingress.kubernetes.io/canary': 'true',
          'nginx.ingress.kubernetes.io/canary-weight': String(weight),
        };
        if (headers.length === 1) {
          annotations['nginx.ingress.kubernetes.io/canary-by-header'] = headers[0][0];
          annotations['nginx.ingress.kubernetes.io/canary-by-header-value'] = headers[0][1];
        }
        if (props.canaryCookie) annotations['nginx.ingress.kubernetes.io/canary-by-cookie'] = props.canaryCookie;
        this.canaryIngress = createIngress(this, provider, 'canary-ingress', `${this.name}-canary`, props.namespace, labels, options,
          this.canary.service.metadata.name, this.canary.servicePort, annotations);
      }
    }
    this.resourceDemand = sumDemands([this.stable.resourceDemand, ...(this.canary ? [this.canary.resourceDemand] : [])]);
  }
}

import type { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import type { HorizontalPodAutoscalerV2 } from '@cdktf/provider-kubernetes/lib/horizontal-pod-autoscaler-v2';
import type { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import type { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import type { PodDisruptionBudgetV1 } from '@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1';
import type { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { peer } from '../core/private/peers';
import { requireAtMostOne, requireIntegerAtLeast, requireIntegerInRange } from '../core/private/validate';
import { ICluster, KubernetesCluster } from './cluster';
import { ContainerOptions } from './container-options';
import { requirePinnedImage, versionLabel } from './private/image';
import { objectName } from './private/object-name';
import { hardenedPodSpec, validateContainerOptions } from './private/pod-spec';
import { demandOf, requireResources } from './private/resource-demand';
import { createHttpRoute, createIngress, validateHttpRoute } from './private/routing';
import { Probe } from './probe';
import { IWorkload, ResourceDemand } from './resources';
import { HttpRouteOptions, IngressOptions } from './route-options';

const peerDeploymentV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/deployment-v1')>('@cdktf/provider-kubernetes', 'lib/deployment-v1');
const peerHorizontalPodAutoscalerV2 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/horizontal-pod-autoscaler-v2')>('@cdktf/provider-kubernetes', 'lib/horizontal-pod-autoscaler-v2');
const peerPodDisruptionBudgetV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1')>('@cdktf/provider-kubernetes', 'lib/pod-disruption-budget-v1');
const peerServiceV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/service-v1')>('@cdktf/provider-kubernetes', 'lib/service-v1');

/** Horizontal Pod Autoscaler (autoscaling/v2) settings. Give a CPU and/or a memory target. */
export interface Autoscaling {
  /** Fewest replicas (at least 2 unless `allowSingleReplica`). */
  readonly minReplicas: number;
  /** Most replicas. */
  readonly maxReplicas: number;
  /**
   * Target average CPU utilisation, in percent of the CPU request.
   * @default - not scaled on CPU
   */
  readonly cpuUtilizationPercent?: number;
  /**
   * Target average memory utilisation, in percent of the memory request.
   * @default - not scaled on memory
   */
  readonly memoryUtilizationPercent?: number;
  /**
   * Seconds the HPA waits, after load falls, before removing replicas (avoids flapping).
   * @default 300
   */
  readonly scaleDownStabilizationSeconds?: number;
}

/** Deployment settings shared by {@link Microservice} and {@link CanaryRelease}. */
export interface WorkloadOptions extends ContainerOptions {
  /** Readiness probe (required): a rolling update only proceeds once new pods are ready. */
  readonly readinessProbe: Probe;
  /**
   * Liveness probe.
   * @default - none (a failing liveness probe restarts containers; add one deliberately)
   */
  readonly livenessProbe?: Probe;
  /**
   * Container port, named `http`.
   * @default 8080
   */
  readonly port?: number;
  /**
   * Port of the ClusterIP Service.
   * @default 80
   */
  readonly servicePort?: number;
  /**
   * Replicas (ignored when `autoscaling` is set: the HPA owns the replica count).
   * @default 2
   */
  readonly replicas?: number;
  /**
   * Opt-out that permits fewer than 2 replicas (no high availability, downtime on node
   * drain). For development only.
   * @default false
   */
  readonly allowSingleReplica?: boolean;
  /**
   * Extra pods created during a rolling update (`max_unavailable` is always 0).
   * @default 1
   */
  readonly maxSurge?: number;
  /**
   * Old ReplicaSets kept for `kubectl rollout undo` and inspection.
   * @default 10
   */
  readonly revisionHistoryLimit?: number;
  /**
   * Horizontal Pod Autoscaler (v2).
   * @default - fixed replicas
   */
  readonly autoscaling?: Autoscaling;
  /**
   * Create a PodDisruptionBudget (max 1 pod unavailable during voluntary disruptions).
   * @default - true when the workload has at least 2 replicas
   */
  readonly podDisruptionBudget?: boolean;
  /**
   * Service account the pods run as (its token is still not mounted automatically).
   * @default - the namespace's default service account
   */
  readonly serviceAccountName?: string;
  /**
   * Seconds a pod gets, after SIGTERM (rollout, drain, HPA scale-down), to finish the
   * work in progress before it is killed.
   * @default 30 (the Kubernetes default)
   */
  readonly terminationGracePeriodSeconds?: number;
}

/** Props of {@link Microservice}. */
export interface MicroserviceProps extends WorkloadOptions {
  /**
   * The cluster the microservice lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /** Namespace to deploy into (e.g. `EnvironmentNamespace.name`). */
  readonly namespace: string;
  /**
   * Image, pinned by tag or (recommended) digest. Never untagged or `:latest`.
   * Changing it rolls out the new version; applying the previous value rolls back.
   */
  readonly image: string;
  /**
   * Name of the Deployment, Service and related objects (DNS-1123 label).
   * @default - derived from the construct path (Names.resourceName)
   */
  readonly name?: string;
  /**
   * Expose through a Gateway API HTTPRoute.
   * @default - not exposed outside the cluster
   */
  readonly httpRoute?: HttpRouteOptions;
  /**
   * Expose through an Ingress (alternative to `httpRoute`).
   * @default - no Ingress
   */
  readonly ingress?: IngressOptions;
}

/**
 * A stateless service: a hardened Deployment with zero-downtime rolling updates and a
 * ClusterIP Service, plus an optional PodDisruptionBudget, HPA (v2), Gateway API
 * HTTPRoute or Ingress.
 */
export class Microservice extends Construct implements IWorkload {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  /** Name of the Deployment and Service. */
  public readonly name: string;
  /** Labels that select this service's pods. */
  public readonly selector: { [key: string]: string };
  public readonly deployment: DeploymentV1;
  public readonly service: ServiceV1;
  /** Port of the Service. */
  public readonly servicePort: number;
  public readonly podDisruptionBudget?: PodDisruptionBudgetV1;
  public readonly autoscaler?: HorizontalPodAutoscalerV2;
  /** The HTTPRoute (`kubernetes_manifest`), when `httpRoute` is set. */
  public readonly httpRoute?: Manifest;
  public readonly ingress?: IngressV1;
  public readonly resourceDemand: ResourceDemand;
  /** Seconds a pod gets to stop after SIGTERM, when set (undefined: the Kubernetes default). */
  public readonly terminationGracePeriodSeconds?: number;

  constructor(scope: Construct, id: string, props: MicroserviceProps) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const provider = this.cluster.provider;
    this.name = objectName(this, props.name);
    requirePinnedImage(this, 'image', props.image);
    if (!props.readinessProbe) {
      throw new ValidationError(this, 'readinessProbe', 'is required: without it a rolling update sends traffic to pods that are not ready', "pass readinessProbe: Probe.httpGet('/healthz') (or tcpSocket/exec)");
    }
    const resources = requireResources(this, 'resources', props.resources);
    if (props.terminationGracePeriodSeconds !== undefined) requireIntegerAtLeast(this, 'terminationGracePeriodSeconds', props.terminationGracePeriodSeconds, 0);
    validateContainerOptions(this, props);
    requireAtMostOne(this, { httpRoute: props.httpRoute, ingress: props.ingress });
    if (props.httpRoute) validateHttpRoute(this, 'httpRoute', props.httpRoute);

    const port = props.port ?? 8080;
    requireIntegerInRange(this, 'port', port, 1, 65535);
    this.servicePort = props.servicePort ?? 80;
    requireIntegerInRange(this, 'servicePort', this.servicePort, 1, 65535);
    const maxSurge = props.maxSurge ?? 1;
    requireIntegerAtLeast(this, 'maxSurge', maxSurge, 1, 'set maxSurge to 1 or more: with maxUnavailable 0 a rollout needs surge pods');
    const revisionHistoryLimit = props.revisionHistoryLimit ?? 10;
    requireIntegerAtLeast(this, 'revisionHistoryLimit', revisionHistoryLimit, 1, 'keep at least 1 old revision so a rollout can be undone');

    const minReplicas = this.validateReplicas(props);
    const maxReplicas = props.autoscaling?.maxReplicas ?? minReplicas;

    this.selector = { 'app.kubernetes.io/name': this.name };
    const labels = Labels.resolve(this, { ...props.labels, ...this.selector });
    const podLabels = { ...labels, ...versionLabel(props.image) };
    const metadata = { name: this.name, namespace: props.namespace, labels };

    this.deployment = new (peerDeploymentV1().DeploymentV1)(this, 'deployment', {
      provider,
      metadata,
      spec: {
        // With an HPA, this is only the initial count: ignore_changes below stops
        // Terraform from resetting what the HPA decided.
        replicas: String(minReplicas),
        revisionHistoryLimit,
        selector: { matchLabels: this.selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '0', maxSurge: String(maxSurge) } },
        template: {
          metadata: { labels: podLabels },
          spec: hardenedPodSpec({
            runAsUser: props.runAsUser,
            serviceAccountName: props.serviceAccountName,
            spreadSelector: this.selector,
            terminationGracePeriodSeconds: props.terminationGracePeriodSeconds,
            containers: [{ ...props, name: 'app', port, resources: props.resources }],
          }),
        },
      },
      lifecycle: props.autoscaling ? { ignoreChanges: ['spec[0].replicas'] } : undefined,
    });

    this.service = new (peerServiceV1().ServiceV1)(this, 'service', {
      provider,
      metadata,
      spec: { type: 'ClusterIP', selector: this.selector, port: [{ name: 'http', port: this.servicePort, targetPort: 'http', protocol: 'TCP' }] },
    });

    if (props.podDisruptionBudget ?? minReplicas >= 2) {
      this.podDisruptionBudget = new (peerPodDisruptionBudgetV1().PodDisruptionBudgetV1)(this, 'pdb', {
        provider,
        metadata,
        spec: { maxUnavailable: '1', selector: { matchLabels: this.selector } },
      });
    }
    if (props.autoscaling) {
      const a = props.autoscaling;
      const metric = (resource: string, percent: number) => ({ type: 'Resource', resource: { name: resource, target: { type: 'Utilization', averageUtilization: percent } } });
      this.autoscaler = new (peerHorizontalPodAutoscalerV2().HorizontalPodAutoscalerV2)(this, 'hpa', {
        provider,
        metadata,
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: this.deployment.metadata.name },
          minReplicas: a.minReplicas,
          maxReplicas: a.maxReplicas,
          metric: [
            ...(a.cpuUtilizationPercent !== undefined ? [metric('cpu', a.cpuUtilizationPercent)] : []),
            ...(a.memoryUtilizationPercent !== undefined ? [metric('memory', a.memoryUtilizationPercent)] : []),
          ],
          behavior: {
            scaleDown: [{
              stabilizationWindowSeconds: a.scaleDownStabilizationSeconds ?? 300,
              selectPolicy: 'Max',
              policy: [{ type: 'Percent', value: 50, periodSeconds: 60 }],
            }],
            scaleUp: [{
              stabilizationWindowSeconds: 0,
              selectPolicy: 'Max',
              policy: [{ type: 'Percent', value: 100, periodSeconds: 30 }, { type: 'Pods', value: 4, periodSeconds: 30 }],
            }],
          },
        },
      });
    }
    if (props.httpRoute) {
      this.httpRoute = createHttpRoute(this, provider, 'http-route', this.name, props.namespace, labels, props.httpRoute, [
        { backends: [{ service: this.service.metadata.name, port: this.servicePort }] },
      ]);
    }
    if (props.ingress) {
      this.ingress = createIngress(this, provider, 'ingress', this.name, props.namespace, labels, props.ingress, this.service.metadata.name, this.servicePort);
    }
    this.resourceDemand = demandOf(maxReplicas + maxSurge, resources);
    this.terminationGracePeriodSeconds = props.terminationGracePeriodSeconds;
  }

  /** Validates replicas/autoscaling and returns the (initial) replica count. */
  private validateReplicas(props: MicroserviceProps): number {
    const min = props.allowSingleReplica ? 1 : 2;
    const fix = 'run at least 2 replicas for availability, or set allowSingleReplica: true for a non-production service';
    const a = props.autoscaling;
    if (!a) {
      const replicas = props.replicas ?? 2;
      requireIntegerAtLeast(this, 'replicas', replicas, min, fix);
      return replicas;
    }
    requireIntegerAtLeast(this, 'autoscaling.minReplicas', a.minReplicas, min, fix);
    requireIntegerAtLeast(this, 'autoscaling.maxReplicas', a.maxReplicas, a.minReplicas, 'set maxReplicas to at least minReplicas');
    if (a.cpuUtilizationPercent === undefined && a.memoryUtilizationPercent === undefined) {
      throw new ValidationError(this, 'autoscaling', 'has neither a CPU nor a memory target', 'set cpuUtilizationPercent and/or memoryUtilizationPercent (e.g. 70)');
    }
    if (a.cpuUtilizationPercent !== undefined) requireIntegerInRange(this, 'autoscaling.cpuUtilizationPercent', a.cpuUtilizationPercent, 1, 1000);
    if (a.memoryUtilizationPercent !== undefined) requireIntegerInRange(this, 'autoscaling.memoryUtilizationPercent', a.memoryUtilizationPercent, 1, 1000);
    if (a.scaleDownStabilizationSeconds !== undefined) requireIntegerInRange(this, 'autoscaling.scaleDownStabilizationSeconds', a.scaleDownStabilizationSeconds, 0, 3600);
    return a.minReplicas;
  }
}

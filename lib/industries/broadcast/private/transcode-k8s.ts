import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { requireIntegerAtLeast } from '../../../core/private/validate';
import { EnvironmentNamespace, Microservice, Probe } from '../../../kubernetes';
import { formatQuantity } from '../../../kubernetes/private/quantity';
import { demandOf, requireResources } from '../../../kubernetes/private/resource-demand';
import { BroadcastVideoPlatformProps } from '../props';
import { KubernetesTranscodeOptions } from '../transcode-k8s-props';

// The transcoders as an autoscaled Kubernetes Microservice instead of the transcode VMs (internal).

/** @internal The transcoders' namespace and service. */
export interface KubernetesTranscoders {
  readonly namespace: EnvironmentNamespace;
  readonly service: Microservice;
}

/**
 * @internal Creates the namespace (quota sized for the peak) and the autoscaled transcoders,
 * under `options.scope` when given (only literal values cross into it).
 */
export function kubernetesTranscoders(platform: Construct, name: string, options: KubernetesTranscodeOptions, businessCidr: string, props: BroadcastVideoPlatformProps): KubernetesTranscoders {
  const scope = options.scope ?? platform;
  const holder = new Construct(scope, options.scope ? `${platform.node.id}-transcode` : 'transcode-k8s');
  const minReplicas = options.minReplicas ?? 2;
  const maxReplicas = options.maxReplicas ?? 20;
  if (!Token.isUnresolved(minReplicas) && (!Number.isInteger(minReplicas) || minReplicas < 2)) {
    throw new ValidationError(platform, 'transcodeOnKubernetes.minReplicas', `the transcoders are HA and need at least 2 replicas (got ${minReplicas})`, 'set minReplicas to 2 or more');
  }
  const perPod = requireResources(platform, 'transcodeOnKubernetes.resources', options.resources);
  const scratchGiB = options.scratchGiB ?? 20;
  requireIntegerAtLeast(platform, 'transcodeOnKubernetes.scratchGiB', scratchGiB, 1);
  const drainSeconds = options.drainSeconds ?? 1800;
  requireIntegerAtLeast(platform, 'transcodeOnKubernetes.drainSeconds', drainSeconds, 0);
  // Peak = every replica plus one rolling-update surge pod (Microservice's maxSurge 1).
  const peak = demandOf(maxReplicas + 1, perPod);
  const namespace = new EnvironmentNamespace(holder, 'namespace', {
    cluster: options.cluster,
    name: options.namespace ?? `${name}-transcode`,
    quota: {
      requestsCpu: formatQuantity(Math.ceil(peak.cpuRequests * 1000) / 1000, 'cpu'),
      limitsCpu: formatQuantity(Math.ceil(peak.cpuLimits * 1000) / 1000, 'cpu'),
      requestsMemory: `${Math.ceil(peak.memoryRequests / 2 ** 20)}Mi`,
      limitsMemory: `${Math.ceil(peak.memoryLimits / 2 ** 20)}Mi`,
      pods: peak.pods + 2,
      ...options.namespaceQuota,
    },
    egressCidrs: options.egressCidrs ?? [businessCidr],
    labels: { [LabelKeys.INDUSTRY]: 'broadcast', [LabelKeys.TIER]: 'transcode' },
  });
  const env: { [k: string]: string } = {
    ...options.env,
    OS_REGION_NAME: props.site.region,
    MEDIA_SOURCE_CONTAINER: containerName(name, props, 0),
    MEDIA_OUTPUT_CONTAINER: containerName(name, props, 1),
  };
  const service = new Microservice(holder, 'transcoder', {
    cluster: options.cluster,
    namespace: namespace.name,
    name: 'transcoder',
    image: options.image,
    // Transcodes spool to /tmp: bound it, and request the disk so the scheduler
    // only picks nodes that have it.
    resources: {
      ephemeralStorageRequest: `${scratchGiB}Gi`,
      ephemeralStorageLimit: `${scratchGiB + 1}Gi`,
      ...options.resources,
    },
    writablePaths: ['/tmp'],
    writableSizeLimit: `${scratchGiB}Gi`,
    // HPA scale-down sends SIGTERM; the transcoder stops taking jobs and finishes its own.
    terminationGracePeriodSeconds: drainSeconds,
    readinessProbe: options.readinessProbe ?? Probe.httpGet('/healthz'),
    livenessProbe: options.livenessProbe ?? Probe.httpGet('/healthz', { periodSeconds: 20, failureThreshold: 3 }),
    autoscaling: { minReplicas, maxReplicas, cpuUtilizationPercent: options.cpuUtilizationPercent ?? 70 },
    env,
    secretEnv: options.secretEnv,
    labels: { [LabelKeys.TIER]: 'transcode' },
  });
  namespace.accommodate(service);
  return { namespace, service };
}

/** The name of the media container at `index` (the last one when there are fewer). */
function containerName(name: string, props: BroadcastVideoPlatformProps, index: number): string {
  const specs = props.mediaContainers ?? [{ name: 'mezzanine' }, { name: 'renditions' }];
  const spec = specs[Math.min(index, specs.length - 1)];
  return `${name}-${spec.name}`;
}

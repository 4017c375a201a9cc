import { Construct } from 'constructs';
import { ICluster, SecretKeyReference, NamespaceQuota, Probe, ContainerResources } from '../../kubernetes';

/** Transcoders as an autoscaled Kubernetes Microservice instead of the transcode VMs. */
export interface KubernetesTranscodeOptions {
  /**
   * The cluster the transcoders run on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /** The transcoder image, pinned by tag or digest. */
  readonly image: string;
  /** Requests and limits of one transcoder pod. */
  readonly resources: ContainerResources;
  /**
   * Fewest transcoders (at least 2).
   * @default 2
   */
  readonly minReplicas?: number;
  /**
   * Most transcoders.
   * @default 20
   */
  readonly maxReplicas?: number;
  /**
   * Target average CPU utilisation of the HPA, in percent of the CPU request.
   * @default 70
   */
  readonly cpuUtilizationPercent?: number;
  /**
   * Readiness probe.
   * @default Probe.httpGet('/healthz')
   */
  readonly readinessProbe?: Probe;
  /**
   * Liveness probe of the transcoders: a transcoder that hangs mid-job is restarted.
   * @default Probe.httpGet('/healthz', { periodSeconds: 20, failureThreshold: 3 })
   */
  readonly livenessProbe?: Probe;
  /**
   * Where the Kubernetes resources are created: a construct in a stack that has a
   * configured `KubernetesProvider` (e.g. a separate Kubernetes stack of the same app).
   * Only literal values cross into it, so no cross-stack reference is created.
   * @default - the platform itself (its stack then needs a `KubernetesProvider`)
   */
  readonly scope?: Construct;
  /**
   * Namespace name.
   * @default - `<platform name>-transcode`
   */
  readonly namespace?: string;
  /**
   * Namespace quota overrides.
   * @default - sized for maxReplicas plus one surge pod
   */
  readonly namespaceQuota?: NamespaceQuota;
  /**
   * CIDRs the transcoders may connect to (the Swift proxy / object-storage endpoint).
   * @default - the business plane CIDR
   */
  readonly egressCidrs?: string[];
  /**
   * Extra environment variables (the container names and region are always set).
   * @default - none
   */
  readonly env?: { [name: string]: string };
  /**
   * Environment variables from Secrets, e.g. the Swift application credential.
   * @default - none
   */
  readonly secretEnv?: { [name: string]: SecretKeyReference };
  /**
   * Local scratch space of one transcoder in GiB: the size limit of its `/tmp`
   * emptyDir and its ephemeral-storage request (limit: one GiB more, for logs), so
   * pods land only on nodes with the disk and cannot fill a node.
   * @default 20
   */
  readonly scratchGiB?: number;
  /**
   * Seconds a transcoder gets after SIGTERM (HPA scale-down, rollout, node drain) to
   * finish the job in progress (`terminationGracePeriodSeconds`). Size it to the
   * longest job. Deleting the namespace waits this long too (Kubernetes finalizes it
   * after the longest grace period of its pods), so its delete timeout is set to this
   * plus 5 minutes.
   * @default 1800
   */
  readonly drainSeconds?: number;
}

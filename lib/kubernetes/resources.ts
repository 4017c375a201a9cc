import { IConstruct } from 'constructs';

/**
 * CPU and memory requests and limits of one container. All four are required: the
 * scheduler needs requests, the namespace quota counts limits.
 */
export interface ContainerResources {
  /** CPU the container is guaranteed, e.g. "250m". */
  readonly cpuRequest: string;
  /** CPU the container may burst to, e.g. "1". */
  readonly cpuLimit: string;
  /** Memory the container is guaranteed, e.g. "256Mi". */
  readonly memoryRequest: string;
  /** Memory at which the container is OOM-killed, e.g. "512Mi". */
  readonly memoryLimit: string;
  /**
   * Local scratch space (emptyDirs, logs) the container is guaranteed, e.g. "20Gi":
   * the scheduler then places it only on nodes with that much free disk.
   * @default - none requested
   */
  readonly ephemeralStorageRequest?: string;
  /**
   * Local scratch space at which the pod is evicted, e.g. "21Gi".
   * @default - no limit
   */
  readonly ephemeralStorageLimit?: string;
}

/**
 * What a workload needs from its namespace quota at most (all replicas at their peak,
 * plus surge pods during a rolling update). CPU in cores, memory and storage in bytes.
 */
export interface ResourceDemand {
  /** Pods at peak. */
  readonly pods: number;
  /** Sum of CPU requests, in cores. */
  readonly cpuRequests: number;
  /** Sum of CPU limits, in cores. */
  readonly cpuLimits: number;
  /** Sum of memory requests, in bytes. */
  readonly memoryRequests: number;
  /** Sum of memory limits, in bytes. */
  readonly memoryLimits: number;
  /** Sum of persistent volume claim sizes, in bytes. */
  readonly storageRequests: number;
  /** Persistent volume claims. */
  readonly persistentVolumeClaims: number;
}

/** A construct that runs pods in a namespace and can say how much quota it needs. */
export interface IWorkload extends IConstruct {
  /** Peak resource demand, for checking it against a namespace quota. */
  readonly resourceDemand: ResourceDemand;
  /**
   * Seconds its pods get to stop after SIGTERM, when the workload sets it: deleting the
   * namespace waits that long (see {@link EnvironmentNamespace.accommodate}).
   * @default - the Kubernetes default (30 s)
   */
  readonly terminationGracePeriodSeconds?: number;
}

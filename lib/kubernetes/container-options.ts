import { ContainerResources } from './resources';

/** A key of a Kubernetes Secret, injected as an environment variable. */
export interface SecretKeyReference {
  /** Name of the Secret (in the workload's namespace). */
  readonly secretName: string;
  /** Key within the Secret. */
  readonly key: string;
}

/** Container settings shared by every workload construct (Microservice, ScheduledTask, ...). */
export interface ContainerOptions {
  /** CPU and memory requests and limits (required). */
  readonly resources: ContainerResources;
  /**
   * Plain environment variables. Never put credentials here: use `secretEnv`.
   * @default - none
   */
  readonly env?: { [name: string]: string };
  /**
   * Environment variables read from Secrets at container start (credentials).
   * @default - none
   */
  readonly secretEnv?: { [name: string]: SecretKeyReference };
  /**
   * Overrides the image's ENTRYPOINT.
   * @default - the image's entrypoint
   */
  readonly command?: string[];
  /**
   * Overrides the image's CMD.
   * @default - the image's command
   */
  readonly args?: string[];
  /**
   * Numeric user id the container runs as (non-root is enforced: must be >= 1).
   * @default 10001
   */
  readonly runAsUser?: number;
  /**
   * Paths that get a writable `emptyDir`, since the root filesystem is read-only.
   * @default ["/tmp"]
   */
  readonly writablePaths?: string[];
  /**
   * Size limit of each writable `emptyDir` (e.g. "20Gi"): the kubelet evicts a pod that
   * writes more, instead of letting it fill the node's disk.
   * @default - no limit
   */
  readonly writableSizeLimit?: string;
  /**
   * Extra labels for the created resources (merged over the inherited `Labels`).
   * @default - only the inherited labels and the app labels
   */
  readonly labels?: { [key: string]: string };
}

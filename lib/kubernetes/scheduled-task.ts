import type { CronJobV1 } from '@cdktf/provider-kubernetes/lib/cron-job-v1';
import { Construct } from 'constructs';
import { Labels } from '../core/labels';
import { peer } from '../core/private/peers';
import { requireIntegerAtLeast, requireIntegerInRange } from '../core/private/validate';
import { ICluster, KubernetesCluster } from './cluster';
import { ContainerOptions } from './container-options';
import { requirePinnedImage } from './private/image';
import { objectName } from './private/object-name';
import { hardenedPodSpec, validateContainerOptions } from './private/pod-spec';
import { demandOf, requireResources } from './private/resource-demand';
import { IWorkload, ResourceDemand } from './resources';
import { Schedule, validateSchedule } from './schedule';

const peerCronJobV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/cron-job-v1')>('@cdktf/provider-kubernetes', 'lib/cron-job-v1');

/** What a CronJob does when a run is due while the previous one still runs. */
export enum ConcurrencyPolicy {
  /** Skip the new run. */
  FORBID = 'Forbid',
  /** Run both. */
  ALLOW = 'Allow',
  /** Stop the old run, start the new one. */
  REPLACE = 'Replace',
}

/** Props of {@link ScheduledTask}. */
export interface ScheduledTaskProps extends ContainerOptions {
  /**
   * The cluster the task lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /** Namespace to run in. */
  readonly namespace: string;
  /** When to run. */
  readonly schedule: Schedule;
  /** Image, pinned by tag or digest (never untagged or `:latest`). */
  readonly image: string;
  /**
   * IANA time zone the schedule is interpreted in.
   * @default "Etc/UTC" (explicit, instead of the controller manager's local zone)
   */
  readonly timeZone?: string;
  /**
   * Name of the CronJob (DNS-1123 label, at most 52 characters: Kubernetes appends a suffix per run).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Overlapping runs.
   * @default ConcurrencyPolicy.FORBID
   */
  readonly concurrencyPolicy?: ConcurrencyPolicy;
  /**
   * Seconds after the scheduled time a missed run may still start.
   * @default 300
   */
  readonly startingDeadlineSeconds?: number;
  /**
   * Pause the schedule (running jobs continue).
   * @default false
   */
  readonly suspend?: boolean;
  /**
   * Finished successful jobs kept (execution history).
   * @default 3
   */
  readonly successfulJobsHistoryLimit?: number;
  /**
   * Failed jobs kept (execution history, with their pods' logs).
   * @default 5
   */
  readonly failedJobsHistoryLimit?: number;
  /**
   * Retries of a failed run before the job is marked failed.
   * @default 2
   */
  readonly backoffLimit?: number;
  /**
   * Seconds after which a run is stopped.
   * @default - no deadline
   */
  readonly activeDeadlineSeconds?: number;
  /**
   * The service account the task runs as, for tasks that call the Kubernetes API: its
   * token is mounted (otherwise no token is).
   * @default - the namespace's default account, without a token
   */
  readonly serviceAccountName?: string;
}

/**
 * A CronJob with a validated schedule and time zone, hardened pods, no overlapping
 * runs by default and a kept execution history.
 */
export class ScheduledTask extends Construct implements IWorkload {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  public readonly name: string;
  public readonly cronJob: CronJobV1;
  /** The next run after synthesis time (from the validated schedule), when known. */
  public readonly nextRun?: string;
  public readonly resourceDemand: ResourceDemand;

  constructor(scope: Construct, id: string, props: ScheduledTaskProps) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const provider = this.cluster.provider;
    this.name = objectName(this, props.name, 52, 'Kubernetes appends an 11-character suffix to the name of every run');
    const timeZone = props.timeZone ?? 'Etc/UTC';
    this.nextRun = validateSchedule(this, props.schedule, timeZone)?.toISOString();
    requirePinnedImage(this, 'image', props.image);
    const resources = requireResources(this, 'resources', props.resources);
    validateContainerOptions(this, props);
    const startingDeadlineSeconds = props.startingDeadlineSeconds ?? 300;
    requireIntegerAtLeast(this, 'startingDeadlineSeconds', startingDeadlineSeconds, 10, 'set at least 10 seconds (the controller checks every 10 s)');
    const successful = props.successfulJobsHistoryLimit ?? 3;
    const failed = props.failedJobsHistoryLimit ?? 5;
    requireIntegerInRange(this, 'successfulJobsHistoryLimit', successful, 0, 100);
    requireIntegerInRange(this, 'failedJobsHistoryLimit', failed, 0, 100);
    const backoffLimit = props.backoffLimit ?? 2;
    requireIntegerInRange(this, 'backoffLimit', backoffLimit, 0, 100);
    if (props.activeDeadlineSeconds !== undefined) requireIntegerAtLeast(this, 'activeDeadlineSeconds', props.activeDeadlineSeconds, 1);

    const labels = Labels.resolve(this, { ...props.labels, 'app.kubernetes.io/name': this.name });
    this.cronJob = new (peerCronJobV1().CronJobV1)(this, 'cron-job', {
      provider,
      metadata: { name: this.name, namespace: props.namespace, labels },
      spec: {
        schedule: props.schedule.expression,
        timezone: timeZone,
        concurrencyPolicy: props.concurrencyPolicy ?? ConcurrencyPolicy.FORBID,
        startingDeadlineSeconds,
        suspend: props.suspend ?? false,
        successfulJobsHistoryLimit: successful,
        failedJobsHistoryLimit: failed,
        jobTemplate: {
          metadata: { labels },
          spec: {
            backoffLimit,
            activeDeadlineSeconds: props.activeDeadlineSeconds,
            template: {
              metadata: { labels },
              spec: {
                ...hardenedPodSpec({
                  runAsUser: props.runAsUser,
                  restartPolicy: 'Never',
                  serviceAccountName: props.serviceAccountName,
                  containers: [{ ...props, name: 'task', resources: props.resources }],
                }),
                automountServiceAccountToken: props.serviceAccountName !== undefined,
              },
            },
          },
        },
      },
    });
    const concurrent = props.concurrencyPolicy === ConcurrencyPolicy.ALLOW ? 2 : 1;
    this.resourceDemand = demandOf(concurrent, resources);
  }
}

import type { JobV1 } from '@cdktf/provider-kubernetes/lib/job-v1';
import { Construct } from 'constructs';
import { Labels } from '../core/labels';
import { peer } from '../core/private/peers';
import { BackingService } from './backing-service';
import { ICluster, KubernetesCluster } from './cluster';
import { ContainerOptions } from './container-options';
import { requirePinnedImage } from './private/image';
import { objectName } from './private/object-name';
import { hardenedPodSpec, validateContainerOptions } from './private/pod-spec';
import { demandOf, requireResources } from './private/resource-demand';
import { IWorkload, ResourceDemand } from './resources';

const peerJobV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/job-v1')>('@cdktf/provider-kubernetes', 'lib/job-v1');

/** Options of a data import (without its target). */
export interface DataImportOptions extends ContainerOptions {
  /** Image with the import tooling and data (e.g. a `psql` image plus a dump), pinned. */
  readonly image: string;
  /**
   * Env var prefix of the connection settings (`<prefix>_HOST`, `_PORT`, `_DATABASE`, `_USER`, `_PASSWORD`).
   * @default "TARGET"
   */
  readonly envPrefix?: string;
  /**
   * Retries before the import counts as failed.
   * @default 3
   */
  readonly backoffLimit?: number;
}

/** Props of {@link DataImport}. */
export interface DataImportProps extends DataImportOptions {
  /**
   * The cluster the import job lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /** Namespace to run in (the target's). */
  readonly namespace: string;
  /** The backing service to load data into. */
  readonly target: BackingService;
  /**
   * Name of the Job.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/**
 * Loads data into a backing service once it is ready: a Job (hardened pod) that gets
 * the target's host, port, database and credentials as env vars and runs your
 * command. `terraform apply` waits for it to complete.
 */
export class DataImport extends Construct implements IWorkload {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  public readonly job: JobV1;
  public readonly resourceDemand: ResourceDemand;

  constructor(scope: Construct, id: string, props: DataImportProps) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const provider = this.cluster.provider;
    const name = objectName(this, props.name);
    requirePinnedImage(this, 'image', props.image);
    const resources = requireResources(this, 'resources', props.resources);
    validateContainerOptions(this, props);
    const prefix = props.envPrefix ?? 'TARGET';
    const labels = Labels.resolve(this, { ...props.labels, 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'data-import' });
    this.job = new (peerJobV1().JobV1)(this, 'job', {
      provider,
      metadata: { name, namespace: props.namespace, labels },
      waitForCompletion: true,
      timeouts: { create: '30m', update: '30m' },
      dependsOn: [props.target.statefulSet], // the StatefulSet resource waits for its rollout (database ready)
      spec: {
        backoffLimit: props.backoffLimit ?? 3,
        template: {
          metadata: { labels },
          spec: hardenedPodSpec({
            runAsUser: props.runAsUser,
            restartPolicy: 'Never',
            containers: [{
              ...props,
              name: 'import',
              env: { ...props.target.connectionEnv(prefix), ...props.env },
              secretEnv: { ...props.target.connectionSecretEnv(prefix), ...props.secretEnv },
            }],
          }),
        },
      },
    });
    this.resourceDemand = demandOf(1, resources);
  }
}

import type { JobV1 } from '@cdktf/provider-kubernetes/lib/job-v1';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { peer } from '../core/private/peers';
import { ICluster, KubernetesCluster } from './cluster';
import { requirePinnedImage } from './private/image';
import { objectName } from './private/object-name';
import { requireResources } from './private/resource-demand';
import { ContainerResources } from './resources';

const peerJobV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/job-v1')>('@cdktf/provider-kubernetes', 'lib/job-v1');

/** A Git branch or tag to build from. A factory class: `GitRef.branch('main')`, `GitRef.tag('v1.4.2')`. */
export class GitRef {
  /** The head of a branch (a moving target: pair it with a destination tag per build). */
  public static branch(name: string): GitRef {
    return new GitRef(`refs/heads/${name}`, name);
  }

  /** A tag (a release). */
  public static tag(name: string): GitRef {
    return new GitRef(`refs/tags/${name}`, name);
  }

  /**
   * @param ref the full Git ref, e.g. `refs/heads/main`
   * @param shortName the branch or tag name
   */
  private constructor(public readonly ref: string, public readonly shortName: string) {}
}

/** What to build and where to push it (see {@link ImageBuildProps}). */
export interface ImageBuildOptions {
  /** HTTPS URL of the Git repository (no credentials in the URL). */
  readonly gitUrl: string;
  /** Branch or tag to build. */
  readonly gitRef: GitRef;
  /** Image to push, with an explicit tag (e.g. `registry.example.com/team/app:1.4.2`). */
  readonly destination: string;
  /**
   * Path of the Dockerfile, relative to the build context.
   * @default "Dockerfile"
   */
  readonly dockerfile?: string;
  /**
   * Sub-directory of the repository used as build context.
   * @default - the repository root
   */
  readonly contextSubPath?: string;
  /**
   * Secret of type `kubernetes.io/dockerconfigjson` (in `namespace`) with push
   * credentials for the registry, mounted as Kaniko's `config.json`.
   * @default - anonymous push
   */
  readonly registryCredentialsSecret?: string;
  /**
   * Kaniko executor image, pinned. The original GoogleContainerTools project was
   * archived in 2025; point this at a maintained fork (e.g. Chainguard's) or a mirror.
   * @default "gcr.io/kaniko-project/executor:v1.23.2"
   */
  readonly executorImage?: string;
  /**
   * Resources of the build.
   * @default { cpuRequest: '1', cpuLimit: '2', memoryRequest: '2Gi', memoryLimit: '4Gi' }
   */
  readonly resources?: ContainerResources;
  /**
   * Wait for the build to finish during `terraform apply` (so that deployments of the
   * image can depend on it).
   * @default true
   */
  readonly waitForCompletion?: boolean;
}

/** Props of {@link ImageBuild}. */
export interface ImageBuildProps extends ImageBuildOptions {
  /**
   * The cluster the build job lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /** Namespace the build Job runs in. Kaniko runs as root: the namespace must allow the `baseline` Pod Security level. */
  readonly namespace: string;
  /**
   * Name of the Job.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/**
 * CI/CD image build: a Kubernetes Job running Kaniko, which builds a Dockerfile from a
 * Git branch or tag without a Docker daemon and pushes the image to a registry. A new
 * ref or destination replaces the Job, which runs the build again.
 */
export class ImageBuild extends Construct {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  public readonly job: JobV1;
  /** The pushed image. */
  public readonly image: string;

  constructor(scope: Construct, id: string, props: ImageBuildProps) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const provider = this.cluster.provider;
    const name = objectName(this, props.name);
    if (!Token.isUnresolved(props.gitUrl)) {
      const url = /^(https|git):\/\/([^/@]+@)?([^/]+\/.+)$/.exec(props.gitUrl);
      if (!url) {
        throw new ValidationError(this, 'gitUrl', `"${props.gitUrl}" is not an https:// Git URL`, 'use e.g. "https://git.example.com/team/app.git"');
      }
      if (url[2]) {
        throw new ValidationError(this, 'gitUrl', 'contains credentials', 'remove "user:token@" from the URL: it would be stored in plain text in the Job and in Terraform state; use a public mirror or a credential helper');
      }
    }
    if (!props.gitRef) throw new ValidationError(this, 'gitRef', 'is required', "pass gitRef: GitRef.branch('main') or GitRef.tag('v1.0.0')");
    requirePinnedImage(this, 'destination', props.destination);
    if (props.destination.includes('@')) {
      throw new ValidationError(this, 'destination', 'is a digest, but a build can only push to a tag', 'use a tag, e.g. "registry.example.com/team/app:1.4.2"');
    }
    const executorImage = props.executorImage ?? 'gcr.io/kaniko-project/executor:v1.23.2';
    requirePinnedImage(this, 'executorImage', executorImage);
    const resources = props.resources ?? { cpuRequest: '1', cpuLimit: '2', memoryRequest: '2Gi', memoryLimit: '4Gi' };
    requireResources(this, 'resources', resources);
    this.image = props.destination;

    const context = `${props.gitUrl.replace(/^https:\/\//, 'git://')}#${props.gitRef.ref}`;
    const labels = Labels.resolve(this, { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'image-build' });
    const credentials = props.registryCredentialsSecret;
    this.job = new (peerJobV1().JobV1)(this, 'job', {
      provider,
      metadata: { name, namespace: props.namespace, labels },
      waitForCompletion: props.waitForCompletion ?? true,
      timeouts: { create: '30m', update: '30m' },
      spec: {
        backoffLimit: 1,
        template: {
          metadata: { labels },
          spec: {
            restartPolicy: 'Never',
            automountServiceAccountToken: false,
            // Kaniko unpacks image layers as root (baseline level); everything else stays locked down.
            securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
            container: [{
              name: 'kaniko',
              image: executorImage,
              args: [
                `--context=${context}`,
                ...(props.contextSubPath ? [`--context-sub-path=${props.contextSubPath}`] : []),
                `--dockerfile=${props.dockerfile ?? 'Dockerfile'}`,
                `--destination=${props.destination}`,
                '--snapshot-mode=redo',
              ],
              resources: { requests: { cpu: resources.cpuRequest, memory: resources.memoryRequest }, limits: { cpu: resources.cpuLimit, memory: resources.memoryLimit } },
              // Explicit false (what provider 2.38.0 sends for an unset field anyway): Kaniko needs root.
              securityContext: { allowPrivilegeEscalation: false, privileged: false, runAsNonRoot: false },
              volumeMount: credentials ? [{ name: 'registry-credentials', mountPath: '/kaniko/.docker', readOnly: true }] : undefined,
            }],
            volume: credentials
              ? [{ name: 'registry-credentials', secret: { secretName: credentials, items: [{ key: '.dockerconfigjson', path: 'config.json' }] } }]
              : undefined,
          },
        },
      },
    });
  }
}

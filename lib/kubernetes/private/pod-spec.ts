import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { requireIntegerAtLeast } from '../../core/private/validate';
import { ContainerOptions, SecretKeyReference } from '../container-options';
import { Probe } from '../probe';

/** Internal description of one container, rendered with the hardened defaults. */
export interface ContainerInput extends Omit<ContainerOptions, 'labels'> {
  readonly name: string;
  readonly image: string;
  readonly port?: number;
  readonly portName?: string;
  readonly readinessProbe?: Probe;
  readonly livenessProbe?: Probe;
  readonly volumeMounts?: { name: string; mountPath: string; readOnly?: boolean; subPath?: string }[];
  readonly readOnlyRootFilesystem?: boolean;
}

/** Internal description of a pod. */
export interface PodInput {
  readonly containers: ContainerInput[];
  readonly runAsUser?: number;
  readonly fsGroup?: number;
  readonly volumes?: { [key: string]: any }[];
  readonly serviceAccountName?: string;
  readonly restartPolicy?: string;
  /** Pod labels to spread across zones and hosts. No spreading when undefined. */
  readonly spreadSelector?: { [key: string]: string };
  /** Seconds a terminating pod gets to finish its work before it is killed. */
  readonly terminationGracePeriodSeconds?: number;
}

function volumeName(path: string): string {
  return `writable${path.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.replace(/-+$/, '').slice(0, 63);
}

/** Validates runAsUser (non-root) and writable paths of a ContainerOptions-derived prop set. */
export function validateContainerOptions(scope: IConstruct, options: { runAsUser?: number; writablePaths?: string[] }, prefix = ''): void {
  if (options.runAsUser !== undefined) {
    requireIntegerAtLeast(scope, `${prefix}runAsUser`, options.runAsUser, 1, 'use a non-root uid such as 10001 (root is refused by the restricted Pod Security level)');
  }
  for (const path of options.writablePaths ?? []) {
    if (!path.startsWith('/')) {
      throw new ValidationError(scope, `${prefix}writablePaths`, `"${path}" is not an absolute path`, 'write paths like "/tmp" or "/var/cache/app"');
    }
  }
}

function renderContainer(c: ContainerInput): { container: { [key: string]: any }; volumes: { [key: string]: any }[] } {
  const writable = c.writablePaths ?? ['/tmp'];
  const env = [
    ...Object.entries(c.env ?? {}).map(([name, value]) => ({ name, value })),
    ...Object.entries(c.secretEnv ?? {}).map(([name, ref]) => ({ name, valueFrom: { secretKeyRef: { name: ref.secretName, key: ref.key } } })),
  ];
  const mounts = [...writable.map((p) => ({ name: volumeName(p), mountPath: p })), ...(c.volumeMounts ?? [])];
  return {
    container: {
      name: c.name,
      image: c.image,
      // A digest always names the same bytes, so a cached copy is right; a tag can move, so
      // every node pulls it again rather than run whatever it cached (CIS / checkov CKV_K8S_15).
      imagePullPolicy: c.image.includes('@sha256:') ? 'IfNotPresent' : 'Always',
      command: c.command,
      args: c.args,
      port: c.port !== undefined ? [{ containerPort: c.port, name: c.portName ?? 'http' }] : undefined,
      env: env.length ? env : undefined,
      resources: {
        requests: { cpu: c.resources.cpuRequest, memory: c.resources.memoryRequest, 'ephemeral-storage': c.resources.ephemeralStorageRequest },
        limits: { cpu: c.resources.cpuLimit, memory: c.resources.memoryLimit, 'ephemeral-storage': c.resources.ephemeralStorageLimit },
      },
      readinessProbe: c.readinessProbe?._render(),
      livenessProbe: c.livenessProbe?._render(),
      securityContext: {
        allowPrivilegeEscalation: false,
        privileged: false,
        readOnlyRootFilesystem: c.readOnlyRootFilesystem ?? true,
        runAsNonRoot: true,
        capabilities: { drop: ['ALL'] },
      },
      volumeMount: mounts.length ? mounts : undefined,
    },
    volumes: writable.map((p) => ({ name: volumeName(p), emptyDir: c.writableSizeLimit !== undefined ? { sizeLimit: c.writableSizeLimit } : {} })),
  };
}

/**
 * A pod spec with the library's hardened defaults: non-root (numeric uid), seccomp
 * RuntimeDefault, no service account token, read-only root filesystem with emptyDirs
 * for writable paths, no privilege escalation, ALL capabilities dropped, and (for
 * replicated workloads) topology spread across zones and hosts.
 */
export function hardenedPodSpec(pod: PodInput): { [key: string]: any } {
  const rendered = pod.containers.map(renderContainer);
  const volumes = [...rendered.flatMap((r) => r.volumes), ...(pod.volumes ?? [])];
  const unique = [...new Map(volumes.map((v) => [v.name, v])).values()];
  return {
    automountServiceAccountToken: false,
    serviceAccountName: pod.serviceAccountName,
    restartPolicy: pod.restartPolicy,
    terminationGracePeriodSeconds: pod.terminationGracePeriodSeconds,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: String(pod.runAsUser ?? 10001),
      runAsGroup: String(pod.runAsUser ?? 10001),
      fsGroup: pod.fsGroup !== undefined ? String(pod.fsGroup) : undefined,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    container: rendered.map((r) => r.container),
    volume: unique.length ? unique : undefined,
    topologySpreadConstraint: pod.spreadSelector
      ? [
        spread('topology.kubernetes.io/zone', 'ScheduleAnyway', pod.spreadSelector),
        spread('kubernetes.io/hostname', 'DoNotSchedule', pod.spreadSelector),
      ]
      : undefined,
  };
}

function spread(topologyKey: string, whenUnsatisfiable: string, matchLabels: { [key: string]: string }) {
  // matchLabelKeys pod-template-hash: skew is computed per ReplicaSet, so surge pods
  // of a rolling update are not blocked by the old revision's placement.
  // nodeTaintsPolicy Honor: a node the pods cannot run on (tainted, cordoned for
  // maintenance) is no domain. Under the default (Ignore) it counts with 0 pods, so
  // with DoNotSchedule and max_skew 1 no node may take a second pod: scale-out stops.
  return { maxSkew: 1, topologyKey, whenUnsatisfiable, nodeTaintsPolicy: 'Honor', labelSelector: [{ matchLabels }], matchLabelKeys: ['pod-template-hash'] };
}

/** Renders secretEnv-style references for a Secret's keys. */
export function secretEnv(secretName: string, keys: { [envName: string]: string }): { [name: string]: SecretKeyReference } {
  return Object.fromEntries(Object.entries(keys).map(([env, key]) => [env, { secretName, key }]));
}

import type { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import type { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';
import type { RoleV1 } from '@cdktf/provider-kubernetes/lib/role-v1';
import type { ServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/service-account-v1';
import { Construct } from 'constructs';
import { LabelKeys } from '../../core/labels';
import { peer } from '../../core/private/peers';
import { ICluster } from '../cluster';
import { Schedule } from '../schedule';
import { ScheduledTask } from '../scheduled-task';

const peerManifest = () => peer<typeof import('@cdktf/provider-kubernetes/lib/manifest')>('@cdktf/provider-kubernetes', 'lib/manifest');
const peerServiceAccount = () => peer<typeof import('@cdktf/provider-kubernetes/lib/service-account-v1')>('@cdktf/provider-kubernetes', 'lib/service-account-v1');
const peerRole = () => peer<typeof import('@cdktf/provider-kubernetes/lib/role-v1')>('@cdktf/provider-kubernetes', 'lib/role-v1');
const peerRoleBinding = () => peer<typeof import('@cdktf/provider-kubernetes/lib/role-binding-v1')>('@cdktf/provider-kubernetes', 'lib/role-binding-v1');

/** @internal What a Kubernetes backup policy needs. */
export interface VolumeSnapshotPlan {
  readonly name: string;
  readonly cluster: ICluster;
  readonly namespace: string;
  readonly claims: string[];
  readonly snapshotDriver: string;
  readonly image: string;
  readonly schedule: Schedule;
  readonly timeZone: string;
  readonly retention: number;
}

/** @internal What a Kubernetes backup policy created. */
export interface VolumeSnapshotResult {
  readonly snapshotClass: Manifest;
  readonly serviceAccount: ServiceAccountV1;
  readonly role: RoleV1;
  readonly roleBinding: RoleBindingV1;
  readonly task: ScheduledTask;
}

/**
 * @internal A CSI VolumeSnapshotClass and a ScheduledTask that creates one VolumeSnapshot
 * per claim each run and deletes all but the newest `retention` of them (the class's
 * deletionPolicy Delete frees the snapshot content with it).
 */
export function buildVolumeSnapshots(scope: Construct, plan: VolumeSnapshotPlan): VolumeSnapshotResult {
  const provider = plan.cluster.provider;
  const labels = { [LabelKeys.BACKUP_RUNNER]: plan.name };
  const metadata = { name: plan.name, namespace: plan.namespace, labels };
  // A cluster-scoped CRD object (external-snapshotter CRDs are a cluster prerequisite).
  const snapshotClass = new (peerManifest().Manifest)(scope, 'snapshot-class', {
    provider,
    manifest: {
      apiVersion: 'snapshot.storage.k8s.io/v1',
      kind: 'VolumeSnapshotClass',
      metadata: { name: `${plan.namespace}-${plan.name}`, labels },
      driver: plan.snapshotDriver,
      deletionPolicy: 'Delete',
    },
  });
  const serviceAccount = new (peerServiceAccount().ServiceAccountV1)(scope, 'service-account', { provider, metadata, automountServiceAccountToken: false });
  const role = new (peerRole().RoleV1)(scope, 'role', {
    provider,
    metadata,
    rule: [{ apiGroups: ['snapshot.storage.k8s.io'], resources: ['volumesnapshots'], verbs: ['create', 'get', 'list', 'delete'] }],
  });
  const roleBinding = new (peerRoleBinding().RoleBindingV1)(scope, 'role-binding', {
    provider,
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.metadata.name },
    subject: [{ kind: 'ServiceAccount', name: serviceAccount.metadata.name, namespace: plan.namespace }],
  });
  const className = `${plan.namespace}-${plan.name}`;
  const script = [
    'set -eu',
    'STAMP=$(date -u +%Y%m%d%H%M%S)',
    'for pvc in "$@"; do',
    '  printf \'apiVersion: snapshot.storage.k8s.io/v1\\nkind: VolumeSnapshot\\nmetadata:\\n  name: %s\\n  labels:\\n    oscar.io/backup-runner: %s\\n    oscar.io/claim: %s\\nspec:\\n  volumeSnapshotClassName: %s\\n  source:\\n    persistentVolumeClaimName: %s\\n\' \\',
    `    "${plan.name}-$pvc-$STAMP" "${plan.name}" "$pvc" "${className}" "$pvc" | kubectl create -f -`,
    `  old=$(kubectl get volumesnapshot -l "oscar.io/backup-runner=${plan.name},oscar.io/claim=$pvc" --sort-by=.metadata.creationTimestamp -o name)`,
    '  n=$(printf \'%s\\n\' "$old" | grep -c . || true)',
    `  if [ "$n" -gt ${plan.retention} ]; then printf '%s\\n' "$old" | head -n $((n - ${plan.retention})) | xargs kubectl delete; fi`,
    'done',
  ].join('\n');
  const task = new ScheduledTask(scope, 'snapshots', {
    cluster: plan.cluster,
    namespace: plan.namespace,
    name: plan.name,
    schedule: plan.schedule,
    timeZone: plan.timeZone,
    image: plan.image,
    command: ['/bin/sh', '-c', script, 'oscar-snapshots'],
    args: plan.claims,
    serviceAccountName: serviceAccount.metadata.name,
    labels,
    resources: { cpuRequest: '50m', cpuLimit: '200m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
  });
  task.node.addDependency(roleBinding);
  return { snapshotClass, serviceAccount, role, roleBinding, task };
}

import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleContext, RuleDefinition, SynthResource, nonCompliant, notApplicable } from '../model';
import { blocks, isTrue, resourceLabels } from '../private/attrs';

// What a BackupPolicy leaves in the stack: vSphere snapshot resources, and on other
// targets a runner (VM or CronJob) labelled with the policy. Either references what it
// covers, so coverage is read from references, never from a label on the data itself.
const RUNNER_TYPES = ['openstack_compute_instance_v2', 'kubernetes_cron_job_v1', 'kubernetes_cron_job'];
const SNAPSHOT_TYPE = 'vsphere_virtual_machine_snapshot';

/** The BackupPolicy resources that reference `r`. */
function coveringPolicies(r: SynthResource, ctx: RuleContext): SynthResource[] {
  const runners = RUNNER_TYPES.flatMap((t) => ctx.stack.referrers(r, t)).filter((x) => resourceLabels(x)[LabelKeys.BACKUP_RUNNER] !== undefined);
  return [...ctx.stack.referrers(r, SNAPSHOT_TYPE), ...runners];
}

/** Why `r` holds data worth backing up, or undefined if it does not. */
function statefulReason(r: SynthResource): string | undefined {
  switch (r.type) {
    case 'vsphere_virtual_machine': {
      const disks = blocks(r.attributes.disk);
      if (disks.length > 1) return `a VM with ${disks.length} disks`;
      return disks.some((d) => isTrue(d.attach)) ? 'a VM with an attached disk' : undefined;
    }
    case 'kubernetes_stateful_set_v1':
    case 'kubernetes_stateful_set': {
      const spec = blocks(r.attributes.spec)[0];
      return spec && blocks(spec.volume_claim_template).length > 0 ? 'a StatefulSet with volume claim templates' : undefined;
    }
    case 'vsphere_virtual_disk': return 'a virtual disk';
    case 'kubernetes_persistent_volume_claim_v1':
    case 'kubernetes_persistent_volume_claim': return 'a persistent volume claim';
    default: return 'a volume';
  }
}

/** Every stateful resource is referenced by a BackupPolicy (snapshot or backup runner) in the same stack. */
export const statefulDataProtected: RuleDefinition = {
  name: 'stateful-data-protected',
  title: 'Stateful data is covered by a backup policy',
  explanation:
    'Important data must survive the loss of its only copy: every volume, shared disk, VM with data disks and persistent volume claim is covered by a ' +
    'BackupPolicy whose schedule and retention the stack itself creates. A backup label on the data proves nothing, and replicas replicate deletions.',
  fix: 'Cover the instance group, shared volume or workload with a BackupPolicy (new BackupPolicy(scope, id, { site, schedule, instanceGroups, sharedVolumes })).',
  resourceTypes: [
    'openstack_blockstorage_volume_v3', 'vsphere_virtual_machine', 'vsphere_virtual_disk',
    'kubernetes_persistent_volume_claim_v1', 'kubernetes_persistent_volume_claim', 'kubernetes_stateful_set_v1', 'kubernetes_stateful_set',
  ],
  check: (r, ctx) => {
    const what = statefulReason(r);
    if (what === undefined) return notApplicable('holds no data disk or volume claim');
    if (coveringPolicies(r, ctx).length > 0) return COMPLIANT;
    const label = resourceLabels(r)[LabelKeys.BACKUP_POLICY];
    const note = label !== undefined ? ` (its label ${LabelKeys.BACKUP_POLICY}="${label}" is not a backup)` : '';
    return nonCompliant(`${what} that no BackupPolicy covers: no snapshot or backup runner in the stack references it${note}`);
  },
};

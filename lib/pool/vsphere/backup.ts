import { Annotations, TerraformIterator } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { peer } from '../../core/private/peers';
import { BackupPlan, BackupResult } from '../private/plan';
import { VsphereSiteContext } from './context';

const peerSnapshot = () => peer<typeof import('@cdktf/provider-vsphere/lib/virtual-machine-snapshot')>('@cdktf/provider-vsphere', 'lib/virtual-machine-snapshot');

/**
 * @internal One `vsphere_virtual_machine_snapshot` per covered VM. Terraform takes it when
 * it creates the resource; provider 2.15.0 cannot create vCenter scheduled tasks, so the
 * schedule and a retention above 1 are not enforced here (warned, never dropped silently).
 */
export function buildVsphereBackup(site: VsphereSiteContext, scope: Construct, plan: BackupPlan): BackupResult {
  if (plan.sharedVolumes.length > 0) {
    throw new ValidationError(scope, 'sharedVolumes', 'vSphere cannot snapshot a multi-writer disk (nor a VM that attaches one)', 'back the shared disk up with a VADP backup product and drop it from sharedVolumes');
  }
  plan.groups.forEach((g) => {
    if (g.sharedVolumes > 0) {
      throw new ValidationError(scope, g.prop, 'its members attach a multi-writer shared disk, and vSphere cannot snapshot such VMs', 'cover the group with a VADP backup product instead, or detach the shared volume');
    }
  });
  Annotations.of(scope).addWarning(
    `${scope.node.path}: on vSphere, Terraform takes one snapshot per VM when it creates the snapshot resource; the schedule "${plan.schedule}" needs a vCenter scheduled task ` +
    '(provider 2.15.0 cannot create one) or a backup product. Snapshots are not backups: they live on the VM\'s datastore.',
  );
  if (plan.retention > 1) {
    Annotations.of(scope).addWarning(`${scope.node.path}: retention ${plan.retention} is not enforced on vSphere: Terraform manages one snapshot per VM.`);
  }
  const Snapshot = peerSnapshot().VirtualMachineSnapshot;
  const snapshots = plan.groups.map((g, i) => {
    const vms = g.instances.vsphere!.virtualMachines;
    const each = TerraformIterator.fromResources(vms);
    return new Snapshot(scope, `snapshot-${i}`, {
      provider: site.provider,
      forEach: each,
      virtualMachineUuid: each.getString('uuid'),
      snapshotName: `${plan.name}-baseline`,
      description: `BackupPolicy ${scope.node.path} (schedule ${plan.schedule}, retention ${plan.retention})`,
      memory: false,
      quiesce: true,
      removeChildren: false,
      consolidate: true,
    });
  });
  return { vsphere: { snapshots } };
}

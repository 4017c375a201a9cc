import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { block, isUnresolved, literalNumber, stringMap } from '../private/attrs';

/** Stateful data has replicas (StatefulSet >= 2) or a declared backup policy (volumes). */
export const statefulDataProtected: RuleDefinition = {
  name: 'stateful-data-protected',
  title: 'Stateful data has replicas or backups',
  explanation: 'Important data must survive the loss of one copy: replicated stateful workloads, or volumes under a declared backup policy.',
  fix: 'Run StatefulSets with replicas >= 2; give data volumes metadata "oscar.io/backup-policy" naming the backup schedule that covers them.',
  resourceTypes: ['kubernetes_stateful_set_v1', 'kubernetes_stateful_set', 'openstack_blockstorage_volume_v3'],
  check: (r) => {
    if (r.type.startsWith('kubernetes')) {
      const replicas = block(r.attributes.spec)?.replicas;
      if (isUnresolved(replicas)) return unresolved('spec.replicas');
      const n = literalNumber(replicas) ?? 1;
      return n >= 2 ? COMPLIANT : nonCompliant(`spec.replicas is ${n}; stateful data needs at least 2 replicas`);
    }
    const policy = stringMap(r.attributes.metadata)[LabelKeys.BACKUP_POLICY];
    return policy ? COMPLIANT : nonCompliant('no metadata "oscar.io/backup-policy": the volume is not covered by a declared backup');
  },
};

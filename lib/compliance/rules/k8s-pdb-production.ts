import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { REPLICATED_WORKLOAD_TYPES, block, isProduction, isUnresolved, podMetadata, stringMap } from '../private/attrs';

const PDB_TYPES = ['kubernetes_pod_disruption_budget_v1', 'kubernetes_pod_disruption_budget'];

/** Production Deployments/StatefulSets are covered by a PodDisruptionBudget. */
export const k8sPdbProduction: RuleDefinition = {
  name: 'k8s-pdb-production',
  title: 'Production workloads have a PodDisruptionBudget',
  explanation: 'Node drains and cluster upgrades evict pods voluntarily; without a PodDisruptionBudget they may evict every replica of a service at once.',
  fix: 'Add a kubernetes_pod_disruption_budget_v1 in the same namespace whose selector.match_labels match the pod template labels (e.g. min_available = 1 or max_unavailable = 1).',
  resourceTypes: REPLICATED_WORKLOAD_TYPES,
  check: (r, ctx) => {
    if (!isProduction(r, ctx.stack)) return notApplicable('not production (environment label or namespace)');
    const podLabels = stringMap(podMetadata(r)?.labels);
    const ns = block(r.attributes.metadata)?.namespace;
    const covered = PDB_TYPES.flatMap((t) => ctx.stack.ofType(t)).some((pdb) => {
      const pdbNs = block(pdb.attributes.metadata)?.namespace;
      if (!isUnresolved(ns) && !isUnresolved(pdbNs) && (ns ?? 'default') !== (pdbNs ?? 'default')) return false;
      const match = stringMap(block(block(pdb.attributes.spec)?.selector)?.match_labels);
      const keys = Object.keys(match);
      return keys.length > 0 && keys.every((k) => podLabels[k] === match[k]);
    });
    return covered ? COMPLIANT : nonCompliant('no PodDisruptionBudget selects the pod template labels');
  },
};

import { COMPLIANT, NOT_APPLICABLE, RuleDefinition, nonCompliant, unresolved } from '../model';
import { block, blocks, containerName, isUnresolved, podSpec } from '../private/attrs';

/** Long-running workload types: run-to-completion jobs and cron jobs need no liveness probe. */
const LONG_RUNNING_TYPES = [
  'kubernetes_pod_v1', 'kubernetes_pod',
  'kubernetes_deployment_v1', 'kubernetes_deployment',
  'kubernetes_stateful_set_v1', 'kubernetes_stateful_set',
  'kubernetes_daemon_set_v1', 'kubernetes_daemonset',
];

/** Every (non-init) container of a long-running workload has a liveness probe. */
export const k8sLivenessProbe: RuleDefinition = {
  name: 'k8s-liveness-probe',
  title: 'Long-running Kubernetes containers have liveness probes',
  explanation: 'Without a liveness probe the kubelet restarts a container only when its process exits: a hung or deadlocked process stays up, its pod stops serving, and the replica is lost until someone restarts it by hand.',
  fix: 'Set liveness_probe on every container (http_get on a cheap health endpoint, tcp_socket or exec), with a period and failure_threshold looser than the readiness probe\'s.',
  resourceTypes: LONG_RUNNING_TYPES,
  check: (r) => {
    const spec = podSpec(r);
    if (!spec) return NOT_APPLICABLE;
    if (isUnresolved(spec.container)) return unresolved('container');
    const missing = blocks(spec.container).filter((c) => !block(c.liveness_probe) && !isUnresolved(c.liveness_probe)).map(containerName);
    return missing.length ? nonCompliant(`container(s) ${missing.join(', ')}: no liveness_probe`) : COMPLIANT;
  },
};

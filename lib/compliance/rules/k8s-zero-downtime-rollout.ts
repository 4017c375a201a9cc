import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { block, literalNumber } from '../private/attrs';

/** Deployments roll out without reducing capacity: RollingUpdate with max_unavailable 0. */
export const k8sZeroDowntimeRollout: RuleDefinition = {
  name: 'k8s-zero-downtime-rollout',
  title: 'Deployments roll out with zero downtime',
  explanation: 'The default rolling update may take 25% of the pods down at once and Recreate takes all of them: a rollout becomes a partial outage.',
  fix: 'Set spec.strategy { type = "RollingUpdate", rolling_update { max_unavailable = "0", max_surge = "1" } } and readiness probes.',
  resourceTypes: ['kubernetes_deployment_v1', 'kubernetes_deployment'],
  check: (r) => {
    const strategy = block(block(r.attributes.spec)?.strategy);
    if (strategy?.type === 'Recreate') return nonCompliant('strategy type Recreate stops every pod before starting new ones');
    const maxUnavailable = block(strategy?.rolling_update)?.max_unavailable;
    if (maxUnavailable === undefined) return nonCompliant('rolling_update.max_unavailable is not set (the default is 25%)');
    const text = String(maxUnavailable);
    if (text.includes('${')) return unresolved('rolling_update.max_unavailable');
    return literalNumber(text.replace(/%$/, '')) === 0 ? COMPLIANT : nonCompliant(`rolling_update.max_unavailable is ${text}, not 0`);
  },
};

import { RuleDefinition } from '../model';
import { POD_WORKLOAD_TYPES, block, checkContainers, stringMap } from '../private/attrs';

/** Every container declares requests (cpu, memory) and a memory limit. */
export const k8sResourcesSet: RuleDefinition = {
  name: 'k8s-resources-set',
  title: 'Kubernetes containers set resource requests and limits',
  explanation: 'Without requests the scheduler cannot place pods safely; without a memory limit one container can exhaust the node and evict its neighbours.',
  fix: 'Set resources.requests.cpu, resources.requests.memory and resources.limits.memory (a cpu limit is optional) on every container.',
  resourceTypes: POD_WORKLOAD_TYPES,
  check: (r) =>
    checkContainers(r, (c) => {
      const res = block(c.resources);
      const requests = stringMap(res?.requests);
      const limits = stringMap(res?.limits);
      const missing = [
        ...['cpu', 'memory'].filter((k) => !requests[k]).map((k) => `requests.${k}`),
        ...(limits.memory ? [] : ['limits.memory']),
      ];
      return missing.length ? `missing resources ${missing.join(', ')}` : undefined;
    }),
};

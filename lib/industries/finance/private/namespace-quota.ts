import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ContainerResources, NamespaceQuota } from '../../../kubernetes';
import { requireResources } from '../../../kubernetes/private/resource-demand';

// Namespace quotas sized for a workload's peak (internal).

/**
 * @internal The quota of a namespace without one: the EnvironmentNamespace defaults, raised
 * where the workload's peak (plus 25 % headroom for debugging pods and jobs) needs more.
 */
export function defaultQuota(scope: Construct, prop: string, resources: ContainerResources, peakPods: number): NamespaceQuota | undefined {
  if (Object.values(resources ?? {}).some((v) => Token.isUnresolved(v)) || Token.isUnresolved(peakPods)) return undefined;
  const r = requireResources(scope, prop, resources);
  const cores = (perPod: number, min: number) => String(Math.max(min, Math.ceil(perPod * peakPods * 1.25)));
  const gib = (perPod: number, min: number) => `${Math.max(min, Math.ceil((perPod * peakPods * 1.25) / 2 ** 30))}Gi`;
  return {
    requestsCpu: cores(r.cpuRequest, 4),
    limitsCpu: cores(r.cpuLimit, 8),
    requestsMemory: gib(r.memoryRequest, 8),
    limitsMemory: gib(r.memoryLimit, 16),
    pods: Math.max(50, Math.ceil(peakPods * 1.25)),
  };
}

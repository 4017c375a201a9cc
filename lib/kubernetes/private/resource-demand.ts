import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { ContainerResources, ResourceDemand } from '../resources';
import { requireQuantity } from './quantity';

/** Validates a ContainerResources prop (present, parseable, limits >= requests) and returns it parsed. */
export function requireResources(scope: IConstruct, prop: string, resources: ContainerResources | undefined): { cpuRequest: number; cpuLimit: number; memoryRequest: number; memoryLimit: number } {
  if (!resources) {
    throw new ValidationError(scope, prop, 'is required: every container needs CPU and memory requests and limits', `pass ${prop}: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' }`);
  }
  const parsed = {
    cpuRequest: required(scope, `${prop}.cpuRequest`, resources.cpuRequest),
    cpuLimit: required(scope, `${prop}.cpuLimit`, resources.cpuLimit),
    memoryRequest: required(scope, `${prop}.memoryRequest`, resources.memoryRequest),
    memoryLimit: required(scope, `${prop}.memoryLimit`, resources.memoryLimit),
  };
  for (const kind of ['cpu', 'memory'] as const) {
    const [req, lim] = [parsed[`${kind}Request`], parsed[`${kind}Limit`]];
    if (lim < req) {
      throw new ValidationError(scope, `${prop}.${kind}Limit`, `the limit "${resources[`${kind}Limit`]}" is below the request "${resources[`${kind}Request`]}"`, `set ${kind}Limit to at least ${kind}Request`);
    }
  }
  return parsed;
}

function required(scope: IConstruct, prop: string, value: string | undefined): number {
  if (value === undefined || value === '') {
    throw new ValidationError(scope, prop, 'is required', `set ${prop}, e.g. "250m" for CPU or "256Mi" for memory`);
  }
  if (Token.isUnresolved(value)) return 0;
  return requireQuantity(scope, prop, value) ?? 0;
}

/** The demand of `pods` identical pods with the given per-pod resources and storage. */
export function demandOf(pods: number, resources: ReturnType<typeof requireResources>, storagePerPod = 0, claimsPerPod = 0): ResourceDemand {
  return {
    pods,
    cpuRequests: pods * resources.cpuRequest,
    cpuLimits: pods * resources.cpuLimit,
    memoryRequests: pods * resources.memoryRequest,
    memoryLimits: pods * resources.memoryLimit,
    storageRequests: pods * storagePerPod,
    persistentVolumeClaims: pods * claimsPerPod,
  };
}

/** Sums demands. */
export function sumDemands(demands: ResourceDemand[]): ResourceDemand {
  const total: { -readonly [K in keyof ResourceDemand]: number } = {
    pods: 0, cpuRequests: 0, cpuLimits: 0, memoryRequests: 0, memoryLimits: 0, storageRequests: 0, persistentVolumeClaims: 0,
  };
  for (const d of demands) {
    for (const k of Object.keys(total) as (keyof ResourceDemand)[]) total[k] += d[k];
  }
  return total;
}

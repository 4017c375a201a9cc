// Host pool and CPU architecture checks of an instance group (internal).
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { hostPoolsOf } from '../host-pool';
import { InstanceGroupProps } from '../instance-group-props';
import { CpuArchitecture } from '../size';
import { HostPoolResult } from './plan';

/** @internal Where a group's members may run. */
export interface HostPlacement {
  readonly hostPool?: HostPoolResult;
  /** The zones the pool imposes, when the group names none. */
  readonly defaultZones?: string[];
  /** The members' CPU architecture, when anything declares one. */
  readonly architecture?: CpuArchitecture;
}

/**
 * @internal The group's host pool and architecture: the size's, the image's and the pool's
 * architectures must agree, and the pool's zone holds every member.
 */
export function planHosts(scope: Construct, props: InstanceGroupProps): HostPlacement {
  const pool = props.hostPool;
  const declared: Array<[string, CpuArchitecture | undefined]> = [['size', props.size.architecture], ['image', props.image.architecture], ['hostPool', pool?.cpuArchitecture]];
  const known = declared.filter((d): d is [string, CpuArchitecture] => d[1] !== undefined);
  const clash = known.find((d) => d[1] !== known[0][1]);
  if (clash) {
    throw new ValidationError(scope, clash[0], `is ${clash[1]}, but the ${known[0][0]} is ${known[0][1]}`, 'give the size, the image and the host pool one CPU architecture');
  }
  if (!pool) {
    // Dual-architecture sites: an undirected member could land on hosts that cannot run it.
    scope.node.addValidation({ validate: () => mixedArchitectureErrors(scope, props) });
    return { architecture: known[0]?.[1] };
  }
  if (pool.site !== props.site) throw new ValidationError(scope, 'hostPool', `host pool ${pool.node.path} is on another site`, 'use a pool of the group\'s own site');
  if (pool.zone !== undefined && props.zones !== undefined) {
    const other = props.zones.find((z) => !Token.isUnresolved(z) && z !== pool.zone);
    if (other !== undefined) throw new ValidationError(scope, 'zones', `zone "${other}" is outside host pool ${pool.poolName} (zone "${pool.zone}")`, `use zones: ["${pool.zone}"], or leave zones unset`);
  }
  return { hostPool: pool._handle, defaultZones: pool.zone !== undefined ? [pool.zone] : undefined, architecture: known[0]?.[1] };
}

function mixedArchitectureErrors(scope: Construct, props: InstanceGroupProps): string[] {
  const archs = [...new Set(hostPoolsOf(props.site).map((p) => p.cpuArchitecture).filter((a) => a !== undefined))];
  if (archs.length < 2) return [];
  return [`[${scope.node.path}] props.hostPool: site ${props.site.node.path} has host pools of several CPU architectures (${archs.join(', ')}), so every group must say which pool its members use. Fix: set hostPool to the pool its members use.`];
}

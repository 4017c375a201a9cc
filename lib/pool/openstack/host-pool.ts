import { Construct } from 'constructs';
import { ComputeAggregateV2 } from '../../providers/openstack/compute-aggregate-v2';
import { HostPoolPlan, HostPoolResult } from '../private/plan';
import { OpenStackSiteContext } from './context';

/** @internal A host aggregate with its availability zone and metadata. */
export function buildHostPool(site: OpenStackSiteContext, scope: Construct, plan: HostPoolPlan): HostPoolResult {
  const aggregate = new ComputeAggregateV2(scope, 'aggregate', {
    provider: site.provider,
    name: plan.name,
    zone: plan.zone,
    hosts: plan.hosts,
    metadata: plan.metadata,
  });
  return { poolName: plan.name, zone: plan.zone, trusted: plan.trusted, openstack: { aggregate } };
}

/**
 * @internal The flavor extra specs that confine members to a pool (Nova's
 * AggregateInstanceExtraSpecsFilter matches them against the aggregate's metadata).
 */
export function poolExtraSpecs(pool: HostPoolResult): { [key: string]: string } {
  const specs: { [key: string]: string } = { 'aggregate_instance_extra_specs:pool': pool.poolName };
  if (pool.trusted) specs['aggregate_instance_extra_specs:trusted'] = 'true';
  return specs;
}

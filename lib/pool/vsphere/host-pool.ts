import { Annotations } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Names } from '../../core/names';
import { peer } from '../../core/private/peers';
import { HostPoolPlan, HostPoolResult } from '../private/plan';
import { VsphereSiteContext } from './context';

const peerDataHost = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-host')>('@cdktf/provider-vsphere', 'lib/data-vsphere-host');
const peerHostGroup = () => peer<typeof import('@cdktf/provider-vsphere/lib/compute-cluster-host-group')>('@cdktf/provider-vsphere', 'lib/compute-cluster-host-group');

/** vSphere HA/DRS clusters hold at most this many hosts (digest G8). */
const MAX_CLUSTER_HOSTS = 128;

// Hosts declared per site and cluster, for the G8 guard.
const CLUSTER_HOSTS = new WeakMap<IConstruct, Map<string, number>>();

/** @internal A cluster host group of the pool's hosts (looked up by name). */
export function buildHostPool(site: VsphereSiteContext, scope: Construct, plan: HostPoolPlan): HostPoolResult {
  if (plan.zone === undefined) {
    throw new ValidationError(scope, 'zone', 'a vSphere host pool is a host group of one compute cluster, and no cluster is named', `set zone to the hosts' cluster (one of ${site.availabilityZones.join(', ')})`);
  }
  const counts = CLUSTER_HOSTS.get(site) ?? new Map<string, number>();
  CLUSTER_HOSTS.set(site, counts);
  const total = (counts.get(plan.zone) ?? 0) + plan.hosts.length;
  if (total > MAX_CLUSTER_HOSTS) {
    throw new ValidationError(scope, 'hosts', `cluster "${plan.zone}" would hold ${total} hosts in its pools; a vSphere HA/DRS cluster holds at most ${MAX_CLUSTER_HOSTS} (digest G8)`, 'split the hosts over several clusters (one pool per cluster)');
  }
  counts.set(plan.zone, total);
  if (plan.customMetadata) {
    Annotations.of(scope).addWarning(`${scope.node.path}: metadata is aggregate metadata (OpenStack); vSphere host groups carry none, so it is not applied`);
  }
  const hostSystemIds = plan.hosts.map((h) => new (peerDataHost().DataVsphereHost)(scope, `host-${Names.toDnsLabel(h)}`, { provider: site.provider, name: h, datacenterId: site.datacenter.id }).id);
  const hostGroup = new (peerHostGroup().ComputeClusterHostGroup)(scope, 'host-group', {
    provider: site.provider,
    name: plan.name,
    computeClusterId: site.cluster(plan.zone).id,
    hostSystemIds,
  });
  return { poolName: plan.name, zone: plan.zone, trusted: plan.trusted, vsphere: { hostGroup } };
}

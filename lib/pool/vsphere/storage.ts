import { Construct } from 'constructs';
import { peer } from '../../core/private/peers';
import { StorageTierPlan, StorageTierResult } from '../private/plan';
import { VsphereSiteContext } from './context';

const peerDataDatastoreCluster = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-datastore-cluster')>('@cdktf/provider-vsphere', 'lib/data-vsphere-datastore-cluster');
const peerDataStoragePolicy = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-storage-policy')>('@cdktf/provider-vsphere', 'lib/data-vsphere-storage-policy');
const peerVmStoragePolicy = () => peer<typeof import('@cdktf/provider-vsphere/lib/vm-storage-policy')>('@cdktf/provider-vsphere', 'lib/vm-storage-policy');

/**
 * @internal A tier on vSphere: a datastore (checked against the site's) or a datastore
 * cluster, and a storage policy (looked up, or created from tag rules). Only the policy is
 * created: datastores are the operator's.
 */
export function buildStorageTier(site: VsphereSiteContext, scope: Construct, plan: StorageTierPlan): StorageTierResult {
  const provider = site.provider;
  if (plan.datastore !== undefined) site.datastore(plan.datastore); // errors for a datastore the site does not declare
  const datastoreCluster = plan.datastoreCluster === undefined ? undefined
    : new (peerDataDatastoreCluster().DataVsphereDatastoreCluster)(scope, 'datastore-cluster', { provider, name: plan.datastoreCluster, datacenterId: site.datacenter.id });
  const storagePolicyLookup = plan.storagePolicy === undefined ? undefined
    : new (peerDataStoragePolicy().DataVsphereStoragePolicy)(scope, 'storage-policy', { provider, name: plan.storagePolicy });
  const storagePolicy = plan.storagePolicyTags === undefined ? undefined
    : new (peerVmStoragePolicy().VmStoragePolicy)(scope, 'vm-storage-policy', {
      provider,
      name: plan.name,
      description: `storage tier ${plan.name} (oscar-blueprints)`,
      tagRules: plan.storagePolicyTags.map((r) => ({ tagCategory: r.category, tags: r.tags, includeDatastoresWithTags: true })),
    });
  return {
    multiattach: plan.multiattach,
    datastore: plan.datastore,
    datastoreClusterId: datastoreCluster?.id,
    storagePolicyId: storagePolicy?.id ?? storagePolicyLookup?.id,
    ioLimit: plan.qos?.totalIopsSec,
    vsphere: { storagePolicy, storagePolicyLookup, datastoreCluster },
  };
}

import type { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import type { DataVsphereDatacenter } from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import type { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import type { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import type { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { Construct } from 'constructs';


/**
 * @internal What the vSphere driver needs of its site. A structural type, so the
 * driver never imports the site class (which imports the driver).
 */
export interface VsphereSiteContext extends Construct {
  readonly provider: VsphereProvider;
  readonly datacenter: DataVsphereDatacenter;
  readonly distributedSwitch: DataVsphereDistributedVirtualSwitch;
  readonly folder?: string;
  readonly availabilityZones: string[];
  cluster(zone: string): DataVsphereComputeCluster;
  datastore(name?: string): DataVsphereDatastore;
  datastoresOf(zone: string): string[];
}

// Issue 18 (items 3 and 4): stacks of blocks no example uses on that target, so that
// `terraform validate` checks what they synthesize against the exact provider schemas.
import { PersistentVolumeClaimV1 } from '@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { BackupPolicy, Image, InstanceExport, InstanceGroup, KubernetesCluster, Network, Schedule, Segmentation, Size, VlanPool, VsphereSite } from '../../lib';

export const LIFECYCLE_STACKS = ['lifecycle-vsphere', 'lifecycle-kubernetes'];

export function addLifecycleStacks(scope: Construct): void {
  const vs = new TerraformStack(scope, 'lifecycle-vsphere');
  const password = new TerraformVariable(vs, 'vsphere_password', { type: 'string', sensitive: true });
  const site = new VsphereSite(vs, 'dc1', {
    datacenter: 'dc1', clusters: ['cluster-a'], datastores: ['vsan-a'], distributedSwitch: 'dvs',
    providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
  });
  const net = new Network(vs, 'net', { site, cidr: '10.0.0.0/16', segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 109) }), subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
  const app = new InstanceGroup(vs, 'app', { site, name: 'app', count: 2, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'), networks: [{ network: net }], volumes: [{ name: 'data', sizeGiB: 10 }] });
  new BackupPolicy(vs, 'backup', { site, schedule: Schedule.daily(2), retention: 1, instanceGroups: [app] });
  new InstanceExport(vs, 'golden', { group: app, member: 'app-001' });

  const k8s = new TerraformStack(scope, 'lifecycle-kubernetes');
  new KubernetesProvider(k8s, 'kubernetes', {});
  const pvc = new PersistentVolumeClaimV1(k8s, 'pvc', { metadata: { name: 'pg-data', namespace: 'db' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } });
  new BackupPolicy(k8s, 'backup', {
    cluster: KubernetesCluster.DEFAULT, namespace: 'db', schedule: Schedule.daily(3), retention: 7, persistentVolumeClaims: [pvc.metadata.name],
    snapshotDriver: 'cinder.csi.openstack.org', snapshotImage: 'registry.example.com/kubectl:1.34.4',
  });
}

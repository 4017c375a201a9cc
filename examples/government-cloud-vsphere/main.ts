// Government cloud on a vSphere estate, under the same northbound API as the OpenStack
// example (Jiaxing: "heterogeneous pools, including VMware"): departments as resource
// pools with memory limits, the seven network zones as hardened VLAN port groups, the
// partitions as compute clusters, and the same scale guards, quota checks, region
// allow-list and encrypted-volume rules. vSphere without NSX has no routers, security
// groups or FWaaS: the Internet/extranet edges and zone firewalls are physical, and
// synth says so in warnings. Copy this file into any cdktf TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { GovernmentCloud, GovernmentZone, Image, Labels, Size, VlanPool, VsphereSite } from 'oscar-blueprints';

export class GovernmentCloudVsphereStack extends TerraformStack {
  public readonly cloud: GovernmentCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'government-cloud-vsphere');
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const site = new VsphereSite(this, 'jiaxing', {
      datacenter: 'jiaxing-dc1',
      clusters: ['cloud-a', 'cloud-b', 'dmz', 'mgmt', 'test'],
      datastores: ['vsan-gov'],
      distributedSwitch: 'dvs-gov',
      folder: 'gov',
      providerConfig: { vsphereServer: 'vcenter.jiaxing.example.gov.cn', user: 'terraform@vsphere.local', password: password.stringValue },
    });

    this.cloud = new GovernmentCloud(this, 'gov', {
      site,
      region: 'cn-east-1',
      allowedRegions: ['cn-east-1'],
      vlanPool: VlanPool.range(2100, 2199),
      zones: { management: { vlanId: 2100 } },
      partitionZones: { cloudResource: ['cloud-a', 'cloud-b'], dmz: ['dmz'], management: ['mgmt'], test: ['test'] },
      departments: [
        {
          name: 'civil-affairs',
          quota: { vcpus: 16, memoryGiB: 64, instances: 4 },
          workloads: [
            { name: 'records', zone: GovernmentZone.CORE, size: Size.of(4, 16, 60), image: Image.fromName('kylin-v10-template'), volumes: [{ name: 'data', sizeGiB: 200 }] },
          ],
        },
        {
          name: 'it-centre',
          quota: { vcpus: 8, memoryGiB: 32, instances: 2 },
          workloads: [
            { name: 'audit-log', zone: GovernmentZone.MANAGEMENT, size: Size.of(4, 16, 60), image: Image.fromName('kylin-v10-template'), labels: { 'oscar.io/tier': 'audit' } },
          ],
        },
      ],
    });
  }
}

if (require.main === module) {
  const app = new App();
  new GovernmentCloudVsphereStack(app, 'government-cloud-vsphere');
  app.synth();
}

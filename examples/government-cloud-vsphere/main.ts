// Government cloud on a vSphere estate, under the same northbound API as the OpenStack
// example (Jiaxing: "heterogeneous pools, including VMware"): departments as resource
// pools with memory limits, the seven network zones as hardened VLAN port groups, the
// partitions as compute clusters, and the same scale guards, quota checks, region
// allow-list and encrypted-volume rules. vSphere without NSX has no routers, security
// groups or FWaaS: the Internet/extranet edges and zone firewalls are physical, and
// synth says so in warnings. Site names come from cdktf context or OSCAR_* variables
// (keys: examples/README.md). Copy this file and ../lib/env.ts into any cdktf
// TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { GovernmentCloud, GovernmentZone, Image, Labels, Size, VlanPool, VsphereSite } from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class GovernmentCloudVsphereStack extends TerraformStack {
  public readonly cloud: GovernmentCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'government-cloud-vsphere');
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const env = (key: string, fallback: string) => envName(this, `governmentCloudVsphere.${key}`, fallback);
    const list = (key: string, fallback: string[]) => envNames(this, `governmentCloudVsphere.${key}`, fallback);
    // The partitions are compute clusters; the site has them all, in this order.
    const partitionZones = {
      cloudResource: list('cloudResourceClusters', ['cloud-a', 'cloud-b']),
      dmz: list('dmzClusters', ['dmz']),
      management: list('managementClusters', ['mgmt']),
      test: list('testClusters', ['test']),
    };
    const kylin = Image.fromName(env('template', 'kylin-v10-template'));
    const site = new VsphereSite(this, 'jiaxing', {
      datacenter: env('datacenter', 'jiaxing-dc1'),
      clusters: [...partitionZones.cloudResource, ...partitionZones.dmz, ...partitionZones.management, ...partitionZones.test],
      datastores: list('datastores', ['vsan-gov']),
      distributedSwitch: env('switch', 'dvs-gov'),
      folder: env('folder', 'gov'),
      providerConfig: { vsphereServer: 'vcenter.jiaxing.example.gov.cn', user: 'terraform@vsphere.local', password: password.stringValue },
    });

    this.cloud = new GovernmentCloud(this, 'gov', {
      site,
      region: 'cn-east-1',
      allowedRegions: ['cn-east-1'],
      vlanPool: VlanPool.range(2100, 2199),
      zones: { management: { vlanId: 2100 } },
      partitionZones,
      departments: [
        {
          name: 'civil-affairs',
          quota: { vcpus: 16, memoryGiB: 64, instances: 4 },
          workloads: [
            { name: 'records', zone: GovernmentZone.CORE, size: Size.of(4, 16, 60), image: kylin, volumes: [{ name: 'data', sizeGiB: 200 }] },
          ],
        },
        {
          name: 'it-centre',
          quota: { vcpus: 8, memoryGiB: 32, instances: 2 },
          workloads: [
            { name: 'audit-log', zone: GovernmentZone.MANAGEMENT, size: Size.of(4, 16, 60), image: kylin, labels: { 'oscar.io/tier': 'audit' } },
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

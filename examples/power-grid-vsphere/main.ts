// The same power cloud on a VMware estate (State Grid Jiangsu runs KVM and VMware under one
// OpenStack northbound API, P8): the infrastructure planes and tenant networks as hardened
// VLAN port groups, the workloads as VMs in two clusters, a DMZ and a security zone in the
// management information region. vSphere without NSX has no routers, floating IPs,
// security groups or PaaS: the DMZ is published by NAT on the physical edge firewall, and
// synth says so in warnings. Site names come from cdktf context or OSCAR_* variables
// (keys: examples/README.md). Copy this file and ../lib/env.ts into any cdktf TypeScript
// project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance,
  Image,
  Labels,
  PowerGridCloud,
  PowerGridRegion,
  PowerGridZone,
  PowerSizes,
  PowerWorkloadRole,
  VlanPool,
  VsphereSite,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class PowerGridVsphereStack extends TerraformStack {
  public readonly cloud: PowerGridCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'power-grid-vsphere');
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const env = (key: string, fallback: string) => envName(this, `powerGridVsphere.${key}`, fallback);
    const site = new VsphereSite(this, 'jiangsu-vmware', {
      datacenter: env('datacenter', 'sgcc-js-dc1'),
      clusters: envNames(this, 'powerGridVsphere.clusters', ['biz-a', 'biz-b']),
      datastores: envNames(this, 'powerGridVsphere.datastores', ['san-gold']),
      distributedSwitch: env('switch', 'dvs-grid'),
      folder: env('folder', 'grid'),
      providerConfig: { vsphereServer: 'vcenter.sgcc-js.example.cn', user: 'terraform@vsphere.local', password: password.stringValue },
    });
    const linux = Image.fromName(env('linuxTemplate', 'centos-7-template'));
    const windows = Image.fromName(env('windowsTemplate', 'windows-2019-template'));

    this.cloud = new PowerGridCloud(this, 'grid', {
      site,
      region: PowerGridRegion.MANAGEMENT_INFORMATION,
      infrastructureVlans: VlanPool.range(100, 199),
      tenantVlans: VlanPool.range(1000, 1099),
      planes: { ipmi: { vlanId: 100 }, adminPxe: { vlanId: 101 }, management: { vlanId: 102 }, storage: { vlanId: 103 } },
      tenants: [
        {
          name: 'dmz-portal', zone: PowerGridZone.IV, cidr: '10.60.0.0/24', vlanId: 1000,
          workloads: [{ name: 'web', size: PowerSizes.application(), image: linux, publicPorts: [443] }],
        },
        {
          name: 'analysis', zone: PowerGridZone.III, cidr: '10.60.16.0/20', vlanId: 1016,
          workloads: [
            { name: 'app', size: PowerSizes.application(), image: linux, ports: [8080] },
            { name: 'sqlserver', role: PowerWorkloadRole.DATABASE, size: PowerSizes.database(), image: windows, ports: [1433], volumes: [{ name: 'data', sizeGiB: 500 }] },
          ],
        },
      ],
    });

    Compliance.of(this).enable(Compliance.SECURITY_BASELINE, Compliance.POWER_GRID);
  }
}

if (require.main === module) {
  const app = new App();
  new PowerGridVsphereStack(app, 'power-grid-vsphere');
  app.synth();
}

// Telecom HA platform on vSphere: the same planes and N+1 tiers as the OpenStack
// example, as VLAN port groups on the distributed switch and VMs under mandatory DRS
// anti-affinity rules, spread over two clusters (the site's zones). vSphere has no
// Octavia, SR-IOV or security groups without NSX: front the SBCs with the physical
// load balancer and enforce the zones at the firewall. Site names come from cdktf
// context or OSCAR_* variables (keys: examples/README.md). Copy this file and
// ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance,
  Image,
  Port,
  Size,
  TelecomHaPlatform,
  TelecomPlaneRole,
  VlanPool,
  VsphereSite,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class TelecomHaVsphereStack extends TerraformStack {
  public readonly platform: TelecomHaPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const env = (key: string, fallback: string) => envName(this, `telecomHaVsphere.${key}`, fallback);
    const site = new VsphereSite(this, 'vc', {
      datacenter: env('datacenter', 'dc1'),
      clusters: envNames(this, 'telecomHaVsphere.clusters', ['cluster-a', 'cluster-b']),
      datastores: envNames(this, 'telecomHaVsphere.datastores', ['vsan-a']),
      distributedSwitch: env('switch', 'dvs-telco'),
      providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
    });

    this.platform = new TelecomHaPlatform(this, 'ims', {
      site,
      managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'uplink-mgmt' }),
      businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'uplink-biz' }),
      planes: [
        { name: 'oam', role: TelecomPlaneRole.MANAGEMENT, cidr: '10.10.0.0/24', vlanId: 110, gatewayIp: '10.10.0.1' },
        { name: 'sig', role: TelecomPlaneRole.SIGNALING, cidr: '10.20.0.0/24', vlanId: 2010, gatewayIp: '10.20.0.1' },
        { name: 'media', role: TelecomPlaneRole.MEDIA, cidr: '10.30.0.0/22', vlanId: 2020, qos: { maxKbps: 2_000_000 } },
        { name: 'storage', role: TelecomPlaneRole.STORAGE, cidr: '10.40.0.0/24', vlanId: 2030 },
      ],
      tiers: [
        {
          name: 'sbc',
          capacity: 3, // 6 members: 3 per cluster (3 survive losing a cluster), under a mandatory DRS rule in each
          size: Size.of(8, 16, 40).withDataPlane(), // high latency sensitivity, full memory reservation
          image: Image.fromName(env('sbcTemplate', 'sbc-5.2-template')),
          planes: ['oam', 'sig', 'media'],
          ingress: [{ port: Port.udp(5060), fromPlane: 'sig' }],
        },
        { name: 'app', capacity: 3, size: Size.of(4, 8, 40), image: Image.fromName(env('appTemplate', 'ims-app-3.1-template')), planes: ['oam', 'sig', 'storage'] },
        { name: 'db', capacity: 1, size: Size.of(8, 32, 40), image: Image.fromName(env('dbTemplate', 'ims-db-2.4-template')), planes: ['oam', 'storage'], volumes: [{ name: 'data', sizeGiB: 200 }] },
      ],
      quota: {},
    });

    Compliance.of(this).enable(Compliance.TELECOM_HA, Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new TelecomHaVsphereStack(app, 'telecom-ha-vsphere');
  app.synth();
}

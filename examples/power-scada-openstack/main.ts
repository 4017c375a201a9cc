// A smart-grid SCADA cloud on OpenStack, after ZTE's "company D" case: the production
// control region (zones I and II) on its own site, with the tenant networks on a dedicated
// physical network apart from the infrastructure planes, no router and no floating IP
// (dedicated network), real-time SCADA front-ends in zone I and the history database and
// metering in zone II. The management information systems (zones III/IV) are a second
// PowerGridCloud on another site (see power-grid-openstack). POWER_GRID and the security
// baseline run at synth. Site names come from cdktf context or OSCAR_* variables (keys:
// examples/README.md). Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance,
  Image,
  Labels,
  OpenStackSite,
  PowerGridCloud,
  PowerGridRegion,
  PowerGridZone,
  PowerSizes,
  PowerWorkloadRole,
  Size,
  VlanPool,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class PowerScadaOpenStackStack extends TerraformStack {
  public readonly cloud: PowerGridCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'power-scada-openstack');
    const env = (key: string, fallback: string) => envName(this, `powerScadaOpenstack.${key}`, fallback);
    const site = new OpenStackSite(this, 'company-d', {
      region: env('region', 'cn-east-d1'),
      availabilityZones: envNames(this, 'powerScadaOpenstack.zones', ['az1', 'az2']),
    });
    const image = Image.fromName(env('image', 'kylin-v10-sp3'));

    this.cloud = new PowerGridCloud(this, 'scada', {
      site,
      region: PowerGridRegion.PRODUCTION_CONTROL,
      infrastructureVlans: VlanPool.range(100, 199, { physicalNetwork: 'physnet-infra' }),
      tenantVlans: VlanPool.range(3000, 3099, { physicalNetwork: 'physnet-prod' }),
      planes: { ipmi: { vlanId: 100 }, adminPxe: { vlanId: 101 }, management: { vlanId: 102 }, storage: { vlanId: 103 } },
      cephVolumeType: env('cephVolumeType', 'ceph-rbd'),
      commercialVolumeType: env('commercialVolumeType', 'commercial-san'),
      tenants: [
        {
          name: 'realtime', zone: PowerGridZone.I, cidr: '10.1.0.0/24', vlanId: 3001,
          workloads: [{ name: 'frontend', size: Size.of(8, 16), image, count: 4, ports: [2404] }], // IEC 60870-5-104
        },
        {
          name: 'history', zone: PowerGridZone.II, cidr: '10.2.0.0/24', vlanId: 3002,
          workloads: [
            { name: 'historian', role: PowerWorkloadRole.DATABASE, size: PowerSizes.largeDatabase(), image, ports: [5432], volumes: [{ name: 'data', sizeGiB: 2000 }] },
            { name: 'metering', size: PowerSizes.application(), image, ports: [8443] },
          ],
        },
      ],
    });

    Compliance.of(this).enable(Compliance.SECURITY_BASELINE, Compliance.POWER_GRID);
  }
}

if (require.main === module) {
  const app = new App();
  new PowerScadaOpenStackStack(app, 'power-scada-openstack');
  app.synth();
}

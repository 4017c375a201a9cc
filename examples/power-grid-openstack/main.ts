// A power company's private cloud on OpenStack, after State Grid Jiangsu (Mirantis
// OpenStack, built in the external-network DMZ and security zone): the six planes (IPMI,
// Admin/PXE, management and storage as unrouted VLANs, Admin/PXE without Neutron DHCP;
// an isolated private network per tenant; the public network for floating IPs), a DMZ
// portal with floating IPs, a security zone with Windows (SQL Server) and Linux (Oracle)
// databases on database-sized flavors, boot from Ceph volumes, Ceph and commercial-array
// volume tiers, and PaaS: a Trove database and private Swift containers. The power-grid
// zoning pack (POWER_GRID) and the security baseline run at synth.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
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
  PowerOsFamily,
  PowerSizes,
  PowerWorkloadRole,
  VlanPool,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class PowerGridOpenStackStack extends TerraformStack {
  public readonly cloud: PowerGridCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'power-grid-openstack');
    const env = (key: string, fallback: string) => envName(this, `powerGridOpenstack.${key}`, fallback);
    const site = new OpenStackSite(this, 'jiangsu', {
      region: env('region', 'cn-east-js1'),
      availabilityZones: envNames(this, 'powerGridOpenstack.zones', ['az1', 'az2']),
      externalNetwork: env('publicNetwork', 'public'),
    });
    // Image sources from configuration, never an Internet download at apply time: by
    // default existing Glance images by name; with the key imageMirror (the operator's
    // mirror, e.g. https://mirror.internal/images), Windows and Linux images imported as
    // private, protected images with their os_type (P9).
    const mirror = envName(this, 'powerGridOpenstack.imageMirror');
    const windows = mirror !== undefined ? { imageTemplate: 'windows-2019' } : { image: Image.fromName(env('windowsImage', 'windows-server-2019')) };
    const linux = mirror !== undefined ? { imageTemplate: 'centos-7' } : { image: Image.fromName(env('linuxImage', 'centos-7')) };

    this.cloud = new PowerGridCloud(this, 'grid', {
      site,
      region: PowerGridRegion.MANAGEMENT_INFORMATION,
      infrastructureVlans: VlanPool.range(100, 199, { physicalNetwork: 'physnet-infra' }),
      planes: { adminPxe: { vlanId: 101 }, management: { vlanId: 102 }, storage: { vlanId: 103 }, ipmi: { vlanId: 100 } },
      cephVolumeType: env('cephVolumeType', 'ceph-rbd'),
      commercialVolumeType: env('commercialVolumeType', 'commercial-san'),
      images: mirror === undefined ? undefined : [
        { name: 'windows-2019', url: `${mirror}/windows-server-2019.qcow2`, osFamily: PowerOsFamily.WINDOWS, minDiskGiB: 60 },
        { name: 'centos-7', url: `${mirror}/centos-7.qcow2`, osFamily: PowerOsFamily.LINUX, minDiskGiB: 20 },
      ],
      adminCidrs: ['10.60.255.0/28'],
      tenants: [
        {
          name: 'dmz-portal', zone: PowerGridZone.IV, cidr: '10.60.0.0/24',
          workloads: [
            { name: 'web', size: PowerSizes.application(), ...linux, publicPorts: [443], floatingIp: true },
          ],
        },
        {
          name: 'analysis', zone: PowerGridZone.III, cidr: '10.60.16.0/20',
          workloads: [
            { name: 'app', size: PowerSizes.application(), ...linux, count: 3, ports: [8080] },
            {
              name: 'sqlserver', role: PowerWorkloadRole.DATABASE, size: PowerSizes.database(), ...windows,
              bootVolumeGiB: 80, ports: [1433], volumes: [{ name: 'data', sizeGiB: 500 }],
            },
            {
              name: 'oracle', role: PowerWorkloadRole.DATABASE, size: PowerSizes.largeDatabase(), image: Image.fromName(env('oracleImage', 'oracle-linux-7')),
              ports: [1521], volumes: [{ name: 'data', sizeGiB: 1000 }],
            },
          ],
        },
      ],
      paas: {
        databases: [{ name: 'warning', tenant: 'analysis', datastoreType: 'mysql', datastoreVersion: '8.0', flavorId: env('troveFlavorId', 'db.medium'), volumeSizeGiB: 100, databases: ['peak_load'] }],
        objectContainers: ['grid-reports', 'meter-archive'],
      },
    });

    // The source stresses MLPS but gives no level: enable Compliance.MLPS_LEVEL3 (with
    // an audit tier and backups) where the operator's classification requires it.
    Compliance.of(this).enable(Compliance.SECURITY_BASELINE, Compliance.POWER_GRID);
  }
}

if (require.main === module) {
  const app = new App();
  new PowerGridOpenStackStack(app, 'power-grid-openstack');
  app.synth();
}

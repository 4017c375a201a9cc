// A manufacturer's private cloud on OpenStack, after Lenovo's (EasyStack): five planes
// (PXE, management and storage as unrouted VLANs, the tenants' private networks, the
// external network), a tenant VDC per business unit whose network is shared only with
// allow-listed tenants, the corporate website as a three-tier web/app/DB application
// published only through the tenant's router and a load balancer with a bandwidth-limited
// floating IP, one volume type per Ceph media pool, VM-HA on the replicated tiers, S3
// object storage (Swift + EC2 credentials) and host aggregates per node role. The security
// baseline runs at synth, with its floating-IP bandwidth rule (M3) raised to an error.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance,
  Image,
  Labels,
  ManufacturingCloud,
  ManufacturingNodeRole,
  OpenStackSite,
  Size,
  VlanPool,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class ManufacturingOpenStackStack extends TerraformStack {
  public readonly cloud: ManufacturingCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'manufacturing-openstack');
    const env = (key: string, fallback: string) => envName(this, `manufacturingOpenstack.${key}`, fallback);
    const hosts = (key: string, fallback: string[]) => envNames(this, `manufacturingOpenstack.${key}`, fallback);
    const site = new OpenStackSite(this, 'beijing', {
      region: env('region', 'cn-north-bj1'),
      availabilityZones: envNames(this, 'manufacturingOpenstack.zones', ['az1', 'az2']),
      externalNetwork: env('externalNetwork', 'external'),
    });
    const linux = Image.fromName(env('image', 'centos-7'));

    this.cloud = new ManufacturingCloud(this, 'lenovo', {
      site,
      infrastructureVlans: VlanPool.range(200, 299, { physicalNetwork: 'physnet-infra' }),
      planes: { pxe: { vlanId: 200 }, management: { vlanId: 201 }, storage: { vlanId: 202 } },
      mediaPools: [
        { name: 'ssd', backendName: env('ssdBackend', 'ceph-ssd') },
        { name: 'hdd', backendName: env('hddBackend', 'ceph-hdd'), qos: { totalIopsSec: 2000 } },
      ],
      // Phase 1: 60 servers of the Server SAN (compute, storage, and both).
      hostPools: [
        { role: ManufacturingNodeRole.COMPUTE, hosts: hosts('computeHosts', ['cmp-01', 'cmp-02', 'cmp-03', 'cmp-04']) },
        { role: ManufacturingNodeRole.STORAGE, hosts: hosts('storageHosts', ['osd-01', 'osd-02', 'osd-03']) },
        { role: ManufacturingNodeRole.CONVERGED, hosts: hosts('convergedHosts', ['hci-01', 'hci-02']) },
      ],
      floatingIpMaxKbps: 200_000,
      adminCidrs: ['10.80.255.0/28'],
      tenants: [
        {
          name: 'ecommerce', cidr: '10.80.0.0/22',
          // Customer service attaches the e-commerce network: one RBAC entry, for its project only.
          shareNetworkWith: ['service'],
          quota: { vcpus: 64, memoryGiB: 256, instances: 20, volumes: 40, storageGiB: 4000 },
          application: {
            web: { size: Size.of(2, 4), image: linux, port: 8443 },
            app: { size: Size.of(4, 8), image: linux, port: 8080, count: 3 },
            db: { size: Size.of(8, 32), image: linux, port: 5432, volumes: [{ name: 'data', sizeGiB: 500 }] },
          },
          objectContainers: ['product-media', 'order-archive'],
        },
        { name: 'service', cidr: '10.80.8.0/22', quota: { vcpus: 16, memoryGiB: 64, instances: 8 } },
      ],
    });

    // M3: every floating IP has a bandwidth limit; SEC-12 is a warning in the baseline and
    // an error here.
    Compliance.of(this).enable(Compliance.SECURITY_BASELINE.withOptions({ failOnWarning: true }));
  }
}

if (require.main === module) {
  const app = new App();
  new ManufacturingOpenStackStack(app, 'manufacturing-openstack');
  app.synth();
}

// One topology, written once against the target-neutral site interface, synthesized
// for both OpenStack and vSphere: a VLAN network with two subnets, a web security
// zone, a QoS policy, and a 3-member web tier under hard anti-affinity with static
// MACs and IPs, a data volume per member and one shared (multi-attach) volume.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Image,
  InstanceGroup,
  ISite,
  Labels,
  MacPool,
  Network,
  OpenStackSite,
  Peer,
  Port,
  QosPolicy,
  Quota,
  SecurityGroup,
  Segmentation,
  SharedVolume,
  Size,
  VlanPool,
  VsphereSite,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

/** The topology: nothing in here knows which platform it runs on (the image is the site's name for it). */
export function buildTopology(scope: Construct, site: ISite, image: string): InstanceGroup {
  const vlans = VlanPool.range(1000, 1099, { physicalNetwork: 'physnet1' });
  const macs = MacPool.fromPrefix('fa:16:3e:40:00');

  const qos = new QosPolicy(scope, 'app-qos', { site, maxKbps: 1_000_000, maxBurstKbps: 100_000 });
  const app = new Network(scope, 'app', {
    site,
    routerGateway: site.capabilities.routers, // an own router with an external gateway where the target has routers
    qosPolicy: qos,
    cidr: '10.40.0.0/16',
    subnets: [
      // The pool starts above the web tier's fixed addresses (.11-.13), so no other port can take them first.
      { name: 'web', cidr: '10.40.1.0/24', gatewayIp: '10.40.1.1', allocationPools: [{ start: '10.40.1.20', end: '10.40.1.250' }] },
      { name: 'data', cidr: '10.40.2.0/24', gatewayIp: '10.40.2.1' },
    ],
    segmentation: Segmentation.vlan({ pool: vlans, vlanId: 1040 }),
  });

  const web = new SecurityGroup(scope, 'web', { site, description: 'public web tier' });
  web.allowIngress(Peer.anyIpv4(), Port.tcp(443));
  web.allowIngress(Peer.cidr('10.0.0.0/24'), Port.tcp(22)); // management network only
  web.allowEgress(Peer.cidr('10.40.2.0/24'), Port.tcp(5432));

  return new InstanceGroup(scope, 'web-tier', {
    site,
    name: 'web',
    count: 3,
    size: Size.of(2, 4, 40),
    image: Image.fromName(image),
    networks: [{ network: app, subnet: 'web', securityGroups: [web], macPool: macs, fixedIps: ['10.40.1.11', '10.40.1.12', '10.40.1.13'] }],
    userData: '#cloud-config\npackage_update: true\n',
    volumes: [{ name: 'data', sizeGiB: 100 }],
    // Members span every zone: this cloud allows cross-zone attach (Nova cross_az_attach;
    // on vSphere, a datastore every cluster mounts).
    sharedVolumes: [new SharedVolume(scope, 'assets', { site, sizeGiB: 500, crossZoneAttach: true })],
  });
}

export class PoolMatrixOpenStackStack extends TerraformStack {
  public readonly webTier: InstanceGroup;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'pool-matrix');
    const env = (key: string, fallback: string) => envName(this, `poolMatrixOpenstack.${key}`, fallback);
    const site = new OpenStackSite(this, 'dc1', {
      region: env('region', 'RegionOne'),
      availabilityZones: envNames(this, 'poolMatrixOpenstack.availabilityZones', ['az1', 'az2', 'az3']),
      externalNetwork: env('externalNetwork', 'public'),
    });
    this.webTier = buildTopology(this, site, env('image', 'ubuntu-24.04'));
    const project = new TerraformVariable(this, 'project_id', { type: 'string', description: 'OpenStack project (tenant) ID' });
    new Quota(this, 'quota', { site, projectId: project.stringValue, vcpus: 32, memoryGiB: 64, instances: 10, volumes: 20, storageGiB: 2000, networks: 4, floatingIps: 2 });
  }
}

export class PoolMatrixVsphereStack extends TerraformStack {
  public readonly webTier: InstanceGroup;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'pool-matrix');
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const env = (key: string, fallback: string) => envName(this, `poolMatrixVsphere.${key}`, fallback);
    const site = new VsphereSite(this, 'dc1', {
      datacenter: env('datacenter', 'dc1'),
      clusters: envNames(this, 'poolMatrixVsphere.clusters', ['cluster-a', 'cluster-b']),
      datastores: envNames(this, 'poolMatrixVsphere.datastores', ['vsan-a']),
      distributedSwitch: env('switch', 'dvs-prod'),
      folder: env('folder', 'oscar/web'),
      providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
    });
    this.webTier = buildTopology(this, site, env('template', 'ubuntu-24.04'));
    new Quota(this, 'quota', { site, memoryGiB: 64, memoryReservationGiB: 16, cpuLimitMhz: 40_000 });
  }
}

if (require.main === module) {
  const app = new App();
  new PoolMatrixOpenStackStack(app, 'pool-matrix-openstack');
  new PoolMatrixVsphereStack(app, 'pool-matrix-vsphere');
  app.synth();
}

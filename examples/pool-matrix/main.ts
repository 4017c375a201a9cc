// One topology, written once against the target-neutral site interface, synthesized
// for both OpenStack and vSphere: a VLAN network with two subnets, a web security
// zone, and a 3-member web tier under hard anti-affinity with static MACs.
// Copy this file into any cdktf TypeScript project.
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
  SecurityZone,
  Segmentation,
  Size,
  VlanPool,
  VsphereSite,
} from 'oscar-blueprints';

/** The topology: nothing in here knows which platform it runs on. */
export function buildTopology(scope: Construct, site: ISite): InstanceGroup {
  const vlans = VlanPool.range(1000, 1099, { physicalNetwork: 'physnet1' });
  const macs = MacPool.fromPrefix('fa:16:3e:40:00');

  const app = new Network(scope, 'app', {
    site,
    cidr: '10.40.0.0/16',
    subnets: [
      { name: 'web', cidr: '10.40.1.0/24', gatewayIp: '10.40.1.1', allocationPools: [{ start: '10.40.1.10', end: '10.40.1.250' }] },
      { name: 'data', cidr: '10.40.2.0/24', gatewayIp: '10.40.2.1' },
    ],
    segmentation: Segmentation.vlan({ pool: vlans, vlanId: 1040 }),
  });

  const web = new SecurityZone(scope, 'web', { site, description: 'public web tier' });
  web.allowIngress(Peer.anyIpv4(), Port.tcp(443));
  web.allowIngress(Peer.cidr('10.0.0.0/24'), Port.tcp(22)); // management network only
  web.allowEgress(Peer.cidr('10.40.2.0/24'), Port.tcp(5432));

  return new InstanceGroup(scope, 'web-tier', {
    site,
    name: 'web',
    count: 3,
    size: Size.of(2, 4, 40),
    image: Image.fromName('ubuntu-24.04'),
    networks: [{ network: app, subnet: 'web', securityZones: [web], macPool: macs, fixedIps: ['10.40.1.11', '10.40.1.12', '10.40.1.13'] }],
    userData: '#cloud-config\npackage_update: true\n',
  });
}

export class PoolMatrixOpenStackStack extends TerraformStack {
  public readonly webTier: InstanceGroup;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'pool-matrix');
    const site = new OpenStackSite(this, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2', 'az3'], externalNetwork: 'public' });
    this.webTier = buildTopology(this, site);
  }
}

export class PoolMatrixVsphereStack extends TerraformStack {
  public readonly webTier: InstanceGroup;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'pool-matrix');
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const site = new VsphereSite(this, 'dc1', {
      datacenter: 'dc1',
      clusters: ['cluster-a', 'cluster-b'],
      datastores: ['vsan-a'],
      distributedSwitch: 'dvs-prod',
      folder: 'oscar/web',
      providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
    });
    this.webTier = buildTopology(this, site);
  }
}

if (require.main === module) {
  const app = new App();
  new PoolMatrixOpenStackStack(app, 'pool-matrix-openstack');
  new PoolMatrixVsphereStack(app, 'pool-matrix-vsphere');
  app.synth();
}

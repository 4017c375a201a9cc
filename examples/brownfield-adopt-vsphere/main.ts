// Brownfield (纳管 + 扩容, vSphere): take over 22 running VMs (web and app tiers, their
// disks with them), two distributed port groups and the tenant's resource pools, then
// grow each tier by one member. `adopt.json` is what `npm run discover -- --from
// vsphere estate/*.json` printed for the recorded `govc ls -json` listings in estate/
// (the provider imports by inventory path, so object.collect output alone is not
// enough). Site names, and the discovery of your own estate (`adoptFile`), come from cdktf
// context or OSCAR_* variables (keys: examples/README.md).
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AntiAffinity, Image, InstanceGroup, Labels, Network, Quota, Segmentation, Size, VlanPool, VsphereSite } from 'oscar-blueprints';
import { discoveredEstate } from '../lib/adopt';
import { envName, envNames } from '../lib/env';

export class BrownfieldAdoptVsphereStack extends TerraformStack {
  public readonly web: InstanceGroup;
  public readonly app: InstanceGroup;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'brownfield-adopt-vsphere');
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const env = (key: string, fallback: string) => envName(this, `brownfieldAdoptVsphere.${key}`, fallback);
    // The discovered estate (`npm run discover`): the recorded one next to this file, or yours.
    const estate = discoveredEstate(this, 'brownfieldAdoptVsphere', __dirname);
    const site = new VsphereSite(this, 'dc1', {
      datacenter: env('datacenter', 'dc1'),
      clusters: envNames(this, 'brownfieldAdoptVsphere.clusters', ['cluster-a', 'cluster-b']),
      datastores: envNames(this, 'brownfieldAdoptVsphere.datastores', ['vsan-a']),
      distributedSwitch: env('switch', 'dvs-prod'),
      providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
    });
    const image = Image.fromName(env('template', 'ubuntu-22.04-template'));
    const vlans = VlanPool.range(1200, 1299);

    // The port groups keep their VLANs: pin them to what the estate uses.
    const webNet = new Network(this, 'pg-web', {
      site, name: 'pg-web', cidr: '10.30.1.0/24', subnets: [{ name: 'web', cidr: '10.30.1.0/24', gatewayIp: '10.30.1.1' }],
      segmentation: Segmentation.vlan({ pool: vlans, vlanId: 1201 }), adopt: estate.networks['pg-web'],
    });
    const appNet = new Network(this, 'pg-app', {
      site, name: 'pg-app', cidr: '10.30.2.0/24', subnets: [{ name: 'app', cidr: '10.30.2.0/24', gatewayIp: '10.30.2.1' }],
      segmentation: Segmentation.vlan({ pool: vlans, vlanId: 1202 }), adopt: estate.networks['pg-app'],
    });

    // One pool per cluster, as the estate has them (the second is renamed tenant-cluster-b in place).
    const quota = new Quota(this, 'tenant', { site, name: 'tenant', vcpus: 128, memoryGiB: 512, adopt: estate['quota:tenant'] });

    const web = estate.instanceGroups.web;
    this.web = new InstanceGroup(this, 'web', {
      site, name: 'web', quota,
      count: Object.keys(web.adopt).length + 1, // expansion: web-009 is cloned
      size: Size.of(2, 4),
      image,
      antiAffinity: AntiAffinity.SOFT,
      networks: [{ network: webNet }],
      adopt: web.adopt,
    });
    const app = estate.instanceGroups.app;
    this.app = new InstanceGroup(this, 'app', {
      site, name: 'app', quota,
      count: Object.keys(app.adopt).length + 1, // expansion: app-015 is cloned
      size: Size.of(4, 8),
      image,
      antiAffinity: AntiAffinity.SOFT,
      networks: [{ network: appNet }],
      volumes: [{ name: 'data', sizeGiB: 100 }], // adopted with each VM; kept on remove
      adopt: app.adopt,
    });
  }
}

if (require.main === module) {
  const app = new App();
  new BrownfieldAdoptVsphereStack(app, 'brownfield-adopt-vsphere');
  app.synth();
}

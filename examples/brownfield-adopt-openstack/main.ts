// Brownfield (纳管 + 扩容, OpenStack): take over a running estate of 22 servers (web and
// app tiers), their ports, data volumes, two networks and a shared volume, then grow
// each tier by one member. `adopt.json` is what `npm run discover -- --from openstack
// estate/*.json` printed for the recorded listings in estate/ (`openstack server list
// -f json`, `volume list`, and `port list`, `network list`, `subnet list` with `--project`,
// since Neutron shows an admin every project's); the first plan
// shows imports for those and creates only for web-009 and app-015. Site names, and the
// discovery of your own estate (`adoptFile`), come from cdktf context or OSCAR_* variables
// (keys: examples/README.md).
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AntiAffinity, Image, InstanceGroup, Labels, Network, OpenStackSite, Peer, Port, SecurityGroup, SharedVolume, Size } from 'oscar-blueprints';
import { discoveredEstate } from '../lib/adopt';
import { envName, envNames } from '../lib/env';

export class BrownfieldAdoptOpenStackStack extends TerraformStack {
  public readonly web: InstanceGroup;
  public readonly app: InstanceGroup;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'brownfield-adopt-openstack');
    const env = (key: string, fallback: string) => envName(this, `brownfieldAdoptOpenstack.${key}`, fallback);
    // The discovered estate (`npm run discover`): the recorded one next to this file, or yours.
    const estate = discoveredEstate(this, 'brownfieldAdoptOpenstack', __dirname);
    const site = new OpenStackSite(this, 'dc1', {
      region: env('region', 'RegionOne'),
      availabilityZones: envNames(this, 'brownfieldAdoptOpenstack.availabilityZones', ['az1', 'az2']),
    });
    const image = Image.fromName(env('image', 'ubuntu-22.04'));

    // The networks keep their IDs; subnets are keyed by the library's short names.
    const webNet = new Network(this, 'web-net', {
      site, name: 'web-net', cidr: '10.20.1.0/24', subnets: [{ name: 'web', cidr: '10.20.1.0/24' }], adopt: estate.networks['web-net'],
    });
    const appNet = new Network(this, 'app-net', {
      site, name: 'app-net', cidr: '10.20.2.0/24', subnets: [{ name: 'app', cidr: '10.20.2.0/24' }], adopt: estate.networks['app-net'],
    });

    // New deny-by-default groups: the adopted ports take them in place.
    const webZone = new SecurityGroup(this, 'web-zone', { site, description: 'web tier' });
    webZone.allowIngress(Peer.anyIpv4(), Port.tcp(443));
    const appZone = new SecurityGroup(this, 'app-zone', { site, description: 'app tier' });
    appZone.allowIngress(Peer.securityGroup(webZone), Port.tcp(8080));
    webZone.allowEgress(Peer.securityGroup(appZone), Port.tcp(8080));

    const web = estate.instanceGroups.web;
    this.web = new InstanceGroup(this, 'web', {
      site, name: 'web',
      count: Object.keys(web.adopt).length + 1, // expansion: web-009 is created
      size: Size.flavor('m1.medium'), // the flavor the estate runs: no resize on adoption
      image,
      antiAffinity: AntiAffinity.SOFT,
      networks: [{ network: webNet, securityGroups: [webZone], adoptPorts: web.adoptPorts['web-net'] }],
      adopt: web.adopt,
    });

    const app = estate.instanceGroups.app;
    this.app = new InstanceGroup(this, 'app', {
      site, name: 'app',
      count: Object.keys(app.adopt).length + 1, // expansion: app-015 is created
      size: Size.flavor('m1.medium'),
      image,
      antiAffinity: AntiAffinity.SOFT,
      networks: [{ network: appNet, securityGroups: [appZone], adoptPorts: app.adoptPorts['app-net'] }],
      volumes: [{ name: 'data', sizeGiB: 100, adopt: app.volumes.data }], // prevent_destroy stays on
      // An adopted volume keeps its type (a type change would replace it): name the estate's.
      sharedVolumes: [new SharedVolume(this, 'assets', {
        site, name: 'shared-assets', sizeGiB: 500, crossZoneAttach: true, volumeType: env('sharedVolumeType', 'multiattach'),
        adoptId: estate.sharedVolumes['shared-assets'],
      })],
      adopt: app.adopt,
    });
  }
}


if (require.main === module) {
  const app = new App();
  new BrownfieldAdoptOpenStackStack(app, 'brownfield-adopt-openstack');
  app.synth();
}

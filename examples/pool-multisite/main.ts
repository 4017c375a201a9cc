// Multi-site OpenStack: two regions in one stack, one aliased provider per region
// (Tricircle is retired), each with its own network and an anti-affinity app tier.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Image, InstanceGroup, Network, OpenStackSite, Peer, Port, SecurityGroup, Size } from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class PoolMultiSiteStack extends TerraformStack {
  public readonly tiers: InstanceGroup[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const env = (key: string, fallback: string) => envName(this, `poolMultisite.${key}`, fallback);
    const regions = [
      { id: 'east', region: env('eastRegion', 'RegionEast'), zones: envNames(this, 'poolMultisite.eastAvailabilityZones', ['az1', 'az2']), cidr: '10.50.0.0/16' },
      { id: 'west', region: env('westRegion', 'RegionWest'), zones: envNames(this, 'poolMultisite.westAvailabilityZones', ['az1', 'az2']), cidr: '10.60.0.0/16' },
    ];
    const externalNetwork = env('externalNetwork', 'public');
    const image = Image.fromName(env('image', 'ubuntu-24.04'));
    for (const r of regions) {
      const site = new OpenStackSite(this, r.id, { region: r.region, alias: r.id, availabilityZones: r.zones, externalNetwork });
      const scopeOfSite = new Construct(this, `${r.id}-app`);
      const net = new Network(scopeOfSite, 'net', { site, routerGateway: true, cidr: r.cidr, subnets: [{ name: 'app', cidr: r.cidr.replace('/16', '/24') }] });
      const zone = new SecurityGroup(scopeOfSite, 'zone', { site });
      zone.allowIngress(Peer.cidr('10.0.0.0/8'), Port.tcp(8443));
      this.tiers.push(
        new InstanceGroup(scopeOfSite, 'tier', {
          site,
          name: `app-${r.id}`,
          size: Size.of(4, 8, 40),
          image,
          networks: [{ network: net, securityGroups: [zone] }],
        }),
      );
    }
  }
}

if (require.main === module) {
  const app = new App();
  new PoolMultiSiteStack(app, 'pool-multisite');
  app.synth();
}

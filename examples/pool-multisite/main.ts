// Multi-site OpenStack: two regions in one stack, one aliased provider per region
// (Tricircle is retired), each with its own network and an anti-affinity app tier.
// Copy this file into any cdktf TypeScript project.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Image, InstanceGroup, Network, OpenStackSite, Peer, Port, SecurityGroup, Size } from 'oscar-blueprints';

export class PoolMultiSiteStack extends TerraformStack {
  public readonly tiers: InstanceGroup[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const regions = [
      { id: 'east', region: 'RegionEast', cidr: '10.50.0.0/16' },
      { id: 'west', region: 'RegionWest', cidr: '10.60.0.0/16' },
    ];
    for (const r of regions) {
      const site = new OpenStackSite(this, r.id, { region: r.region, alias: r.id, availabilityZones: ['az1', 'az2'], externalNetwork: 'public' });
      const scopeOfSite = new Construct(this, `${r.id}-app`);
      const net = new Network(scopeOfSite, 'net', { site, routerGateway: true, cidr: r.cidr, subnets: [{ name: 'app', cidr: r.cidr.replace('/16', '/24') }] });
      const zone = new SecurityGroup(scopeOfSite, 'zone', { site });
      zone.allowIngress(Peer.cidr('10.0.0.0/8'), Port.tcp(8443));
      this.tiers.push(
        new InstanceGroup(scopeOfSite, 'tier', {
          site,
          name: `app-${r.id}`,
          size: Size.of(4, 8, 40),
          image: Image.fromName('ubuntu-24.04'),
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

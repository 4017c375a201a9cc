// Admin and tenant stacks (issue 15 A7): the platform team runs one stack with cloud-admin
// credentials that owns what only admins may create (the project, its quotas, a host
// pool, a storage tier and the flavor catalog); each application team runs its own
// stack with project-member credentials (SiteCredentials.TENANT) that references those
// objects by name and creates only tenant objects. A tenant stack that asks for an
// admin object fails synth, instead of failing apply with 403.
// The names are literals both stacks know at synth: no remote state between them.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  Flavor, HostPool, Image, InstanceGroup, Labels, Network, openstack, OpenStackSite, Peer, Port, Quota, Router, SecurityGroup,
  SiteCredentials, Size, StorageTier,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

/** The platform's name: the prefix of its flavors' and volume types' global names. */
export const PLATFORM = 'shared-platform';
/** The catalog: sizes by purpose. Both stacks derive names from it. */
export const CATALOG = { app: Size.of(2, 4, 20), db: Size.of(4, 8, 40) };
/** The gold tier's volume type, created by the admin stack. */
export const GOLD_TIER = `${PLATFORM}-gold`;
/** The project the application team works in. */
export const TEAM_PROJECT = 'app-team';

function site(scope: Construct, prefix: string, credentials: SiteCredentials, cloud: string): OpenStackSite {
  const env = (key: string, fallback: string) => envName(scope, `${prefix}.${key}`, fallback);
  return new OpenStackSite(scope, 'dc1', {
    region: env('region', 'RegionOne'),
    availabilityZones: envNames(scope, `${prefix}.availabilityZones`, ['az1', 'az2']),
    externalNetwork: env('externalNetwork', 'public'),
    providerConfig: { cloud: env('cloud', cloud) },
    credentials,
    platformName: PLATFORM,
  });
}

/** Cloud-admin credentials (clouds.yaml entry `admin`): the platform's admin-owned objects. */
export class PlatformAdminOpenStackStack extends TerraformStack {
  /** The flavor catalog, by purpose. */
  public readonly flavors: { [purpose: string]: Flavor };

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'platform-tenant-split');
    const dc1 = site(this, 'platformAdmin', SiteCredentials.ADMIN, 'admin');
    const project = new openstack.identityProjectV3.IdentityProjectV3(this, 'team-project', {
      provider: dc1.provider,
      name: TEAM_PROJECT,
      description: 'the application team (oscar-blueprints platform-tenant-split)',
      enabled: true,
    });
    new Quota(this, 'team-quota', { site: dc1, projectId: project.id, vcpus: 32, memoryGiB: 64, instances: 12, volumes: 24, storageGiB: 2000, networks: 4, floatingIps: 2 });
    const pool = new HostPool(this, 'general', { site: dc1, name: 'general', role: 'compute', hosts: envNames(this, 'platformAdmin.hosts', ['cmp-01', 'cmp-02', 'cmp-03']) });
    // Private to the platform: granted to the team's project, or its stacks cannot see it.
    new StorageTier(this, 'gold', {
      site: dc1, name: GOLD_TIER, backendName: envName(this, 'platformAdmin.goldBackend', 'ceph-ssd'), qos: { totalIopsSec: 5000 }, projectIds: [project.id],
    });
    this.flavors = Object.fromEntries(Object.entries(CATALOG).map(([purpose, size]) =>
      [purpose, new Flavor(this, `flavor-${purpose}`, { site: dc1, size, hostPool: pool, projectIds: [project.id] })]));
  }
}

/** Project-member credentials (clouds.yaml entry `app-team`): the team's own objects only. */
export class PlatformTenantOpenStackStack extends TerraformStack {
  public readonly app: InstanceGroup;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'platform-tenant-split');
    const dc1 = site(this, 'platformTenant', SiteCredentials.TENANT, TEAM_PROJECT);
    // The admin stack's flavors require its 'general' pool: tenants boot them by name.
    const flavorOf = (size: Size) => Size.flavor(`${PLATFORM}-${size.generatedFlavorName}-general`);
    const gold = StorageTier.fromVolumeType(this, 'gold', { site: dc1, volumeType: GOLD_TIER });

    const router = new Router(this, 'edge', { site: dc1, externalGateway: true });
    const net = new Network(this, 'app-net', {
      site: dc1, router, cidr: '10.60.0.0/16',
      subnets: [{ name: 'app', cidr: '10.60.1.0/24' }, { name: 'db', cidr: '10.60.2.0/24' }],
    });
    const appSg = new SecurityGroup(this, 'app-sg', { site: dc1, description: 'app tier: https from the campus, ssh from the jump network' });
    appSg.allowIngress(Peer.cidr('10.0.0.0/8'), Port.tcp(443));
    appSg.allowIngress(Peer.cidr('10.0.0.0/24'), Port.tcp(22));
    const dbSg = new SecurityGroup(this, 'db-sg', { site: dc1, description: 'db tier: postgres from the app subnet only' });
    dbSg.allowIngress(Peer.cidr('10.60.1.0/24'), Port.tcp(5432));
    appSg.allowEgress(Peer.cidr('10.60.2.0/24'), Port.tcp(5432));

    const image = Image.fromName(envName(this, 'platformTenant.image', 'ubuntu-24.04'));
    this.app = new InstanceGroup(this, 'app', {
      site: dc1, name: 'app', count: 3, size: flavorOf(CATALOG.app), image,
      networks: [{ network: net, subnet: 'app', securityGroups: [appSg] }],
    });
    new InstanceGroup(this, 'db', {
      site: dc1, name: 'db', count: 2, size: flavorOf(CATALOG.db), image,
      networks: [{ network: net, subnet: 'db', securityGroups: [dbSg] }],
      volumes: [{ name: 'pgdata', sizeGiB: 200, tier: gold }],
    });
  }
}

if (require.main === module) {
  const app = new App();
  new PlatformAdminOpenStackStack(app, 'platform-admin-openstack');
  new PlatformTenantOpenStackStack(app, 'platform-tenant-openstack');
  app.synth();
}

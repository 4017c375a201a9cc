import { App, TerraformStack, Testing } from 'cdktf';
import {
  Flavor, HostPool, Image, InstanceGroup, Network, OpenStackSite, Quota, Segmentation, SharedVolume, SiteCredentials, Size, StorageTier, TenantVdc, VlanPool,
} from '../../lib';
import { vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

const site = (stack: TerraformStack, extra: object = {}) =>
  new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2'], ...extra });
const tenantNet = (stack: TerraformStack, s: OpenStackSite) =>
  new Network(stack, 'net', { site: s, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
const group = (stack: TerraformStack, s: OpenStackSite, size: Size, extra: object = {}) =>
  new InstanceGroup(stack, 'app', { site: s, count: 2, size, image: Image.fromId('0b7e7a2c-8d3e-4c9b-9a57-1f0a8f3f1c11'), networks: [{ network: tenantNet(stack, s) }], ...extra });

describe('admin-owned objects (issue 15 A7)', () => {
  test('A7: two stacks in one region name their flavors and multi-attach types after their platform, so neither gets a 409', () => {
    const app = new App();
    const names = ['ims-core', 'ims-edge'].map((id) => {
      const stack = new TerraformStack(app, id);
      const s = site(stack);
      group(stack, s, Size.of(4, 8, 40));
      new SharedVolume(stack, 'shared', { site: s, sizeGiB: 10, zone: 'az1' });
      const out = Testing.synth(stack);
      return [
        ...Object.values<any>(resources(out, 'openstack_compute_flavor_v2')).map((f) => f.name),
        ...Object.values<any>(resources(out, 'openstack_blockstorage_volume_type_v3')).map((t) => t.name),
      ];
    });
    expect(names[0]).toEqual(['ims-core-c4-m8-d40', 'ims-core-multiattach']);
    expect(names[1]).toEqual(['ims-edge-c4-m8-d40', 'ims-edge-multiattach']);
  });

  test('A7: flavors and multi-attach types are private, granted to the deploying project (Keystone auth scope)', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const s = site(stack, { platformName: 'core' });
    group(stack, s, Size.of(2, 4));
    new SharedVolume(stack, 'shared', { site: s, sizeGiB: 10, zone: 'az1' });
    const out = Testing.synth(stack);
    const [flavorKey, flavor] = Object.entries<any>(resources(out, 'openstack_compute_flavor_v2'))[0];
    expect([flavor.name, flavor.is_public]).toEqual(['core-c2-m4-d0', false]);
    const scopeKey = Object.keys(JSON.parse(out).data.openstack_identity_auth_scope_v3)[0];
    const grant = Object.values<any>(resources(out, 'openstack_compute_flavor_access_v2'))[0];
    expect(grant).toMatchObject({ flavor_id: `\${openstack_compute_flavor_v2.${flavorKey}.id}`, tenant_id: `\${data.openstack_identity_auth_scope_v3.${scopeKey}.project_id}` });
    const type = Object.values<any>(resources(out, 'openstack_blockstorage_volume_type_v3'))[0];
    expect(type.is_public).toBe(false);
    expect(Object.values<any>(resources(out, 'openstack_blockstorage_volume_type_access_v3'))[0].project_id).toBe(grant.tenant_id);
  });

  test('A7: sharedAdminObjects keeps the public catalog under global names, with no grants', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const s = site(stack, { sharedAdminObjects: true });
    group(stack, s, Size.of(2, 4));
    const out = Testing.synth(stack);
    const flavor = Object.values<any>(resources(out, 'openstack_compute_flavor_v2'))[0];
    expect([flavor.name, flavor.is_public]).toEqual(['c2-m4-d0', true]);
    expect(resources(out, 'openstack_compute_flavor_access_v2')).toEqual({});
    expect(() => new Flavor(stack, 'cat', { site: s, size: Size.of(8, 16), projectIds: ['p1'] })).toThrow('[stack/cat] props.projectIds: site stack/dc1 has sharedAdminObjects');
  });

  test('A7: a platform name that is not a DNS label is an error naming the prop and a fix', () => {
    const stack = new TerraformStack(new App(), 'stack');
    expect(() => site(stack, { platformName: 'IMS Core' })).toThrow('[stack/dc1] props.platformName: "IMS Core" is not a DNS-1123 label');
  });

  test('A7: a Flavor catalog entry is the site\'s flavor of that size, shared with groups, granted to the named tenant projects', () => {
    const stack = new TerraformStack(new App(), 'platform');
    const s = site(stack);
    const pool = new HostPool(stack, 'gold', { site: s, name: 'gold', role: 'compute', hosts: ['cmp-01'] });
    const catalog = new Flavor(stack, 'c4', { site: s, size: Size.of(4, 8, 40), hostPool: pool, projectIds: ['5b1f3c6e2a', '9d0c7e4b1f'] });
    const g = group(stack, s, Size.of(4, 8, 40), { hostPool: pool });
    expect(catalog.flavorName).toBe('platform-c4-m8-d40-gold');
    expect(catalog.tenantSize.flavorName).toBe('platform-c4-m8-d40-gold');
    expect(g.openstack?.flavor).toBe(catalog.openstack?.flavor);
    const out = Testing.synth(stack);
    expect(Object.keys(resources(out, 'openstack_compute_flavor_v2'))).toHaveLength(1);
    expect(Object.values<any>(resources(out, 'openstack_compute_flavor_access_v2')).map((a) => a.tenant_id).sort())
      .toEqual(['${data.openstack_identity_auth_scope_v3.dc1_deploying-project_EFC37AB7.project_id}', '5b1f3c6e2a', '9d0c7e4b1f']);
    expect(() => new Flavor(stack, 'named', { site: s, size: Size.flavor('m1.small') })).toThrow('[platform/named] props.size: Size.flavor(\'m1.small\') names an existing flavor');
  });

  test('A7: Flavor on vSphere is an error naming the target', () => {
    const { stack, site: vs } = vsphereStack();
    expect(() => new Flavor(stack, 'f', { site: vs, size: Size.of(2, 4) })).toThrow('[stack/f] props.site: vSphere sites do not support flavors');
  });
});

describe('tenant credentials (issue 15 A7: admin and tenant stacks)', () => {
  const tenantStack = () => {
    const stack = new TerraformStack(new App(), 'tenant');
    return { stack, s: site(stack, { credentials: SiteCredentials.TENANT, providerConfig: { cloud: 'tenant' } }) };
  };

  test('A7: a tenant stack that references the platform\'s flavor and volume type synthesizes', () => {
    const { stack, s } = tenantStack();
    const tier = StorageTier.fromVolumeType(stack, 'gold', { site: s, volumeType: 'platform-gold' });
    group(stack, s, Size.flavor('platform-c4-m8-d40'), { dataVolumes: [{ name: 'data', sizeGiB: 20, tier }] });
    const out = Testing.synth(stack, true);
    expect(Object.values<any>(resources(out, 'openstack_compute_instance_v2'))[0].flavor_name).toBe('platform-c4-m8-d40');
    expect(resources(out, 'openstack_compute_flavor_v2')).toEqual({});
  });

  test.each([
    ['a flavor (Size.of)', (stack: TerraformStack, s: OpenStackSite) => group(stack, s, Size.of(2, 4)), 'openstack_compute_flavor_v2 is one of the flavors'],
    ['a quota', (stack: TerraformStack, s: OpenStackSite) => new Quota(stack, 'quota', { site: s, projectId: 'p', vcpus: 10 }), 'is one of the compute quotas'],
    ['a storage tier', (stack: TerraformStack, s: OpenStackSite) => new StorageTier(stack, 'tier', { site: s, backendName: 'ceph' }), 'is one of the volume types'],
    ['a VLAN provider network', (stack: TerraformStack, s: OpenStackSite) => new Network(stack, 'vlan', {
      site: s, cidr: '10.1.0.0/16', subnets: [{ name: 'a', cidr: '10.1.1.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 110, { physicalNetwork: 'physnet1' }) }),
    }), 'is one of the provider, external or shared networks'],
  ])('A7: %s on a tenant-credential site fails synth, naming the resource and the fix', (_what, make, message) => {
    const { stack, s } = tenantStack();
    make(stack, s);
    expect(() => Testing.synth(stack, true)).toThrow(message);
    expect(() => Testing.synth(stack, true)).toThrow('its site runs with tenant credentials (credentials: SiteCredentials.TENANT). Fix: create it in the platform stack');
  });
});

describe('tenant VDC sites run with tenant credentials (issue 15 A7)', () => {
  test('A7: a VDC network with VLAN segmentation fails synth: the VDC\'s application credential cannot set provider attributes', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const s = site(stack);
    new TenantVdc(stack, 'plant', { site: s, cidr: '10.30.0.0/24', segmentation: Segmentation.vlan({ pool: VlanPool.range(300, 310, { physicalNetwork: 'physnet1' }) }) });
    expect(() => Testing.synth(stack, true)).toThrow(/\[stack\/plant\/[^\]]*\] provider: openstack_networking_network_v2 is one of the provider, external or shared networks/);
  });

  test('A7: a VDC\'s own flavors and quotas go through the admin provider, so they pass', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const s = site(stack);
    const vdc = new TenantVdc(stack, 'plant', { site: s, cidr: '10.30.0.0/24', quota: { vcpus: 8 } });
    new InstanceGroup(stack, 'app', { site: vdc.site, count: 1, size: Size.of(2, 4), image: Image.fromId('0b7e7a2c-8d3e-4c9b-9a57-1f0a8f3f1c11'), networks: [{ network: vdc.network! }] });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  // Provider 3.4.0 sends is_public=false whenever the argument is unset: every volume type
  // states its visibility, or a "public" one silently comes out private.
  test('A7: storage tiers state their visibility: private by default, public with sharedAdminObjects (as the multi-attach type)', () => {
    const visibility = (extra: object) => {
      const stack = new TerraformStack(new App(), 'stack');
      const s = site(stack, extra);
      new StorageTier(stack, 'gold', { site: s, backendName: 'ceph-ssd' });
      new SharedVolume(stack, 'shared', { site: s, sizeGiB: 10, zone: 'az1' });
      return Object.values<any>(resources(Testing.synth(stack), 'openstack_blockstorage_volume_type_v3')).map((t) => [t.name, t.is_public]);
    };
    expect(visibility({})).toEqual([['stack-multiattach', false], ['gold', false]]);
    expect(visibility({ sharedAdminObjects: true })).toEqual([['multiattach', true], ['gold', true]]);
  });

  // Found by the OpenStack e2e suite on the platform pair: the tenant stack's volumes on the
  // admin stack's gold tier failed "Volume type ... could not be found".
  test('A7: a platform tier is granted to the tenant projects it names; public or vSphere tiers refuse grants', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const s = site(stack);
    const tier = new StorageTier(stack, 'gold', { site: s, backendName: 'ceph-ssd', projectIds: ['5b1f3c6e2a', '9d0c7e4b1f'] });
    const grants = Object.values<any>(resources(Testing.synth(stack), 'openstack_blockstorage_volume_type_access_v3'));
    expect(grants.map((g) => g.project_id)).toEqual(['5b1f3c6e2a', '9d0c7e4b1f']);
    expect(grants.every((g) => g.volume_type_id === `\${openstack_blockstorage_volume_type_v3.${tier.openstack!.volumeType.friendlyUniqueId}.id}`)).toBe(true);
    expect(tier.openstack!.access).toHaveLength(2);
    const shared = new TerraformStack(new App(), 'shared');
    expect(() => new StorageTier(shared, 'gold', { site: site(shared, { sharedAdminObjects: true }), projectIds: ['p1'] }))
      .toThrow('[shared/gold] props.projectIds: site shared/dc1 has sharedAdminObjects');
    const vs = vsphereStack();
    expect(() => new StorageTier(vs.stack, 'gold', { site: vs.site, datastore: 'vsan-a', projectIds: ['p1'] })).toThrow(/props\.projectIds/);
    expect(() => new StorageTier(new TerraformStack(new App(), 'e'), 'gold', { site: site(new TerraformStack(new App(), 'e2')), projectIds: [''] })).toThrow(/projectIds\[0\]/);
  });

  test('A7: a VDC group on a tier of its parent site is granted the private volume type, and its volumes wait for the grant', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const s = site(stack);
    const tier = new StorageTier(stack, 'ssd', { site: s, backendName: 'ceph-ssd' });
    const vdc = new TenantVdc(stack, 'plant', { site: s, cidr: '10.30.0.0/24' });
    new InstanceGroup(stack, 'app', {
      site: vdc.site, count: 2, size: Size.of(2, 4, 20), image: Image.fromId('0b7e7a2c-8d3e-4c9b-9a57-1f0a8f3f1c11'), networks: [{ network: vdc.network! }],
      bootVolumeTier: tier, volumes: [{ name: 'data', sizeGiB: 50, tier }],
    });
    const out = Testing.synth(stack);
    const [typeKey] = Object.keys(resources(out, 'openstack_blockstorage_volume_type_v3'));
    const [projectKey] = Object.keys(resources(out, 'openstack_identity_project_v3'));
    const grants = Object.entries<any>(resources(out, 'openstack_blockstorage_volume_type_access_v3'));
    expect(grants).toHaveLength(1); // once per VDC and tier, shared by boot and data volumes
    const [grantKey, grant] = grants[0];
    expect(grant).toMatchObject({ provider: 'openstack', volume_type_id: `\${openstack_blockstorage_volume_type_v3.${typeKey}.id}`, project_id: `\${openstack_identity_project_v3.${projectKey}.id}` });
    const waits = `openstack_blockstorage_volume_type_access_v3.${grantKey}`;
    expect(Object.values<any>(resources(out, 'openstack_compute_instance_v2'))[0].depends_on).toEqual([waits]);
    expect(Object.values<any>(resources(out, 'openstack_blockstorage_volume_v3'))[0].depends_on).toEqual([waits]);
  });

  test('a tier of an unrelated site is still refused, naming the prop', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const s = site(stack);
    const other = new OpenStackSite(stack, 'dc2', { region: 'RegionTwo', alias: 'dc2', availabilityZones: ['az1'] });
    const tier = new StorageTier(stack, 'ssd', { site: other });
    expect(() => group(stack, s, Size.of(2, 4, 20), { bootVolumeTier: tier })).toThrow('[stack/app] props.bootVolumeTier: storage tier stack/ssd is on another site');
  });
});

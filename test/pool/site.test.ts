import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { OpenStackSite, SiteTarget, VsphereSite } from '../../lib';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { openstackStack, vsphereStack } from '../util/sites';

describe('OpenStackSite', () => {
  test('a stack with aliased providers fails synth validation for an OpenStack resource without a provider', () => {
    const stack = new TerraformStack(new App(), 'stack');
    new OpenStackSite(stack, 'dc1', { region: 'RegionOne', alias: 'dc1', availabilityZones: ['az1'] });
    const stray = new NetworkingNetworkV2(stack, 'stray', { name: 'stray' });
    const errors = () => stack.node.findAll().flatMap((c) => c.node.validate());
    expect(errors()).toEqual([expect.stringContaining('[stack/stray] provider: openstack_networking_network_v2 has no provider, so it would go to the default OpenStack provider, not its site\'s (this stack has aliased providers: dc1)')]);
    expect(() => Testing.synth(stack, true)).toThrow(/stack\/stray\] provider/);
    stray.provider = (stack.node.findChild('dc1') as OpenStackSite).provider;
    expect(errors()).toEqual([]);
  });

  test('creates a provider for its region and looks up the external network', () => {
    const { stack, site } = openstackStack();
    const json = JSON.parse(Testing.synth(stack));
    expect(site.target).toBe(SiteTarget.OPENSTACK);
    expect(json.provider.openstack).toEqual([{ region: 'RegionOne' }]);
    expect(Object.values<any>(json.data.openstack_networking_network_v2)[0]).toMatchObject({ name: 'public', external: true });
  });

  test('multi-site: one aliased provider per region', () => {
    const stack = new TerraformStack(new App(), 'stack');
    new OpenStackSite(stack, 'r1', { region: 'RegionOne', availabilityZones: ['az1'] });
    new OpenStackSite(stack, 'r2', { region: 'RegionTwo', availabilityZones: ['az1'], alias: 'region-two' });
    const providers = JSON.parse(Testing.synth(stack)).provider.openstack;
    expect(providers).toEqual([{ region: 'RegionOne' }, { region: 'RegionTwo', alias: 'region-two' }]);
  });

  test('two unaliased sites in one stack is an error', () => {
    const stack = new TerraformStack(new App(), 'stack');
    new OpenStackSite(stack, 'r1', { region: 'RegionOne', availabilityZones: ['az1'] });
    expect(() => new OpenStackSite(stack, 'r2', { region: 'RegionTwo', availabilityZones: ['az1'] })).toThrow(
      '[stack/r2] props.alias: site stack/r1 already uses the default OpenStack provider in this stack. Fix: give each site of a multi-site stack its own alias',
    );
  });

  test.each([
    [{ region: '', availabilityZones: ['az1'] }, 'props.region: is required'],
    [{ region: 'r', availabilityZones: [] }, 'props.availabilityZones: declares no zones'],
    [{ region: 'r', availabilityZones: ['az1', 'az1'] }, 'props.availabilityZones: contains "az1" more than once'],
    [{ region: 'r', availabilityZones: ['az1'], providerConfig: { password: 'hunter2' } }, 'props.providerConfig.password: is a literal'],
  ])('rejects %j', (props, message) => {
    expect(() => new OpenStackSite(new TerraformStack(new App(), 'stack'), 'dc', props)).toThrow(message);
  });

  test('a password from a sensitive variable is accepted', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const pw = new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true });
    expect(() => new OpenStackSite(stack, 'dc', { region: 'r', availabilityZones: ['az1'], providerConfig: { password: pw.stringValue } })).not.toThrow();
  });

  test('requireZone names the site and its zones', () => {
    const { stack, site } = openstackStack();
    expect(() => site.requireZone(new Construct(stack, 'tier'), 'zones[0]', 'az9')).toThrow(
      '[stack/tier] props.zones[0]: zone "az9" is not declared by site stack/dc1 (zones: az1, az2, az3). Fix: use one of the site\'s zones',
    );
    expect(() => site.requireZone(stack, 'zone', 'az2')).not.toThrow();
  });
});

describe('VsphereSite', () => {
  test('looks up datacenter, clusters, datastores and switch with its provider', () => {
    const { stack, site } = vsphereStack();
    const json = JSON.parse(Testing.synth(stack));
    expect(site.availabilityZones).toEqual(['cluster-a', 'cluster-b']);
    expect(Object.keys(json.data.vsphere_compute_cluster)).toHaveLength(2);
    expect(Object.keys(json.data.vsphere_datastore)).toHaveLength(2);
    expect(Object.values<any>(json.data.vsphere_distributed_virtual_switch)[0].name).toBe('dvs-prod');
    expect(json.provider.vsphere[0].password).toMatch(/^\$\{var\.vsphere_password\}$/);
    expect(site.datastore().node.id).toBe('datastore-vsan-a');
    expect(() => site.cluster('cluster-z')).toThrow('props.clusters: has no cluster "cluster-z"');
  });

  test('a literal password or a missing provider config is an error', () => {
    const base = { datacenter: 'dc', clusters: ['c'], datastores: ['d'], distributedSwitch: 'dvs' };
    expect(() => new VsphereSite(new TerraformStack(new App(), 's'), 'dc', { ...base, providerConfig: { user: 'u', password: 'p' } })).toThrow(
      '[s/dc] props.providerConfig.password: is a literal',
    );
    expect(() => new VsphereSite(new TerraformStack(new App(), 's'), 'dc', base)).toThrow('props.providerConfig: is required when no existing provider is passed');
    expect(() => new VsphereSite(new TerraformStack(new App(), 's'), 'dc', { ...base, datastores: [] })).toThrow('props.datastores: declares no datastores');
  });
});

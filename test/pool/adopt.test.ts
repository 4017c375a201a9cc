// Issue 18: taking over an existing estate with Terraform import blocks, and growing it.
import { App, TerraformStack } from 'cdktf';
import { Image, InstanceGroup, Network, OpenStackSite, PowerState, Quota, SecurityGroup, Segmentation, SharedVolume, Size, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceList, synthStack } from '../util/synth';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function osEstate(count: number, adopted: number, extra: Record<string, unknown> = {}) {
  const { stack, site } = openstackStack();
  const keys = Array.from({ length: adopted }, (_, i) => `app-${String(i + 1).padStart(3, '0')}`);
  const net = new Network(stack, 'net', {
    site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }],
    adopt: { network: uuid(900), app: uuid(901) },
  });
  const group = new InstanceGroup(stack, 'app', {
    site, name: 'app', count, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'),
    networks: [{ network: net, adoptPorts: Object.fromEntries(keys.map((k, i) => [k, uuid(200 + i)])) }],
    volumes: [{ name: 'data', sizeGiB: 50, adopt: Object.fromEntries(keys.map((k, i) => [k, uuid(300 + i)])) }],
    adopt: Object.fromEntries(keys.map((k, i) => [k, uuid(100 + i)])),
    ...extra,
  });
  return { stack, site, group, json: synthStack(stack) };
}

/** Import blocks by resource type, as `to` -> `id`. */
function imports(json: any, type: string): Record<string, string> {
  return Object.fromEntries((json.import ?? []).filter((i: any) => i.to.startsWith(`${type}.`)).map((i: any) => [i.to.replace(/^[^.]+\.[^[]+/, ''), i.id]));
}

describe('adopting an OpenStack estate', () => {
  test('seed 纳管 (adopt): import blocks address the same stable for_each keys as the members', () => {
    const { json } = osEstate(3, 3);
    expect(imports(json, 'openstack_compute_instance_v2')).toEqual({ '["app-001"]': uuid(100), '["app-002"]': uuid(101), '["app-003"]': uuid(102) });
    expect(imports(json, 'openstack_networking_port_v2')['["app-002"]']).toBe(uuid(201));
    expect(imports(json, 'openstack_blockstorage_volume_v3')['["app-003"]']).toBe(uuid(302));
    // Nova names an attachment by its volume, so it is derived, not asked for.
    expect(imports(json, 'openstack_compute_volume_attach_v2')['["app-001"]']).toBe(`${uuid(100)}/${uuid(300)}`);
    expect(imports(json, 'openstack_networking_network_v2')).toEqual({ '': uuid(900) });
    expect(imports(json, 'openstack_networking_subnet_v2')).toEqual({ '': uuid(901) });
    // The address is the resource the group created, not a guess.
    const [name] = Object.keys(json.resource.openstack_compute_instance_v2);
    expect(json.import.some((i: any) => i.to === `openstack_compute_instance_v2.${name}["app-001"]`)).toBe(true);
  });

  test('seed 纳管: adopted data volumes keep prevent_destroy; create-time attributes are ignored so nothing is replaced', () => {
    const { json } = osEstate(2, 2);
    expect(resourceList(json, 'openstack_blockstorage_volume_v3')[0].lifecycle.prevent_destroy).toBe(true);
    const [instances] = resourceList(json, 'openstack_compute_instance_v2');
    expect(instances.lifecycle.ignore_changes).toEqual(expect.arrayContaining(['scheduler_hints', 'network', 'availability_zone', 'image_name']));
  });

  // Both found by the OpenStack e2e suite's check of the adoption's first plan.
  test('adopted ports keep their addresses: fixed_ip is not read back on import, so its changes are ignored', () => {
    const { json } = osEstate(3, 2);
    expect(resourceList(json, 'openstack_networking_port_v2')[0].lifecycle).toEqual({ ignore_changes: ['fixed_ip'] });
  });

  test('an adopted unrouted subnet keeps the gateway it runs with; a created one gets no_gateway; a declared gatewayIp is managed', () => {
    const subnet = (json: any) => resourceList(json, 'openstack_networking_subnet_v2')[0];
    expect(subnet(osEstate(1, 1).json).no_gateway).toBeUndefined();
    expect(subnet(osEstate(1, 1).json).gateway_ip).toBeUndefined();
    const { stack, site } = openstackStack();
    new Network(stack, 'fresh', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
    expect(subnet(synthStack(stack)).no_gateway).toBe(true);
    const declared = openstackStack();
    new Network(declared.stack, 'kept', {
      site: declared.site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.254' }],
      adopt: { network: uuid(900), app: uuid(901) },
    });
    expect(subnet(synthStack(declared.stack))).toEqual(expect.objectContaining({ gateway_ip: '10.0.1.254' }));
    expect(subnet(synthStack(declared.stack)).no_gateway).toBeUndefined();
  });

  test('seed 扩容 (expand): after adoption: only the new keys lack import blocks, exactly one per resource kind', () => {
    const before = osEstate(20, 20).json;
    const after = osEstate(22, 20).json;
    // The import blocks are the same; the two new members are plain creates.
    expect(after.import).toEqual(before.import);
    for (const type of ['openstack_compute_instance_v2', 'openstack_networking_port_v2', 'openstack_blockstorage_volume_v3', 'openstack_compute_volume_attach_v2']) {
      const created = Object.keys(resourceList(after, type)[0].for_each).filter((k) => !(`["${k}"]` in imports(after, type)));
      expect({ type, created }).toEqual({ type, created: ['app-021', 'app-022'] });
    }
  });

  test('an adopt key that names no member is an error naming the key and the valid keys', () => {
    expect(() => osEstate(2, 2, { adopt: { 'app-009': uuid(1) } })).toThrow(/props\.adopt\["app-009"\]: adopt key "app-009" names no member \(valid keys: app-001, app-002\)/);
  });

  test('an adopted OpenStack member must bring its ports', () => {
    expect(() => osEstate(2, 2, { networks: [] as unknown[] })).toThrow(/networks/);
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
    expect(() => new InstanceGroup(stack, 'app', { site, name: 'app', size: Size.of(2, 4), image: Image.fromName('u'), networks: [{ network: net }], adopt: { 'app-001': uuid(1) } }))
      .toThrow(/networks\[0\]\.adoptPorts: adopted members app-001 have no port on network/);
  });

  test('security group, shared volume and quota sets are adopted by ID', () => {
    const { stack, site } = openstackStack();
    new SecurityGroup(stack, 'web', { site, adoptId: uuid(5) });
    new SharedVolume(stack, 'assets', { site, sizeGiB: 100, adoptId: uuid(6) });
    new Quota(stack, 'tenant', { site, projectId: 'p1', vcpus: 10, storageGiB: 100, adopt: { 'compute': 'p1/RegionOne', 'block-storage': 'p1/RegionOne' } });
    const json = synthStack(stack);
    expect(imports(json, 'openstack_networking_secgroup_v2')).toEqual({ '': uuid(5) });
    expect(imports(json, 'openstack_blockstorage_volume_v3')).toEqual({ '': uuid(6) });
    expect(resourceList(json, 'openstack_blockstorage_volume_v3')[0].lifecycle.prevent_destroy).toBe(true);
    expect(imports(json, 'openstack_compute_quotaset_v2')).toEqual({ '': 'p1/RegionOne' });
    expect(imports(json, 'openstack_blockstorage_quotaset_v3')).toEqual({ '': 'p1/RegionOne' });
    const { stack: s2, site: site2 } = openstackStack();
    expect(() => new Quota(s2, 'tenant', { site: site2, projectId: 'p1', vcpus: 10, adopt: { network: 'p1/RegionOne' } })).toThrow(/adopt key "network" names no member \(valid keys: compute\)/);
  });

  test('T1: on an aliased site the import blocks name the site\'s provider', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const site = new OpenStackSite(stack, 'dc2', { region: 'RegionTwo', availabilityZones: ['az1'], alias: 'dc2' });
    new SharedVolume(stack, 'assets', { site, sizeGiB: 10, adoptId: uuid(7) });
    expect(synthStack(stack).import).toEqual([expect.objectContaining({ id: uuid(7), provider: 'openstack.dc2' })]);
  });

  test('a group without adopt synthesizes no import block and no ignore_changes', () => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
    new InstanceGroup(stack, 'app', { site, size: Size.of(2, 4), image: Image.fromName('u'), networks: [{ network: net }] });
    const json = synthStack(stack);
    expect(json.import).toBeUndefined();
    expect(resourceList(json, 'openstack_compute_instance_v2')[0].lifecycle).toBeUndefined();
    expect(resourceList(json, 'openstack_compute_instance_v2')[0].power_state).toBeUndefined();
    expect(resourceList(json, 'openstack_networking_port_v2')[0].lifecycle).toBeUndefined();
  });
});

describe('adopting a vSphere estate', () => {
  function vsGroup(extra: Record<string, unknown>) {
    const { stack, site } = vsphereStack();
    const net = new Network(stack, 'net', {
      site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1' }],
      segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199), vlanId: 110 }), adopt: { network: '/dc1/network/pg-app' },
    });
    new InstanceGroup(stack, 'app', { site, name: 'app', count: 3, size: Size.of(2, 4, 20), image: Image.fromName('tpl'), networks: [{ network: net }], ...extra });
    return stack;
  }

  test('G10: vSphere VMs and port groups are imported by inventory path at their stable keys', () => {
    const json = synthStack(vsGroup({ adopt: { 'app-001': '/dc1/vm/app-001', 'app-002': '/dc1/vm/app-002' } }));
    expect(imports(json, 'vsphere_virtual_machine')).toEqual({ '["app-001"]': '/dc1/vm/app-001', '["app-002"]': '/dc1/vm/app-002' });
    expect(imports(json, 'vsphere_distributed_port_group')).toEqual({ '': '/dc1/network/pg-app' });
    expect(json.import[0].provider).toBe('vsphere');
  });

  test('a managed-object ID is rejected: the provider imports VMs by path', () => {
    expect(() => vsGroup({ adopt: { 'app-001': 'vm-42' } })).toThrow(/adopt\["app-001"\]: "vm-42" is not an inventory path/);
  });

  test('shared disks are imported by datastore path; resource pools by zone', () => {
    const { stack, site } = vsphereStack();
    new SharedVolume(stack, 'assets', { site, sizeGiB: 100, datastore: 'vsan-a', adoptId: 'media/assets.vmdk' });
    new Quota(stack, 'tenant', { site, vcpus: 8, adopt: { 'cluster-a': '/dc1/host/cluster-a/Resources/tenant' } });
    const json = synthStack(stack);
    expect(JSON.parse(imports(json, 'vsphere_virtual_disk')[''])).toEqual({ virtual_disk_path: '/dc1/[vsan-a] media/assets.vmdk', create_directories: 'true' });
    expect(resourceList(json, 'vsphere_virtual_disk')[0]).toMatchObject({ vmdk_path: 'media/assets.vmdk', lifecycle: { prevent_destroy: true } });
    expect(Object.values(imports(json, 'vsphere_resource_pool'))).toEqual(['/dc1/host/cluster-a/Resources/tenant']);
  });

  test('power states other than ACTIVE are an error on vSphere (power_state is read-only in provider 2.15.0)', () => {
    expect(() => vsGroup({ powerState: PowerState.SHUT_OFF })).toThrow(/powerState: vSphere sites do not support power state SHUT_OFF/);
  });
});

describe('power state', () => {
  test('P8: OpenStack members can be shut off or shelved (the full VM lifecycle)', () => {
    const shelved = osEstate(2, 0, { powerState: PowerState.SHELVED }).json;
    expect(resourceList(shelved, 'openstack_compute_instance_v2')[0].power_state).toBe('shelved_offloaded');
    const off = osEstate(2, 0, { powerState: PowerState.SHUT_OFF }).json;
    expect(resourceList(off, 'openstack_compute_instance_v2')[0].power_state).toBe('shutoff');
  });
});

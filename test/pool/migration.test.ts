// Issue 18: moving members (migration) through per-member placement pins.
import { AntiAffinity, Image, InstanceGroup, MemberPlacement, Network, Segmentation, Size, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceList, synthStack } from '../util/synth';

function vsGroup(placements: { [member: string]: MemberPlacement }) {
  const { stack, site } = vsphereStack();
  const net = new Network(stack, 'net', {
    site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1' }],
    segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199), vlanId: 110 }),
  });
  new InstanceGroup(stack, 'app', { site, name: 'app', count: 3, size: Size.of(2, 4, 20), image: Image.fromName('tpl'), networks: [{ network: net }], placements });
  return synthStack(stack);
}

function osGroup(placements: { [member: string]: MemberPlacement }) {
  const { stack, site } = openstackStack();
  const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
  new InstanceGroup(stack, 'app', { site, name: 'app', count: 3, antiAffinity: AntiAffinity.SOFT, size: Size.of(2, 4), image: Image.fromName('u'), networks: [{ network: net }], placements });
  return synthStack(stack);
}

describe('vSphere migration: placement pins are in-place vMotion', () => {
  test('M8: a member pinned to another cluster, datastore and host keeps its address and changes only its location', () => {
    const before = resourceList(vsGroup({}), 'vsphere_virtual_machine')[0];
    const json = vsGroup({ 'app-001': { zone: 'cluster-b', datastore: 'vsan-b', host: 'esx-07.example.internal' } });
    const after = resourceList(json, 'vsphere_virtual_machine')[0];
    expect(Object.keys(after.for_each)).toEqual(Object.keys(before.for_each));
    // Only app-001 moves; the others keep their pool and datastore.
    expect(after.for_each['app-002']).toMatchObject({ resource_pool_id: before.for_each['app-002'].resource_pool_id, datastore_id: before.for_each['app-002'].datastore_id, host: '' });
    expect(after.for_each['app-001'].resource_pool_id).not.toBe(before.for_each['app-001'].resource_pool_id);
    expect(after.for_each['app-001'].resource_pool_id).toMatch(/data\.vsphere_compute_cluster\.[^.]*cluster-b/);
    expect(after.for_each['app-001'].datastore_id).toMatch(/data\.vsphere_datastore\.[^.]*vsan-b/);
    expect(after.for_each['app-001'].host).toMatch(/data\.vsphere_host\./);
    expect(after.host_system_id).toBe('${each.value.host == "" ? null : each.value.host}');
    expect(Object.values<any>(json.data.vsphere_host)[0].name).toBe('esx-07.example.internal');
  });

  test('an unpinned group synthesizes no host_system_id', () => {
    expect(resourceList(vsGroup({}), 'vsphere_virtual_machine')[0].host_system_id).toBeUndefined();
  });

  test('a datastore the member\'s cluster does not mount is an error', () => {
    expect(() => vsGroup({ 'app-001': { datastore: 'nfs-x' } })).toThrow(/placements\["app-001"\]\.datastore: datastore "nfs-x" is not mounted by the hosts of cluster "cluster-a"/);
  });

  test('a placement key that names no member is an error listing the members', () => {
    expect(() => vsGroup({ 'app-004': { zone: 'cluster-b' } })).toThrow(/placements\["app-004"\]: placement key "app-004" names no member \(valid keys: app-001, app-002, app-003\)/);
  });
});

describe('OpenStack migration: a zone move replaces the member', () => {
  test('M8: moving a member to another zone without a reason is an error naming the add-drain-remove path', () => {
    expect(() => osGroup({ 'app-001': { zone: 'az2' } })).toThrow(/placements\["app-001"\]\.zone: moves app-001 from zone az1 to az2, which replaces the server.*Fix: add a member in the new zone/);
  });

  test('with a reason the move is allowed and only that member changes zone', () => {
    const json = osGroup({ 'app-001': { zone: 'az3', replaceReason: 'stateless web member, ticket OPS-42' } });
    const zones = Object.fromEntries(Object.entries<any>(resourceList(json, 'openstack_compute_instance_v2')[0].for_each).map(([k, v]) => [k, v.zone]));
    expect(zones).toEqual({ 'app-001': 'az3', 'app-002': 'az2', 'app-003': 'az3' });
  });

  test('pinning a member to the zone it already has is not a move', () => {
    expect(() => osGroup({ 'app-002': { zone: 'az2' } })).not.toThrow();
  });

  test('host and datastore pins are errors on OpenStack, and a short reason is rejected', () => {
    expect(() => osGroup({ 'app-001': { host: 'cmp-3' } })).toThrow(/placements\["app-001"\]\.host: OpenStack sites cannot pin or move a running server/);
    expect(() => osGroup({ 'app-001': { datastore: 'ds' } })).toThrow(/placements\["app-001"\]\.datastore: OpenStack sites have no datastores/);
    expect(() => osGroup({ 'app-001': { zone: 'az2', replaceReason: 'ok' } })).toThrow(/replaceReason: is shorter than 10 characters/);
  });
});

import { Testing } from 'cdktf';
import { HostPool, Image, ImageTemplate, InstanceGroup, ISite, Network, Peer, PlaneLayout, PlaneRole, Port, QosPolicy, Quota, Router, SecurityGroup, Segmentation, SharedVolume, Size, StorageTier, TenantVdc, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';

// Target conformance: every pool building block on every target, and what each target must
// produce. A new target adds one row here (and its driver folder).
interface Target {
  readonly name: string;
  readonly make: () => { stack: any; site: ISite };
  /** Resource types each block must create on this target, or 'unsupported' (a capability error naming the target). */
  readonly expects: { [block: string]: string[] | 'unsupported' };
  /** Data sources `Network.fromName` must look up. */
  readonly importLookups: string[];
}

const TARGETS: Target[] = [
  {
    name: 'OpenStack',
    make: openstackStack,
    expects: {
      network: ['openstack_networking_network_v2', 'openstack_networking_subnet_v2', 'openstack_networking_router_v2', 'openstack_networking_router_interface_v2'],
      securityGroup: ['openstack_networking_secgroup_v2', 'openstack_networking_secgroup_rule_v2'],
      instances: ['openstack_compute_instance_v2', 'openstack_compute_servergroup_v2', 'openstack_networking_port_v2', 'openstack_compute_flavor_v2', 'openstack_compute_flavor_access_v2', 'openstack_blockstorage_volume_v3', 'openstack_compute_volume_attach_v2'],
      sharedVolume: ['openstack_blockstorage_volume_v3', 'openstack_blockstorage_volume_type_v3', 'openstack_blockstorage_volume_type_access_v3'],
      quota: ['openstack_compute_quotaset_v2', 'openstack_blockstorage_quotaset_v3'],
      qos: ['openstack_networking_qos_policy_v2', 'openstack_networking_qos_bandwidth_limit_rule_v2'],
      image: ['openstack_images_image_v2'],
      router: ['openstack_networking_router_v2'],
      planeLayout: ['openstack_networking_network_v2', 'openstack_networking_subnet_v2'],
      storageTier: ['openstack_blockstorage_volume_type_v3', 'openstack_blockstorage_qos_v3', 'openstack_blockstorage_qos_association_v3'],
      hostPool: ['openstack_compute_aggregate_v2'],
      // VM-HA is instance metadata (Masakari): no resource of its own.
      vmHa: ['openstack_compute_instance_v2', 'openstack_compute_servergroup_v2', 'openstack_networking_port_v2', 'openstack_compute_flavor_v2', 'openstack_compute_flavor_access_v2'],
      tenantVdc: [
        'openstack_identity_project_v3', 'openstack_identity_role_assignment_v3', 'openstack_identity_application_credential_v3',
        'openstack_compute_quotaset_v2', 'openstack_blockstorage_quotaset_v3',
        'openstack_networking_network_v2', 'openstack_networking_subnet_v2', 'openstack_networking_router_v2', 'openstack_networking_router_interface_v2',
        'openstack_fw_group_v2', 'openstack_fw_policy_v2', 'openstack_fw_rule_v2',
      ],
    },
    importLookups: ['openstack_networking_network_v2', 'openstack_networking_subnet_v2'],
  },
  {
    name: 'vSphere',
    make: vsphereStack,
    expects: {
      network: ['vsphere_distributed_port_group'],
      securityGroup: [],
      instances: ['vsphere_virtual_machine', 'vsphere_compute_cluster_vm_anti_affinity_rule'],
      sharedVolume: ['vsphere_virtual_disk'],
      quota: ['vsphere_resource_pool'],
      qos: [],
      image: ['vsphere_content_library', 'vsphere_content_library_item'],
      router: 'unsupported',
      planeLayout: ['vsphere_distributed_port_group'],
      storageTier: ['vsphere_vm_storage_policy'],
      hostPool: ['vsphere_compute_cluster_host_group'],
      vmHa: ['vsphere_virtual_machine', 'vsphere_compute_cluster_vm_anti_affinity_rule', 'vsphere_ha_vm_override'],
      tenantVdc: ['vsphere_folder', 'vsphere_resource_pool', 'vsphere_role', 'vsphere_entity_permissions', 'vsphere_distributed_port_group'],
    },
    importLookups: ['vsphere_network'],
  },
];

const typesOf = (json: any, section: 'resource' | 'data') => Object.keys(json[section] ?? {}).sort();

describe.each(TARGETS)('pool building blocks on $name', (target) => {
  const build = (block: (site: ISite, stack: any) => void) => {
    const { stack, site } = target.make();
    const before = typesOf(JSON.parse(Testing.synth(stack)), 'resource');
    block(site, stack);
    const after = typesOf(JSON.parse(Testing.synth(stack)), 'resource');
    return after.filter((t) => !before.includes(t));
  };
  // Every target carries VLANs, so the conformance network is a VLAN network.
  const network = (site: ISite, stack: any, qosPolicy?: QosPolicy) => new Network(stack, 'net', {
    site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }],
    segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199, { physicalNetwork: 'physnet1' }) }), qosPolicy,
    routerGateway: site.capabilities.routers ? true : undefined,
  });

  it.each([
    ['network', (site: ISite, stack: any) => network(site, stack)],
    ['securityGroup', (site: ISite, stack: any) => new SecurityGroup(stack, 'sg', { site }).allowIngress(Peer.cidr('10.0.0.0/8'), Port.tcp(443))],
    ['instances', (site: ISite, stack: any) => new InstanceGroup(stack, 'web', {
      site, count: 4, size: Size.of(2, 4), image: Image.fromName('ubuntu'), networks: [{ network: network(site, stack) }], volumes: [{ name: 'data', sizeGiB: 10 }],
    })],
    ['sharedVolume', (site: ISite, stack: any) => new SharedVolume(stack, 'shared', { site, sizeGiB: 10 })],
    ['quota', (site: ISite, stack: any) => new Quota(stack, 'quota', { site, projectId: 'p', vcpus: 8, storageGiB: 100 })],
    ['qos', (site: ISite, stack: any) => new QosPolicy(stack, 'qos', { site, maxKbps: 1000 })],
    ['image', (site: ISite, stack: any) => new ImageTemplate(stack, 'img', { site, url: 'https://images.example/ubuntu.img' })],
    ['router', (site: ISite, stack: any) => new Router(stack, 'router', { site })],
    ['planeLayout', (site: ISite, stack: any) => new PlaneLayout(stack, 'planes', {
      site, vlanPool: VlanPool.range(100, 199, { physicalNetwork: 'physnet1' }),
      planes: [{ name: 'pxe', role: PlaneRole.PXE, cidr: '10.0.0.0/24' }, { name: 'mgmt', role: PlaneRole.MANAGEMENT, cidr: '10.0.1.0/24' }],
    })],
    // A tier selects storage the target's way: a Cinder backend, or datastores by tag.
    ['storageTier', (site: ISite, stack: any) => new StorageTier(stack, 'tier', site.capabilities.volumeTypes
      ? { site, backendName: 'ceph-rbd', qos: { totalIopsSec: 1000 } }
      : { site, datastore: 'vsan-a', storagePolicyTags: [{ category: 'tier', tags: ['gold'] }], qos: { totalIopsSec: 1000 } })],
    ['hostPool', (site: ISite, stack: any) => new HostPool(stack, 'pool', { site, role: 'compute', zone: site.availabilityZones[0], hosts: ['host-1', 'host-2'], trusted: true })],
    ['vmHa', (site: ISite, stack: any) => new InstanceGroup(stack, 'ha', {
      site, count: 4, size: Size.of(2, 4), image: Image.fromName('ubuntu'), networks: [{ network: network(site, stack) }], ha: true,
    })],
    // E1: one block, both targets: a project-scoped VDC, or a folder + pools + role on vSphere.
    ['tenantVdc', (site: ISite, stack: any) => new TenantVdc(stack, 'vdc', {
      site, cidr: '10.8.0.0/24', quota: { vcpus: 8, memoryGiB: 16, storageGiB: 100 }, principal: 'vdc-admins',
      segmentation: site.capabilities.tenantNetworks ? undefined : Segmentation.vlan({ pool: VlanPool.range(300, 309) }),
    })],
  ])('%s creates exactly the target\'s resources', (block, make) => {
    const expected = target.expects[block as string];
    if (expected === 'unsupported') {
      expect(() => build(make as any)).toThrow(`${target.name} sites do not support`);
      return;
    }
    const created = build(make as any);
    const networkTypes = target.expects.network as string[];
    const own = block === 'instances' || block === 'vmHa' ? created.filter((t) => !networkTypes.includes(t)) : created;
    expect(own).toEqual([...expected].sort());
  });

  it('Network.fromName looks the network up without creating anything', () => {
    const { stack, site } = target.make();
    Network.fromName(stack, 'existing', { site, networkName: 'lan', subnets: [{ name: 'lan', cidr: '10.9.0.0/24' }] });
    const json = JSON.parse(Testing.synth(stack));
    expect(typesOf(json, 'resource')).toEqual([]);
    for (const t of target.importLookups) expect(typesOf(json, 'data')).toContain(t);
  });

  it('capabilities are declared and name the target', () => {
    const { site } = target.make();
    expect(site.targetName).toBe(target.name);
    expect(Object.values(site.capabilities).every((v) => typeof v === 'boolean')).toBe(true);
  });
});

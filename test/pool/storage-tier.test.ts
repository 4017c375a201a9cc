import { Testing } from 'cdktf';
import { Image, InstanceGroup, ISite, Network, Segmentation, SharedVolume, Size, StorageQosConsumer, StorageTier, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

const net = (stack: any, site: ISite) => new Network(stack, 'net', {
  site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }],
  segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199, { physicalNetwork: 'physnet1' }) }),
});

describe('StorageTier on OpenStack', () => {
  test('M5, F3, P6, T5: one volume type per backend, with volume_backend_name; the FC array is the alternative tier', () => {
    const { stack, site } = openstackStack();
    new StorageTier(stack, 'ceph', { site, name: 'ceph', backendName: 'ceph-rbd' });
    new StorageTier(stack, 'fc', { site, name: 'fc-array', backendName: 'svc-v7000', extraSpecs: { 'capabilities:thin_provisioning': '<is> True' } });
    const types = Object.values<any>(resources(Testing.synth(stack), 'openstack_blockstorage_volume_type_v3'));
    expect(types.map((t) => [t.name, t.extra_specs])).toEqual(expect.arrayContaining([
      ['ceph', { volume_backend_name: 'ceph-rbd' }],
      ['fc-array', { 'volume_backend_name': 'svc-v7000', 'capabilities:thin_provisioning': '<is> True' }],
    ]));
  });

  test('M5: QoS specs are created and associated with the tier\'s volume type; multiattach sets the extra spec', () => {
    const { stack, site } = openstackStack();
    const tier = new StorageTier(stack, 'gold', { site, name: 'gold', backendName: 'ssd', multiattach: true, qos: { totalIopsSec: 5000, totalBytesSec: 200_000_000, consumer: StorageQosConsumer.FRONT_END } });
    const out = Testing.synth(stack);
    const qos = Object.values<any>(resources(out, 'openstack_blockstorage_qos_v3'));
    expect(qos).toEqual([expect.objectContaining({ name: 'gold-qos', consumer: 'front-end', specs: { total_iops_sec: '5000', total_bytes_sec: '200000000' } })]);
    const assoc = Object.values<any>(resources(out, 'openstack_blockstorage_qos_association_v3'))[0];
    expect(assoc.qos_id).toContain('gold_qos');
    expect(assoc.volume_type_id).toContain('gold_volume-type');
    expect(Object.values<any>(resources(out, 'openstack_blockstorage_volume_type_v3'))[0].extra_specs.multiattach).toBe('<is> True');
    expect(tier.openstack?.qosAssociation).toBeDefined();
  });

  test('E10, G6: data volumes, boot volumes and shared volumes take a tier', () => {
    const { stack, site } = openstackStack();
    const san = new StorageTier(stack, 'san', { site, name: 'san', backendName: 'emc', multiattach: true });
    const shared = new SharedVolume(stack, 'shared', { site, sizeGiB: 100, tier: san });
    new InstanceGroup(stack, 'db', {
      site, count: 2, zones: ['az1'], size: Size.of(4, 8, 40), image: Image.fromName('ubuntu'), networks: [{ network: net(stack, site) }],
      bootVolumeTier: san, volumes: [{ name: 'data', sizeGiB: 200, tier: san }], sharedVolumes: [shared],
    });
    const out = Testing.synth(stack);
    const vols = Object.values<any>(resources(out, 'openstack_blockstorage_volume_v3'));
    expect(vols.map((v) => v.volume_type)).toEqual([expect.stringContaining('san_volume-type'), expect.stringContaining('san_volume-type')]);
    const vm = Object.values<any>(resources(out, 'openstack_compute_instance_v2'))[0];
    expect(vm.block_device[0]).toEqual(expect.objectContaining({ destination_type: 'volume', volume_size: 40, volume_type: expect.stringContaining('san_volume-type'), boot_index: 0 }));
    expect(vm.image_name).toBeUndefined();
  });

  test('F2: localRootDisk: false needs a boot tier and a tier on every data volume', () => {
    const make = (extra: object) => {
      const { stack, site } = openstackStack();
      const san = new StorageTier(stack, 'san', { site, backendName: 'svc' });
      return new InstanceGroup(stack, 'g', { site, count: 1, size: Size.of(2, 4, 20), image: Image.fromName('u'), networks: [{ network: net(stack, site) }], localRootDisk: false, ...(extra as any)(san) });
    };
    expect(() => make(() => ({}))).toThrow('props.localRootDisk: is false, but members would boot from a local root disk');
    expect(() => make((san: StorageTier) => ({ bootVolumeTier: san, volumes: [{ name: 'd', sizeGiB: 1 }] }))).toThrow('props.volumes[0].tier: localRootDisk is false');
    expect(() => make((san: StorageTier) => ({ bootVolumeTier: san, volumes: [{ name: 'd', sizeGiB: 1, tier: san }] }))).not.toThrow();
  });

  test('encryption is by reference: a created tier cannot be encrypted (no encryption-type resource); fromVolumeType can', () => {
    const { stack, site } = openstackStack();
    expect(() => new StorageTier(stack, 'enc', { site, encrypted: true })).toThrow('the OpenStack provider has no volume-encryption-type resource');
    const luks = StorageTier.fromVolumeType(stack, 'luks', { site, volumeType: 'luks', encrypted: true });
    expect(luks.encrypted).toBe(true);
    new InstanceGroup(stack, 'g', { site, count: 1, size: Size.of(2, 4), image: Image.fromName('u'), networks: [{ network: net(stack, site) }], volumes: [{ name: 'd', sizeGiB: 5, tier: luks }] });
    expect(Object.values<any>(resources(Testing.synth(stack), 'openstack_blockstorage_volume_v3'))[0].volume_type).toBe('luks');
  });

  test('bad input: vSphere-only props, a non-multi-attach tier for a shared volume, tier with volumeType', () => {
    const { stack, site } = openstackStack();
    expect(() => new StorageTier(stack, 'a', { site, datastore: 'x' })).toThrow('[stack/a] props.datastore: OpenStack sites do not support datastores');
    const plain = new StorageTier(stack, 'plain', { site, backendName: 'ceph' });
    expect(() => new SharedVolume(stack, 's', { site, sizeGiB: 1, tier: plain })).toThrow('props.tier: storage tier stack/plain is not multi-attach');
    expect(() => new InstanceGroup(stack, 'g', { site, count: 1, size: Size.of(2, 4), image: Image.fromName('u'), networks: [{ network: net(stack, site) }], volumes: [{ name: 'd', sizeGiB: 5, tier: plain, volumeType: 'x' }] }))
      .toThrow('props.volumes[0].tier: is set together with volumeType');
    expect(() => new StorageTier(stack, 'b', { site, qos: { totalIopsSec: 0 } })).toThrow('props.qos.totalIopsSec');
  });
});

describe('StorageTier on vSphere', () => {
  test('M5, G6: a tier is a datastore plus a storage policy; members\' disks go there with the IOPS limit', () => {
    const { stack, site } = vsphereStack();
    const gold = new StorageTier(stack, 'gold', { site, name: 'gold', datastore: 'vsan-b', storagePolicyTags: [{ category: 'tier', tags: ['gold'] }], qos: { totalIopsSec: 3000 } });
    new InstanceGroup(stack, 'db', {
      site, count: 2, size: Size.of(4, 8, 40), image: Image.fromName('tpl'), networks: [{ network: net(stack, site) }],
      bootVolumeTier: gold, localRootDisk: false, volumes: [{ name: 'data', sizeGiB: 100, tier: gold }],
    });
    const out = Testing.synth(stack);
    const policy = Object.values<any>(resources(out, 'vsphere_vm_storage_policy'))[0];
    expect(policy.tag_rules).toEqual([{ tag_category: 'tier', tags: ['gold'], include_datastores_with_tags: true }]);
    const vm = Object.values<any>(resources(out, 'vsphere_virtual_machine'))[0];
    expect(vm.storage_policy_id).toContain('gold_vm-storage-policy');
    expect(Object.values<any>(vm.for_each).every((m) => m.datastore_id.includes('datastore-vsan-b'))).toBe(true);
    expect(vm.disk[0]).toEqual(expect.objectContaining({ size: 40, io_limit: 3000, storage_policy_id: expect.stringContaining('gold_vm-storage-policy') }));
    expect(vm.disk[1]).toEqual(expect.objectContaining({ datastore_id: expect.stringContaining('datastore-vsan-b'), io_limit: 3000 }));
  });

  test('a datastore-cluster tier places whole VMs through Storage DRS; it cannot hold a data volume alone', () => {
    const { stack, site } = vsphereStack();
    const pod = new StorageTier(stack, 'pod', { site, datastoreCluster: 'pod-1', storagePolicy: 'vSAN Default' });
    const network = net(stack, site);
    new InstanceGroup(stack, 'web', { site, count: 2, size: Size.of(2, 4, 20), image: Image.fromName('tpl'), networks: [{ network }], bootVolumeTier: pod });
    const out = Testing.synth(stack);
    const vm = Object.values<any>(resources(out, 'vsphere_virtual_machine'))[0];
    expect(vm.datastore_cluster_id).toContain('data.vsphere_datastore_cluster.pod_datastore-cluster');
    expect(vm.datastore_id).toBeUndefined();
    expect(vm.storage_policy_id).toContain('data.vsphere_storage_policy.pod_storage-policy');
    expect(() => new InstanceGroup(stack, 'db', { site, count: 1, size: Size.of(2, 4, 20), image: Image.fromName('tpl'), networks: [{ network }], volumes: [{ name: 'd', sizeGiB: 1, tier: pod }] }))
      .toThrow('props.volumes[0].tier: tier stack/pod is a datastore cluster');
  });

  test('bad input names vSphere and the prop: backend names, created encryption without a policy, unknown datastores', () => {
    const { stack, site } = vsphereStack();
    expect(() => new StorageTier(stack, 'a', { site, backendName: 'ceph' })).toThrow('[stack/a] props.backendName: vSphere sites do not support volume types');
    expect(() => new StorageTier(stack, 'b', { site, encrypted: true })).toThrow('props.encrypted: an encrypted vSphere tier needs an encryption storage policy');
    expect(() => new StorageTier(stack, 'c', { site, datastore: 'nope' })).toThrow('has no datastore "nope"');
    expect(() => StorageTier.fromVolumeType(stack, 'd', { site, volumeType: 'luks' })).toThrow('vSphere sites do not support volume types');
    expect(() => new StorageTier(stack, 'e', { site, qos: { readIopsSec: 10 } })).toThrow('props.qos: vSphere sites do not support volume types');
  });
});

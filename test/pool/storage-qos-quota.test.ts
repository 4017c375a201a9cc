import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { Image, ImageTemplate, InstanceGroup, Network, QosPolicy, Quota, RemovalPolicy, Segmentation, SharedVolume, Size, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

describe('QosPolicy', () => {
  test('OpenStack: policy with limit, minimum and DSCP rules, attached to a network and to ports', () => {
    const { stack, site } = openstackStack();
    const qos = new QosPolicy(stack, 'media', { site, maxKbps: 100000, maxBurstKbps: 10000, minKbps: 50000, dscpMark: 46 });
    const portQos = new QosPolicy(stack, 'port', { site, maxKbps: 100000 });
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], qosPolicy: qos });
    new InstanceGroup(stack, 'g', { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, qosPolicy: portQos }] });
    const out = Testing.synth(stack);
    expect(Object.values<any>(resources(out, 'openstack_networking_qos_bandwidth_limit_rule_v2'))[0]).toMatchObject({ max_kbps: 100000, max_burst_kbps: 10000, direction: 'egress' });
    expect(Object.values<any>(resources(out, 'openstack_networking_qos_minimum_bandwidth_rule_v2'))[0].min_kbps).toBe(50000);
    expect(Object.values<any>(resources(out, 'openstack_networking_qos_dscp_marking_rule_v2'))[0].dscp_mark).toBe(46);
    expect(Object.values<any>(resources(out, 'openstack_networking_network_v2'))[0].qos_policy_id).toMatch(/openstack_networking_qos_policy_v2\./);
    expect(Object.values<any>(resources(out, 'openstack_networking_port_v2'))[0].qos_policy_id).toMatch(/openstack_networking_qos_policy_v2\./);
  });

  test('vSphere: the port group shapes what the VM sends (vDS ingress = out of the VM), as Neutron egress does; minimum and DSCP warn', () => {
    const { stack, site } = vsphereStack();
    const qos = new QosPolicy(stack, 'media', { site, maxKbps: 100000, maxBurstKbps: 8000, dscpMark: 46 });
    new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(5, 9) }), qosPolicy: qos });
    const [pg] = Object.values<any>(resources(Testing.synth(stack), 'vsphere_distributed_port_group'));
    // vDS directions are the switch port's: ingress is traffic from the VM into the switch.
    expect(pg).toMatchObject({ ingress_shaping_enabled: true, ingress_shaping_average_bandwidth: 100000000, ingress_shaping_peak_bandwidth: 100000000, ingress_shaping_burst_size: 1000000 });
    expect(Object.keys(pg).filter((k) => k.startsWith('egress_shaping'))).toEqual([]);
    expect(qos.node.metadata.map((m) => m.type)).toEqual([AnnotationMetadataEntryType.WARN]);
  });

  test.each([
    [{}, 'props.maxKbps: the policy has no rule'],
    [{ dscpMark: 47 }, 'props.dscpMark: 47 is not a DSCP value Neutron accepts'],
    [{ maxKbps: 0 }, 'props.maxKbps: must be an integer >= 1 (got 0)'],
    [{ maxKbps: 100, minKbps: 200 }, 'props.minKbps: guarantees 200 kbit/s above the 100 kbit/s limit'],
  ])('rejects %j', (props, message) => {
    const { stack, site } = openstackStack();
    expect(() => new QosPolicy(stack, 'q', { site, ...props })).toThrow(`[stack/q] ${message}`);
  });

  test('OpenStack: a minimum-bandwidth rule reaching an instance port, from the port or its network, is an error (no Nova 2.72 from the provider)', () => {
    const { stack, site } = openstackStack();
    const guaranteed = new QosPolicy(stack, 'guaranteed', { site, minKbps: 50000 });
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], qosPolicy: guaranteed });
    // The end-to-end suite found it: Neutron applies the network's policy to compute ports.
    expect(() => new InstanceGroup(stack, 'on-network', { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net }] })).toThrow(
      "[stack/on-network] props.networks[0].network: QoS policy stack/guaranteed has a minimum-bandwidth rule (minKbps), reaching this port through the network's policy",
    );
    const limited = new Network(stack, 'limited', { site, cidr: '10.1.0.0/24', subnets: [{ name: 'a', cidr: '10.1.0.0/24' }], qosPolicy: new QosPolicy(stack, 'cap', { site, maxKbps: 1000 }) });
    expect(() => new InstanceGroup(stack, 'capped', { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: limited }] })).not.toThrow();
    expect(() => new InstanceGroup(stack, 'on-port', { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, qosPolicy: guaranteed }] })).toThrow(
      "[stack/on-port] props.networks[0].qosPolicy: QoS policy stack/guaranteed has a minimum-bandwidth rule (minKbps), reaching this port through the port's own policy",
    );
  });

  test('OpenStack: DSCP marking cannot reach an SR-IOV port, from the port or the network policy', () => {
    const { stack, site } = openstackStack();
    const marking = new QosPolicy(stack, 'ef', { site, dscpMark: 46 });
    const limit = new QosPolicy(stack, 'limit', { site, maxKbps: 1000 });
    const marked = new Network(stack, 'marked', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], qosPolicy: marking });
    const plain = new Network(stack, 'plain', { site, cidr: '10.1.0.0/24', subnets: [{ name: 'a', cidr: '10.1.0.0/24' }] });
    const group = (id: string, network: Network, qosPolicy?: QosPolicy) => () => new InstanceGroup(stack, id, { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network, sriov: true, qosPolicy }] });
    expect(group('via-network', marked)).toThrow('[stack/via-network] props.networks[0].network: QoS policy stack/ef marks DSCP 46, but this is an SR-IOV port');
    expect(group('via-port', plain, marking)).toThrow('[stack/via-port] props.networks[0].qosPolicy: QoS policy stack/ef marks DSCP 46');
    expect(group('limit-only', plain, limit)).not.toThrow();
    // virtio ports still mark
    expect(() => new InstanceGroup(stack, 'virtio', { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: marked }] })).not.toThrow();
  });

  test('port QoS on vSphere is an error that points to the network', () => {
    const { stack, site } = vsphereStack();
    const qos = new QosPolicy(stack, 'q', { site, maxKbps: 1000 });
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(5, 9) }) });
    expect(() => new InstanceGroup(stack, 'g', { site, size: Size.of(1, 1), image: Image.fromName('t'), networks: [{ network: net, qosPolicy: qos }] })).toThrow(
      'props.networks[0].qosPolicy: vSphere sites do not support port QoS policies',
    );
  });
});

describe('volumes', () => {
  test('OpenStack: per-member data volumes in the Cinder default zone, protected, attached; shared volume multi-attached to all', () => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }] });
    const shared = new SharedVolume(stack, 'media', { site, sizeGiB: 500, crossZoneAttach: true });
    new InstanceGroup(stack, 'db', {
      site, size: Size.of(4, 16), image: Image.fromName('x'), networks: [{ network: net }],
      volumes: [{ name: 'data', sizeGiB: 200, volumeType: 'luks-encrypted' }, { name: 'scratch', sizeGiB: 10, removalPolicy: RemovalPolicy.DESTROY, zone: 'cinder-b' }],
      sharedVolumes: [shared],
    });
    const out = Testing.synth(stack);
    const volumes = resources(out, 'openstack_blockstorage_volume_v3');
    const data = Object.entries<any>(volumes).find(([k]) => k.includes('volume-data'))![1];
    expect(data).toMatchObject({ size: 200, volume_type: 'luks-encrypted', name: '${each.key}-data', lifecycle: { prevent_destroy: true } });
    // Cinder zones are not Nova zones: no zone unless the spec names one.
    expect(data.availability_zone).toBeUndefined();
    expect(Object.keys(data.for_each)).toEqual(['db-001', 'db-002']);
    const scratch = Object.entries<any>(volumes).find(([k]) => k.includes('volume-scratch'))![1];
    expect(scratch.lifecycle).toEqual({ prevent_destroy: false });
    expect(scratch.availability_zone).toBe('cinder-b');
    const sharedVol = Object.entries<any>(volumes).find(([k]) => k.startsWith('media'))![1];
    expect(sharedVol).toMatchObject({ size: 500, lifecycle: { prevent_destroy: true } });
    expect(Object.values<any>(resources(out, 'openstack_blockstorage_volume_type_v3'))[0].extra_specs).toEqual({ multiattach: '<is> True' });
    const attachments = Object.entries<any>(resources(out, 'openstack_compute_volume_attach_v2'));
    expect(attachments).toHaveLength(3);
    const sharedAttach = attachments.find(([k]) => k.includes('attach-shared'))![1];
    expect(sharedAttach).toMatchObject({ multiattach: true, instance_id: expect.stringMatching(/openstack_compute_instance_v2\.db_instances_[A-Z0-9]+\[each\.key\]\.id/) });
  });

  test('vSphere: data disks kept on removal; the shared disk attached multi-writer', () => {
    const { stack, site } = vsphereStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(5, 9) }) });
    const shared = new SharedVolume(stack, 'media', { site, sizeGiB: 500, datastore: 'vsan-b', crossZoneAttach: true });
    new InstanceGroup(stack, 'db', { site, size: Size.of(4, 16), image: Image.fromName('t'), networks: [{ network: net }], volumes: [{ name: 'data', sizeGiB: 200 }], sharedVolumes: [shared] });
    const out = Testing.synth(stack);
    const [disk] = Object.values<any>(resources(out, 'vsphere_virtual_disk'));
    expect(disk.datastore).toMatch(/^\$\{data\.vsphere_datastore\.dc1_datastore-vsan-b_[0-9A-F]+\.name\}$/);
    expect(disk).toMatchObject({ size: 500, type: 'eagerZeroedThick', lifecycle: { prevent_destroy: true } });
    const [vm] = Object.values<any>(resources(out, 'vsphere_virtual_machine'));
    expect(vm.disk[1]).toEqual({ label: 'disk-data', unit_number: 1, size: 200, keep_on_remove: true });
    expect(vm.disk[2]).toMatchObject({ label: 'shared-media', unit_number: 2, attach: true, disk_sharing: 'sharingMultiWriter', path: expect.stringMatching(/^\$\{vsphere_virtual_disk\.media_disk_[0-9A-F]+\.vmdk_path\}$/) });
    expect(disk.vmdk_path).toBe('oscar-shared/media.vmdk');
  });

  test.each([
    [{ volumes: [{ name: 'data', sizeGiB: 0 }] }, 'props.volumes[0].sizeGiB: must be an integer >= 1 (got 0)'],
    [{ volumes: [{ name: 'Data', sizeGiB: 1 }] }, 'props.volumes[0].name: "Data" is not a DNS-1123 label'],
    [{ volumes: [{ name: 'd', sizeGiB: 1 }, { name: 'd', sizeGiB: 2 }] }, 'props.volumes[1].name: "d" is used twice'],
  ])('rejects %j', (extra, message) => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }] });
    expect(() => new InstanceGroup(stack, 'g', { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net }], ...extra })).toThrow(`[stack/g] ${message}`);
  });

  test('a shared volume attached across zones must be an explicit choice', () => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }] });
    const shared = new SharedVolume(stack, 'media', { site, sizeGiB: 500 });
    const group = (id: string, zones?: string[]) => () => new InstanceGroup(stack, id, { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net }], zones, sharedVolumes: [shared] });
    expect(group('spread')).toThrow('[stack/spread] props.sharedVolumes[0]: volume stack/media would be attached to members in 2 zones (az1, az2)');
    expect(group('one-zone', ['az2'])).not.toThrow();
  });

  test('shared volume errors', () => {
    const { stack, site } = openstackStack();
    expect(() => new SharedVolume(stack, 'v', { site, sizeGiB: 0 })).toThrow('[stack/v] props.sizeGiB: must be an integer >= 1');
    expect(() => new SharedVolume(stack, 'w', { site, sizeGiB: 1, zone: 'az9' })).toThrow('props.zone: zone "az9" is not declared');
  });
});

describe('Quota', () => {
  test('OpenStack: compute, network and block storage quota sets for the project in the site region', () => {
    const { stack, site } = openstackStack();
    new Quota(stack, 'tenant', { site, projectId: 'p-123', vcpus: 64, memoryGiB: 256, instances: 20, volumes: 40, storageGiB: 4000, networks: 5, floatingIps: 4 });
    const out = Testing.synth(stack);
    expect(Object.values<any>(resources(out, 'openstack_compute_quotaset_v2'))[0]).toMatchObject({ project_id: 'p-123', region: 'RegionOne', cores: 64, ram: 262144, instances: 20 });
    expect(Object.values<any>(resources(out, 'openstack_networking_quota_v2'))[0]).toMatchObject({ network: 5, floatingip: 4, port: 160 });
    expect(Object.values<any>(resources(out, 'openstack_blockstorage_quotaset_v3'))[0]).toMatchObject({ volumes: 40, gigabytes: 4000 });
  });

  test('vSphere: a resource pool with limits and reservations', () => {
    const { stack, site } = vsphereStack();
    new Quota(stack, 'tenant', { site, memoryGiB: 128, memoryReservationGiB: 32, cpuLimitMhz: 40000, zone: 'cluster-b' });
    const [pool] = Object.values<any>(resources(Testing.synth(stack), 'vsphere_resource_pool'));
    expect(pool).toMatchObject({ name: 'tenant', memory_limit: 131072, memory_reservation: 32768, cpu_limit: 40000, cpu_reservation: 0, cpu_expandable: true, memory_expandable: true });
    expect(pool.parent_resource_pool_id).toMatch(/cluster-cluster-b.*resource_pool_id/);
  });

  test('vSphere: a quota over several clusters is one pool per cluster, and groups given it place their members inside', () => {
    const { stack, site } = vsphereStack();
    const quota = new Quota(stack, 'tenant', { site, memoryGiB: 128, cpuLimitMhz: 40000 });
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(5, 9) }) });
    new InstanceGroup(stack, 'app', { site, size: Size.of(2, 4), image: Image.fromName('t'), networks: [{ network: net }], quota });
    const out = Testing.synth(stack);
    const pools = resources(out, 'vsphere_resource_pool');
    const byParent = Object.fromEntries(Object.entries<any>(pools).map(([name, p]) => [p.parent_resource_pool_id.match(/cluster-(cluster-[ab])/)[1], { address: name, ...p }]));
    // A pool cannot span clusters: each cluster's pool carries the limits.
    expect(byParent['cluster-a']).toMatchObject({ address: expect.stringMatching(/^tenant_pool_/), name: 'tenant', memory_limit: 131072, cpu_limit: 40000 });
    expect(byParent['cluster-b']).toMatchObject({ name: 'tenant-cluster-b', memory_limit: 131072, cpu_limit: 40000 });
    const [vm] = Object.values<any>(resources(out, 'vsphere_virtual_machine'));
    expect(vm.for_each['app-001'].resource_pool_id).toBe(`\${vsphere_resource_pool.${byParent['cluster-a'].address}.id}`);
    expect(vm.for_each['app-002'].resource_pool_id).toBe(`\${vsphere_resource_pool.${byParent['cluster-b'].address}.id}`);
    expect(Object.keys(quota.vsphere!.resourcePools)).toEqual(['cluster-a', 'cluster-b']);
  });

  test('vSphere: a member in a cluster the quota does not cover is an error', () => {
    const { stack, site } = vsphereStack();
    const quota = new Quota(stack, 'tenant', { site, memoryGiB: 64, zone: 'cluster-b' });
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(5, 9) }) });
    expect(() => new InstanceGroup(stack, 'app', { site, size: Size.of(2, 4), image: Image.fromName('t'), networks: [{ network: net }], quota })).toThrow(
      '[stack/app] props.quota: has no resource pool in cluster "cluster-a", where members are placed',
    );
  });

  test.each([
    [{ vcpus: -1, projectId: 'p' }, 'props.vcpus: must be an integer >= 0 (got -1)'],
    [{}, 'props.projectId: is required on OpenStack'],
    [{ projectId: 'p', memoryGiB: 8, memoryReservationGiB: 16 }, 'props.memoryReservationGiB: reserves 16 GiB above the 8 GiB limit'],
  ])('rejects %j', (extra, message) => {
    const { stack, site } = openstackStack();
    expect(() => new Quota(stack, 'q', { site, ...extra })).toThrow(`[stack/q] ${message}`);
  });
});

describe('ImageTemplate', () => {
  test('OpenStack: a private, protected Glance image from a URL, protected from destroy, usable by groups', () => {
    const { stack, site } = openstackStack();
    const tpl = new ImageTemplate(stack, 'ubuntu', { site, url: 'https://images.example.internal/ubuntu-24.04.qcow2' });
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }] });
    new InstanceGroup(stack, 'g', { site, size: Size.of(1, 1), image: tpl.image, networks: [{ network: net }] });
    const out = Testing.synth(stack);
    expect(Object.values<any>(resources(out, 'openstack_compute_instance_v2'))[0].image_id).toMatch(/^\$\{openstack_images_image_v2\.ubuntu_image_[0-9A-F]+\.id\}$/);
    const [img] = Object.values<any>(resources(out, 'openstack_images_image_v2'));
    expect(img).toMatchObject({ visibility: 'private', protected: true, disk_format: 'qcow2', container_format: 'bare', lifecycle: { prevent_destroy: true } });
  });

  test('vSphere: a content library item; plain http is an error', () => {
    const { stack, site } = vsphereStack();
    new ImageTemplate(stack, 'ubuntu', { site, url: 'https://images.example.internal/ubuntu.ova' });
    const [item] = Object.values<any>(resources(Testing.synth(stack), 'vsphere_content_library_item'));
    expect(item).toMatchObject({ file_url: 'https://images.example.internal/ubuntu.ova', lifecycle: { prevent_destroy: true } });
    expect(() => new ImageTemplate(stack, 'bad', { site, url: 'http://x/y.ova' })).toThrow('[stack/bad] props.url: "http://x/y.ova" is not an https:// URL');
  });
});

describe('Quota.requireCovers', () => {
  test('names the prop, the amounts and the consumers; skips unset limits, unknown needs and tokens', () => {
    const { stack } = openstackStack();
    expect(() => Quota.requireCovers(stack, 'quota', { vcpus: 8, memoryGiB: 64 }, { vcpus: 12, memoryGiB: 32 }, 'the tiers (web)')).toThrow(
      '[stack] props.quota.vcpus: the quota of 8 vCPUs is below what the tiers (web) need (12 vCPUs). Fix: raise vcpus to at least 12, or shrink the tiers (web).',
    );
    expect(() => Quota.requireCovers(stack, 'quota', { instances: 4 }, { instances: 4, vcpus: 99 }, 'x')).not.toThrow();
    expect(() => Quota.requireCovers(stack, 'quota', { vcpus: 2 }, { memoryGiB: 1 }, 'x')).not.toThrow();
  });
});

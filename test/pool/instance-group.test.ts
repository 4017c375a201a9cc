import { AnnotationMetadataEntryType, App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { AntiAffinity, Image, InstanceGroup, MacPool, Network, PoolMembers, SecurityGroup, Segmentation, SharedVolume, Size, VlanPool, VsphereSite } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

function osGroup(extra: Partial<ConstructorParameters<typeof InstanceGroup>[2]> = {}) {
  const { stack, site } = openstackStack();
  const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
  const zone = new SecurityGroup(stack, 'zone', { site });
  const make = () => new InstanceGroup(stack, 'web', { site, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'), networks: [{ network: net, securityGroups: [zone] }], ...extra });
  return { stack, site, net, make };
}

describe('InstanceGroup on OpenStack', () => {
  test('members keyed by stable names, spread round-robin over the site zones, hard anti-affinity by default', () => {
    const { stack, make } = osGroup({ count: 4 });
    const group = make();
    const out = Testing.synth(stack);
    const [instances] = Object.values<any>(resources(out, 'openstack_compute_instance_v2'));
    expect(instances.for_each).toEqual({ 'web-001': { zone: 'az1' }, 'web-002': { zone: 'az2' }, 'web-003': { zone: 'az3' }, 'web-004': { zone: 'az1' } });
    expect(Object.values<any>(resources(out, 'openstack_compute_servergroup_v2'))[0].policies).toEqual(['anti-affinity']);
    expect(instances.scheduler_hints[0].group).toMatch(/openstack_compute_servergroup_v2\./);
    expect(group.antiAffinity).toBe(AntiAffinity.HARD);
    expect(group.memberZones['web-004']).toBe('az1');
  });

  test('scaling out adds one key and leaves every existing member as it was', () => {
    const keysFor = (count: number) => {
      const { stack, make } = osGroup({ count });
      make();
      return Object.values<any>(resources(Testing.synth(stack), 'openstack_compute_instance_v2'))[0].for_each;
    };
    const before = keysFor(50);
    const after = keysFor(51);
    expect(Object.keys(after).filter((k) => !(k in before))).toEqual(['web-051']);
    for (const k of Object.keys(before)) expect(after[k]).toEqual(before[k]);
  });

  test('soft anti-affinity, explicit zones, existing flavor, key pair, user data', () => {
    const { stack, make } = osGroup({ antiAffinity: AntiAffinity.SOFT, zones: ['az2', 'az3'], size: Size.flavor('m1.large'), keyPair: 'ops', userData: '#cloud-config' });
    make();
    const out = Testing.synth(stack);
    const [i] = Object.values<any>(resources(out, 'openstack_compute_instance_v2'));
    expect(i).toMatchObject({ flavor_name: 'm1.large', key_pair: 'ops', user_data: '#cloud-config' });
    expect(Object.values<any>(i.for_each).map((v) => v.zone)).toEqual(['az2', 'az3']);
    expect(Object.values<any>(resources(out, 'openstack_compute_servergroup_v2'))[0].policies).toEqual(['soft-anti-affinity']);
    expect(resources(out, 'openstack_compute_flavor_v2')).toEqual({});
  });

  test('a size creates one flavor per site; data-plane and bare-metal sizes carry their extra specs', () => {
    const { stack, site, net } = osGroup();
    const img = Image.fromName('ubuntu');
    new InstanceGroup(stack, 'a', { site, size: Size.of(2, 4, 20), image: img, networks: [{ network: net }] });
    new InstanceGroup(stack, 'b', { site, size: Size.of(2, 4, 20), image: img, networks: [{ network: net }] });
    new InstanceGroup(stack, 'dp', { site, size: Size.of(8, 16, 40).withDataPlane({ numaNodes: 2 }), image: img, networks: [{ network: net, sriov: true }] });
    new InstanceGroup(stack, 'bm', { site, size: Size.bareMetal('baremetal.gold', 64, 512, 1800), image: img, networks: [{ network: net }], count: 1 });
    const a = stack.node.findChild('a') as InstanceGroup;
    const b = stack.node.findChild('b') as InstanceGroup;
    expect(a.openstack?.flavor).toBeDefined();
    expect(a.openstack?.flavor).toBe(b.openstack?.flavor);
    const flavors = Object.values<any>(resources(Testing.synth(stack), 'openstack_compute_flavor_v2'));
    expect(flavors.map((f) => f.name).sort()).toEqual(['stack-bm-baremetal-gold', 'stack-c2-m4-d20', 'stack-c8-m16-d40-dp-pin-1gb-numa2']);
    expect(flavors.find((f) => f.name.startsWith('stack-c8')).extra_specs).toEqual({ 'hw:cpu_policy': 'dedicated', 'hw:mem_page_size': '1GB', 'hw:numa_nodes': '2' });
    expect(flavors.find((f) => f.name.startsWith('stack-bm')).extra_specs).toEqual({
      'resources:CUSTOM_BAREMETAL_GOLD': '1', 'resources:VCPU': '0', 'resources:MEMORY_MB': '0', 'resources:DISK_GB': '0',
    });
  });

  test('ports: static MACs and IPs per member, SR-IOV direct binding, boot from a kept volume', () => {
    const { stack, site, net } = osGroup();
    new InstanceGroup(stack, 'sbc', {
      site,
      size: Size.of(4, 8),
      image: Image.fromId('4b0f0c6e-0000-4000-8000-000000000001'),
      bootVolumeGiB: 40,
      bootVolumeType: 'ceph-ssd',
      networks: [{ network: net, macPool: MacPool.fromPrefix('fa:16:3e:01'), fixedIps: ['10.0.1.21', '10.0.1.22'], sriov: true }],
    });
    const out = Testing.synth(stack);
    const [port] = Object.values<any>(resources(out, 'openstack_networking_port_v2'));
    expect(port.for_each).toEqual({ 'sbc-001': { mac: 'fa:16:3e:01:00:01', ip: '10.0.1.21' }, 'sbc-002': { mac: 'fa:16:3e:01:00:02', ip: '10.0.1.22' } });
    expect(port).toMatchObject({ mac_address: '${each.value.mac}', binding: { vnic_type: 'direct' }, port_security_enabled: false });
    // Nova writes the claimed VF into the binding profile at boot: the next plan must not clear it.
    expect(port.lifecycle).toEqual({ ignore_changes: ['binding[0].profile'] });
    const [i] = Object.values<any>(resources(out, 'openstack_compute_instance_v2'));
    expect(i.block_device).toEqual([{ boot_index: 0, delete_on_termination: false, destination_type: 'volume', source_type: 'image', uuid: '4b0f0c6e-0000-4000-8000-000000000001', volume_size: 40, volume_type: 'ceph-ssd' }]);
    expect(i.image_id).toBeUndefined();
  });

  test('boot from volume with Image.fromName resolves the name to a UUID through one Glance lookup per site', () => {
    const { stack, site, net } = osGroup();
    const img = Image.fromName('sbc-5.2');
    new InstanceGroup(stack, 'a', { site, size: Size.of(4, 8), image: img, bootVolumeGiB: 40, networks: [{ network: net }] });
    new InstanceGroup(stack, 'b', { site, size: Size.of(4, 8), image: img, bootVolumeGiB: 40, networks: [{ network: net }] });
    const json = JSON.parse(Testing.synth(stack));
    const lookups = Object.values<any>(json.data.openstack_images_image_v2);
    expect(lookups).toEqual([expect.objectContaining({ name: 'sbc-5.2', most_recent: true })]);
    const [lookupName] = Object.keys(json.data.openstack_images_image_v2);
    for (const i of Object.values<any>(json.resource.openstack_compute_instance_v2)) {
      // block_device.uuid takes only a UUID: never the name.
      expect(i.block_device[0].uuid).toBe(`\${data.openstack_images_image_v2.${lookupName}.id}`);
    }
  });

  test.each([
    [{ count: 0 }, 'props.count: must be an integer >= 1 (got 0)'],
    [{ count: 1, antiAffinity: AntiAffinity.HARD }, 'props.count: anti-affinity needs at least 2 members (got 1)'],
    [{ zones: ['az9'] }, 'props.zones[0]: zone "az9" is not declared by site stack/dc1'],
    [{ size: Size.of(0, 4) }, 'props.size.vcpus: must be an integer >= 1 (got 0)'],
    [{ size: Size.of(2, -1) }, 'props.size.memoryGiB: must be a positive number (got -1)'],
    [{ size: Size.of(2, 4, 0) }, 'props.size.diskGiB: must be an integer >= 1 (got 0)'],
    [{ size: Size.of(2, 4).withDataPlane({ numaNodes: 4 }) }, 'props.size.numaNodes: 4 NUMA nodes do not fit 2 vCPUs'],
    [{ networks: [] }, 'props.networks: attaches no network'],
    [{ name: 'Web_Tier' }, 'props.name: "Web_Tier" is not a DNS-1123 label'],
  ])('rejects %j', (extra, message) => {
    const { make } = osGroup(extra as any);
    expect(make).toThrow(`[stack/web] ${message}`);
  });

  test('fixed IPs are checked against the subnet and the member count', () => {
    const { stack, site, net } = osGroup();
    let n = 0;
    const make = (fixedIps: string[]) => () => new InstanceGroup(stack, `g${n++}`, { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, fixedIps }] });
    expect(make(['10.0.1.5'])).toThrow('props.networks[0].fixedIps: lists 1 addresses for 2 members');
    expect(make(['10.0.1.5', '10.0.2.5'])).toThrow('props.networks[0].fixedIps[1]: 10.0.2.5 is not a host address of subnet app (10.0.1.0/24)');
    expect(make(['10.0.1.5', '10.0.1.5'])).toThrow('props.networks[0].fixedIps[1]: 10.0.1.5 is listed twice');
  });

  test('fixed IPs inside declared allocation pools are warned about; the pools stay as declared', () => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'net', {
      site, cidr: '10.0.0.0/16',
      subnets: [{ name: 'pooled', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1', allocationPools: [{ start: '10.0.1.100', end: '10.0.1.200' }] }],
    });
    const group = (id: string, fixedIps: string[]) => new InstanceGroup(stack, id, { site, count: 3, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, fixedIps }] });
    const inPool = group('in-pool', ['10.0.1.99', '10.0.1.100', '10.0.1.200']);
    const outside = group('outside', ['10.0.1.10', '10.0.1.201', '10.0.1.98']);
    expect(warningsOf(outside)).toEqual([]);
    expect(warningsOf(inPool)).toEqual([expect.stringContaining('stack/in-pool: props.networks[0].fixedIps pins 10.0.1.100, 10.0.1.200 inside the allocation pools of subnet pooled.')]);
    expect(warningsOf(inPool)[0]).toContain('IpAddressAlreadyAllocated');
    const [subnet] = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_subnet_v2'));
    expect(subnet.allocation_pool).toEqual([{ start: '10.0.1.100', end: '10.0.1.200' }]);
  });

  test('a subnet on the default pool gets pools around every group\'s fixed IPs and the first host', () => {
    const { stack, site } = openstackStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.2.0/24' }, { name: 'free', cidr: '10.0.3.0/24' }] });
    const a = new InstanceGroup(stack, 'a', { site, count: 3, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, fixedIps: ['10.0.2.12', '10.0.2.10', '10.0.2.11'] }] });
    const b = new InstanceGroup(stack, 'b', { site, count: 1, antiAffinity: AntiAffinity.NONE, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, fixedIps: ['10.0.2.254'] }] });
    expect([...warningsOf(a), ...warningsOf(b)]).toEqual([]);
    const subnets = resources(Testing.synth(stack), 'openstack_networking_subnet_v2');
    const byName = Object.fromEntries(Object.values<any>(subnets).map((x) => [x.name.split('-').pop(), x]));
    expect(byName.app.allocation_pool).toEqual([{ start: '10.0.2.2', end: '10.0.2.9' }, { start: '10.0.2.13', end: '10.0.2.253' }]);
    expect(byName.free.allocation_pool).toBeUndefined();
  });

  test('fixed IPs on an imported network are not judged: its real pools are not known at synth', () => {
    const { stack, site } = openstackStack();
    const net = Network.fromName(stack, 'ext', { site, networkName: 'provider', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
    const g = new InstanceGroup(stack, 'g', { site, count: 3, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, fixedIps: ['10.0.1.10', '10.0.1.11', '10.0.1.12'] }] });
    expect(warningsOf(g)).toEqual([]);
    expect(resources(Testing.synth(stack), 'openstack_networking_subnet_v2')).toEqual({});
  });
});

function warningsOf(c: IConstruct): string[] {
  return c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
}

describe('InstanceGroup on vSphere', () => {
  function vsGroup(count: number, antiAffinity?: AntiAffinity) {
    const { stack, site } = vsphereStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199) }) });
    new InstanceGroup(stack, 'web', { site, count, antiAffinity, size: Size.of(4, 8, 60), image: Image.fromName('ubuntu-tpl'), networks: [{ network: net }] });
    return Testing.synth(stack);
  }

  test('VMs per member in their cluster, sized, one mandatory DRS rule per cluster with 2+ members', () => {
    const out = vsGroup(3);
    const [vm] = Object.values<any>(resources(out, 'vsphere_virtual_machine'));
    expect(Object.keys(vm.for_each)).toEqual(['web-001', 'web-002', 'web-003']);
    expect(vm.for_each['web-002'].resource_pool_id).toMatch(/cluster-cluster-b.*resource_pool_id/);
    expect(vm).toMatchObject({ num_cpus: 4, memory: 8192, name: '${each.key}' });
    expect(vm.disk[0].size).toBe(60);
    const rules = Object.values<any>(resources(out, 'vsphere_compute_cluster_vm_anti_affinity_rule'));
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ mandatory: true, name: 'web-cluster-a-anti-affinity' });
    expect(rules[0].virtual_machine_ids).toContain('contains(["web-001","web-003"], key)');
  });

  test('each member\'s disks go to a datastore its own cluster mounts; a shared disk must be mounted by every member\'s cluster', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
    const site = new VsphereSite(stack, 'dc1', {
      datacenter: 'dc1', clusters: ['cluster-a', 'cluster-b', 'cluster-c'], datastores: ['vsan-a', 'vsan-b', 'nfs-shared'], distributedSwitch: 'dvs',
      clusterDatastores: { 'cluster-a': ['vsan-a', 'nfs-shared'], 'cluster-b': ['vsan-b', 'nfs-shared'] },
      providerConfig: { vsphereServer: 'vc', user: 'u', password: password.stringValue },
    });
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199) }) });
    const group = (id: string, zones: string[], sharedVolumes: SharedVolume[] = []) => () =>
      new InstanceGroup(stack, id, { site, zones, size: Size.of(2, 4), image: Image.fromName('t'), networks: [{ network: net }], sharedVolumes });
    group('web', ['cluster-a', 'cluster-b'])();
    const [vm] = Object.values<any>(resources(Testing.synth(stack), 'vsphere_virtual_machine'));
    expect(vm.datastore_id).toBe('${each.value.datastore_id}');
    expect(vm.for_each['web-001'].datastore_id).toMatch(/datastore-vsan-a.*\.id/);
    expect(vm.for_each['web-002'].datastore_id).toMatch(/datastore-vsan-b.*\.id/);
    expect(group('lost', ['cluster-c'])).toThrow('[stack/lost] props.zones: cluster "cluster-c" has no datastore in the site\'s clusterDatastores');
    const local = new SharedVolume(stack, 'local', { site, sizeGiB: 10, datastore: 'vsan-a', crossZoneAttach: true });
    const shared = new SharedVolume(stack, 'shared', { site, sizeGiB: 10, datastore: 'nfs-shared', crossZoneAttach: true });
    expect(group('db', ['cluster-a', 'cluster-b'], [local])).toThrow('[stack/db] props.sharedVolumes[0]: shared disk "local" is on datastore "vsan-a", which the hosts of cluster "cluster-b" do not mount');
    expect(group('db2', ['cluster-a', 'cluster-b'], [shared])).not.toThrow();
  });

  test('soft anti-affinity makes the rules non-mandatory', () => {
    const rules = Object.values<any>(resources(vsGroup(4, AntiAffinity.SOFT), 'vsphere_compute_cluster_vm_anti_affinity_rule'));
    expect(rules.map((r) => r.mandatory)).toEqual([false, false]);
  });

  test('flavors, bare metal and SR-IOV are OpenStack-only', () => {
    const { stack, site } = vsphereStack();
    const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(1, 9) }) });
    const base = { site, image: Image.fromName('t'), networks: [{ network: net }] };
    expect(() => new InstanceGroup(stack, 'f', { ...base, size: Size.flavor('m1.large') })).toThrow("props.size: vSphere sites do not support flavors (got Size.flavor('m1.large'))");
    expect(() => new InstanceGroup(stack, 'b', { ...base, size: Size.bareMetal('gold', 1, 1, 1) })).toThrow('props.size: vSphere sites do not support bare metal');
    expect(() => new InstanceGroup(stack, 's', { ...base, size: Size.of(1, 1), networks: [{ network: net, sriov: true }] })).toThrow('props.networks[0].sriov: vSphere sites do not support SR-IOV ports');
  });
});

describe('InstanceGroup.memberAddresses and PoolMembers.fromInstanceGroup', () => {
  test('OpenStack: each member is addressed through its own port on the chosen attachment', () => {
    const { stack, site, net } = osGroup();
    const mgmt = new Network(stack, 'mgmt', { site, cidr: '10.9.0.0/16', subnets: [{ name: 'm', cidr: '10.9.1.0/24' }] });
    const group = new InstanceGroup(stack, 'app', { site, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'), networks: [{ network: net }, { network: mgmt }] });
    const first = group.memberAddresses();
    const second = group.memberAddresses(1);
    expect(Object.keys(first)).toEqual(['app-001', 'app-002']);
    expect(first['app-002']).toBe(`\${${group.openstack!.ports[0].fqn}["app-002"].all_fixed_ips[0]}`);
    expect(second['app-001']).toBe(`\${${group.openstack!.ports[1].fqn}["app-001"].all_fixed_ips[0]}`);
    const members = PoolMembers.fromInstanceGroup(group, { attachment: 1, port: 8443 }).poolMembers();
    expect(members).toEqual([{ name: 'app-001', address: second['app-001'], port: 8443 }, { name: 'app-002', address: second['app-002'], port: 8443 }]);
  });

  test('an attachment the group does not have is an error naming the method', () => {
    const { make } = osGroup();
    expect(() => make().memberAddresses(2)).toThrow('[stack/web] props.memberAddresses: attachment 2 does not exist (the group has 1 network attachments)');
  });

  test('vSphere: fixed addresses are literal, otherwise the VM default IP; a secondary NIC without fixed IPs is an error', () => {
    const { stack, site } = vsphereStack();
    const vlan = (id: number) => Segmentation.vlan({ pool: VlanPool.range(id, id) });
    const a = new Network(stack, 'a', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'a', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1' }], segmentation: vlan(100) });
    const b = new Network(stack, 'b', { site, cidr: '10.1.0.0/16', subnets: [{ name: 'b', cidr: '10.1.1.0/24', gatewayIp: '10.1.1.1' }], segmentation: vlan(101) });
    const fixed = new InstanceGroup(stack, 'fixed', { site, size: Size.of(2, 4, 20), image: Image.fromName('tpl'), networks: [{ network: a, fixedIps: ['10.0.1.11', '10.0.1.12'] }] });
    expect(fixed.memberAddresses()).toEqual({ 'fixed-001': '10.0.1.11', 'fixed-002': '10.0.1.12' });
    const dhcp = new InstanceGroup(stack, 'dhcp', { site, size: Size.of(2, 4, 20), image: Image.fromName('tpl'), networks: [{ network: a }, { network: b }] });
    expect(dhcp.memberAddresses()['dhcp-001']).toBe(`\${${dhcp.vsphere!.virtualMachines.fqn}["dhcp-001"].default_ip_address}`);
    expect(() => dhcp.memberAddresses(1)).toThrow('[stack/dhcp] props.networks[1].fixedIps: on vSphere, the address of a secondary NIC is not known to Terraform');
  });
});

describe('allowed address pairs (VRRP virtual IPs, issue 15 #9)', () => {
  test('OpenStack: every member port may carry the VIP', () => {
    const { stack, net } = osGroup();
    const site = net.site;
    new InstanceGroup(stack, 'lb', { site, size: Size.of(2, 4, 20), image: Image.fromName('haproxy'), networks: [{ network: net, allowedAddressPairs: [{ ipAddress: '10.0.1.5' }] }] });
    const ports = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_port_v2'));
    expect(ports.map((p) => p.allowed_address_pairs)).toEqual([[{ ip_address: '10.0.1.5' }]]);
  });

  test('a bad address, an SR-IOV port, or a vSphere site is an error', () => {
    const { stack, net } = osGroup();
    const group = (id: string, extra: object) => new InstanceGroup(stack, id, { site: net.site, size: Size.of(2, 4, 20), image: Image.fromName('x'), networks: [{ network: net, ...extra }] });
    expect(() => group('a', { allowedAddressPairs: [{ ipAddress: '10.0.1' }] })).toThrow('[stack/a] props.networks[0].allowedAddressPairs[0].ipAddress');
    expect(() => group('b', { sriov: true, allowedAddressPairs: [{ ipAddress: '10.0.1.5' }] })).toThrow('[stack/b] props.networks[0].allowedAddressPairs: SR-IOV ports have no port security');
    const vs = vsphereStack();
    const vnet = new Network(vs.stack, 'n', { site: vs.site, cidr: '10.0.0.0/16', subnets: [{ name: 'a', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 100) }) });
    expect(() => new InstanceGroup(vs.stack, 'g', { site: vs.site, size: Size.of(2, 4, 20), image: Image.fromName('t'), networks: [{ network: vnet, allowedAddressPairs: [{ ipAddress: '10.0.1.5' }] }] }))
      .toThrow('[stack/g] props.networks[0].allowedAddressPairs: vSphere sites do not support allowed address pairs');
  });
});

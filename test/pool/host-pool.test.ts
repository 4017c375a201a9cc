import { Testing } from 'cdktf';
import { CpuArchitecture, HostPool, Image, ImageTemplate, InstanceGroup, ISite, Network, Segmentation, Size, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

const net = (stack: any, site: ISite) => new Network(stack, 'net', {
  site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }],
  segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199, { physicalNetwork: 'physnet1' }) }),
});
const group = (stack: any, site: ISite, id: string, extra: object = {}) =>
  new InstanceGroup(stack, id, { site, count: 2, size: Size.of(4, 8, 40), image: Image.fromName('img'), networks: [{ network: (stack.node.tryFindChild('net') as Network) ?? net(stack, site) }], ...extra });

describe('HostPool on OpenStack', () => {
  test('M10, H2: one host aggregate per node role, with its zone and role metadata; a host is in one pool', () => {
    const { stack, site } = openstackStack();
    new HostPool(stack, 'compute', { site, name: 'compute', role: 'compute', zone: 'az1', hosts: ['cmp-01', 'cmp-02'] });
    new HostPool(stack, 'storage', { site, name: 'storage', role: 'storage', zone: 'az2', hosts: ['sto-01'] });
    const aggs = Object.values<any>(resources(Testing.synth(stack), 'openstack_compute_aggregate_v2'));
    expect(aggs.map((a) => [a.name, a.zone, a.hosts, a.metadata.role])).toEqual(expect.arrayContaining([['compute', 'az1', ['cmp-01', 'cmp-02'], 'compute'], ['storage', 'az2', ['sto-01'], 'storage']]));
    expect(() => new HostPool(stack, 'conv', { site, role: 'converged', hosts: ['cmp-02'] })).toThrow('props.hosts: host cmp-02 is already in pool stack/compute');
  });

  test('H1, B4: members of a group in a trusted pool get a flavor requiring the pool and trusted hosts, in the pool\'s zone', () => {
    const { stack, site } = openstackStack();
    const pool = new HostPool(stack, 'stream', { site, name: 'app-streaming', role: 'app-streaming', zone: 'az2', hosts: ['gpu-01', 'gpu-02'], trusted: true, cpuFamily: 'xeon-gold-6348' });
    const g = group(stack, site, 'streamer', { hostPool: pool });
    const out = Testing.synth(stack);
    const agg = Object.values<any>(resources(out, 'openstack_compute_aggregate_v2'))[0];
    expect(agg.metadata).toEqual({ pool: 'app-streaming', role: 'app-streaming', trusted: 'true', cpu_family: 'xeon-gold-6348' });
    const flavor = Object.values<any>(resources(out, 'openstack_compute_flavor_v2'))[0];
    expect(flavor.name).toBe('stack-c4-m8-d40-app-streaming');
    expect(flavor.extra_specs).toEqual({ 'aggregate_instance_extra_specs:pool': 'app-streaming', 'aggregate_instance_extra_specs:trusted': 'true' });
    expect(Object.values(g.memberZones)).toEqual(['az2', 'az2']);
    expect(() => group(stack, site, 'other', { hostPool: pool, zones: ['az1'] })).toThrow('props.zones: zone "az1" is outside host pool app-streaming');
    expect(() => group(stack, site, 'flav', { hostPool: pool, size: Size.flavor('m1.large') })).toThrow('props.hostPool: an existing flavor');
  });

  test('CPU architecture: aarch64 sizes require the HW_ARCH trait, images carry hw_architecture, pools cpu_arch; mismatches are errors', () => {
    const { stack, site } = openstackStack();
    const arm = new HostPool(stack, 'kunpeng', { site, name: 'kunpeng', role: 'compute', hosts: ['arm-01', 'arm-02'], cpuArchitecture: CpuArchitecture.AARCH64, cpuFamily: 'kunpeng-920' });
    const tpl = new ImageTemplate(stack, 'kylin', { site, url: 'https://mirror.example/kylin-arm.qcow2', cpuArchitecture: CpuArchitecture.AARCH64 });
    group(stack, site, 'app', { hostPool: arm, size: Size.of(4, 8, 40).withArchitecture(CpuArchitecture.AARCH64), image: tpl.image });
    const out = Testing.synth(stack);
    expect(Object.values<any>(resources(out, 'openstack_images_image_v2'))[0].properties).toEqual({ hw_architecture: 'aarch64' });
    expect(Object.values<any>(resources(out, 'openstack_compute_aggregate_v2'))[0].metadata.cpu_arch).toBe('aarch64');
    const flavor = Object.values<any>(resources(out, 'openstack_compute_flavor_v2'))[0];
    expect(flavor.name).toBe('stack-c4-m8-d40-aarch64-kunpeng');
    expect(flavor.extra_specs['trait:HW_ARCH_AARCH64']).toBe('required');
    expect(() => group(stack, site, 'x86', { hostPool: arm, size: Size.of(2, 4).withArchitecture(CpuArchitecture.X86_64) })).toThrow('props.hostPool: is aarch64, but the size is x86_64');
    expect(() => group(stack, site, 'img', { image: Image.fromName('i').withArchitecture(CpuArchitecture.X86_64), size: Size.of(2, 4).withArchitecture(CpuArchitecture.AARCH64) })).toThrow('props.image: is x86_64, but the size is aarch64');
  });

  test('dual-architecture sites: a group must say which pool its members use', () => {
    const { stack, site } = openstackStack();
    new HostPool(stack, 'x86', { site, role: 'compute', hosts: ['x-01'], cpuArchitecture: CpuArchitecture.X86_64 });
    const arm = new HostPool(stack, 'arm', { site, role: 'compute', hosts: ['a-01'], cpuArchitecture: CpuArchitecture.AARCH64 });
    group(stack, site, 'placed', { hostPool: arm });
    expect(Testing.synth(stack)).toBeDefined();
    group(stack, site, 'unplaced');
    expect(() => Testing.synth(stack, true)).toThrow('props.hostPool: site stack/dc1 has host pools of several CPU architectures (x86_64, aarch64)');
  });

  test('G8: flavors are guarded to 128 vCPUs, 4 TB of memory and 64 TB of disk', () => {
    const { stack, site } = openstackStack();
    expect(() => group(stack, site, 'big', { size: Size.of(129, 8) })).toThrow('props.size: a VM size of 129 vCPUs (max 128) exceeds');
    expect(() => group(stack, site, 'mem', { size: Size.of(8, 4097) })).toThrow('4097 GiB of memory (max 4096)');
    expect(() => group(stack, site, 'disk', { size: Size.of(8, 16, 65537) })).toThrow('65537 GiB of disk (max 65536)');
  });
});

describe('HostPool on vSphere', () => {
  test('F9, M10: a cluster host group; groups in the pool get a VM group and a mandatory VM-host rule', () => {
    const { stack, site } = vsphereStack();
    const pool = new HostPool(stack, 'compute', { site, name: 'compute', role: 'compute', zone: 'cluster-b', hosts: Array.from({ length: 12 }, (_, i) => `esx-${i + 1}.example`) });
    const g = group(stack, site, 'app', { hostPool: pool });
    const out = Testing.synth(stack);
    const hg = Object.values<any>(resources(out, 'vsphere_compute_cluster_host_group'))[0];
    expect(hg.name).toBe('compute');
    expect(hg.host_system_ids).toHaveLength(12);
    expect(hg.compute_cluster_id).toContain('cluster-cluster-b');
    const rule = Object.values<any>(resources(out, 'vsphere_compute_cluster_vm_host_rule'))[0];
    expect(rule).toEqual(expect.objectContaining({ mandatory: true, affinity_host_group_name: expect.stringContaining('compute_host-group'), vm_group_name: expect.stringContaining('host-pool-vm-group') }));
    expect(Object.values(g.memberZones)).toEqual(['cluster-b', 'cluster-b']);
  });

  test('G8: at most 128 hosts per HA/DRS cluster across its pools; the cluster must be named', () => {
    const { stack, site } = vsphereStack();
    const hosts = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
    new HostPool(stack, 'a', { site, role: 'compute', zone: 'cluster-a', hosts: hosts('a', 100) });
    expect(() => new HostPool(stack, 'b', { site, role: 'storage', zone: 'cluster-a', hosts: hosts('b', 29) })).toThrow('cluster "cluster-a" would hold 129 hosts');
    expect(new HostPool(stack, 'c', { site, role: 'storage', zone: 'cluster-b', hosts: hosts('c', 29) })).toBeDefined();
    expect(() => new HostPool(stack, 'd', { site, role: 'compute', hosts: ['x'] })).toThrow('[stack/d] props.zone: a vSphere host pool is a host group of one compute cluster');
  });
});

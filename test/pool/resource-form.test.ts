// Issue 20: ResourceForm.PLAIN writes an instance group's OpenStack resources without the
// generated L1 classes. It must plan exactly what the typed form plans.
import { dependable, TerraformResource, TerraformStack, Testing } from 'cdktf';
import {
  AntiAffinity, Image, InstanceGroup, InstanceGroupProps, ISite, MacPool, Network, PowerState, QosPolicy,
  ResourceForm, SecurityGroup, Segmentation, SharedVolume, Size, VlanPool,
} from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { errorOf } from '../util/synth';

type GroupProps = Omit<InstanceGroupProps, 'site' | 'networks' | 'size' | 'image'>;

/** A stack with one group `web` on one network, in the given form. */
function groupStack(form: ResourceForm | undefined, props: GroupProps = {}) {
  const { stack, site } = openstackStack();
  const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
  const zone = new SecurityGroup(stack, 'zone', { site });
  const group = new InstanceGroup(stack, 'web', {
    site, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'), networks: [{ network: net, securityGroups: [zone] }], resourceForm: form, ...props,
  });
  return { stack, site, group };
}

/** The synthesized resources, without cdktf's `//` metadata (it names construct paths, which are equal). */
function resourcesOf(stack: TerraformStack): any {
  const json = JSON.parse(Testing.synth(stack));
  for (const byName of Object.values<any>(json.resource)) for (const body of Object.values<any>(byName)) delete body['//'];
  return json.resource;
}

describe('ResourceForm.PLAIN (issue 20)', () => {
  test('T1: a plain group plans the resources a hand-written expectation lists, at the typed addresses', () => {
    const { stack, group } = groupStack(ResourceForm.PLAIN, { count: 2, volumes: [{ name: 'data', sizeGiB: 20 }] });
    const r = resourcesOf(stack);
    // Written from the provider schema and the library's conventions, not from output.
    const members = { 'web-001': { zone: 'az1' }, 'web-002': { zone: 'az2' } };
    const keys = { 'web-001': 'web-001', 'web-002': 'web-002' };
    const sg = Object.keys(r.openstack_compute_servergroup_v2)[0];
    const [port] = Object.keys(r.openstack_networking_port_v2);
    const [vm] = Object.keys(r.openstack_compute_instance_v2);
    const [volume] = Object.keys(r.openstack_blockstorage_volume_v3);
    const [attach] = Object.keys(r.openstack_compute_volume_attach_v2);
    // cdktf's addresses: construct path plus a hash, as for the typed classes.
    ['web_server-group', 'web_port-net', 'web_instances', 'web_volume-data', 'web_attach-data'].forEach((id, i) => {
      expect([sg, port, vm, volume, attach][i]).toMatch(new RegExp(`^${id}_[0-9A-F]{8}$`));
    });
    expect(r.openstack_compute_servergroup_v2[sg]).toEqual({ provider: 'openstack', name: 'web', policies: ['anti-affinity'] });
    expect(r.openstack_networking_port_v2[port]).toMatchObject({
      provider: 'openstack', for_each: { 'web-001': { mac: '', ip: '' }, 'web-002': { mac: '', ip: '' } },
      name: '${each.key}-net', admin_state_up: true, fixed_ip: [{ subnet_id: expect.stringMatching(/^\$\{openstack_networking_subnet_v2\.[^.]+\.id\}$/) }],
      security_group_ids: [expect.stringMatching(/^\$\{openstack_networking_secgroup_v2\.[^.]+\.id\}$/)],
    });
    expect(r.openstack_compute_instance_v2[vm]).toMatchObject({
      provider: 'openstack', for_each: members, name: '${each.key}', availability_zone: '${each.value.zone}', image_name: 'ubuntu',
      flavor_id: expect.stringMatching(/^\$\{openstack_compute_flavor_v2\./),
      scheduler_hints: [{ group: `\${openstack_compute_servergroup_v2.${sg}.id}` }],
      network: [{ port: `\${openstack_networking_port_v2.${port}[each.key].id}` }],
    });
    expect(r.openstack_blockstorage_volume_v3[volume]).toMatchObject({ provider: 'openstack', for_each: keys, name: '${each.key}-data', size: 20, lifecycle: { prevent_destroy: true } });
    expect(r.openstack_compute_volume_attach_v2[attach]).toEqual({
      provider: 'openstack', for_each: keys,
      instance_id: `\${openstack_compute_instance_v2.${vm}[each.key].id}`, volume_id: `\${openstack_blockstorage_volume_v3.${volume}[each.key].id}`,
    });
    expect(group.openstack).toBeUndefined();
    expect(group.openstackElements!.instances.terraformResourceType).toBe('openstack_compute_instance_v2');
  });

  test('T1: plain and typed groups synthesize the same JSON with every per-member option', () => {
    const props = (stack: TerraformStack, site: ISite): GroupProps => ({
      count: 3,
      antiAffinity: AntiAffinity.SOFT,
      bootVolumeGiB: 40,
      bootVolumeType: 'ceph-ssd',
      volumes: [{ name: 'data', sizeGiB: 20, volumeType: 'fast', zone: 'nova' }, { name: 'log', sizeGiB: 5 }],
      sharedVolumes: [new SharedVolume(stack, 'shared', { site, sizeGiB: 10, zone: 'az1', crossZoneAttach: true })],
      ha: true,
      powerState: PowerState.SHUT_OFF,
      keyPair: 'ops',
      userData: '#cloud-config',
      labels: { 'oscar.io/tier': 'web', 'Owner_Team': 'ims' },
      adopt: { 'web-001': '4b0f0c6e-0000-4000-8000-000000000001' },
    });
    const build = (form: ResourceForm) => {
      const { stack, site } = openstackStack();
      const p = props(stack, site);
      const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
      const zone = new SecurityGroup(stack, 'zone', { site });
      const dp = new Network(stack, 'dp', { site, cidr: '10.1.0.0/16', subnets: [{ name: 'dp', cidr: '10.1.1.0/24' }] });
      const qos = new QosPolicy(stack, 'qos', { site, maxKbps: 100_000 });
      new InstanceGroup(stack, 'web', {
        site, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'), resourceForm: form, ...p,
        networks: [
          { network: net, securityGroups: [zone], qosPolicy: qos, allowedAddressPairs: [{ ipAddress: '10.0.1.250' }], adoptPorts: { 'web-001': '4b0f0c6e-0000-4000-8000-000000000011' } },
          { network: dp, sriov: true, macPool: MacPool.fromPrefix('fa:16:3e:02'), fixedIps: ['10.1.1.11', '10.1.1.12', '10.1.1.13'], adoptPorts: { 'web-001': '4b0f0c6e-0000-4000-8000-000000000012' } },
        ],
      });
      return JSON.parse(Testing.synth(stack));
    };
    const typed = build(ResourceForm.TYPED);
    const plain = build(ResourceForm.PLAIN);
    expect(plain).toEqual(typed);
    // The comparison covers what the options write (so a dropped attribute cannot pass unseen).
    const vm = Object.values<any>(typed.resource.openstack_compute_instance_v2)[0];
    expect(vm).toMatchObject({ metadata: { HA_Enabled: 'True' }, power_state: 'shutoff', key_pair: 'ops', block_device: [{ volume_size: 40, volume_type: 'ceph-ssd', boot_index: 0 }] });
    expect(vm.network).toHaveLength(2);
    const volumes = Object.values<any>(typed.resource.openstack_blockstorage_volume_v3);
    expect(volumes.find((v) => v.name === '${each.key}-data')).toMatchObject({ volume_type: 'fast', availability_zone: 'nova', metadata: { 'oscar.io/tier': 'web', 'Owner_Team': 'ims' } });
    const port = (name: string) => Object.values<any>(typed.resource.openstack_networking_port_v2).find((p) => p.name === `\${each.key}-${name}`);
    expect(port('net')).toMatchObject({ allowed_address_pairs: [{ ip_address: '10.0.1.250' }], qos_policy_id: expect.any(String) });
    expect(port('dp')).toMatchObject({ binding: { vnic_type: 'direct' }, mac_address: '${each.value.mac}', no_security_groups: true });
    expect(JSON.stringify(typed.import)).toContain('4b0f0c6e-0000-4000-8000-000000000012');
  });

  test('T1: the plain escape hatch takes overrides and dependencies like the typed one', () => {
    const { stack, group } = groupStack(ResourceForm.PLAIN);
    group.openstackElements!.instances.addOverride('description', 'patched');
    const other = new SecurityGroup(stack, 'other', { site: group.site });
    group.openstackElements!.ports[0].dependsOn = [dependable(other.node.findChild('secgroup') as TerraformResource)];
    const r = resourcesOf(stack);
    expect(Object.values<any>(r.openstack_compute_instance_v2)[0].description).toBe('patched');
    expect(Object.values<any>(r.openstack_networking_port_v2)[0].depends_on).toEqual([expect.stringMatching(/^openstack_networking_secgroup_v2\./)]);
    expect(group.memberAddresses()['web-001']).toMatch(/all_fixed_ips\[0\]/);
  });

  test('T1: the typed form (default) keeps group.openstack and gives the same objects as elements', () => {
    const { group } = groupStack(undefined);
    expect(group.openstack!.instances).toBe(group.openstackElements!.instances);
    expect(group.openstack!.ports).toEqual(group.openstackElements!.ports);
  });

  test('T8: a vSphere site rejects ResourceForm.PLAIN early, naming the prop and the fix', () => {
    const message = errorOf(() => {
      const { stack, site } = vsphereStack();
      const segmentation = Segmentation.vlan({ pool: VlanPool.range(100, 199) });
      const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1' }], segmentation });
      new InstanceGroup(stack, 'web', { site, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu-tpl'), networks: [{ network: net }], resourceForm: ResourceForm.PLAIN });
    });
    expect(message).toContain('[stack/web] props.resourceForm: vSphere sites do not support ResourceForm.PLAIN');
    expect(message).toContain('leave resourceForm unset');
  });

  test('T8: a site whose capabilities leave plainResources unset (an ISite written outside the library) is refused too', () => {
    const message = errorOf(() => {
      const { stack, site } = openstackStack();
      const { plainResources: _omitted, ...older } = site.capabilities;
      const external = new Proxy(site, { get: (t, k) => (k === 'capabilities' ? older : Reflect.get(t, k, t)) }) as ISite;
      const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
      new InstanceGroup(stack, 'web', { site: external, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'), networks: [{ network: net }], resourceForm: ResourceForm.PLAIN });
    });
    expect(message).toContain('[stack/web] props.resourceForm: OpenStack sites do not support ResourceForm.PLAIN');
  });

  test('T1: rendering a group creates no token per render: stack traces do not grow with the number of groups', () => {
    const captures = (groups: number) => {
      const { stack, site } = openstackStack();
      const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
      for (let g = 0; g < groups; g++) {
        new InstanceGroup(stack, `g${g}`, { site, size: Size.flavor('m1.small'), image: Image.fromName('ubuntu'), networks: [{ network: net }], volumes: [{ name: 'data', sizeGiB: 1 }], resourceForm: ResourceForm.PLAIN });
      }
      // Counts cdktf's token stack traces (Error.captureStackTrace) while synthesizing only.
      const original = Error.captureStackTrace;
      let n = 0;
      Error.captureStackTrace = ((target: object, ctor?: Function) => {
        n++;
        original.call(Error, target, ctor);
      }) as typeof Error.captureStackTrace;
      try {
        Testing.synth(stack);
      } finally {
        Error.captureStackTrace = original;
      }
      return n;
    };
    // The typed L1's map iterator created three tokens per for_each resource per synth.
    expect(captures(20)).toBe(captures(1));
  });
});

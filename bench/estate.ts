// The programs the benchmark compares, building the same estate: N instances, each with a
// port and a data volume (attached), in anti-affinity groups of TIER_SIZE.
//   constructs: our InstanceGroups (one for_each resource per kind and tier)
//   plain:      the same, with resourceForm: ResourceForm.PLAIN (the same JSON, no L1 classes)
//   expert:     what a cdktf expert writes without us: L1 resources with for_each per tier
//   raw:        the naive cdktf loop: one L1 resource per instance
import * as path from 'path';
import { App, TerraformIterator, TerraformStack } from 'cdktf';

// Load the compiled package (dist/), as users do: its OpenStack binding index is lazy.
// Types come from the sources so type-checking needs no build.
const dist = path.resolve(__dirname, '..', 'dist');
const load = <T>(mod: string): T => require(path.join(dist, mod));
const { Image, InstanceGroup, Network, OpenStackSite, Peer, Port, ResourceForm, SecurityGroup, Size } = load<typeof import('../lib')>('index');
const { BlockstorageVolumeV3 } = load<typeof import('../lib/providers/openstack/blockstorage-volume-v3')>('providers/openstack/blockstorage-volume-v3');
const { ComputeInstanceV2 } = load<typeof import('../lib/providers/openstack/compute-instance-v2')>('providers/openstack/compute-instance-v2');
const { ComputeServergroupV2 } = load<typeof import('../lib/providers/openstack/compute-servergroup-v2')>('providers/openstack/compute-servergroup-v2');
const { ComputeVolumeAttachV2 } = load<typeof import('../lib/providers/openstack/compute-volume-attach-v2')>('providers/openstack/compute-volume-attach-v2');
const { NetworkingNetworkV2 } = load<typeof import('../lib/providers/openstack/networking-network-v2')>('providers/openstack/networking-network-v2');
const { NetworkingPortV2 } = load<typeof import('../lib/providers/openstack/networking-port-v2')>('providers/openstack/networking-port-v2');
const { NetworkingSecgroupRuleV2 } = load<typeof import('../lib/providers/openstack/networking-secgroup-rule-v2')>('providers/openstack/networking-secgroup-rule-v2');
const { NetworkingSecgroupV2 } = load<typeof import('../lib/providers/openstack/networking-secgroup-v2')>('providers/openstack/networking-secgroup-v2');
const { NetworkingSubnetV2 } = load<typeof import('../lib/providers/openstack/networking-subnet-v2')>('providers/openstack/networking-subnet-v2');
const { OpenstackProvider } = load<typeof import('../lib/providers/openstack/provider')>('providers/openstack/provider');

/** Members per anti-affinity group (a common Nova server-group member quota). */
export const TIER_SIZE = 50;
const ZONES = ['az1', 'az2', 'az3'];

function tiers(instances: number): number[] {
  const sizes: number[] = [];
  for (let left = instances; left > 0; left -= TIER_SIZE) sizes.push(Math.min(TIER_SIZE, left));
  return sizes;
}

/** Our form: one InstanceGroup per tier. */
export function constructsEstate(app: App, instances: number, stackId = 'estate', plain = false): TerraformStack {
  const stack = new TerraformStack(app, stackId);
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ZONES });
  const net = new Network(stack, 'app', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'app', cidr: '10.0.0.0/16' }], routerGateway: false });
  const zone = new SecurityGroup(stack, 'app-zone', { site });
  zone.allowIngress(Peer.cidr('10.0.0.0/8'), Port.tcp(443));
  tiers(instances).forEach((count, t) => {
    new InstanceGroup(stack, `tier-${t}`, {
      site,
      name: `t${t}`,
      count,
      size: Size.flavor('m1.medium'),
      image: Image.fromName('ubuntu-24.04'),
      networks: [{ network: net, securityGroups: [zone] }],
      volumes: [{ name: 'data', sizeGiB: 20 }],
      resourceForm: plain ? ResourceForm.PLAIN : undefined,
    });
  });
  return stack;
}

/** Our form with plain TerraformResources (`ResourceForm.PLAIN`): the same JSON. */
export function plainEstate(app: App, instances: number, stackId = 'estate'): TerraformStack {
  return constructsEstate(app, instances, stackId, true);
}

/** The network both peers share, written with L1 resources only. */
function l1Network(app: App, stackId: string) {
  const stack = new TerraformStack(app, stackId);
  const provider = new OpenstackProvider(stack, 'openstack', { region: 'RegionOne' });
  const net = new NetworkingNetworkV2(stack, 'app', { provider, name: 'app' });
  const subnet = new NetworkingSubnetV2(stack, 'app-subnet', { provider, networkId: net.id, cidr: '10.0.0.0/16' });
  const sg = new NetworkingSecgroupV2(stack, 'app-zone', { provider, name: 'app-zone', deleteDefaultRules: true });
  new NetworkingSecgroupRuleV2(stack, 'https', { provider, securityGroupId: sg.id, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', portRangeMin: 443, portRangeMax: 443, remoteIpPrefix: '10.0.0.0/8' });
  return { stack, provider, net, subnet, sg };
}

/** The peer: the natural raw-L1 loop, one resource per instance, port, volume and attachment. */
export function rawEstate(app: App, instances: number, stackId = 'estate'): TerraformStack {
  const { stack, provider, net, subnet, sg } = l1Network(app, stackId);
  let i = 0;
  tiers(instances).forEach((count, t) => {
    const group = new ComputeServergroupV2(stack, `t${t}-group`, { provider, name: `t${t}`, policies: ['anti-affinity'] });
    for (let m = 1; m <= count; m++, i++) {
      const name = `t${t}-${String(m).padStart(3, '0')}`;
      const port = new NetworkingPortV2(stack, `${name}-port`, { provider, name, networkId: net.id, fixedIp: [{ subnetId: subnet.id }], securityGroupIds: [sg.id] });
      const vm = new ComputeInstanceV2(stack, name, {
        provider,
        name,
        availabilityZone: ZONES[i % ZONES.length],
        flavorName: 'm1.medium',
        imageName: 'ubuntu-24.04',
        network: [{ port: port.id }],
        schedulerHints: [{ group: group.id }],
      });
      const volume = new BlockstorageVolumeV3(stack, `${name}-data`, { provider, name: `${name}-data`, size: 20, availabilityZone: ZONES[i % ZONES.length], lifecycle: { preventDestroy: true } });
      new ComputeVolumeAttachV2(stack, `${name}-attach`, { provider, instanceId: vm.id, volumeId: volume.id });
    }
  });
  return stack;
}

/** The expert peer: per tier, one for_each resource per kind over a member map, no library. */
export function expertEstate(app: App, instances: number, stackId = 'estate'): TerraformStack {
  const { stack, provider, net, subnet, sg } = l1Network(app, stackId);
  let i = 0;
  tiers(instances).forEach((count, t) => {
    const members: { [name: string]: { zone: string } } = {};
    for (let m = 1; m <= count; m++, i++) members[`t${t}-${String(m).padStart(3, '0')}`] = { zone: ZONES[i % ZONES.length] };
    const group = new ComputeServergroupV2(stack, `t${t}-group`, { provider, name: `t${t}`, policies: ['anti-affinity'] });
    const each = TerraformIterator.fromMap(members);
    const ports = new NetworkingPortV2(stack, `t${t}-ports`, { provider, forEach: each, name: each.key, networkId: net.id, fixedIp: [{ subnetId: subnet.id }], securityGroupIds: [sg.id] });
    const vms = new ComputeInstanceV2(stack, `t${t}-vms`, {
      provider, forEach: each, name: each.key, availabilityZone: each.getString('zone'),
      flavorName: 'm1.medium', imageName: 'ubuntu-24.04',
      network: [{ port: `\${${ports.fqn}[each.key].id}` }], schedulerHints: [{ group: group.id }],
    });
    const volumes = new BlockstorageVolumeV3(stack, `t${t}-data`, { provider, forEach: each, name: `\${each.key}-data`, size: 20, availabilityZone: each.getString('zone'), lifecycle: { preventDestroy: true } });
    new ComputeVolumeAttachV2(stack, `t${t}-attach`, { provider, forEach: each, instanceId: `\${${vms.fqn}[each.key].id}`, volumeId: `\${${volumes.fqn}[each.key].id}` });
  });
  return stack;
}

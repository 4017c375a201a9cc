import { Testing } from 'cdktf';
import { Image, InstanceGroup, Network, Peer, Port, SecurityGroup, Size } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

test('OpenStack: an existing network and security group, looked up by name, carry an instance group', () => {
  const { stack, site } = openstackStack();
  const net = Network.fromName(stack, 'legacy', { site, networkName: 'legacy-net', subnets: [{ name: 'legacy_subnet_a', cidr: '192.168.10.0/24' }] });
  const zone = SecurityGroup.fromName(stack, 'legacy-sg', site, 'legacy-web');
  const own = new SecurityGroup(stack, 'own', { site });
  own.allowIngress(Peer.securityGroup(zone), Port.tcp(8080));
  new InstanceGroup(stack, 'app', { site, size: Size.of(1, 2), image: Image.fromName('x'), networks: [{ network: net, securityGroups: [zone], fixedIps: ['192.168.10.5', '192.168.10.6'] }] });
  const json = JSON.parse(Testing.synth(stack));
  expect(Object.values<any>(json.data.openstack_networking_subnet_v2)[0]).toMatchObject({ name: 'legacy_subnet_a', network_id: expect.stringMatching(/data\.openstack_networking_network_v2\.legacy_network/) });
  expect(Object.values<any>(json.data.openstack_networking_secgroup_v2)[0].name).toBe('legacy-web');
  const [port] = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_port_v2'));
  expect(port.network_id).toMatch(/data\.openstack_networking_network_v2\.legacy_network/);
  expect(port.fixed_ip[0].subnet_id).toMatch(/data\.openstack_networking_subnet_v2\.legacy_subnet-legacy_subnet_a/);
  expect(port.security_group_ids[0]).toMatch(/data\.openstack_networking_secgroup_v2\.legacy-sg_secgroup/);
  expect(Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_secgroup_rule_v2'))[0].remote_group_id).toMatch(/data\.openstack_networking_secgroup_v2/);
});

test('imported subnets are still validated, and fixed IPs checked against them', () => {
  const { stack, site } = openstackStack();
  expect(() => Network.fromName(stack, 'bad', { site, networkName: 'n', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }, { name: 'b', cidr: '10.0.0.128/25' }] })).toThrow(
    '[stack/bad] props.subnets: subnets "a" (10.0.0.0/24) and "b" (10.0.0.128/25) overlap',
  );
  const net = Network.fromName(stack, 'ok', { site, networkName: 'n', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }] });
  expect(() => new InstanceGroup(stack, 'g', { site, size: Size.of(1, 1), image: Image.fromName('x'), networks: [{ network: net, fixedIps: ['10.0.1.5', '10.0.0.6'] }] })).toThrow(
    'props.networks[0].fixedIps[0]: 10.0.1.5 is not a host address of subnet a (10.0.0.0/24)',
  );
});

test('vSphere: an existing network by name; no security groups to import', () => {
  const { stack, site } = vsphereStack();
  const net = Network.fromName(stack, 'legacy', { site, networkName: 'VM Network', subnets: [{ name: 'lan', cidr: '10.1.0.0/24' }] });
  new InstanceGroup(stack, 'app', { site, size: Size.of(1, 2), image: Image.fromName('tpl'), networks: [{ network: net }] });
  const json = JSON.parse(Testing.synth(stack));
  expect(Object.values<any>(json.data.vsphere_network)[0].name).toBe('VM Network');
  expect(Object.values<any>(json.resource.vsphere_virtual_machine)[0].network_interface[0].network_id).toMatch(/data\.vsphere_network\.legacy_network/);
  expect(() => net.subnetId('lan')).toThrow('vSphere networks have no subnet objects');
  expect(() => SecurityGroup.fromName(stack, 'sg', site, 'x')).toThrow('[stack] props.site: vSphere sites do not support security groups to import');
});

// Toolchain example (OpenStack): a tenant network behind a router, a deny-by-default
// security group, and 2 instances in a hard anti-affinity server group, keyed by
// stable names through for_each. Site names come from cdktf context or OSCAR_* variables
// (keys: examples/README.md). Copy this file and ../lib/env.ts into any cdktf
// TypeScript project.
import { App, TerraformIterator, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Labels, Names, openstack } from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class OpenStackBasicStack extends TerraformStack {
  public readonly instances: openstack.computeInstanceV2.ComputeInstanceV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'openstack-basic');
    const tags = Labels.toOpenStackTags(Labels.resolve(this));

    const env = (key: string, fallback: string) => envName(this, `openstackBasic.${key}`, fallback);
    const zones = envNames(this, 'openstackBasic.availabilityZones', ['az1', 'az2']);
    new openstack.provider.OpenstackProvider(this, 'openstack', { region: env('region', 'RegionOne') });

    const external = new openstack.dataOpenstackNetworkingNetworkV2.DataOpenstackNetworkingNetworkV2(this, 'external', {
      name: env('externalNetwork', 'public'),
      external: true,
    });
    const network = new openstack.networkingNetworkV2.NetworkingNetworkV2(this, 'network', {
      name: 'app-net',
      adminStateUp: true,
      tags,
    });
    const subnet = new openstack.networkingSubnetV2.NetworkingSubnetV2(this, 'subnet', {
      name: 'app-subnet',
      networkId: network.id,
      cidr: '10.10.0.0/24',
      ipVersion: 4,
      gatewayIp: '10.10.0.1',
      allocationPool: [{ start: '10.10.0.10', end: '10.10.0.250' }],
      dnsNameservers: ['10.0.0.53'],
      tags,
    });
    const router = new openstack.networkingRouterV2.NetworkingRouterV2(this, 'router', {
      name: 'app-router',
      externalNetworkId: external.id,
      tags,
    });
    new openstack.networkingRouterInterfaceV2.NetworkingRouterInterfaceV2(this, 'router-port', {
      routerId: router.id,
      subnetId: subnet.id,
    });

    // Deny by default: drop the provider's allow-all egress defaults, then allow only intent.
    const secgroup = new openstack.networkingSecgroupV2.NetworkingSecgroupV2(this, 'secgroup', {
      name: 'app-sg',
      description: 'app tier: https from anywhere, ssh from the management network only',
      deleteDefaultRules: true,
      tags,
    });
    const rules: Array<[string, string, number, string]> = [
      ['https-in', 'ingress', 443, '0.0.0.0/0'],
      ['ssh-from-mgmt', 'ingress', 22, '10.0.0.0/24'],
      ['https-out', 'egress', 443, '0.0.0.0/0'],
    ];
    for (const [ruleId, direction, port, cidr] of rules) {
      new openstack.networkingSecgroupRuleV2.NetworkingSecgroupRuleV2(this, ruleId, {
        securityGroupId: secgroup.id,
        direction,
        ethertype: 'IPv4',
        protocol: 'tcp',
        portRangeMin: port,
        portRangeMax: port,
        remoteIpPrefix: cidr,
      });
    }

    const group = new openstack.computeServergroupV2.ComputeServergroupV2(this, 'anti-affinity', {
      name: 'app-anti-affinity',
      policies: ['anti-affinity'],
    });

    // Stable keys: adding app-003 later never renumbers app-001/app-002. Members take the
    // zones in turn.
    const members = TerraformIterator.fromMap({
      [Names.memberKey('app', 1)]: { az: zones[0] },
      [Names.memberKey('app', 2)]: { az: zones[1 % zones.length] },
    });
    this.instances = new openstack.computeInstanceV2.ComputeInstanceV2(this, 'app', {
      forEach: members,
      name: members.key,
      availabilityZone: members.getString('az'),
      flavorName: 'm1.medium',
      imageName: env('image', 'ubuntu-24.04'),
      securityGroups: [secgroup.name],
      network: [{ uuid: network.id }],
      schedulerHints: [{ group: group.id }],
      tags,
    });
    this.instances.node.addDependency(subnet);
  }
}

if (require.main === module) {
  const app = new App();
  new OpenStackBasicStack(app, 'openstack-basic');
  app.synth();
}

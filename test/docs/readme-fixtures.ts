// The program around each README's code blocks: the variables its fragments use without
// declaring them (`stack`, `site`, `subnet`, ...), built from real constructs. Blocks import
// the library names they use themselves (a block is copyable); the imports here serve the
// declarations below. A README whose blocks are complete programs needs no entry. See
// test/docs/snippets.ts for how declarations are chosen per block.
import { Fixture } from './snippets';

/** `app` and `stack`; the random and Kubernetes providers, which generated secrets and Kubernetes resources need. */
const APP_AND_STACK = `const app = new App();
const stack = new TerraformStack(app, 'stack');`;
const RANDOM = `new RandomProvider(stack, 'random');`;
const KUBERNETES = `new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });`;

export const FIXTURES: Record<string, Fixture> = {
  'README.md': {
    imports: `
      import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
      import { RandomProvider } from '@cdktf/provider-random/lib/provider';
      import { App, TerraformStack, TerraformVariable } from 'cdktf';
      import { Image, InstanceGroup, Network, openstack, OpenStackSite, SecurityGroup, Size } from 'oscar-blueprints';`,
    declarations: [
      APP_AND_STACK,
      RANDOM,
      KUBERNETES,
      // cn-central-1: the government block's data-residency allow-list.
      `const site = new OpenStackSite(stack, 'dc1', { region: 'cn-central-1', availabilityZones: ['az1', 'az2', 'az3'], externalNetwork: 'public' });
       const dc1 = site;`,
      `const projectId = new TerraformVariable(stack, 'project_id', { type: 'string' }).stringValue;`,
      `const repo = 'registry.bank.example/payments/api';`,
      `const net = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'web-net', { name: 'web' });
       const subnet = new openstack.networkingSubnetV2.NetworkingSubnetV2(stack, 'web-subnet', { networkId: net.id, cidr: '10.20.0.0/24' });`,
      `const certificateRef = new TerraformVariable(stack, 'tls_container_ref', { type: 'string' }).stringValue;`,
      `const mgmt = new Network(stack, 'mgmt', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'mgmt', cidr: '10.0.0.0/24' }] });
       const ssh = new SecurityGroup(stack, 'bastion-ssh', { site });
       const bastion = new InstanceGroup(stack, 'bastion', {
         site, count: 1, size: Size.of(1, 2, 20), image: Image.fromName('ubuntu-24.04'), networks: [{ network: mgmt, securityGroups: [ssh] }],
       });`,
    ],
  },

  'lib/openstack/README.md': {
    imports: `
      import { RandomProvider } from '@cdktf/provider-random/lib/provider';
      import { App, TerraformStack, TerraformVariable } from 'cdktf';
      import { ListenerProtocol, LoadBalancer, openstack, OpenStackSite, PoolMembers } from 'oscar-blueprints';`,
    declarations: [
      APP_AND_STACK,
      RANDOM,
      `const site = new OpenStackSite(stack, 'site', { region: 'RegionOne', availabilityZones: ['nova'], externalNetwork: 'public' });`,
      `const network = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'network', { name: 'services-net' });
       const subnet = new openstack.networkingSubnetV2.NetworkingSubnetV2(stack, 'subnet', { networkId: network.id, cidr: '10.20.0.0/24' });`,
      `const external = new openstack.dataOpenstackNetworkingNetworkV2.DataOpenstackNetworkingNetworkV2(stack, 'external', { name: 'public', external: true });
       const router = new openstack.networkingRouterV2.NetworkingRouterV2(stack, 'router', { name: 'services-router', externalNetworkId: external.id });
       const routerPort = new openstack.networkingRouterInterfaceV2.NetworkingRouterInterfaceV2(stack, 'router-port', { routerId: router.id, subnetId: subnet.id });
       const routerInterface = routerPort;`,
      `const activeStandbyFlavor = new openstack.dataOpenstackLbFlavorV2.DataOpenstackLbFlavorV2(stack, 'active-standby', { name: 'active-standby' });`,
      `const certificateRef = new TerraformVariable(stack, 'tls_container_ref', { type: 'string' }).stringValue;`,
      `const lb = new LoadBalancer(stack, 'web-lb', {
         site, vipSubnetId: subnet.id,
         listeners: [{ protocol: ListenerProtocol.HTTP, port: 80, members: [PoolMembers.fromAddresses(['10.20.0.11'])] }],
       });`,
      `const floatingIp = new openstack.networkingFloatingipV2.NetworkingFloatingipV2(stack, 'ssh-ip', { pool: 'public' });`,
      `const instance = new openstack.computeInstanceV2.ComputeInstanceV2(stack, 'app', {
         name: 'app', flavorName: 'm1.small', imageName: 'ubuntu-24.04', network: [{ uuid: network.id }],
       });`,
    ],
  },

  'lib/kubernetes/README.md': {
    imports: `
      import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
      import { RandomProvider } from '@cdktf/provider-random/lib/provider';
      import { App, TerraformStack } from 'cdktf';
      import { BackingService, BackingServiceEngine, ContainerResources, EnvironmentNamespace, Microservice, Probe, Schedule, ScheduledTask } from 'oscar-blueprints';`,
    declarations: [
      APP_AND_STACK,
      RANDOM,
      KUBERNETES,
      `const ns = new EnvironmentNamespace(stack, 'shop', {
         name: 'shop-prod', quota: { requestsCpu: '8', requestsMemory: '16Gi', limitsCpu: '16', limitsMemory: '32Gi' },
       });`,
      `const small: ContainerResources = { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' };`,
      `const checkout = new Microservice(stack, 'checkout', {
         namespace: 'shop-prod', image: 'registry.example.com/shop/checkout:1.4.0', readinessProbe: Probe.httpGet('/ready'),
         resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
       });`,
      `const nightlyJob = new ScheduledTask(stack, 'nightly', {
         namespace: 'shop-prod', schedule: Schedule.daily(2, 0), image: 'registry.example.com/shop/report:1.0.0',
         resources: { cpuRequest: '500m', cpuLimit: '1', memoryRequest: '512Mi', memoryLimit: '1Gi' },
       });`,
      `const db = new BackingService(stack, 'db', { namespace: ns.name, engine: BackingServiceEngine.postgresql('16.4') });`,
    ],
  },

  'lib/pool/README.md': {
    imports: `
      import { App, TerraformStack, TerraformVariable } from 'cdktf';
      import { MacPool, Network, OpenStackSite, SecurityGroup, Segmentation, VlanPool } from 'oscar-blueprints';`,
    declarations: [
      APP_AND_STACK,
      `const dc1 = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2', 'az3'], externalNetwork: 'public' });`,
      `const passwordVariable = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });`,
      `const projectId = new TerraformVariable(stack, 'project_id', { type: 'string' }).stringValue;`,
      `const oam = new Network(stack, 'oam', { site: dc1, cidr: '172.16.0.0/24', subnets: [{ name: 'oam', cidr: '172.16.0.0/24' }] });`,
      `const oamZone = new SecurityGroup(stack, 'oam-zone', { site: dc1 });`,
      `const media = new Network(stack, 'media', {
         site: dc1, cidr: '172.17.0.0/16', subnets: [{ name: 'media', cidr: '172.17.1.0/24', gatewayIp: '172.17.1.1' }],
         segmentation: Segmentation.vlan({ pool: VlanPool.range(2000, 2099, { physicalNetwork: 'physnet-media' }), vlanId: 2020 }),
         routerGateway: false,
       });`,
      `const macs = MacPool.fromPrefix('fa:16:3e:40:00');`,
      `const db = new SecurityGroup(stack, 'db', { site: dc1 });`,
      `const bastion = new SecurityGroup(stack, 'bastion', { site: dc1 });`,
    ],
  },

  'lib/industries/government/README.md': {
    imports: `
      import { RandomProvider } from '@cdktf/provider-random/lib/provider';
      import { App, TerraformStack } from 'cdktf';
      import { OpenStackSite } from 'oscar-blueprints';`,
    declarations: [
      `const mirrorUrl = 'https://mirror.example.gov.cn/images/kylin-v10.qcow2';`,
      APP_AND_STACK,
      RANDOM,
      `const site = new OpenStackSite(stack, 'hubei', { region: 'cn-central-1', availabilityZones: ['az1', 'az2'] });`,
    ],
  },

  'lib/industries/healthcare/README.md': {
    imports: `
      import { App, TerraformStack } from 'cdktf';`,
    declarations: [APP_AND_STACK],
  },

  'lib/industries/manufacturing/README.md': {
    imports: `
      import { App, TerraformStack } from 'cdktf';`,
    declarations: [APP_AND_STACK],
  },

  'lib/industries/education/README.md': {
    imports: `
      import { RandomProvider } from '@cdktf/provider-random/lib/provider';
      import { App, TerraformStack } from 'cdktf';`,
    declarations: [APP_AND_STACK, RANDOM],
  },

  'lib/industries/power/README.md': {
    imports: `
      import { App, TerraformStack } from 'cdktf';`,
    declarations: [APP_AND_STACK],
  },

  'lib/industries/telecom/README.md': {
    imports: `
      import { App, TerraformStack, TerraformVariable } from 'cdktf';
      import { Image, OpenStackSite, Size, TelecomPlaneRole, TelecomPlaneSpec, TelecomTierSpec, VlanPool } from 'oscar-blueprints';`,
    declarations: [
      APP_AND_STACK,
      `const haFlavorId = 'c2a7c1f8-3d2e-4b8a-9f00-1b6e2b7d9a41';`,
      `const projectId = 'f3c1a0b2c4d94e5f8a6b7c8d9e0f1a2b';`,
      `const eastSite = new OpenStackSite(stack, 'east', { region: 'RegionEast', availabilityZones: ['az1', 'az2'] });`,
      `const managementVlans = VlanPool.range(100, 199, { physicalNetwork: 'physnet-mgmt' });`,
      `const businessVlans = VlanPool.range(2000, 2999, { physicalNetwork: 'physnet-biz' });`,
      `const planes: TelecomPlaneSpec[] = [
         { name: 'oam', role: TelecomPlaneRole.MANAGEMENT, cidr: '10.10.0.0/24', vlanId: 110 },
         { name: 'sig', role: TelecomPlaneRole.SIGNALING, cidr: '10.20.0.0/24', vlanId: 2010 },
       ];`,
      `const tiers: TelecomTierSpec[] = [
         { name: 'sbc', capacity: 2, size: Size.of(8, 16, 40), image: Image.fromName('sbc-5.2') },
       ];`,
      `const planesWithSignaling = (cidr: string): TelecomPlaneSpec[] => [
         { name: 'oam', role: TelecomPlaneRole.MANAGEMENT, cidr: '10.10.0.0/24', vlanId: 110 },
         { name: 'sig', role: TelecomPlaneRole.SIGNALING, cidr, vlanId: 2010 },
       ];`,
    ],
  },
};

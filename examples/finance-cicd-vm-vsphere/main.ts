// Financial CI/CD platform with its VM estate on vSphere: the same FinanceCicdPlatform
// as examples/finance-cicd-vm-openstack, with the VM estate written against a vSphere
// site. Compute clusters act as the hypervisor families' zones (an x86 cluster and a
// high-memory cluster), the management and production networks are VLAN port groups
// with the port-group security policy locked down, and each tier has 2 members kept
// apart by DRS. vSphere has no Octavia: TLS at the edge is the Kubernetes Gateway's, and
// VM services are fronted by the operator's load balancer. Site names and the kubeconfig
// come from cdktf context or OSCAR_* variables (keys: examples/README.md).
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance, DeliveryStage, FinanceCicdPlatform, Image, Labels, Probe, Size, VlanPool, VsphereSite,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

const REPOSITORY = 'registry.bank.example/trading/orders';
const RELEASE = `${REPOSITORY}@sha256:0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091`;

export class FinanceCicdVmVsphereStack extends TerraformStack {
  public readonly platform: FinanceCicdPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'finance-cicd-vm-vsphere');
    const env = (key: string, fallback: string) => envName(this, `financeCicdVmVsphere.${key}`, fallback);
    new KubernetesProvider(this, 'kubernetes', { configPath: env('kubeconfig', '~/.kube/config'), configContext: envName(this, 'financeCicdVmVsphere.kubeContext') });
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    // The hypervisor families' zones are compute clusters.
    const x86 = env('x86Cluster', 'x86-cluster');
    const highmem = env('highmemCluster', 'highmem-cluster');
    const rhel = Image.fromName(env('template', 'rhel-9.4-template'));
    const site = new VsphereSite(this, 'zj', {
      datacenter: env('datacenter', 'zj-dc1'),
      clusters: [x86, highmem],
      datastores: envNames(this, 'financeCicdVmVsphere.datastores', ['vsan-prod']),
      distributedSwitch: env('switch', 'dvs-trading'),
      folder: env('folder', 'trading'),
      providerConfig: { vsphereServer: 'vcenter.bank.example', user: 'terraform@vsphere.local', password: password.stringValue },
    });

    this.platform = new FinanceCicdPlatform(this, 'trading', {
      name: 'trading',
      domain: 'trading.bank.example',
      imageRepository: REPOSITORY,
      application: {
        readinessProbe: Probe.httpGet('/ready'),
        livenessProbe: Probe.httpGet('/healthz', { periodSeconds: 20, failureThreshold: 3 }),
        resources: { cpuRequest: '500m', cpuLimit: '2', memoryRequest: '512Mi', memoryLimit: '1Gi' },
      },
      environments: [
        { stage: DeliveryStage.STAGING, image: RELEASE },
        { stage: DeliveryStage.PROD, image: RELEASE, quota: { requestsCpu: '8', requestsMemory: '16Gi', limitsCpu: '24', limitsMemory: '24Gi' } },
      ],
      existingGateway: { name: 'public', namespace: 'gateway-system', sectionName: 'https' },
      audit: { collectorImage: 'cr.fluentbit.io/fluent/fluent-bit@sha256:5c0e8a1b2d3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3' },
      vmEstate: {
        site,
        vlanPool: VlanPool.range(2000, 2099),
        managementNetwork: { cidr: '10.10.0.0/24', vlanId: 2001 },
        productionNetwork: { cidr: '10.20.0.0/22', vlanId: 2010 },
        hypervisorZones: [{ family: 'esxi-x86', zone: x86 }, { family: 'esxi-highmem', zone: highmem }],
        tiers: [
          { name: 'web', hypervisor: 'esxi-x86', size: Size.of(4, 8, 40), image: rhel, fixedIps: ['10.20.0.11', '10.20.0.12'] },
          { name: 'settlement', hypervisor: 'esxi-highmem', size: Size.of(8, 64, 80), image: rhel, port: 9443, allowFrom: ['web'] },
        ],
      },
    });

    Compliance.of(this).enable(Compliance.FINANCE, Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new FinanceCicdVmVsphereStack(app, 'finance-cicd-vm-vsphere');
  app.synth();
}

// Financial CI/CD platform with its VM estate on OpenStack (the Shenzhen fintech case:
// x86 hosts behind the vCenter driver and Power KVM hosts, each family in its own
// availability zone; the Zhejiang bank's VLAN-isolated management and production
// networks). The Kubernetes side is the same platform as examples/finance-cicd-k8s
// (two environments here to keep the example short); the VM estate adds:
//
// - a management VLAN (SSH from the management network only) and a production VLAN,
//   both from the site's VLAN pool, on separate physical networks;
// - a web tier on the KVM zone and a settlement tier on the vCenter zone, each with 2
//   members under hard anti-affinity, on both VLANs with default-deny security zones;
// - an Octavia load balancer with a TERMINATED_HTTPS listener (TLS 1.2/1.3) that
//   requires client certificates (mTLS), on an ACTIVE_STANDBY flavor.
//
// Site names and the kubeconfig come from cdktf context or OSCAR_* variables (keys:
// examples/README.md; copy ../lib/env.ts too).
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance, DeliveryStage, FinanceCicdPlatform, Image, Labels, OpenStackSite, Probe, Size, VlanPool,
} from 'oscar-blueprints';
import { envName } from '../lib/env';

const REPOSITORY = 'registry.bank.example/trading/orders';
const RELEASE = `${REPOSITORY}@sha256:0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091`;

export class FinanceCicdVmOpenStackStack extends TerraformStack {
  public readonly platform: FinanceCicdPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'finance-cicd-vm-openstack');
    const env = (key: string, fallback: string) => envName(this, `financeCicdVmOpenstack.${key}`, fallback);
    new KubernetesProvider(this, 'kubernetes', { configPath: env('kubeconfig', '~/.kube/config'), configContext: envName(this, 'financeCicdVmOpenstack.kubeContext') });
    // Each hypervisor family has its own availability zone.
    const kvmZone = env('kvmZone', 'az-kvm');
    const vcenterZone = env('vcenterZone', 'az-vcenter');
    const externalNetwork = env('externalNetwork', 'public');
    const rhel = Image.fromName(env('image', 'rhel-9.4'));
    const site = new OpenStackSite(this, 'sz', { region: env('region', 'RegionOne'), availabilityZones: [kvmZone, vcenterZone], externalNetwork });
    const certificate = new TerraformVariable(this, 'tls_container_ref', { type: 'string', description: 'Barbican container of the server certificate' });
    const clientCa = new TerraformVariable(this, 'client_ca_container_ref', { type: 'string', description: 'Barbican container of the client CA' });
    const activeStandby = new TerraformVariable(this, 'octavia_flavor_id', { type: 'string', description: 'Octavia flavor with ACTIVE_STANDBY topology' });

    this.platform = new FinanceCicdPlatform(this, 'trading', {
      name: 'trading',
      domain: 'trading.fintech.example',
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
        vlanPool: VlanPool.range(2000, 2099, { physicalNetwork: 'physnet-prod' }),
        managementNetwork: { cidr: '10.10.0.0/24', vlanId: 2001, physicalNetwork: 'physnet-mgmt' },
        productionNetwork: { cidr: '10.20.0.0/22', vlanId: 2010 },
        hypervisorZones: [{ family: 'kvm', zone: kvmZone }, { family: 'vmware', zone: vcenterZone }],
        tiers: [
          { name: 'web', hypervisor: 'kvm', size: Size.of(4, 8, 40), image: rhel, fixedIps: ['10.20.0.11', '10.20.0.12'] },
          { name: 'settlement', hypervisor: 'vmware', size: Size.of(8, 32, 80), image: rhel, port: 9443, allowFrom: ['web'] },
        ],
        loadBalancer: {
          tier: 'web',
          tlsContainerRef: certificate.stringValue,
          clientCaContainerRef: clientCa.stringValue,
          flavorId: activeStandby.stringValue,
          floatingIpPool: externalNetwork,
        },
      },
    });

    Compliance.of(this).enable(Compliance.FINANCE, Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new FinanceCicdVmOpenStackStack(app, 'finance-cicd-vm-openstack');
  app.synth();
}

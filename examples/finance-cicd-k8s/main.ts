// Financial CI/CD platform on Kubernetes (OSCAR finance cases: a Zhejiang bank, a
// Shenzhen fintech; the container white paper), "two sites, three centres":
//
// - site A (city 1) = the primary cluster, whose nodes span the two same-city data
//   centres as two zones (centres 1 and 2): dev, test, staging and prod namespaces, each
//   with quota, default-deny network policies and RBAC; Kaniko builds from Git; a
//   Gateway with an HTTPS listener per environment (HTTP only redirects); a separate
//   audit namespace with a log collector;
// - site B (city 2) = the disaster-recovery centre (centre 3): a second cluster reached
//   through the provider alias `dr`, running prod only, from the same digest.
//
// Promotion: build a release tag (pipeline.builds) -> run it in test by tag -> read its
// digest from the registry -> staging by digest -> prod canary with that digest ->
// promote (prod image = digest, release = rolling) -> the same digest on the DR site.
//
// The kubeconfig and the two sites' contexts come from cdktf context or OSCAR_*
// variables (keys: examples/README.md; copy ../lib/env.ts too).
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance, DeliveryStage, FinanceCicdPlatform, GitRef, KubernetesCluster, Labels, Probe, ReleaseStrategy, SiteRole, Subject,
} from 'oscar-blueprints';
import { envName } from '../lib/env';

const REPOSITORY = 'registry.bank.example/payments/api';
// The release running in production (promoted from staging earlier) and the next one,
// now in staging and under canary in production.
const CURRENT = `${REPOSITORY}@sha256:3f1e2d4c5b6a79880f1e2d3c4b5a69788f9e0d1c2b3a49586f7e8d9c0b1a2f3e`;
const NEXT = `${REPOSITORY}@sha256:9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081`;
const PROD_QUOTA = { requestsCpu: '8', requestsMemory: '16Gi', limitsCpu: '16', limitsMemory: '32Gi', pods: 40 };
const COLLECTOR = 'cr.fluentbit.io/fluent/fluent-bit@sha256:5c0e8a1b2d3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3';

export class FinanceCicdK8sStack extends TerraformStack {
  public readonly primary: FinanceCicdPlatform;
  public readonly disasterRecovery: FinanceCicdPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'finance-cicd-k8s');
    const kubeconfig = envName(this, 'financeCicdK8s.kubeconfig', '~/.kube/config');
    new KubernetesProvider(this, 'kubernetes', { configPath: kubeconfig, configContext: envName(this, 'financeCicdK8s.primaryContext', 'site-a') });
    const dr = new KubernetesProvider(this, 'kubernetes-dr', { alias: 'dr', configPath: kubeconfig, configContext: envName(this, 'financeCicdK8s.drContext', 'site-b') });

    const application = {
      name: 'payments-api',
      readinessProbe: Probe.httpGet('/ready', { periodSeconds: 5 }),
      livenessProbe: Probe.httpGet('/healthz', { periodSeconds: 20 }),
      resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
      env: { LOG_FORMAT: 'json', AUDIT_LOG_URL: 'http://log-collector.payments-audit.svc:9880/app' },
    };
    const gateway = { gatewayClassName: 'eg', namespace: 'gateway-system', proxyNamespaces: ['envoy-gateway-system'] };
    const audit = { collectorImage: COLLECTOR, egressCidrs: ['10.30.0.0/24'], viewers: [Subject.group('auditors')] };

    this.primary = new FinanceCicdPlatform(this, 'payments', {
      name: 'payments',
      domain: 'payments.bank.example',
      imageRepository: REPOSITORY,
      application,
      environments: [
        { stage: DeliveryStage.DEV, image: `${REPOSITORY}:main-20261124.1`, editors: [Subject.group('payments-developers')] },
        { stage: DeliveryStage.TEST, image: `${REPOSITORY}:1.5.0`, viewers: [Subject.group('payments-testers')] },
        { stage: DeliveryStage.STAGING, image: NEXT, viewers: [Subject.group('payments-testers')] },
        {
          stage: DeliveryStage.PROD,
          image: CURRENT,
          replicas: 3,
          autoscaling: { minReplicas: 3, maxReplicas: 12, cpuUtilizationPercent: 70, memoryUtilizationPercent: 80 },
          release: ReleaseStrategy.canary({ image: NEXT, weight: 10, headers: { 'x-canary': 'always' } }),
          quota: PROD_QUOTA,
          viewers: [Subject.group('payments-sre')],
        },
      ],
      pipeline: {
        gitUrl: 'https://git.bank.example/payments/api.git',
        builds: [
          { gitRef: GitRef.branch('main'), tag: 'main-20261124.1' },
          { gitRef: GitRef.tag('v1.5.0'), tag: '1.5.0' },
        ],
        registryCredentialsSecret: 'registry-push',
        executorImage: 'registry.bank.example/mirror/kaniko-executor:v1.23.2',
        egressCidrs: ['10.20.0.0/24'], // Git server and registry
      },
      gateway: { ...gateway, clientCaConfigMap: 'bank-client-ca' },
      audit,
      strictZoneSpread: true,
    });

    this.disasterRecovery = new FinanceCicdPlatform(this, 'payments-dr', {
      name: 'payments',
      siteRole: SiteRole.DISASTER_RECOVERY,
      cluster: KubernetesCluster.fromProvider(dr),
      domain: 'payments.bank.example',
      imageRepository: REPOSITORY,
      application,
      environments: [{ stage: DeliveryStage.PROD, image: CURRENT, replicas: 2, quota: PROD_QUOTA }],
      gateway: { ...gateway, clientCaConfigMap: 'bank-client-ca' },
      audit,
    });

    Compliance.of(this).enable(Compliance.FINANCE, Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new FinanceCicdK8sStack(app, 'finance-cicd-k8s');
  app.synth();
}

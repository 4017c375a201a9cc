// Production microservice (OSCAR container spec, ops automation): a locked-down
// namespace, a canary release of the checkout service routed by a Gateway API HTTPRoute
// (10% of traffic, plus every request with `x-canary: always` or the cookie
// `canary=always`), CPU/memory autoscaling with a PodDisruptionBudget, and a nightly
// cron job with execution history.
//
// Promote: set stableImage to the canary image and delete canaryImage, then apply.
// Abort:   delete canaryImage (or set canaryWeight to 0), then apply.
// Roll back a release: apply the previous stableImage.
// Note: the HTTPRoute is a kubernetes_manifest, so `plan` needs API access to a cluster
// with the Gateway API CRDs installed. The kubeconfig and its context come from cdktf
// context or OSCAR_* variables (keys: examples/README.md; copy ../lib/env.ts too).
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  CanaryRelease, CanaryRouting, ConcurrencyPolicy, EnvironmentNamespace, Labels, Probe, Schedule, ScheduledTask, Subject,
} from 'oscar-blueprints';
import { envName } from '../lib/env';

export class ProductionMicroserviceStack extends TerraformStack {
  public readonly namespace: EnvironmentNamespace;
  public readonly checkout: CanaryRelease;
  public readonly nightly: ScheduledTask;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'k8s-production-microservice');
    new KubernetesProvider(this, 'kubernetes', {
      configPath: envName(this, 'k8sProductionMicroservice.kubeconfig', '~/.kube/config'),
      configContext: envName(this, 'k8sProductionMicroservice.kubeContext'), // unset: the kubeconfig's current context
    });

    this.namespace = new EnvironmentNamespace(this, 'shop', {
      name: 'shop-prod',
      gatewayNamespaces: ['gateway-system'],
      viewers: [Subject.group('shop-oncall')],
      quota: { requestsCpu: '8', requestsMemory: '16Gi', limitsCpu: '32', limitsMemory: '32Gi', pods: 40 },
    });

    this.checkout = new CanaryRelease(this, 'checkout', {
      namespace: this.namespace.name,
      name: 'checkout',
      stableImage: 'registry.example.com/shop/checkout@sha256:3f1e2d4c5b6a79880f1e2d3c4b5a69788f9e0d1c2b3a49586f7e8d9c0b1a2f3e',
      // Production images are pinned by digest (FIN-7): what was tested is what runs.
      canaryImage: 'registry.example.com/shop/checkout@sha256:9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081',
      canaryWeight: 10,
      canaryHeaders: { 'x-canary': 'always' },
      canaryCookie: 'canary',
      routing: CanaryRouting.gatewayApi({ gatewayName: 'public', gatewayNamespace: 'gateway-system', hostnames: ['shop.example.com'], pathPrefix: '/checkout' }),
      readinessProbe: Probe.httpGet('/ready', { periodSeconds: 5 }),
      livenessProbe: Probe.httpGet('/healthz', { periodSeconds: 20, failureThreshold: 3 }),
      resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
      autoscaling: { minReplicas: 3, maxReplicas: 20, cpuUtilizationPercent: 70, memoryUtilizationPercent: 80, scaleDownStabilizationSeconds: 300 },
      env: { LOG_FORMAT: 'json' },
    });

    this.nightly = new ScheduledTask(this, 'settlement', {
      namespace: this.namespace.name,
      name: 'nightly-settlement',
      schedule: Schedule.cron('30 1 * * *'),
      timeZone: 'Asia/Shanghai',
      concurrencyPolicy: ConcurrencyPolicy.FORBID,
      image: 'registry.example.com/shop/settlement@sha256:5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d',
      args: ['--date=yesterday'],
      resources: { cpuRequest: '500m', cpuLimit: '2', memoryRequest: '512Mi', memoryLimit: '1Gi' },
      successfulJobsHistoryLimit: 7,
      failedJobsHistoryLimit: 7,
      activeDeadlineSeconds: 3600,
    });

    // Fails at synth when the quota cannot hold peak replicas, surge and the cron job together.
    this.namespace.accommodate(this.checkout, this.nightly);
  }
}

if (require.main === module) {
  const app = new App();
  new ProductionMicroserviceStack(app, 'k8s-production-microservice');
  app.synth();
}

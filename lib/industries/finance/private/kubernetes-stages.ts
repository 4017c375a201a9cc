import type { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { Construct } from 'constructs';
import { ComplianceSuppressions } from '../../../compliance';
import { LabelKeys, Labels } from '../../../core/labels';
import { peer } from '../../../core/private/peers';
import { requireDnsLabel } from '../../../core/private/validate';
import {
  Autoscaling, CanaryRelease, CanaryRouting, EnvironmentNamespace, HttpRouteOptions, ICluster, Microservice,
} from '../../../kubernetes';
import { DeliveryStage, FinanceCicdPlatformProps, FinanceEnvironmentProps } from '../props';
import { AuditTier } from './audit';
import { EdgePlan } from './gateway';
import { defaultQuota } from './namespace-quota';

const peerNetworkPolicyV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/network-policy-v1')>('@cdktf/provider-kubernetes', 'lib/network-policy-v1');

// The delivery stages of a finance CI/CD platform: one isolated namespace per stage with
// the application, rolled out or canaried, and its one way out to the audit tier (internal).

/** @internal The namespace name of every stage, checked. */
export function stageNamespaces(scope: Construct, name: string, envs: FinanceEnvironmentProps[]): Map<DeliveryStage, string> {
  const names = new Map(envs.map((e) => [e.stage, e.namespaceName ?? `${name}-${e.stage}`]));
  for (const [stage, ns] of names) requireDnsLabel(scope, `environments[${stage}].namespaceName`, ns);
  return names;
}

/** @internal What the platform created for one stage. */
export interface Stage {
  readonly stage: DeliveryStage;
  readonly namespace: EnvironmentNamespace;
  readonly hostname: string;
  readonly image: string;
  readonly service: Microservice;
  readonly canaryRelease?: CanaryRelease;
  readonly allowAuditPolicy: NetworkPolicyV1;
}

/** @internal Where the stages live and what they reach. */
export interface StageContext {
  readonly cluster: ICluster;
  readonly namespaces: Map<DeliveryStage, string>;
  readonly edge: EdgePlan;
  readonly audit: AuditTier;
}

/** @internal Creates every stage, in stage order. */
export function createStages(scope: Construct, props: FinanceCicdPlatformProps, envs: FinanceEnvironmentProps[], ctx: StageContext): Stage[] {
  requireDnsLabel(scope, 'application.name', props.application.name ?? 'app');
  return envs.map((e) => createStage(scope, props, e, ctx));
}

function createStage(scope: Construct, props: FinanceCicdPlatformProps, e: FinanceEnvironmentProps, ctx: StageContext): Stage {
  const app = props.application;
  const cluster = ctx.cluster;
  const stage = e.stage;
  const production = stage === DeliveryStage.PROD;
  const hostname = ctx.edge.hostnames.get(stage)!;
  const replicas = e.replicas ?? (production ? 3 : stage === DeliveryStage.STAGING ? 2 : 1);
  const autoscaling: Autoscaling | undefined = e.autoscaling ?? (production ? { minReplicas: replicas, maxReplicas: replicas * 3, cpuUtilizationPercent: 70 } : undefined);
  const canary = e.release?.canaryOptions;
  // Peak pods: max replicas + 1 surge pod, plus the canary and its surge pod.
  const peakPods = (autoscaling?.maxReplicas ?? replicas) + 1 + (canary ? (canary.replicas ?? 1) + 1 : 0);
  const namespace = new EnvironmentNamespace(scope, stage, {
    cluster,
    name: ctx.namespaces.get(stage),
    labels: { [LabelKeys.ENVIRONMENT]: stage },
    gatewayNamespaces: ctx.edge.proxyNamespaces,
    quota: e.quota ?? defaultQuota(scope, 'application.resources', app.resources, peakPods),
    viewers: e.viewers,
    editors: e.editors,
  });
  const route: HttpRouteOptions = {
    gatewayName: ctx.edge.gatewayName,
    gatewayNamespace: ctx.edge.gatewayNamespace,
    sectionName: props.gateway ? `https-${stage}` : props.existingGateway!.sectionName,
    hostnames: [hostname],
  };
  const workload = {
    namespace: namespace.name,
    readinessProbe: app.readinessProbe,
    livenessProbe: app.livenessProbe,
    resources: app.resources,
    port: app.port,
    env: app.env,
    replicas,
    autoscaling,
    // dev and test may run one pod; staging and prod are production-shaped
    allowSingleReplica: stage === DeliveryStage.DEV || stage === DeliveryStage.TEST,
    labels: { [LabelKeys.ENVIRONMENT]: stage },
  };
  const appName = app.name ?? 'app';
  let service: Microservice;
  let canaryRelease: CanaryRelease | undefined;
  if (canary) {
    canaryRelease = new CanaryRelease(scope, `${stage}-app`, {
      cluster,
      ...workload,
      name: appName,
      stableImage: e.image,
      canaryImage: canary.image,
      canaryWeight: canary.weight,
      canaryHeaders: canary.headers,
      canaryCookie: canary.cookie,
      canaryReplicas: canary.replicas,
      routing: CanaryRouting.gatewayApi(route),
    });
    service = canaryRelease.stable;
    namespace.accommodate(canaryRelease);
    if (canaryRelease.canary) {
      ComplianceSuppressions.add(canaryRelease.canary, {
        ruleId: 'k8s-pdb-production',
        reason: 'The canary is a deliberately small, temporary second track (1 pod by default); the stable track carries availability and has the PodDisruptionBudget',
      });
    }
  } else {
    service = new Microservice(scope, `${stage}-app`, { cluster, ...workload, name: appName, image: e.image, httpRoute: route });
    namespace.accommodate(service);
  }
  if (production && props.strictZoneSpread) {
    for (const m of [service, ...(canaryRelease?.canary ? [canaryRelease.canary] : [])]) {
      m.deployment.addOverride('spec.template.spec.topology_spread_constraint.0.when_unsatisfiable', 'DoNotSchedule');
    }
  }
  const allowAuditPolicy = allowEgressToAudit(scope, cluster, stage, namespace, ctx.audit);
  return { stage, namespace, hostname, image: e.image, service, canaryRelease, allowAuditPolicy };
}

/** Default-deny blocks egress. The one way out of an environment (besides DNS) is the audit collector. */
function allowEgressToAudit(scope: Construct, cluster: ICluster, stage: DeliveryStage, namespace: EnvironmentNamespace, audit: AuditTier): NetworkPolicyV1 {
  return new (peerNetworkPolicyV1().NetworkPolicyV1)(scope, `${stage}-allow-audit`, {
    provider: cluster.provider,
    metadata: { name: 'allow-egress-to-audit', namespace: namespace.name, labels: Labels.resolve(scope, { [LabelKeys.ENVIRONMENT]: stage }) },
    spec: {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': audit.namespaceName } } }],
        ports: [{ port: String(audit.port), protocol: 'TCP' }],
      }],
    },
  });
}

import type { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import type { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { Construct } from 'constructs';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { CanaryRelease, EnvironmentNamespace, ICluster, ImageBuild, KubernetesCluster, Microservice } from '../../kubernetes';
import { auditTier } from './private/audit';
import { createPipeline } from './private/cicd';
import { createGateway, planEdge } from './private/gateway';
import { createStages, stageNamespaces } from './private/kubernetes-stages';
import { validatePipeline, validatePlatform } from './private/validate';
import { DeliveryStage, FinanceCicdPlatformProps, SiteRole } from './props';
import { FinanceVmEstate } from './vm-estate';


/** What the platform created for one environment. */
export class FinanceEnvironment {
  /**
   * @param stage the stage
   * @param namespace the isolated namespace
   * @param hostname the host name at the Gateway
   * @param image the version the environment runs
   * @param service the application (rolling release)
   * @param canaryRelease the application (canary release)
   * @param allowAuditPolicy NetworkPolicy allowing egress to the audit collector
   */
  constructor(
    public readonly stage: DeliveryStage,
    public readonly namespace: EnvironmentNamespace,
    public readonly hostname: string,
    public readonly image: string,
    public readonly service: Microservice,
    public readonly canaryRelease?: CanaryRelease,
    public readonly allowAuditPolicy?: NetworkPolicyV1,
  ) {}
}

/**
 * Financial CI/CD platform (OSCAR finance cases: a Zhejiang bank, a Shenzhen fintech,
 * the container white paper): isolated dev/test/staging/prod namespaces with quotas,
 * default-deny and RBAC. Kaniko image builds from Git into one artifact repository;
 * promotion by image digest; zero-downtime rolling or canary releases with autoscaling
 * and PodDisruptionBudgets in production; TLS at the Gateway (optional mTLS); a separate
 * audit/log tier; a "two sites, three centres" disaster-recovery option.
 */
export class FinanceCicdPlatform extends Construct {
  /** The platform name (namespace prefix). */
  public readonly name: string;
  /** The cluster every resource lives on. */
  public readonly cluster: ICluster;
  /** The environments, in stage order. */
  public readonly environments: FinanceEnvironment[];
  /** The CI namespace (when there is a pipeline). */
  public readonly ciNamespace?: EnvironmentNamespace;
  /** The image builds (when there is a pipeline). */
  public readonly builds: ImageBuild[];
  /** The Gateway (`kubernetes_manifest`), when the platform creates it. */
  public readonly gateway?: Manifest;
  /** The HTTP-to-HTTPS redirect route, when the platform creates the Gateway with `httpRedirect`. */
  public readonly httpRedirectRoute?: Manifest;
  /** Name of the Gateway the routes attach to. */
  public readonly gatewayName: string;
  /** Namespace of the Gateway. */
  public readonly gatewayNamespace: string;
  /** The audit namespace (when the platform creates the audit tier). */
  public readonly auditNamespace?: EnvironmentNamespace;
  /** The audit log collector (when the platform creates the audit tier). */
  public readonly auditCollector?: Microservice;
  /** Role of this cluster. */
  public readonly siteRole: SiteRole;
  /** The VM estate, when `vmEstate` is given. */
  public readonly vmEstate?: FinanceVmEstate;

  constructor(scope: Construct, id: string, props: FinanceCicdPlatformProps) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    this.name = props.name ?? Names.resourceName(this, { maxLength: 40 });
    this.siteRole = props.siteRole ?? SiteRole.PRIMARY;
    const envs = validatePlatform(this, this.name, this.siteRole, props);
    Labels.of(this).add(LabelKeys.INDUSTRY, 'finance');
    Labels.of(this).add(LabelKeys.SITE_ROLE, this.siteRole);

    // The edge (Gateway and host names) and the stages' namespace names.
    const edge = planEdge(this, this.name, props, envs);
    this.gatewayName = edge.gatewayName;
    this.gatewayNamespace = edge.gatewayNamespace;
    const namespaces = stageNamespaces(this, this.name, envs);

    // The audit tier the environments ship their logs to.
    const audit = auditTier(this, this.cluster, this.name, props, [...namespaces.values()]);
    this.auditNamespace = audit.namespace;
    this.auditCollector = audit.collector;

    // CI: image builds from Git.
    this.builds = [];
    if (props.pipeline) {
      validatePipeline(this, this.siteRole, props.pipeline);
      const pipeline = createPipeline(this, this.cluster, this.name, props.imageRepository, props.pipeline);
      this.ciNamespace = pipeline.namespace;
      this.builds.push(...pipeline.builds);
    }

    // The delivery stages, in stage order.
    this.environments = createStages(this, props, envs, { cluster: this.cluster, namespaces, edge, audit })
      .map((s) => new FinanceEnvironment(s.stage, s.namespace, s.hostname, s.image, s.service, s.canaryRelease, s.allowAuditPolicy));

    // The Gateway, when the platform creates it.
    if (props.gateway) {
      const listeners = envs.map((e) => ({ stage: e.stage, hostname: edge.hostnames.get(e.stage)!, namespace: namespaces.get(e.stage)! }));
      const { gateway, redirect } = createGateway(this, this.cluster, this.name, edge, props.gateway, listeners);
      this.gateway = gateway;
      this.httpRedirectRoute = redirect;
    }

    // The VM estate next to the cluster.
    if (props.vmEstate) this.vmEstate = new FinanceVmEstate(this, 'vm-estate', props.vmEstate);
  }

  /** The environment of a stage, if the platform has it. */
  public environment(stage: DeliveryStage): FinanceEnvironment | undefined {
    return this.environments.find((e) => e.stage === stage);
  }
}

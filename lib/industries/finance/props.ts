import { Autoscaling, ContainerResources, GitRef, ICluster, NamespaceQuota, Probe, Subject } from '../../kubernetes';
import { FinanceVmEstateProps } from './vm-estate-props';

/**
 * A delivery stage. Images move through the stages in this order: dev, test, staging,
 * prod (promotion never skips backwards).
 */
export enum DeliveryStage {
  /** Development: built from branches, single replica allowed, tags allowed. */
  DEV = 'dev',
  /** Integration test: tags allowed. */
  TEST = 'test',
  /** Pre-production: digests only, production-shaped (2+ replicas). */
  STAGING = 'staging',
  /** Production: digests only, 2+ replicas, zero-downtime rollout, PDB, autoscaling. */
  PROD = 'prod',
}

/** Options of a canary (gray) release, see {@link ReleaseStrategy.canary}. */
export interface CanaryReleaseOptions {
  /** The image under canary: in production it must be the digest that staging runs. */
  readonly image: string;
  /**
   * Percent of traffic (through the Gateway) sent to the canary.
   * @default 10
   */
  readonly weight?: number;
  /**
   * Request headers that always reach the canary (testers, internal users).
   * @default - none
   */
  readonly headers?: { [name: string]: string };
  /**
   * Cookie that sends a client to the canary when set to `always`.
   * @default - none
   */
  readonly cookie?: string;
  /**
   * Pods of the canary.
   * @default 1
   */
  readonly replicas?: number;
}

/**
 * How an environment rolls out a new version. A factory class:
 * `ReleaseStrategy.rolling()` (zero-downtime rolling update) or
 * `ReleaseStrategy.canary({ image, weight: 10 })` (gray release through the Gateway).
 */
export class ReleaseStrategy {
  /** Rolling update with `maxUnavailable: 0`: a new pod must be ready before an old one goes. */
  public static rolling(): ReleaseStrategy {
    return new ReleaseStrategy();
  }

  /** Canary (gray) release: the environment's image stays stable, `options.image` gets a share of the traffic. */
  public static canary(options: CanaryReleaseOptions): ReleaseStrategy {
    return new ReleaseStrategy(options);
  }

  /** @param canaryOptions the canary, when the strategy is a canary release */
  private constructor(public readonly canaryOptions?: CanaryReleaseOptions) {}
}

/** One environment of the platform. */
export interface FinanceEnvironmentProps {
  /** The stage (each stage at most once). */
  readonly stage: DeliveryStage;
  /**
   * The version this environment runs: an image of the platform's `imageRepository`,
   * by tag (dev, test) or by `@sha256:` digest (required in staging and prod).
   */
  readonly image: string;
  /**
   * Replicas (the initial and minimum count when autoscaling).
   * @default - 1 in dev and test, 2 in staging, 3 in prod
   */
  readonly replicas?: number;
  /**
   * Horizontal Pod Autoscaler.
   * @default - prod: { minReplicas: replicas, maxReplicas: 3 x replicas, cpuUtilizationPercent: 70 }; other stages: fixed replicas
   */
  readonly autoscaling?: Autoscaling;
  /**
   * How new versions roll out.
   * @default ReleaseStrategy.rolling()
   */
  readonly release?: ReleaseStrategy;
  /**
   * Host name of the environment at the Gateway.
   * @default - prod: `domain`; other stages: `<stage>.<domain>`
   */
  readonly hostname?: string;
  /**
   * Namespace name.
   * @default `<platform name>-<stage>`
   */
  readonly namespaceName?: string;
  /**
   * The namespace's ResourceQuota (checked against the application's peak demand).
   * @default - the EnvironmentNamespace defaults (4/8 CPU, 8Gi/16Gi requests/limits, 50 pods), raised to the application's peak (max replicas + surge + canary) plus 25 %
   */
  readonly quota?: NamespaceQuota;
  /**
   * Read-only access (ClusterRole `view`).
   * @default - none
   */
  readonly viewers?: Subject[];
  /**
   * Read-write access (ClusterRole `edit`). Production should have none: changes reach
   * it only through the pipeline (Terraform).
   * @default - none
   */
  readonly editors?: Subject[];
}

/** The application delivered through the pipeline (the same in every environment). */
export interface FinanceApplicationProps {
  /**
   * Name of the Deployment and Service in every environment.
   * @default "app"
   */
  readonly name?: string;
  /** Readiness probe (required: rollouts wait for it). */
  readonly readinessProbe: Probe;
  /**
   * Liveness probe.
   * @default - none
   */
  readonly livenessProbe?: Probe;
  /** CPU and memory requests and limits of the container. */
  readonly resources: ContainerResources;
  /**
   * Container port.
   * @default 8080
   */
  readonly port?: number;
  /**
   * Environment variables (non-secret configuration, the same image runs everywhere,
   * only configuration differs).
   * @default - none
   */
  readonly env?: { [name: string]: string };
}

/** One image build of the pipeline. */
export interface FinanceBuildProps {
  /** Branch or tag to build. */
  readonly gitRef: GitRef;
  /** Tag pushed to `imageRepository` (e.g. `1.4.2` or `main-20261124`). */
  readonly tag: string;
}

/** The CI part of the pipeline: Kaniko image builds from Git in a `<name>-ci` namespace. */
export interface FinancePipelineProps {
  /** HTTPS URL of the application's Git repository (no credentials in the URL). */
  readonly gitUrl: string;
  /** Builds to run (branches for dev, release tags for test and beyond). */
  readonly builds: FinanceBuildProps[];
  /**
   * `kubernetes.io/dockerconfigjson` Secret (in the CI namespace) with push credentials.
   * @default - anonymous push
   */
  readonly registryCredentialsSecret?: string;
  /**
   * Kaniko executor image (pin a maintained fork or a mirror).
   * @default - the ImageBuild default
   */
  readonly executorImage?: string;
  /**
   * CIDRs the builds may reach (Git server, registry, package mirrors).
   * @default - none (builds can only reach cluster DNS)
   */
  readonly egressCidrs?: string[];
  /**
   * Namespace name.
   * @default `<platform name>-ci`
   */
  readonly namespaceName?: string;
  /**
   * Quota of the CI namespace (Kaniko builds need 1-2 CPU and 2-4Gi each).
   * @default { requestsCpu: '4', requestsMemory: '8Gi', limitsCpu: '8', limitsMemory: '16Gi' }
   */
  readonly quota?: NamespaceQuota;
}

/** A Gateway API Gateway created by the platform, with an HTTPS listener per environment. */
export interface FinanceGatewayProps {
  /** GatewayClass of the cluster's Gateway implementation (e.g. `eg`, `istio`, `cilium`). */
  readonly gatewayClassName: string;
  /**
   * Namespace of the Gateway (must exist, usually owned by the platform team).
   * @default "gateway-system"
   */
  readonly namespace?: string;
  /**
   * Name of the Gateway.
   * @default `<platform name>`
   */
  readonly name?: string;
  /**
   * Secret (`kubernetes.io/tls`, in the Gateway namespace) with a certificate for every
   * environment host name (e.g. issued by cert-manager for `domain` and `*.domain`).
   * @default `<platform name>-tls`
   */
  readonly certificateSecretName?: string;
  /**
   * ConfigMap (key `ca.crt`, in the Gateway namespace) with the CA that signs client
   * certificates: enables mutual TLS at the edge (`spec.tls.frontend.default.validation`,
   * Gateway API 1.4+, check that your implementation supports it).
   * @default - no client certificates required
   */
  readonly clientCaConfigMap?: string;
  /**
   * Add an HTTP listener on port 80 whose only route redirects to https.
   * @default true
   */
  readonly httpRedirect?: boolean;
  /**
   * Namespaces where the Gateway's proxy pods run (allowed into the environments).
   * @default - the Gateway namespace
   */
  readonly proxyNamespaces?: string[];
}

/** A Gateway that already exists (with HTTPS listeners the platform's routes attach to). */
export interface ExistingGatewayProps {
  /** Name of the Gateway. */
  readonly name: string;
  /** Namespace of the Gateway. */
  readonly namespace: string;
  /**
   * Listener the routes attach to.
   * @default - every listener that admits them
   */
  readonly sectionName?: string;
  /**
   * Namespaces where the Gateway's proxy pods run.
   * @default - the Gateway namespace
   */
  readonly proxyNamespaces?: string[];
}

/** The audit/log tier: its own namespace and a log collector. */
export interface FinanceAuditTierProps {
  /**
   * Namespace name.
   * @default `<platform name>-audit`
   */
  readonly namespaceName?: string;
  /**
   * Collector image, pinned by digest (it runs in production, so FIN-7 applies), e.g.
   * `cr.fluentbit.io/fluent/fluent-bit:3.2.4@sha256:<digest>` from your registry. Required:
   * the library cannot vouch for a digest of a third-party image, and a tag would fail FIN-7.
   * @default - none: synth fails, naming this prop
   */
  readonly collectorImage?: string;
  /**
   * Collector arguments. The default receives JSON logs over HTTP on `collectorPort`
   * and writes them to stdout; point the output at your SIEM (and allow it in `egressCidrs`).
   * @default ['-i', 'http', '-p', 'port=9880', '-o', 'stdout', '-m', '*']
   */
  readonly collectorArgs?: string[];
  /**
   * Port the collector listens on (environments may reach only this port).
   * @default 9880
   */
  readonly collectorPort?: number;
  /**
   * Collector replicas.
   * @default 2
   */
  readonly replicas?: number;
  /**
   * Collector resources.
   * @default { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' }
   */
  readonly resources?: ContainerResources;
  /**
   * Quota of the audit namespace.
   * @default - the EnvironmentNamespace defaults, raised to the collector's peak plus 25 %
   */
  readonly quota?: NamespaceQuota;
  /**
   * CIDRs the collector ships to (SIEM, Elasticsearch, syslog).
   * @default - none
   */
  readonly egressCidrs?: string[];
  /**
   * Auditors (read-only access to the audit namespace).
   * @default - none
   */
  readonly viewers?: Subject[];
}

/** Role of the cluster in a "two sites, three centres" (两地三中心) deployment. */
export enum SiteRole {
  /**
   * The production site: one cluster whose nodes span the two same-city data centres
   * (two zones). Runs every stage and the pipeline.
   */
  PRIMARY = 'primary',
  /**
   * The remote disaster-recovery centre: a second cluster (provider alias) running
   * production only, from the digests replicated from the primary registry.
   */
  DISASTER_RECOVERY = 'disaster-recovery',
}

/** Props of {@link FinanceCicdPlatform}. */
export interface FinanceCicdPlatformProps {
  /**
   * Platform name: prefix of the namespaces (`<name>-dev`, ...) and of the Gateway.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** DNS domain of the application: prod answers at `domain`, other stages at `<stage>.<domain>`. */
  readonly domain: string;
  /**
   * The artifact registry repository every environment's image comes from, without tag
   * (e.g. `registry.bank.example/payments/gateway`). Builds push here.
   */
  readonly imageRepository: string;
  /** The application delivered through the pipeline. */
  readonly application: FinanceApplicationProps;
  /**
   * The environments, each at most once, in any order. Every one is an isolated
   * namespace (quota, default-deny network policies, RBAC).
   * @default - none: give at least one (typically dev, test, staging and prod)
   */
  readonly environments: FinanceEnvironmentProps[];
  /**
   * CI: image builds from Git branches and tags.
   * @default - no builds in this cluster (images come from an external CI)
   */
  readonly pipeline?: FinancePipelineProps;
  /**
   * Create a Gateway with an HTTPS listener per environment. Exclusive with `existingGateway`.
   * @default - one of `gateway` / `existingGateway` is required
   */
  readonly gateway?: FinanceGatewayProps;
  /**
   * Attach the routes to an existing Gateway (its listeners must use TLS). Exclusive with `gateway`.
   * @default - one of `gateway` / `existingGateway` is required
   */
  readonly existingGateway?: ExistingGatewayProps;
  /**
   * The audit/log tier created by the platform. Exclusive with `existingAuditNamespace`.
   * @default - an audit namespace with a 2-replica fluent-bit collector
   */
  readonly audit?: FinanceAuditTierProps;
  /**
   * Namespace of an audit tier that already exists (e.g. shared by several platforms);
   * the environments may send logs to it. Exclusive with `audit`.
   * @default - the platform creates its own audit tier
   */
  readonly existingAuditNamespace?: string;
  /**
   * Port of the collector in `existingAuditNamespace`.
   * @default 9880
   */
  readonly existingAuditPort?: number;
  /**
   * Role of this cluster in a "two sites, three centres" deployment.
   * @default SiteRole.PRIMARY
   */
  readonly siteRole?: SiteRole;
  /**
   * The cluster every resource of the platform lives on: how a second cluster (the
   * disaster-recovery centre) is addressed from the same stack, e.g.
   * `KubernetesCluster.fromProvider(drAlias)`.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /**
   * Production pods must spread over zones (`topology.kubernetes.io/zone`
   * `DoNotSchedule` instead of `ScheduleAnyway`): with the two same-city centres as two
   * zones, losing a centre leaves pods in the other. Nodes must carry the zone label.
   * @default false
   */
  readonly strictZoneSpread?: boolean;
  /**
   * The VM estate next to the cluster (OpenStack or vSphere): VLAN-isolated management
   * and production networks, one zone per hypervisor family, a TLS load balancer.
   * @default - no VM estate
   */
  readonly vmEstate?: FinanceVmEstateProps;
}

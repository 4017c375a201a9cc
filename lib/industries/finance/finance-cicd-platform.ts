import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ComplianceSuppressions } from '../../compliance/suppressions';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { requireAtMostOne, requireDnsLabel, requireIntegerInRange, requireNonEmpty } from '../../core/private/validate';
import { requireResources } from '../../kubernetes/private/resource-demand';
import {
  Autoscaling, CanaryRelease, CanaryRouting, EnvironmentNamespace, HttpRouteOptions, ICluster, ImageBuild, KubernetesCluster, Microservice,
  ContainerResources, NamespaceQuota, PodSecurityLevel, Probe,
} from '../../kubernetes';
import {
  DeliveryStage, ExistingGatewayProps, FinanceApplicationProps, FinanceAuditTierProps, FinanceEnvironmentProps,
  FinanceGatewayProps, FinancePipelineProps, SiteRole,
} from './props';
import { FinanceVmEstate, FinanceVmEstateProps } from './vm-estate';

const STAGE_ORDER: DeliveryStage[] = [DeliveryStage.DEV, DeliveryStage.TEST, DeliveryStage.STAGING, DeliveryStage.PROD];
const DIGEST = /@sha256:[a-f0-9]{64}$/;

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
 * Financial CI/CD platform (OSCAR finance cases: a Zhejiang bank, a Shenzhen fintech;
 * the container white paper): isolated dev/test/staging/prod namespaces with quotas,
 * default-deny and RBAC; Kaniko image builds from Git into one artifact repository;
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
    requireDnsLabel(this, 'name', this.name);
    if (!Token.isUnresolved(this.name) && this.name.length > 40) {
      throw new ValidationError(this, 'name', `"${this.name}" is longer than 40 characters (namespaces are named <name>-<stage>)`, 'shorten the name');
    }
    this.siteRole = props.siteRole ?? SiteRole.PRIMARY;
    requireNonEmpty(this, 'domain', props.domain);
    requireNonEmpty(this, 'imageRepository', props.imageRepository);
    if (!Token.isUnresolved(props.imageRepository) && /[:@]/.test(props.imageRepository.slice(props.imageRepository.lastIndexOf('/') + 1))) {
      throw new ValidationError(this, 'imageRepository', `"${props.imageRepository}" has a tag or digest`, 'give the repository only, e.g. "registry.bank.example/payments/gateway"');
    }
    requireAtMostOne(this, { gateway: props.gateway, existingGateway: props.existingGateway });
    requireAtMostOne(this, { audit: props.audit, existingAuditNamespace: props.existingAuditNamespace });
    if (!props.gateway && !props.existingGateway) {
      throw new ValidationError(this, 'gateway', 'is required (TLS at the edge): neither gateway nor existingGateway is given', 'pass gateway: { gatewayClassName: ... } or existingGateway: { name, namespace }');
    }
    const envs = this.validateEnvironments(props);

    Labels.of(this).add(LabelKeys.INDUSTRY, 'finance');
    Labels.of(this).add(LabelKeys.SITE_ROLE, this.siteRole);

    // --- edge: the Gateway ---------------------------------------------------------
    const gw = props.gateway;
    this.gatewayName = gw ? gw.name ?? this.name : props.existingGateway!.name;
    this.gatewayNamespace = gw ? gw.namespace ?? 'gateway-system' : props.existingGateway!.namespace;
    requireDnsLabel(this, gw ? 'gateway.namespace' : 'existingGateway.namespace', this.gatewayNamespace);
    const proxyNamespaces = (gw ? gw.proxyNamespaces : props.existingGateway!.proxyNamespaces) ?? [this.gatewayNamespace];
    const hostnames = new Map(envs.map((e) => [e.stage, e.hostname ?? (e.stage === DeliveryStage.PROD ? props.domain : `${e.stage}.${props.domain}`)]));
    const namespaceNames = new Map(envs.map((e) => [e.stage, e.namespaceName ?? `${this.name}-${e.stage}`]));
    for (const [stage, ns] of namespaceNames) requireDnsLabel(this, `environments[${stage}].namespaceName`, ns);

    // --- audit tier ----------------------------------------------------------------
    const auditPort = props.existingAuditNamespace ? props.existingAuditPort ?? 9880 : props.audit?.collectorPort ?? 9880;
    requireIntegerInRange(this, props.existingAuditNamespace ? 'existingAuditPort' : 'audit.collectorPort', auditPort, 1, 65535);
    let auditNamespaceName = props.existingAuditNamespace;
    if (!auditNamespaceName) {
      const audit = props.audit ?? {};
      const auditLabels = { [LabelKeys.TIER]: 'audit' };
      const collectorResources = audit.resources ?? { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' };
      const collectorReplicas = audit.replicas ?? 2;
      this.auditNamespace = new EnvironmentNamespace(this, 'audit', {
        cluster: this.cluster,
        name: audit.namespaceName ?? `${this.name}-audit`,
        labels: auditLabels,
        gatewayNamespaces: [...namespaceNames.values()], // the environments ship logs in
        egressCidrs: audit.egressCidrs,
        viewers: audit.viewers,
        quota: audit.quota ?? this.defaultQuota('audit.resources', collectorResources, collectorReplicas + 1),
      });
      this.auditCollector = new Microservice(this, 'audit-collector', {
        cluster: this.cluster,
        namespace: this.auditNamespace.name,
        name: 'log-collector',
        image: audit.collectorImage ?? 'cr.fluentbit.io/fluent/fluent-bit:3.2.4',
        args: audit.collectorArgs ?? ['-i', 'http', '-p', `port=${auditPort}`, '-o', 'stdout', '-m', '*'],
        port: auditPort,
        servicePort: auditPort,
        replicas: collectorReplicas,
        readinessProbe: Probe.tcpSocket('http'),
        livenessProbe: Probe.tcpSocket('http', { periodSeconds: 20, failureThreshold: 3 }),
        resources: collectorResources,
        labels: auditLabels,
      });
      this.auditNamespace.accommodate(this.auditCollector);
      auditNamespaceName = this.auditNamespace.name;
    } else {
      requireDnsLabel(this, 'existingAuditNamespace', auditNamespaceName);
    }

    // --- CI: image builds ----------------------------------------------------------
    this.builds = [];
    if (props.pipeline) {
      const p = props.pipeline;
      if (this.siteRole === SiteRole.DISASTER_RECOVERY) {
        throw new ValidationError(this, 'pipeline', 'is set on the disaster-recovery site', 'build once on the primary site and replicate the registry; remove pipeline here');
      }
      if (!p.builds?.length) throw new ValidationError(this, 'pipeline.builds', 'is empty', 'add at least one build, e.g. { gitRef: GitRef.branch("main"), tag: "main-1" }');
      const tags = new Set<string>();
      p.builds.forEach((b, i) => {
        if (!Token.isUnresolved(b.tag) && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(b.tag)) {
          throw new ValidationError(this, `pipeline.builds[${i}].tag`, `"${b.tag}" is not a valid image tag`, 'use letters, digits, "_", "." and "-" (at most 128), e.g. "1.4.2"');
        }
        if (b.tag === 'latest') throw new ValidationError(this, `pipeline.builds[${i}].tag`, 'is "latest", a floating tag', 'tag builds with a version or branch-and-build number');
        if (tags.has(b.tag)) throw new ValidationError(this, `pipeline.builds[${i}].tag`, `"${b.tag}" is built twice`, 'give every build its own tag: a tag must identify one build');
        tags.add(b.tag);
      });
      this.ciNamespace = new EnvironmentNamespace(this, 'ci', {
        cluster: this.cluster,
        name: p.namespaceName ?? `${this.name}-ci`,
        podSecurity: PodSecurityLevel.BASELINE, // Kaniko unpacks layers as root
        egressCidrs: p.egressCidrs,
        labels: { [LabelKeys.ENVIRONMENT]: 'ci' },
        quota: p.quota ?? { requestsCpu: '4', requestsMemory: '8Gi', limitsCpu: '8', limitsMemory: '16Gi' },
      });
      p.builds.forEach((b) => {
        const build = new ImageBuild(this, `build-${Names.toDnsLabel(b.tag)}`, {
          cluster: this.cluster,
          namespace: this.ciNamespace!.name,
          name: Names.toDnsLabel(`build-${b.tag}`).slice(0, 63).replace(/-+$/, ''),
          gitUrl: p.gitUrl,
          gitRef: b.gitRef,
          destination: `${props.imageRepository}:${b.tag}`,
          registryCredentialsSecret: p.registryCredentialsSecret,
          executorImage: p.executorImage,
        });
        ComplianceSuppressions.add(build, {
          ruleId: 'k8s-run-as-non-root',
          reason: 'Kaniko unpacks image layers as root by design; it runs in the isolated CI namespace (baseline Pod Security, default-deny network policies), never next to the application',
        });
        this.builds.push(build);
      });
    }

    // --- environments --------------------------------------------------------------
    const app = props.application;
    const appName = app.name ?? 'app';
    requireDnsLabel(this, 'application.name', appName);
    this.environments = envs.map((e) => {
      const stage = e.stage;
      const production = stage === DeliveryStage.PROD;
      const hostname = hostnames.get(stage)!;
      const replicas = e.replicas ?? (production ? 3 : stage === DeliveryStage.STAGING ? 2 : 1);
      const autoscaling: Autoscaling | undefined = e.autoscaling ?? (production ? { minReplicas: replicas, maxReplicas: replicas * 3, cpuUtilizationPercent: 70 } : undefined);
      const canary = e.release?.canaryOptions;
      // Peak pods: max replicas + 1 surge pod, plus the canary and its surge pod.
      const peakPods = (autoscaling?.maxReplicas ?? replicas) + 1 + (canary ? (canary.replicas ?? 1) + 1 : 0);
      const namespace = new EnvironmentNamespace(this, stage, {
        cluster: this.cluster,
        name: namespaceNames.get(stage),
        labels: { [LabelKeys.ENVIRONMENT]: stage },
        gatewayNamespaces: proxyNamespaces,
        quota: e.quota ?? this.defaultQuota('application.resources', app.resources, peakPods),
        viewers: e.viewers,
        editors: e.editors,
      });
      const route: HttpRouteOptions = {
        gatewayName: this.gatewayName,
        gatewayNamespace: this.gatewayNamespace,
        sectionName: gw ? `https-${stage}` : props.existingGateway!.sectionName,
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
      let service: Microservice;
      let canaryRelease: CanaryRelease | undefined;
      if (canary) {
        canaryRelease = new CanaryRelease(this, `${stage}-app`, {
          cluster: this.cluster,
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
        service = new Microservice(this, `${stage}-app`, { cluster: this.cluster, ...workload, name: appName, image: e.image, httpRoute: route });
        namespace.accommodate(service);
      }
      if (production && props.strictZoneSpread) {
        for (const m of [service, ...(canaryRelease?.canary ? [canaryRelease.canary] : [])]) {
          m.deployment.addOverride('spec.template.spec.topology_spread_constraint.0.when_unsatisfiable', 'DoNotSchedule');
        }
      }
      // Default-deny blocks egress; the one way out of an environment (besides DNS) is the audit collector.
      const allowAuditPolicy = new NetworkPolicyV1(this, `${stage}-allow-audit`, {
        provider: this.cluster.provider,
        metadata: { name: 'allow-egress-to-audit', namespace: namespace.name, labels: Labels.resolve(this, { [LabelKeys.ENVIRONMENT]: stage }) },
        spec: {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [{
            to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': auditNamespaceName! } } }],
            ports: [{ port: String(auditPort), protocol: 'TCP' }],
          }],
        },
      });
      return new FinanceEnvironment(stage, namespace, hostname, e.image, service, canaryRelease, allowAuditPolicy);
    });

    if (gw) {
      const { gateway, redirect } = this.createGateway(gw, envs.map((e) => ({ stage: e.stage, hostname: hostnames.get(e.stage)!, namespace: namespaceNames.get(e.stage)! })));
      this.gateway = gateway;
      this.httpRedirectRoute = redirect;
    }
    if (props.vmEstate) this.vmEstate = new FinanceVmEstate(this, 'vm-estate', props.vmEstate);
  }

  /**
   * The quota of an environment without one: the EnvironmentNamespace defaults, raised
   * where the application's peak (plus 25 % headroom for debugging pods and jobs) needs more.
   */
  private defaultQuota(prop: string, resources: ContainerResources, peakPods: number): NamespaceQuota | undefined {
    if (Object.values(resources ?? {}).some((v) => Token.isUnresolved(v)) || Token.isUnresolved(peakPods)) return undefined;
    const r = requireResources(this, prop, resources);
    const cores = (perPod: number, min: number) => String(Math.max(min, Math.ceil(perPod * peakPods * 1.25)));
    const gib = (perPod: number, min: number) => `${Math.max(min, Math.ceil((perPod * peakPods * 1.25) / 2 ** 30))}Gi`;
    return {
      requestsCpu: cores(r.cpuRequest, 4),
      limitsCpu: cores(r.cpuLimit, 8),
      requestsMemory: gib(r.memoryRequest, 8),
      limitsMemory: gib(r.memoryLimit, 16),
      pods: Math.max(50, Math.ceil(peakPods * 1.25)),
    };
  }

  /** The environment of a stage, if the platform has it. */
  public environment(stage: DeliveryStage): FinanceEnvironment | undefined {
    return this.environments.find((e) => e.stage === stage);
  }

  private validateEnvironments(props: FinanceCicdPlatformProps): FinanceEnvironmentProps[] {
    const envs = props.environments ?? [];
    if (envs.length === 0) {
      throw new ValidationError(this, 'environments', 'is empty', 'list the environments, e.g. dev, test, staging and prod');
    }
    const seen = new Set<DeliveryStage>();
    envs.forEach((e, i) => {
      if (!STAGE_ORDER.includes(e.stage)) {
        throw new ValidationError(this, `environments[${i}].stage`, `"${e.stage}" is not a delivery stage`, 'use DeliveryStage.DEV, TEST, STAGING or PROD');
      }
      if (seen.has(e.stage)) {
        throw new ValidationError(this, `environments[${i}].stage`, `"${e.stage}" is listed twice: every stage is one isolated namespace`, `remove the second ${e.stage} environment, or give it another stage`);
      }
      seen.add(e.stage);
    });
    if (this.siteRole === SiteRole.DISASTER_RECOVERY) {
      const other = envs.find((e) => e.stage !== DeliveryStage.PROD);
      if (other) {
        throw new ValidationError(this, 'environments', `the disaster-recovery site runs ${other.stage}`, 'run only the prod environment on the disaster-recovery site (siteRole: SiteRole.DISASTER_RECOVERY)');
      }
    }
    const sorted = [...envs].sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
    for (const e of sorted) this.validatePromotion(props, e, sorted);
    return sorted;
  }

  /**
   * Promotion rules: every image comes from the artifact repository; staging and prod
   * run immutable digests; a production canary is exactly what staging verified; a
   * production replica count of at least 2.
   */
  private validatePromotion(props: FinanceCicdPlatformProps, e: FinanceEnvironmentProps, all: FinanceEnvironmentProps[]): void {
    const prop = `environments[${e.stage}]`;
    const repo = props.imageRepository;
    const images: [string, string][] = [[`${prop}.image`, e.image]];
    const canary = e.release?.canaryOptions;
    if (canary) images.push([`${prop}.release.canary.image`, canary.image]);
    for (const [p, image] of images) {
      requireNonEmpty(this, p, image);
      if (Token.isUnresolved(image) || Token.isUnresolved(repo)) continue;
      const repository = image.split('@')[0].replace(/:[^/:]*$/, '');
      if (repository !== repo) {
        throw new ValidationError(this, p, `"${image}" is not from the artifact repository ${repo}: only images built by the pipeline may be promoted`, `use "${repo}:<tag>" or "${repo}@sha256:<digest>"`);
      }
      if ((e.stage === DeliveryStage.STAGING || e.stage === DeliveryStage.PROD) && !DIGEST.test(image)) {
        throw new ValidationError(this, p, `"${image}" is not pinned by digest, but ${e.stage} only runs immutable, promoted images`, `promote by digest: "${repo}@sha256:<digest of the image tested in the previous stage>"`);
      }
    }
    if (canary && e.stage !== DeliveryStage.PROD && e.stage !== DeliveryStage.STAGING) {
      throw new ValidationError(this, `${prop}.release`, `a canary release in ${e.stage}`, 'use ReleaseStrategy.canary only in staging or prod; dev and test roll out directly');
    }
    if (e.stage === DeliveryStage.PROD && canary) {
      const staging = all.find((x) => x.stage === DeliveryStage.STAGING);
      if (staging && !Token.isUnresolved(staging.image) && !Token.isUnresolved(canary.image) && digestOf(staging.image) !== digestOf(canary.image)) {
        throw new ValidationError(this, `${prop}.release.canary.image`, `the production canary (${canary.image}) is not the image staging runs (${staging.image}): promotion may not skip staging`, 'deploy the new digest to staging first, then canary the same digest in prod');
      }
    }
    if (e.stage === DeliveryStage.PROD || e.stage === DeliveryStage.STAGING) {
      const min = e.autoscaling?.minReplicas ?? e.replicas;
      if (min !== undefined && !Token.isUnresolved(min) && min < 2) {
        throw new ValidationError(this, `${prop}.${e.autoscaling ? 'autoscaling.minReplicas' : 'replicas'}`, `${e.stage} needs at least 2 replicas for zero-downtime releases and node drains (got ${min})`, 'set 2 or more (prod defaults to 3)');
      }
    }
  }

  private createGateway(gw: FinanceGatewayProps, envs: { stage: DeliveryStage; hostname: string; namespace: string }[]): { gateway: Manifest; redirect?: Manifest } {
    requireNonEmpty(this, 'gateway.gatewayClassName', gw.gatewayClassName);
    requireDnsLabel(this, 'gateway.name', this.gatewayName);
    const secret = gw.certificateSecretName ?? `${this.name}-tls`;
    const labels = Labels.resolve(this, { 'app.kubernetes.io/name': this.gatewayName });
    const tls = { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: secret }] };
    const listeners: { [key: string]: any }[] = envs.map((e) => ({
      name: `https-${e.stage}`,
      protocol: 'HTTPS',
      port: 443,
      hostname: e.hostname,
      tls,
      // each environment's routes may attach only to its own listener
      allowedRoutes: { namespaces: { from: 'Selector', selector: { matchLabels: { 'kubernetes.io/metadata.name': e.namespace } } } },
    }));
    const httpRedirect = gw.httpRedirect ?? true;
    if (httpRedirect) listeners.push({ name: 'http', protocol: 'HTTP', port: 80, allowedRoutes: { namespaces: { from: 'Same' } } });
    const spec: { [key: string]: any } = { gatewayClassName: gw.gatewayClassName, listeners };
    if (gw.clientCaConfigMap) {
      spec.tls = { frontend: { default: { validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: gw.clientCaConfigMap }] } } } };
    }
    const gateway = new Manifest(this, 'gateway', {
      provider: this.cluster.provider,
      manifest: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
        metadata: { name: this.gatewayName, namespace: this.gatewayNamespace, labels },
        spec,
      },
    });
    const redirect = httpRedirect
      ? new Manifest(this, 'https-redirect', {
        provider: this.cluster.provider,
        manifest: {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'HTTPRoute',
          metadata: { name: `${this.gatewayName}-https-redirect`, namespace: this.gatewayNamespace, labels },
          spec: {
            parentRefs: [{ name: this.gatewayName, sectionName: 'http' }],
            rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }],
          },
        },
      })
      : undefined;
    return { gateway, redirect };
  }
}

function digestOf(image: string): string | undefined {
  const at = image.indexOf('@');
  return at >= 0 ? image.slice(at + 1) : image;
}

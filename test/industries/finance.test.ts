import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import * as fc from 'fast-check';
import {
  Compliance, DeliveryStage, FinanceCicdPlatform, FinanceCicdPlatformProps, FinanceVmEstate, FinanceVmEstateProps, GitRef, Image, ISite, KubernetesCluster,
  Probe, ReleaseStrategy, SiteRole, Size, VlanPool,
} from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { errorOf, resourceList as resources, synthWith as synth } from '../util/synth';

const REPO = 'registry.bank.example/payments/api';
const D1 = `${REPO}@sha256:${'a'.repeat(64)}`;
const D2 = `${REPO}@sha256:${'b'.repeat(64)}`;

const COLLECTOR = `cr.fluentbit.io/fluent/fluent-bit@sha256:${'c'.repeat(64)}`;
const base: FinanceCicdPlatformProps = {
  name: 'payments',
  domain: 'payments.bank.example',
  imageRepository: REPO,
  application: {
    readinessProbe: Probe.httpGet('/ready'),
    resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
  },
  environments: [
    { stage: DeliveryStage.DEV, image: `${REPO}:main-42` },
    { stage: DeliveryStage.TEST, image: `${REPO}:1.5.0` },
    { stage: DeliveryStage.STAGING, image: D2 },
    { stage: DeliveryStage.PROD, image: D1, quota: { requestsCpu: '8', requestsMemory: '16Gi', limitsCpu: '16', limitsMemory: '32Gi' } },
  ],
  pipeline: {
    gitUrl: 'https://git.bank.example/payments/api.git',
    builds: [{ gitRef: GitRef.branch('main'), tag: 'main-42' }, { gitRef: GitRef.tag('v1.5.0'), tag: '1.5.0' }],
  },
  gateway: { gatewayClassName: 'eg' },
  audit: { collectorImage: COLLECTOR },
};

const build = (props: Partial<FinanceCicdPlatformProps> = {}) => synth((s) => new FinanceCicdPlatform(s, 'payments', { ...base, ...props }));
const fail = (props: Partial<FinanceCicdPlatformProps>) => errorOf((s) => new FinanceCicdPlatform(s, 'payments', { ...base, ...props }));
const withEnv = (stage: DeliveryStage, patch: any) => base.environments.map((e) => (e.stage === stage ? { ...e, ...patch } : e));

const byName = (json: any, type: string, name: string) => resources(json, type).filter((r) => r.metadata?.name === name);
const manifests = (json: any, kind: string) => resources(json, 'kubernetes_manifest').map((m) => m.manifest).filter((m) => m.kind === kind);

describe('FinanceCicdPlatform', () => {
  const json = build();

  test('environment isolation: every stage is its own namespace with quota, default-deny and allow-lists', () => {
    const namespaces = resources(json, 'kubernetes_namespace_v1').map((n) => n.metadata.name).sort();
    expect(namespaces).toEqual(['payments-audit', 'payments-ci', 'payments-dev', 'payments-prod', 'payments-staging', 'payments-test']);
    const denies = byName(json, 'kubernetes_network_policy_v1', 'default-deny');
    expect(denies).toHaveLength(6);
    for (const d of denies) expect(d.spec).toEqual({ pod_selector: {}, policy_types: ['Ingress', 'Egress'] });
    expect(resources(json, 'kubernetes_resource_quota_v1')).toHaveLength(6);
    // every app Deployment sits in its stage's namespace (a reference to it, never a literal or default)
    const deployments = resources(json, 'kubernetes_deployment_v1').filter((d) => d.metadata.name === 'app');
    expect(deployments).toHaveLength(4);
    const nsRefs = deployments.map((d) => d.metadata.namespace);
    expect(new Set(nsRefs).size).toBe(4);
    for (const ref of nsRefs) expect(ref).toMatch(/^\$\{kubernetes_namespace_v1\.payments_(dev|test|staging|prod)_namespace_/);
    for (const ns of resources(json, 'kubernetes_namespace_v1')) {
      const env = ns.metadata.labels['oscar.io/environment'];
      if (ns.metadata.name !== 'payments-audit') expect(ns.metadata.name).toBe(`payments-${env}`);
      expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe(ns.metadata.name === 'payments-ci' ? 'baseline' : 'restricted');
    }
  });

  test('the only egress out of an environment besides DNS is the audit collector port', () => {
    const policies = byName(json, 'kubernetes_network_policy_v1', 'allow-egress-to-audit');
    expect(policies).toHaveLength(4);
    for (const p of policies) {
      expect(p.spec.egress).toEqual([{ to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': expect.stringContaining('payments_audit_namespace') } } }], ports: [{ port: '9880', protocol: 'TCP' }] }]);
    }
    expect(byName(json, 'kubernetes_network_policy_v1', 'allow-egress')).toHaveLength(0);
  });

  test('RBAC: viewers and editors per environment, none by default', () => {
    const { Subject } = require('../../lib');
    const j = build({ environments: withEnv(DeliveryStage.DEV, { editors: [Subject.group('developers')] }).map((e: any) => (e.stage === DeliveryStage.PROD ? { ...e, viewers: [Subject.group('sre')] } : e)) });
    const bindings = resources(j, 'kubernetes_role_binding_v1');
    expect(bindings.map((b) => [b.metadata.name, b.role_ref.name, b.subject[0].name]).sort()).toEqual([['shared-edit', 'edit', 'developers'], ['shared-view', 'view', 'sre']]);
    expect(resources(json, 'kubernetes_role_binding_v1')).toHaveLength(0);
  });

  test('production: maxUnavailable 0, PDB, HPA, >= 3 replicas by default', () => {
    const deployments = resources(json, 'kubernetes_deployment_v1');
    for (const d of deployments) expect(d.spec.strategy.rolling_update.max_unavailable).toBe('0');
    const prod = deployments.find((d) => d.spec.template.metadata.labels['oscar.io/environment'] === 'prod');
    expect(prod.spec.replicas).toBe('3');
    const pdbs = resources(json, 'kubernetes_pod_disruption_budget_v1');
    const prodPdb = pdbs.find((p) => p.metadata.labels['oscar.io/environment'] === 'prod');
    expect(prodPdb.spec).toEqual({ max_unavailable: '1', selector: { match_labels: { 'app.kubernetes.io/name': 'app' } } });
    expect(pdbs.find((p) => p.metadata.labels['oscar.io/environment'] === 'staging')).toBeDefined();
    expect(pdbs.find((p) => p.metadata.labels['oscar.io/environment'] === 'dev')).toBeUndefined();
    const hpas = resources(json, 'kubernetes_horizontal_pod_autoscaler_v2');
    expect(hpas).toHaveLength(1);
    expect(hpas[0].spec).toMatchObject({ min_replicas: 3, max_replicas: 9 });
  });

  test('without a quota, an environment gets one that holds its peak (HPA max + surge + canary) plus 25 %', () => {
    const j = build({
      environments: [{ stage: DeliveryStage.STAGING, image: D2 }, { stage: DeliveryStage.PROD, image: D1, release: ReleaseStrategy.canary({ image: D2 }) }],
      pipeline: undefined,
    });
    const prodQuota = resources(j, 'kubernetes_resource_quota_v1').find((q) => q.metadata.labels['oscar.io/environment'] === 'prod');
    // peak = 9 (HPA max) + 1 surge + 1 canary + 1 canary surge = 12 pods of 1 CPU limit -> 15 with headroom
    expect(prodQuota.spec.hard).toMatchObject({ 'limits.cpu': '15', 'requests.cpu': '4', 'limits.memory': '16Gi', 'pods': '50' });
  });

  test('canary (gray) release in prod: stable keeps PDB and HPA, canary gets weighted traffic', () => {
    const j = build({ environments: withEnv(DeliveryStage.PROD, { release: ReleaseStrategy.canary({ image: D2, weight: 5, headers: { 'x-canary': 'always' } }) }) });
    const prodDeployments = resources(j, 'kubernetes_deployment_v1').filter((d) => d.spec.template.metadata.labels['oscar.io/environment'] === 'prod');
    expect(prodDeployments.map((d) => d.metadata.name).sort()).toEqual(['app', 'app-canary']);
    for (const d of prodDeployments) expect(d.spec.strategy.rolling_update.max_unavailable).toBe('0');
    const route = manifests(j, 'HTTPRoute').find((r) => r.metadata.name === 'app' && r.spec.parentRefs[0].sectionName === 'https-prod');
    const weights = route.spec.rules[route.spec.rules.length - 1].backendRefs.map((b: any) => b.weight);
    expect(weights).toEqual([95, 5]);
  });

  test('TLS at every edge: HTTPS listeners per environment, HTTP only redirects', () => {
    const [gateway] = manifests(json, 'Gateway');
    const listeners = gateway.spec.listeners;
    expect(listeners.filter((l: any) => l.protocol === 'HTTPS').map((l: any) => [l.name, l.hostname])).toEqual([
      ['https-dev', 'dev.payments.bank.example'], ['https-test', 'test.payments.bank.example'],
      ['https-staging', 'staging.payments.bank.example'], ['https-prod', 'payments.bank.example'],
    ]);
    for (const l of listeners.filter((x: any) => x.protocol === 'HTTPS')) {
      expect(l.tls).toEqual({ mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'payments-tls' }] });
    }
    expect(listeners.filter((l: any) => l.protocol !== 'HTTPS').map((l: any) => l.name)).toEqual(['http']);
    const routes = manifests(json, 'HTTPRoute');
    const redirect = routes.find((r) => r.spec.parentRefs[0].sectionName === 'http');
    expect(redirect.spec.rules).toEqual([{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }]);
    // every application route attaches to an HTTPS listener
    for (const r of routes.filter((x) => x !== redirect)) expect(r.spec.parentRefs[0].sectionName).toMatch(/^https-/);
    expect(gateway.spec.tls).toBeUndefined();
  });

  test('optional mTLS validates client certificates at the Gateway; no HTTP listener when redirect is off', () => {
    const j = build({ gateway: { gatewayClassName: 'eg', clientCaConfigMap: 'bank-client-ca', httpRedirect: false } });
    const [gateway] = manifests(j, 'Gateway');
    expect(gateway.spec.tls).toEqual({ frontend: { default: { validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'bank-client-ca' }] } } } });
    expect(gateway.spec.listeners.every((l: any) => l.protocol === 'HTTPS')).toBe(true);
  });

  test('existing Gateway: no Gateway created, routes attach to it', () => {
    const j = build({ gateway: undefined, existingGateway: { name: 'edge', namespace: 'edge-system', sectionName: 'https' } });
    expect(manifests(j, 'Gateway')).toHaveLength(0);
    for (const r of manifests(j, 'HTTPRoute')) expect(r.spec.parentRefs).toEqual([{ name: 'edge', namespace: 'edge-system', sectionName: 'https' }]);
    const allow = byName(j, 'kubernetes_network_policy_v1', 'allow-from-gateway').filter((p) => p.metadata.labels['oscar.io/environment']);
    expect(allow).toHaveLength(4);
    for (const p of allow) expect(p.spec.ingress[0].from[0].namespace_selector.match_expressions[0].values).toEqual(['edge-system']);
  });

  test('CI: Kaniko builds from branches and tags push to the artifact repository', () => {
    const jobs = resources(json, 'kubernetes_job_v1');
    expect(jobs.map((j) => j.spec.template.spec.container[0].args.filter((a: string) => /^--(context|destination)=/.test(a))).sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ['--context=git://git.bank.example/payments/api.git#refs/heads/main', `--destination=${REPO}:main-42`],
      ['--context=git://git.bank.example/payments/api.git#refs/tags/v1.5.0', `--destination=${REPO}:1.5.0`],
    ]);
    for (const j of jobs) expect(j.metadata.namespace).toMatch(/payments_ci_namespace/);
  });

  test('audit tier: own namespace and a 2-replica collector labelled oscar.io/tier=audit', () => {
    const collector = resources(json, 'kubernetes_deployment_v1').find((d) => d.metadata.name === 'log-collector');
    expect(collector.metadata.labels['oscar.io/tier']).toBe('audit');
    expect(collector.spec.replicas).toBe('2');
    expect(collector.metadata.namespace).toMatch(/payments_audit_namespace/);
    const allowIn = byName(json, 'kubernetes_network_policy_v1', 'allow-from-gateway').find((p) => p.metadata.namespace.includes('payments_audit'));
    expect(allowIn.spec.ingress[0].from[0].namespace_selector.match_expressions[0].values).toHaveLength(4);
    // a bigger collector gets a quota that holds it
    const big = build({ audit: { collectorImage: COLLECTOR, replicas: 6, resources: { cpuRequest: '1', cpuLimit: '2', memoryRequest: '2Gi', memoryLimit: '4Gi' } } });
    const auditQuota = resources(big, 'kubernetes_resource_quota_v1').find((q) => q.metadata.labels['oscar.io/tier'] === 'audit');
    expect(auditQuota.spec.hard).toMatchObject({ 'requests.cpu': '9', 'limits.cpu': '18', 'requests.memory': '18Gi', 'limits.memory': '35Gi' });
  });

  test('the audit collector image has no tag default: unset, synth fails naming the prop (a tag would fail FIN-7)', () => {
    expect(fail({ audit: { replicas: 2 } })).toContain('[test/payments] props.audit.collectorImage: is not set; the audit collector runs in production, where images must be pinned by digest (FIN-7)');
  });

  test('passes the FINANCE, SECURITY_BASELINE and MLPS audit checks', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'fin');
    new FinanceCicdPlatform(stack, 'payments', {
      ...base,
      audit: { collectorImage: `cr.fluentbit.io/fluent/fluent-bit@sha256:${'c'.repeat(64)}` },
    });
    Compliance.of(stack).enable(Compliance.FINANCE, Compliance.SECURITY_BASELINE, Compliance.MLPS_LEVEL3);
    const [report] = Compliance.of(stack).evaluate();
    const open = report.findings.filter((f: any) => !f.suppressed);
    expect(open.map((f: any) => `${f.ruleId} ${f.constructPath}: ${f.message}`)).toEqual([]);
    // the only suppression is Kaniko's root, with its reason, on the two builds
    const suppressed = report.findings.filter((f: any) => f.suppressed);
    expect(suppressed.map((f: any) => f.ruleId)).toEqual(['SEC-6', 'SEC-6']);
  });

  test('two sites, three centres: a DR cluster via a provider alias runs prod only', () => {
    const j = synth((s) => {
      new KubernetesProvider(s, 'primary', { configPath: '~/.kube/config', configContext: 'site-a' });
      const dr = new KubernetesProvider(s, 'dr', { alias: 'dr', configPath: '~/.kube/config', configContext: 'site-b' });
      new FinanceCicdPlatform(s, 'payments', base);
      new FinanceCicdPlatform(s, 'payments-dr', {
        ...base, pipeline: undefined, siteRole: SiteRole.DISASTER_RECOVERY, cluster: KubernetesCluster.fromProvider(dr),
        environments: [{ stage: DeliveryStage.PROD, image: D1, quota: { requestsCpu: '8', requestsMemory: '16Gi', limitsCpu: '16', limitsMemory: '32Gi' } }],
        strictZoneSpread: true,
      });
    });
    const all = Object.values(j.resource).flatMap((byType: any) => Object.entries(byType)) as Array<[string, any]>;
    const drResources = all.filter(([, r]) => r.provider === 'kubernetes.dr');
    expect(drResources.length).toBeGreaterThan(10);
    // Placement is explicit: every resource of the DR platform is on the DR cluster, none of the primary's is.
    const isDr = (logicalId: string) => logicalId.startsWith('payments-dr_');
    expect(all.filter(([id, r]) => isDr(id) !== (r.provider === 'kubernetes.dr')).map(([id]) => id)).toEqual([]);
    const drDeployment = resources(j, 'kubernetes_deployment_v1').find((d) => d.provider === 'kubernetes.dr' && d.metadata.name === 'app');
    expect(drDeployment.spec.template.spec.topology_spread_constraint[0].when_unsatisfiable).toBe('DoNotSchedule');
    expect(drDeployment.metadata.labels['oscar.io/site-role']).toBe('disaster-recovery');
  });

  describe('properties (fast-check)', () => {
    const STAGES = [DeliveryStage.DEV, DeliveryStage.TEST, DeliveryStage.STAGING, DeliveryStage.PROD];
    const imageFor = (stage: DeliveryStage) => (stage === DeliveryStage.STAGING || stage === DeliveryStage.PROD ? D1 : `${REPO}:1.0.0`);
    const bigQuota = { requestsCpu: '64', requestsMemory: '128Gi', limitsCpu: '256', limitsMemory: '256Gi', pods: 500 };

    test('any non-empty set of stages, in any order: one namespace each, with default-deny, and every workload inside its own', () => {
      fc.assert(fc.property(fc.shuffledSubarray(STAGES, { minLength: 1 }), (stages) => {
        const j = build({ environments: stages.map((stage) => ({ stage, image: imageFor(stage) })), pipeline: undefined });
        const envNamespaces = resources(j, 'kubernetes_namespace_v1').filter((n) => n.metadata.labels['oscar.io/environment']);
        expect(envNamespaces.map((n) => n.metadata.name).sort()).toEqual(stages.map((st) => `payments-${st}`).sort());
        const denies = byName(j, 'kubernetes_network_policy_v1', 'default-deny');
        expect(denies).toHaveLength(stages.length + 1); // + the audit namespace
        for (const d of resources(j, 'kubernetes_deployment_v1').filter((x) => x.metadata.name === 'app')) {
          const stage = d.spec.template.metadata.labels['oscar.io/environment'];
          expect(d.metadata.namespace).toContain(`payments_${stage}_namespace`);
        }
      }), { numRuns: 15 });
    });

    test('any list with a repeated stage is rejected, naming the repeat', () => {
      fc.assert(fc.property(fc.array(fc.constantFrom(...STAGES), { minLength: 2, maxLength: 6 }).filter((a) => new Set(a).size < a.length), (stages) => {
        const message = fail({ environments: stages.map((stage) => ({ stage, image: imageFor(stage) })), pipeline: undefined });
        expect(message).toMatch(/is listed twice/);
      }), { numRuns: 30 });
    });

    test('prod replicas: < 2 is rejected; >= 2 always gives maxUnavailable 0, a PDB and an HPA from that minimum', () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 12 }), (replicas) => {
        const environments = [{ stage: DeliveryStage.PROD, image: D1, replicas, quota: bigQuota }];
        if (replicas < 2) {
          expect(fail({ environments, pipeline: undefined })).toMatch(/environments\[prod\]\.replicas: prod needs at least 2 replicas/);
          return;
        }
        const j = build({ environments, pipeline: undefined });
        const d = resources(j, 'kubernetes_deployment_v1').find((x) => x.metadata.name === 'app');
        expect(d.spec.strategy.rolling_update.max_unavailable).toBe('0');
        expect(d.spec.replicas).toBe(String(replicas));
        expect(resources(j, 'kubernetes_pod_disruption_budget_v1').filter((x) => x.metadata.name === 'app')).toHaveLength(1);
        expect(resources(j, 'kubernetes_horizontal_pod_autoscaler_v2')[0].spec.min_replicas).toBe(replicas);
      }), { numRuns: 20 });
    });

    test('staging and prod accept only digests from the artifact repository', () => {
      const tag = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,10}$/);
      fc.assert(fc.property(fc.constantFrom(DeliveryStage.STAGING, DeliveryStage.PROD), tag, (stage, t) => {
        expect(fail({ environments: [{ stage, image: `${REPO}:${t}`, quota: bigQuota }], pipeline: undefined })).toMatch(/is not pinned by digest/);
        expect(fail({ environments: [{ stage, image: `registry.other.example/x/y@sha256:${'f'.repeat(64)}`, quota: bigQuota }], pipeline: undefined })).toMatch(/not from the artifact repository/);
      }), { numRuns: 20 });
    });
  });

  describe('configuration errors', () => {
    test('production with fewer than 2 replicas', () => {
      expect(fail({ environments: withEnv(DeliveryStage.PROD, { replicas: 1 }) })).toMatch(/\[test\/payments\] props\.environments\[prod\]\.replicas: prod needs at least 2 replicas/);
      expect(fail({ environments: withEnv(DeliveryStage.PROD, { autoscaling: { minReplicas: 1, maxReplicas: 4, cpuUtilizationPercent: 70 } }) })).toMatch(/autoscaling\.minReplicas/);
    });
    test('an environment listed twice', () => {
      expect(fail({ environments: [...base.environments, { stage: DeliveryStage.TEST, image: `${REPO}:1.5.1` }] })).toMatch(/props\.environments\[4\]\.stage: "test" is listed twice/);
    });
    test('no environments', () => {
      expect(fail({ environments: [] })).toMatch(/props\.environments: is empty/);
    });
    test('invalid promotions', () => {
      expect(fail({ environments: withEnv(DeliveryStage.PROD, { image: `${REPO}:1.5.0` }) })).toMatch(/environments\[prod\]\.image: .* not pinned by digest.*Fix: promote by digest/);
      expect(fail({ environments: withEnv(DeliveryStage.STAGING, { image: `${REPO}:1.5.0` }) })).toMatch(/environments\[staging\]\.image/);
      expect(fail({ environments: withEnv(DeliveryStage.TEST, { image: 'docker.io/library/nginx:1.27.3' }) })).toMatch(/not from the artifact repository/);
      expect(fail({ environments: withEnv(DeliveryStage.PROD, { release: ReleaseStrategy.canary({ image: `${REPO}@sha256:${'e'.repeat(64)}` }) }) })).toMatch(/promotion may not skip staging/);
      expect(fail({ environments: withEnv(DeliveryStage.DEV, { release: ReleaseStrategy.canary({ image: `${REPO}:main-43` }) }) })).toMatch(/environments\[dev\]\.release: a canary release in dev/);
    });
    test('gateway and existingGateway, audit and existingAuditNamespace are exclusive; one gateway is required', () => {
      expect(fail({ existingGateway: { name: 'edge', namespace: 'edge-system' } })).toMatch(/gateway and existingGateway are mutually exclusive/);
      expect(fail({ audit: {}, existingAuditNamespace: 'audit' })).toMatch(/audit and existingAuditNamespace are mutually exclusive/);
      expect(fail({ gateway: undefined })).toMatch(/props\.gateway: is required \(TLS at the edge\)/);
    });
    test('DR site: prod only, no pipeline', () => {
      expect(fail({ siteRole: SiteRole.DISASTER_RECOVERY, pipeline: undefined })).toMatch(/disaster-recovery site runs dev/);
      expect(fail({ siteRole: SiteRole.DISASTER_RECOVERY, environments: [{ stage: DeliveryStage.PROD, image: D1 }] })).toMatch(/props\.pipeline: is set on the disaster-recovery site/);
    });
    test('build tags: unique, not latest', () => {
      expect(fail({ pipeline: { ...base.pipeline!, builds: [{ gitRef: GitRef.branch('main'), tag: 'x' }, { gitRef: GitRef.tag('v1'), tag: 'x' }] } })).toMatch(/builds\[1\]\.tag: "x" is built twice/);
      expect(fail({ pipeline: { ...base.pipeline!, builds: [{ gitRef: GitRef.branch('main'), tag: 'latest' }] } })).toMatch(/floating tag/);
    });
    test('a quota too small for production peak demand', () => {
      expect(fail({ environments: withEnv(DeliveryStage.PROD, { quota: { requestsCpu: '1' } }) })).toMatch(/props\.quota\.requestsCpu: the quota \(1\) is smaller/);
    });
    test('imageRepository with a tag', () => {
      expect(fail({ imageRepository: `${REPO}:1.0` })).toMatch(/props\.imageRepository: .* has a tag or digest/);
    });
  });
});


describe('FinanceVmEstate', () => {
  const estate = (site: ISite, patch: Partial<FinanceVmEstateProps> = {}): FinanceVmEstateProps => ({
    site,
    vlanPool: VlanPool.range(2000, 2099, { physicalNetwork: 'physnet-prod' }),
    managementNetwork: { cidr: '10.10.0.0/24', vlanId: 2001, physicalNetwork: 'physnet-mgmt' },
    productionNetwork: { cidr: '10.20.0.0/22', vlanId: 2010 },
    hypervisorZones: [{ family: 'kvm', zone: 'az1' }, { family: 'vmware', zone: 'az2' }],
    tiers: [
      { name: 'web', hypervisor: 'kvm', size: Size.of(4, 8, 40), image: Image.fromName('rhel-9.4'), fixedIps: ['10.20.0.11', '10.20.0.12'] },
      { name: 'settle', hypervisor: 'vmware', size: Size.of(8, 32, 80), image: Image.fromName('rhel-9.4'), count: 3, port: 9443, allowFrom: ['web'] },
    ],
    loadBalancer: { tier: 'web', tlsContainerRef: 'https://barbican.example/v1/containers/abc', clientCaContainerRef: 'https://barbican.example/v1/containers/ca' },
    ...patch,
  });
  const synthOpenStack = (patch: Partial<FinanceVmEstateProps> = {}) => {
    const { stack, site } = openstackStack();
    new FinanceVmEstate(stack, 'estate', estate(site, patch));
    return JSON.parse(Testing.synth(stack));
  };
  const failOpenStack = (patch: Partial<FinanceVmEstateProps>) => {
    const { stack, site } = openstackStack();
    try {
      new FinanceVmEstate(stack, 'estate', estate(site, patch));
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected an error');
  };
  const json = synthOpenStack();

  // Found by the OpenStack e2e suite: the load balancer's VIP port took 10.20.0.11 first.
  test('the production subnet\'s pools keep the pinned tier addresses and the gateway out of dynamic allocation', () => {
    const pools = (j: any) => Object.fromEntries(resources(j, 'openstack_networking_subnet_v2').map((s) => [s.name, s.allocation_pool]));
    expect(pools(json)).toEqual({
      'estate-mgmt-mgmt': undefined,
      'estate-prod-prod': [{ start: '10.20.0.2', end: '10.20.0.10' }, { start: '10.20.0.13', end: '10.20.3.254' }],
    });
    const declared = synthOpenStack({ productionNetwork: { cidr: '10.20.0.0/22', vlanId: 2010, gatewayIp: '10.20.3.254' } });
    expect(pools(declared)['estate-prod-prod']).toEqual([
      { start: '10.20.0.2', end: '10.20.0.10' }, { start: '10.20.0.13', end: '10.20.3.253' },
    ]);
    const dynamic = synthOpenStack({ tiers: [{ name: 'web', hypervisor: 'kvm', size: Size.of(2, 4), image: Image.fromName('x') }], loadBalancer: undefined });
    expect(pools(dynamic)['estate-prod-prod']).toBeUndefined();
  });

  test('management and production are separate VLANs (distinct IDs, management on its own physical network)', () => {
    const nets = resources(json, 'openstack_networking_network_v2');
    expect(nets.map((n) => [n.name, n.segments])).toEqual([
      ['estate-mgmt', [{ network_type: 'vlan', physical_network: 'physnet-mgmt', segmentation_id: 2001 }]],
      ['estate-prod', [{ network_type: 'vlan', physical_network: 'physnet-prod', segmentation_id: 2010 }]],
    ]);
    expect(nets[0].tags).toContain('oscar.io:plane=management');
    // no router: without a floating IP the VLANs have no path to the external network
    expect(resources(json, 'openstack_networking_router_v2')).toHaveLength(0);
  });

  test('one availability zone per hypervisor family; every tier >= 2 members under anti-affinity in its zone', () => {
    const instances = resources(json, 'openstack_compute_instance_v2');
    const zones = instances.map((i) => [...new Set(Object.values(i.for_each).map((m: any) => m.zone))]);
    expect(zones.sort()).toEqual([['az1'], ['az2']]); // web on the KVM zone only, settle on the vmware zone only
    for (const i of instances) {
      expect(Object.keys(i.for_each).length).toBeGreaterThanOrEqual(2);
      expect(i.availability_zone).toBe('${each.value.zone}');
      expect(i.scheduler_hints[0].group).toMatch(/openstack_compute_servergroup_v2/);
    }
    for (const g of resources(json, 'openstack_compute_servergroup_v2')) expect(g.policies).toEqual(['anti-affinity']);
  });

  test('TLS at the edge: one TERMINATED_HTTPS listener with mTLS, and its pool has a monitor', () => {
    const listeners = resources(json, 'openstack_lb_listener_v2');
    expect(listeners).toHaveLength(1);
    expect(listeners[0]).toMatchObject({
      protocol: 'TERMINATED_HTTPS', protocol_port: 443, tls_versions: ['TLSv1.2', 'TLSv1.3'],
      client_authentication: 'MANDATORY', client_ca_tls_container_ref: 'https://barbican.example/v1/containers/ca',
    });
    expect(resources(json, 'openstack_lb_monitor_v2')).toHaveLength(resources(json, 'openstack_lb_pool_v2').length);
    const members = resources(json, 'openstack_lb_members_v2')[0].member.map((m: any) => [m.address, m.protocol_port]);
    expect(members).toEqual([['10.20.0.11', 8080], ['10.20.0.12', 8080]]);
  });

  test('default-deny zones: SSH only from the management network, tier ports only from allowed tiers and the LB subnet', () => {
    for (const g of resources(json, 'openstack_networking_secgroup_v2')) expect(g.delete_default_rules).toBe(true);
    const rules = resources(json, 'openstack_networking_secgroup_rule_v2').map((r) => [r.port_range_min, r.remote_ip_prefix ?? r.remote_group_id]);
    expect(rules).toEqual(expect.arrayContaining([[22, '10.10.0.0/24'], [8080, '10.20.0.0/22'], [9443, expect.stringMatching(/secgroup_v2\.estate_web-zone/)]]));
    expect(rules.some(([, src]) => src === '0.0.0.0/0')).toBe(false);
  });

  test('on the platform: FINANCE and SECURITY_BASELINE pass for Kubernetes and VMs together', () => {
    const { stack, site } = openstackStack();
    new FinanceCicdPlatform(stack, 'payments', { ...base, audit: { collectorImage: `cr.fluentbit.io/fluent/fluent-bit@sha256:${'c'.repeat(64)}` }, vmEstate: estate(site) });
    Compliance.of(stack).enable(Compliance.FINANCE, Compliance.SECURITY_BASELINE);
    const [report] = Compliance.of(stack).evaluate();
    expect(report.findings.filter((f: any) => !f.suppressed).map((f: any) => `${f.ruleId} ${f.constructPath}`)).toEqual([]);
  });

  test('vSphere: VLAN port groups per network, clusters as the families\' zones; no Octavia', () => {
    const { stack, site } = vsphereStack();
    new FinanceVmEstate(stack, 'estate', estate(site, {
      hypervisorZones: [{ family: 'esxi-x86', zone: 'cluster-a' }, { family: 'esxi-gpu', zone: 'cluster-b' }],
      tiers: [{ name: 'web', hypervisor: 'esxi-x86', size: Size.of(4, 8, 40), image: Image.fromName('rhel-9.4') }],
      loadBalancer: undefined,
    }));
    const j = JSON.parse(Testing.synth(stack));
    expect(resources(j, 'vsphere_distributed_port_group').map((p) => p.vlan_id).sort()).toEqual([2001, 2010]);
    const { stack: s2, site: vs } = vsphereStack();
    expect(() => new FinanceVmEstate(s2, 'estate', estate(vs, { hypervisorZones: [{ family: 'kvm', zone: 'cluster-a' }, { family: 'vmware', zone: 'cluster-b' }] })))
      .toThrow(/props\.loadBalancer: vSphere sites have no load-balancer service/);
  });

  test('tier options shared by every pattern (TierOptionsBase): labels, keyPair and userData reach the tier', () => {
    const base = estate(openstackStack().site).tiers;
    const out = synthOpenStack({ tiers: [{ ...base[0], labels: { 'oscar.io/owner': 'payments' }, keyPair: 'ops', userData: '#cloud-config\n' }, base[1]] });
    const instances = resources(out, 'openstack_compute_instance_v2');
    const web = instances.find((i) => i.tags.includes('oscar.io:hypervisor=kvm'));
    expect(web).toMatchObject({ key_pair: 'ops', user_data: '#cloud-config\n' });
    expect(web.tags).toContain('oscar.io:owner=payments');
    const settle = instances.find((i) => i.tags.includes('oscar.io:hypervisor=vmware'));
    expect(settle.key_pair).toBeUndefined();
  });

  describe('configuration errors', () => {
    test('two hypervisor families in one zone', () => {
      expect(failOpenStack({ hypervisorZones: [{ family: 'kvm', zone: 'az1' }, { family: 'vmware', zone: 'az1' }] }))
        .toMatch(/\[stack\/estate\] props\.hypervisorZones\[1\]\.zone: zone "az1" already holds the kvm family/);
    });
    test('a zone the site does not have', () => {
      expect(failOpenStack({ hypervisorZones: [{ family: 'kvm', zone: 'az9' }] })).toMatch(/hypervisorZones\[0\]\.zone/);
    });
    test('a tier with fewer than 2 members', () => {
      expect(failOpenStack({ tiers: [{ name: 'web', hypervisor: 'kvm', size: Size.of(2, 4), image: Image.fromName('x'), count: 1, fixedIps: ['10.20.0.11'] }] }))
        .toMatch(/^\[stack\/estate\] props\.tiers\[0\]\.count: HA tier "web" needs at least 2 members under anti-affinity \(got 1\)\. Fix: set tiers\[0\]\.count to 2 or more\.$/);
    });
    test('a tier on an unknown hypervisor family', () => {
      expect(failOpenStack({ tiers: [{ name: 'web', hypervisor: 'power', size: Size.of(2, 4), image: Image.fromName('x') }], loadBalancer: undefined }))
        .toMatch(/props\.tiers\[0\]\.hypervisor: "power" is not a family/);
    });
    test('overlapping networks and a shared VLAN', () => {
      expect(failOpenStack({ productionNetwork: { cidr: '10.10.0.0/16' } })).toMatch(/props\.productionNetwork\.cidr: 10\.10\.0\.0\/16 overlaps the management network/);
      expect(failOpenStack({ managementNetwork: { cidr: '10.10.0.0/24', vlanId: 2010 } })).toMatch(/props\.productionNetwork\.vlanId: VLAN 2010 is also the management VLAN/);
    });
    test('a load-balanced tier without fixed addresses', () => {
      expect(failOpenStack({ loadBalancer: { tier: 'settle', tlsContainerRef: 'ref' } })).toMatch(/props\.tiers\[settle\]\.fixedIps: is not set/);
    });
  });
});

// Live checks for the Kubernetes examples, through the real API of the clusters that
// start.sh runs. Each example's expectations are written out below from what its
// examples/<id>/main.ts declares, so a library change that drops a policy, a quota or
// a replica fails here rather than passing silently.
import { CLUSTERS, Cluster, E2eEnv, Kube, cpuCores, message } from './kube';

export type { E2eEnv } from './kube';

interface Hpa { min: number; max: number; cpu: number; memory?: number }
interface NamespaceSpec {
  cluster: Cluster;
  name: string;
  /** Namespaces the site's platform provides (start.sh creates them): not the stack's. */
  platform?: boolean;
  enforce?: 'restricted' | 'baseline';
  /** A ResourceQuota named "quota" that must reject an over-quota pod. */
  quota?: boolean;
  networkPolicies?: string[];
  roleBindings?: string[];
  deployments?: Record<string, number>;
  statefulSets?: Record<string, number>;
  jobs?: string[];
  cronJobs?: string[];
  hpas?: Record<string, Hpa>;
  gateways?: string[];
  httpRoutes?: string[];
}

const BASE_POLICIES = ['default-deny', 'allow-dns', 'allow-same-namespace'];
const APP = [...BASE_POLICIES, 'allow-from-gateway'];
const FINANCE_APP = [...APP, 'allow-egress-to-audit'];
const BUILD = [...BASE_POLICIES, 'allow-egress'];
const restricted = { enforce: 'restricted', quota: true } as const;

function financeSite(cluster: Cluster, prod: Partial<NamespaceSpec>, more: NamespaceSpec[]): NamespaceSpec[] {
  return [
    { cluster, name: 'payments-prod', ...restricted, networkPolicies: FINANCE_APP, httpRoutes: ['payments-api'], ...prod },
    { cluster, name: 'payments-audit', ...restricted, networkPolicies: [...BUILD, 'allow-from-gateway'], deployments: { 'log-collector': 2 } },
    { cluster, name: 'gateway-system', platform: true, gateways: ['payments'], httpRoutes: ['payments-https-redirect'] },
    ...more,
  ];
}
function financeEnv(stage: string, replicas: number, rbac: string): NamespaceSpec {
  return {
    cluster: 'a', name: `payments-${stage}`, ...restricted, networkPolicies: FINANCE_APP, roleBindings: [rbac],
    deployments: { 'payments-api': replicas }, httpRoutes: ['payments-api'],
  };
}

/** What each example stack creates, per namespace. */
export const EXPECTED: Record<string, NamespaceSpec[]> = {
  'kubernetes-basic': [{ cluster: 'a', name: 'web', enforce: 'restricted', deployments: { web: 2 } }],
  'k8s-devtest-env': [
    {
      cluster: 'a', name: 'shop-dev', ...restricted, networkPolicies: APP, roleBindings: ['shared-view', 'shared-edit'],
      deployments: { storefront: 2 }, statefulSets: { db: 1, cache: 1 }, jobs: ['data-import'], httpRoutes: ['storefront'],
    },
    { cluster: 'a', name: 'shop-dev-build', enforce: 'baseline', quota: true, networkPolicies: BUILD, jobs: ['image-build'] },
  ],
  'k8s-production-microservice': [{
    cluster: 'a', name: 'shop-prod', ...restricted, networkPolicies: APP, roleBindings: ['shared-view'],
    deployments: { 'checkout': 3, 'checkout-canary': 1 }, hpas: { checkout: { min: 3, max: 20, cpu: 70, memory: 80 } },
    cronJobs: ['nightly-settlement'], httpRoutes: ['checkout'],
  }],
  'finance-cicd-k8s': [
    ...financeSite('a', {
      roleBindings: ['shared-view'], deployments: { 'payments-api': 3, 'payments-api-canary': 1 },
      hpas: { 'payments-api': { min: 3, max: 12, cpu: 70, memory: 80 } },
    }, [
      financeEnv('dev', 1, 'shared-edit'), financeEnv('test', 1, 'shared-view'), financeEnv('staging', 2, 'shared-view'),
      { cluster: 'a', name: 'payments-ci', enforce: 'baseline', quota: true, networkPolicies: BUILD, jobs: ['build-1-5-0', 'build-main-20261124-1'] },
    ]),
    // The disaster-recovery site: prod only, on the second cluster.
    ...financeSite('b', { deployments: { 'payments-api': 2 }, hpas: { 'payments-api': { min: 2, max: 6, cpu: 70 } } }, []),
  ],
  'broadcast-video-k8s': [{
    cluster: 'a', name: 'tianshan-transcode', ...restricted, networkPolicies: BUILD,
    deployments: { transcoder: 2 }, hpas: { transcoder: { min: 2, max: 20, cpu: 70 } },
  }],
};

const GW = '/apis/gateway.networking.k8s.io/v1';

async function checkNamespace(env: E2eEnv, spec: NamespaceSpec): Promise<void> {
  const k = new Kube(env, spec.cluster);
  const ns = spec.name;
  const where = `cluster ${spec.cluster}, namespace ${ns}`;
  const nsObj = await k.must(`/api/v1/namespaces/${ns}`, `namespace ${ns}`);
  if (spec.enforce) {
    const level = nsObj.metadata.labels?.['pod-security.kubernetes.io/enforce'];
    if (level !== spec.enforce) throw new Error(`${where}: PodSecurity enforce is ${level}, expected ${spec.enforce}`);
  }
  for (const [name, replicas] of Object.entries(spec.deployments ?? {})) {
    const d = await k.must(`/apis/apps/v1/namespaces/${ns}/deployments/${name}`, `${where}: Deployment ${name}`);
    await podsReady(k, where, `Deployment ${name}`, d, replicas);
  }
  for (const [name, replicas] of Object.entries(spec.statefulSets ?? {})) {
    const s = await k.must(`/apis/apps/v1/namespaces/${ns}/statefulsets/${name}`, `${where}: StatefulSet ${name}`);
    await podsReady(k, where, `StatefulSet ${name}`, s, replicas);
  }
  if (spec.statefulSets) {
    const unbound = (await k.list(`/api/v1/namespaces/${ns}/persistentvolumeclaims`)).filter((c) => c.status?.phase !== 'Bound');
    if (unbound.length) throw new Error(`${where}: PVCs not Bound: ${unbound.map((c) => c.metadata.name).join(', ')}`);
  }
  for (const name of spec.jobs ?? []) {
    const j = await k.must(`/apis/batch/v1/namespaces/${ns}/jobs/${name}`, `${where}: Job ${name}`);
    if (!(j.status?.conditions ?? []).some((c: any) => c.type === 'Complete' && c.status === 'True')) {
      throw new Error(`${where}: Job ${name} has not completed: ${JSON.stringify(j.status)}`);
    }
  }
  for (const name of spec.cronJobs ?? []) await k.must(`/apis/batch/v1/namespaces/${ns}/cronjobs/${name}`, `${where}: CronJob ${name}`);
  for (const [name, want] of Object.entries(spec.hpas ?? {})) await checkHpa(k, where, ns, name, want);
  await expectNames(k, where, 'NetworkPolicy', `/apis/networking.k8s.io/v1/namespaces/${ns}/networkpolicies`, spec.networkPolicies);
  if (spec.networkPolicies?.includes('default-deny')) {
    const p = await k.must(`/apis/networking.k8s.io/v1/namespaces/${ns}/networkpolicies/default-deny`, 'default-deny');
    const types = [...(p.spec.policyTypes ?? [])].sort().join(',');
    if (Object.keys(p.spec.podSelector ?? {}).length || types !== 'Egress,Ingress' || p.spec.ingress || p.spec.egress) {
      throw new Error(`${where}: default-deny does not deny all ingress and egress: ${JSON.stringify(p.spec)}`);
    }
  }
  await expectNames(k, where, 'RoleBinding', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`, spec.roleBindings);
  await expectNames(k, where, 'Gateway', `${GW}/namespaces/${ns}/gateways`, spec.gateways);
  await expectNames(k, where, 'HTTPRoute', `${GW}/namespaces/${ns}/httproutes`, spec.httpRoutes);
  if (spec.quota) await checkQuotaEnforced(k, where, ns);
}

async function podsReady(k: Kube, where: string, what: string, obj: any, replicas: number): Promise<void> {
  const st = obj.status ?? {};
  if (obj.spec.replicas !== replicas || st.readyReplicas !== replicas || (st.updatedReplicas ?? st.currentReplicas) !== replicas) {
    throw new Error(`${where}: ${what} wants ${replicas} ready replicas; spec ${obj.spec.replicas}, status ${JSON.stringify(st)}`);
  }
  const selector = Object.entries(obj.spec.selector.matchLabels ?? {}).map(([key, v]) => `${key}=${v}`).join(',');
  const pods = await k.list(`/api/v1/namespaces/${obj.metadata.namespace}/pods?labelSelector=${encodeURIComponent(selector)}`);
  const notReady = pods.filter((p) => !(p.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True'));
  if (pods.length < replicas || notReady.length) {
    throw new Error(`${where}: ${what}: ${pods.length} pods, not Ready: ${notReady.map((p) => p.metadata.name).join(', ') || '-'}`);
  }
}

async function checkHpa(k: Kube, where: string, ns: string, name: string, want: Hpa): Promise<void> {
  const h = await k.must(`/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers/${name}`, `${where}: HPA ${name}`);
  const target = (res: string) => h.spec.metrics?.find((m: any) => m.type === 'Resource' && m.resource.name === res)?.resource.target.averageUtilization;
  const got = { min: h.spec.minReplicas, max: h.spec.maxReplicas, cpu: target('cpu'), memory: target('memory') };
  if (got.min !== want.min || got.max !== want.max || got.cpu !== want.cpu || got.memory !== want.memory) {
    throw new Error(`${where}: HPA ${name} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
  const ref = h.spec.scaleTargetRef;
  if (ref.kind !== 'Deployment' || !(await k.get(`/apis/apps/v1/namespaces/${ns}/deployments/${ref.name}`))) {
    throw new Error(`${where}: HPA ${name} targets ${ref.kind}/${ref.name}, which does not exist`);
  }
}

async function expectNames(k: Kube, where: string, kind: string, path: string, names?: string[]): Promise<void> {
  if (!names) return;
  const present = new Set((await k.list(path)).map((o) => o.metadata.name));
  const missing = names.filter((n) => !present.has(n));
  if (missing.length) throw new Error(`${where}: ${kind} missing: ${missing.join(', ')} (present: ${[...present].join(', ') || 'none'})`);
}

/**
 * The quota is enforced: a small pod passes admission (dry run) while one asking for
 * more CPU than the quota's requests.cpu is rejected with "exceeded quota". The pods
 * meet PodSecurity "restricted", so that admission plugin cannot reject them first.
 */
async function checkQuotaEnforced(k: Kube, where: string, ns: string): Promise<void> {
  const q = await k.must(`/api/v1/namespaces/${ns}/resourcequotas/quota`, `${where}: ResourceQuota quota`);
  const hard = q.spec.hard?.['requests.cpu'];
  if (!hard) throw new Error(`${where}: ResourceQuota quota sets no requests.cpu: ${JSON.stringify(q.spec.hard)}`);
  const pod = (cpu: string, memory: string) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { generateName: 'e2e-quota-probe-' },
    spec: {
      securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{
        name: 'probe',
        image: 'registry.example.com/e2e/probe:1',
        resources: { requests: { cpu, memory }, limits: { cpu, memory } },
        securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      }],
    },
  });
  const path = `/api/v1/namespaces/${ns}/pods?dryRun=All`;
  const small = await k.request('POST', path, pod('10m', '16Mi'));
  if (small.status !== 201) throw new Error(`${where}: a 10m/16Mi pod was refused (${small.status}): ${message(small)}`);
  const over = `${Math.ceil(cpuCores(hard)) + 1}`;
  const big = await k.request('POST', path, pod(over, '16Mi'));
  if (big.status !== 403 || !/exceeded quota/.test(message(big))) {
    throw new Error(`${where}: a pod requesting ${over} CPU (quota ${hard}) was not rejected by the quota: ${big.status} ${message(big)}`);
  }
}

function checksFor(id: string): (env: E2eEnv) => Promise<void> {
  return async (env) => {
    for (const spec of EXPECTED[id]) await checkNamespace(env, spec);
  };
}

export const liveChecks: Record<string, (env: E2eEnv) => Promise<void>> =
  Object.fromEntries(Object.keys(EXPECTED).map((id) => [id, checksFor(id)]));

/**
 * What a stack left behind after destroy: its namespaces (in any phase, Terminating
 * included), objects carrying its oscar.io/example label in the platform namespaces
 * and cluster-wide, and volumes whose claims lived in its namespaces.
 */
export async function leftovers(env: E2eEnv, stackId: string): Promise<string[]> {
  const found: string[] = [];
  const selector = `labelSelector=${encodeURIComponent(`oscar.io/example=${stackId}`)}`;
  for (const cluster of CLUSTERS) {
    const k = new Kube(env, cluster);
    const expected = (EXPECTED[stackId] ?? []).filter((s) => s.cluster === cluster && !s.platform).map((s) => s.name);
    const labelled = (await k.list(`/api/v1/namespaces?${selector}`)).map((n) => n.metadata.name);
    const mine = new Set([...expected, ...labelled]);
    for (const n of await k.list('/api/v1/namespaces')) {
      if (mine.has(n.metadata.name)) found.push(`cluster ${cluster}: namespace ${n.metadata.name} (${n.status?.phase})`);
    }
    for (const [kind, path] of [
      ['Gateway', `${GW}/gateways`], ['HTTPRoute', `${GW}/httproutes`], ['Deployment', '/apis/apps/v1/deployments'],
      ['Service', '/api/v1/services'], ['ConfigMap', '/api/v1/configmaps'], ['Secret', '/api/v1/secrets'],
      ['ClusterRole', '/apis/rbac.authorization.k8s.io/v1/clusterroles'],
      ['ClusterRoleBinding', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings'],
    ]) {
      for (const o of await k.list(`${path}?${selector}`)) {
        if (!mine.has(o.metadata.namespace)) found.push(`cluster ${cluster}: ${kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`);
      }
    }
    for (const pv of await k.list('/api/v1/persistentvolumes')) {
      const claim = pv.spec.claimRef;
      if (claim && mine.has(claim.namespace)) found.push(`cluster ${cluster}: PersistentVolume ${pv.metadata.name} (claim ${claim.namespace}/${claim.name})`);
    }
  }
  return found;
}

/** Warning events of both clusters, most recent first, plus pods that are not Ready. */
export async function diagnose(env: E2eEnv): Promise<string> {
  const lines: string[] = [];
  for (const cluster of CLUSTERS) {
    try {
      const k = new Kube(env, cluster);
      const events = (await k.list('/api/v1/events?fieldSelector=type%3DWarning'))
        .map((e) => ({ e, t: e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? '' }))
        .sort((x, y) => (x.t < y.t ? 1 : x.t > y.t ? -1 : 0))
        .slice(0, 30);
      lines.push(`cluster ${cluster}: ${events.length} most recent Warning events`);
      for (const { e, t } of events) {
        const o = e.involvedObject ?? {};
        lines.push(`  ${t} ${o.namespace ?? '-'}/${o.kind}/${o.name} ${e.reason}${e.count > 1 ? ` (x${e.count})` : ''}: ${e.message}`);
      }
      const pods = (await k.list('/api/v1/pods')).filter((p) => p.status?.phase !== 'Succeeded' &&
        !(p.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True'));
      for (const p of pods.slice(0, 20)) {
        lines.push(`  pod not Ready: ${p.metadata.namespace}/${p.metadata.name} ${p.status?.phase} ${JSON.stringify(p.status?.conditions ?? [])}`);
      }
    } catch (err) {
      lines.push(`cluster ${cluster}: diagnose failed: ${(err as Error).message}`);
    }
  }
  return lines.join('\n');
}

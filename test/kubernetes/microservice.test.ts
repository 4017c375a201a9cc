import { Microservice, MicroserviceProps, Probe } from '../../lib';
import { errorOf, only, resourceList as resources, synthWith as synth } from '../util/synth';

const base: MicroserviceProps = {
  namespace: 'shop',
  image: 'registry.example.com/shop/web:1.2.3',
  readinessProbe: Probe.httpGet('/healthz'),
  resources: { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' },
};
const build = (props: Partial<MicroserviceProps> = {}) => synth((s) => new Microservice(s, 'web', { ...base, ...props }));
const fail = (props: any) => errorOf((s) => new Microservice(s, 'web', { ...base, ...props }));

describe('Microservice', () => {
  test('pull policy: Always for a tag (it can move), IfNotPresent for a digest (it cannot)', () => {
    const tagged = only(build(), 'kubernetes_deployment_v1').spec.template.spec.container[0];
    expect(tagged.image_pull_policy).toBe('Always');
    const digest = 'registry.example.com/shop/web@sha256:' + 'a'.repeat(64);
    const pinned = only(build({ image: digest }), 'kubernetes_deployment_v1').spec.template.spec.container[0];
    expect(pinned.image_pull_policy).toBe('IfNotPresent');
  });

  test('zero-downtime, hardened Deployment by default', () => {
    const json = build();
    const d = only(json, 'kubernetes_deployment_v1');
    expect(d.metadata).toMatchObject({ name: 'web', namespace: 'shop' });
    expect(d.lifecycle).toBeUndefined();
    expect(d.spec.replicas).toBe('2');
    expect(d.spec.revision_history_limit).toBe(10);
    expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rolling_update: { max_unavailable: '0', max_surge: '1' } });
    expect(d.spec.selector.match_labels).toEqual({ 'app.kubernetes.io/name': 'web' });
    expect(d.spec.template.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/version': '1.2.3' });
    const pod = d.spec.template.spec;
    expect(pod.automount_service_account_token).toBe(false);
    expect(pod.security_context).toMatchObject({ run_as_non_root: true, run_as_user: '10001', seccomp_profile: { type: 'RuntimeDefault' } });
    expect(pod.topology_spread_constraint.map((t: any) => [t.topology_key, t.when_unsatisfiable])).toEqual([
      ['topology.kubernetes.io/zone', 'ScheduleAnyway'],
      ['kubernetes.io/hostname', 'DoNotSchedule'],
    ]);
    // A tainted or cordoned node must not count as an empty domain, or max_skew 1 with
    // DoNotSchedule blocks every second pod per node and scale-out stops.
    expect(pod.topology_spread_constraint.map((t: any) => t.node_taints_policy)).toEqual(['Honor', 'Honor']);
    const [c] = pod.container;
    expect(c.image).toBe('registry.example.com/shop/web:1.2.3');
    expect(c.security_context).toEqual({
      allow_privilege_escalation: false, privileged: false, read_only_root_filesystem: true, run_as_non_root: true, capabilities: { drop: ['ALL'] },
    });
    expect(c.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } });
    expect(c.readiness_probe).toEqual({ http_get: { path: '/healthz', port: 'http' }, period_seconds: 10 });
    expect(c.port).toEqual([{ container_port: 8080, name: 'http' }]);
    expect(c.volume_mount).toEqual([{ name: 'writable-tmp', mount_path: '/tmp' }]);
    expect(pod.volume).toEqual([{ name: 'writable-tmp', empty_dir: {} }]);
  });

  test('ClusterIP Service and PodDisruptionBudget', () => {
    const json = build();
    const svc = only(json, 'kubernetes_service_v1');
    expect(svc.spec).toEqual({ type: 'ClusterIP', selector: { 'app.kubernetes.io/name': 'web' }, port: [{ name: 'http', port: 80, target_port: 'http', protocol: 'TCP' }] });
    expect(only(json, 'kubernetes_pod_disruption_budget_v1').spec).toEqual({ max_unavailable: '1', selector: { match_labels: { 'app.kubernetes.io/name': 'web' } } });
    expect(resources(json, 'kubernetes_horizontal_pod_autoscaler_v2')).toEqual([]);
  });

  test('env, secret env, probes and container options', () => {
    const json = build({
      env: { LOG_LEVEL: 'info' },
      secretEnv: { DB_PASSWORD: { secretName: 'db-credentials', key: 'password' } },
      livenessProbe: Probe.tcpSocket('http', { periodSeconds: 20, failureThreshold: 5 }),
      readinessProbe: Probe.exec(['/bin/ready'], { initialDelaySeconds: 3 }),
      args: ['--serve'],
      writablePaths: ['/tmp', '/var/cache/app'],
      runAsUser: 2000,
      port: 9000,
      servicePort: 8080,
      maxSurge: 2,
      revisionHistoryLimit: 3,
    });
    const d = only(json, 'kubernetes_deployment_v1');
    const [c] = d.spec.template.spec.container;
    expect(c.env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'DB_PASSWORD', value_from: { secret_key_ref: { name: 'db-credentials', key: 'password' } } },
    ]);
    expect(c.liveness_probe).toEqual({ tcp_socket: { port: 'http' }, period_seconds: 20, failure_threshold: 5 });
    expect(c.readiness_probe).toEqual({ exec: { command: ['/bin/ready'] }, period_seconds: 10, initial_delay_seconds: 3 });
    expect(c.args).toEqual(['--serve']);
    expect(c.volume_mount.map((m: any) => m.mount_path)).toEqual(['/tmp', '/var/cache/app']);
    expect(d.spec.template.spec.security_context.run_as_user).toBe('2000');
    expect(c.port[0].container_port).toBe(9000);
    expect(d.spec.strategy.rolling_update.max_surge).toBe('2');
    expect(d.spec.revision_history_limit).toBe(3);
    expect(only(json, 'kubernetes_service_v1').spec.port[0].port).toBe(8080);
  });

  test('HPA v2 owns replicas: Terraform ignores spec[0].replicas; CPU and memory targets; scale-down stabilisation', () => {
    const json = build({ autoscaling: { minReplicas: 3, maxReplicas: 10, cpuUtilizationPercent: 70, memoryUtilizationPercent: 80, scaleDownStabilizationSeconds: 600 } });
    const d = only(json, 'kubernetes_deployment_v1');
    expect(d.lifecycle).toEqual({ ignore_changes: ['spec[0].replicas'] });
    expect(d.spec.replicas).toBe('3');
    const hpa = only(json, 'kubernetes_horizontal_pod_autoscaler_v2');
    expect(hpa.spec.min_replicas).toBe(3);
    expect(hpa.spec.max_replicas).toBe(10);
    expect(hpa.spec.scale_target_ref).toEqual({ api_version: 'apps/v1', kind: 'Deployment', name: expect.stringMatching(/kubernetes_deployment_v1\.web_deployment_\w+\.metadata\[0\]\.name/) });
    expect(hpa.spec.metric.map((m: any) => [m.resource.name, m.resource.target])).toEqual([
      ['cpu', { type: 'Utilization', average_utilization: 70 }],
      ['memory', { type: 'Utilization', average_utilization: 80 }],
    ]);
    expect(hpa.spec.behavior.scale_down[0].stabilization_window_seconds).toBe(600);
  });

  test('resource demand counts max replicas plus surge', () => {
    let ms!: Microservice;
    synth((s) => { ms = new Microservice(s, 'web', { ...base, autoscaling: { minReplicas: 2, maxReplicas: 6, cpuUtilizationPercent: 60 } }); });
    expect(ms.resourceDemand.pods).toBe(7);
    expect(ms.resourceDemand.cpuRequests).toBeCloseTo(0.7);
    expect(ms.resourceDemand.memoryLimits).toBe(7 * 256 * 2 ** 20);
  });

  test('Gateway API HTTPRoute', () => {
    const json = build({ httpRoute: { gatewayName: 'public', gatewayNamespace: 'gateway-system', hostnames: ['shop.example.com'], pathPrefix: '/shop' } });
    const route = only(json, 'kubernetes_manifest').manifest;
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route.kind).toBe('HTTPRoute');
    expect(route.metadata).toMatchObject({ name: 'web', namespace: 'shop' });
    expect(route.spec.parentRefs).toEqual([{ name: 'public', namespace: 'gateway-system' }]);
    expect(route.spec.hostnames).toEqual(['shop.example.com']);
    expect(route.spec.rules).toEqual([{
      matches: [{ path: { type: 'PathPrefix', value: '/shop' } }],
      backendRefs: [{ name: expect.stringMatching(/kubernetes_service_v1\.web_service_\w+\.metadata\[0\]\.name/), port: 80 }],
    }]);
  });

  test('HTTPRoute without optional fields renders no nulls (kubernetes_manifest rejects them)', () => {
    const route = only(build({ httpRoute: { gatewayName: 'public' } }), 'kubernetes_manifest').manifest;
    expect(Object.keys(route.spec).sort()).toEqual(['parentRefs', 'rules']);
    expect(route.spec.parentRefs).toEqual([{ name: 'public' }]);
    expect(JSON.stringify(route)).not.toMatch(/null/);
  });

  test('Ingress', () => {
    const json = build({ ingress: { host: 'shop.example.com', ingressClassName: 'traefik', tlsSecretName: 'shop-tls' } });
    const ing = only(json, 'kubernetes_ingress_v1');
    expect(ing.spec.ingress_class_name).toBe('traefik');
    expect(ing.spec.rule[0].host).toBe('shop.example.com');
    expect(ing.spec.rule[0].http.path[0]).toMatchObject({ path: '/', path_type: 'Prefix', backend: { service: { port: { number: 80 } } } });
    expect(ing.spec.tls).toEqual([{ hosts: ['shop.example.com'], secret_name: 'shop-tls' }]);
  });

  test('a single replica needs the explicit opt-out, and then gets no PDB', () => {
    const json = build({ replicas: 1, allowSingleReplica: true });
    expect(only(json, 'kubernetes_deployment_v1').spec.replicas).toBe('1');
    expect(resources(json, 'kubernetes_pod_disruption_budget_v1')).toEqual([]);
  });

  test('image pinned by digest is accepted', () => {
    const digest = 'registry.example.com/shop/web@sha256:' + 'ab'.repeat(32);
    expect(only(build({ image: digest }), 'kubernetes_deployment_v1').spec.template.spec.container[0].image).toBe(digest);
  });

  test.each([
    [{ replicas: 1 }, /\[test\/web\] props\.replicas: must be an integer >= 2 \(got 1\)\. Fix: run at least 2 replicas .* allowSingleReplica: true/],
    [{ autoscaling: { minReplicas: 1, maxReplicas: 3, cpuUtilizationPercent: 50 } }, /props\.autoscaling\.minReplicas: must be an integer >= 2/],
    [{ autoscaling: { minReplicas: 3, maxReplicas: 2, cpuUtilizationPercent: 50 } }, /props\.autoscaling\.maxReplicas: must be an integer >= 3/],
    [{ autoscaling: { minReplicas: 2, maxReplicas: 4 } }, /props\.autoscaling: has neither a CPU nor a memory target/],
    [{ readinessProbe: undefined }, /\[test\/web\] props\.readinessProbe: is required/],
    [{ resources: undefined }, /\[test\/web\] props\.resources: is required: every container needs CPU and memory requests and limits/],
    [{ resources: { cpuRequest: '100m', memoryRequest: '128Mi', memoryLimit: '256Mi' } }, /props\.resources\.cpuLimit: is required/],
    [{ resources: { ...base.resources, memoryLimit: '64Mi' } }, /props\.resources\.memoryLimit: the limit "64Mi" is below the request "128Mi"/],
    [{ resources: { ...base.resources, cpuRequest: '0.1 cores' } }, /props\.resources\.cpuRequest: "0\.1 cores" is not a Kubernetes quantity/],
    [{ image: 'shop/web' }, /\[test\/web\] props\.image: image "shop\/web" has no tag, so it floats to :latest/],
    [{ image: 'registry:5000/shop/web' }, /props\.image: image "registry:5000\/shop\/web" has no tag/],
    [{ image: 'shop/web:latest' }, /props\.image: image "shop\/web:latest" uses the floating tag :latest/],
    [{ image: 'shop/web@sha256:123' }, /props\.image: .* has a malformed digest/],
    [{ name: 'Web_Frontend' }, /\[test\/web\] props\.name: "Web_Frontend" is not a DNS-1123 label/],
    [{ httpRoute: { gatewayName: 'gw' }, ingress: { host: 'a.example.com' } }, /props\.httpRoute\/ingress: httpRoute and ingress are mutually exclusive/],
    [{ httpRoute: { gatewayName: '' } }, /props\.httpRoute\.gatewayName: is required/],
    [{ maxSurge: 0 }, /props\.maxSurge: must be an integer >= 1/],
    [{ revisionHistoryLimit: 0 }, /props\.revisionHistoryLimit: must be an integer >= 1/],
    [{ runAsUser: 0 }, /props\.runAsUser: must be an integer >= 1 \(got 0\)/],
    [{ port: 70000 }, /props\.port: must be an integer from 1 to 65535/],
    [{ writablePaths: ['tmp'] }, /props\.writablePaths: "tmp" is not an absolute path/],
  ])('rejects %o', (props, message) => {
    expect(fail(props)).toMatch(message);
  });
});

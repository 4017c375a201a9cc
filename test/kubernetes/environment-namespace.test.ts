import { EnvironmentNamespace, Labels, Microservice, PodSecurityLevel, Probe, Subject } from '../../lib';
import { errorOf, only, resourceList as resources, synthWith as synth } from '../util/synth';

const small = { cpuRequest: '500m', cpuLimit: '1', memoryRequest: '1Gi', memoryLimit: '2Gi' };

describe('EnvironmentNamespace', () => {
  test('namespace with restricted Pod Security labels and inherited labels', () => {
    const json = synth((s) => {
      Labels.of(s).add('oscar.io/team', 'payments');
      new EnvironmentNamespace(s, 'env', { name: 'payments-dev' });
    });
    const ns = only(json, 'kubernetes_namespace_v1');
    expect(ns.metadata.name).toBe('payments-dev');
    expect(ns.metadata.labels).toMatchObject({
      'oscar.io/team': 'payments',
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
    });
  });

  test('name defaults to the construct path; level can be lowered explicitly', () => {
    const json = synth((s) => new EnvironmentNamespace(s, 'team-a', { podSecurity: PodSecurityLevel.BASELINE }));
    const ns = only(json, 'kubernetes_namespace_v1');
    expect(ns.metadata.name).toBe('team-a');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
  });

  test('ResourceQuota and LimitRange with defaults and overrides', () => {
    const json = synth((s) => new EnvironmentNamespace(s, 'env', { quota: { requestsCpu: '2', pods: 10 } }));
    const quota = only(json, 'kubernetes_resource_quota_v1');
    expect(quota.metadata.namespace).toMatch(/\$\{kubernetes_namespace_v1\.\S+\.metadata\[0\]\.name\}/);
    expect(quota.spec.hard).toEqual({
      'requests.cpu': '2', 'requests.memory': '8Gi', 'limits.cpu': '8', 'limits.memory': '16Gi',
      'pods': '10', 'requests.storage': '100Gi', 'persistentvolumeclaims': '20',
    });
    const limits = only(json, 'kubernetes_limit_range_v1');
    expect(limits.spec.limit).toEqual([{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, default_request: { cpu: '100m', memory: '128Mi' } }]);
  });

  test('default-deny plus allows within the namespace and DNS; nothing from outside by default', () => {
    const json = synth((s) => new EnvironmentNamespace(s, 'env'));
    const policies = resources(json, 'kubernetes_network_policy_v1');
    const byName = Object.fromEntries(policies.map((p) => [p.metadata.name, p.spec]));
    expect(Object.keys(byName).sort()).toEqual(['allow-dns', 'allow-same-namespace', 'default-deny']);
    expect(byName['default-deny']).toEqual({ pod_selector: {}, policy_types: ['Ingress', 'Egress'] });
    expect(byName['allow-same-namespace'].ingress).toEqual([{ from: [{ pod_selector: {} }] }]);
    expect(byName['allow-same-namespace'].egress).toEqual([{ to: [{ pod_selector: {} }] }]);
    expect(byName['allow-dns'].egress[0].to[0].namespace_selector.match_labels).toEqual({ 'kubernetes.io/metadata.name': 'kube-system' });
    expect(byName['allow-dns'].egress[0].ports).toEqual([{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }]);
  });

  test('ingress from gateway namespaces and egress CIDRs when asked', () => {
    const json = synth((s) => new EnvironmentNamespace(s, 'env', { gatewayNamespaces: ['gateway-system'], egressCidrs: ['10.20.0.0/16'] }));
    const byName = Object.fromEntries(resources(json, 'kubernetes_network_policy_v1').map((p) => [p.metadata.name, p.spec]));
    expect(byName['allow-from-gateway'].policy_types).toEqual(['Ingress']);
    expect(byName['allow-from-gateway'].ingress[0].from[0].namespace_selector.match_expressions).toEqual([
      { key: 'kubernetes.io/metadata.name', operator: 'In', values: ['gateway-system'] },
    ]);
    expect(byName['allow-egress'].egress).toEqual([{ to: [{ ip_block: { cidr: '10.20.0.0/16' } }] }]);
  });

  test('sharing: view and edit RoleBindings to users, groups and service accounts', () => {
    const json = synth((s) => new EnvironmentNamespace(s, 'env', {
      viewers: [Subject.group('testers'), Subject.user('qa@example.com')],
      editors: [Subject.serviceAccount('ci', 'deployer')],
    }));
    const bindings = Object.fromEntries(resources(json, 'kubernetes_role_binding_v1').map((b) => [b.role_ref.name, b]));
    expect(bindings.view.role_ref).toEqual({ api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' });
    expect(bindings.view.subject).toEqual([
      { api_group: 'rbac.authorization.k8s.io', kind: 'Group', name: 'testers' },
      { api_group: 'rbac.authorization.k8s.io', kind: 'User', name: 'qa@example.com' },
    ]);
    expect(bindings.edit.subject).toEqual([{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }]);
  });

  test('no RoleBindings unless shared', () => {
    expect(resources(synth((s) => new EnvironmentNamespace(s, 'env')), 'kubernetes_role_binding_v1')).toEqual([]);
  });

  test.each([
    [{ name: 'Payments_Dev' }, /\[test\/env\] props\.name: "Payments_Dev" is not a DNS-1123 label.*use "payments-dev"/],
    [{ quota: { requestsMemory: '8GB' } }, /\[test\/env\] props\.quota\.requestsMemory: "8GB" is not a Kubernetes quantity/],
    [{ gatewayNamespaces: ['Gateway'] }, /props\.gatewayNamespaces: "Gateway" is not a DNS-1123 label/],
    [{ viewers: [Subject.group('')] }, /props\.viewers\[0\]\.name: is required/],
    [{ containerDefaults: { ...small, cpuLimit: '100m' } }, /props\.containerDefaults\.cpuLimit: the limit "100m" is below the request "500m"/],
  ])('rejects %o', (props, message) => {
    expect(errorOf((s) => new EnvironmentNamespace(s, 'env', props as any))).toMatch(message);
  });

  describe('quota must hold the peak requests of its workloads', () => {
    const web = (s: any, ns: EnvironmentNamespace, replicas: number) =>
      new Microservice(s, 'web', { namespace: ns.name, image: 'shop/web:1.0.0', readinessProbe: Probe.httpGet('/'), resources: small, replicas });

    test('accepts workloads that fit (3 replicas + 1 surge = 2 CPU of requests)', () => {
      synth((s) => {
        const ns = new EnvironmentNamespace(s, 'env', { quota: { requestsCpu: '2', requestsMemory: '4Gi', limitsCpu: '4', limitsMemory: '8Gi' } });
        ns.accommodate(web(s, ns, 3));
      });
    });

    test('rejects a quota smaller than the sum of the requests, naming the quota prop', () => {
      const message = errorOf((s) => {
        const ns = new EnvironmentNamespace(s, 'env', { quota: { requestsCpu: '1500m', requestsMemory: '4Gi', limitsCpu: '4', limitsMemory: '8Gi' } });
        ns.accommodate(web(s, ns, 3));
      });
      expect(message).toMatch(/^\[test\/env\] props\.quota\.requestsCpu: the quota \(1500m\) is smaller than the sum of the CPU requests it must hold at peak \(2, from test\/web/);
      expect(message).toMatch(/Fix: raise quota\.requestsCpu to at least 2/);
    });

    test('memory in binary units is compared properly (4 pods x 1Gi > 3.5Gi)', () => {
      const message = errorOf((s) => {
        const ns = new EnvironmentNamespace(s, 'env', { quota: { requestsMemory: '3584Mi' } });
        ns.accommodate(web(s, ns, 3));
      });
      expect(message).toMatch(/props\.quota\.requestsMemory: the quota \(3584Mi\) .* \(4Gi/);
    });

    test('accumulates across calls', () => {
      const message = errorOf((s) => {
        const ns = new EnvironmentNamespace(s, 'env', { quota: { pods: 5 } });
        ns.accommodate(web(s, ns, 2));
        ns.accommodate(new Microservice(s, 'api', { namespace: ns.name, image: 'shop/api:1.0.0', readinessProbe: Probe.httpGet('/'), resources: small, replicas: 2 }));
      });
      expect(message).toMatch(/props\.quota\.pods: the quota \(5\) is smaller .* \(6, from test\/web, test\/api/);
    });
  });

  describe('delete timeout covers the longest termination grace period', () => {
    // kube's namespace controller finalizes a deleted namespace only after the longest grace
    // period of the pods it deleted (measured on the e2e cluster: 60 s grace, 73 s delete).
    const svc = (s: any, ns: EnvironmentNamespace, id: string, grace?: number) =>
      new Microservice(s, id, { namespace: ns.name, image: 'media/worker:1.0.0', readinessProbe: Probe.httpGet('/'), resources: small, terminationGracePeriodSeconds: grace });
    const timeoutsOf = (build: (s: any, ns: EnvironmentNamespace) => void) =>
      only(synth((s) => build(s, new EnvironmentNamespace(s, 'env', { quota: { pods: 20, requestsCpu: '8', limitsCpu: '16', requestsMemory: '32Gi', limitsMemory: '64Gi' } }))), 'kubernetes_namespace_v1').timeouts;

    test('the provider default (5 min) stays when the grace periods fit in it', () => {
      expect(timeoutsOf(() => undefined)).toBeUndefined();
      expect(timeoutsOf((s, ns) => ns.accommodate(svc(s, ns, 'a'), svc(s, ns, 'b', 240)))).toBeUndefined();
    });

    test('a 30 min drain gives the namespace 35 min to delete', () => {
      expect(timeoutsOf((s, ns) => ns.accommodate(svc(s, ns, 'a', 1800)))).toEqual({ delete: '35m' });
    });

    test('the longest grace period wins, across calls and in any order', () => {
      expect(timeoutsOf((s, ns) => {
        ns.accommodate(svc(s, ns, 'a', 600));
        ns.accommodate(svc(s, ns, 'b', 241), svc(s, ns, 'c'));
      })).toEqual({ delete: '15m' });
    });
  });
});

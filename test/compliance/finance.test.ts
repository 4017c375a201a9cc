import { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { PodDisruptionBudgetV1 } from '@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1';
import { TerraformStack } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { LbL7PolicyV2 } from '../../lib/providers/openstack/lb-l7policy-v2';
import { LbListenerV2 } from '../../lib/providers/openstack/lb-listener-v2';
import { deployment, describeRules, ruleOutcome } from '../util/compliance';

function listener(s: TerraformStack, protocol: string, redirect?: string): void {
  const l = new LbListenerV2(s, 'l', { loadbalancerId: 'lb', protocol, protocolPort: protocol === 'HTTP' ? 80 : 443 });
  if (redirect) new LbL7PolicyV2(s, 'redirect', { listenerId: l.id, action: 'REDIRECT_PREFIX', redirectPrefix: redirect });
}

function ingress(s: TerraformStack, tlsHosts?: string[]): void {
  new IngressV1(s, 'ing', {
    metadata: { name: 'web', namespace: 'payments' },
    spec: {
      tls: tlsHosts ? [{ hosts: tlsHosts, secretName: 'web-tls' }] : undefined,
      rule: [{ host: 'pay.example.com', http: { path: [{ path: '/', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
    },
  });
}

function gateway(s: TerraformStack, listeners: { name: string; protocol: string }[], redirectRoute: boolean): void {
  new Manifest(s, 'gw', {
    manifest: { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'edge', namespace: 'infra' }, spec: { gatewayClassName: 'eg', listeners: listeners.map((l) => ({ ...l, port: l.protocol === 'HTTP' ? 80 : 443 })) } },
  });
  if (redirectRoute) {
    new Manifest(s, 'redirect', {
      manifest: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'to-https', namespace: 'infra' },
        spec: { parentRefs: [{ name: 'edge', sectionName: 'http' }], rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }] },
      },
    });
  }
}

function pdb(s: TerraformStack, app: string): void {
  new PodDisruptionBudgetV1(s, `${app}-pdb`, { metadata: { name: app, namespace: 'payments' }, spec: { minAvailable: '1', selector: { matchLabels: { app } } } });
}

describeRules(Compliance.FINANCE, [
  {
    id: 'FIN-1',
    compliant: (s) => listener(s, 'HTTP', 'https://pay.example.com'),
    nonCompliant: (s) => listener(s, 'HTTP'),
    message: 'plain HTTP listener without an https redirect',
  },
  { id: 'FIN-2', compliant: (s) => ingress(s, ['pay.example.com']), nonCompliant: (s) => ingress(s), message: 'no spec.tls' },
  {
    id: 'FIN-3',
    compliant: (s) => gateway(s, [{ name: 'https', protocol: 'HTTPS' }, { name: 'http', protocol: 'HTTP' }], true),
    nonCompliant: (s) => gateway(s, [{ name: 'https', protocol: 'HTTPS' }, { name: 'http', protocol: 'HTTP' }], false),
    message: 'listener(s) http serve plain',
  },
  {
    id: 'FIN-4',
    compliant: (s) => { deployment(s, 'web', { namespace: 'payments' }); },
    nonCompliant: (s) => { deployment(s, 'web', { namespace: '' }); },
    message: 'no metadata.namespace',
  },
  {
    id: 'FIN-5',
    compliant: (s) => { deployment(s, 'web'); },
    nonCompliant: (s) => { deployment(s, 'web', { strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%' } } }); },
    message: 'max_unavailable is 25%, not 0',
  },
  {
    id: 'FIN-6',
    compliant: (s) => { deployment(s, 'web'); pdb(s, 'web'); },
    nonCompliant: (s) => { deployment(s, 'web'); pdb(s, 'other'); },
    message: 'no PodDisruptionBudget selects the pod template labels',
  },
  {
    id: 'FIN-7',
    compliant: (s) => { deployment(s, 'web'); },
    nonCompliant: (s) => { deployment(s, 'web', { image: 'registry.example/app:1.2.3' }); },
    message: 'is not pinned by digest',
  },
]);

describe('FINANCE details', () => {
  const pack = Compliance.FINANCE;

  test('FIN-1: TLS-terminating listeners pass; an http:// redirect does not count', () => {
    expect(ruleOutcome(pack, 'FIN-1', (s) => listener(s, 'TERMINATED_HTTPS')).findings).toEqual([]);
    expect(ruleOutcome(pack, 'FIN-1', (s) => listener(s, 'HTTP', 'http://pay.example.com')).findings).toHaveLength(1);
  });

  test('FIN-2: hosts not covered by tls are reported', () => {
    expect(ruleOutcome(pack, 'FIN-2', (s) => ingress(s, ['other.example.com'])).findings[0].message).toContain('pay.example.com');
  });

  test('FIN-5: Recreate is a finding', () => {
    const out = ruleOutcome(pack, 'FIN-5', (s) => { deployment(s, 'web', { strategy: { type: 'Recreate' } }); });
    expect(out.findings[0].message).toContain('Recreate');
  });

  test('FIN-6/FIN-7: non-production workloads (label or namespace) are not applicable', () => {
    const byLabel = (s: TerraformStack) => { deployment(s, 'web', { image: 'app:1.0', labels: { 'oscar.io/environment': 'staging' } }); };
    const byNamespace = (s: TerraformStack) => { deployment(s, 'web', { image: 'app:1.0', namespace: 'payments-dev' }); };
    for (const build of [byLabel, byNamespace]) {
      for (const id of ['FIN-6', 'FIN-7']) {
        const out = ruleOutcome(pack, id, build);
        expect(out.findings).toEqual([]);
        expect(out.summary.notApplicable).toBe(1);
      }
    }
  });

  test('FIN-7: a referenced namespace resource decides production (by name or environment label)', () => {
    const inNamespace = (name: string, labels: { [key: string]: string }) => (s: TerraformStack) => {
      const ns = new NamespaceV1(s, 'ns', { metadata: { name, labels } });
      deployment(s, 'web', { image: 'app:1.0', namespace: ns.metadata.name });
    };
    expect(ruleOutcome(pack, 'FIN-7', inNamespace('shop-dev', {})).summary.notApplicable).toBe(1);
    expect(ruleOutcome(pack, 'FIN-7', inNamespace('shop', { 'oscar.io/environment': 'test' })).summary.notApplicable).toBe(1);
    expect(ruleOutcome(pack, 'FIN-7', inNamespace('shop', {})).findings).toHaveLength(1);
  });
});

import { CanaryRelease, CanaryReleaseProps, CanaryRouting, Probe } from '../../lib';
import { errorOf, only, resourceList as resources, synthWith as synth } from '../util/synth';

const base: CanaryReleaseProps = {
  namespace: 'shop',
  name: 'checkout',
  stableImage: 'registry.example.com/shop/checkout:1.4.0',
  canaryImage: 'registry.example.com/shop/checkout:1.5.0',
  canaryWeight: 10,
  canaryHeaders: { 'x-canary': 'always' },
  canaryCookie: 'canary',
  routing: CanaryRouting.gatewayApi({ gatewayName: 'public', gatewayNamespace: 'gateway-system', hostnames: ['shop.example.com'] }),
  readinessProbe: Probe.httpGet('/ready'),
  resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
  autoscaling: { minReplicas: 3, maxReplicas: 12, cpuUtilizationPercent: 65 },
};
const build = (props: Partial<CanaryReleaseProps> = {}) => synth((s) => new CanaryRelease(s, 'release', { ...base, ...props }));
const deployments = (json: any) => Object.fromEntries(resources(json, 'kubernetes_deployment_v1').map((d) => [d.metadata.name, d]));
const svc = (name: string) => expect.stringMatching(new RegExp(`kubernetes_service_v1\\.release_${name}_service_\\w+\\.metadata\\[0\\]\\.name`));

describe('CanaryRelease', () => {
  test('stable and canary Deployments: same hardening, own selectors, HPA and PDB on stable only', () => {
    const json = build();
    const d = deployments(json);
    expect(Object.keys(d).sort()).toEqual(['checkout', 'checkout-canary']);
    expect(d.checkout.spec.template.spec.container[0].image).toBe('registry.example.com/shop/checkout:1.4.0');
    expect(d['checkout-canary'].spec.template.spec.container[0].image).toBe('registry.example.com/shop/checkout:1.5.0');
    expect(d['checkout-canary'].spec.replicas).toBe('1');
    expect(d['checkout-canary'].spec.selector.match_labels).toEqual({ 'app.kubernetes.io/name': 'checkout-canary' });
    expect(d['checkout-canary'].spec.template.metadata.labels['oscar.io/track']).toBe('canary');
    expect(d.checkout.spec.template.metadata.labels['oscar.io/track']).toBe('stable');
    expect(d['checkout-canary'].spec.template.spec.container[0].security_context.read_only_root_filesystem).toBe(true);
    expect(d['checkout-canary'].spec.strategy.rolling_update.max_unavailable).toBe('0');
    expect(d.checkout.lifecycle).toEqual({ ignore_changes: ['spec[0].replicas'] });
    expect(d['checkout-canary'].lifecycle).toBeUndefined();
    expect(resources(json, 'kubernetes_horizontal_pod_autoscaler_v2').map((h) => h.metadata.name)).toEqual(['checkout']);
    expect(resources(json, 'kubernetes_pod_disruption_budget_v1').map((p) => p.metadata.name)).toEqual(['checkout']);
    expect(resources(json, 'kubernetes_service_v1').map((p) => p.metadata.name).sort()).toEqual(['checkout', 'checkout-canary']);
  });

  test('HTTPRoute: header and cookie matches pin chosen users to the canary, the rest is split by weight', () => {
    const route = only(build(), 'kubernetes_manifest').manifest;
    expect(route.metadata).toMatchObject({ name: 'checkout', namespace: 'shop' });
    expect(route.spec.parentRefs).toEqual([{ name: 'public', namespace: 'gateway-system' }]);
    const path = { type: 'PathPrefix', value: '/' };
    expect(route.spec.rules).toEqual([
      { matches: [{ path, headers: [{ name: 'x-canary', value: 'always', type: 'Exact' }] }], backendRefs: [{ name: svc('canary'), port: 80 }] },
      { matches: [{ path, headers: [{ name: 'cookie', value: '(.*;\\s*)?canary=always(;.*)?', type: 'RegularExpression' }] }], backendRefs: [{ name: svc('canary'), port: 80 }] },
      { matches: [{ path }], backendRefs: [{ name: svc('stable'), port: 80, weight: 90 }, { name: svc('canary'), port: 80, weight: 10 }] },
    ]);
  });

  test('the cookie regular expression matches only the cookie set to always', () => {
    const rules = only(build(), 'kubernetes_manifest').manifest.spec.rules;
    const re = new RegExp(`^${rules[1].matches[0].headers[0].value}$`); // full-match semantics
    expect(re.test('canary=always')).toBe(true);
    expect(re.test('session=1; canary=always; theme=dark')).toBe(true);
    expect(re.test('canary=never')).toBe(false);
    expect(re.test('notcanary=always')).toBe(false);
  });

  test('no canary (promoted or aborted): one Deployment, all traffic to stable', () => {
    const json = build({ canaryImage: undefined });
    expect(Object.keys(deployments(json))).toEqual(['checkout']);
    const route = only(json, 'kubernetes_manifest').manifest;
    expect(route.spec.rules).toEqual([{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: svc('stable'), port: 80 }] }]);
  });

  test('weight 0 keeps the canary reachable only by header/cookie; weight 100 sends everything', () => {
    const rules0 = only(build({ canaryWeight: 0 }), 'kubernetes_manifest').manifest.spec.rules;
    expect(rules0[2].backendRefs.map((b: any) => b.weight)).toEqual([100, 0]);
    const rules100 = only(build({ canaryWeight: 100 }), 'kubernetes_manifest').manifest.spec.rules;
    expect(rules100[2].backendRefs.map((b: any) => b.weight)).toEqual([0, 100]);
  });

  test('legacy ingress-nginx: main Ingress plus canary Ingress with canary annotations', () => {
    const json = build({ routing: CanaryRouting.ingressNginx({ host: 'shop.example.com', ingressClassName: 'nginx' }), canaryWeight: 25 });
    expect(resources(json, 'kubernetes_manifest')).toEqual([]);
    const ingresses = Object.fromEntries(resources(json, 'kubernetes_ingress_v1').map((i) => [i.metadata.name, i]));
    expect(ingresses.checkout.metadata.annotations).toBeUndefined();
    expect(ingresses['checkout-canary'].metadata.annotations).toEqual({
      'nginx.ingress.kubernetes.io/canary': 'true',
      'nginx.ingress.kubernetes.io/canary-weight': '25',
      'nginx.ingress.kubernetes.io/canary-by-header': 'x-canary',
      'nginx.ingress.kubernetes.io/canary-by-header-value': 'always',
      'nginx.ingress.kubernetes.io/canary-by-cookie': 'canary',
    });
    expect(ingresses['checkout-canary'].spec.rule[0].host).toBe('shop.example.com');
  });

  test('resource demand covers both versions', () => {
    let release!: CanaryRelease;
    synth((s) => { release = new CanaryRelease(s, 'release', base); });
    expect(release.resourceDemand.pods).toBe(12 + 1 + 1 + 1); // stable max + surge, canary 1 + surge
    expect(release.canaryWeight).toBe(10);
  });

  test.each([
    [{ canaryWeight: 101 }, /\[test\/release\] props\.canaryWeight: must be an integer from 0 to 100 \(got 101\)/],
    [{ canaryWeight: -5 }, /props\.canaryWeight: must be an integer from 0 to 100 \(got -5\)/],
    [{ canaryWeight: 12.5 }, /props\.canaryWeight: must be an integer from 0 to 100/],
    [{ canaryImage: 'registry.example.com/shop/checkout:latest' }, /\[test\/release\] props\.canaryImage: .*:latest/],
    [{ stableImage: 'registry.example.com/shop/checkout' }, /\[test\/release\] props\.stableImage: .* has no tag/],
    [{ routing: undefined }, /props\.routing: is required/],
    [{ canaryHeaders: { 'x canary': '1' } }, /props\.canaryHeaders\["x canary"\]: is not a valid HTTP header name/],
    [{ canaryCookie: 'can ary' }, /props\.canaryCookie: "can ary" is not a valid cookie name/],
    [{ name: 'Checkout' }, /props\.name: "Checkout" is not a DNS-1123 label/],
    [{ name: 'c'.repeat(57) }, /\[test\/release\] props\.name: "c{57}" is longer than 56 characters/],
    [{ readinessProbe: undefined }, /\[test\/release\/stable\] props\.readinessProbe: is required/],
    [{ routing: CanaryRouting.ingressNginx({ host: 'shop.example.com' }), canaryHeaders: { a: '1', b: '2' } }, /props\.canaryHeaders: has more than one header, but ingress-nginx/],
  ])('rejects %o', (props, message) => {
    expect(errorOf((s) => new CanaryRelease(s, 'release', { ...base, ...props as any }))).toMatch(message);
  });
});

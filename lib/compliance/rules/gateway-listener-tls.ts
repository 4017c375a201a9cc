import { COMPLIANT, RuleDefinition, StackView, nonCompliant, notApplicable } from '../model';
import { isObject } from '../private/attrs';

type Obj = { readonly [key: string]: unknown };

function manifestOf(value: unknown, kind: string): Obj | undefined {
  return isObject(value) && value.kind === kind ? value : undefined;
}

function list(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Whether an HTTPRoute attached to `gateway`/`listener` redirects every request to https. */
function hasHttpsRedirect(stack: StackView, gateway: string, listener: string): boolean {
  return stack.ofType('kubernetes_manifest').some((m) => {
    const route = manifestOf(m.attributes.manifest, 'HTTPRoute');
    if (!route || !isObject(route.spec)) return false;
    const attached = list(route.spec.parentRefs).some((p) => p.name === gateway && (p.sectionName === undefined || p.sectionName === listener));
    const rules = list(route.spec.rules);
    const redirects = rules.length > 0 && rules.every((rule) => list(rule.filters).some((f) => f.type === 'RequestRedirect' && isObject(f.requestRedirect) && f.requestRedirect.scheme === 'https'));
    return attached && redirects;
  });
}

/** Gateway API Gateways (kubernetes_manifest) listen with HTTPS/TLS. HTTP listeners only redirect. */
export const gatewayListenerTls: RuleDefinition = {
  name: 'gateway-listener-tls',
  title: 'Gateway API listeners use TLS (HTTP only redirects)',
  explanation: 'HTTPRoutes reach clients through Gateway listeners; an HTTP listener serves them in plain text unless its only route redirects to https.',
  fix: 'Use listeners with protocol HTTPS (tls.certificateRefs) or TLS; for an HTTP listener, attach an HTTPRoute whose rules use a RequestRedirect filter with scheme https.',
  resourceTypes: ['kubernetes_manifest'],
  check: (r, ctx) => {
    const gw = manifestOf(r.attributes.manifest, 'Gateway');
    if (!gw) return notApplicable();
    const name = isObject(gw.metadata) ? gw.metadata.name : undefined;
    const spec = isObject(gw.spec) ? gw.spec : {};
    const plain = list(spec.listeners)
      .filter((l) => l.protocol === 'HTTP' || l.protocol === 'TCP')
      .filter((l) => !(l.protocol === 'HTTP' && hasHttpsRedirect(ctx.stack, String(name), String(l.name))))
      .map((l) => String(l.name));
    return plain.length ? nonCompliant(`listener(s) ${plain.join(', ')} serve plain ${plain.length > 1 ? 'text' : 'HTTP/TCP'} without an https redirect`) : COMPLIANT;
  },
};

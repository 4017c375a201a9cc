import { COMPLIANT, RuleDefinition, nonCompliant } from '../model';
import { block, blocks } from '../private/attrs';

/** Kubernetes Ingresses terminate TLS for their hosts. */
export const k8sIngressTls: RuleDefinition = {
  name: 'k8s-ingress-tls',
  title: 'Ingresses use TLS',
  explanation: 'An Ingress without a tls block serves plain HTTP at the edge of the cluster.',
  fix: 'Add spec.tls { hosts = [...], secret_name = "<certificate secret>" } covering every rule host (e.g. issued by cert-manager).',
  resourceTypes: ['kubernetes_ingress_v1', 'kubernetes_ingress'],
  check: (r) => {
    const spec = block(r.attributes.spec);
    const tls = blocks(spec?.tls);
    if (tls.length === 0) return nonCompliant('no spec.tls: the Ingress serves plain HTTP');
    const covered = new Set(tls.flatMap((t) => (Array.isArray(t.hosts) ? t.hosts : [])));
    const uncovered = blocks(spec?.rule).map((rule) => rule.host).filter((h) => typeof h === 'string' && !covered.has(h));
    return uncovered.length ? nonCompliant(`host(s) ${uncovered.join(', ')} are not covered by spec.tls`) : COMPLIANT;
  },
};

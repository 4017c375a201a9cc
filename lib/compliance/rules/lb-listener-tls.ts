import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isUnresolved } from '../private/attrs';

const REDIRECTS = ['REDIRECT_TO_URL', 'REDIRECT_PREFIX'];

/** Load-balancer listeners terminate TLS. Plain HTTP only to redirect to HTTPS. */
export const lbListenerTls: RuleDefinition = {
  name: 'lb-listener-tls',
  title: 'Load-balancer listeners use TLS (HTTP only redirects)',
  explanation: 'Traffic at the edge must be encrypted in transit. A plain HTTP listener is allowed only if an L7 policy redirects every request to HTTPS.',
  fix: 'Use protocol TERMINATED_HTTPS with default_tls_container_ref (or HTTPS pass-through); keep an HTTP listener only with an openstack_lb_l7policy_v2 action REDIRECT_TO_URL/REDIRECT_PREFIX to https://.',
  resourceTypes: ['openstack_lb_listener_v2'],
  check: (r, ctx) => {
    const protocol = r.attributes.protocol;
    if (isUnresolved(protocol)) return unresolved('protocol');
    if (protocol !== 'HTTP') return protocol === 'TCP' && Number(r.attributes.protocol_port) === 80 ? nonCompliant('TCP listener on port 80 carries plain HTTP') : COMPLIANT;
    const redirects = ctx.stack.referrers(r, 'openstack_lb_l7policy_v2').filter((p) => {
      const target = String(p.attributes.redirect_url ?? p.attributes.redirect_prefix ?? '');
      return REDIRECTS.includes(String(p.attributes.action)) && (target.startsWith('https://') || isUnresolved(target));
    });
    return redirects.length > 0 ? COMPLIANT : nonCompliant('plain HTTP listener without an https redirect L7 policy');
  },
};

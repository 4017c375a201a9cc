import { COMPLIANT, RuleDefinition, nonCompliant } from '../model';

/** Every load-balancer pool has a health monitor. */
export const lbPoolHasMonitor: RuleDefinition = {
  name: 'lb-pool-has-monitor',
  title: 'Load-balancer pools have health monitors',
  explanation: 'Without a health monitor Octavia keeps sending traffic to failed members, so a member failure becomes an outage for part of the traffic.',
  fix: 'Add an openstack_lb_monitor_v2 with pool_id = <pool>.id (e.g. type HTTP with url_path, or TCP).',
  resourceTypes: ['openstack_lb_pool_v2'],
  check: (r, ctx) => (ctx.stack.referrers(r, 'openstack_lb_monitor_v2').length > 0 ? COMPLIANT : nonCompliant('no openstack_lb_monitor_v2 references this pool')),
};

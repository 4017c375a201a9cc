import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { GridRegion, hasExternalGateway, interfacesOf, networksOf, regionsOf } from '../private/grid-zones';

/** Production control networks (zones I/II) have no path to an external network: no gateway router, no floating IP. */
export const gridProductionNoInternet: RuleDefinition = {
  name: 'grid-production-no-internet',
  title: 'Production control networks have no external gateway or floating IP',
  explanation: 'Dedicated network (网络专用): the production control region runs on the dedicated dispatch data network and never reaches the Internet or the public network.',
  fix: 'Remove the external gateway from routers of zone I/II networks and the floating IPs of their ports; publish through zone IV.',
  resourceTypes: ['openstack_networking_router_v2', 'openstack_networking_floatingip_v2', 'openstack_networking_floatingip_associate_v2'],
  check: (r, ctx) => {
    const external = r.type !== 'openstack_networking_router_v2' || hasExternalGateway(r);
    const networks = r.type === 'openstack_networking_router_v2' ? interfacesOf(ctx.stack, r).flatMap((i) => networksOf(ctx.stack, i)) : networksOf(ctx.stack, r);
    const regions = regionsOf(networks);
    if (regions.size === 0) return notApplicable('not attached to a zoned network');
    const production = regions.get(GridRegion.PRODUCTION);
    if (!external || !production) return COMPLIANT;
    const what = r.type === 'openstack_networking_router_v2' ? 'router with an external gateway' : 'floating IP';
    return nonCompliant(`${what} on production control network(s) ${production.join(', ')}`);
  },
};

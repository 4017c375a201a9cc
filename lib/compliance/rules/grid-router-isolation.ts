import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { interfacesOf, networksOf, regionsOf } from '../private/grid-zones';

/** No router joins a production control network (zones I/II) and a management information network (III/IV). */
export const gridRouterIsolation: RuleDefinition = {
  name: 'grid-router-isolation',
  title: 'No router joins the production control and management information regions',
  explanation: 'Horizontal isolation (横向隔离): between the production control region (zones I/II) and the management information region (III/IV) only a certified one-way isolation device may pass data, never a router.',
  fix: 'Give each region its own routers; exchange data across the boundary through the physical forward/reverse isolation device.',
  resourceTypes: ['openstack_networking_router_v2'],
  check: (r, ctx) => {
    const networks = interfacesOf(ctx.stack, r).flatMap((i) => networksOf(ctx.stack, i));
    const regions = regionsOf(networks);
    if (regions.size === 0) return notApplicable('no interface on a zoned network');
    if (regions.size === 1) return COMPLIANT;
    return nonCompliant(`router interfaces join ${[...regions].map(([g, n]) => `${g}: ${n.join(', ')}`).join(' and ')}`);
  },
};

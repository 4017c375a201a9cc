import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { networksOf, regionsOf } from '../private/grid-zones';

/** No instance has NICs in both the production control region (I/II) and the management information region (III/IV). */
export const gridInstanceSingleRegion: RuleDefinition = {
  name: 'grid-instance-single-region',
  title: 'No server bridges the production control and management information regions',
  explanation: 'Horizontal isolation (横向隔离): a dual-homed server is a path around the isolation device between zones I/II and III/IV.',
  fix: 'Attach each server to networks of one region only; move cross-region data through the isolation device.',
  resourceTypes: ['openstack_compute_instance_v2'],
  check: (r, ctx) => {
    const regions = regionsOf(networksOf(ctx.stack, r));
    if (regions.size === 0) return notApplicable('no NIC on a zoned network');
    if (regions.size === 1) return COMPLIANT;
    return nonCompliant(`NICs in ${[...regions].map(([g, n]) => `${g} (${n.join(', ')})`).join(' and ')}`);
  },
};

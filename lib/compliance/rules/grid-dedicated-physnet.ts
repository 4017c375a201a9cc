import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable } from '../model';
import { GridRegion, gridRegionOf } from '../private/grid-zones';
import { physicalNetworks } from './plane-physical-separation';

/** Production control networks (zones I/II) use physical networks no management information network (III/IV) uses. */
export const gridDedicatedPhysnet: RuleDefinition = {
  name: 'grid-dedicated-physnet',
  title: 'Production control networks are on dedicated physical networks',
  explanation: 'Dedicated network (网络专用): the production control region has its own network infrastructure; a VLAN on a fabric shared with the information region is separated only logically.',
  fix: 'Put zone I/II networks on a physical_network (e.g. physnet-prod) that no zone III/IV network uses.',
  resourceTypes: ['openstack_networking_network_v2'],
  check: (r, ctx) => {
    if (gridRegionOf(r) !== GridRegion.PRODUCTION) return notApplicable();
    const mine = physicalNetworks(r);
    if (mine.length === 0) return notApplicable('production network has no literal physical_network');
    const shared = ctx.stack
      .ofType('openstack_networking_network_v2')
      .filter((o) => gridRegionOf(o) === GridRegion.INFORMATION && physicalNetworks(o).some((p) => mine.includes(p)))
      .map((o) => o.address);
    return shared.length ? nonCompliant(`physical network ${mine.join(', ')} is shared with management information network(s) ${shared.join(', ')}`) : COMPLIANT;
  },
};

import { COMPLIANT, RuleDefinition, nonCompliant, notApplicable, unresolved } from '../model';
import { isUnresolved } from '../private/attrs';

/** OpenStack providers and resources use only allow-listed regions (data residency). */
export const regionAllowList: RuleDefinition = {
  name: 'region-allow-list',
  title: 'Resources are in allow-listed regions',
  explanation: 'Data-residency rules require that infrastructure and data stay in approved locations; a region outside the allow-list may be in another jurisdiction.',
  fix: 'Use an allow-listed region, or add the region to the pack option allowedRegions after checking where it is located.',
  check: (r, ctx) => {
    if (!r.type.startsWith('openstack')) return notApplicable();
    const region = r.attributes.region;
    if (region === undefined) return notApplicable();
    const allowed = ctx.params.allowedRegions;
    if (!allowed || allowed.length === 0) return notApplicable('no region allow-list configured (pack option allowedRegions)');
    if (isUnresolved(region)) return unresolved('region');
    return allowed.includes(String(region)) ? COMPLIANT : nonCompliant(`region "${region}" is not in the allow-list (${allowed.join(', ')})`);
  },
};

// Capacity and failure-domain report: per site and zone the demand set against declared
// quotas; per tier the members per failure domain and the survivors after the worst single
// domain fails. Demand and minimums come from demand.ts (the one place to rewire).
import { StackView } from '../compliance/model';
import { addDemand, declaredMinimum, Demand, NO_DEMAND, tierDemand } from './demand';
import { providerKey } from './stacks';
import { DomainSpread, findTiers, Tier } from './tiers';

export interface TierCapacity {
  readonly stack: string;
  readonly tier: string;
  readonly path: string;
  readonly address: string;
  readonly site: string;
  readonly members: number;
  readonly perMember: Demand;
  readonly spreads: readonly DomainSpread[];
  /** The single domain whose loss leaves the fewest members, e.g. "availability zone az1". */
  readonly worstDomain: string;
  readonly survivors: number;
  readonly minimum: number;
  readonly minimumSource: string;
  /** Survivors below the minimum after one failure. */
  readonly flagged: boolean;
}

export interface SiteCapacity {
  readonly stack: string;
  readonly site: string;
  readonly demand: Demand;
  /** Demand per zone or cluster (members placed there). */
  readonly zones: Record<string, Demand>;
  /** Declared quotas (Terraform quota resources of the site's provider), by demand field. */
  readonly quotas: Partial<Record<keyof Demand | 'instances', number>>;
  readonly instances: number;
  /** Demand fields over their quota. */
  readonly overQuota: string[];
}

/** The sum over every site (region) of a stack (digest T9: one capacity view of all regions). */
export interface TotalCapacity {
  readonly demand: Demand;
  readonly instances: number;
  /** Quotas summed over the sites, for fields every site declares a quota for. */
  readonly quotas: Partial<Record<keyof Demand | 'instances', number>>;
}

export interface StackCapacity {
  readonly stack: string;
  readonly sites: SiteCapacity[];
  readonly total: TotalCapacity;
  readonly tiers: TierCapacity[];
}

export interface CapacityReport {
  readonly formatVersion: number;
  readonly generator: string;
  readonly stacks: StackCapacity[];
  readonly flaggedTiers: number;
}

/** A tier's members per failure domain, and the survivors after the worst single domain fails. */
export function tierCapacity(view: StackView, t: Tier): TierCapacity {
  const members = t.memberKeys.length;
  let worstDomain = 'none';
  let loss = 0;
  for (const s of t.spreads) {
    if (s.worstLoss > loss) {
      loss = s.worstLoss;
      const [name] = Object.entries(s.members).sort(([, a], [, b]) => b - a)[0] ?? ['?'];
      worstDomain = `${s.kind} ${name}`;
    }
  }
  const min = declaredMinimum(view, t);
  const survivors = members - loss;
  return {
    stack: t.stack, tier: t.name, path: t.path, address: t.address, site: t.site, members,
    perMember: tierDemand(view, t), spreads: t.spreads, worstDomain, survivors,
    minimum: min.members, minimumSource: min.source, flagged: survivors < min.members,
  };
}

const QUOTA_FIELDS: Array<[string, string, keyof Demand | 'instances', number]> = [
  ['openstack_compute_quotaset_v2', 'cores', 'vcpu', 1],
  ['openstack_compute_quotaset_v2', 'ram', 'ramMiB', 1],
  ['openstack_compute_quotaset_v2', 'instances', 'instances', 1],
  ['openstack_blockstorage_quotaset_v3', 'volumes', 'volumes', 1],
  ['openstack_blockstorage_quotaset_v3', 'gigabytes', 'volumeGiB', 1],
  ['openstack_networking_quota_v2', 'port', 'ports', 1],
  ['openstack_networking_quota_v2', 'floatingip', 'floatingIps', 1],
];

export function stackCapacity(stack: string, view: StackView): StackCapacity {
  const tiers = findTiers(stack, view);
  const caps = tiers.map((t) => tierCapacity(view, t));
  const sites = new Map<string, { demand: Demand; zones: Record<string, Demand>; instances: number; provider: string }>();
  tiers.forEach((t, i) => {
    const s = sites.get(t.site) ?? { demand: NO_DEMAND, zones: {}, instances: 0, provider: providerKey(t.resource) };
    const per = caps[i].perMember;
    s.demand = addDemand(s.demand, per, t.memberKeys.length);
    s.instances += t.resource.type.startsWith('kubernetes_') ? 0 : t.memberKeys.length;
    const zoneSpread = t.spreads.find((x) => x.kind !== 'host');
    const counts = zoneSpread ? zoneSpread.members : { '(cluster)': t.memberKeys.length };
    for (const [zone, n] of Object.entries(counts)) s.zones[zone] = addDemand(s.zones[zone] ?? NO_DEMAND, per, n);
    sites.set(t.site, s);
  });
  const siteCaps: SiteCapacity[] = [...sites.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([site, s]) => {
    const quotas: Partial<Record<keyof Demand | 'instances', number>> = {};
    for (const [type, attr, field] of QUOTA_FIELDS) {
      for (const q of view.ofType(type)) {
        if (providerKey(q) !== s.provider || typeof q.attributes[attr] !== 'number') continue;
        quotas[field] = (quotas[field] ?? 0) + (q.attributes[attr] as number);
      }
    }
    const have: Record<string, number> = { ...s.demand, instances: s.instances };
    const overQuota = Object.entries(quotas).filter(([f, q]) => q !== undefined && have[f] > q).map(([f]) => f);
    return { stack, site, demand: s.demand, zones: s.zones, quotas, instances: s.instances, overQuota };
  });
  return { stack, sites: siteCaps, total: totalOf(siteCaps), tiers: caps };
}

function totalOf(sites: SiteCapacity[]): TotalCapacity {
  const quotas: Partial<Record<keyof Demand | 'instances', number>> = {};
  const fields = new Set(sites.flatMap((s) => Object.keys(s.quotas) as Array<keyof Demand | 'instances'>));
  for (const f of fields) {
    if (sites.every((s) => s.quotas[f] !== undefined)) quotas[f] = sites.reduce((n, s) => n + s.quotas[f]!, 0);
  }
  return {
    demand: sites.reduce((d, s) => addDemand(d, s.demand), NO_DEMAND),
    instances: sites.reduce((n, s) => n + s.instances, 0),
    quotas,
  };
}

export function capacityReport(stacks: StackCapacity[]): CapacityReport {
  return {
    formatVersion: 1,
    generator: 'oscar-blueprints review',
    stacks,
    flaggedTiers: stacks.reduce((n, s) => n + s.tiers.filter((t) => t.flagged).length, 0),
  };
}

const gib = (mib: number) => `${Math.round((mib / 1024) * 10) / 10}`;

export function capacityMarkdown(report: CapacityReport): string {
  const out = ['# Capacity and failure domains', '', `Tiers below their minimum after the worst single failure: **${report.flaggedTiers}**.`, ''];
  for (const s of report.stacks) {
    out.push(`## ${s.stack}`, '');
    if (s.tiers.length === 0) { out.push('No tiers.', ''); continue; }
    out.push('| tier | site | members | spread | worst single failure | survivors | minimum | |', '|---|---|---|---|---|---|---|---|');
    for (const t of s.tiers) {
      const spread = t.spreads.filter((x) => x.kind !== 'host').map((x) => Object.entries(x.members).map(([k, v]) => `${k}:${v}`).join(' ')).join('; ') || '-';
      out.push(`| ${t.tier} | ${t.site} | ${t.members} | ${spread} | ${t.worstDomain} | ${t.survivors} | ${t.minimum} (${t.minimumSource}) | ${t.flagged ? '**FLAGGED**' : 'ok'} |`);
    }
    out.push('', '| site | vCPU | RAM GiB | disk GiB | ports | floating IPs | volumes | over quota |', '|---|---|---|---|---|---|---|---|');
    const rows = s.sites.length > 1 ? [...s.sites, { ...s.total, site: '**all sites**', overQuota: [] }] : s.sites;
    for (const site of rows) {
      const q = (f: keyof Demand | 'instances', v: number) => (site.quotas[f] !== undefined ? `${v} / ${f === 'ramMiB' ? gib(site.quotas[f]!) : site.quotas[f]}` : `${v}`);
      const d = site.demand;
      out.push(`| ${site.site} | ${q('vcpu', d.vcpu)} | ${q('ramMiB', Number(gib(d.ramMiB)))} | ${d.diskGiB} | ${q('ports', d.ports)} | ${q('floatingIps', d.floatingIps)} | ${q('volumes', d.volumes)} | ${site.overQuota.join(', ') || '-'} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

// Tiers (groups of like members: a for_each/count VM resource, or a Kubernetes workload) and
// the failure domains their members sit in, read from the synthesized JSON only.
import { SynthResource, StackView } from '../compliance/model';
import { blk, k8sName, memberKeys, memberValue, ownerPath, providerKey, references, str } from './stacks';

export type DomainKind = 'availability zone' | 'vSphere cluster' | 'host';

/** How a tier's members spread over one kind of failure domain. */
export interface DomainSpread {
  readonly kind: DomainKind;
  /** Members per domain. For hosts, only known when anti-affinity pins one member per host. */
  readonly members: Record<string, number>;
  /** Members lost when the worst single domain of this kind fails. */
  readonly worstLoss: number;
  /** How the spread is known, e.g. "hard anti-affinity (server group app)". */
  readonly basis: string;
}

export interface Tier {
  readonly stack: string;
  /** Construct path of the tier (the owner of its VM or workload resource). */
  readonly path: string;
  readonly name: string;
  /** Site: the provider configuration (alias) and its region or datacenter. */
  readonly site: string;
  readonly address: string;
  readonly resource: SynthResource;
  readonly memberKeys: readonly string[];
  readonly spreads: readonly DomainSpread[];
  /** Anti-affinity or DRS rule summary for the diagram, e.g. "anti-affinity (hard)". */
  readonly placement: string;
}

const VM_TYPES = ['openstack_compute_instance_v2', 'vsphere_virtual_machine'];

function dataName(view: StackView, address: string): string | undefined {
  return str(view.byAddress(address)?.attributes.name);
}

/** `openstack.dc2` → `dc2 (RegionTwo)`. `vsphere` → `vsphere (datacenter dc1)`. */
export function siteLabel(view: StackView, r: SynthResource): string {
  const key = providerKey(r);
  const [type, alias] = key.split('.');
  const blocks = (view.json.provider as Record<string, Array<Record<string, unknown>>> | undefined)?.[type] ?? [];
  const block = blocks.find((b) => (alias ? b.alias === alias : !b.alias)) ?? (blocks.length === 1 ? blocks[0] : undefined);
  const region = str(block?.region);
  if (region) return `${alias ?? type} (${region})`;
  if (type === 'vsphere') {
    const dc = view.ofType('vsphere_datacenter').find((d) => d.mode === 'data');
    if (dc) return `${alias ?? type} (datacenter ${str(dc.attributes.name)})`;
  }
  return alias ?? type;
}

function countBy(keys: readonly string[], domainOf: (k: string) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[domainOf(k)] = (out[domainOf(k)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const worst = (m: Record<string, number>) => Math.max(0, ...Object.values(m));

function openstackSpreads(view: StackView, r: SynthResource, keys: string[]): { spreads: DomainSpread[]; placement: string } {
  const az = str(r.attributes.availability_zone);
  const zoneOf = (k: string) => {
    if (az && !az.includes('${')) return az;
    // `${each.value.<field>}`: read that field of the member, whatever its name.
    const field = az && /^\$\{each\.value\.([A-Za-z0-9_]+)\}$/.exec(az)?.[1];
    const v = str(memberValue(r, k)[field || 'zone']) ?? str(memberValue(r, k).availability_zone);
    return v ?? '(scheduler picks)';
  };
  const spreads: DomainSpread[] = [];
  const zones = countBy(keys, zoneOf);
  spreads.push({ kind: 'availability zone', members: zones, worstLoss: worst(zones), basis: az ? 'availability_zone' : 'scheduler (no zone set)' });
  const groups = [...references(r.attributes.scheduler_hints)].map((a) => view.byAddress(a)).filter((g) => g?.type === 'openstack_compute_servergroup_v2');
  const policies = groups.flatMap((g) => (g!.attributes.policies as string[] | undefined) ?? []);
  const hard = policies.includes('anti-affinity');
  const soft = policies.includes('soft-anti-affinity');
  if (hard) {
    spreads.push({ kind: 'host', members: Object.fromEntries(keys.map((k) => [`host of ${k}`, 1])), worstLoss: Math.min(1, keys.length), basis: `hard anti-affinity (server group ${str(groups[0]!.attributes.name)})` });
  } else {
    spreads.push({ kind: 'host', members: { 'any one host': keys.length }, worstLoss: keys.length, basis: soft ? 'soft anti-affinity only: members may share a host' : 'no anti-affinity: members may share a host' });
  }
  return { spreads, placement: hard ? 'anti-affinity (hard)' : soft ? 'anti-affinity (soft)' : 'no anti-affinity' };
}

function vsphereSpreads(view: StackView, r: SynthResource, keys: string[]): { spreads: DomainSpread[]; placement: string } {
  const clusterOf = (k: string) => {
    const ref = [...references(memberValue(r, k).resource_pool_id ?? r.attributes.resource_pool_id)][0];
    return (ref && dataName(view, ref)) ?? ref ?? '(unknown cluster)';
  };
  const clusters = countBy(keys, clusterOf);
  const spreads: DomainSpread[] = [{ kind: 'vSphere cluster', members: clusters, worstLoss: worst(clusters), basis: 'resource_pool_id' }];
  // Members named in a mandatory DRS anti-affinity rule run on distinct hosts.
  const pinned = new Set<string>();
  const rules = view.ofType('vsphere_compute_cluster_vm_anti_affinity_rule').filter((x) => references(x.attributes.virtual_machine_ids).has(r.address));
  for (const rule of rules) {
    if (rule.attributes.mandatory === false) continue;
    const ids = str(rule.attributes.virtual_machine_ids) ?? '';
    const listed = /contains\(\[([^\]]*)\]/.exec(ids);
    const members = listed ? [...listed[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]) : keys;
    members.forEach((m) => pinned.add(m));
  }
  // A host belongs to one cluster: the worst host holds every unpinned member of its cluster
  // plus at most one pinned member.
  const loose = keys.filter((k) => !pinned.has(k));
  let hostWorst = 0;
  for (const c of Object.keys(clusters)) {
    const inC = keys.filter((k) => clusterOf(k) === c);
    const free = inC.filter((k) => !pinned.has(k)).length;
    hostWorst = Math.max(hostWorst, free + (inC.length > free ? 1 : 0), Math.min(1, inC.length));
  }
  spreads.push({
    kind: 'host',
    members: loose.length ? { 'any one host': hostWorst } : Object.fromEntries(keys.map((k) => [`host of ${k}`, 1])),
    worstLoss: hostWorst,
    basis: rules.length ? `DRS anti-affinity (${rules.length} mandatory rule${rules.length > 1 ? 's' : ''})` : 'no DRS anti-affinity rule: members may share a host',
  });
  return { spreads, placement: rules.length ? `DRS anti-affinity (${rules.length} rule${rules.length > 1 ? 's' : ''})` : 'no DRS rule' };
}

/** Replicas of a workload. An HPA that targets it raises them to its minReplicas. */
function k8sReplicas(view: StackView, r: SynthResource): number {
  const spec = blk(r.attributes.spec);
  let n = Number(spec?.replicas ?? 1) || 1;
  const { name } = k8sName(view, r);
  for (const hpa of view.ofType('kubernetes_horizontal_pod_autoscaler_v2')) {
    const hs = blk(hpa.attributes.spec);
    if (str(blk(hs?.scale_target_ref)?.name) === name) n = Math.max(n, Number(hs?.min_replicas ?? 1) || 1);
  }
  return n;
}

/** Every tier of a stack: VM groups (OpenStack, vSphere) and Kubernetes Deployments/StatefulSets. */
/** The tier of one VM resource (an `openstack_compute_instance_v2` or `vsphere_virtual_machine`). */
export function vmTier(stack: string, view: StackView, r: SynthResource): Tier {
  const keys = memberKeys(r);
  const { spreads, placement } = r.type === 'vsphere_virtual_machine' ? vsphereSpreads(view, r, keys) : openstackSpreads(view, r, keys);
  const path = ownerPath(r);
  return { stack, path, name: path.split('/').slice(1).join('/') || r.name, site: siteLabel(view, r), address: r.address, resource: r, memberKeys: keys, spreads, placement };
}

export function findTiers(stack: string, view: StackView): Tier[] {
  const tiers: Tier[] = [];
  for (const type of VM_TYPES) {
    for (const r of view.ofType(type)) {
      if (r.mode === 'resource') tiers.push(vmTier(stack, view, r));
    }
  }
  for (const type of ['kubernetes_deployment_v1', 'kubernetes_stateful_set_v1']) {
    for (const r of view.ofType(type)) {
      const n = k8sReplicas(view, r);
      const keys = Array.from({ length: n }, (_, i) => `replica-${i + 1}`);
      const id = k8sName(view, r);
      const name = `${id.namespace ?? 'default'}/${id.name}`;
      // Pods have no declared zone or node here: the scheduler spreads them; a node loss can
      // take all replicas unless topology spread or anti-affinity says otherwise.
      const spreads: DomainSpread[] = [{ kind: 'host', members: { 'any one node': n }, worstLoss: hasPodAntiAffinity(r) ? Math.min(1, n) : n, basis: hasPodAntiAffinity(r) ? 'pod anti-affinity / topology spread' : 'scheduler (no pod anti-affinity)' }];
      tiers.push({ stack, path: ownerPath(r), name, site: siteLabel(view, r), address: r.address, resource: r, memberKeys: keys, spreads, placement: hasPodAntiAffinity(r) ? 'pod anti-affinity' : 'scheduler' });
    }
  }
  return tiers.sort((a, b) => a.path.localeCompare(b.path) || a.address.localeCompare(b.address));
}

function hasPodAntiAffinity(r: SynthResource): boolean {
  const s = JSON.stringify(r.attributes.spec ?? {});
  return s.includes('pod_anti_affinity') || s.includes('topology_spread_constraint');
}

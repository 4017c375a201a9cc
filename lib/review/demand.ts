// THE REWIRE POINT. Per-member demand and the declared minimum of a tier.
//
// The site-driver refactor gives every InstanceGroup one demand calculation (vCPU, RAM, disk,
// ports, floating IPs, volumes) and its declared capacity. Until it lands, this file derives the
// same figures from the synthesized JSON. To rewire, replace `tierDemand` (and `declaredMinimum`)
// with calls into that calculation; nothing else in lib/review reads sizes or minimums.
import { StackView } from '../compliance/model';
import { resourceLabels } from '../compliance/private/attrs';
import { LabelKeys } from '../core/labels';
import { blk, k8sName, ownerPath, references } from './stacks';
import { Tier } from './tiers';

export interface Demand {
  readonly vcpu: number;
  readonly ramMiB: number;
  readonly diskGiB: number;
  readonly ports: number;
  readonly floatingIps: number;
  readonly volumes: number;
  readonly volumeGiB: number;
}

export const NO_DEMAND: Demand = { vcpu: 0, ramMiB: 0, diskGiB: 0, ports: 0, floatingIps: 0, volumes: 0, volumeGiB: 0 };

export function addDemand(a: Demand, b: Demand, times = 1): Demand {
  return {
    vcpu: a.vcpu + b.vcpu * times,
    ramMiB: a.ramMiB + b.ramMiB * times,
    diskGiB: a.diskGiB + b.diskGiB * times,
    ports: a.ports + b.ports * times,
    floatingIps: a.floatingIps + b.floatingIps * times,
    volumes: a.volumes + b.volumes * times,
    volumeGiB: a.volumeGiB + b.volumeGiB * times,
  };
}

const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : 0);

/** Cores from a Kubernetes quantity ("500m", "2"). MiB from "512Mi", "2Gi". */
function cpuQ(q: unknown): number {
  const s = String(q ?? '');
  return s.endsWith('m') ? Number(s.slice(0, -1)) / 1000 : Number(s) || 0;
}
function memQ(q: unknown): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti)?$/.exec(String(q ?? ''));
  if (!m) return 0;
  const f: Record<string, number> = { Ki: 1 / 1024, Mi: 1, Gi: 1024, Ti: 1024 * 1024 };
  return Number(m[1]) * (m[2] ? f[m[2]] : 1 / (1024 * 1024));
}

/** Demand of ONE member of the tier. */
export function tierDemand(view: StackView, tier: Tier): Demand {
  const r = tier.resource;
  const owned = view.resources.filter((x) => x.mode === 'resource' && ownerPath(x) === tier.path);
  const perMember = (type: string) => owned.filter((x) => x.type === type).length;
  const volumes = owned.filter((x) => x.type === 'openstack_blockstorage_volume_v3' || x.type === 'vsphere_virtual_disk');
  const volumeGiB = volumes.reduce((s, v) => s + num(v.attributes.size), 0);
  if (r.type === 'openstack_compute_instance_v2') {
    const flavor = [...references(r.attributes.flavor_id)].map((a) => view.byAddress(a)).find((f) => f?.type === 'openstack_compute_flavor_v2');
    const networks = (r.attributes.network as unknown[] | undefined)?.length ?? 0;
    return {
      vcpu: num(flavor?.attributes.vcpus),
      ramMiB: num(flavor?.attributes.ram),
      diskGiB: num(flavor?.attributes.disk),
      ports: Math.max(perMember('openstack_networking_port_v2'), networks),
      floatingIps: perMember('openstack_networking_floatingip_v2'),
      volumes: volumes.length,
      volumeGiB,
    };
  }
  if (r.type === 'vsphere_virtual_machine') {
    const disks = (r.attributes.disk as Array<Record<string, unknown>> | undefined) ?? [];
    return {
      vcpu: num(r.attributes.num_cpus),
      ramMiB: num(r.attributes.memory),
      diskGiB: disks.reduce((s, d) => s + num(d.size), 0),
      ports: (r.attributes.network_interface as unknown[] | undefined)?.length ?? 0,
      floatingIps: 0,
      volumes: volumes.length,
      volumeGiB,
    };
  }
  // Kubernetes workload: the sum of container requests of one replica.
  const containers = JSON.stringify(r.attributes.spec ?? {}).match(/"requests":\{[^}]*\}/g) ?? [];
  let vcpu = 0;
  let ram = 0;
  for (const c of containers) {
    const req = JSON.parse(c.slice('"requests":'.length)) as Record<string, unknown>;
    vcpu += cpuQ(req.cpu);
    ram += memQ(req.memory);
  }
  return { ...NO_DEMAND, vcpu, ramMiB: Math.round(ram) };
}

export interface Minimum {
  readonly members: number;
  /** Where the figure comes from: a declaration, or the N+1 assumption. */
  readonly source: string;
}

/**
 * The least members the tier must keep: the `oscar.io/min-members` label an InstanceGroup
 * writes from `minimumMembers`; for a Kubernetes workload a PodDisruptionBudget's
 * minAvailable / maxUnavailable when one targets it; else N+1 (members - 1).
 */
export function declaredMinimum(view: StackView, tier: Tier): Minimum {
  const n = tier.memberKeys.length;
  const declared = resourceLabels(tier.resource)[LabelKeys.MIN_MEMBERS];
  if (declared !== undefined && /^\d+$/.test(declared)) return { members: Number(declared), source: `declared (${LabelKeys.MIN_MEMBERS})` };
  if (tier.resource.type.startsWith('kubernetes_')) {
    const { name } = k8sName(view, tier.resource);
    for (const pdb of view.ofType('kubernetes_pod_disruption_budget_v1')) {
      const spec = blk(pdb.attributes.spec);
      const selector = JSON.stringify(spec?.selector ?? {});
      if (!selector.includes(`"${name}"`)) continue;
      const pdbName = k8sName(view, pdb).name;
      if (/^\d+$/.test(String(spec?.min_available ?? ''))) return { members: Number(spec!.min_available), source: `PodDisruptionBudget ${pdbName} minAvailable` };
      if (/^\d+$/.test(String(spec?.max_unavailable ?? ''))) return { members: Math.max(1, n - Number(spec!.max_unavailable)), source: `PodDisruptionBudget ${pdbName} maxUnavailable` };
    }
  }
  return { members: Math.max(1, n - 1), source: n > 1 ? 'assumed N+1 (members - 1)' : 'single member' };
}

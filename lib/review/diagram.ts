// Architecture diagram of one synthesized stack as Graphviz DOT. Nodes are the constructs that
// own resources (an L2 building block: a tier, a network, a security group, a load balancer, a
// workload), found from the construct paths in the `//` metadata; edges are the references
// between them. One cluster per site (provider configuration), one per Kubernetes namespace.
import { SynthResource, StackView } from '../compliance/model';
import { blk, k8sName, memberKeys, ownerPath, references, str } from './stacks';
import { findTiers, siteLabel, Tier } from './tiers';

type Kind = 'tier' | 'network' | 'secgroup' | 'lb' | 'firewall' | 'workload' | 'service' | 'hpa' | 'route' | 'other';

interface Node {
  readonly id: string;
  readonly path: string;
  readonly kind: Kind;
  readonly resources: SynthResource[];
  site: string;
  namespace?: string;
  label: string;
}

const STYLE: Record<Kind, string> = {
  tier: 'shape=box3d, style=filled, fillcolor="#dbeafe"',
  network: 'shape=box, style="rounded,filled", fillcolor="#dcfce7"',
  secgroup: 'shape=octagon, style=filled, fillcolor="#fee2e2"',
  firewall: 'shape=doubleoctagon, style=filled, fillcolor="#fecaca"',
  lb: 'shape=hexagon, style=filled, fillcolor="#fef9c3"',
  workload: 'shape=component, style=filled, fillcolor="#e0e7ff"',
  service: 'shape=ellipse, style=filled, fillcolor="#f3e8ff"',
  hpa: 'shape=note, style=filled, fillcolor="#fae8ff"',
  route: 'shape=cds, style=filled, fillcolor="#ffedd5"',
  other: 'shape=box, style=dashed',
};

function kindOf(rs: SynthResource[]): Kind {
  const has = (re: RegExp) => rs.some((r) => re.test(r.type));
  if (has(/^openstack_compute_instance_v2$|^vsphere_virtual_machine$/)) return 'tier';
  if (has(/^kubernetes_(deployment|stateful_set|cron_job|job)_v1$/)) return 'workload';
  if (has(/^openstack_lb_loadbalancer_v2$/)) return 'lb';
  if (has(/^openstack_fw_/)) return 'firewall';
  if (has(/^openstack_networking_(network|subnet)_v2$|^vsphere_distributed_port_group$/)) return 'network';
  if (has(/^openstack_networking_secgroup/)) return 'secgroup';
  if (has(/^kubernetes_horizontal_pod_autoscaler/)) return 'hpa';
  if (rs.some((r) => r.type === 'kubernetes_manifest' && /Route|Gateway/.test(JSON.stringify(r.attributes.manifest ?? {})))) return 'route';
  if (has(/^kubernetes_service_v1$/)) return 'service';
  return 'other';
}

const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
// A construct id alone ("network", "policy") says little: prefix its parent's.
const GENERIC = new Set(['network', 'networks', 'policy', 'firewall', 'secgroup', 'security-group', 'load-balancer', 'lb', 'zone', 'group', 'vms', 'instances']);
const last = (p: string) => {
  const parts = p.split('/');
  const leaf = parts[parts.length - 1];
  return GENERIC.has(leaf) && parts.length > 2 ? `${parts[parts.length - 2]}/${leaf}` : leaf;
};

function networkLabel(n: Node): string {
  const lines = [last(n.path)];
  for (const r of n.resources) {
    const segs = blk(r.attributes.segments);
    if (segs?.segmentation_id !== undefined) lines.push(`VLAN ${segs.segmentation_id}${segs.physical_network ? ` @ ${segs.physical_network}` : ''}`);
    if (r.type === 'vsphere_distributed_port_group' && r.attributes.vlan_id !== undefined) lines.push(`VLAN ${r.attributes.vlan_id}`);
    if (r.type === 'openstack_networking_subnet_v2' && str(r.attributes.cidr)) lines.push(String(r.attributes.cidr));
  }
  return lines.join('\\n');
}

function tierLabel(t: Tier | undefined, n: Node, view: StackView): string {
  if (!t) return last(n.path);
  const r = t.resource;
  let size = '';
  if (r.type === 'openstack_compute_instance_v2') {
    const f = [...references(r.attributes.flavor_id)].map((a) => view.byAddress(a)).find((x) => x?.type === 'openstack_compute_flavor_v2');
    size = f ? `${f.attributes.vcpus} vCPU / ${Math.round(Number(f.attributes.ram) / 1024)} GiB` : str(r.attributes.flavor_name) ?? '';
  } else {
    size = `${r.attributes.num_cpus ?? '?'} vCPU / ${Math.round(Number(r.attributes.memory ?? 0) / 1024)} GiB`;
  }
  const spread = t.spreads.find((s) => s.kind !== 'host');
  const zones = spread ? Object.entries(spread.members).map(([z, c]) => `${z}:${c}`).join(' ') : '';
  // Large tiers are one node with a count, whatever their size.
  return [`${last(n.path)} ×${t.memberKeys.length}`, size, zones, t.placement].filter(Boolean).join('\\n');
}

function k8sLabel(view: StackView, n: Node): string {
  const r = n.resources.find((x) => /deployment|stateful_set|cron_job|job_v1|horizontal|service_v1|manifest/.test(x.type)) ?? n.resources[0];
  const name = k8sName(view, r).name;
  const spec = blk(r.attributes.spec);
  if (n.kind === 'workload') {
    // A workload's HPA, service and disruption budget usually share its construct: one node.
    const lines = [name, `${r.type.replace(/^kubernetes_|_v1$/g, '')}${spec?.replicas !== undefined ? ` ×${spec.replicas}` : ''}`];
    for (const x of n.resources) {
      const xs = blk(x.attributes.spec);
      if (x.type === 'kubernetes_horizontal_pod_autoscaler_v2') lines.push(`HPA ${xs?.min_replicas ?? '?'}..${xs?.max_replicas ?? '?'}`);
      if (x.type === 'kubernetes_service_v1') lines.push(`svc ${k8sName(view, x).name}`);
      if (x.type === 'kubernetes_pod_disruption_budget_v1') lines.push('PDB');
    }
    return lines.join('\\n');
  }
  if (n.kind === 'hpa') return `HPA ${name}\\n${spec?.min_replicas ?? '?'}..${spec?.max_replicas ?? '?'} replicas`;
  if (n.kind === 'route') return `${str(blk(r.attributes.manifest)?.kind) ?? 'route'} ${name}`;
  return `svc ${name}`;
}

/** The DOT source of a stack's diagram (deterministic: sorted, no timestamps). */
export function stackDot(stack: string, view: StackView): string {
  const groups = new Map<string, SynthResource[]>();
  for (const r of view.resources) {
    if (r.mode !== 'resource') continue;
    const p = ownerPath(r);
    groups.set(p, [...(groups.get(p) ?? []), r]);
  }
  const tiers = new Map(findTiers(stack, view).map((t) => [t.path, t]));
  const nodes: Node[] = [];
  const byAddress = new Map<string, Node>();
  const byPath = new Map<string, Node>();
  const others: Array<[string, SynthResource[]]> = [];
  [...groups.keys()].sort().forEach((p, i) => {
    const rs = groups.get(p)!;
    const kind = kindOf(rs);
    if (kind === 'other') { others.push([p, rs]); return; }
    const main = rs.find((r) => r.attributes.provider !== undefined) ?? rs[0];
    const namespace = rs.map((r) => (r.type.startsWith('kubernetes_') ? k8sName(view, r).namespace : undefined)).find(Boolean);
    const n: Node = { id: `n${i}`, path: p, kind, resources: [...rs], site: siteLabel(view, main), namespace, label: '' };
    nodes.push(n);
    byPath.set(p, n);
  });
  // Sub-constructs (a listener with its pool and members under a load balancer) join the
  // nearest drawn ancestor, so their references become that node's edges.
  for (const [p, rs] of others) {
    let up = p;
    while (up.includes('/') && !byPath.has(up)) up = up.slice(0, up.lastIndexOf('/'));
    byPath.get(up)?.resources.push(...rs);
  }
  for (const n of nodes) n.resources.forEach((r) => byAddress.set(r.address, n));
  for (const n of nodes) {
    // Resources without an explicit provider sit with what they reference (same region).
    if (n.resources.some((r) => r.attributes.provider !== undefined)) continue;
    const ref = [...references(n.resources.map((r) => r.attributes))].map((a) => byAddress.get(a)).find((t) => t && t !== n && t.resources.some((r) => r.attributes.provider !== undefined));
    if (ref) n.site = ref.site;
  }
  for (const n of nodes) {
    const rs = n.resources;
    n.label = n.kind === 'tier' ? tierLabel(tiers.get(n.path), n, view)
      : n.kind === 'network' ? networkLabel(n)
        : ['workload', 'hpa', 'route', 'service'].includes(n.kind) ? k8sLabel(view, n)
          : n.kind === 'lb' ? [last(n.path), ...rs.filter((r) => r.type === 'openstack_lb_listener_v2').map((r) => `${r.attributes.protocol} ${r.attributes.protocol_port}`)].join('\\n')
            : `${last(n.path)}\\n${rs.filter((r) => /rule_v2$/.test(r.type)).length} rules`;
  }
  // Routed networks: a router interface (owned by any construct) references their subnet.
  const routed = new Set<Node>();
  for (const ri of view.ofType('openstack_networking_router_interface_v2')) {
    for (const a of references(ri.attributes)) { const t = byAddress.get(a); if (t?.kind === 'network') routed.add(t); }
  }
  const edges = new Set<string>();
  for (const n of nodes) {
    for (const r of n.resources) {
      for (const a of references(r.attributes)) {
        const t = byAddress.get(a);
        if (!t || t === n || t.kind === 'other') continue;
        // Security-group rules point at their own group and at remote groups: draw group->group.
        edges.add(`${n.id} -> ${t.id}${n.kind === 'secgroup' && t.kind === 'secgroup' ? ' [color="#dc2626", label="allows"]' : t.kind === 'network' ? ' [color="#16a34a", arrowhead=none]' : ''}`);
      }
    }
  }
  const out = [`digraph "${esc(stack)}" {`, '  graph [rankdir=LR, fontname="DejaVu Sans", fontsize=11, compound=true, label="' + esc(stack) + '", labelloc=t];', '  node [fontname="DejaVu Sans", fontsize=10];', '  edge [fontname="DejaVu Sans", fontsize=9, color="#64748b"];'];
  const sites = [...new Set(nodes.map((n) => n.site))].sort();
  sites.forEach((site, si) => {
    out.push(`  subgraph cluster_site${si} {`, `    label="site ${esc(site)}"; style=rounded; color="#475569";`);
    const inSite = nodes.filter((n) => n.site === site);
    const namespaces = [...new Set(inSite.map((n) => n.namespace ?? ''))].sort();
    namespaces.forEach((ns, ni) => {
      const indent = ns ? '      ' : '    ';
      if (ns) out.push(`    subgraph cluster_site${si}_ns${ni} {`, `      label="namespace ${esc(ns)}"; style=dashed; color="#7c3aed";`);
      for (const n of inSite.filter((x) => (x.namespace ?? '') === ns)) {
        const label = n.kind === 'network' ? `${n.label}\\n${routed.has(n) ? 'routed' : 'not routed'}` : n.label;
        out.push(`${indent}${n.id} [label="${esc(label).replace(/\\\\n/g, '\\n')}", ${STYLE[n.kind]}, tooltip="${esc(n.path)}"];`);
      }
      if (ns) out.push('    }');
    });
    out.push('  }');
  });
  out.push(...[...edges].sort().map((e) => `  ${e};`), '}', '');
  return out.join('\n');
}

/** Number of diagram nodes per kind (used by tests and the review page's summary). */
export function countMembers(view: StackView): number {
  return view.resources.filter((r) => r.type === 'openstack_compute_instance_v2' || r.type === 'vsphere_virtual_machine').reduce((n, r) => n + memberKeys(r).length, 0);
}

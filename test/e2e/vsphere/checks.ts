// Live checks of the vSphere examples through the simulator's vSphere API (govc,
// built by setup.sh from the same govmomi as vcsim), leftovers after destroy, and
// the simulator's own evidence for failure messages.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Names } from '../../../lib/core/names';

/** Same shape as the harness's E2eEnv (test/e2e/harness.ts). */
export interface E2eEnv {
  stateDir: string;
  env: Record<string, string>;
  providers: Record<string, Record<string, unknown>>;
  context: Record<string, unknown>;
}

type Ref = { type: string; value: string };
type Obj = { ref: Ref; props: Record<string, any> };

const run = promisify(execFile);

/** `govc object.collect -json -type T PATH props...`: every object of a type under PATH. */
async function collect(env: E2eEnv, path: string, type: string, props: string[]): Promise<Obj[]> {
  const govc = env.env.GOVC_BIN;
  if (!govc) throw new Error('GOVC_BIN is not set in env.json: run test/e2e/vsphere/setup.sh and start.sh');
  const args = ['object.collect', '-json', '-type', type, path, ...props];
  const options = { env: { ...process.env, ...env.env, GOVMOMI_HOME: join(env.stateDir, 'govmomi') }, maxBuffer: 64 << 20 };
  let stdout = '';
  // A read-only call, so a dropped connection is retried (twice): under a full CI load
  // vcsim once closed one mid-request and govc said only "EOF". Any other error fails.
  for (let attempt = 1; ; attempt++) {
    const outcome = await run(govc, args, options).then((r) => r.stdout, (e) => e);
    if (typeof outcome === 'string') {
      stdout = outcome;
      break;
    }
    const message = `${outcome.stderr || outcome.message}`.trim();
    if (attempt < 3 && /(: EOF|connection reset by peer|broken pipe)$/.test(message)) {
      console.warn(`govc object.collect ${type} ${path}: transport error (${message}), retry ${attempt}`);
      await new Promise((ok) => setTimeout(ok, 1000 * attempt));
      continue;
    }
    throw new Error(`govc object.collect ${type} ${path} failed: ${message}`);
  }
  if (!stdout.trim()) return [];
  // govc prints one pretty-printed object per update, back to back.
  const updates = JSON.parse(`[${stdout.trim().replace(/\n}\n{/g, '\n},\n{')}]`) as any[];
  return updates.map((u) => ({
    ref: u.obj,
    props: Object.fromEntries((u.changeSet ?? []).map((c: any) => [c.name, unwrap(c.val)])),
  }));
}

/** govc wraps arrays as {_value: [...]}; unwrap them at any depth. */
function unwrap(v: any): any {
  if (Array.isArray(v)) return v.map(unwrap);
  if (v && typeof v === 'object') {
    if ('_value' in v && Object.keys(v).filter((k) => k !== '_typeName').length === 1) return unwrap(v._value ?? []);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unwrap(x)]));
  }
  return v;
}

const key = (r: Ref) => `${r.type}:${r.value}`;

/** Everything the checks need about one datacenter, in a few API calls. */
async function inventory(env: E2eEnv, dc: string) {
  const [vms, hosts, clusters, pgs, pools, folders] = await Promise.all([
    collect(env, `/${dc}/vm`, 'm', ['name', 'config.template', 'config.hardware', 'runtime.host', 'parent', 'resourcePool']),
    collect(env, `/${dc}/host`, 'h', ['name', 'parent']),
    collect(env, `/${dc}/host`, 'c', ['name', 'configurationEx']),
    collect(env, `/${dc}/network`, 'g', ['name', 'config']),
    collect(env, `/${dc}/host`, 'p', ['name', 'parent', 'owner', 'config']),
    collect(env, `/${dc}/vm`, 'f', ['name', 'parent']),
  ]);
  const byRef = new Map([...vms, ...hosts, ...clusters, ...pgs, ...pools, ...folders].map((o) => [key(o.ref), o]));
  const name = (r?: Ref) => (r ? byRef.get(key(r))?.props.name : undefined);
  const clusterOf = (vm: Obj) => name(byRef.get(key(vm.props['runtime.host']))?.props.parent);
  const folderPath = (r: Ref): string => {
    const f = byRef.get(key(r));
    if (!f || f.ref.type !== 'Folder') return ''; // the datacenter's vm folder itself
    return `${folderPath(f.props.parent)}/${f.props.name}`.replace(/^\//, '');
  };
  const pgByKey = new Map(pgs.map((p) => [p.props.config?.key, p]));
  return { vms: vms.filter((v) => !v.props['config.template']), pgs, pools, clusters, folders, name, clusterOf, folderPath, pgByKey };
}
type Inventory = Awaited<ReturnType<typeof inventory>>;

interface VmSpec { cluster: string; cpus: number; memoryMiB: number; nics: string[]; folder?: string; mac?: string; multiWriter?: number }
interface StackSpec {
  dc: string;
  vms: Record<string, VmSpec>;
  portGroups: Record<string, number>; // name -> VLAN
  rules: { name: string; cluster: string; members: string[] }[];
  pools?: { name: string; cluster: string; memoryLimitMiB: number }[];
}

const vlanOf = (pg: Obj) => pg.props.config?.defaultPortConfig?.vlan?.vlanId;

function checkStack(inv: Inventory, spec: StackSpec): string[] {
  const errors: string[] = [];
  const vmByName = new Map(inv.vms.map((v) => [v.props.name, v]));
  for (const [pgName, vlan] of Object.entries(spec.portGroups)) {
    const pg = inv.pgs.find((p) => p.props.name === pgName);
    if (!pg) { errors.push(`port group ${pgName} missing`); continue; }
    if (vlanOf(pg) !== vlan) errors.push(`port group ${pgName}: VLAN ${vlanOf(pg)}, want ${vlan}`);
    const sec = pg.props.config?.defaultPortConfig?.securityPolicy ?? {};
    for (const p of ['allowPromiscuous', 'forgedTransmits', 'macChanges']) {
      if (sec[p]?.value !== false) errors.push(`port group ${pgName}: ${p} is ${sec[p]?.value}, want false`);
    }
  }
  for (const [vmName, want] of Object.entries(spec.vms)) {
    const vm = vmByName.get(vmName);
    if (!vm) { errors.push(`VM ${vmName} missing`); continue; }
    const hw = vm.props['config.hardware'];
    const where = inv.clusterOf(vm);
    if (where !== want.cluster) errors.push(`VM ${vmName} runs in cluster ${where}, want ${want.cluster}`);
    if (hw.numCPU !== want.cpus) errors.push(`VM ${vmName}: ${hw.numCPU} vCPU, want ${want.cpus}`);
    if (hw.memoryMB !== want.memoryMiB) errors.push(`VM ${vmName}: ${hw.memoryMB} MiB, want ${want.memoryMiB}`);
    const nics = (hw.device as any[]).filter((d) => d.macAddress !== undefined && d.backing);
    const nicPgs = nics.map((n) => inv.pgByKey.get(n.backing.port?.portgroupKey)?.props.name ?? '?');
    if (nicPgs.join(',') !== want.nics.join(',')) errors.push(`VM ${vmName}: NICs on [${nicPgs}], want [${want.nics}]`);
    if (want.mac && nics[0]?.macAddress?.toLowerCase() !== want.mac) errors.push(`VM ${vmName}: MAC ${nics[0]?.macAddress}, want ${want.mac}`);
    if (want.folder !== undefined && inv.folderPath(vm.props.parent) !== want.folder) {
      errors.push(`VM ${vmName} in folder "${inv.folderPath(vm.props.parent)}", want "${want.folder}"`);
    }
    const mw = (hw.device as any[]).filter((d) => d.backing?.sharing === 'sharingMultiWriter').length;
    if (mw !== (want.multiWriter ?? 0)) errors.push(`VM ${vmName}: ${mw} multi-writer disks, want ${want.multiWriter ?? 0}`);
  }
  for (const rule of spec.rules) {
    const cluster = inv.clusters.find((c) => c.props.name === rule.cluster);
    const found = (cluster?.props.configurationEx?.rule ?? []).find((r: any) => r.name === rule.name);
    if (!found) { errors.push(`DRS rule ${rule.name} missing in ${rule.cluster}`); continue; }
    if (!found.mandatory || found.enabled === false) errors.push(`DRS rule ${rule.name} is not a mandatory enabled rule`);
    const members = (found.vm ?? []).map((r: Ref) => inv.name(r)).sort();
    if (members.join(',') !== [...rule.members].sort().join(',')) errors.push(`DRS rule ${rule.name} holds [${members}], want [${rule.members}]`);
    // Not checked: members on distinct hosts. vcsim does not run DRS, so it never
    // separates them; a real vCenter with a mandatory rule would.
  }
  for (const pool of spec.pools ?? []) {
    const p = inv.pools.find((x) => x.props.name === pool.name);
    if (!p) { errors.push(`resource pool ${pool.name} missing`); continue; }
    if (inv.name(p.props.owner) !== pool.cluster) errors.push(`resource pool ${pool.name} in ${inv.name(p.props.owner)}, want ${pool.cluster}`);
    const limit = p.props.config?.memoryAllocation?.limit;
    if (limit !== pool.memoryLimitMiB) errors.push(`resource pool ${pool.name}: memory limit ${limit}, want ${pool.memoryLimitMiB}`);
  }
  return errors;
}

/** The site names the run gave the examples (env.json context; keys as in examples/README.md). */
class Site {
  constructor(private readonly context: Record<string, unknown>, private readonly prefix: string) {}
  name(key: string): string {
    const v = this.context[`${this.prefix}.${key}`];
    if (typeof v !== 'string') throw new Error(`env.json context has no string "${this.prefix}.${key}": start.sh must pass every site name`);
    return v;
  }
  names(key: string): string[] {
    const v = this.context[`${this.prefix}.${key}`];
    if (!Array.isArray(v)) throw new Error(`env.json context has no list "${this.prefix}.${key}": start.sh must pass every site name`);
    return v;
  }
}

/** Resource names the library derives from a cluster name (DRS rules, quota pools). */
const label = Names.toDnsLabel;

/** members('sbc', 4, ['a', 'b']) -> sbc-001 in a, sbc-002 in b, ... (the library's zone round-robin). */
function members(prefix: string, n: number, clusters: string[], vm: Omit<VmSpec, 'cluster'>): Record<string, VmSpec> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}-${String(i + 1).padStart(3, '0')}`, { ...vm, cluster: clusters[i % clusters.length] }]));
}

/** What each example intends, from its source (examples/<id>/main.ts), on the site the run named. */
export const SPECS: Record<string, (context: Record<string, unknown>) => StackSpec> = {
  // The resize proof's stack (test/e2e/vsphere.e2e.test.ts), as applied: before the Size change.
  'e2e-resize-vsphere': (context) => {
    const s = new Site(context, 'poolMatrixVsphere');
    return { dc: s.name('datacenter'), vms: members('resize', 1, [s.names('clusters')[0]], { cpus: 1, memoryMiB: 1024, nics: ['resize-net'] }), portGroups: { 'resize-net': 1777 }, rules: [] };
  },
  'vsphere-basic': (context) => {
    const s = new Site(context, 'vsphereBasic');
    const cluster = s.name('cluster');
    return {
      dc: s.name('datacenter'),
      vms: members('app', 2, [cluster], { cpus: 2, memoryMiB: 4096, nics: ['app-vlan1001'] }),
      portGroups: { 'app-vlan1001': 1001 },
      rules: [{ name: 'app-anti-affinity', cluster, members: ['app-001', 'app-002'] }],
    };
  },
  'pool-matrix-vsphere': (context) => {
    const s = new Site(context, 'poolMatrixVsphere');
    const [a, b] = s.names('clusters');
    return {
      dc: s.name('datacenter'),
      vms: Object.fromEntries(Object.entries(members('web', 3, [a, b], { cpus: 2, memoryMiB: 4096, nics: ['app'], folder: s.name('folder'), multiWriter: 1 }))
        .map(([k, v], i) => [k, { ...v, mac: `fa:16:3e:40:00:0${i + 1}` }])),
      portGroups: { app: 1040 },
      rules: [{ name: `web-${label(a)}-anti-affinity`, cluster: a, members: ['web-001', 'web-003'] }],
      pools: [{ name: 'quota', cluster: a, memoryLimitMiB: 65536 }, { name: `quota-${label(b)}`, cluster: b, memoryLimitMiB: 65536 }],
    };
  },
  'telecom-ha-vsphere': (context) => {
    const s = new Site(context, 'telecomHaVsphere');
    const [a, b] = s.names('clusters');
    return {
      dc: s.name('datacenter'),
      vms: {
        // Capacity 3 over 2 clusters: 3 spares, so 3 survive the loss of either cluster.
        ...members('sbc', 6, [a, b], { cpus: 8, memoryMiB: 16384, nics: ['ims-oam', 'ims-sig', 'ims-media'] }),
        ...members('app', 6, [a, b], { cpus: 4, memoryMiB: 8192, nics: ['ims-oam', 'ims-sig', 'ims-storage'] }),
        ...members('db', 2, [a, b], { cpus: 8, memoryMiB: 32768, nics: ['ims-oam', 'ims-storage'] }),
      },
      portGroups: { 'ims-oam': 110, 'ims-sig': 2010, 'ims-media': 2020, 'ims-storage': 2030 },
      rules: [
        { name: `sbc-${label(a)}-anti-affinity`, cluster: a, members: ['sbc-001', 'sbc-003', 'sbc-005'] },
        { name: `sbc-${label(b)}-anti-affinity`, cluster: b, members: ['sbc-002', 'sbc-004', 'sbc-006'] },
        { name: `app-${label(a)}-anti-affinity`, cluster: a, members: ['app-001', 'app-003', 'app-005'] },
        { name: `app-${label(b)}-anti-affinity`, cluster: b, members: ['app-002', 'app-004', 'app-006'] },
      ],
      // One pool per cluster the quota covers, each with the full limit (issue 15 #16):
      // 6 x 16 GiB (sbc) + 6 x 8 GiB (app) + 2 x 32 GiB (db) = 208 GiB.
      pools: [
        { name: 'ims-primary-quota', cluster: a, memoryLimitMiB: 212992 },
        { name: `ims-primary-quota-${label(b)}`, cluster: b, memoryLimitMiB: 212992 },
      ],
    };
  },
  'government-cloud-vsphere': (context) => {
    const s = new Site(context, 'governmentCloudVsphere');
    const [cloudA, cloudB] = s.names('cloudResourceClusters');
    const [mgmt] = s.names('managementClusters');
    const folder = s.name('folder');
    return {
      dc: s.name('datacenter'),
      vms: {
        // Each department is a tenant VDC: its VMs live in its own folder under the site's.
        ...members('civil-affairs-records', 2, [cloudA, cloudB], { cpus: 4, memoryMiB: 16384, nics: ['gov-core-network', 'gov-management-network'], folder: `${folder}/civil-affairs` }),
        ...members('it-centre-audit-log', 2, [mgmt], { cpus: 4, memoryMiB: 16384, nics: ['gov-management-network'], folder: `${folder}/it-centre` }),
      },
      portGroups: {
        'gov-management-network': 2100, 'gov-core-network': 2101, 'gov-extranet-access-network': 2102, 'gov-external-publishing-network': 2103,
        'gov-internet-access-network': 2104, 'gov-storage-network': 2105, 'gov-test-network': 2106,
      },
      rules: [{ name: `it-centre-audit-log-${label(mgmt)}-anti-affinity`, cluster: mgmt, members: ['it-centre-audit-log-001', 'it-centre-audit-log-002'] }],
      pools: [
        // A department's quota covers the clusters its workloads run in, one pool each.
        { name: 'gov-civil-affairs-quota', cluster: cloudA, memoryLimitMiB: 65536 },
        { name: `gov-civil-affairs-quota-${label(cloudB)}`, cluster: cloudB, memoryLimitMiB: 65536 },
        { name: 'gov-it-centre-quota', cluster: mgmt, memoryLimitMiB: 32768 },
      ],
    };
  },
  'finance-cicd-vm-vsphere': (context) => {
    const s = new Site(context, 'financeCicdVmVsphere');
    const [x86, highmem, folder] = [s.name('x86Cluster'), s.name('highmemCluster'), s.name('folder')];
    return {
      dc: s.name('datacenter'),
      vms: {
        ...members('web', 2, [x86], { cpus: 4, memoryMiB: 8192, nics: ['trading-vm-estate-prod', 'trading-vm-estate-mgmt'], folder }),
        ...members('settlement', 2, [highmem], { cpus: 8, memoryMiB: 65536, nics: ['trading-vm-estate-prod', 'trading-vm-estate-mgmt'], folder }),
      },
      portGroups: { 'trading-vm-estate-prod': 2010, 'trading-vm-estate-mgmt': 2001 },
      rules: [
        { name: `web-${label(x86)}-anti-affinity`, cluster: x86, members: ['web-001', 'web-002'] },
        { name: `settlement-${label(highmem)}-anti-affinity`, cluster: highmem, members: ['settlement-001', 'settlement-002'] },
      ],
    };
  },
};

export const liveChecks: Record<string, (env: E2eEnv) => Promise<void>> = Object.fromEntries(
  Object.entries(SPECS).map(([id, specOf]) => [id, async (env: E2eEnv) => {
    const spec = specOf(env.context);
    const errors = checkStack(await inventory(env, spec.dc), spec);
    if (errors.length) throw new Error(`${id}: the vSphere API disagrees with the example:\n  ${errors.join('\n  ')}`);
  }]),
);

/** The stack's VMs, port groups, DRS rules and resource pools still present (the site's own objects are not counted). */
export async function leftovers(env: E2eEnv, stackId: string): Promise<string[]> {
  const spec = SPECS[stackId]?.(env.context);
  if (!spec) throw new Error(`no vSphere expectations for stack ${stackId}`);
  const inv = await inventory(env, spec.dc);
  const vmNames = new Set(Object.keys(spec.vms));
  const ruleNames = new Set(spec.rules.map((r) => r.name));
  return [
    ...inv.vms.filter((v) => vmNames.has(v.props.name)).map((v) => `VM ${v.props.name}`),
    ...inv.pgs.filter((p) => p.props.name in spec.portGroups).map((p) => `port group ${p.props.name}`),
    ...inv.clusters.flatMap((c) => (c.props.configurationEx?.rule ?? []).filter((r: any) => ruleNames.has(r.name)).map((r: any) => `DRS rule ${r.name} in ${c.props.name}`)),
    ...inv.pools.filter((p) => (spec.pools ?? []).some((x) => x.name === p.props.name)).map((p) => `resource pool ${p.props.name}`),
  ];
}

/** Tasks that failed in the simulator (logged by vcsim) and its last log lines. */
export async function diagnose(env: E2eEnv): Promise<string> {
  let log = '';
  try {
    log = readFileSync(join(env.stateDir, 'logs', 'vcsim.log'), 'utf8');
  } catch (e) {
    return `vcsim log unreadable: ${(e as Error).message}`;
  }
  const lines = log.trimEnd().split('\n');
  const failed = lines.filter((l) => l.includes('TASK-ERROR')).slice(-20);
  return [
    `vcsim failed tasks (${failed.length}):`, ...failed,
    'vcsim log tail:', ...lines.slice(-15),
  ].join('\n');
}

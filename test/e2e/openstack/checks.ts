// OpenStack live checks, leftovers and diagnosis for the e2e harness, straight against
// the APIs (Keystone token + fetch). Each example runs in its own project, so what a
// destroy leaves behind is simply what that project (or a region's globals) still holds.
import { randomBytes } from 'crypto';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { assert, E2eEnv, eventually, Session } from './api';
import { dataLeftovers } from './data-services';
import { assertAdoptionPlan, assertDiscovered, createEstate, deleteEstate, discoverEstate, Seeded } from './estate';
import { LIVE_CHECKS } from './live-checks';
import { deleteMemberUser, platformCredentials, TENANT_STACK } from './platform-pair';

export type { E2eEnv } from './api';
export const liveChecks = LIVE_CHECKS;

const projects = new Map<string, { name: string; id: string }>();
const projectsBefore = new Map<string, Set<string>>();

const groups = new Map<string, { variable: string; id: string }[]>();

/**
 * A fresh project per example, with the admin user as its admin, and a fresh Keystone
 * group for every `*_group_id` variable the stack declares (the operator groups a role
 * grant names); returns the env overrides.
 */
export async function prepare(env: E2eEnv, stackId: string, json: any): Promise<Record<string, string>> {
  const admin = await Session.login(env);
  const region = env.env.OS_REGION_NAME;
  const name = `e2e-${stackId}-${randomBytes(3).toString('hex')}`.slice(0, 64);
  const { project } = await admin.call('identity', region, '/projects', {
    method: 'POST',
    body: JSON.stringify({ project: { name, domain_id: 'default', description: `oscar-blueprints e2e: ${stackId}` } }),
  });
  const { users } = await admin.call('identity', region, `/users?name=${env.env.OS_USERNAME}`);
  const { roles } = await admin.call('identity', region, '/roles?name=admin');
  await admin.call('identity', region, `/projects/${project.id}/users/${users[0].id}/roles/${roles[0].id}`, { method: 'PUT' });
  // Neutron's default quotas (10 RBAC entries, 10 firewall policies) are sized for one
  // tenant, and this test cloud's one Neutron serves every region: a cloud with a peer site
  // or many departments needs more in the project that owns the shared networks.
  const unlimited = Object.fromEntries(['network', 'subnet', 'port', 'router', 'floatingip', 'security_group', 'security_group_rule',
    'rbac_policy', 'firewall_group', 'firewall_policy', 'firewall_rule'].map((k) => [k, -1]));
  await admin.call('network', region, `/v2.0/quotas/${project.id}`, { method: 'PUT', body: JSON.stringify({ quota: unlimited }) });
  projects.set(stackId, { name, id: project.id });
  projectsBefore.set(stackId, new Set((await admin.call('identity', region, '/projects')).projects.map((p: any) => p.id)));
  const made: { variable: string; id: string }[] = [];
  for (const variable of Object.keys(json.variable ?? {}).filter((v) => v.endsWith('_group_id'))) {
    const { group } = await admin.call('identity', region, '/groups', {
      method: 'POST', body: JSON.stringify({ group: { name: `${name}-${variable}`.slice(0, 64), domain_id: 'default' } }),
    });
    made.push({ variable, id: group.id });
  }
  groups.set(stackId, made);
  return { OS_PROJECT_NAME: name, TF_VAR_project_id: project.id, ...Object.fromEntries(made.map((g) => [`TF_VAR_${g.variable}`, g.id])) };
}

const seeded = new Map<string, Seeded>();

/**
 * brownfield-adopt-openstack adopts an estate that must already run: it is created in the
 * stack's project from the recorded listings, discovered back through the real client, and
 * the stack is synthesized again from that discovery (context brownfieldAdoptOpenstack.adoptFile).
 */
export async function seed(env: E2eEnv, stackId: string, workDir: string): Promise<Record<string, unknown> | undefined> {
  if (stackId !== 'brownfield-adopt-openstack') return undefined;
  const p = projects.get(stackId);
  assert(p, `no project prepared for ${stackId}`);
  const estate = await createEstate(await Session.login(env, p.name));
  seeded.set(stackId, estate);
  const adoptFile = await discoverEstate(env, p.name, workDir);
  assertDiscovered(adoptFile, estate);
  return { 'brownfieldAdoptOpenstack.adoptFile': adoptFile };
}

/**
 * The platform pair authenticates through clouds.yaml (test/e2e/openstack/platform-pair.ts);
 * the tenant stack then works in the project the admin stack created.
 */
export async function terraformEnv(env: E2eEnv, stackId: string, tfEnv: NodeJS.ProcessEnv, workDir: string): Promise<void> {
  const p = projects.get(stackId);
  if (!p) return;
  const team = await platformCredentials(env, stackId, tfEnv, workDir, p.name);
  if (team) projects.set(stackId, team);
}

/** After a failed cycle: removes what the stack did not take over of its seeded estate. */
export async function unseed(env: E2eEnv, stackId: string): Promise<void> {
  const estate = seeded.get(stackId);
  const p = projects.get(stackId);
  if (estate && p) await deleteEstate(await Session.login(env, p.name), estate);
}

/** The adoption must import, never replace: checked on the plan that is then applied. */
export const firstPlanChecks: Record<string, (plan: any, json: any) => void> = {
  'brownfield-adopt-openstack': assertAdoptionPlan,
};

/** What seed() created for a stack, by kind and name (`server web-001`). */
export function seededEstate(stackId: string): Seeded {
  const found = seeded.get(stackId);
  assert(found, `no estate seeded for ${stackId}`);
  return found;
}

/** The project's session for a stack (prepare() must have run). */
export async function stackSession(env: E2eEnv, stackId: string): Promise<Session> {
  const p = projects.get(stackId);
  assert(p, `no project prepared for ${stackId}`);
  return Session.login(env, p.name);
}

/** One region per Nova/Cinder set, so regional globals are listed once per set. */
function regionsBySet(env: E2eEnv): string[] {
  const regions = (env.context.regions ?? {}) as Record<string, { computeSet: string }>;
  const seen = new Set<string>();
  return Object.entries(regions).filter(([, r]) => !seen.has(r.computeSet) && seen.add(r.computeSet)).map(([name]) => name);
}

/** Whether a project belongs to the example: its own, or one created while it ran. */
function ownedBy(stackId: string): (project: string) => boolean {
  const p = projects.get(stackId);
  const before = projectsBefore.get(stackId) ?? new Set();
  // Neutron's own ports (floating IP, router gateway) carry no project at all.
  return (project) => !!project && (project === p?.id || !before.has(project));
}

export async function leftovers(env: E2eEnv, stackId: string): Promise<string[]> {
  const p = projects.get(stackId);
  if (!p) return [];
  const s = await Session.login(env, p.name);
  const region = env.env.OS_REGION_NAME;
  const pid = p.id;
  const found: string[] = [];
  const add = (what: string, items: any[] | undefined, ignore: (x: any) => boolean = () => false) => {
    for (const x of items ?? []) if (!ignore(x)) found.push(`${what} ${x.name ?? ''} (${x.id})`.replace('  ', ' '));
  };
  const ctx = env.context as { flavors?: string[]; volumeTypes?: string[] };
  // A tenant stack's admin stack is still applied, so the regional globals (flavors, types,
  // aggregates) are its, not leftovers yet; a member user could not have made any of them.
  const adminOwned = stackId === TENANT_STACK;
  // Servers and volumes of every project the example owned, including those it created
  // (departments, tenant VDCs) and that are gone by now.
  const admin = await Session.login(env);
  const ours = ownedBy(stackId);
  for (const r of regionsBySet(env)) {
    add(`${r} server`, (await admin.call('compute', r, '/servers/detail?all_tenants=1')).servers, (x) => !ours(x.tenant_id));
    add(`${r} server group`, (await s.call('compute', r, '/os-server-groups')).server_groups);
    add(`${r} flavor`, (await s.call('compute', r, '/flavors?is_public=None')).flavors, (f) => (ctx.flavors?.includes(f.name) ?? false) || adminOwned);
    add(`${r} volume`, (await admin.call('block-storage', r, '/volumes/detail?all_tenants=1')).volumes, (v) => !ours(v['os-vol-tenant-attr:tenant_id']));
    // Host aggregates beyond the bootstrap's one per zone (host pools, trusted pools).
    const zones = ((env.context.regions ?? {}) as Record<string, { availabilityZones: string[] }>)[r]?.availabilityZones ?? [];
    add(`${r} aggregate`, (await admin.call('compute', r, '/os-aggregates')).aggregates, (a) => zones.includes(a.name) || adminOwned);
    add(`${r} volume type`, (await s.call('block-storage', r, '/types?is_public=None')).volume_types, (t) => t.name === '__DEFAULT__' || (ctx.volumeTypes?.includes(t.name) ?? false) || adminOwned);
  }
  // Neutron is shared by every region: list once, filtered on the example's projects.
  const net = async (p: string, key: string) => ((await admin.call('network', region, p))[key] as any[]).filter((x) => ours(x.project_id));
  add('network', await net('/v2.0/networks', 'networks'));
  add('port', await net('/v2.0/ports', 'ports'));
  add('router', await net('/v2.0/routers', 'routers'));
  add('floating ip', await net('/v2.0/floatingips', 'floatingips'));
  add('qos policy', await net('/v2.0/qos/policies', 'policies'));
  // Neutron's per-project "default" security group and FWaaS's "default" group (with its
  // two default policies) are created on demand and stay after destroy, by design.
  add('security group', await net('/v2.0/security-groups', 'security_groups'), (g) => g.name === 'default');
  add('firewall group', await net('/v2.0/fwaas/firewall_groups', 'firewall_groups'), (g) => g.name === 'default');
  add('firewall policy', await net('/v2.0/fwaas/firewall_policies', 'firewall_policies'), (g) => /^default (ingress|egress)$/.test(g.name));
  add('firewall rule', await net('/v2.0/fwaas/firewall_rules', 'firewall_rules'), (g) => /^default (ingress|egress) ipv[46]$/.test(g.name));
  add('vpn service', await net('/v2.0/vpn/vpnservices', 'vpnservices'));
  add('ipsec connection', await net('/v2.0/vpn/ipsec-site-connections', 'ipsec_site_connections'));
  add('tap mirror', await net('/v2.0/taas/tap_mirrors', 'tap_mirrors'));
  for (const x of await dataLeftovers(admin, region, ours)) found.push(`${x.what} ${x.name} (${x.id})`);
  add('load balancer', (await s.call('load-balancer', region, `/v2/lbaas/loadbalancers?project_id=${pid}`)).loadbalancers);
  add('dns zone', (await s.call('dns', region, '/v2/zones')).zones);
  add('heat stack', (await s.call('orchestration', region, '/stacks')).stacks.map((x: any) => ({ name: x.stack_name, id: x.id })));
  const containers = await s.call('object-store', region, '?format=json', { allow404: true });
  add('swift container', (Array.isArray(containers) ? containers : []).map((c: any) => ({ name: c.name, id: 'swift' })));
  add('image', (await s.call('image', region, `/v2/images?owner=${pid}`)).images);
  const { users } = await admin.call('identity', region, `/users?name=${env.env.OS_USERNAME}`);
  add('application credential', (await admin.call('identity', region, `/users/${users[0].id}/application_credentials`)).application_credentials,
    (c) => c.project_id !== pid);
  // The harness's groups: a grant destroy left behind is a leftover; the groups themselves go.
  for (const g of groups.get(stackId) ?? []) {
    add(`role assignment of group ${g.variable} (${g.id}):`, (await admin.call('identity', region, `/role_assignments?group.id=${g.id}`)).role_assignments
      .map((a: any) => ({ name: `role ${a.role.id} on ${JSON.stringify(a.scope)}`, id: g.id })));
    await admin.call('identity', region, `/groups/${g.id}`, { method: 'DELETE' });
  }
  groups.delete(stackId);
  await deleteMemberUser(env, stackId);
  // Projects the example itself created (the government departments).
  const before = projectsBefore.get(stackId) ?? new Set();
  const now = (await s.call('identity', region, '/projects')).projects as any[];
  add('project', now.filter((x) => !before.has(x.id) && !x.name.startsWith('e2e-')));
  return found;
}

/**
 * Boot volumes the configuration keeps on destroy (block_device with
 * delete_on_termination = false, InstanceGroup's bootVolumeGiB), as sizes in GiB.
 */
export function retainedBootVolumes(json: any): number[] {
  const sizes: number[] = [];
  for (const [name, r] of Object.entries<any>(json.resource?.openstack_compute_instance_v2 ?? {})) {
    const kept = (r.block_device ?? []).filter((b: any) => b.delete_on_termination === false && b.destination_type === 'volume' && b.source_type === 'image');
    if (kept.length === 0) continue;
    let members = 1;
    if (r.for_each !== undefined) {
      assert(typeof r.for_each === 'object', `${name}: for_each is ${JSON.stringify(r.for_each)}, not a literal map: cannot count its retained boot volumes`);
      members = Object.keys(r.for_each).length;
    } else if (r.count !== undefined) {
      assert(typeof r.count === 'number', `${name}: count is ${JSON.stringify(r.count)}, not a number: cannot count its retained boot volumes`);
      members = r.count;
    }
    for (const b of kept) for (let i = 0; i < members; i++) sizes.push(b.volume_size);
  }
  return sizes.sort((a, b) => a - b);
}

/**
 * After destroy: deletes the boot volumes Nova kept on purpose (unnamed, from an image,
 * available) in the example's projects, once it has checked (when `strict`) that they are
 * exactly the ones the configuration retains. Returns what it deleted.
 */
export async function releaseRetained(env: E2eEnv, stackId: string, json: any, strict: boolean): Promise<string[]> {
  const p = projects.get(stackId);
  if (!p) return [];
  const expected = retainedBootVolumes(json);
  if (strict && expected.length === 0) return [];
  const admin = await Session.login(env);
  const ours = ownedBy(stackId);
  const kept: { region: string; id: string; size: number }[] = [];
  for (const r of regionsBySet(env)) {
    const { volumes } = await admin.call('block-storage', r, '/volumes/detail?all_tenants=1');
    for (const v of volumes) {
      if (ours(v['os-vol-tenant-attr:tenant_id']) && !v.name && v.volume_image_metadata && v.status === 'available') kept.push({ region: r, id: v.id, size: v.size });
    }
  }
  const sizes = kept.map((v) => v.size).sort((a, b) => a - b);
  if (strict) {
    assert(JSON.stringify(sizes) === JSON.stringify(expected),
      `destroy kept ${sizes.length} boot volume(s) of ${JSON.stringify(sizes)} GiB, the configuration retains ${expected.length} of ${JSON.stringify(expected)} GiB`);
  }
  for (const v of kept) await admin.call('block-storage', v.region, `/volumes/${v.id}`, { method: 'DELETE' });
  await eventually(180, async () => {
    for (const v of kept) assert((await admin.call('block-storage', v.region, `/volumes/${v.id}`, { allow404: true })) === null, `boot volume ${v.id} is not deleted yet`);
  });
  return kept.map((v) => `${v.region} boot volume ${v.id} (${v.size} GiB)`);
}

/** Server-side evidence: ERROR lines of the service logs, and faults of servers in ERROR. */
export async function diagnose(env: E2eEnv): Promise<string> {
  const out: string[] = [];
  const logs = path.join(env.stateDir, 'logs');
  if (existsSync(logs)) {
    for (const f of readdirSync(logs).filter((x) => x.endsWith('.log'))) {
      const lines = readFileSync(path.join(logs, f), 'utf8').split('\n').filter((l) => / (ERROR|CRITICAL) /.test(l) || /Traceback|Exception:/.test(l));
      if (lines.length) out.push(`${f}:\n  ${lines.slice(-8).map((l) => l.slice(0, 400)).join('\n  ')}`);
    }
  }
  try {
    const admin = await Session.login(env);
    for (const r of regionsBySet(env)) {
      const { servers } = await admin.call('compute', r, '/servers/detail?all_tenants=1&status=ERROR');
      for (const sv of servers) out.push(`${r} server ${sv.name} ERROR: ${sv.fault?.message ?? '?'} ${sv.fault?.details?.slice(0, 300) ?? ''}`);
    }
  } catch (e) {
    out.push(`could not list servers: ${e}`);
  }
  return out.join('\n') || 'no ERROR lines in the service logs';
}



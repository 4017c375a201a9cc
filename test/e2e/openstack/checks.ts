// OpenStack live checks, leftovers and diagnosis for the e2e harness, straight against
// the APIs (Keystone token + fetch). Each example runs in its own project, so what a
// destroy leaves behind is simply what that project (or a region's globals) still holds.
import { randomBytes } from 'crypto';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { assert, E2eEnv, Session } from './api';
import { LIVE_CHECKS } from './live-checks';

export type { E2eEnv } from './api';
export const liveChecks = LIVE_CHECKS;

const projects = new Map<string, { name: string; id: string }>();
const projectsBefore = new Map<string, Set<string>>();

/** A fresh project per example, with the admin user as its admin; returns the env overrides. */
export async function prepare(env: E2eEnv, stackId: string): Promise<Record<string, string>> {
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
  return { OS_PROJECT_NAME: name, TF_VAR_project_id: project.id };
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
  for (const r of regionsBySet(env)) {
    add(`${r} server`, (await s.call('compute', r, '/servers')).servers);
    add(`${r} server group`, (await s.call('compute', r, '/os-server-groups')).server_groups);
    add(`${r} flavor`, (await s.call('compute', r, '/flavors?is_public=None')).flavors, (f) => ctx.flavors?.includes(f.name) ?? false);
    add(`${r} volume`, (await s.call('block-storage', r, '/volumes')).volumes);
    add(`${r} volume type`, (await s.call('block-storage', r, '/types?is_public=None')).volume_types, (t) => t.name === '__DEFAULT__' || (ctx.volumeTypes?.includes(t.name) ?? false));
  }
  // Neutron is shared by every region: list once, filtered on the project.
  const net = async (p: string, key: string) => (await s.call('network', region, `${p}?project_id=${pid}`))[key];
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
  add('load balancer', (await s.call('load-balancer', region, `/v2/lbaas/loadbalancers?project_id=${pid}`)).loadbalancers);
  add('dns zone', (await s.call('dns', region, '/v2/zones')).zones);
  const containers = await s.call('object-store', region, '?format=json', { allow404: true });
  add('swift container', (Array.isArray(containers) ? containers : []).map((c: any) => ({ name: c.name, id: 'swift' })));
  add('image', (await s.call('image', region, `/v2/images?owner=${pid}`)).images);
  // Projects the example itself created (the government departments).
  const before = projectsBefore.get(stackId) ?? new Set();
  const now = (await s.call('identity', region, '/projects')).projects as any[];
  add('project', now.filter((x) => !before.has(x.id) && !x.name.startsWith('e2e-')));
  return found;
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



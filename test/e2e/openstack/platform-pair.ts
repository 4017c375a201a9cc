// The platform-tenant-split pair: the admin stack authenticates through clouds.yaml entry
// `admin` (the cloud admin, in the stack's fresh project), and the tenant stack through
// `app-team`: a user created here with only the `member` role on the project the admin
// stack created. So the tenant stack proves it needs nothing an admin may do.
import { randomBytes } from 'crypto';
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { assert, E2eEnv, Session } from './api';

export const ADMIN_STACK = 'platform-admin-openstack';
export const TENANT_STACK = 'platform-tenant-openstack';
/** The project the admin stack creates (examples/platform-tenant-split/main.ts TEAM_PROJECT). */
export const TEAM_PROJECT = 'app-team';
/** Variables that would override clouds.yaml: the provider reads them as its own arguments. */
const AUTH_VARIABLES = ['OS_USERNAME', 'OS_PASSWORD', 'OS_PROJECT_NAME', 'OS_PROJECT_ID', 'OS_TENANT_NAME', 'OS_USER_DOMAIN_NAME',
  'OS_PROJECT_DOMAIN_NAME', 'OS_CLOUD'];

/** The member users made for tenant stacks, to delete after their cycle. */
const members = new Map<string, string>();

/** A user with the member role on the team project, for the tenant stack's clouds.yaml. */
async function memberUser(env: E2eEnv, stackId: string): Promise<{ name: string; password: string; projectId: string }> {
  const admin = await Session.login(env);
  const region = env.env.OS_REGION_NAME;
  const { projects } = await admin.call('identity', region, `/projects?name=${TEAM_PROJECT}`);
  assert(projects.length === 1, `${stackId}: the admin stack should have created project ${TEAM_PROJECT}, found ${projects.length}`);
  const name = `e2e-${TEAM_PROJECT}-${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const { user } = await admin.call('identity', region, '/users', {
    method: 'POST', body: JSON.stringify({ user: { name, password, domain_id: 'default', description: `oscar-blueprints e2e: ${stackId}` } }),
  });
  members.set(stackId, user.id);
  const role = async (n: string) => (await admin.call('identity', region, `/roles?name=${n}`)).roles[0].id;
  await admin.call('identity', region, `/projects/${projects[0].id}/users/${user.id}/roles/${await role('member')}`, { method: 'PUT' });
  // The harness's own admin user reads the project for the live and leftover checks.
  const { users } = await admin.call('identity', region, `/users?name=${env.env.OS_USERNAME}`);
  await admin.call('identity', region, `/projects/${projects[0].id}/users/${users[0].id}/roles/${await role('admin')}`, { method: 'PUT' });
  return { name, password, projectId: projects[0].id };
}

/**
 * Writes the stack's clouds.yaml entry and makes terraform use it (OS_* auth variables
 * removed); returns the project the stack works in, for the checks.
 */
export async function platformCredentials(env: E2eEnv, stackId: string, tfEnv: NodeJS.ProcessEnv, dir: string, ownProject: string):
Promise<{ name: string; id: string } | undefined> {
  if (stackId !== ADMIN_STACK && stackId !== TENANT_STACK) return undefined;
  const e = env.env;
  const tenant = stackId === TENANT_STACK ? await memberUser(env, stackId) : undefined;
  const auth = {
    auth_url: e.OS_AUTH_URL, user_domain_name: e.OS_USER_DOMAIN_NAME, project_domain_name: e.OS_PROJECT_DOMAIN_NAME,
    username: tenant?.name ?? e.OS_USERNAME, password: tenant?.password ?? e.OS_PASSWORD, project_name: tenant ? TEAM_PROJECT : ownProject,
  };
  const cloud = tenant ? TEAM_PROJECT : 'admin';
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'clouds.yaml');
  // JSON is YAML; the provider reads the entry its block names (providerConfig.cloud).
  writeFileSync(file, JSON.stringify({ clouds: { [cloud]: { auth, region_name: e.OS_REGION_NAME, interface: 'public', identity_api_version: 3 } } }), { mode: 0o600 });
  for (const k of AUTH_VARIABLES) delete tfEnv[k];
  tfEnv.OS_CLIENT_CONFIG_FILE = file;
  return tenant ? { name: TEAM_PROJECT, id: tenant.projectId } : undefined;
}

/** Deletes the member user made for a tenant stack, if one was made. */
export async function deleteMemberUser(env: E2eEnv, stackId: string): Promise<void> {
  const id = members.get(stackId);
  if (!id) return;
  const admin = await Session.login(env);
  await admin.call('identity', env.env.OS_REGION_NAME, `/users/${id}`, { method: 'DELETE', allow404: true });
  members.delete(stackId);
}

const stackSession = (env: E2eEnv, stackId: string): Promise<Session> => require('./checks').stackSession(env, stackId);
const FLAVOR = /^shared-platform-.+-general$/;

/** Live checks of the pair, by stack. */
export const PLATFORM_CHECKS: Record<string, (env: E2eEnv) => Promise<void>> = {
  // The admin-owned objects, private and granted to the team's project only.
  [ADMIN_STACK]: async (env) => {
    const admin = await Session.login(env);
    const region = env.env.OS_REGION_NAME;
    const { projects } = await admin.call('identity', region, `/projects?name=${TEAM_PROJECT}`);
    assert(projects.length === 1, `no project ${TEAM_PROJECT}`);
    const team = projects[0].id;
    const { flavors } = await admin.call('compute', region, '/flavors/detail?is_public=None');
    const catalog = flavors.filter((f: any) => FLAVOR.test(f.name));
    assert(catalog.length === 2, `flavor catalog: ${flavors.map((f: any) => f.name)}`);
    for (const f of catalog) {
      assert(f['os-flavor-access:is_public'] === false, `flavor ${f.name} is public`);
      const { flavor_access: access } = await admin.call('compute', region, `/flavors/${f.id}/os-flavor-access`);
      assert(access.some((a: any) => a.tenant_id === team), `flavor ${f.name} is not granted to ${TEAM_PROJECT}: ${JSON.stringify(access)}`);
      assert(f.extra_specs?.['aggregate_instance_extra_specs:pool'] === 'general', `flavor ${f.name} does not require the general pool: ${JSON.stringify(f.extra_specs)}`);
    }
    const { aggregates } = await admin.call('compute', region, '/os-aggregates');
    const pool = aggregates.find((a: any) => a.name === 'general');
    const hosts = (env.context['platformAdmin.hosts'] as string[]) ?? [];
    assert(pool && [...pool.hosts].sort().join() === [...hosts].sort().join(), `aggregate general holds ${pool?.hosts}, not ${hosts}`);
    const { volume_types: types } = await admin.call('block-storage', region, '/types?is_public=None');
    const gold = types.find((t: any) => t.name === 'shared-platform-gold');
    assert(gold && gold.is_public === false && gold.extra_specs?.volume_backend_name === 'ceph-ssd', `gold tier: ${JSON.stringify(gold)}`);
    const { volume_type_access: grants } = await admin.call('block-storage', region, `/types/${gold.id}/os-volume-type-access`);
    assert(grants.some((g: any) => g.project_id === team), `the gold tier is not granted to ${TEAM_PROJECT}: ${JSON.stringify(grants)}`);
  },
  // The team's servers, created by the member user on the catalog's flavors, and its
  // database volumes on the gold tier.
  [TENANT_STACK]: async (env) => {
    const s = await stackSession(env, TENANT_STACK);
    const region = env.env.OS_REGION_NAME;
    const { servers } = await s.call('compute', region, '/servers/detail');
    assert(servers.length === 5 && servers.every((sv: any) => sv.status === 'ACTIVE'), `team servers: ${servers.map((sv: any) => `${sv.name} ${sv.status}`)}`);
    const member = members.get(TENANT_STACK);
    for (const sv of servers) {
      assert(sv.user_id === member, `server ${sv.name} was created by ${sv.user_id}, not the team's member user ${member}`);
      assert(FLAVOR.test(sv.flavor.original_name), `server ${sv.name} runs flavor ${sv.flavor.original_name}, not one of the catalog's`);
    }
    const { volumes } = await s.call('block-storage', region, '/volumes/detail');
    const data = volumes.filter((v: any) => /pgdata/.test(v.name));
    assert(data.length === 2 && data.every((v: any) => v.volume_type === 'shared-platform-gold' && v.attachments.length === 1),
      `pgdata volumes: ${data.map((v: any) => `${v.name} ${v.volume_type} ${v.attachments.length}`)}`);
  },
};

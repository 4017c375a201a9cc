// Live checks of the data services: Trove databases (the real API, task manager and
// conductor on the real Nova, Cinder and Neutron; only the guest agent inside the
// database server is the wheel's fake) and Manila shares (the real API and scheduler
// on the wheel's dummy back end).
import { assert, eventually, Session } from './api';

/** What an example declares for one Trove instance (TroveDatabase). */
export interface DatabaseSpec {
  readonly name: string;
  readonly region: string;
  readonly sizeGiB: number;
  readonly volumeType: string;
  readonly network: string;
  readonly databases: string[];
  /** user name: the databases it is granted */
  readonly users?: Record<string, string[]>;
}

/**
 * The instance is ACTIVE with the declared datastore, volume and databases; its user port
 * is on the declared network; its Cinder volume has the declared type and size; each
 * user exists with exactly its grants. `s` is a session of the project that owns it.
 * Trove keeps the server and volume in its own service project (`admin` sees them).
 */
export async function databaseReady(s: Session, admin: Session, spec: DatabaseSpec): Promise<void> {
  const where = `${spec.region}: database instance ${spec.name}`;
  const { instances } = await s.call('database', spec.region, '/instances');
  const found = instances.filter((i: any) => i.name === spec.name);
  assert(found.length === 1, `${where}: expected one instance, found ${found.length} (${instances.map((i: any) => i.name).join(', ') || 'none'})`);
  const { instance } = await s.call('database', spec.region, `/instances/${found[0].id}`);
  assert(instance.status === 'HEALTHY' || instance.status === 'ACTIVE', `${where} is ${instance.status}`);
  assert(instance.datastore?.type === 'mysql' && instance.datastore?.version === '8.0', `${where}: datastore ${JSON.stringify(instance.datastore)}`);
  assert(instance.volume?.size === spec.sizeGiB, `${where}: volume of ${instance.volume?.size} GiB, declared ${spec.sizeGiB}`);

  // The user port Trove made for it (trove-<id>) is on the example's network.
  const { networks } = await s.call('network', 'RegionOne', `/v2.0/networks?name=${encodeURIComponent(spec.network)}&project_id=${s.projectId}`);
  assert(networks.length === 1, `${where}: no network ${spec.network} in the project`);
  const { ports } = await s.call('network', 'RegionOne', `/v2.0/ports?name=trove-${instance.id}`);
  assert(ports.length === 1 && ports[0].network_id === networks[0].id,
    `${where}: its port is on ${ports.map((p: any) => p.network_id).join(', ') || 'no network'}, not ${spec.network} (${networks[0].id})`);

  // Its data volume: Trove asks Cinder for the declared type (Nova attaches it at boot).
  const { volumes } = await admin.call('block-storage', spec.region, `/volumes/detail?all_tenants=1&name=trove-${instance.id}`);
  const data = volumes.filter((v: any) => v.attachments.some((a: any) => a.server_id === ports[0].device_id));
  assert(data.length === 1 && data[0].volume_type === spec.volumeType && data[0].size === spec.sizeGiB,
    `${where}: data volume ${data.map((v: any) => `${v.volume_type} ${v.size} GiB`).join(', ') || 'missing'}, declared ${spec.volumeType} ${spec.sizeGiB} GiB`);

  const { databases } = await s.call('database', spec.region, `/instances/${instance.id}/databases`);
  const dbNames = databases.map((d: any) => d.name).sort();
  assert(dbNames.join() === [...spec.databases].sort().join(), `${where}: databases ${dbNames.join(', ')}, declared ${spec.databases.join(', ')}`);
  const { users } = await s.call('database', spec.region, `/instances/${instance.id}/users`);
  for (const [user, grants] of Object.entries(spec.users ?? {})) {
    const u = users.find((x: any) => x.name === user);
    assert(u, `${where}: no user ${user} (users: ${users.map((x: any) => x.name).join(', ')})`);
    const granted = (u.databases ?? []).map((d: any) => d.name).sort();
    assert(granted.join() === [...grants].sort().join(), `${where}: user ${user} is granted ${granted.join(', ') || 'nothing'}, declared ${grants.join(', ')}`);
  }
}

const MANILA = { 'X-OpenStack-Manila-API-Version': '2.65' };

/** What an example declares for one Manila share (SharedFileSystem). */
export interface ShareSpec {
  readonly name: string;
  readonly sizeGiB: number;
  readonly protocol: string;
  /** access_to: access_level */
  readonly access: Record<string, string>;
}

/** The share is available at its size and protocol, with exactly the declared access rules, all active. */
export async function shareReady(s: Session, region: string, spec: ShareSpec): Promise<void> {
  const where = `${region}: share ${spec.name}`;
  const { shares } = await s.call('sharev2', region, '/shares/detail', { headers: MANILA });
  const found = shares.filter((x: any) => x.name === spec.name);
  assert(found.length === 1, `${where}: expected one share, found ${found.length}`);
  const share = found[0];
  assert(share.status === 'available', `${where} is ${share.status}`);
  assert(share.size === spec.sizeGiB && share.share_proto === spec.protocol,
    `${where}: ${share.share_proto} ${share.size} GiB, declared ${spec.protocol} ${spec.sizeGiB} GiB`);
  assert(share.is_public === false, `${where} is public`);
  await eventually(30, async () => {
    const { access_list: rules } = await s.call('sharev2', region, `/share-access-rules?share_id=${share.id}`, { headers: MANILA });
    const have = rules.map((r: any) => `${r.access_type}:${r.access_to}:${r.access_level}:${r.state}`).sort();
    const want = Object.entries(spec.access).map(([to, level]) => `ip:${to}:${level}:active`).sort();
    assert(have.join() === want.join(), `${where}: access rules ${have.join(', ') || 'none'}, declared ${want.join(', ')}`);
  });
}

/** Trove instances and Manila shares of the given projects (leftover check; admin session). */
export async function dataLeftovers(admin: Session, region: string, ours: (project: string) => boolean): Promise<{ name: string; id: string; what: string }[]> {
  const out: { name: string; id: string; what: string }[] = [];
  const { instances } = await admin.call('database', region, '/mgmt/instances?deleted=false');
  for (const i of instances) if (ours(i.tenant_id)) out.push({ what: 'database instance', name: i.name, id: i.id });
  // What Trove builds in its service project for an instance: a server tagged with the
  // owner's project, a volume named trove-<instance>; none outlives its instance.
  const live = new Set(instances.map((i: any) => `trove-${i.id}`));
  const { servers } = await admin.call('compute', region, '/servers/detail?all_tenants=1');
  for (const sv of servers) if (ours(sv.metadata?.trove_project_id)) out.push({ what: 'Trove server', name: sv.name, id: sv.id });
  const { volumes } = await admin.call('block-storage', region, '/volumes/detail?all_tenants=1');
  for (const v of volumes) if (/^trove-/.test(v.name ?? '') && !live.has(v.name)) out.push({ what: 'Trove volume', name: v.name, id: v.id });
  const { shares } = await admin.call('sharev2', region, '/shares/detail?all_tenants=1', { headers: MANILA });
  for (const x of shares) if (ours(x.project_id)) out.push({ what: 'share', name: x.name, id: x.id });
  return out;
}

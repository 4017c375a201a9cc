// Brownfield seed for brownfield-adopt-openstack: the estate its recorded listings describe
// (examples/brownfield-adopt-openstack/estate/) is created in the stack's fresh project
// with the recorded names, addresses, MACs, sizes, images and flavors; then it is listed
// back with the real `openstack ... -f json` client and turned into an adopt map with
// `discover`, as an operator would. The stack is synthesized again from that map.
import { execFile } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { assert, E2eEnv, eventually, Session } from './api';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'brownfield-adopt-openstack');
const REGION = 'RegionOne';
const ZONES = ['az1', 'az2'];

type Row = Record<string, any>;
const recorded = (kind: string): Row[] => JSON.parse(readFileSync(path.join(EXAMPLE, 'estate', `${kind}.json`), 'utf8'));

/** What the seed created: object kind and name -> live ID, for the live checks. */
export type Seeded = Map<string, string>;

/** A server as the library names it, and the estate row it is seeded from. */
interface Member { readonly name: string; readonly row: Row; readonly zone: string }

/**
 * The objects the recorded adopt map names (the listings also hold a shut-off server and
 * an unnamed volume that `discover` reports as unmatched: they are not the stack's, so
 * they are not seeded; the unit tests of discover cover them).
 */
function plan(): { members: Member[]; volumes: Row[]; networks: Row[]; subnets: Row[]; ports: Row[] } {
  const adopt = JSON.parse(readFileSync(path.join(EXAMPLE, 'adopt.json'), 'utf8'));
  const servers = new Map(recorded('servers').map((r) => [r.ID, r]));
  const members: Member[] = [];
  for (const group of Object.values<any>(adopt.instanceGroups)) {
    // Zones alternate in member order, as the library places a group's members.
    Object.values<string>(group.adopt).forEach((id, i) => members.push({ name: servers.get(id)!.Name, row: servers.get(id)!, zone: ZONES[i % ZONES.length] }));
  }
  const volumeIds = new Set<string>([
    ...Object.values<any>(adopt.instanceGroups).flatMap((g) => Object.values<any>(g.volumes ?? {}).flatMap((byMember) => Object.values<string>(byMember))),
    ...Object.values<string>(adopt.sharedVolumes ?? {}),
  ]);
  const networkIds = new Set(Object.values<any>(adopt.networks).map((n) => n.network));
  const portIds = new Set(Object.values<any>(adopt.instanceGroups).flatMap((g) => Object.values<any>(g.adoptPorts).flatMap((m) => Object.values<string>(m))));
  return {
    members,
    volumes: recorded('volumes').filter((v) => volumeIds.has(v.ID)),
    networks: recorded('networks').filter((n) => networkIds.has(n.ID)),
    subnets: recorded('subnets').filter((s) => networkIds.has(s.Network)),
    ports: recorded('ports').filter((p) => portIds.has(p.ID)),
  };
}

/** Creates the estate in the session's project and waits until it runs; returns name -> ID. */
export async function createEstate(s: Session): Promise<Seeded> {
  const { members, volumes, networks, subnets, ports } = plan();
  const seeded: Seeded = new Map();
  const subnetIds = new Map<string, string>(); // recorded subnet ID -> live
  for (const n of networks) {
    const { network } = await s.call('network', REGION, '/v2.0/networks', { method: 'POST', body: JSON.stringify({ network: { name: n.Name } }) });
    seeded.set(`network ${n.Name}`, network.id);
    for (const sub of subnets.filter((x) => x.Network === n.ID)) {
      // A production subnet as clouds create it by default: with its gateway.
      const { subnet } = await s.call('network', REGION, '/v2.0/subnets', {
        method: 'POST', body: JSON.stringify({ subnet: { name: sub.Name, network_id: network.id, ip_version: 4, cidr: sub.Subnet } }),
      });
      subnetIds.set(sub.ID, subnet.id);
      seeded.set(`subnet ${sub.Name}`, subnet.id);
    }
  }
  const portByIp = new Map<string, Row>(ports.flatMap((p) => p['Fixed IP Addresses'].map((f: Row) => [f.ip_address as string, p] as const)));
  const images = new Map<string, string>();
  for (const m of members) {
    const [ip] = Object.values<string[]>(m.row.Networks)[0];
    const p = portByIp.get(ip);
    assert(p, `recorded estate: no port with ${ip} for ${m.name}`);
    const { port } = await s.call('network', REGION, '/v2.0/ports', {
      method: 'POST',
      body: JSON.stringify({ port: {
        name: p.Name, network_id: seeded.get(`network ${Object.keys(m.row.Networks)[0]}`), mac_address: p['MAC Address'],
        fixed_ips: p['Fixed IP Addresses'].map((f: Row) => ({ subnet_id: subnetIds.get(f.subnet_id), ip_address: f.ip_address })),
      } }),
    });
    seeded.set(`port ${m.name}`, port.id);
    if (!images.has(m.row.Image)) {
      const { images: found } = await s.call('image', REGION, `/v2/images?name=${encodeURIComponent(m.row.Image)}`);
      assert(found.length === 1, `the test cloud has no image ${m.row.Image} (test/e2e/openstack/topology.py IMAGES)`);
      images.set(m.row.Image, found[0].id);
    }
    const { server } = await s.call('compute', REGION, '/servers', {
      method: 'POST',
      body: JSON.stringify({ server: {
        name: m.name, imageRef: images.get(m.row.Image), flavorRef: m.row.Flavor, availability_zone: m.zone, networks: [{ port: port.id }],
      } }),
    });
    seeded.set(`server ${m.name}`, server.id);
  }
  await eventually(300, async () => {
    const { servers } = await s.call('compute', REGION, '/servers/detail');
    const pending = servers.filter((x: any) => x.status !== 'ACTIVE');
    assert(!servers.some((x: any) => x.status === 'ERROR'), `estate server in ERROR: ${JSON.stringify(servers.find((x: any) => x.status === 'ERROR')?.fault)}`);
    assert(pending.length === 0, `estate: ${pending.length} server(s) not ACTIVE yet`);
  });
  const serverNames = new Map(recorded('servers').map((r) => [r.ID, r.Name]));
  for (const v of volumes) {
    const attachedTo = (v['Attached to'] as Row[]).map((a) => serverNames.get(a.server_id)!);
    const zone = attachedTo.length === 1 ? members.find((m) => m.name === attachedTo[0])!.zone : undefined;
    // The shared volume is of the multi-attach type the example names (context or its default).
    const volumeType = attachedTo.length === 0 ? 'multiattach' : undefined;
    const { volume } = await s.call('block-storage', REGION, '/volumes', {
      method: 'POST', body: JSON.stringify({ volume: { name: v.Name, size: v.Size, availability_zone: zone, volume_type: volumeType } }),
    });
    seeded.set(`volume ${v.Name}`, volume.id);
  }
  await eventually(180, async () => {
    for (const v of volumes) {
      const { volume } = await s.call('block-storage', REGION, `/volumes/${seeded.get(`volume ${v.Name}`)}`);
      assert(volume.status === 'available', `estate volume ${v.Name} is ${volume.status}`);
    }
  });
  for (const v of volumes) {
    for (const a of v['Attached to'] as Row[]) {
      await s.call('compute', REGION, `/servers/${seeded.get(`server ${serverNames.get(a.server_id)}`)}/os-volume_attachments`, {
        method: 'POST', body: JSON.stringify({ volumeAttachment: { volumeId: seeded.get(`volume ${v.Name}`) } }),
      });
    }
  }
  await eventually(180, async () => {
    for (const v of volumes.filter((x) => x['Attached to'].length > 0)) {
      const { volume } = await s.call('block-storage', REGION, `/volumes/${seeded.get(`volume ${v.Name}`)}`);
      assert(volume.status === 'in-use', `estate volume ${v.Name} is ${volume.status}, not attached yet`);
    }
  });
  return seeded;
}

/**
 * Lists the project's estate with the venv's `openstack` client (`-f json`, the form the
 * example's recorded listings have) and runs the CLI's `discover` on those files, as an
 * operator would; returns the adopt map's path.
 */
export async function discoverEstate(env: E2eEnv, projectName: string, dir: string): Promise<string> {
  // Nova and Cinder list the token's project; Neutron lists everything an admin may see
  // (other projects, external networks), so its listings are scoped as lib/cli/discover.ts says.
  const bin = env.env.OSCAR_E2E_OPENSTACK_BIN;
  assert(bin, 'env.json has no OSCAR_E2E_OPENSTACK_BIN (the venv\'s bin folder): restart the cloud with test/e2e/openstack/start.sh');
  const osEnv = { ...process.env, ...env.env, OS_PROJECT_NAME: projectName, OS_REGION_NAME: REGION };
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const kind of ['server', 'port', 'volume', 'network', 'subnet']) {
    const scope = ['port', 'network', 'subnet'].includes(kind) ? ['--project', projectName] : [];
    const { stdout } = await run(path.join(bin, 'openstack'), [kind, 'list', ...scope, '-f', 'json'], { env: osEnv, maxBuffer: 16 * 1024 * 1024 });
    const file = path.join(dir, `${kind}s.json`);
    writeFileSync(file, stdout);
    files.push(file);
  }
  const { stdout } = await run(path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['--tsconfig', path.join(ROOT, 'test', 'tsconfig.json'), path.join(ROOT, 'lib', 'cli', 'main.ts'), 'discover', '--from', 'openstack', ...files],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  const adoptFile = path.join(dir, 'adopt.json');
  writeFileSync(adoptFile, stdout);
  return adoptFile;
}

/** The discovered map names exactly what was seeded, member by member. */
export function assertDiscovered(adoptFile: string, seeded: Seeded): void {
  const found = JSON.parse(readFileSync(adoptFile, 'utf8'));
  const want = JSON.parse(readFileSync(path.join(EXAMPLE, 'adopt.json'), 'utf8'));
  // The recorded map with every recorded ID replaced by the seeded object's live ID.
  const names = new Map<string, string>([
    ...recorded('servers').map((r) => [r.ID, `server ${r.Name}`] as const),
    ...recorded('volumes').map((r) => [r.ID, `volume ${r.Name}`] as const),
    ...recorded('networks').map((r) => [r.ID, `network ${r.Name}`] as const),
    ...recorded('subnets').map((r) => [r.ID, `subnet ${r.Name}`] as const),
  ]);
  const serverOfPort = new Map(recorded('ports').map((p) => [p.ID, recorded('servers').find((sv) =>
    Object.values<string[]>(sv.Networks).flat().includes(p['Fixed IP Addresses'][0].ip_address))?.Name]));
  const live = JSON.parse(JSON.stringify(want), (_k, v) => {
    if (typeof v !== 'string' || !/^[0-9a-f-]{36}$/.test(v)) return v;
    const name = names.get(v) ?? (serverOfPort.get(v) ? `port ${serverOfPort.get(v)}` : undefined);
    assert(name && seeded.has(name), `recorded ID ${v} names nothing the seed created`);
    return seeded.get(name);
  });
  const got = leaves(found);
  const wanted = leaves(live);
  const diff = [...new Set([...got.keys(), ...wanted.keys()])].filter((k) => got.get(k) !== wanted.get(k));
  assert(diff.length === 0, `discover on the live listings does not name the seeded estate (${adoptFile}):\n  `
    + diff.slice(0, 20).map((k) => `${k}: discovered ${got.get(k)}, seeded ${wanted.get(k)}`).join('\n  '));
}

/** Path -> value of every leaf (`instanceGroups.web.adopt.web-001`). */
function leaves(v: any, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, String(v));
  return out;
}


/** What an adoption must never change on a running object: its wiring, size and place. */
const IDENTITY = ['fixed_ip', 'mac_address', 'gateway_ip', 'no_gateway', 'cidr', 'allocation_pool', 'network_id', 'size', 'volume_type',
  'flavor_name', 'flavor_id', 'availability_zone', 'image_id', 'image_name'];
/** `after_unknown` marks unknown leaves `true` inside nested lists and objects. */
const hasUnknown = (x: unknown): boolean => x === true || (typeof x === 'object' && x !== null && Object.values(x).some(hasUnknown));
/** Member keys the stack adds to the estate (count = adopted + 1 per tier). */
const EXPANSION = ['web-009', 'app-015'];

/**
 * The first plan of the adoption: every import block is an import, nothing is destroyed or
 * replaced, what is created is the expansion (and what the estate never had), and no
 * in-place update touches an adopted object's addresses, size or placement.
 */
export function assertAdoptionPlan(plan: any, json: any): void {
  const changes: any[] = plan.resource_changes ?? [];
  const summary = (cs: any[]) => cs.map((c) => `${c.address} (${c.change.actions.join('+')})`).slice(0, 20).join('\n  ');
  const importing = changes.filter((c) => c.change.importing);
  assert(importing.length === (json.import ?? []).length,
    `the first plan imports ${importing.length} object(s), the stack declares ${(json.import ?? []).length} import blocks`);
  const destroyed = changes.filter((c) => c.change.actions.includes('delete'));
  assert(destroyed.length === 0, `the adoption plan destroys or replaces running objects:\n  ${summary(destroyed)}`);
  const created = changes.filter((c) => c.change.actions.includes('create'));
  const stray = created.filter((c) => typeof c.index === 'string' && !EXPANSION.includes(c.index) && !/attach-shared/.test(c.address));
  assert(stray.length === 0, `the adoption plan creates members the estate already runs:\n  ${summary(stray)}`);
  const touched: string[] = [];
  for (const c of changes.filter((x) => x.change.importing && x.change.actions.includes('update'))) {
    const { before = {}, after = {}, after_unknown: unknown = {} } = c.change;
    for (const k of IDENTITY) {
      const later = hasUnknown(unknown[k]);
      if (later || JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) {
        touched.push(`${c.address}.${k}: ${JSON.stringify(before[k])} -> ${later ? '(known after apply)' : JSON.stringify(after[k])}`);
      }
    }
  }
  assert(touched.length === 0, `the adoption plan changes running objects in place:\n  ${touched.slice(0, 20).join('\n  ')}`);
}

/**
 * After a failed cycle: deletes what is left of the seeded estate (what the stack never
 * imported survives its cleanup destroy), so a re-run on the same cloud does not meet
 * networks of the same names (provider 3.4.0 resolves a server's networks by name).
 */
export async function deleteEstate(s: Session, seeded: Seeded): Promise<void> {
  const of = (kind: string) => [...seeded].filter(([k]) => k.startsWith(`${kind} `)).map(([, id]) => id);
  const del = async (type: string, p: string) => s.call(type, REGION, p, { method: 'DELETE', allow404: true }).catch(() => undefined);
  for (const id of of('server')) await del('compute', `/servers/${id}`);
  await eventually(180, async () => {
    for (const id of of('server')) assert((await s.call('compute', REGION, `/servers/${id}`, { allow404: true })) === null, `server ${id} not deleted yet`);
  });
  for (const id of of('volume')) await del('block-storage', `/volumes/${id}`);
  for (const id of of('port')) await del('network', `/v2.0/ports/${id}`);
  for (const id of of('network')) await del('network', `/v2.0/networks/${id}`);
}

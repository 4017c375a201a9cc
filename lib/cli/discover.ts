// `discover`: saved listings of an existing estate -> a ready-to-paste adopt map.
// Pure functions over parsed JSON, so tests feed recorded listings, never live calls.
//
// Members are recognised by the library's own naming: `<group>-NNN` servers/VMs,
// `<member>-<volume>` data volumes, `<network>-<subnet>` subnets. Ports are matched to
// servers by address. Whatever does not fit is reported, never guessed.

/** The adopt maps of one instance group, ready to paste into InstanceGroupProps. */
export interface DiscoveredGroup {
  /** Member key -> server UUID or VM inventory path (`adopt`). */
  readonly adopt: { [member: string]: string };
  /** Network name -> member key -> port UUID (`networks[n].adoptPorts`, OpenStack). */
  readonly adoptPorts: { [network: string]: { [member: string]: string } };
  /** Volume spec name -> member key -> volume UUID (`volumes[n].adopt`, OpenStack). */
  readonly volumes: { [volume: string]: { [member: string]: string } };
}

/** What `discover` prints. */
export interface Discovery {
  readonly target: string;
  readonly instanceGroups: { [group: string]: DiscoveredGroup };
  /** Network name -> `network` and subnet keys -> ID (Network `adopt`). */
  readonly networks: { [network: string]: { [key: string]: string } };
  /** Shared volumes by name (`sharedVolumes`), and vSphere quota pools by cluster (`quota:<pool>`). */
  readonly others: { [kind: string]: { [name: string]: string } };
  /** One line per object that could not be matched, with the reason. */
  readonly unmatched: string[];
}

const MEMBER = /^(.+)-(\d{3,})$/;

type Row = { [field: string]: any };

/** Rows of one listing kind, from files that are arrays (detected by their fields) or bundles `{ servers: [...] }`. */
function rowsOf(listings: unknown[], kind: string, detect: (row: Row) => boolean): Row[] {
  const rows: Row[] = [];
  for (const l of listings) {
    if (Array.isArray(l)) rows.push(...l.filter((r) => r && typeof r === 'object' && detect(r)));
    else if (l && typeof l === 'object' && Array.isArray((l as Row)[kind])) rows.push(...(l as Row)[kind]);
  }
  return rows;
}

const field = (row: Row, ...names: string[]): any => names.map((n) => row[n]).find((v) => v !== undefined);

function emptyGroup(): DiscoveredGroup {
  return { adopt: {}, adoptPorts: {}, volumes: {} };
}

/** Server addresses: `Networks` is `{ net: ["ip"] }` (recent clients) or `"net=ip, ip; net2=ip"`. */
function addressesOf(server: Row): Array<[string, string]> {
  const nets = field(server, 'Networks', 'networks', 'addresses');
  if (typeof nets === 'string') {
    return nets.split(';').flatMap((part) => {
      const [net, ips] = part.split('=');
      return (ips ?? '').split(',').map((ip): [string, string] => [net.trim(), ip.trim()]).filter(([, ip]) => ip !== '');
    });
  }
  if (nets && typeof nets === 'object') {
    return Object.entries(nets).flatMap(([net, ips]) => (Array.isArray(ips) ? ips : [ips]).map((ip: any): [string, string] => [net, typeof ip === 'object' ? ip.addr : String(ip)]));
  }
  return [];
}

/**
 * OpenStack: `openstack server list -f json`, `network list`, `subnet list`,
 * `volume list` and `port list` (all `-f json`), as arrays or one bundle object.
 * Neutron lists every project's networks, subnets and ports to an admin (and external
 * networks to everyone): scope those three with `--project <project>`, or another
 * project's objects are discovered too and a shared address leaves its port unmatched.
 */
export function discoverOpenStack(listings: unknown[]): Discovery {
  const unmatched: string[] = [];
  const groups: { [g: string]: DiscoveredGroup } = {};
  const group = (g: string) => (groups[g] ??= emptyGroup());

  const servers = rowsOf(listings, 'servers', (r) => 'Networks' in r || 'Flavor' in r);
  const members = new Map<string, string>(); // member key -> server ID
  for (const s of servers) {
    const name = String(field(s, 'Name', 'name') ?? '');
    const id = String(field(s, 'ID', 'id'));
    const m = MEMBER.exec(name);
    if (!m) { unmatched.push(`server ${name || '(no name)'} (${id}): name does not follow <group>-NNN; rename it or adopt it into a group by hand`); continue; }
    group(m[1]).adopt[name] = id;
    members.set(name, id);
  }

  // Ports: matched to servers by fixed IP address, and grouped by the server's network name.
  const ports = rowsOf(listings, 'ports', (r) => 'Fixed IP Addresses' in r || 'fixed_ips' in r);
  const portByIp = new Map<string, string[]>();
  for (const p of ports) {
    const ips = field(p, 'Fixed IP Addresses', 'fixed_ips') ?? [];
    for (const ip of Array.isArray(ips) ? ips : []) {
      const addr = typeof ip === 'string' ? ip.replace(/^.*ip_address='([^']+)'.*$/, '$1') : ip.ip_address;
      portByIp.set(addr, [...(portByIp.get(addr) ?? []), String(field(p, 'ID', 'id'))]);
    }
  }
  if (ports.length > 0) {
    for (const s of servers) {
      const name = String(field(s, 'Name', 'name') ?? '');
      const m = MEMBER.exec(name);
      if (!m) continue;
      for (const [net, ip] of addressesOf(s)) {
        const found = portByIp.get(ip) ?? [];
        if (found.length !== 1) { unmatched.push(`server ${name} address ${ip} on ${net}: ${found.length === 0 ? 'no port in the port listing' : `${found.length} ports carry it (overlapping networks)`}`); continue; }
        (group(m[1]).adoptPorts[net] ??= {})[name] = found[0];
      }
    }
  }

  // Volumes: `<member>-<spec>` are data volumes of that member; other names are shared volumes.
  const others: { [kind: string]: { [name: string]: string } } = {};
  for (const v of rowsOf(listings, 'volumes', (r) => 'Size' in r && !('Flavor' in r))) {
    const name = String(field(v, 'Name', 'name') ?? '');
    const id = String(field(v, 'ID', 'id'));
    const m = /^(.+-\d{3,})-([a-z0-9][a-z0-9-]*)$/.exec(name);
    if (m && members.has(m[1])) {
      const g = MEMBER.exec(m[1])![1];
      (group(g).volumes[m[2]] ??= {})[m[1]] = id;
    } else if (name) {
      (others.sharedVolumes ??= {})[name] = id;
    } else {
      unmatched.push(`volume (${id}): has no name; name it <member>-<volume> (a data volume) or give it to a SharedVolume by ID`);
    }
  }

  // Networks and their subnets (`<network>-<subnet>`, the library's naming; else the subnet's own name).
  const networks: { [n: string]: { [key: string]: string } } = {};
  const networkNames = new Map<string, string>();
  for (const n of rowsOf(listings, 'networks', (r) => 'Subnets' in r)) {
    const name = String(field(n, 'Name', 'name'));
    networks[name] = { network: String(field(n, 'ID', 'id')) };
    networkNames.set(String(field(n, 'ID', 'id')), name);
  }
  for (const s of rowsOf(listings, 'subnets', (r) => 'Subnet' in r && 'Network' in r)) {
    const net = networkNames.get(String(field(s, 'Network', 'network_id')));
    const name = String(field(s, 'Name', 'name') ?? '');
    if (!net) { unmatched.push(`subnet ${name} (${field(s, 'ID', 'id')}): its network is not in the network listing`); continue; }
    networks[net][name.startsWith(`${net}-`) ? name.slice(net.length + 1) : name] = String(field(s, 'ID', 'id'));
  }
  return { target: 'openstack', instanceGroups: groups, networks, others, unmatched };
}

/**
 * vSphere: `govc ls -json` (paths, e.g. of /dc1/vm, /dc1/network, /dc1/host/*\/Resources)
 * and `govc object.collect -json` (managed objects without paths: reported, because
 * the provider imports by inventory path).
 */
export function discoverVsphere(listings: unknown[]): Discovery {
  const unmatched: string[] = [];
  const groups: { [g: string]: DiscoveredGroup } = {};
  const networks: { [n: string]: { [key: string]: string } } = {};
  const others: { [kind: string]: { [name: string]: string } } = {};
  const elements: Row[] = [];
  for (const l of listings) {
    const row = l as Row;
    if (row && Array.isArray(row.elements)) elements.push(...row.elements);
    else if (Array.isArray(l)) {
      // object.collect: [{ Obj: { Type, Value }, PropSet: [{ Name, Val }] }]
      for (const o of l as Row[]) {
        const ref = o.obj ?? o.Obj ?? {};
        const name = (o.propSet ?? o.PropSet ?? []).find((p: Row) => (p.name ?? p.Name) === 'name');
        const label = [ref.type ?? ref.Type ?? 'object', name ? (name.val ?? name.Val) : undefined].filter(Boolean).join(' ');
        unmatched.push(`${label} (${ref.value ?? ref.Value ?? '?'}): object.collect gives no inventory path, and the provider imports by path; list it with \`govc ls -json <folder>\``);
      }
    }
  }
  for (const e of elements) {
    const path = String(e.Path ?? e.path);
    // govc encodes mo types with lower-case JSON keys (`self`, `config`) under `Object`.
    const obj = e.Object ?? e.object ?? {};
    const type = obj.self?.type ?? obj.Self?.Type ?? '';
    const name = path.split('/').pop()!;
    if (type === 'VirtualMachine') {
      if ((obj.config ?? obj.Config)?.template === true) { unmatched.push(`template ${path}: templates are cloned from, not adopted`); continue; }
      const m = MEMBER.exec(name);
      if (!m) { unmatched.push(`VM ${path}: name does not follow <group>-NNN; rename it or adopt it into a group by hand`); continue; }
      ((groups[m[1]] ??= emptyGroup()).adopt as { [k: string]: string })[name] = path;
    } else if (type === 'DistributedVirtualPortgroup') {
      networks[name] = { network: path };
    } else if (type === 'ResourcePool') {
      // A Quota has one pool per cluster: key them by cluster, as Quota `adopt` wants.
      const cluster = /^\/[^/]+\/host\/([^/]+)\/Resources\//.exec(path)?.[1];
      if (!cluster) { unmatched.push(`resource pool ${path}: not directly under a cluster's Resources`); continue; }
      (others[`quota:${name}`] ??= {})[cluster] = path;
    } else {
      unmatched.push(`${type || 'object'} ${path}: not an adoptable kind (VMs, distributed port groups, resource pools)`);
    }
  }
  return { target: 'vsphere', instanceGroups: groups, networks, others, unmatched };
}

/** Runs the discovery for a target over parsed listings. */
export function discover(target: string, listings: unknown[]): Discovery {
  if (target === 'openstack') return discoverOpenStack(listings);
  if (target === 'vsphere') return discoverVsphere(listings);
  throw new Error(`--from must be openstack or vsphere, not '${target}'`);
}

// Per-example assertions through the real APIs after apply: what Terraform reported is
// checked against what Nova, Neutron, Cinder, Octavia, Designate and Swift actually hold.
import { readFileSync } from 'fs';
import * as path from 'path';
import { assert, E2eEnv, eventually, Session } from './api';
import { databaseReady, shareReady } from './data-services';
import { PLATFORM_CHECKS } from './platform-pair';

type Check = (env: E2eEnv) => Promise<void>;
// Resolved lazily: checks.ts owns the per-stack projects.
const session = (env: E2eEnv, stackId: string): Promise<Session> => require('./checks').stackSession(env, stackId);

/** Every server ACTIVE, and every anti-affinity group's members on distinct hosts. */
async function computeHealthy(s: Session, region: string, minServers: number): Promise<any[]> {
  const { servers } = await s.call('compute', region, '/servers/detail');
  assert(servers.length >= minServers, `${region}: expected at least ${minServers} servers, found ${servers.length}`);
  for (const sv of servers) assert(sv.status === 'ACTIVE', `${region}: server ${sv.name} is ${sv.status}: ${sv.fault?.message ?? ''}`);
  const host = new Map<string, string>(servers.map((sv: any) => [sv.id, sv['OS-EXT-SRV-ATTR:host']]));
  const { server_groups: groups } = await s.call('compute', region, '/os-server-groups');
  for (const g of groups.filter((x: any) => x.policy === 'anti-affinity')) {
    const hosts = g.members.map((m: string) => host.get(m));
    assert(new Set(hosts).size === hosts.length, `${region}: group ${g.name} members share a host: ${hosts.join(', ')}`);
  }
  return servers;
}

/** The servers of a project the stack created (tenant VDCs), listed by the admin, all ACTIVE. */
async function projectServers(admin: Session, region: string, projectName: string): Promise<any[]> {
  const { projects } = await admin.call('identity', region, `/projects?name=${projectName}`);
  assert(projects.length === 1, `${region}: no project ${projectName}`);
  const { servers } = await admin.call('compute', region, `/servers/detail?all_tenants=1&project_id=${projects[0].id}`);
  for (const sv of servers) assert(sv.status === 'ACTIVE', `${region}: server ${sv.name} is ${sv.status}: ${sv.fault?.message ?? ''}`);
  return servers;
}

const zonesOf = (servers: any[]) => new Set(servers.map((sv) => sv['OS-EXT-AZ:availability_zone']));

async function networks(s: Session): Promise<any[]> {
  return (await s.call('network', 'RegionOne', `/v2.0/networks?project_id=${s.projectId}`)).networks;
}

function hasVlan(nets: any[], physnet: string, vlan: number): void {
  const seg = (n: any) => n.segments ?? [{ 'provider:physical_network': n['provider:physical_network'], 'provider:segmentation_id': n['provider:segmentation_id'] }];
  const ok = nets.some((n) => seg(n).some((x: any) => x['provider:physical_network'] === physnet && x['provider:segmentation_id'] === vlan));
  assert(ok, `no network on VLAN ${vlan} of ${physnet}`);
}

async function loadBalancersActive(s: Session, region: string, min: number): Promise<any[]> {
  const { loadbalancers } = await s.call('load-balancer', region, `/v2/lbaas/loadbalancers?project_id=${s.projectId}`);
  assert(loadbalancers.length >= min, `expected ${min} load balancer(s), found ${loadbalancers.length}`);
  for (const lb of loadbalancers) {
    assert(lb.provisioning_status === 'ACTIVE', `load balancer ${lb.name} is ${lb.provisioning_status}`);
    const port = await s.call('network', 'RegionOne', `/v2.0/ports/${lb.vip_port_id}`);
    assert(port.port.fixed_ips.some((ip: any) => ip.ip_address === lb.vip_address), `VIP ${lb.vip_address} is not on port ${lb.vip_port_id}`);
  }
  return loadbalancers;
}

async function zonesActive(s: Session, min: number): Promise<void> {
  await eventually(30, async () => {
    const { zones } = await s.call('dns', 'RegionOne', '/v2/zones');
    assert(zones.length >= min, `expected ${min} DNS zone(s), found ${zones.length}`);
    for (const z of zones) assert(z.status === 'ACTIVE', `zone ${z.name} is ${z.status}`);
  });
}

async function containerPolicies(s: Session): Promise<Map<string, string>> {
  const reply = await s.call('object-store', 'RegionOne', '?format=json');
  const list: any[] = Array.isArray(reply) ? reply : []; // an empty account answers 204
  const out = new Map<string, string>();
  for (const c of list) {
    const res = await fetch(`${s.url('object-store', 'RegionOne')}/${encodeURIComponent(c.name)}`, { method: 'HEAD', headers: { 'X-Auth-Token': s.token } });
    out.set(c.name, res.headers.get('x-storage-policy') ?? '?');
  }
  return out;
}

export const LIVE_CHECKS: Record<string, Check> = {
  'openstack-basic': async (env) => {
    const s = await session(env, 'openstack-basic');
    const servers = await computeHealthy(s, 'RegionOne', 2);
    assert([...zonesOf(servers)].sort().join() === 'az1,az2', `servers not in az1 and az2: ${[...zonesOf(servers)]}`);
    const { security_groups: sgs } = await s.call('network', 'RegionOne', `/v2.0/security-groups?name=app-sg&project_id=${s.projectId}`);
    assert(sgs[0]?.security_group_rules.length === 3, `app-sg should hold exactly its 3 rules (defaults deleted), has ${sgs[0]?.security_group_rules.length}`);
    const { routers } = await s.call('network', 'RegionOne', `/v2.0/routers?name=app-router&project_id=${s.projectId}`);
    const { networks: pub } = await s.call('network', 'RegionOne', '/v2.0/networks?name=public');
    assert(routers[0]?.external_gateway_info?.network_id === pub[0].id, 'app-router has no gateway on public');
  },

  'pool-matrix-openstack': async (env) => {
    const s = await session(env, 'pool-matrix-openstack');
    const servers = await computeHealthy(s, 'RegionOne', 3);
    assert(zonesOf(servers).size === 3, 'web tier is not spread over 3 zones');
    hasVlan(await networks(s), 'physnet1', 1040);
    // Instance ports are owned by "compute:<zone>": Neutron filters device_owner exactly.
    const ports = ((await s.call('network', 'RegionOne', `/v2.0/ports?project_id=${s.projectId}`)).ports as any[])
      .filter((p) => p.device_owner.startsWith('compute:'));
    const macs = ports.filter((p: any) => p.mac_address.startsWith('fa:16:3e:40:00'));
    assert(macs.length >= 3, `expected 3 ports with pool MACs, found ${macs.length}`);
    const ips = ports.flatMap((p: any) => p.fixed_ips.map((i: any) => i.ip_address));
    for (const ip of ['10.40.1.11', '10.40.1.12', '10.40.1.13']) assert(ips.includes(ip), `no port holds ${ip}`);
    const { volumes } = await s.call('block-storage', 'RegionOne', '/volumes/detail');
    const shared = volumes.find((v: any) => v.multiattach);
    assert(shared && shared.attachments.length === 3, `the shared volume should be attached to 3 servers: ${shared?.attachments.length}`);
    const { quota_set: q } = await s.call('compute', 'RegionOne', `/os-quota-sets/${s.projectId}`);
    assert(q.instances === 10 && q.cores === 32, `nova quota not applied: instances ${q.instances}, cores ${q.cores}`);
  },

  'pool-multisite': async (env) => {
    const s = await session(env, 'pool-multisite');
    const east = await computeHealthy(s, 'RegionEast', 1);
    const west = await computeHealthy(s, 'RegionWest', 1);
    // Separate Nova deployments: neither region sees the other's servers.
    assert(east.every((sv) => sv.name.includes('east')) && west.every((sv) => sv.name.includes('west')),
      `servers leaked across regions: east ${east.map((x) => x.name)}, west ${west.map((x) => x.name)}`);
  },

  'finance-cicd-vm-openstack': async (env) => {
    const s = await session(env, 'finance-cicd-vm-openstack');
    const servers = await computeHealthy(s, 'RegionOne', 4);
    assert([...zonesOf(servers)].sort().join() === 'az-kvm,az-vcenter', `zones: ${[...zonesOf(servers)]}`);
    const nets = await networks(s);
    hasVlan(nets, 'physnet-mgmt', 2001);
    hasVlan(nets, 'physnet-prod', 2010);
    await loadBalancersActive(s, 'RegionOne', 1);
    const { listeners } = await s.call('load-balancer', 'RegionOne', `/v2/lbaas/listeners?project_id=${s.projectId}`);
    assert(listeners.some((l: any) => l.protocol === 'TERMINATED_HTTPS' && l.client_authentication === 'MANDATORY'), 'no mTLS TERMINATED_HTTPS listener');
  },

  'telecom-ha-openstack': async (env) => {
    const s = await session(env, 'telecom-ha-openstack');
    // Three regions: the primary, the DR standby and the active RegionEast.
    const sbcs: any[] = [];
    for (const region of ['RegionOne', 'RegionTwo', 'RegionEast']) {
      sbcs.push(...(await computeHealthy(s, region, 9)).filter((sv) => sv.name.includes('sbc')));
      await loadBalancersActive(s, region, 0);
    }
    // The SBCs' media ports are SR-IOV: each bound to a VF Nova claimed on its DC's business
    // physnet, and no two on one host share a VF.
    const { ports } = await s.call('network', 'RegionOne', `/v2.0/ports?project_id=${s.projectId}`);
    const vfs = ports.filter((p: any) => p['binding:vnic_type'] === 'direct');
    assert(sbcs.length >= 9 && vfs.length === sbcs.length, `expected one SR-IOV port per SBC (${sbcs.length}), found ${vfs.length}`);
    for (const p of vfs) {
      const profile = p['binding:profile'] ?? {};
      assert(p['binding:vif_type'] === 'hw_veb' && /^0000:/.test(profile.pci_slot ?? '') && /^dc[123]-physnet-biz$/.test(profile.physical_network ?? ''),
        `port ${p.name} is not bound to a VF on a business physnet: ${p['binding:vif_type']} ${JSON.stringify(profile)}`);
    }
    const claimed = new Set(vfs.map((p: any) => `${p['binding:host_id']}/${p['binding:profile'].pci_slot}`));
    assert(claimed.size === vfs.length, `SR-IOV ports share a VF: ${[...claimed].join(', ')}`);
    const nets = await networks(s);
    for (const dc of ['dc1', 'dc2', 'dc3']) hasVlan(nets, `${dc}-physnet-mgmt`, 110);
    // A full mesh of three regions: three links, one IPsec site connection at each end.
    const { ipsec_site_connections: links } = await s.call('network', 'RegionOne', `/v2.0/vpn/ipsec-site-connections?project_id=${s.projectId}`);
    assert(links.length === 6, `expected 6 IPsec site connections, found ${links.length}`);
  },

  'government-cloud-openstack': async (env) => {
    const s = await session(env, 'government-cloud-openstack');
    // Department workloads live in their departments' projects (department-scoped providers).
    const admin = await Session.login(env);
    const departments = ['finance-bureau', 'public-affairs', 'it-centre'];
    const serversOf = async (region: string, suffix: string) => {
      const out: any[] = [];
      for (const d of departments) out.push(...await projectServers(admin, region, `${d}${suffix}`));
      return out;
    };
    // Primary: every workload at its count (2); the backup centre (G7): one standby member each.
    const primary = await serversOf('cn-central-1', '');
    const backup = await serversOf('cn-central-2', '-backup');
    const workloads = (servers: any[]) => servers.map((sv) => sv.name as string).filter((n) => !n.includes('runner')).sort();
    assert(workloads(primary).length === 10, `cn-central-1: expected 10 department workload servers, found ${workloads(primary).join(', ')}`);
    assert(workloads(backup).every((n) => n.endsWith('-001')) && workloads(backup).length === 5, `cn-central-2: expected one standby member of each of 5 workloads, found ${workloads(backup).join(', ')}`);
    const { firewall_groups: fwgs } = await s.call('network', 'RegionOne', `/v2.0/fwaas/firewall_groups?project_id=${s.projectId}`);
    for (const g of fwgs.filter((x: any) => x.name !== 'default')) assert(g.status === 'ACTIVE', `firewall group ${g.name} is ${g.status}`);
    // G4: the DMZ workloads' ports mirrored, each mirror owned by the project that owns the port.
    const deptIds = new Set<string>();
    for (const d of departments) deptIds.add((await admin.call('identity', 'RegionOne', `/projects?name=${d}`)).projects[0]?.id);
    const { tap_mirrors: all } = await admin.call('network', 'RegionOne', '/v2.0/taas/tap_mirrors');
    const mirrors = all.filter((m: any) => deptIds.has(m.project_id));
    assert(mirrors.length >= 3, `expected tap mirrors of the DMZ workloads in the department projects, found ${mirrors.length}`);
    for (const m of mirrors) {
      const { port } = await admin.call('network', 'RegionOne', `/v2.0/ports/${m.port_id}`);
      assert(port.project_id === m.project_id, `tap mirror ${m.name} (project ${m.project_id}) mirrors a port of project ${port.project_id}`);
    }
    // The interconnect: one IPsec site connection on each site's extranet edge router.
    const { ipsec_site_connections: links } = await s.call('network', 'RegionOne', `/v2.0/vpn/ipsec-site-connections?project_id=${s.projectId}`);
    assert(links.length === 2, `expected 2 IPsec site connections (primary and backup centre), found ${links.length}`);
  },

  'broadcast-video-openstack': async (env) => {
    const s = await session(env, 'broadcast-video-openstack');
    await computeHealthy(s, 'RegionOne', 15);
    await loadBalancersActive(s, 'RegionOne', 1);
    await zonesActive(s, 1);
    const policies = await containerPolicies(s);
    assert([...policies.entries()].some(([n, p]) => n.includes('archive') && p === 'erasure-coded'), `archive not erasure-coded: ${[...policies]}`);
  },

  // The transcoders run on Kubernetes (test/e2e/kubernetes/checks.ts checks them); the rest is OpenStack.
  'broadcast-video-k8s': async (env) => {
    const s = await session(env, 'broadcast-video-k8s');
    const servers = await computeHealthy(s, 'RegionOne', 6);
    assert(servers.length === 6 && [...zonesOf(servers)].sort().join() === 'az1,az2', `servers: ${servers.map((sv) => `${sv.name}@${sv['OS-EXT-AZ:availability_zone']}`)}`);
    await loadBalancersActive(s, 'RegionOne', 1);
    await zonesActive(s, 1);
    // The media library on the cluster's default policy (this cloud names policy 0 "gold").
    const policies = await containerPolicies(s);
    assert([...policies.keys()].sort().join() === 'tianshan-archive,tianshan-mezzanine,tianshan-renditions'
      && [...policies.values()].every((p) => p === 'gold'), `containers: ${[...policies]}`);
  },

  'power-scada-openstack': async (env) => {
    const s = await session(env, 'power-scada-openstack');
    // Zone I front-ends (4), the zone II historian pair and metering pair, spread over az1 and az2.
    const servers = await computeHealthy(s, 'cn-east-d1', 8);
    assert([...zonesOf(servers)].sort().join() === 'az1,az2', `cn-east-d1: servers not in az1 and az2: ${[...zonesOf(servers)]}`);
    const nets = await networks(s);
    for (const [vlan, what] of [[100, 'IPMI'], [101, 'Admin/PXE'], [102, 'management'], [103, 'storage']] as const) {
      try { hasVlan(nets, 'physnet-infra', vlan); } catch (e) { throw new Error(`${what} plane: ${(e as Error).message}`); }
    }
    // Production control: tenant networks on their own physical network (P3).
    hasVlan(nets, 'physnet-prod', 3001);
    hasVlan(nets, 'physnet-prod', 3002);
    const { volumes } = await s.call('block-storage', 'cn-east-d1', '/volumes/detail');
    const data = volumes.filter((v: any) => v.name.includes('historian'));
    assert(data.length === 2 && data.every((v: any) => v.attachments.length === 1), `historian data volumes not attached: ${data.map((v: any) => `${v.name}:${v.attachments.length}`)}`);
  },

  'manufacturing-openstack': async (env) => {
    const s = await session(env, 'manufacturing-openstack');
    const admin = await Session.login(env);
    const region = 'cn-north-bj1';
    // The e-commerce tenant VDC: web 2, app 3, db 2, in its own project, over az1 and az2.
    const servers = await projectServers(admin, region, 'lenovo-ecommerce');
    assert(servers.length === 7, `${region}: expected 7 e-commerce servers, found ${servers.map((sv) => sv.name).join(', ')}`);
    assert([...zonesOf(servers)].sort().join() === 'az1,az2', `${region}: servers not in az1 and az2: ${[...zonesOf(servers)]}`);
    // M10: host aggregates per node role, on the hosts the site names.
    const { aggregates } = await admin.call('compute', region, '/os-aggregates');
    const ctx = env.context as Record<string, string[]>;
    for (const [role, key] of [['compute', 'computeHosts'], ['storage', 'storageHosts'], ['converged', 'convergedHosts']]) {
      const agg = aggregates.find((a: any) => a.name === `lenovo-${role}`);
      assert(agg, `${region}: no aggregate lenovo-${role}`);
      assert([...agg.hosts].sort().join() === [...ctx[`manufacturingOpenstack.${key}`]].sort().join(), `aggregate lenovo-${role} holds ${agg.hosts}`);
    }
    // The DB tier's data volumes on the SSD media pool's volume type, attached.
    const volumes = (await admin.call('block-storage', region, '/volumes/detail?all_tenants=1')).volumes.filter((v: any) => v.name.startsWith('ecommerce-db-'));
    assert(volumes.length === 2 && volumes.every((v: any) => v.volume_type === 'lenovo-ssd' && v.attachments.length === 1),
      `db volumes: ${volumes.map((v: any) => `${v.name} ${v.volume_type} ${v.attachments.length}`)}`);
    // M3: the load balancer's floating IP carries the bandwidth-limit QoS policy.
    await loadBalancersActive(s, region, 1);
    const { floatingips } = await s.call('network', region, `/v2.0/floatingips?project_id=${s.projectId}`);
    assert(floatingips.length === 1 && floatingips[0].qos_policy_id, `floating IP without a QoS policy: ${JSON.stringify(floatingips)}`);
  },

  'healthcare-openstack': async (env) => {
    const s = await session(env, 'healthcare-openstack');
    const admin = await Session.login(env);
    const region = 'cn-central-wh1';
    // Application 3, database 2, audit 2, audit collectors 2, backup runner 1, over az1 and az2.
    const servers = await computeHealthy(s, region, 10);
    assert([...zonesOf(servers)].sort().join() === 'az1,az2', `${region}: servers not in az1 and az2: ${[...zonesOf(servers)]}`);
    // Attested pools: trusted aggregates on the hosts the site names.
    const { aggregates } = await admin.call('compute', region, '/os-aggregates');
    const ctx = env.context as Record<string, string[]>;
    for (const [pool, key] of [['control', 'controlHosts'], ['compute', 'computeHosts'], ['storage', 'storageHosts']]) {
      const agg = aggregates.find((a: any) => a.name === `medical-${pool}`);
      assert(agg?.metadata?.trusted === 'true', `${region}: no trusted aggregate medical-${pool}: ${JSON.stringify(agg)}`);
      assert([...agg.hosts].sort().join() === [...ctx[`healthcareOpenstack.${key}`]].sort().join(), `aggregate medical-${pool} holds ${agg.hosts}`);
    }
    // Records and audit logs on the encrypted type, attached.
    const { volumes } = await s.call('block-storage', region, '/volumes/detail');
    const data = volumes.filter((v: any) => /-(records|logs)$/.test(v.name));
    assert(data.length === 4 && data.every((v: any) => v.volume_type === 'luks-ceph' && v.attachments.length === 1),
      `data volumes: ${data.map((v: any) => `${v.name} ${v.volume_type} ${v.attachments.length}`)}`);
    // The notifications stack, created by Heat through a trust.
    const { stacks } = await s.call('orchestration', region, '/stacks?name=consultation-notifications');
    assert(stacks.length === 1 && stacks[0].stack_status === 'CREATE_COMPLETE', `heat stack: ${JSON.stringify(stacks)}`);
    // Role grants to the operator groups, on the project, with the intended roles.
    const grants = (await admin.call('identity', region, `/role_assignments?scope.project.id=${s.projectId}&include_names=1`)).role_assignments
      .filter((a: any) => a.group).map((a: any) => `${a.group.name.replace(/^.*-(\w+_group_id)$/, '$1')}:${a.role.name}`).sort();
    assert(grants.join() === 'clinician_group_id:reader,operator_group_id:member', `group grants: ${grants}`);
    // The records reader's application credential: least roles, explicit access rules.
    const { users } = await admin.call('identity', region, `/users?name=${env.env.OS_USERNAME}`);
    const { application_credentials: creds } = await admin.call('identity', region, `/users/${users[0].id}/application_credentials?name=medical-records-reader`);
    assert(creds.length === 1 && creds[0].unrestricted === false && creds[0].access_rules?.[0]?.service === 'object-store'
      && creds[0].roles.map((r: any) => r.name).join() === 'reader', `records-reader credential: ${JSON.stringify(creds)}`);
    await loadBalancersActive(s, region, 1);
  },

  'brownfield-adopt-openstack': async (env) => {
    // Adopted in place: every seeded object keeps its ID (an import followed by a
    // replacement would not), and only the expansion members are new.
    const id = 'brownfield-adopt-openstack';
    const estate: Map<string, string> = require('./checks').seededEstate(id);
    const s = await session(env, id);
    const region = 'RegionOne';
    const servers = await computeHealthy(s, region, 24);
    const byName = new Map<string, any>(servers.map((sv: any) => [sv.name, sv]));
    const seeded = (kind: string) => [...estate].filter(([k]) => k.startsWith(`${kind} `)).map(([k, v]) => [k.slice(kind.length + 1), v] as const);
    for (const [name, sid] of seeded('server')) assert(byName.get(name)?.id === sid, `server ${name} is ${byName.get(name)?.id}, the adopted one was ${sid}`);
    const fresh = servers.map((sv: any) => sv.name).filter((n: string) => !estate.has(`server ${n}`)).sort();
    assert(fresh.join() === 'app-015,web-009', `servers created beside the adopted ones: ${fresh}`);
    // Adopted ports keep their MAC and address and now carry the new zone groups.
    const { ports } = await s.call('network', region, `/v2.0/ports?project_id=${s.projectId}`);
    const { security_groups: groups } = await s.call('network', region, `/v2.0/security-groups?project_id=${s.projectId}`);
    const zoneOf = new Map(groups.map((g: any) => [g.id, g.name]));
    const recordedPorts: any[] = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'examples', id, 'estate', 'ports.json'), 'utf8'));
    for (const [member, pid] of seeded('port')) {
      const p = ports.find((x: any) => x.id === pid);
      assert(p, `adopted port of ${member} (${pid}) is gone`);
      const was = recordedPorts.find((r) => r['MAC Address'] === p.mac_address);
      assert(was && p.fixed_ips.map((f: any) => f.ip_address).join() === was['Fixed IP Addresses'].map((f: any) => f.ip_address).join(),
        `adopted port of ${member} changed its MAC or address: ${p.mac_address} ${JSON.stringify(p.fixed_ips)}`);
      assert(p.device_id === byName.get(member).id, `adopted port of ${member} is bound to ${p.device_id}`);
      const want = member.startsWith('web-') ? 'web-zone' : 'app-zone';
      assert(p.security_groups.map((g: string) => zoneOf.get(g)).join() === want, `port of ${member} is in ${p.security_groups.map((g: string) => zoneOf.get(g))}, not ${want}`);
    }
    const { networks: nets } = await s.call('network', region, `/v2.0/networks?project_id=${s.projectId}`);
    for (const [name, nid] of seeded('network')) assert(nets.some((n: any) => n.id === nid && n.name === name), `adopted network ${name} (${nid}) is gone`);
    // The adopted subnets keep the gateways they ran with (the estate's default route).
    for (const [name, sid] of seeded('subnet')) {
      const { subnet } = await s.call('network', region, `/v2.0/subnets/${sid}`);
      assert(subnet.gateway_ip === subnet.cidr.replace(/0\/24$/, '1'), `adopted subnet ${name} lost its gateway: ${subnet.gateway_ip}`);
    }
    // Data volumes: the adopted ones and the expansion member's, each on its member; the
    // adopted shared volume on every app member at once.
    const { volumes } = await s.call('block-storage', region, '/volumes/detail');
    const vol = new Map<string, any>(volumes.map((v: any) => [v.name, v]));
    for (const [name, vid] of seeded('volume')) assert(vol.get(name)?.id === vid, `volume ${name} is ${vol.get(name)?.id}, the adopted one was ${vid}`);
    for (const sv of servers.filter((x: any) => x.name.startsWith('app-'))) {
      const data = vol.get(`${sv.name}-data`);
      assert(data?.attachments.length === 1 && data.attachments[0].server_id === sv.id, `${sv.name}-data is attached to ${JSON.stringify(data?.attachments)}`);
    }
    const shared = vol.get('shared-assets');
    const on = new Set(shared.attachments.map((a: any) => a.server_id));
    assert(shared.multiattach && on.size === 15 && servers.filter((x: any) => x.name.startsWith('app-')).every((x: any) => on.has(x.id)),
      `shared-assets (multiattach ${shared.multiattach}) is on ${on.size} server(s), not the 15 app members`);
  },

  ...PLATFORM_CHECKS,

  'openstack-services': async (env) => {
    const s = await session(env, 'openstack-services');
    await loadBalancersActive(s, 'RegionOne', 1);
    await zonesActive(s, 1);
    const { firewall_groups: fwgs } = await s.call('network', 'RegionOne', `/v2.0/fwaas/firewall_groups?project_id=${s.projectId}`);
    assert(fwgs.some((g: any) => g.name !== 'default' && g.status === 'ACTIVE'), 'edge firewall group is not ACTIVE');
    const policies = await containerPolicies(s);
    assert([...policies.values()].includes('erasure-coded'), `no erasure-coded container: ${[...policies]}`);
    await databaseReady(s, await Session.login(env), { name: 'orders-db', region: 'RegionOne', sizeGiB: 50, volumeType: 'ssd', network: 'services-net', databases: ['orders'], users: { orders_app: ['orders'] } });
    await shareReady(s, 'RegionOne', { name: 'media-share', sizeGiB: 1024, protocol: 'NFS', access: { '10.20.0.0/24': 'rw', '10.30.0.0/24': 'ro' } });
  },

  'power-grid-openstack': async (env) => {
    const s = await session(env, 'power-grid-openstack');
    // The DMZ portal pair and the analysis zone's app, SQL Server and Oracle tiers, over az1 and az2.
    const servers = await computeHealthy(s, 'cn-east-js1', 9);
    assert(servers.length === 9 && [...zonesOf(servers)].sort().join() === 'az1,az2', `cn-east-js1: servers ${servers.map((sv) => `${sv.name}@${sv['OS-EXT-AZ:availability_zone']}`)}`);
    const { volumes } = await s.call('block-storage', 'cn-east-js1', '/volumes/detail');
    const data = volumes.filter((v: any) => v.attachments.length === 1);
    assert(data.length >= 2, `cn-east-js1: expected the database tiers' data volumes attached, found ${data.map((v: any) => v.name)}`);
    // The PaaS tier (P6): the warning system's managed MySQL in the analysis zone.
    await databaseReady(s, await Session.login(env), { name: 'grid-warning', region: 'cn-east-js1', sizeGiB: 100, volumeType: 'commercial-san', network: 'grid-analysis', databases: ['peak_load'] });
  },

  'education-campus-openstack': async (env) => {
    const admin = await Session.login(env);
    const region = 'cn-central-edu1';
    for (const dept of ['academic-affairs', 'computer-science', 'network-centre']) {
      // The department's workload pair (its backup runner, if any, is checked by the backup policy's own tests).
      const servers = (await projectServers(admin, region, dept)).filter((sv) => !sv.name.includes('-runner-'));
      assert(servers.length === 2 && [...zonesOf(servers)].sort().join() === 'az1,az2', `${region}: ${dept} servers ${servers.map((sv) => `${sv.name}@${sv['OS-EXT-AZ:availability_zone']}`)}`);
    }
    // The Internet and campus-intranet zones meet on one distributed (DVR) edge router, with the IPsec link to the education network.
    const { routers } = await admin.call('network', 'RegionOne', '/v2.0/routers?name=campus-cloud-edge');
    assert(routers.length === 1 && routers[0].distributed === true, `edge router: ${JSON.stringify(routers.map((r: any) => ({ name: r.name, distributed: r.distributed })))}`);
    const { ipsec_site_connections: links } = await admin.call('network', 'RegionOne', `/v2.0/vpn/ipsec-site-connections?project_id=${routers[0].project_id}`);
    assert(links.length === 1, `expected one IPsec site connection on the edge, found ${links.length}`);
    // The course database, in the academic affairs department's own project.
    const dept = await Session.login(env, 'academic-affairs');
    await databaseReady(dept, admin, { name: 'academic-affairs-courses', region, sizeGiB: 100, volumeType: 'luks-distributed', network: 'academic-affairs-net', databases: ['courses'] });
  },
};

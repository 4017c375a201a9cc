// Issue 18: `discover` turns saved listings into adopt maps. The listings are written
// here, in the shapes the clients print (`openstack ... list -f json`, `govc ls -json`).
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { discover } from '../../lib/cli/discover';
import { main } from '../../lib/cli/main';

const servers = [
  { ID: 's1', Name: 'db-001', Status: 'ACTIVE', Networks: { 'db-net': ['10.9.0.11'] }, Flavor: 'm1.large' },
  { ID: 's2', Name: 'db-002', Status: 'ACTIVE', Networks: 'db-net=10.9.0.12; mgmt=10.0.0.12', Flavor: 'm1.large' },
  { ID: 's3', Name: 'jumphost', Status: 'ACTIVE', Networks: {}, Flavor: 'm1.small' },
];
const ports = [
  { 'ID': 'p1', 'Fixed IP Addresses': [{ subnet_id: 'sn1', ip_address: '10.9.0.11' }] },
  { 'ID': 'p2', 'Fixed IP Addresses': [{ subnet_id: 'sn1', ip_address: '10.9.0.12' }] },
  { 'ID': 'p3', 'Fixed IP Addresses': [{ subnet_id: 'sn9', ip_address: '10.0.0.12' }] },
];
const volumes = [
  { ID: 'v1', Name: 'db-001-data', Size: 100, Status: 'in-use' },
  { ID: 'v2', Name: 'db-002-data', Size: 100, Status: 'in-use' },
  { ID: 'v3', Name: 'media', Size: 500, Status: 'available' },
  { ID: 'v4', Name: '', Size: 1, Status: 'available' },
];
const networks = [{ ID: 'n1', Name: 'db-net', Subnets: ['sn1'] }];
const subnets = [{ ID: 'sn1', Name: 'db-net-db', Network: 'n1', Subnet: '10.9.0.0/24' }, { ID: 'sn8', Name: 'lost', Network: 'n8', Subnet: '10.8.0.0/24' }];

describe('discover (seed 纳管: take over an existing pool)', () => {
  test('OpenStack listings become adopt maps per group; ports are matched by address', () => {
    const found = discover('openstack', [servers, ports, volumes, networks, subnets]);
    expect(found.instanceGroups.db.adopt).toEqual({ 'db-001': 's1', 'db-002': 's2' });
    expect(found.instanceGroups.db.adoptPorts).toEqual({ 'db-net': { 'db-001': 'p1', 'db-002': 'p2' }, 'mgmt': { 'db-002': 'p3' } });
    expect(found.instanceGroups.db.volumes).toEqual({ data: { 'db-001': 'v1', 'db-002': 'v2' } });
    expect(found.networks).toEqual({ 'db-net': { network: 'n1', db: 'sn1' } });
    expect(found.others.sharedVolumes).toEqual({ media: 'v3' });
    expect(found.unmatched).toEqual([
      expect.stringMatching(/^server jumphost \(s3\): name does not follow <group>-NNN/),
      expect.stringMatching(/^volume \(v4\): has no name/),
      expect.stringMatching(/^subnet lost \(sn8\): its network is not in the network listing/),
    ]);
  });

  test('an address carried by two ports (overlapping networks) is reported, not guessed', () => {
    const twice = [...ports, { 'ID': 'p9', 'Fixed IP Addresses': [{ subnet_id: 'other', ip_address: '10.9.0.11' }] }];
    const found = discover('openstack', [{ servers, ports: twice }]);
    expect(found.instanceGroups.db.adoptPorts['db-net']).toEqual({ 'db-002': 'p2' });
    expect(found.unmatched).toContainEqual('server db-001 address 10.9.0.11 on db-net: 2 ports carry it (overlapping networks)');
  });

  test('G10: vSphere govc ls -json gives inventory paths; templates, other kinds and object.collect rows are reported', () => {
    const el = (p: string, type: string, extra = {}) => ({ Path: p, Object: { self: { type, value: 'x' }, ...extra } });
    const vms = { elements: [el('/dc1/vm/web-001', 'VirtualMachine'), el('/dc1/vm/tpl', 'VirtualMachine', { config: { template: true } }), el('/dc1/vm/web-002', 'VirtualMachine')] };
    const nets = { elements: [el('/dc1/network/pg-web', 'DistributedVirtualPortgroup'), el('/dc1/network/VM Network', 'Network')] };
    const pools = { elements: [el('/dc1/host/cluster-a/Resources/tenant', 'ResourcePool'), el('/dc1/host/cluster-b/Resources/tenant', 'ResourcePool')] };
    const collected = [{ obj: { type: 'VirtualMachine', value: 'vm-7' }, propSet: [{ name: 'name', val: 'web-003' }] }];
    const found = discover('vsphere', [vms, nets, pools, collected]);
    expect(found.instanceGroups.web.adopt).toEqual({ 'web-001': '/dc1/vm/web-001', 'web-002': '/dc1/vm/web-002' });
    expect(found.networks).toEqual({ 'pg-web': { network: '/dc1/network/pg-web' } });
    expect(found.others['quota:tenant']).toEqual({ 'cluster-a': '/dc1/host/cluster-a/Resources/tenant', 'cluster-b': '/dc1/host/cluster-b/Resources/tenant' });
    expect(found.unmatched).toEqual([
      expect.stringMatching(/^VirtualMachine web-003 \(vm-7\): object.collect gives no inventory path/),
      expect.stringMatching(/^template \/dc1\/vm\/tpl: templates are cloned from/),
      expect.stringMatching(/^Network \/dc1\/network\/VM Network: not an adoptable kind/),
    ]);
  });

  test('the CLI reads listing files, prints a paste-ready map without empty entries, and reports the rest on stderr', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'discover-'));
    const files = { 'servers.json': servers, 'ports.json': ports, 'volumes.json': volumes };
    for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(data));
    const out: string[] = [];
    const err: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
    const ewrite = jest.spyOn(process.stderr, 'write').mockImplementation((s) => { err.push(String(s)); return true; });
    try {
      expect(await main(['discover', '--from', 'openstack', ...Object.keys(files).map((f) => path.join(dir, f))])).toBe(0);
      writeFileSync(path.join(dir, 'broken.json'), '{ not json');
      expect(await main(['discover', '--from', 'openstack', path.join(dir, 'broken.json')])).toBe(2);
      expect(await main(['discover', '--from', 'azure', path.join(dir, 'servers.json')])).toBe(2);
    } finally {
      write.mockRestore();
      ewrite.mockRestore();
    }
    const printed = JSON.parse(out.join(''));
    expect(printed.instanceGroups.db.adopt['db-002']).toBe('s2');
    expect(printed.networks).toBeUndefined(); // no network listing given: left out, not {}
    expect(err.join('')).toMatch(/not matched: server jumphost/);
    expect(err.join('')).toMatch(/broken\.json: .*save listings with -f json/);
    expect(err.join('')).toMatch(/--from openstack\|vsphere/);
  });

  test('the brownfield examples paste exactly what discover prints for their recorded estates', () => {
    for (const target of ['openstack', 'vsphere']) {
      const dir = path.join(__dirname, '..', '..', 'examples', `brownfield-adopt-${target}`);
      const estate = readdirJson(path.join(dir, 'estate'));
      const found = discover(target, estate);
      const pasted = JSON.parse(readFileSync(path.join(dir, 'adopt.json'), 'utf8'));
      expect(pasted.instanceGroups.app.adopt).toEqual(found.instanceGroups.app.adopt);
      expect(pasted.instanceGroups.web.adopt).toEqual(found.instanceGroups.web.adopt);
      expect(pasted.networks).toEqual(found.networks);
      expect(Object.keys(found.instanceGroups.web.adopt).length + Object.keys(found.instanceGroups.app.adopt).length).toBeGreaterThanOrEqual(20);
    }
  });
});

function readdirJson(dir: string): unknown[] {
  return require('fs').readdirSync(dir).sort().map((f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { PowerGridOpenStackStack } from '../../examples/power-grid-openstack/main';
import { PowerGridVsphereStack } from '../../examples/power-grid-vsphere/main';
import { PowerScadaOpenStackStack } from '../../examples/power-scada-openstack/main';
import {
  Compliance,
  Image,
  Labels,
  OpenStackSite,
  PowerGridCloud,
  PowerGridCloudProps,
  PowerGridRegion,
  PowerGridZone,
  PowerOsFamily,
  PowerSizes,
  PowerStorageTier,
  PowerTenantSpec,
  PowerWorkloadRole,
  Size,
  VlanPool,
  VsphereSite,
} from '../../lib';

type Json = Record<string, any>;
const res = (json: Json, type: string): Record<string, Json> => json.resource?.[type] ?? {};
const tag = (r: Json, key: string) => (r.tags ?? []).map((t: string) => Labels.fromOpenStackTag(t)).find((t: { key: string }) => t.key === key)?.value;
/** The `type.name` a `${type.name.attr}` reference points to. */
const refOf = (value: unknown) => (typeof value === 'string' ? /\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)(\[[^\]]*\])?\.[a-z_]+\}/.exec(value)?.[1] : undefined);

const os = (() => {
  const stack = new PowerGridOpenStackStack(Testing.app(), 'power-grid-openstack');
  return { stack, json: JSON.parse(Testing.synth(stack)) as Json };
})();

function openstackStack(withPublicNetwork = true) {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2'], externalNetwork: withPublicNetwork ? 'public' : undefined });
  return { stack, site };
}

const linux = Image.fromName('centos-7');
const tenant = (name: string, zone: PowerGridZone, cidr: string, extra: Partial<PowerTenantSpec> = {}): PowerTenantSpec => ({
  name, zone, cidr, workloads: [{ name: 'app', size: Size.of(2, 4), image: linux, ports: [8080] }], ...extra,
});

/** A production control (SCADA) cloud: zones I and II on a dedicated physical network. */
function scada(overrides: Partial<PowerGridCloudProps> = {}) {
  const { stack, site } = openstackStack(false);
  const cloud = new PowerGridCloud(stack, 'scada', {
    site,
    region: PowerGridRegion.PRODUCTION_CONTROL,
    infrastructureVlans: VlanPool.range(100, 199, { physicalNetwork: 'physnet-infra' }),
    tenantVlans: VlanPool.range(2000, 2099, { physicalNetwork: 'physnet-prod' }),
    tenants: [tenant('realtime', PowerGridZone.I, '10.1.0.0/24'), tenant('metering', PowerGridZone.II, '10.2.0.0/24')],
    ...overrides,
  });
  return { stack, cloud, json: JSON.parse(Testing.synth(stack)) as Json };
}

function information(overrides: Partial<PowerGridCloudProps> = {}, withPublicNetwork = true) {
  const { stack, site } = openstackStack(withPublicNetwork);
  return new PowerGridCloud(stack, 'grid', {
    site,
    region: PowerGridRegion.MANAGEMENT_INFORMATION,
    infrastructureVlans: VlanPool.range(100, 199, { physicalNetwork: 'physnet-infra' }),
    tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24')],
    ...overrides,
  });
}

const planeNetworks = (json: Json) => Object.entries(res(json, 'openstack_networking_network_v2')).filter(([, n]) => ['ipmi', 'pxe', 'management', 'storage'].includes(tag(n, 'oscar.io/plane')));

describe('PowerGridCloud (power, P1-P10)', () => {
  test('P1: six planes: IPMI, Admin/PXE, management and storage as VLANs on the infrastructure network, a private network per tenant, the public external network', () => {
    const planes = planeNetworks(os.json);
    expect(planes.map(([, n]) => tag(n, 'oscar.io/plane')).sort()).toEqual(['ipmi', 'management', 'pxe', 'storage']);
    const vlans = planes.map(([, n]) => n.segments[0]);
    expect(new Set(vlans.map((s) => s.segmentation_id)).size).toBe(4);
    expect(vlans.every((s) => s.network_type === 'vlan' && s.physical_network === 'physnet-infra')).toBe(true);
    const business = Object.values(res(os.json, 'openstack_networking_network_v2')).filter((n) => tag(n, 'oscar.io/plane') === 'business');
    expect(business).toHaveLength(2);
    expect(os.json.data.openstack_networking_network_v2).toBeDefined(); // the public network, looked up by name
  });

  test('P2: Admin/PXE and management (every infrastructure plane) have no router interface and no gateway; Neutron DHCP is off on Admin/PXE and IPMI', () => {
    const planes = new Set(planeNetworks(os.json).map(([k]) => `openstack_networking_network_v2.${k}`));
    const subnets = Object.entries(res(os.json, 'openstack_networking_subnet_v2')).filter(([, s]) => planes.has(refOf(s.network_id)!));
    expect(subnets).toHaveLength(4);
    const routed = Object.values(res(os.json, 'openstack_networking_router_interface_v2')).map((i) => refOf(i.subnet_id));
    for (const [k, s] of subnets) {
      expect(routed).not.toContain(`openstack_networking_subnet_v2.${k}`);
      expect(s.no_gateway).toBe(true);
    }
    const dhcp = (plane: string) => subnets.find(([k]) => k.startsWith(`grid_plane-${plane}_`))![1].enable_dhcp;
    expect([dhcp('admin-pxe'), dhcp('ipmi'), dhcp('management'), dhcp('storage')]).toEqual([false, false, undefined, undefined]);
  });

  test('P3: floating IPs come from the public external network, for DMZ (zone IV) members only; elsewhere they are errors', () => {
    const fips = Object.values(res(os.json, 'openstack_networking_floatingip_v2'));
    expect(fips).toHaveLength(1);
    expect(fips[0].pool).toMatch(/^\$\{data\.openstack_networking_network_v2\.jiangsu_external-network_[A-F0-9]+\.name\}$/);
    expect(Object.keys(fips[0].for_each)).toEqual(['dmz-portal-web-001', 'dmz-portal-web-002']);
    expect(() => information({ tenants: [tenant('office', PowerGridZone.III, '10.9.0.0/24', { workloads: [{ name: 'web', size: Size.of(2, 4), image: linux, floatingIp: true }] })] }))
      .toThrow(/tenants\[0\]\.workloads\[0\]\.floatingIp.*zone III: only the DMZ \(zone IV\) is reachable/s);
    expect(() => information({ tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24', { workloads: [{ name: 'web', size: Size.of(2, 4), image: linux, floatingIp: true }] })] }, false))
      .toThrow(/tenants\[0\]\.zone.*the DMZ reaches the public network through the site's external network/s);
  });

  test('P3: every floating IP carries a bandwidth limit (a bandwidth-limit-only QoS policy through value_specs; 100 Mbit/s unless floatingIpMaxKbps)', () => {
    const [fip] = Object.values(res(os.json, 'openstack_networking_floatingip_v2'));
    expect(fip.value_specs.qos_policy_id).toMatch(/^\$\{openstack_networking_qos_policy_v2\.grid_floating-ip-qos_policy_[A-F0-9]+\.id\}$/);
    expect(Object.values(res(os.json, 'openstack_networking_qos_bandwidth_limit_rule_v2')).map((r: any) => r.max_kbps)).toEqual([100000]);
    expect(Object.values(res(os.json, 'openstack_networking_qos_minimum_bandwidth_rule_v2'))).toHaveLength(0);
    expect(() => information({ floatingIpMaxKbps: 0 })).toThrow(/props\.floatingIpMaxKbps: must be an integer >= 1/);
  });

  test('P4: each tenant has its own non-shared private network, and its workloads attach only to it', () => {
    const cloud = (os.stack as PowerGridOpenStackStack).cloud;
    expect(Object.keys(cloud.tenantNetworks)).toEqual(['dmz-portal', 'analysis']);
    const networks = res(os.json, 'openstack_networking_network_v2');
    for (const n of Object.values(networks)) expect(n.shared).not.toBe(true);
    for (const [name, group] of Object.entries(cloud.workloads)) {
      const port = res(os.json, 'openstack_networking_port_v2')[group.openstack!.ports[0].friendlyUniqueId];
      expect(refOf(port.network_id)).toBe(`openstack_networking_network_v2.${cloud.tenantNetworks[name.split('/')[0]].openstack!.network.friendlyUniqueId}`);
    }
  });

  test('P5: every member boots from a volume on the Ceph tier', () => {
    const instances = Object.values(res(os.json, 'openstack_compute_instance_v2'));
    expect(instances).toHaveLength(4);
    for (const i of instances) {
      expect(i.block_device).toEqual([expect.objectContaining({ source_type: 'image', destination_type: 'volume', boot_index: 0, volume_type: 'ceph-rbd' })]);
    }
  });

  test('P6: two Cinder tiers: database data volumes on the commercial array, others on Ceph; a literal volumeType or tier is an error', () => {
    const types = Object.values(res(os.json, 'openstack_blockstorage_volume_v3')).map((v) => v.volume_type);
    expect(types).toEqual(['commercial-san', 'commercial-san']);
    // The tiers are StorageTiers imported by name (existing types: no resource, nothing to destroy).
    const grid = (os.stack as PowerGridOpenStackStack).cloud;
    expect([grid.cephStorageTier?.tierName, grid.commercialStorageTier?.tierName]).toEqual(['ceph-rbd', 'commercial-san']);
    expect(res(os.json, 'openstack_blockstorage_volume_type_v3')).toEqual({});
    expect(new PowerGridVsphereStack(Testing.app(), 'v').cloud.cephStorageTier).toBeUndefined();
    const otherTier = information().cephStorageTier!;
    expect(() => information({ tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24', { workloads: [{ name: 'web', size: Size.of(2, 4), image: linux, volumes: [{ name: 'd', sizeGiB: 10, tier: otherTier }] }] })] }))
      .toThrow(/volumes\[0\]\.tier.*set by the cloud from storageTier/s);
    const app = information({ tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24', { workloads: [{ name: 'web', size: Size.of(2, 4), image: linux, volumes: [{ name: 'd', sizeGiB: 10 }] }] })] });
    expect(app.workload('portal', 'web').node.findAll().length).toBeGreaterThan(0);
    const json = JSON.parse(Testing.synth(app.node.scope as TerraformStack)) as Json;
    expect(Object.values(res(json, 'openstack_blockstorage_volume_v3'))[0].volume_type).toBe('ceph');
    expect(() => information({ tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24', { workloads: [{ name: 'web', size: Size.of(2, 4), image: linux, volumes: [{ name: 'd', sizeGiB: 10, volumeType: 'fast' }] }] })] }))
      .toThrow(/volumes\[0\]\.volumeType.*set by the cloud from storageTier/s);
    const pinned = information({ tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24', { workloads: [{ name: 'db', role: PowerWorkloadRole.DATABASE, size: PowerSizes.database(), image: linux, storageTier: PowerStorageTier.CEPH, volumes: [{ name: 'd', sizeGiB: 10 }] }] })] });
    expect(Object.values(res(JSON.parse(Testing.synth(pinned.node.scope as TerraformStack)), 'openstack_blockstorage_volume_v3'))[0].volume_type).toBe('ceph');
  });

  test('P7: the DMZ (zone IV) alone is routed to the public network, the security zone (III) is unrouted; tenant networks never share the infrastructure physical network', () => {
    // The analysis tenant (III) hosts the Trove database, so it has a router of its own
    // without a gateway (P10): one interface, no route to anything else.
    const routers = res(os.json, 'openstack_networking_router_v2');
    const zoneOfSubnet = (subnetRef: string) => {
      const s = res(os.json, 'openstack_networking_subnet_v2')[refOf(subnetRef)!.split('.')[1]];
      return tag(res(os.json, 'openstack_networking_network_v2')[refOf(s.network_id)!.split('.')[1]], 'oscar.io/grid-zone');
    };
    const zonesOn = (router: string) => Object.values(res(os.json, 'openstack_networking_router_interface_v2'))
      .filter((i) => refOf(i.router_id) === `openstack_networking_router_v2.${router}`).map((i) => zoneOfSubnet(i.subnet_id));
    const byGateway = Object.entries(routers).map(([name, r]) => [r.external_network_id !== undefined, zonesOn(name)]);
    expect(byGateway.sort()).toEqual([[false, ['III']], [true, ['IV']]]);
    const infra = VlanPool.range(100, 199, { physicalNetwork: 'physnet-infra' });
    expect(() => information({ infrastructureVlans: infra, tenantVlans: VlanPool.range(200, 299, { physicalNetwork: 'physnet-infra' }) }))
      .toThrow(/tenantVlans.*shares physical network "physnet-infra" with the infrastructure planes/s);
    expect(() => information({ tenants: [tenant('scada', PowerGridZone.I, '10.9.0.0/24')] }))
      .toThrow(/tenants\[0\]\.zone.*zone I is outside the cloud's region MANAGEMENT_INFORMATION.*second PowerGridCloud/s);
  });

  test('P8: the same pattern on vSphere: planes and tenant networks as VLAN port groups, workloads as VMs; floating IPs are an error there', () => {
    const stack = new PowerGridVsphereStack(Testing.app(), 'power-grid-vsphere');
    const json = JSON.parse(Testing.synth(stack)) as Json;
    const groups = Object.values(res(json, 'vsphere_distributed_port_group'));
    expect(groups.map((g) => g.vlan_id).sort()).toEqual([100, 1000, 101, 1016, 102, 103]);
    expect(groups.every((g) => g.allow_promiscuous === false)).toBe(true);
    expect(Object.keys(res(json, 'vsphere_virtual_machine'))).toHaveLength(3);
    const { stack: s2 } = vsphereStack();
    expect(() => new PowerGridCloud(s2, 'grid', {
      site: s2.node.findChild('vc') as VsphereSite, region: PowerGridRegion.MANAGEMENT_INFORMATION,
      infrastructureVlans: VlanPool.range(100, 199), tenantVlans: VlanPool.range(1000, 1099),
      tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24', { workloads: [{ name: 'web', size: Size.of(2, 4), image: linux, floatingIp: true }] })],
    })).toThrow(/floatingIp.*vSphere sites have no floating IPs/s);
  });

  test('P9: Windows and Linux images carry os_type; DATABASE workloads need database-sized flavors', () => {
    expect(res(os.json, 'openstack_images_image_v2')).toEqual({}); // by default: existing images by name
    const app = new App({ outdir: Testing.app().outdir, context: { 'powerGridOpenstack.imageMirror': 'https://mirror.internal/images' } });
    const imported = JSON.parse(Testing.synth(new PowerGridOpenStackStack(app, 'power'))) as Json;
    const images = Object.values(res(imported, 'openstack_images_image_v2'));
    expect(images.map((i) => [i.name, i.properties.os_type, i.visibility, i.protected]).sort()).toEqual([
      ['centos-7', PowerOsFamily.LINUX, 'private', true], ['windows-2019', PowerOsFamily.WINDOWS, 'private', true],
    ]);
    const flavors = Object.values(res(os.json, 'openstack_compute_flavor_v2'));
    expect(flavors.some((f) => f.vcpus >= PowerSizes.DATABASE_MIN_VCPUS && f.ram >= PowerSizes.DATABASE_MIN_MEMORY_GIB * 1024)).toBe(true);
    expect(() => information({ tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24', { workloads: [{ name: 'db', role: PowerWorkloadRole.DATABASE, size: Size.of(4, 16), image: linux }] })] }))
      .toThrow(/workloads\[0\]\.size.*database "db" has 4 vCPUs and 16 GiB, below the database minimum of 8 vCPUs and 32 GiB/s);
  });

  test('P10: PaaS: a Trove database on a tenant network and commercial tier, private versioned Swift containers', () => {
    const db = Object.values(res(os.json, 'openstack_db_instance_v1'))[0];
    expect([db.volume_type, db.size]).toEqual(['commercial-san', 100]);
    expect(refOf(db.network[0].uuid)).toMatch(/^openstack_networking_network_v2\.grid_tenant-analysis_network_/);
    expect(db.depends_on).toEqual([expect.stringMatching(/^openstack_networking_router_interface_v2\.grid_tenant-analysis_router-analysis_/)]);
    const containers = Object.values(res(os.json, 'openstack_objectstorage_container_v1'));
    expect(containers.map((c) => c.name)).toEqual(['grid-grid-reports', 'grid-meter-archive']);
    for (const c of containers) expect(c.container_read).toBeUndefined();
    // Trove builds only on a subnet with a router interface: a zone III host tenant gets a
    // gateway-less router of its own; a tenant without a database stays unrouted.
    const withDb = (zone: PowerGridZone) => JSON.parse(Testing.synth(information({
      tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24'), tenant('ops', PowerGridZone.III, '10.8.0.0/24'), tenant('idle', PowerGridZone.III, '10.7.0.0/24')],
      paas: { databases: [{ name: 'x', tenant: zone === PowerGridZone.IV ? 'portal' : 'ops', datastoreType: 'mysql', datastoreVersion: '8.0', flavorId: 'f', volumeSizeGiB: 10 }] },
    }).node.scope as TerraformStack)) as Json;
    const routerNames = (json: Json) => Object.values(res(json, 'openstack_networking_router_v2')).map((r) => [r.name, r.external_network_id !== undefined]).sort();
    expect(routerNames(withDb(PowerGridZone.III))).toEqual([['grid-ops-router', false], ['grid-portal-router', true]]);
    expect(routerNames(withDb(PowerGridZone.IV))).toEqual([['grid-portal-router', true]]);
    expect(() => information({ paas: { databases: [{ name: 'x', tenant: 'nope', datastoreType: 'mysql', datastoreVersion: '8.0', flavorId: 'f', volumeSizeGiB: 10 }] } }))
      .toThrow(/paas\.databases\[0\]\.tenant.*no tenant "nope"/s);
  });

  test('P10 (containers): out of scope of the pattern: container PaaS is the lib/kubernetes blocks on a cluster beside it (README)', () => {
    expect(Object.keys(os.json.resource).filter((t) => t.startsWith('kubernetes_'))).toEqual([]);
  });

  test('P8/P10: PaaS needs OpenStack: on vSphere the L2 blocks fail naming the target', () => {
    const { stack } = vsphereStack();
    expect(() => new PowerGridCloud(stack, 'grid', {
      site: stack.node.findChild('vc') as VsphereSite, region: PowerGridRegion.MANAGEMENT_INFORMATION,
      infrastructureVlans: VlanPool.range(100, 199), tenantVlans: VlanPool.range(1000, 1099),
      tenants: [tenant('portal', PowerGridZone.IV, '10.9.0.0/24')], paas: { objectContainers: ['reports'] },
    })).toThrow(/exist only on OpenStack sites.*vSphere/s);
  });
});

function vsphereStack() {
  const stack = new TerraformStack(new App(), 'stack');
  const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
  new VsphereSite(stack, 'vc', {
    datacenter: 'dc1', clusters: ['c1', 'c2'], datastores: ['ds1'], distributedSwitch: 'dvs',
    providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
  });
  return { stack };
}

describe('PowerGridCloud: power-grid zoning (POWER_GRID, where the source is silent)', () => {
  test('both examples pass POWER_GRID and SECURITY_BASELINE with no finding and no suppression', () => {
    // PWR-1 judges every network and instance (6 + 4 on OpenStack, 3 VMs on vSphere); PWR-2 the DMZ router and the analysis tenant's gateway-less one; PWR-3 every instance; PWR-4 the two routers and the floating IP.
    const expected: Array<[TerraformStack, { [id: string]: number }]> = [
      [os.stack, { 'PWR-1': 10, 'PWR-2': 2, 'PWR-3': 4, 'PWR-4': 3, 'PWR-7': 6 }],
      [new PowerGridVsphereStack(Testing.app(), 'power-grid-vsphere'), { 'PWR-1': 3 }],
    ];
    for (const [stack, compliant] of expected) {
      const report = Compliance.of(stack).evaluate()[0];
      expect(report.findings).toEqual([]);
      expect(report.suppressions).toEqual([]);
      for (const [id, n] of Object.entries(compliant)) expect([id, report.rules.find((r) => r.ruleId === id)?.compliant]).toEqual([id, n]);
    }
  });

  test('a production control cloud: zones I/II on the dedicated physical network, no router, passes POWER_GRID', () => {
    const { stack, json } = scada();
    expect(Object.keys(res(json, 'openstack_networking_router_v2'))).toEqual([]);
    const business = Object.values(res(json, 'openstack_networking_network_v2')).filter((n) => tag(n, 'oscar.io/plane') === 'business');
    expect(business.map((n) => [tag(n, 'oscar.io/grid-zone'), n.segments[0].physical_network]).sort()).toEqual([['I', 'physnet-prod'], ['II', 'physnet-prod']]);
    expect(planeNetworks(json).every(([, n]) => tag(n, 'oscar.io/grid-zone') === 'II')).toBe(true);
    expect(Compliance.of(stack).enable(Compliance.POWER_GRID).evaluate()[0].findings).toEqual([]);
  });

  test('example power-scada-openstack: zones I/II on physnet-prod, planes on physnet-infra, no router or floating IP; passes POWER_GRID and the baseline', () => {
    const stack = new PowerScadaOpenStackStack(Testing.app(), 'power-scada-openstack');
    const json = JSON.parse(Testing.synth(stack)) as Json;
    expect(res(json, 'openstack_networking_router_v2')).toEqual({});
    expect(res(json, 'openstack_networking_floatingip_v2')).toEqual({});
    const report = Compliance.of(stack).evaluate()[0];
    expect(report.findings).toEqual([]);
    expect(report.suppressions).toEqual([]);
    // PWR-5 judges the two production tenant networks (the infrastructure planes are tagged II too).
    expect(report.rules.find((r) => r.ruleId === 'PWR-5')?.compliant).toBe(6);
  });

  test('errors: production control without tenantVlans, overlapping CIDRs, duplicate tenants, a platform zone outside the region, no tenant', () => {
    const { stack, site } = openstackStack(false);
    const base = { site, region: PowerGridRegion.PRODUCTION_CONTROL, infrastructureVlans: VlanPool.range(100, 199, { physicalNetwork: 'physnet-infra' }) };
    expect(() => new PowerGridCloud(stack, 'a', { ...base, tenants: [tenant('rt', PowerGridZone.I, '10.1.0.0/24')] })).toThrow(/tenantVlans.*required for the production control region/s);
    const prod = { ...base, tenantVlans: VlanPool.range(2000, 2099, { physicalNetwork: 'physnet-prod' }) };
    expect(() => new PowerGridCloud(stack, 'b', { ...prod, tenants: [tenant('rt', PowerGridZone.I, '172.20.1.0/25')] })).toThrow(/the admin-pxe plane \(172.20.1.0\/24\) and tenant "rt" \(172.20.1.0\/25\) overlap/);
    expect(() => new PowerGridCloud(stack, 'c', { ...prod, tenants: [tenant('rt', PowerGridZone.I, '10.1.0.0/24'), tenant('rt', PowerGridZone.II, '10.2.0.0/24')] })).toThrow(/tenants\[\]\.name/);
    expect(() => new PowerGridCloud(stack, 'd', { ...prod, platformZone: PowerGridZone.III, tenants: [tenant('rt', PowerGridZone.I, '10.1.0.0/24')] })).toThrow(/platformZone.*zone III is outside/s);
    expect(() => new PowerGridCloud(stack, 'e', { ...prod, tenants: [] })).toThrow(/tenants.*lists no tenant/s);
    expect(() => new PowerGridCloud(stack, 'f', { ...prod, tenants: [tenant('rt', PowerGridZone.I, '10.1.0.0/24', { workloads: [{ name: 'x', size: Size.of(2, 4) }] })] })).toThrow(/needs exactly one of image and imageTemplate/);
  });

  test('property: whatever the tenants of a region, no router or server joins zones I/II with III/IV and POWER_GRID finds nothing', () => {
    const zoneArb = fc.constantFrom(PowerGridZone.III, PowerGridZone.IV);
    fc.assert(fc.property(fc.array(zoneArb, { minLength: 1, maxLength: 5 }), (zones) => {
      const cloud = information({ tenants: zones.map((z, i) => tenant(`t${i}`, z, `10.${10 + i}.0.0/24`)) });
      const report = Compliance.of(cloud.node.scope!).enable(Compliance.POWER_GRID).evaluate()[0];
      expect(report.findings).toEqual([]);
    }), { numRuns: 8 });
  });
});

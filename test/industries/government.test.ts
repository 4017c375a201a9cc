import { AnnotationMetadataEntryType, App, TerraformResource, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { GovernmentCloudOpenStackStack } from '../../examples/government-cloud-openstack/main';
import { GovernmentCloudVsphereStack } from '../../examples/government-cloud-vsphere/main';
import {
  Compliance,
  GovernmentCloud,
  GovernmentCloudProps,
  GovernmentDepartmentSpec,
  GovernmentSide,
  GovernmentWorkload,
  GovernmentZone,
  GovernmentZones,
  Image,
  Labels,
  MirrorType,
  Network,
  OpenStackSite,
  Port,
  Size,
  VlanPool,
  VsphereSite,
} from '../../lib';

type Json = Record<string, any>;
/** The Terraform address of a resource. */
const addr = (r: TerraformResource) => `${r.terraformResourceType}.${r.friendlyUniqueId}`;

function openstackStack(alias?: string) {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'cn-central-1', availabilityZones: ['az1', 'az2', 'az3', 'az4'], alias });
  return { stack, site };
}

function vsphereStack() {
  const stack = new TerraformStack(new App(), 'stack');
  const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
  const site = new VsphereSite(stack, 'vc', {
    datacenter: 'dc1', clusters: ['c1', 'c2'], datastores: ['ds1'], distributedSwitch: 'dvs',
    providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
  });
  return { stack, site };
}

const img = Image.fromName('kylin-v10');
const workload = (name: string, zone: GovernmentZone, extra: Partial<GovernmentWorkload> = {}): GovernmentWorkload => ({ name, zone, size: Size.of(2, 4, 20), image: img, ...extra });
const dept = (name: string, workloads: GovernmentWorkload[], quota: Partial<GovernmentDepartmentSpec['quota']> = {}): GovernmentDepartmentSpec => ({
  name, workloads, quota: { vcpus: 100, memoryGiB: 400, instances: 40, ...quota },
});

function build(overrides: Partial<GovernmentCloudProps> = {}, alias?: string) {
  const { stack, site } = openstackStack(alias);
  const cloud = new GovernmentCloud(stack, 'gov', {
    site,
    allowedRegions: ['cn-central-1'],
    departments: [dept('finance', [workload('portal', GovernmentZone.EXTRANET_ACCESS), workload('ledger', GovernmentZone.CORE)])],
    ...overrides,
  });
  return { stack, site, cloud, json: JSON.parse(Testing.synth(stack)) as Json };
}

const zoneSlug = (z: GovernmentZone) => z.toLowerCase().replace(/_/g, '-');
const res = (json: Json, type: string): Record<string, Json> => json.resource?.[type] ?? {};
const data = (json: Json, type: string): Record<string, Json> => json.data?.[type] ?? {};
/** The `type.name` a `${type.name.attr}` reference points to. */
const refOf = (value: unknown): string | undefined => (typeof value === 'string' ? /\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)(\[[^\]]*\])?\.[a-z_]+\}/.exec(value)?.[1] : undefined);
const tagValue = (tags: string[] | undefined, key: string) => (tags ?? []).map((t) => Labels.fromOpenStackTag(t)).find((t) => t.key === key)?.value;

/**
 * For every router: which sides (Internet / extranet) its external gateway and its
 * interfaces touch, read from the synthesized JSON alone.
 */
function routerSides(json: Json): Map<string, Set<string>> {
  const externals = data(json, 'openstack_networking_network_v2');
  const sideOfExternal = (ref: string | undefined) => {
    if (!ref) return undefined;
    const name = externals[ref.split('.')[1]]?.name;
    if (name === 'internet') return 'INTERNET';
    if (name === 'egov-extranet') return 'EXTRANET';
    return `external:${name}`;
  };
  const networks = res(json, 'openstack_networking_network_v2');
  const subnets = res(json, 'openstack_networking_subnet_v2');
  const sideOfSubnet = (ref: string | undefined): string | undefined => {
    if (!ref) return undefined;
    const subnet = subnets[ref.split('.')[1]];
    const network = networks[refOf(subnet?.network_id)?.split('.')[1] ?? ''];
    const zone = tagValue(network?.tags, 'oscar.io/zone');
    const found = GovernmentZones.all().find((z) => GovernmentZones.slugOf(z) === zone);
    return found ? GovernmentZones.sideOf(found) : undefined;
  };
  const sides = new Map<string, Set<string>>();
  for (const [name, router] of Object.entries(res(json, 'openstack_networking_router_v2'))) {
    const s = new Set<string>();
    const ext = sideOfExternal(refOf(router.external_network_id));
    if (ext) s.add(ext);
    sides.set(`openstack_networking_router_v2.${name}`, s);
  }
  for (const iface of Object.values(res(json, 'openstack_networking_router_interface_v2'))) {
    const router = refOf(iface.router_id)!;
    const side = sideOfSubnet(refOf(iface.subnet_id));
    if (side && side !== GovernmentSide.INTERNAL) sides.get(router)!.add(side);
  }
  return sides;
}

describe('GovernmentCloud: structure', () => {
  test('one Keystone project and quota sets per department, in the department project', () => {
    const { json } = build({ departments: [dept('finance', []), dept('health', [])] });
    const projects = res(json, 'openstack_identity_project_v3');
    expect(Object.values(projects).map((p) => p.name).sort()).toEqual(['finance', 'health']);
    const quotas = Object.values(res(json, 'openstack_compute_quotaset_v2'));
    expect(quotas).toHaveLength(2);
    for (const q of quotas) expect(refOf(q.project_id)).toMatch(/^openstack_identity_project_v3\./);
    expect(quotas.map((q) => q.cores).sort()).toEqual([100, 100]);
  });

  test('delegated administration: a department admin group gets the role on its own project only', () => {
    const { json } = build({ departmentAdminRole: 'manager', departments: [{ ...dept('finance', []), adminGroupId: 'grp-finance' }, dept('health', [])] });
    const roles = Object.values(data(json, 'openstack_identity_role_v3'));
    // One lookup of the admin role; each department's VDC looks up `member` for its deploying credential.
    expect(roles.map((r) => r.name).sort()).toEqual(['manager', 'member', 'member']);
    const assignments = Object.values(res(json, 'openstack_identity_role_assignment_v3')).filter((a) => a.group_id !== undefined);
    expect(assignments).toHaveLength(1);
    expect(assignments[0].group_id).toBe('grp-finance');
    const projects = res(json, 'openstack_identity_project_v3');
    expect(projects[refOf(assignments[0].project_id)!.split('.')[1]].name).toBe('finance');
  });

  test('seven zone networks, each with its own default-deny security group and zone label', () => {
    const { json } = build();
    const networks = Object.values(res(json, 'openstack_networking_network_v2'));
    expect(networks.map((n) => tagValue(n.tags, 'oscar.io/zone')).sort()).toEqual(
      ['core', 'external-publishing', 'extranet-access', 'internet-access', 'management', 'storage', 'test'],
    );
    const groups = Object.values(res(json, 'openstack_networking_secgroup_v2'));
    expect(groups.filter((g) => g.provider === 'openstack')).toHaveLength(7); // the cloud's; departments add their own
    expect(groups.filter((g) => g.provider === 'openstack.finance').map((g) => g.name).sort()).toEqual(['gov-finance-policy-core', 'gov-finance-policy-extranet-access', 'gov-finance-policy-management']);
    for (const g of groups) expect(g.delete_default_rules).toBe(true);
  });

  test('the management network is labelled oscar.io/plane=management and carries no tenant plane label', () => {
    const { json } = build();
    const networks = Object.values(res(json, 'openstack_networking_network_v2'));
    const mgmt = networks.filter((n) => tagValue(n.tags, 'oscar.io/plane') === 'management');
    expect(mgmt).toHaveLength(1);
    expect(tagValue(mgmt[0].tags, 'oscar.io/zone')).toBe('management');
    for (const n of networks.filter((x) => x !== mgmt[0])) expect(tagValue(n.tags, 'oscar.io/plane')).toBe('business');
  });

  test('the management network has no router: it never meets tenant traffic at L3', () => {
    const { json } = build();
    const networks = res(json, 'openstack_networking_network_v2');
    const subnets = res(json, 'openstack_networking_subnet_v2');
    for (const iface of Object.values(res(json, 'openstack_networking_router_interface_v2'))) {
      const subnet = subnets[refOf(iface.subnet_id)!.split('.')[1]];
      const network = networks[refOf(subnet.network_id)!.split('.')[1]];
      expect(['management', 'storage', 'test']).not.toContain(tagValue(network.tags, 'oscar.io/zone'));
    }
  });

  test('G4, E3: workloads get a NIC in their zone and one on the management network, with their department\'s own zone groups', () => {
    const { cloud, json } = build();
    const finance = cloud.department('finance');
    const ledger = finance.workloads.ledger;
    const ports = Object.values(res(json, 'openstack_networking_port_v2')).filter((p) => Object.keys(p.for_each)[0].startsWith('finance-ledger'));
    const ids = (zone: GovernmentZone) => [addr((cloud.zone(zone).network as Network).openstack!.network), addr(finance.zoneGroups[zone].openstack!.securityGroup)];
    expect(ports.map((p) => [refOf(p.network_id), refOf(p.security_group_ids[0])])).toEqual([ids(GovernmentZone.CORE), ids(GovernmentZone.MANAGEMENT)]);
    expect(ledger.memberNames).toEqual(['finance-ledger-001', 'finance-ledger-002']);
  });

  test('data volumes default to the first encrypted volume type; images are private and protected', () => {
    const { json } = build({
      encryptedVolumeTypes: ['luks-san', 'luks-ceph'],
      imageTemplates: [{ name: 'kylin', url: 'https://images.example.gov.cn/kylin.qcow2' }],
      departments: [dept('finance', [
        workload('db', GovernmentZone.CORE, { image: undefined, imageTemplate: 'kylin', volumes: [{ name: 'data', sizeGiB: 100 }, { name: 'wal', sizeGiB: 10, volumeType: 'luks-ceph' }] }),
      ])],
    });
    const volumes = Object.values(res(json, 'openstack_blockstorage_volume_v3'));
    expect(volumes.map((v) => v.volume_type).sort()).toEqual(['luks-ceph', 'luks-san']);
    const [image] = Object.values(res(json, 'openstack_images_image_v2'));
    expect(image).toMatchObject({ visibility: 'private', protected: true, lifecycle: { prevent_destroy: true } });
    const [instances] = Object.values(res(json, 'openstack_compute_instance_v2'));
    expect(refOf(instances.image_id)).toMatch(/^openstack_images_image_v2\./);
  });

  test('partitions as availability zones: workloads run only in their partition\'s zones', () => {
    const { json } = build({
      partitionZones: { cloudResource: ['az1'], dmz: ['az2'], management: ['az3'], test: ['az4'] },
      departments: [dept('finance', [workload('portal', GovernmentZone.EXTRANET_ACCESS), workload('ledger', GovernmentZone.CORE), workload('qa', GovernmentZone.TEST)])],
    });
    const instances = res(json, 'openstack_compute_instance_v2');
    const zonesOf = (prefix: string) => new Set(Object.values(instances).filter((i) => Object.keys(i.for_each)[0].startsWith(prefix)).flatMap((i) => Object.values<any>(i.for_each).map((m) => m.zone)));
    expect(zonesOf('finance-portal')).toEqual(new Set(['az2']));
    expect(zonesOf('finance-ledger')).toEqual(new Set(['az1']));
    expect(zonesOf('finance-qa')).toEqual(new Set(['az4']));
  });

  test('labels record department, zone and partition; the backup policy reaches data volumes', () => {
    const { json } = build({ backupPolicy: 'daily', departments: [dept('finance', [workload('db', GovernmentZone.CORE, { volumes: [{ name: 'data', sizeGiB: 10 }] })])] });
    const [instances] = Object.values(res(json, 'openstack_compute_instance_v2'));
    expect(instances.tags).toEqual(expect.arrayContaining(['oscar.io:department=finance', 'oscar.io:zone=core', 'oscar.io:partition=cloud-resource', 'oscar.io:industry=government']));
    const [volume] = Object.values(res(json, 'openstack_blockstorage_volume_v3'));
    expect(volume.metadata['oscar.io/backup-policy']).toBe('daily');
  });

  test('an existing management network replaces the created one (and joins the overlap check)', () => {
    const { stack, site } = openstackStack();
    const oam = Network.fromName(stack, 'oam', { site, networkName: 'oam', subnets: [{ name: 'oam-v4', cidr: '172.30.0.0/24' }] });
    const cloud = new GovernmentCloud(stack, 'gov', { site, allowedRegions: ['cn-central-1'], departments: [], existingManagementNetwork: oam });
    expect(cloud.zone(GovernmentZone.MANAGEMENT).network).toBe(oam);
    expect(cloud.zone(GovernmentZone.MANAGEMENT).cidr).toBe('172.30.0.0/24');
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(res(json, 'openstack_networking_network_v2'))).toHaveLength(6);
  });

  test('an aliased site puts the firewall resources on its provider too', () => {
    const { json } = build({}, 'gov-region');
    for (const type of ['openstack_fw_group_v2', 'openstack_fw_policy_v2', 'openstack_fw_rule_v2']) {
      for (const r of Object.values(res(json, type))) expect(r.provider).toBe('openstack.gov-region');
    }
  });
});

describe('GovernmentCloud: workload options shared by every pattern (TierOptionsBase)', () => {
  test('labels, keyPair and userData reach the workload', () => {
    const { json } = build({ departments: [dept('finance', [
      workload('portal', GovernmentZone.EXTRANET_ACCESS, { labels: { 'oscar.io/owner': 'finance' }, keyPair: 'ops', userData: '#cloud-config\n' }),
      workload('ledger', GovernmentZone.CORE),
    ])] });
    const instances = Object.values(res(json, 'openstack_compute_instance_v2'));
    const portal = instances.find((i) => tagValue(i.tags, 'oscar.io/zone') === 'extranet-access')!;
    expect(portal).toMatchObject({ key_pair: 'ops', user_data: '#cloud-config\n' });
    expect(tagValue(portal.tags, 'oscar.io/owner')).toBe('finance');
    const ledger = instances.find((i) => tagValue(i.tags, 'oscar.io/zone') === 'core')!;
    expect(ledger.key_pair).toBeUndefined();
  });
});

describe('GovernmentCloud: Internet and extranet never meet', () => {
  test('two external networks, one edge router each, and no router touching both sides', () => {
    const { json } = build();
    const externals = Object.values(data(json, 'openstack_networking_network_v2')).filter((d) => d.external);
    expect(externals.map((d) => d.name).sort()).toEqual(['egov-extranet', 'internet']);
    const sides = routerSides(json);
    expect(sides.size).toBe(2);
    expect([...sides.values()].map((s) => [...s].sort().join('+')).sort()).toEqual(['EXTRANET', 'INTERNET']);
  });

  // Property over generated clouds: whatever departments and workloads are declared,
  // no router's gateway or interfaces join the Internet and the extranet.
  test('G3: a zone an edge router reaches has a gateway address on its subnet (Neutron refuses a router interface without one); internal zones have none', () => {
    const { json } = build();
    const subnets = Object.values(res(json, 'openstack_networking_subnet_v2'));
    const byCidr = new Map(subnets.map((sn) => [sn.cidr, sn]));
    // Default zone CIDRs: the edge zones' routers take each block's first host.
    expect(['10.10.0.0/20', '10.10.16.0/22', '10.10.20.0/22', '10.10.24.0/22'].map((c) => [byCidr.get(c)?.gateway_ip, byCidr.get(c)?.no_gateway]))
      .toEqual([['10.10.0.1', undefined], ['10.10.16.1', undefined], ['10.10.20.1', undefined], ['10.10.24.1', undefined]]);
    expect(['10.10.32.0/20', '10.10.48.0/20', '10.10.64.0/22'].map((c) => [byCidr.get(c)?.gateway_ip, byCidr.get(c)?.no_gateway]))
      .toEqual([[undefined, true], [undefined, true], [undefined, true]]);
  });

  test('property: no router joins the Internet and the extranet', () => {
    const zoneArb = fc.constantFrom(...GovernmentZones.all());
    const workloadArb = fc.record({ zone: zoneArb, count: fc.integer({ min: 1, max: 3 }), extra: fc.option(zoneArb, { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(fc.array(workloadArb, { maxLength: 3 }), { minLength: 1, maxLength: 3 }), (depts) => {
        const specs = depts.map((ws, d) => dept(`dept-${d}`, ws
          .filter((w) => w.extra === undefined || w.extra === w.zone || [GovernmentZones.sideOf(w.zone), GovernmentZones.sideOf(w.extra)].includes(GovernmentSide.INTERNAL)
            || GovernmentZones.sideOf(w.zone) === GovernmentZones.sideOf(w.extra))
          .map((w, i) => workload(`w${i}`, w.zone, {
            count: w.count,
            additionalZones: w.extra !== undefined && w.extra !== w.zone && w.extra !== GovernmentZone.MANAGEMENT ? [w.extra] : undefined,
          }))));
        const { json } = build({ departments: specs });
        for (const [router, s] of routerSides(json)) {
          if (s.has('INTERNET') && s.has('EXTRANET')) throw new Error(`${router} joins the Internet and the extranet`);
        }
      }),
      { numRuns: 15 },
    );
  });

  test('a workload with NICs on both sides is rejected (a host would bridge them)', () => {
    expect(() => build({ departments: [dept('finance', [workload('bridge', GovernmentZone.CORE, { additionalZones: [GovernmentZone.INTERNET_ACCESS] })])] }))
      .toThrow(/gov\] props\.departments\[0\]\.workloads\[0\]\.additionalZones: .*both the Internet side and the extranet side/);
  });

  test('the same network as Internet and extranet is rejected', () => {
    expect(() => build({ internetNetwork: 'public', extranetNetwork: 'public' })).toThrow(/props\.extranetNetwork: .*same network "public"/);
  });
});

describe('GovernmentCloud: every zone boundary is default deny', () => {
  test('every routed zone boundary (router interface port) has a FWaaS group ending in deny-all', () => {
    const { json } = build();
    const interfaces = Object.keys(res(json, 'openstack_networking_router_interface_v2'));
    expect(interfaces).toHaveLength(4);
    const groups = Object.values(res(json, 'openstack_fw_group_v2'));
    const protectedPorts = new Set(groups.flatMap((g) => g.ports.map((p: string) => refOf(p))));
    for (const i of interfaces) expect(protectedPorts).toContain(`openstack_networking_router_interface_v2.${i}`);
    const rules = res(json, 'openstack_fw_rule_v2');
    for (const policy of Object.values(res(json, 'openstack_fw_policy_v2'))) {
      const last = policy.rules.slice(-2).map((r: string) => rules[refOf(r)!.split('.')[1]]);
      expect(last.map((r: Json) => [r.action, r.protocol, r.ip_version])).toEqual([['deny', 'any', 4], ['deny', 'any', 6]]);
    }
  });

  test('property: for any declared workloads, every port sits in a default-deny group of its zone', () => {
    fc.assert(
      fc.property(fc.subarray(GovernmentZones.all(), { minLength: 1 }), (zones) => {
        const { json, cloud } = build({ departments: [dept('d', zones.map((z, i) => workload(`w${i}`, z, { count: 1 })))] });
        const groups = res(json, 'openstack_networking_secgroup_v2');
        for (const g of Object.values(groups)) expect(g.delete_default_rules).toBe(true);
        for (const port of Object.values(res(json, 'openstack_networking_port_v2'))) {
          expect(port.security_group_ids).toHaveLength(1);
          const group = groups[refOf(port.security_group_ids[0])!.split('.')[1]];
          const zone = GovernmentZones.all().find((z) => addr((cloud.zone(z).network as Network).openstack!.network) === refOf(port.network_id))!;
          expect(group.name).toBe(cloud.department('d').zoneGroups[zone].groupName);
        }
      }),
      { numRuns: 10 },
    );
  });

  test('zone policies are narrow: only HTTPS is open to the world, and only in the two access/publishing zones', () => {
    const { json, cloud } = build();
    const groups = res(json, 'openstack_networking_secgroup_v2');
    const world = Object.values(res(json, 'openstack_networking_secgroup_rule_v2')).filter((r) => r.direction === 'ingress' && r.remote_ip_prefix === '0.0.0.0/0');
    expect(world.map((r) => [groups[refOf(r.security_group_id)!.split('.')[1]].name, r.port_range_min, r.port_range_max]).sort()).toEqual([
      [cloud.zone(GovernmentZone.EXTERNAL_PUBLISHING).securityGroup.groupName, 443, 443],
      [cloud.zone(GovernmentZone.EXTRANET_ACCESS).securityGroup.groupName, 443, 443],
      [cloud.department('finance').zoneGroups[GovernmentZone.EXTRANET_ACCESS].groupName, 443, 443],
    ]);
  });
});

describe('GovernmentCloud: traffic mirroring (Tap-as-a-Service)', () => {
  test('DMZ workloads are mirrored to the collector by default, one tap mirror per member port', () => {
    const { json } = build({ mirroring: { collectorIp: '10.10.67.10' } });
    const mirrors = Object.values(res(json, 'openstack_taas_tap_mirror_v2'));
    expect(mirrors).toHaveLength(1); // portal (extranet access); ledger (core) is not mirrored
    expect(Object.keys(mirrors[0].for_each)).toEqual(['finance-portal-001', 'finance-portal-002']);
    expect(mirrors[0]).toMatchObject({ mirror_type: 'gre', remote_ip: '10.10.67.10', directions: { in: '${each.value.in}', out: '${each.value.out}' } });
    expect(mirrors[0].port_id).toMatch(/^\$\{openstack_networking_port_v2\.[^[]+\[each\.key\]\.id\}$/);
  });

  test('G4: a tap mirror is created by the project that owns the mirrored port (TaaS answers PortDoesNotBelongToTenant otherwise)', () => {
    const { json } = build({ mirroring: { collectorIp: '10.10.67.10' } });
    const ports = res(json, 'openstack_networking_port_v2');
    const [mirror] = Object.values(res(json, 'openstack_taas_tap_mirror_v2'));
    const port = ports[mirror.port_id.match(/^\$\{openstack_networking_port_v2\.([^[]+)\[/)[1]];
    expect(port.provider).toMatch(/^openstack\.[a-z]/); // the department's provider, not the cloud's default
    expect(mirror.provider).toBe(port.provider);
  });

  test('tunnel IDs are stable: adding a member leaves the others unchanged', () => {
    const mirrorsOf = (count: number) => {
      const { json } = build({ mirroring: { collectorIp: '10.10.67.10', mirrorType: MirrorType.ERSPAN_V1 }, departments: [dept('f', [workload('web', GovernmentZone.EXTERNAL_PUBLISHING, { count })])] });
      return Object.values(res(json, 'openstack_taas_tap_mirror_v2'))[0].for_each;
    };
    const before = mirrorsOf(3);
    const after = mirrorsOf(4);
    expect(Object.keys(after)).toEqual([...Object.keys(before), 'f-web-004']);
    for (const key of Object.keys(before)) expect(after[key]).toEqual(before[key]);
    for (const ids of Object.values<any>(after)) expect(ids.in).toBeLessThanOrEqual(1023);
  });

  test('a collector outside its security zone is an error; mirrored without mirroring is an error', () => {
    expect(() => build({ mirroring: { collectorIp: '192.168.1.10' } })).toThrow(/props\.mirroring\.collectorIp: 192\.168\.1\.10 is not inside the management zone/);
    expect(() => build({ departments: [dept('f', [workload('w', GovernmentZone.CORE, { mirrored: true })])] })).toThrow(/workloads\[0\]\.mirrored: is true but the cloud has no mirroring collector/);
  });
});

describe('GovernmentCloud: configuration errors', () => {
  test.each([
    ['vcpus', { vcpus: 3 }, /quota\.vcpus: the quota of 3 vCPUs is below what the workloads of department "finance" need \(4 vCPUs\)\. Fix: raise vcpus to at least 4/],
    ['memoryGiB', { memoryGiB: 7 }, /quota\.memoryGiB: the quota of 7 GiB of memory is below what the workloads of department "finance" need \(8 GiB of memory\)/],
    ['instances', { instances: 1 }, /quota\.instances: the quota of 1 instances is below what the workloads of department "finance" need \(2 instances\)/],
    ['storageGiB', { storageGiB: 100 }, /quota\.storageGiB: the quota of 100 GiB of block storage is below what the workloads of department "finance" need \(400 GiB of block storage\)/],
  ])('a department quota below its workloads\' needs (%s) is rejected', (_k, quota, message) => {
    expect(() => build({ departments: [dept('finance', [workload('db', GovernmentZone.CORE, { volumes: [{ name: 'd', sizeGiB: 200 }] })], quota)] }))
      .toThrow(message);
  });

  test('a region outside the allow-list is rejected, naming the construct and the prop', () => {
    expect(() => build({ allowedRegions: ['cn-east-1', 'cn-north-1'] }))
      .toThrow('[stack/gov] props.allowedRegions: region "cn-central-1" is outside the data-residency allow-list (cn-east-1, cn-north-1)');
    expect(() => build({ allowedRegions: [] })).toThrow(/props\.allowedRegions: is empty/);
    expect(() => build({ region: 'cn-east-1', allowedRegions: ['cn-east-1'] })).toThrow(/props\.region: "cn-east-1" differs from the site's region/);
  });

  test.each([
    ['vCPUs', Size.of(129, 64, 40), /size\.vcpus: 129 vCPUs exceed the per-VM maximum of 128/],
    ['memory', Size.of(8, 4097, 40), /size\.memoryGiB: 4097 GiB of memory exceed the per-VM maximum of 4 TiB/],
    ['disk', Size.of(8, 16, 65537), /size\.diskGiB: 65537 GiB of disk per VM .* exceed the maximum of 64 TiB/],
  ])('an oversize flavor (%s) is rejected', (_k, size, message) => {
    expect(() => build({ departments: [dept('finance', [workload('big', GovernmentZone.CORE, { size })], { vcpus: 1000, memoryGiB: 10000 })] })).toThrow(message);
  });

  test('the largest allowed flavor passes, and data volumes count towards the 64 TiB disk', () => {
    expect(() => build({ departments: [dept('finance', [workload('big', GovernmentZone.CORE, { size: Size.of(128, 4096, 65536), count: 1 })], { vcpus: 128, memoryGiB: 4096 })] })).not.toThrow();
    expect(() => build({ departments: [dept('finance', [workload('big', GovernmentZone.CORE, { size: Size.of(8, 16, 40000), volumes: [{ name: 'd', sizeGiB: 30000 }] })])] }))
      .toThrow(/70000 GiB of disk per VM/);
  });

  test('overlapping zone CIDRs are rejected', () => {
    expect(() => build({ zones: { test: { cidr: '10.10.0.0/16' } } })).toThrow(/props\.zones: the core zone \(10\.10\.0\.0\/20\) and the test zone \(10\.10\.0\.0\/16\) overlap/);
  });

  test('property: any two overlapping zone CIDRs are rejected', () => {
    const keys = ['core', 'extranetAccess', 'externalPublishing', 'internetAccess', 'storage', 'test', 'management'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(...keys), fc.integer({ min: 0, max: 255 }), (a, b, third) => {
        fc.pre(a !== b);
        const inner = `172.20.${third}.0/24`;
        expect(() => build({ zones: { [a]: { cidr: '172.20.0.0/16' }, [b]: { cidr: inner } } })).toThrow(/overlap/);
      }),
      { numRuns: 20 },
    );
  });

  test('an unencrypted volume type, a missing image template, image and template together', () => {
    expect(() => build({ departments: [dept('f', [workload('db', GovernmentZone.CORE, { volumes: [{ name: 'd', sizeGiB: 1, volumeType: 'ceph' }] })])] }))
      .toThrow(/volumes\[0\]\.volumeType: "ceph" is not one of the encrypted volume types \(luks\)/);
    expect(() => build({ departments: [dept('f', [workload('db', GovernmentZone.CORE, { image: undefined, imageTemplate: 'nope' })])] })).toThrow(/imageTemplate: no image template "nope"/);
    expect(() => build({ departments: [dept('f', [workload('db', GovernmentZone.CORE, { imageTemplate: 'x' })])] })).toThrow(/needs exactly one of image and imageTemplate/);
  });

  test('existingManagementNetwork together with zones.management is an error', () => {
    const { stack, site } = openstackStack();
    const oam = Network.fromName(stack, 'oam', { site, networkName: 'oam', subnets: [{ name: 'oam', cidr: '172.30.0.0/24' }] });
    expect(() => new GovernmentCloud(stack, 'gov', { site, allowedRegions: ['cn-central-1'], departments: [], existingManagementNetwork: oam, zones: { management: { cidr: '10.99.0.0/24' } } }))
      .toThrow(/props\.existingManagementNetwork\/zones\.management: existingManagementNetwork and zones\.management are mutually exclusive/);
  });

  test('partitions sharing an availability zone, or using an undeclared one, are rejected', () => {
    expect(() => build({ partitionZones: { cloudResource: ['az1'], dmz: ['az1'], management: ['az3'], test: ['az4'] } })).toThrow(/partitionZones\.dmz\[0\]: zone "az1" is also in partition cloudResource/);
    expect(() => build({ partitionZones: { cloudResource: ['az9'], dmz: ['az2'], management: ['az3'], test: ['az4'] } })).toThrow(/partitionZones\.cloudResource\[0\]: zone "az9" is not declared/);
  });

  test('duplicate department names and non-DNS names are rejected', () => {
    expect(() => build({ departments: [dept('a', []), dept('a', [])] })).toThrow(/departments\[\]\.name: contains "a" more than once/);
    expect(() => build({ departments: [dept('Finance Bureau', [])] })).toThrow(/departments\[0\]\.name: "Finance Bureau" is not a DNS-1123 label/);
  });

  test('vlanId without a VLAN pool is rejected', () => {
    expect(() => build({ zones: { core: { vlanId: 100 } } })).toThrow(/zones\.core\.vlanId: is set but the cloud has no vlanPool/);
  });
});

describe('GovernmentCloud on vSphere (same northbound API)', () => {
  test('zones become hardened VLAN port groups; departments become resource pools; edges are physical', () => {
    const { stack, site } = vsphereStack();
    new GovernmentCloud(stack, 'gov', {
      site, region: 'cn-east-1', allowedRegions: ['cn-east-1'], vlanPool: VlanPool.range(2100, 2199), zones: { management: { vlanId: 2100 } },
      departments: [dept('civil', [workload('records', GovernmentZone.CORE)], { memoryGiB: 64 })],
    });
    const json = JSON.parse(Testing.synth(stack));
    const groups = Object.values(res(json, 'vsphere_distributed_port_group'));
    expect(groups).toHaveLength(7);
    expect(groups.map((g) => g.vlan_id).sort()).toEqual([2100, 2101, 2102, 2103, 2104, 2105, 2106]);
    // One pool per cluster the department's workloads use, each limited to its 64 GiB; its VMs run inside them.
    const pools = Object.entries<any>(res(json, 'vsphere_resource_pool'));
    expect(pools.length).toBeGreaterThan(0);
    for (const [, p] of pools) expect(p.memory_limit).toBe(65536);
    const [vms] = Object.values<any>(res(json, 'vsphere_virtual_machine'));
    for (const m of Object.values<any>(vms.for_each)) expect(pools.some(([name]) => m.resource_pool_id === `\${vsphere_resource_pool.${name}.id}`)).toBe(true);
    expect(Object.keys(json.resource).filter((t) => t.startsWith('openstack_'))).toEqual([]);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings.some((w) => /Internet and extranet edges, routing and zone firewalls are physical/.test(w))).toBe(true);
  });

  test('vSphere needs a VLAN pool and a region', () => {
    const a = vsphereStack();
    expect(() => new GovernmentCloud(a.stack, 'gov', { site: a.site, region: 'cn-east-1', allowedRegions: ['cn-east-1'], departments: [] })).toThrow(/props\.vlanPool: vSphere zone networks are port groups on VLANs/);
    const b = vsphereStack();
    expect(() => new GovernmentCloud(b.stack, 'gov', { site: b.site, allowedRegions: ['cn-east-1'], vlanPool: VlanPool.range(1, 100), departments: [] })).toThrow(/props\.region: is required on vSphere/);
  });
});

describe('GovernmentCloud examples', () => {
  test('the OpenStack example passes MLPS level 3 and the security baseline with no findings', () => {
    const stack = new GovernmentCloudOpenStackStack(Testing.app(), 'gov');
    const reports = Compliance.of(stack).evaluate();
    expect(reports[0].packs).toEqual(['SECURITY_BASELINE', 'MLPS_LEVEL3']);
    expect(reports[0].findings.filter((f) => !f.suppressed)).toEqual([]);
    const json = JSON.parse(Testing.synth(stack));
    for (const [router, sides] of routerSides(json)) expect([router, sides.has('INTERNET') && sides.has('EXTRANET')]).toEqual([router, false]);
  });

  test('the vSphere example synthesizes', () => {
    const stack = new GovernmentCloudVsphereStack(Testing.app(), 'gov-vsphere');
    expect(Object.keys(JSON.parse(Testing.synth(stack)).resource)).toContain('vsphere_virtual_machine');
  });
});

describe('GovernmentCloud: departments are isolated tenant VDCs (issue 16 item 8, issue 15 A5)', () => {
  test('G4, E3: every department workload is created through its department-scoped provider, bounded by its project quota', () => {
    const { json } = build({ departments: [dept('finance', [workload('ledger', GovernmentZone.CORE)]), dept('health', [workload('records', GovernmentZone.CORE)])] });
    const providers: Json[] = json.provider.openstack;
    for (const name of ['finance', 'health']) {
      const p = providers.find((x) => x.alias === name)!;
      // Scoped to the department's own project (through the deployer's role on it).
      const project = refOf(p.tenant_id)!;
      expect(project).toMatch(/^openstack_identity_role_assignment_v3\./);
      expect(refOf(res(json, 'openstack_identity_role_assignment_v3')[project.split('.')[1]].project_id)).toBe(`openstack_identity_project_v3.${Object.entries(res(json, 'openstack_identity_project_v3')).find(([, pr]) => pr.name === name)![0]}`);
    }
    const instances = Object.values(res(json, 'openstack_compute_instance_v2'));
    expect(instances.map((i) => [Object.keys(i.for_each)[0].split('-')[0], i.provider]).sort()).toEqual([['finance', 'openstack.finance'], ['health', 'openstack.health']]);
    // The shared zone networks are given to each department's project by RBAC, zone by zone.
    const rbac = Object.values(res(json, 'openstack_networking_rbac_policy_v2'));
    expect(rbac.filter((r) => r.provider === 'openstack' && r.action === 'access_as_shared' && r.object_type === 'network')).toHaveLength(4); // 2 departments x (core + management)
    expect(Object.values(res(json, 'openstack_networking_network_v2')).every((n) => n.shared === undefined)).toBe(true);
  });

  test('E3 property: for any departments, workloads and declared flows, no port of one department is reachable from another department\'s group or an internal zone range without a declared rule', () => {
    const zoneArb = fc.constantFrom(...GovernmentZones.all());
    const deptArb = fc.array(fc.array(zoneArb, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 3 });
    const access = fc.option(fc.constant<string[]>(['10.250.0.0/24']), { nil: undefined });
    // Declared flows as indices: (from, to, source zone, target zone, port), resolved against the departments drawn.
    const flowArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(8443, 9000)), { maxLength: 3 });
    fc.assert(
      fc.property(deptArb, access, flowArb, (depts, managementAccessCidrs, rawFlows) => {
        const departments = depts.map((zones, d) => dept(`d${d}`, zones.map((z, i) => workload(`w${i}`, z, { count: 1 }))));
        const declaredFlows = rawFlows.flatMap(([a, b, za, zb, port]) => {
          const from = a % depts.length;
          const to = (from + 1 + (b % (depts.length - 1))) % depts.length;
          const fromZone = depts[from][za % depts[from].length];
          const zone = depts[to][zb % depts[to].length];
          return [{ fromDepartment: `d${from}`, toDepartment: `d${to}`, zone, fromZone, port: Port.tcp(port), reason: 'data-sharing agreement 2026-17' }];
        });
        // What may cross departments: "<from dept>/<from zone> -> <to dept>/<to zone> tcp <port>".
        const declared = new Set(declaredFlows.map((f) => `${f.fromDepartment}/${zoneSlug(f.fromZone)} -> ${f.toDepartment}/${zoneSlug(f.zone)} tcp ${f.port.fromPort}`));
        const { json, cloud } = build({ departments, managementAccessCidrs, declaredFlows });
        const groups = res(json, 'openstack_networking_secgroup_v2');
        const ownerOf = (ref: string) => groups[ref.split('.')[1]].provider as string; // `openstack.<department>` or the cloud's
        const groupOf = (ref: string) => { // "<department>/<zone slug>" from the group's description
          const m = /^(\S+) zone of department (\S+):/.exec(groups[ref.split('.')[1]].description)!;
          return `${m[2]}/${m[1]}`;
        };
        const zoneCidrs = GovernmentZones.all().map((z) => cloud.zone(z).cidr);
        const rbac = Object.values(res(json, 'openstack_networking_rbac_policy_v2')).filter((r) => r.object_type === 'security_group');
        const crossing = new Set<string>();
        for (const rule of Object.values(res(json, 'openstack_networking_secgroup_rule_v2'))) {
          const own = refOf(rule.security_group_id)!;
          const owner = ownerOf(own);
          if (owner === 'openstack') continue;
          if (rule.remote_group_id !== undefined) {
            const remote = refOf(rule.remote_group_id)!;
            if (ownerOf(remote) === owner) continue; // the department's own groups
            // Another department's group: only as a declared flow, on its port, shared with this project.
            const [src, dst] = rule.direction === 'ingress' ? [remote, own] : [own, remote];
            const flow = `${groupOf(src)} -> ${groupOf(dst)} ${rule.protocol} ${rule.port_range_min}`;
            expect([flow, declared.has(flow)]).toEqual([flow, true]);
            expect(rule.port_range_max).toBe(rule.port_range_min);
            expect(rbac.some((r) => refOf(r.object_id) === remote && r.provider === ownerOf(remote) && r.action === 'access_as_shared')).toBe(true);
            crossing.add(flow);
          } else if (rule.direction === 'ingress') {
            const ok = rule.remote_ip_prefix === '0.0.0.0/0' ? rule.port_range_min === 443 : (managementAccessCidrs ?? []).includes(rule.remote_ip_prefix);
            expect([rule.remote_ip_prefix, ok]).toEqual([rule.remote_ip_prefix, true]);
            expect(zoneCidrs).not.toContain(rule.remote_ip_prefix);
          }
        }
        // Every declared flow is open (both its ingress and its egress rule exist).
        expect([...crossing].sort()).toEqual([...declared].sort());
        // Every department port carries only its own department's groups.
        for (const port of Object.values(res(json, 'openstack_networking_port_v2'))) {
          for (const g of port.security_group_ids) expect(ownerOf(refOf(g)!)).toBe(port.provider);
        }
      }),
      { numRuns: 8 },
    );
  });
});

describe('GovernmentCloud: declared cross-department flows (E3, G4)', () => {
  const two = [dept('finance', [workload('ledger', GovernmentZone.CORE)]), dept('health', [workload('records', GovernmentZone.CORE)])];
  const flow = { fromDepartment: 'finance', toDepartment: 'health', zone: GovernmentZone.CORE, port: Port.tcp(8443), reason: 'claims exchange, agreement 2026-17' };

  test('E3: a declared flow opens exactly its port, one way, with each group shared with the other project', () => {
    const { json } = build({ departments: two, declaredFlows: [flow] });
    const groups = res(json, 'openstack_networking_secgroup_v2');
    const groupOf = (provider: string) => Object.entries(groups).find(([, g]) => g.provider === provider && g.description.startsWith('core zone'))![0];
    const [fin, health] = [groupOf('openstack.finance'), groupOf('openstack.health')];
    const rules = Object.values(res(json, 'openstack_networking_secgroup_rule_v2')).filter((r) => r.remote_group_id !== undefined && !r.remote_group_id.includes(refOf(r.security_group_id)!));
    const crossing = rules.map((r) => [refOf(r.security_group_id), r.direction, refOf(r.remote_group_id), r.protocol, r.port_range_min, r.port_range_max, r.description]);
    expect(crossing.sort()).toEqual([
      [`openstack_networking_secgroup_v2.${fin}`, 'egress', `openstack_networking_secgroup_v2.${health}`, 'tcp', 8443, 8443, flow.reason],
      [`openstack_networking_secgroup_v2.${health}`, 'ingress', `openstack_networking_secgroup_v2.${fin}`, 'tcp', 8443, 8443, flow.reason],
    ].sort());
    const rbac = Object.values(res(json, 'openstack_networking_rbac_policy_v2')).filter((r) => r.object_type === 'security_group');
    expect(rbac.map((r) => [r.provider, refOf(r.object_id), r.action]).sort()).toEqual([
      ['openstack.finance', `openstack_networking_secgroup_v2.${fin}`, 'access_as_shared'],
      ['openstack.health', `openstack_networking_secgroup_v2.${health}`, 'access_as_shared'],
    ]);
  });

  test('E3: errors name the flow and the prop: unknown or same department, no reason, a zone without workloads', () => {
    const expectFlowError = (f: Partial<typeof flow> & Record<string, unknown>, message: RegExp) => expect(() => build({ departments: two, declaredFlows: [{ ...flow, ...f } as any] })).toThrow(message);
    expectFlowError({ toDepartment: 'police' }, /declaredFlows\[0\]\.toDepartment: department "police" is not declared/);
    expectFlowError({ toDepartment: 'finance' }, /declaredFlows\[0\]\.toDepartment: is the source department "finance"/);
    expectFlowError({ reason: 'because' }, /declaredFlows\[0\]\.reason: a cross-department flow needs a written reason/);
    expectFlowError({ zone: GovernmentZone.TEST, fromZone: GovernmentZone.CORE }, /declaredFlows\[0\]\.zone: department "health" has no workloads in the test zone/);
    expectFlowError({ fromZone: GovernmentZone.STORAGE }, /declaredFlows\[0\]\.fromZone: department "finance" has no workloads in the storage zone/);
  });
});

describe('GovernmentCloud: audit-log sink (G9, H7)', () => {
  const auditSink = { addresses: ['10.10.67.20', '10.10.67.21'], destination: { address: '10.200.0.10', port: 6514 }, size: Size.of(4, 8, 80), image: img };

  test('G9: every workload ships its logs to the sink over its management NIC, and MLPS-9 judges the wiring', () => {
    const departments = [dept('finance', [workload('ledger', GovernmentZone.CORE)]), dept('health', [workload('records', GovernmentZone.TEST)])];
    const withSink = build({ departments, auditSink });
    const instances = Object.values(res(withSink.json, 'openstack_compute_instance_v2'));
    const workloads = instances.filter((i) => !(i.tags ?? []).includes('oscar.io:audit-sink=audit'));
    expect(workloads).toHaveLength(2);
    for (const w of workloads) expect(w.user_data).toContain('*.* @@10.10.67.20:514');
    // Each department's management group may send syslog to the collectors, and nowhere else on 514.
    const egress514 = Object.values(res(withSink.json, 'openstack_networking_secgroup_rule_v2')).filter((r) => r.direction === 'egress' && r.port_range_min === 514 && r.protocol === 'tcp');
    expect(egress514.map((r) => r.remote_ip_prefix).sort()).toEqual(['10.10.67.20/32', '10.10.67.20/32', '10.10.67.21/32', '10.10.67.21/32']);
    const mlps9 = (stack: TerraformStack) => Compliance.of(stack).enable(Compliance.MLPS_LEVEL3).evaluate()[0].findings.filter((f) => f.ruleId === 'MLPS-9').map((f) => f.message);
    expect(mlps9(withSink.stack)).toEqual([]);
    expect(mlps9(build({ departments }).stack)).toEqual(['no audit sink: no VM is a log collector (oscar.io/audit-sink) of the stack']);
  });

  test('G9: a workload without a management NIC cannot ship its logs: an error naming the prop', () => {
    expect(() => build({ auditSink, departments: [dept('finance', [workload('ledger', GovernmentZone.CORE, { managementNic: false })])] }))
      .toThrow(/departments\[0\]\.workloads\[0\]\.managementNic: is false, and the workload ships its logs to the audit sink over its management NIC/);
  });
});

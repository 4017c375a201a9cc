import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { EducationCampusOpenStackStack } from '../../examples/education-campus-openstack/main';
import { EducationCampusVsphereStack } from '../../examples/education-campus-vsphere/main';
import {
  Compliance,
  EducationCloud,
  EducationCloudProps,
  EducationDepartmentSpec,
  EducationZone,
  EducationZoneLayout,
  Image,
  OpenStackSite,
  SecretSource,
  Size,
  VlanPool,
  VsphereSite,
} from '../../lib';

type Json = Record<string, any>;
const res = (json: Json, type: string): Record<string, Json> => json.resource?.[type] ?? {};
const vals = (json: Json, type: string) => Object.values(res(json, type));
/** The `type.name` a `${type.name.attr}` reference points to. */
const refOf = (value: unknown) => (typeof value === 'string' ? /\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)\.[a-z_]+\}/.exec(value)?.[1] : undefined);
const synth = (stack: TerraformStack): Json => JSON.parse(Testing.synth(stack));

const os = (() => {
  const stack = new EducationCampusOpenStackStack(Testing.app(), 'education-campus-openstack');
  return { stack, json: synth(stack) };
})();
const vs = (() => {
  const stack = new EducationCampusVsphereStack(Testing.app(), 'education-campus-vsphere');
  return { stack, json: synth(stack) };
})();

const linux = Image.fromName('ubuntu-22.04');
const dept = (name: string, cidr: string, extra: Partial<EducationDepartmentSpec> = {}): EducationDepartmentSpec => ({
  name, cidr, quota: { vcpus: 16, memoryGiB: 32, instances: 4, storageGiB: 500, volumes: 4 }, ...extra,
});

function sites(withVsphere = false) {
  const stack = new TerraformStack(new App(), 'stack');
  const campus = new OpenStackSite(stack, 'campus', { region: 'RegionOne', availabilityZones: ['az1', 'az2'], externalNetwork: 'public' });
  let vmware: VsphereSite | undefined;
  if (withVsphere) {
    const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
    vmware = new VsphereSite(stack, 'vmware', {
      datacenter: 'dc1', clusters: ['a', 'b'], datastores: ['vsan'], distributedSwitch: 'dvs',
      providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
    });
  }
  return { stack, campus, vmware };
}

function cloud(overrides: Partial<EducationCloudProps> = {}) {
  const { stack, campus } = sites();
  const c = new EducationCloud(stack, 'edu', {
    site: campus,
    organisation: 'uni',
    departments: [dept('math', '10.1.0.0/24'), dept('physics', '10.1.1.0/24')],
    ...overrides,
  });
  return { stack, cloud: c };
}

describe('EducationCloud (education, E1-E12)', () => {
  test('E1: each department is a tenant VDC: a sub-project with its own network, router, boundary firewall and load balancer, all created inside the project', () => {
    const c = (os.stack as EducationCampusOpenStackStack).cloud;
    expect(Object.keys(c.departments).sort()).toEqual(['academic-affairs', 'computer-science', 'network-centre']);
    for (const [name, vdc] of Object.entries(c.departments)) {
      const alias = `openstack.${name}`;
      for (const type of ['openstack_networking_network_v2', 'openstack_networking_router_v2', 'openstack_fw_group_v2']) {
        expect([type, Object.entries(res(os.json, type)).filter(([k]) => k.startsWith(`campus-cloud_dept-${name}_`)).map(([, r]) => r.provider)]).toEqual([type, [alias]]);
      }
      expect(vdc.network).toBeDefined();
    }
    const lbs = vals(os.json, 'openstack_lb_loadbalancer_v2').map((l) => l.provider).sort();
    expect(lbs).toEqual(['openstack.academic-affairs', 'openstack.computer-science']); // only departments with portals
    for (const n of vals(os.json, 'openstack_networking_network_v2')) expect(n.shared).not.toBe(true);
  });

  test('E2: a managed database (Trove) on the department\'s network, its volume on the distributed tier; other targets fail naming the target', () => {
    const [db] = vals(os.json, 'openstack_db_instance_v1');
    expect(db.provider).toBe('openstack.academic-affairs');
    expect(db.network[0].uuid).toContain('campus-cloud_dept-academic-affairs_network_');
    // Trove builds only on a routed subnet: the instance waits for the department router's interface.
    expect(db.depends_on).toEqual([expect.stringMatching(/^openstack_networking_router_interface_v2\.campus-cloud_dept-academic-affairs_network_router-main_/)]);
    expect(db.volume_type ?? db.volume?.[0]?.volume_type).toBe('luks-distributed');
    const { stack, vmware } = sites(true);
    expect(() => new EducationCloud(stack, 'edu', {
      site: vmware!, organisation: 'uni', vlans: VlanPool.range(100, 199),
      departments: [dept('math', '10.1.0.0/24', { databases: [{ name: 'db', datastoreType: 'mysql', datastoreVersion: '8.0', flavorId: 'f', volumeSizeGiB: 10 }] })],
    })).toThrow(/vSphere/);
  });

  test('E3: traffic between departments passes only the declared firewall rules; everything else from another department is denied', () => {
    const rules = Object.entries(res(os.json, 'openstack_fw_rule_v2'));
    const ingressOf = (d: string) => rules.filter(([k]) => k.startsWith(`campus-cloud_dept-${d}_firewall_ingress-`)).map(([, r]) => [r.action, r.source_ip_address ?? null, r.destination_port ?? null]);
    // network-centre accepts syslog from the two declared departments only, then denies.
    expect(ingressOf('network-centre')).toEqual(expect.arrayContaining([['allow', '10.31.0.0/24', '6514'], ['allow', '10.31.1.0/24', '6514'], ['deny', null, null]]));
    // No other department accepts anything from another department's range.
    const others = ['10.31.0.0/24', '10.31.1.0/24', '10.31.2.0/24'];
    for (const d of ['academic-affairs', 'computer-science']) {
      const own = d === 'academic-affairs' ? '10.31.0.0/24' : '10.31.1.0/24';
      expect(ingressOf(d).filter(([a, src]) => a === 'allow' && others.includes(src as string) && src !== own)).toEqual([]);
    }
  });

  test('E3: a flow from an unknown department, from the department itself, from another site, or in a cycle is an error', () => {
    const flow = (name: string, fromDepartment: string) => ({ name, fromDepartment, port: 443 });
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24', { allowFrom: [flow('x', 'art')] })] }))
      .toThrow(/departments\[0\]\.allowFrom\[0\]\.fromDepartment: no department "art"/);
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24', { allowFrom: [flow('x', 'math')] })] }))
      .toThrow(/fromDepartment: is the department itself/);
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24', { allowFrom: [flow('x', 'art')] }), dept('art', '10.1.1.0/24', { allowFrom: [flow('y', 'math')] })] }))
      .toThrow(/accept traffic from each other in a cycle.*break the cycle/s);
    const { stack, campus, vmware } = sites(true);
    expect(() => new EducationCloud(stack, 'edu', {
      site: campus, additionalSites: [vmware!], organisation: 'uni', vlans: VlanPool.range(100, 199),
      departments: [dept('math', '10.1.0.0/24'), dept('art', '10.1.1.0/24', { site: vmware, quota: { memoryGiB: 8 }, allowFrom: [flow('x', 'math')] })],
    })).toThrow(/department "math" is on another site/);
  });

  test('E3 property: for any departments and declared flows, a department\'s firewall allows exactly the declared peers\' ranges', () => {
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 4 }))),
      ([n, pairs]) => {
        // Only flows from a lower to a higher index: cycles are rejected by design.
        const flows = [...new Set(pairs.filter(([a, b]) => a < b).map(([a, b]) => `${a}>${b}`))].map((p) => p.split('>').map(Number));
        const departments = Array.from({ length: n }, (_, i) => dept(`d${i}`, `10.2.${i}.0/24`, {
          allowFrom: flows.filter(([, to]) => to === i).map(([from]) => ({ name: `from-d${from}`, fromDepartment: `d${from}`, port: 8080 })),
        }));
        const { stack } = cloud({ departments });
        const rules = Object.entries(res(synth(stack), 'openstack_fw_rule_v2'));
        for (let i = 0; i < n; i++) {
          const allowed = rules.filter(([k, r]) => k.startsWith(`edu_dept-d${i}_firewall_ingress-`) && r.action === 'allow' && r.source_ip_address !== `10.2.${i}.0/24`)
            .map(([, r]) => r.source_ip_address).sort();
          expect(allowed).toEqual(flows.filter(([, to]) => to === i).map(([from]) => `10.2.${from}.0/24`).sort());
        }
      },
    ), { numRuns: 6 });
  });

  test('E4: the zone networks are named VXLAN overlays and the edge router is distributed; department networks and routers take Neutron\'s tenant defaults (declared: provider attributes are admin-only)', () => {
    const zones = Object.entries(res(os.json, 'openstack_networking_network_v2')).filter(([k]) => k.startsWith('campus-cloud_zone-'));
    expect(zones).toHaveLength(3);
    for (const [, n] of zones) expect([n.provider, n.segments]).toEqual(['openstack', [{ network_type: 'vxlan' }]]);
    const edge = Object.entries(res(os.json, 'openstack_networking_router_v2')).find(([k]) => k.startsWith('campus-cloud_edge-router'))![1];
    expect(edge.distributed).toBe(true);
    // Inside a project (member credential) Neutron rejects provider attributes and `distributed`.
    const inside = Object.entries(res(os.json, 'openstack_networking_network_v2')).filter(([k]) => !k.startsWith('campus-cloud_zone-'));
    expect(inside.map(([, n]) => n.segments)).toEqual(inside.map(() => undefined));
    // The vSphere zones are VLAN port groups: no overlay without NSX.
    expect(vals(vs.json, 'vsphere_distributed_port_group').every((p) => typeof p.vlan_id === 'number')).toBe(true);
  });

  test('E5: ZTE\'s three zones or Hubei\'s seven zones, as a choice; a CIDR for a zone outside the layout is an error', () => {
    const zte = (os.stack as EducationCampusOpenStackStack).cloud;
    expect([zte.zoneLayout, Object.keys(zte.zones)]).toEqual([EducationZoneLayout.ZTE_THREE_ZONES, ['internet', 'campus-intranet', 'cloud']]);
    const hubei = (vs.stack as EducationCampusVsphereStack).cloud;
    expect([hubei.zoneLayout, Object.keys(hubei.zones)]).toEqual([EducationZoneLayout.HUBEI_SEVEN_ZONES,
      ['core', 'business-services', 'operations-management', 'office', 'dc-interconnect', 'wan-access', 'internet-access']]);
    const { cloud: c } = cloud({ zoneLayout: EducationZoneLayout.HUBEI_SEVEN_ZONES, zoneCidrs: { core: '10.99.0.0/24' } });
    const core = c.zone(EducationZone.CORE).openstack!.subnets.core;
    expect(res(synth(c.node.scope as TerraformStack), 'openstack_networking_subnet_v2')[core.friendlyUniqueId].cidr).toBe('10.99.0.0/24');
    expect(() => c.zone(EducationZone.INTERNET)).toThrow(/has no zone "internet"/);
    expect(() => cloud({ zoneCidrs: { core: '10.99.0.0/24' } })).toThrow(/zoneCidrs\.core: is not a zone of layout ZTE_THREE_ZONES/);
    expect(() => cloud({ zoneCidrs: { cloud: '10.1.0.0/16' } })).toThrow(/overlap/);
  });

  test('E6: edge NAT: the edge zones sit on the router with the Internet gateway (SNAT); the inner zones are not routed by the cloud', () => {
    const c = (os.stack as EducationCampusOpenStackStack).cloud;
    const edge = res(os.json, 'openstack_networking_router_v2')[c.edgeRouter!.openstack!.router.friendlyUniqueId];
    expect(edge.external_network_id).toContain('external-network');
    expect(edge.enable_snat).not.toBe(false);
    const routed = vals(os.json, 'openstack_networking_router_interface_v2').filter((i) => refOf(i.router_id) === `openstack_networking_router_v2.${c.edgeRouter!.openstack!.router.friendlyUniqueId}`)
      .map((i) => refOf(i.subnet_id)).sort();
    expect(routed).toEqual(['internet', 'campus-intranet'].map((z) => `openstack_networking_subnet_v2.${c.zones[z].openstack!.subnets[z].friendlyUniqueId}`).sort());
  });

  test('E6: a site-to-site IPsec VPN on the edge router joins the VPN zones to the peer; SSL VPN is out of scope (an appliance: VPNaaS offers IPsec only); VPN on vSphere is an error', () => {
    const c = (os.stack as EducationCampusOpenStackStack).cloud;
    const [service] = vals(os.json, 'openstack_vpnaas_service_v2');
    expect(refOf(service.router_id)).toBe(`openstack_networking_router_v2.${c.edgeRouter!.openstack!.router.friendlyUniqueId}`);
    const groups = vals(os.json, 'openstack_vpnaas_endpoint_group_v2');
    expect(groups.find((g) => g.type === 'subnet')!.endpoints).toEqual([`\${openstack_networking_subnet_v2.${c.zones['campus-intranet'].openstack!.subnets['campus-intranet'].friendlyUniqueId}.id}`]);
    expect(groups.find((g) => g.type === 'cidr')!.endpoints).toEqual(['10.200.0.0/16']);
    expect(JSON.stringify(os.json)).not.toMatch(/"psk":\s*"[^$]/); // generated, never a literal
    const { stack, vmware } = sites(true);
    expect(() => new EducationCloud(stack, 'edu', {
      site: vmware!, organisation: 'uni', vlans: VlanPool.range(100, 199), departments: [dept('math', '10.1.0.0/24', { quota: { memoryGiB: 8 } })],
      vpn: { peerAddress: '203.0.113.1', peerCidrs: ['10.9.0.0/16'], presharedKey: SecretSource.generate() },
    })).toThrow(/props\.vpn: vSphere sites have no routers to terminate a VPN on/);
  });

  test('E7: portals sit behind the department\'s load balancer (HTTPS 443 to the members\' port), reachable through its firewall on that port only; its floating IP has a bandwidth limit; CDN is out of scope', () => {
    const listeners = vals(os.json, 'openstack_lb_listener_v2').map((l) => [l.provider, l.protocol, l.protocol_port]).sort();
    expect(listeners).toEqual([['openstack.academic-affairs', 'HTTPS', 443], ['openstack.computer-science', 'HTTPS', 443]]);
    const members = vals(os.json, 'openstack_lb_members_v2').flatMap((m) => m.member.map((x: Json) => x.protocol_port));
    expect(new Set(members)).toEqual(new Set([8443]));
    const world = Object.entries(res(os.json, 'openstack_fw_rule_v2')).filter(([k, r]) => k.includes('_ingress-') && r.action === 'allow' && r.source_ip_address === '0.0.0.0/0');
    expect(world.map(([, r]) => r.destination_port)).toEqual(['443', '443']);
    for (const fip of vals(os.json, 'openstack_networking_floatingip_v2')) {
      expect(fip.value_specs.qos_policy_id).toContain('floating-ip-qos');
      // depends_on takes a bare address, not an interpolation (terraform rejects "${...}" there).
      expect(fip.depends_on).toEqual([expect.stringMatching(/^openstack_networking_rbac_policy_v2\.[^$}]+-floating-ip-qos_[A-F0-9]+$/)]);
    }
    const rbac = vals(os.json, 'openstack_networking_rbac_policy_v2').filter((r) => r.object_type === 'qos_policy');
    expect(rbac.map((r) => r.provider)).toEqual(['openstack', 'openstack']); // the admin shares its policy with each portal project
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24', { workloads: [{ name: 'web', size: Size.of(2, 4), image: linux, portalPort: 443 }] })] }))
      .toThrow(/workloads\[0\]\.portalPort: needs a port on the members/);
  });

  test('E8: OpenStack and vSphere sites in one campus cloud: a department per site, each a VDC of its target', () => {
    const { stack, campus, vmware } = sites(true);
    const c = new EducationCloud(stack, 'edu', {
      site: campus, additionalSites: [vmware!], organisation: 'uni', vlans: VlanPool.range(100, 199),
      departments: [dept('math', '10.1.0.0/24'), dept('art', '10.1.1.0/24', { site: vmware, quota: { memoryGiB: 8 }, principal: 'CAMPUS\\art-staff' })],
    });
    const json = synth(stack);
    expect(c.department('math').openstack?.project).toBeDefined();
    expect(c.department('art').vsphere?.folder).toBeDefined();
    expect(vals(json, 'openstack_identity_project_v3').map((p) => p.name).sort()).toEqual(['math', 'uni']);
    expect(vals(json, 'vsphere_folder').map((f) => f.path).sort()).toEqual(expect.arrayContaining([expect.stringContaining('uni-vmware'), expect.stringContaining('art')]));
    expect(vals(json, 'vsphere_distributed_port_group')).toHaveLength(1); // art's network; the zones are on the campus site
    expect(() => new EducationCloud(new TerraformStack(new App(), 's'), 'edu', { site: campus, organisation: 'uni', departments: [dept('x', '10.1.0.0/24', { site: vmware })] }))
      .toThrow(/departments\[0\]\.site: site .* is not one of the cloud's sites/);
  });

  test('E9: onboarding: the organisation is the parent project of every department; Keystone groups get their role on their department; quotas bound each project', () => {
    const projects = res(os.json, 'openstack_identity_project_v3');
    const org = Object.entries(projects).find(([, p]) => p.name === 'g-university')![0];
    for (const name of ['academic-affairs', 'computer-science', 'network-centre']) {
      expect([name, Object.values(projects).find((p) => p.name === name)!.parent_id]).toEqual([name, `\${openstack_identity_project_v3.${org}.id}`]);
    }
    const groups = res(os.json, 'openstack_identity_group_v3');
    expect(Object.values(groups).map((g) => g.name).sort()).toEqual(['academic-affairs-staff', 'cs-admins', 'cs-teachers']);
    const assignments = vals(os.json, 'openstack_identity_role_assignment_v3').filter((a) => a.group_id !== undefined);
    expect(assignments).toHaveLength(3);
    const roles = os.json.data.openstack_identity_role_v3 as Record<string, Json>;
    const roleOf = (groupName: string) => {
      const key = Object.entries(groups).find(([, g]) => g.name === groupName)![0];
      const a = assignments.find((x) => refOf(x.group_id) === `openstack_identity_group_v3.${key}`)!;
      return roles[/^\$\{data\.openstack_identity_role_v3\.([^.]+)\.id\}$/.exec(a.role_id)![1]].name;
    };
    expect([roleOf('cs-teachers'), roleOf('cs-admins')]).toEqual(['member', 'manager']);
    const quotas = vals(os.json, 'openstack_compute_quotaset_v2').map((q) => [q.cores, q.ram, q.instances]).filter(([c]) => c !== undefined);
    expect(quotas).toEqual(expect.arrayContaining([[32, 64 * 1024, 8], [48, 96 * 1024, 8], [16, 32 * 1024, 10]]));
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24', { groups: [{ name: 'ops', role: 'admin' }] })] }))
      .toThrow(/groups\[0\]\.role: is admin, which Keystone treats as administration of the whole cloud/);
  });

  test('E9: vSphere has no Keystone groups: groups are an error naming the fix; an SSO principal gets the VDC role instead; users come from the directory (out of scope)', () => {
    const { stack, vmware } = sites(true);
    expect(() => new EducationCloud(stack, 'edu', {
      site: vmware!, organisation: 'uni', vlans: VlanPool.range(100, 199), departments: [dept('math', '10.1.0.0/24', { quota: { memoryGiB: 8 }, groups: [{ name: 'staff' }] })],
    })).toThrow(/departments\[0\]\.groups: vSphere sites have no Keystone groups.*principal/s);
    const perms = vals(vs.json, 'vsphere_entity_permissions').flatMap((p) => p.permissions.map((x: Json) => x.user_or_group));
    expect(new Set(perms)).toEqual(new Set(['HBEDU\\no1-teachers', 'HBEDU\\bureau-it']));
    expect(res(os.json, 'openstack_identity_user_v3')).toEqual({});
  });

  test('E10: data volumes go to the encrypted distributed tier, a SAN backup tier is created, courseware is in Swift', () => {
    const c = (os.stack as EducationCampusOpenStackStack).cloud;
    expect(c.distributedTier?.encrypted).toBe(true);
    expect(new Set(vals(os.json, 'openstack_blockstorage_volume_v3').map((v) => v.volume_type))).toEqual(new Set(['luks-distributed']));
    const [backup] = vals(os.json, 'openstack_blockstorage_volume_type_v3');
    expect([backup.name, backup.extra_specs.volume_backend_name]).toEqual(['san-backup', 'san']);
    const [container] = vals(os.json, 'openstack_objectstorage_container_v1');
    expect(container.name).toContain('courseware');
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24', { workloads: [{ name: 'w', size: Size.of(2, 4), image: linux, volumes: [{ name: 'd', sizeGiB: 1, volumeType: 'fast' }] }] })] }))
      .toThrow(/volumes\[0\]: names its own volume type or tier/);
  });

  test('E11: a dev/test environment is a quota-limited sub-project of its department, without an Internet gateway', () => {
    const c = (os.stack as EducationCampusOpenStackStack).cloud;
    const lab = c.devTestEnvironments['computer-science/lab'];
    const project = res(os.json, 'openstack_identity_project_v3')[lab.openstack!.project.friendlyUniqueId];
    expect(project.parent_id).toBe(`\${openstack_identity_project_v3.${c.department('computer-science').openstack!.project.friendlyUniqueId}.id}`);
    const quota = vals(os.json, 'openstack_compute_quotaset_v2').find((q) => refOf(q.project_id) === `openstack_identity_project_v3.${lab.openstack!.project.friendlyUniqueId}`)!;
    expect([quota.cores, quota.ram, quota.instances]).toEqual([16, 32 * 1024, 10]);
    const router = res(os.json, 'openstack_networking_router_v2')[lab.router!.openstack!.router.friendlyUniqueId];
    expect(router.external_network_id).toBeUndefined();
    expect(lab.floatingIps).toEqual([]);
  });

  test('E12: both examples pass SECURITY_BASELINE and MLPS_LEVEL3 with no finding and no suppression: MLPS-9 judges their audit sinks', () => {
    for (const [stack, judged] of [[os.stack, ['MLPS-1', 'MLPS-2', 'MLPS-5', 'MLPS-6', 'MLPS-9', 'MLPS-10', 'SEC-12']], [vs.stack, ['MLPS-9', 'MLPS-10']]] as Array<[TerraformStack, string[]]>) {
      const report = Compliance.of(stack).evaluate()[0];
      expect(report.findings).toEqual([]);
      for (const id of judged) expect([id, (report.rules.find((r) => r.ruleId === id)?.compliant ?? 0) > 0]).toEqual([id, true]);
    }
  });

  describe('E12: audit-log sink (MLPS-9)', () => {
    const auditSink = { addresses: ['10.250.1.20', '10.250.1.21'], destination: { address: '10.200.0.10', port: 6514 }, size: Size.of(2, 4, 50), image: linux };
    const workloads = (name: string, zones?: EducationZone[]) => ({ workloads: [{ name, size: Size.of(2, 4), image: linux, ports: [8443], zones }] });
    const departments = [dept('math', '10.1.0.0/24', workloads('lab')), dept('physics', '10.1.1.0/24', workloads('log', [EducationZone.CAMPUS_INTRANET]))];
    const mlps9 = (stack: TerraformStack) => Compliance.of(stack).enable(Compliance.MLPS_LEVEL3).evaluate()[0].findings.filter((f) => f.ruleId === 'MLPS-9').map((f) => f.message);

    test('E12: with auditSink (OpenStack) every workload gets one NIC in the sink\'s zone, ships its logs there (user data, egress on 514), and MLPS-9 passes', () => {
      const { stack, cloud: c } = cloud({ departments, auditSink });
      const json = synth(stack);
      const instances = vals(json, 'openstack_compute_instance_v2');
      const collectors = instances.filter((i) => (i.tags ?? []).includes('oscar.io:audit-sink=audit'));
      const members = instances.filter((i) => !collectors.includes(i));
      expect(members.map((i) => i.provider).sort()).toEqual(['openstack.math', 'openstack.physics']);
      for (const m of members) expect(m.user_data).toContain('*.* @@10.250.1.20:514');
      // The collectors sit in the campus intranet (ZTE's default); each workload has a port there, physics' only once.
      const intranetPorts = Object.keys(res(json, 'openstack_networking_port_v2')).filter((k) => k.includes('port-edu-campus-intranet'));
      expect(intranetPorts.map((k) => k.split('_')[1]).sort()).toEqual(['audit-sink', 'dept-math', 'dept-physics']);
      const egress514 = Object.entries(res(json, 'openstack_networking_secgroup_rule_v2')).filter(([, r]) => r.direction === 'egress' && r.port_range_min === 514);
      expect(egress514.map(([k, r]) => `${k.split('_')[1]} ${r.remote_ip_prefix}`).sort()).toEqual(
        ['dept-math', 'dept-physics'].flatMap((d) => [`${d} 10.250.1.20/32`, `${d} 10.250.1.21/32`]));
      expect(c.auditSink?.collectors).toBeDefined();
      expect(mlps9(stack)).toEqual([]);
    });

    test('E12: with auditSink (vSphere example) every workload VM forwards to the collectors in the operations management zone, and MLPS-9 passes', () => {
      const vms = vals(vs.json, 'vsphere_virtual_machine');
      const collectors = vms.filter((v) => v.extra_config['guestinfo.userdata'].includes(' collector '));
      const members = vms.filter((v) => !collectors.includes(v));
      expect([collectors.length, members.length]).toEqual([1, 2]); // for_each resources: the collectors, homework-space, audit-log
      for (const m of members) {
        expect(m.extra_config['guestinfo.userdata']).toContain('*.* @@10.250.2.20:514');
        expect(JSON.stringify(m.network_interface)).toContain('zone-operations-management');
      }
      expect(JSON.stringify(collectors[0].network_interface)).toContain('zone-operations-management');
      expect(mlps9(vs.stack)).toEqual([]);
    });

    test('E12: without auditSink (and without a suppression) MLPS-9 fails, an audit-labelled workload notwithstanding', () => {
      const audit = dept('physics', '10.1.1.0/24', { workloads: [{ name: 'log', size: Size.of(2, 4), image: linux, labels: { 'oscar.io/tier': 'audit' } }] });
      const { stack, cloud: c } = cloud({ departments: [departments[0], audit] });
      expect(c.auditSink).toBeUndefined();
      expect(mlps9(stack)).toEqual(['no audit sink: no VM is a log collector (oscar.io/audit-sink) of the stack']);
    });

    test('E12: errors name the prop: a zone outside the layout, a department with workloads on another site, a collector outside the zone', () => {
      expect(() => cloud({ departments, auditSink: { ...auditSink, zone: EducationZone.CORE } })).toThrow(/props\.auditSink\.zone: "core" is not a zone of layout ZTE_THREE_ZONES/);
      const { stack, campus, vmware } = sites(true);
      expect(() => new EducationCloud(stack, 'edu', {
        site: campus, additionalSites: [vmware!], organisation: 'uni', vlans: VlanPool.range(100, 199), auditSink,
        departments: [dept('art', '10.1.1.0/24', { site: vmware, quota: { memoryGiB: 8 }, ...workloads('gallery') })],
      })).toThrow(/props\.departments\[0\]\.site: department "art" runs on vSphere site .*which a VM of another site cannot attach.*Fix: run the department on the cloud's site/s);
      expect(() => cloud({ departments, auditSink: { ...auditSink, addresses: ['10.250.2.20'] } })).toThrow(/fixedIps\[0\]: 10\.250\.2\.20 is not a host address of subnet campus-intranet/);
    });
  });

  test('errors: no department, duplicate names, overlapping ranges, vSphere without VLANs, a zone of another layout', () => {
    expect(() => cloud({ departments: [] })).toThrow(/props\.departments: is empty/);
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24'), dept('math', '10.1.1.0/24')] })).toThrow(/departments\[\]\.name/);
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24'), dept('art', '10.1.0.128/25')] })).toThrow(/department "math" \(10\.1\.0\.0\/24\) and department "art" \(10\.1\.0\.128\/25\) overlap/);
    const { stack, vmware } = sites(true);
    expect(() => new EducationCloud(stack, 'edu', { site: vmware!, organisation: 'uni', departments: [dept('math', '10.1.0.0/24')] }))
      .toThrow(/props\.vlans: vSphere site .* has no overlay networks/);
    expect(() => cloud({ departments: [dept('math', '10.1.0.0/24', { workloads: [{ name: 'w', size: Size.of(2, 4), image: linux, zones: [EducationZone.CORE] }] })] }))
      .toThrow(/workloads\[0\]\.zones: "core" is not a zone of the layout/);
  });
});

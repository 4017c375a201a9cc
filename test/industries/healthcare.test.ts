import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { HealthcareOpenStackStack } from '../../examples/healthcare-openstack/main';
import { Compliance, HealthcareCloud, HealthcareCloudProps, Image, Labels, OpenStackSite, Size, VsphereSite } from '../../lib';
import { Json, refOf, res } from '../util/json';

const tags = (r: Json) => Object.fromEntries((r.tags ?? []).map((t: string) => Labels.fromOpenStackTag(t)).map((t: { key: string; value: string }) => [t.key, t.value]));
const nameOf = (address: string) => address.split('.')[1];

const example = (() => {
  const stack = new HealthcareOpenStackStack(Testing.app(), 'healthcare-openstack');
  return { stack, json: JSON.parse(Testing.synth(stack)) as Json, report: Compliance.of(stack).evaluate()[0] };
})();
const json = example.json;
const compliant = (id: string) => example.report.rules.find((r) => r.ruleId === id)?.compliant;

const image = Image.fromName('linux');
function cloud(overrides: Partial<HealthcareCloudProps> = {}, externalNetwork = true) {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2'], externalNetwork: externalNetwork ? 'public' : undefined });
  const c = new HealthcareCloud(stack, 'med', {
    site,
    location: 'cn-hz-dc1',
    assetOwner: 'asset-1',
    pools: { control: { hosts: ['c1'] }, compute: { hosts: ['n1', 'n2'] }, storage: { hosts: ['s1'] } },
    frontendCidr: '10.0.0.0/24',
    applicationCidr: '10.0.16.0/20',
    application: { size: Size.of(2, 4), image, port: 8080 },
    tlsContainerRef: 'https://barbican/v1/containers/x',
    encryptedVolumeType: 'luks',
    ...overrides,
  });
  return { stack, cloud: c, json: () => JSON.parse(Testing.synth(stack)) as Json };
}

describe('HealthcareCloud (healthcare, H1-H8)', () => {
  test('H1: workloads run only on attested hosts: every instance\'s flavor requires the trusted aggregate (HC-4 enforces it)', () => {
    // The three tiers' members, the audit sink's collectors and the backup policy's runner VM.
    const instances = Object.values(res(json, 'openstack_compute_instance_v2'));
    expect(instances).toHaveLength(5);
    for (const i of instances) {
      const flavor = res(json, 'openstack_compute_flavor_v2')[nameOf(refOf(i.flavor_id)!)];
      expect(flavor.extra_specs).toMatchObject({ 'aggregate_instance_extra_specs:trusted': 'true', 'aggregate_instance_extra_specs:pool': 'medical-compute' });
    }
    expect([compliant('HC-4'), example.report.findings.filter((f) => !f.suppressed)]).toEqual([5, []]);
  });

  test('H2: the control/auth, compute and storage pools are separate attested aggregates; a host in two pools is an error', () => {
    const aggs = Object.values(res(json, 'openstack_compute_aggregate_v2'));
    expect(aggs.map((a) => [a.metadata.role, a.metadata.trusted, a.hosts.length]).sort()).toEqual([['compute', 'true', 4], ['control', 'true', 3], ['storage', 'true', 3]]);
    const hosts = aggs.flatMap((a) => a.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(() => cloud({ pools: { control: { hosts: ['n1'] }, compute: { hosts: ['n1', 'n2'] }, storage: { hosts: ['s1'] } } })).toThrow(/host n1 is already in pool/);
  });

  test('H3: firewall -> load balancer -> application: FWaaS on both router ports, the VIP on the frontend subnet, the application open to the frontend only', () => {
    const interfaces = res(json, 'openstack_networking_router_interface_v2');
    const groups = Object.values(res(json, 'openstack_fw_group_v2'));
    expect(groups.map((g) => nameOf(refOf(g.ports[0])!)).sort()).toEqual(Object.keys(interfaces).sort());
    const allow = (group: string) => Object.values(res(json, 'openstack_fw_rule_v2')).filter((r) => r.name.startsWith(`medical-${group}-ingress`) && r.action === 'allow')
      .map((r) => [r.source_ip_address, r.destination_ip_address, r.destination_port ?? r.protocol]);
    expect(allow('frontend-firewall')).toEqual([[undefined, '10.90.0.0/24', '443'], ['10.90.0.0/24', '10.90.16.0/20', '8080']]);
    expect(allow('application-firewall')).toEqual([['10.90.0.0/24', '10.90.16.0/20', '8080'], ['10.90.16.0/20', undefined, 'any']]);
    const lb = Object.values(res(json, 'openstack_lb_loadbalancer_v2'))[0];
    expect(res(json, 'openstack_networking_subnet_v2')[nameOf(refOf(lb.vip_subnet_id)!)].cidr).toBe('10.90.0.0/24');
    const appIngress = Object.values(res(json, 'openstack_networking_secgroup_rule_v2'))
      .filter((r) => r.direction === 'ingress' && /application-sg/.test(r.security_group_id) && r.port_range_min !== 22);
    expect(appIngress.map((r) => [r.port_range_min, r.remote_ip_prefix])).toEqual([[8080, '10.90.0.0/24']]);
    expect(JSON.stringify(Object.values(res(json, 'openstack_lb_members_v2'))[0])).toContain('_application_port');
  });

  test('H4: TLS terminates at the load balancer (Barbican certificate, TLS 1.2+); every boot and data volume is on the encrypted type (HC-2, HC-3)', () => {
    const listener = Object.values(res(json, 'openstack_lb_listener_v2'))[0];
    expect([listener.protocol, listener.protocol_port, listener.default_tls_container_ref]).toEqual(['TERMINATED_HTTPS', 443, 'https://barbican.internal:9311/v1/containers/consultation-tls']);
    expect(listener.tls_versions).toEqual(['TLSv1.2', 'TLSv1.3']);
    const types = [
      // The backup runner holds no data (it drives Cinder's backups): it boots from the image.
      ...Object.values(res(json, 'openstack_compute_instance_v2')).filter((i) => tags(i)['oscar.io/backup-runner'] === undefined).map((i) => i.block_device[0].volume_type),
      ...Object.values(res(json, 'openstack_blockstorage_volume_v3')).map((v) => v.volume_type),
    ];
    expect(new Set(types)).toEqual(new Set(['luks-ceph']));
    expect([compliant('HC-2'), compliant('HC-3')]).toEqual([1, 2]);
  });

  test('H5: least privilege: group roles (reader by default) on the project, restricted application credentials with access rules; admin is refused', () => {
    const roles = Object.values(json.data.openstack_identity_role_v3).map((r: any) => r.name).sort();
    expect(roles).toEqual(['member', 'reader']);
    expect(Object.values(res(json, 'openstack_identity_role_assignment_v3'))).toHaveLength(2);
    const cred = Object.values(res(json, 'openstack_identity_application_credential_v3')).find((c) => c.name === 'medical-records-reader')!;
    expect([cred.unrestricted, cred.roles, cred.access_rules]).toEqual([false, ['reader'], [{ service: 'object-store', method: 'GET', path: '/v1/**' }]]);
    expect(cred.secret).toBeUndefined();
    const rule = { service: 'object-store', method: 'GET', path: '/v1/**' };
    expect(() => cloud({ applicationCredentials: [{ name: 'x', roles: ['admin'], accessRules: [rule] }] })).toThrow(/applicationCredentials\[0\]\.roles\[0\].*privileged role/s);
    expect(() => cloud({ applicationCredentials: [{ name: 'x', accessRules: [] }] })).toThrow(/accessRules.*could call every API/s);
    expect(() => cloud({ roleGrants: [{ groupId: 'g' }] })).toThrow(/projectId.*required with roleGrants/s);
    expect(() => cloud({ projectId: 'p', roleGrants: [{ groupId: 'g', role: 'Admin' }] })).toThrow(/roleGrants\[0\]\.role/);
  });

  test('H6: every resource carries geographic, asset and trust tags (HC-1 finds none missing); a bad tag value names its prop', () => {
    const expected = { 'oscar.io/geo-location': 'cn-hubei-wuhan-dc1', 'oscar.io/asset': 'medical-it-asset-2016', 'oscar.io/trust': 'attested' };
    for (const type of ['openstack_compute_instance_v2', 'openstack_networking_network_v2', 'openstack_networking_secgroup_v2', 'openstack_lb_loadbalancer_v2', 'openstack_orchestration_stack_v1']) {
      for (const r of Object.values(res(json, type))) expect(tags(r)).toMatchObject(expected);
    }
    // Neutron 2026.2 refuses provider 3.4.0's bulk tag update on QoS policies: none are set.
    for (const r of Object.values<any>(res(json, 'openstack_networking_qos_policy_v2'))) expect(r.tags).toBeUndefined();
    expect(compliant('HC-1')).toBeGreaterThan(20);
    expect(() => cloud({ location: 'Wuhan DC 1' })).toThrow(/location.*not a valid label value/s);
  });

  test('H7: the MLPS level the user sets is recorded on every resource; only 2, 3 and 4 are levels; the example passes MLPS_LEVEL3 with no suppression', () => {
    for (const r of Object.values(res(json, 'openstack_compute_instance_v2'))) expect(tags(r)[HealthcareCloud.MLPS_LEVEL_LABEL]).toBe('3');
    expect(() => cloud({ mlpsLevel: 5 })).toThrow(/mlpsLevel.*use one of 2, 3, 4/s);
    expect(() => cloud({ mlpsLevel: 1 })).toThrow(/mlpsLevel/);
    const l4 = Object.values(res(cloud({ mlpsLevel: 4 }).json(), 'openstack_networking_network_v2'));
    expect(l4.map((n) => tags(n)[HealthcareCloud.MLPS_LEVEL_LABEL])).toEqual(['4', '4']);
    expect(example.stack.node.path).toBe('healthcare-openstack');
    expect(Compliance.of(example.stack).packs.map((p) => p.name)).toEqual(['SECURITY_BASELINE', 'HEALTHCARE', 'MLPS_LEVEL3']);
    // MLPS-9 judges the audit sink's wiring: no finding, none suppressed.
    expect(example.report.findings).toEqual([]);
    expect(compliant('MLPS-9')).toBe(1);
  });

  describe('H7: audit-log sink (MLPS-9)', () => {
    const tiers = { database: { size: Size.of(2, 4), image, port: 5432 }, audit: { size: Size.of(2, 4), image, port: 6514 }, adminCidrs: ['10.0.255.0/28'] };
    const auditSink = { addresses: ['10.0.31.20', '10.0.31.21'], destination: { address: '10.200.0.10', port: 6514 }, size: Size.of(2, 4, 50), image };
    const mlps9 = (stack: TerraformStack) => Compliance.of(stack).enable(Compliance.MLPS_LEVEL3).evaluate()[0].findings.filter((f) => f.ruleId === 'MLPS-9').map((f) => f.message);

    test('H7: with auditSink every tier ships its logs to the collectors (user data and egress on 514), the collectors run like the tiers (attested pool, encrypted boot), and MLPS-9 passes', () => {
      const c = cloud({ ...tiers, auditSink });
      const j = c.json();
      const instances = Object.values(res(j, 'openstack_compute_instance_v2'));
      const collectors = instances.filter((i) => tags(i)['oscar.io/audit-sink'] === 'audit');
      const members = instances.filter((i) => !collectors.includes(i));
      expect(members.map((i) => tags(i)['oscar.io/tier']).sort()).toEqual(['application', 'audit', 'database']);
      for (const m of members) {
        expect(m.user_data).toContain('*.* @@10.0.31.20:514');
        expect(m.user_data).toContain('& @@10.0.31.21:514'); // failover to the second collector
      }
      const egress514 = Object.entries(res(j, 'openstack_networking_secgroup_rule_v2')).filter(([, r]) => r.direction === 'egress' && r.port_range_min === 514);
      expect(egress514.map(([k, r]) => `${k.split('_')[1]} ${r.remote_ip_prefix}`).sort()).toEqual(
        ['application-sg', 'audit-sg', 'database-sg'].flatMap((g) => [`${g} 10.0.31.20/32`, `${g} 10.0.31.21/32`]));
      expect(collectors).toHaveLength(1); // one for_each resource: both addresses
      const [collector] = collectors;
      expect(collector.block_device[0].volume_type).toBe('luks');
      expect(res(j, 'openstack_compute_flavor_v2')[nameOf(refOf(collector.flavor_id)!)].extra_specs).toMatchObject({ 'aggregate_instance_extra_specs:trusted': 'true' });
      expect(c.cloud.auditSink?.forwarding.addresses).toEqual(auditSink.addresses);
      expect(mlps9(c.stack)).toEqual([]);
    });

    test('H7: without auditSink (and without a suppression) MLPS-9 fails, the audit tier notwithstanding', () => {
      const c = cloud(tiers);
      expect(c.cloud.auditSink).toBeUndefined();
      for (const i of Object.values(res(c.json(), 'openstack_compute_instance_v2'))) expect(i.user_data ?? '').not.toContain('oscar.io/audit-sink');
      expect(mlps9(c.stack)).toEqual(['no audit sink: no VM is a log collector (oscar.io/audit-sink) of the stack']);
    });

    test('H7: errors name the prop: a collector address outside the application network, no image', () => {
      expect(() => cloud({ auditSink: { ...auditSink, addresses: ['10.0.0.20'] } })).toThrow(/audit-sink\/collectors.*fixedIps\[0\]: 10\.0\.0\.20 is not a host address of subnet/s);
      expect(() => cloud({ auditSink: { ...auditSink, image: undefined } })).toThrow(/\[stack\/med\] props\.auditSink\.image: is not set/);
    });
  });

  test('H8: Heat where the site offers it: a stack from the HOT template with its parameters; none without orchestration; out of scope on vSphere', () => {
    const stacks = Object.values(res(json, 'openstack_orchestration_stack_v1'));
    // Provider 3.4.0 reads the template from the key Bin (or URL); any other key leaves it empty.
    expect(stacks.map((s) => [s.name, s.parameters, s.template_opts.Bin.startsWith('heat_template_version')])).toEqual([['consultation-notifications', { topic: 'consultation' }, true]]);
    // An empty environment, stated: unset, provider 3.4.0 fetches one from its working directory.
    expect(stacks.map((s) => s.environment_opts)).toEqual([{ Bin: '\n' }]);
    expect(res(cloud().json(), 'openstack_orchestration_stack_v1')).toEqual({});
    expect(() => cloud({ orchestration: { name: 'x', template: '' } })).toThrow(/orchestration\.template/);
    const stack = new TerraformStack(new App(), 'v');
    const password = new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true });
    const site = new VsphereSite(stack, 'vc', { datacenter: 'dc1', clusters: ['c1'], datastores: ['ds1'], distributedSwitch: 'dvs', providerConfig: { vsphereServer: 'vc', user: 'u', password: password.stringValue } });
    expect(() => new HealthcareCloud(stack, 'med', {
      site, location: 'x', assetOwner: 'y', pools: { control: { hosts: ['c1'], zone: 'c1' }, compute: { hosts: ['n1'], zone: 'c1' }, storage: { hosts: ['s1'], zone: 'c1' } },
      frontendCidr: '10.0.0.0/24', applicationCidr: '10.0.1.0/24', application: { size: Size.of(2, 4), image, port: 80 }, tlsContainerRef: 't', encryptedVolumeType: 'luks',
      orchestration: { name: 'x', template: 'heat_template_version: 2016-04-08' },
    })).toThrow(/props\.site: vSphere sites do not support the healthcare ingress chain \(load balancer, FWaaS\) and Heat/);
  });

  test('errors: overlapping networks, a site without an external network, a bad port, an empty source list', () => {
    expect(() => cloud({ applicationCidr: '10.0.0.128/25' })).toThrow(/the frontend network \(10.0.0.0\/24\) and the application network \(10.0.0.128\/25\) overlap/);
    expect(() => cloud({}, false)).toThrow(/site.*has none/s);
    expect(() => cloud({ database: { size: Size.of(2, 4), image, port: 70000 } })).toThrow(/database\.port/);
    expect(() => cloud({ allowedSourceCidrs: [] })).toThrow(/allowedSourceCidrs.*is empty/s);
  });
});

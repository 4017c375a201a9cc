import { App, TerraformStack, Testing } from 'cdktf';
import { FirewallProtocol, Image, InstanceGroup, Network, OpenStackSite, QosPolicy, Segmentation, SharedVolume, Size, TenantVdc, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceList, synthStack } from '../util/synth';

const errorOf = (build: () => void): string => {
  try {
    build();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

/** The Terraform provider reference (`openstack.<alias>`) of one resource body. */
const providerOf = (r: any): string => r.provider;

describe('TenantVdc on OpenStack', () => {
  test('E1, P4, G4: a project with its quota sets, its own network, router, firewall group, load balancer and floating IPs, all project-scoped', () => {
    const { stack, site } = openstackStack();
    new TenantVdc(stack, 'health', { site, cidr: '10.10.0.0/24', quota: { vcpus: 64, memoryGiB: 128, instances: 20 }, loadBalancer: true, floatingIps: 2 });
    const json = synthStack(stack);
    const [project] = resourceList(json, 'openstack_identity_project_v3');
    expect(project.name).toBe('health');
    expect(project.provider).toBe('openstack'); // the admin (parent site's) provider
    const [compute] = resourceList(json, 'openstack_compute_quotaset_v2');
    expect(compute).toMatchObject({ cores: 64, ram: 128 * 1024, instances: 20, provider: 'openstack' });
    expect(compute.project_id).toContain('openstack_identity_project_v3.');
    // Everything inside the VDC goes through the VDC's own provider, i.e. into its project.
    for (const type of ['openstack_networking_network_v2', 'openstack_networking_subnet_v2', 'openstack_networking_router_v2', 'openstack_networking_router_interface_v2',
      'openstack_fw_group_v2', 'openstack_fw_policy_v2', 'openstack_fw_rule_v2', 'openstack_lb_loadbalancer_v2', 'openstack_networking_floatingip_v2']) {
      const created = resourceList(json, type);
      expect(created.length).toBeGreaterThan(0);
      expect(created.map(providerOf).filter((p) => p !== 'openstack.health')).toEqual([]);
    }
    expect(resourceList(json, 'openstack_networking_floatingip_v2')).toHaveLength(3); // two allocated, one on the LB VIP
    // The floating-IP quota holds twice the three: parallel creates briefly count twice in Neutron.
    expect(resourceList(json, 'openstack_networking_quota_v2')[0]).toMatchObject({ floatingip: 6 });
    expect(resourceList(json, 'openstack_networking_router_v2')[0].external_network_id).toContain('external-network');
    const [group] = resourceList(json, 'openstack_fw_group_v2');
    expect(group.ports[0]).toContain('openstack_networking_router_interface_v2.health_network_router-main');
  });

  test('E1, M2: the VDC provider is the deploying identity scoped to the project once it holds a role there; the generated credential is never a literal', () => {
    const { stack, site } = openstackStack();
    new TenantVdc(stack, 'tax', { site, cidr: '10.20.0.0/24' });
    const text = Testing.synth(stack);
    const json = JSON.parse(text);
    const providers: any[] = json.provider.openstack;
    const vdc = providers.find((p) => p.alias === 'tax');
    // Scoped through the role assignment: Terraform configures it only after the deployer has its role.
    expect(vdc.tenant_id).toMatch(/^\$\{openstack_identity_role_assignment_v3\.[^}]+\.project_id\}$/);
    // Never the application credential: provider 3.4.0 prefers OS_PASSWORD from the
    // environment over it and gets an unscoped token (the OpenStack e2e suite's finding).
    expect(vdc.application_credential_id).toBeUndefined();
    expect(vdc.password).toBeUndefined();
    const bootstrap = providers.find((p) => p.alias === 'tax-bootstrap');
    expect(bootstrap.tenant_id).toMatch(/openstack_identity_project_v3\.[^}]+\.id/);
    const [credential] = resourceList(json, 'openstack_identity_application_credential_v3');
    expect(credential.secret).toBeUndefined(); // Keystone generates it
    expect(credential).toMatchObject({ provider: 'openstack.tax-bootstrap', unrestricted: false, roles: ['member'] });
    // Keystone reads back the implied roles too (member: member, reader): no replacement on every plan.
    expect(credential.lifecycle.ignore_changes).toEqual(['roles']);
    expect(credential.depends_on[0]).toContain('openstack_identity_role_assignment_v3.');
    const [assignment] = resourceList(json, 'openstack_identity_role_assignment_v3');
    expect(assignment.user_id).toContain('data.openstack_identity_auth_scope_v3.');
  });

  test('E1: a site on a clouds.yaml entry is refused for tenant VDCs (provider 3.4.0 would drop the project scope)', () => {
    const stack = new TerraformStack(new App(), 'stack');
    const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1'], providerConfig: { cloud: 'prod-admin' } });
    expect(() => new TenantVdc(stack, 'tax', { site, cidr: '10.20.0.0/24' }))
      .toThrow(/\[stack\/tax\] props\.site: the site's provider authenticates with the clouds.yaml entry "prod-admin".*Fix: configure the site's provider with authUrl and credentials/);
  });

  test('E1: ports on a parent network given with useNetwork wait for its RBAC entry (Neutron: NetworkNotFound before it, RbacPolicyInUse when it goes first on destroy)', () => {
    const { stack, site } = openstackStack();
    const shared = new Network(stack, 'mgmt', { site, cidr: '10.9.0.0/24', subnets: [{ name: 'mgmt', cidr: '10.9.0.0/24' }] });
    const vdc = new TenantVdc(stack, 'tax', { site, cidr: '10.20.0.0/24' });
    vdc.useNetwork(shared);
    new InstanceGroup(stack, 'app', { site: vdc.site, count: 2, size: Size.of(1, 2, 20), image: Image.fromName('ubuntu'), networks: [{ network: vdc.network! }, { network: shared }] });
    // A group on the VDC's own network only needs no grant.
    new InstanceGroup(stack, 'own', { site: vdc.site, count: 1, size: Size.of(1, 2, 20), image: Image.fromName('ubuntu'), networks: [{ network: vdc.network! }] });
    const json = synthStack(stack);
    const [grant] = Object.keys(json.resource.openstack_networking_rbac_policy_v2).filter((k) => k.startsWith('tax_use-'));
    expect(grant).toBeDefined();
    const dependsOn = (type: string, prefix: string) => Object.entries<any>(json.resource[type]).filter(([k]) => k.startsWith(prefix)).map(([, r]) => r.depends_on ?? []);
    for (const deps of [...dependsOn('openstack_networking_port_v2', 'app_'), ...dependsOn('openstack_compute_instance_v2', 'app_')]) {
      expect(deps).toContain(`openstack_networking_rbac_policy_v2.${grant}`);
    }
    for (const deps of dependsOn('openstack_networking_port_v2', 'own_')) expect(deps.some((d: string) => d.includes('rbac_policy'))).toBe(false);
  });

  test('E9: nested VDCs are sub-projects; a principal group gets the role (delegated administration)', () => {
    const { stack, site } = openstackStack();
    const org = new TenantVdc(stack, 'org', { site, cidr: '10.0.0.0/24', principal: 'org-admins', role: 'admin' });
    new TenantVdc(stack, 'dev', { site, cidr: '10.0.1.0/24', parent: org, quota: { vcpus: 8 } });
    const json = synthStack(stack);
    const projects = resourceList(json, 'openstack_identity_project_v3');
    const dev = projects.find((p) => p.name === 'dev');
    expect(dev.parent_id).toMatch(/openstack_identity_project_v3\.org_project/);
    expect(projects.find((p) => p.name === 'org').parent_id).toBeUndefined();
    const groupGrant = resourceList(json, 'openstack_identity_role_assignment_v3').find((a) => a.group_id !== undefined);
    expect(groupGrant.group_id).toContain('data.openstack_identity_group_v3.');
    expect(json.data.openstack_identity_role_v3.org_role_D1B2C3E4?.name ?? Object.values<any>(json.data.openstack_identity_role_v3).find((r) => r.name === 'admin').name).toBe('admin');
  });

  test('E11: a dev/test VDC is bounded by its quota: groups on its site may name it, and a quota below their need fails', () => {
    const { stack, site } = openstackStack();
    const dev = new TenantVdc(stack, 'dev', { site, cidr: '10.0.1.0/24', quota: { vcpus: 4 } });
    new InstanceGroup(dev, 'app', { site: dev.site, count: 2, image: Image.fromId('img'), size: Size.of(2, 4), quota: dev.quota, networks: [{ network: dev.network! }] });
    const json = synthStack(stack);
    expect(resourceList(json, 'openstack_compute_instance_v2')[0].provider).toBe('openstack.dev');
    expect(resourceList(json, 'openstack_compute_quotaset_v2')[0].cores).toBe(4);
    new InstanceGroup(dev, 'big', { site: dev.site, count: 1, image: Image.fromId('img'), size: Size.of(2, 4), networks: [{ network: dev.network! }] });
    expect(errorOf(() => Testing.synth(stack, true))).toMatch(/stack\/dev.*quota\.vcpus.*4 vCPUs.*\(6 vCPUs\)/);
  });

  test('M2: the network is never shared; sharing is one RBAC entry per allow-listed peer project', () => {
    const { stack, site } = openstackStack();
    const a = new TenantVdc(stack, 'a', { site, cidr: '10.1.0.0/24' });
    const b = new TenantVdc(stack, 'b', { site, cidr: '10.2.0.0/24' });
    new TenantVdc(stack, 'c', { site, cidr: '10.3.0.0/24', shareNetworkWith: [a, b] });
    const json = synthStack(stack);
    expect(resourceList(json, 'openstack_networking_network_v2').map((n) => n.shared)).toEqual([undefined, undefined, undefined]);
    const rbac = resourceList(json, 'openstack_networking_rbac_policy_v2');
    expect(rbac).toHaveLength(2);
    for (const entry of rbac) {
      expect(entry).toMatchObject({ action: 'access_as_shared', object_type: 'network', provider: 'openstack.c' });
      expect(entry.object_id).toContain('openstack_networking_network_v2.c_network');
    }
    expect(rbac.map((r) => r.target_tenant).sort()).toEqual([expect.stringContaining('a_project'), expect.stringContaining('b_project')]);
  });

  test('E3: traffic between VDCs is denied unless an explicit rule allows it', () => {
    const { stack, site } = openstackStack();
    const web = new TenantVdc(stack, 'web', { site, cidr: '10.1.0.0/24' });
    new TenantVdc(stack, 'db', { site, cidr: '10.2.0.0/24', allowFrom: [{ name: 'sql', peer: web, port: 5432 }] });
    const json = synthStack(stack);
    const rules = json.resource.openstack_fw_rule_v2;
    const allowsInto = (vdc: string, cidr: string) => Object.entries<any>(rules)
      .filter(([id, r]) => id.startsWith(`${vdc}_firewall_egress`) && r.action === 'allow' && r.destination_ip_address === cidr);
    expect(allowsInto('db', '10.2.0.0/24').map(([, r]) => [r.source_ip_address, r.destination_port])).toEqual([['10.1.0.0/24', '5432']]);
    expect(allowsInto('web', '10.1.0.0/24')).toEqual([]); // nothing declared into web
    // Every policy ends in deny-all, so what no rule allows is dropped.
    for (const policy of Object.values<any>(json.resource.openstack_fw_policy_v2)) {
      expect(policy.rules.slice(-2).every((r: string) => /deny-all-ipv[46]/.test(r))).toBe(true);
    }
  });

  test('E7, M3: floatingIpQosPolicy limits the VDC\'s floating IPs and its load balancer\'s: the admin shares its policy with the project (RBAC qos_policy) before they are created', () => {
    const { stack, site } = openstackStack();
    const limit = new QosPolicy(stack, 'limit', { site, maxKbps: 50_000 });
    const vdc = new TenantVdc(stack, 'portal', { site, cidr: '10.30.0.0/24', loadBalancer: true, floatingIps: 1, floatingIpQosPolicy: limit });
    const json = synthStack(stack);
    const [share] = resourceList(json, 'openstack_networking_rbac_policy_v2');
    expect(share).toMatchObject({ provider: 'openstack', action: 'access_as_shared', object_type: 'qos_policy' });
    expect(share.object_id).toContain('openstack_networking_qos_policy_v2.limit');
    expect(share.target_tenant).toContain('openstack_identity_project_v3.portal_project');
    const fips = resourceList(json, 'openstack_networking_floatingip_v2');
    expect(fips).toHaveLength(2);
    for (const fip of fips) {
      expect(fip.provider).toBe('openstack.portal');
      expect(fip.value_specs.qos_policy_id).toContain('openstack_networking_qos_policy_v2.limit');
      expect(fip.depends_on).toEqual([expect.stringMatching(/^openstack_networking_rbac_policy_v2\.portal_use-floating-ip-qos_[A-F0-9]+$/)]);
    }
    expect(vdc.floatingIps).toHaveLength(1);
    expect(resourceList(json, 'openstack_networking_quota_v2')[0]).toMatchObject({ floatingip: 4 }); // 1 + the LB's, twice
    const other = openstackStack();
    const foreign = new QosPolicy(stack, 'foreign', { site, maxKbps: 1 });
    expect(() => new TenantVdc(other.stack, 'x', { site: other.site, cidr: '10.1.0.0/24', floatingIps: 1, floatingIpQosPolicy: foreign })).toThrow(/floatingIpQosPolicy: QoS policy .* is on another site/);
    expect(() => new TenantVdc(other.stack, 'y', { site: other.site, floatingIpQosPolicy: new QosPolicy(other.stack, 'l', { site: other.site, maxKbps: 1 }) })).toThrow(/floatingIpQosPolicy: needs the VDC's own network/);
  });

  test('E1: declared ingress from outside goes to the VDC; world-open SSH is an error', () => {
    const { stack, site } = openstackStack();
    new TenantVdc(stack, 'pub', { site, cidr: '10.5.0.0/24', loadBalancer: true, ingress: [{ name: 'https', port: 443 }] });
    const rules = synthStack(stack).resource.openstack_fw_rule_v2;
    expect(Object.values<any>(rules).filter((r) => r.destination_port === '443').map((r) => r.destination_ip_address)).toEqual(['10.5.0.0/24', '10.5.0.0/24']);
    const other = openstackStack();
    expect(errorOf(() => new TenantVdc(other.stack, 'pub', { site: other.site, cidr: '10.5.0.0/24', ingress: [{ name: 'ssh', port: 22 }] }))).toMatch(/management port 22 from anywhere/);
  });

  test('M2: VDC flavors and volume types are admin objects, private to the project, named per VDC (no 409 between VDCs)', () => {
    const { stack, site } = openstackStack();
    for (const name of ['a', 'b']) {
      const vdc = new TenantVdc(stack, name, { site, cidr: name === 'a' ? '10.1.0.0/24' : '10.2.0.0/24' });
      const g = new InstanceGroup(vdc, 'app', { site: vdc.site, count: 2, image: Image.fromId('img'), size: Size.of(2, 4), networks: [{ network: vdc.network! }] });
      new SharedVolume(vdc, 'shared', { site: vdc.site, sizeGiB: 10, attachTo: [g] } as any);
    }
    const json = synthStack(stack);
    const flavors = resourceList(json, 'openstack_compute_flavor_v2');
    expect(flavors.map((f) => [f.name, f.is_public, f.provider])).toEqual([['a-c2-m4-d0', false, 'openstack'], ['b-c2-m4-d0', false, 'openstack']]);
    expect(resourceList(json, 'openstack_compute_flavor_access_v2').map((a) => a.tenant_id)).toEqual([expect.stringContaining('a_project'), expect.stringContaining('b_project')]);
    const types = resourceList(json, 'openstack_blockstorage_volume_type_v3');
    expect(types.map((t) => [t.name, t.is_public, t.provider])).toEqual([['a-multiattach', false, 'openstack'], ['b-multiattach', false, 'openstack']]);
    expect(resourceList(json, 'openstack_blockstorage_volume_type_access_v3')).toHaveLength(2);
  });

  test('G4: a VDC without cidr is its project, quota and site only; network props then fail naming the prop', () => {
    const { stack, site } = openstackStack();
    const dept = new TenantVdc(stack, 'dept', { site, quota: { vcpus: 8 }, domainId: 'gov' });
    expect(dept.network).toBeUndefined();
    const json = synthStack(stack);
    expect(resourceList(json, 'openstack_identity_project_v3')[0].domain_id).toBe('gov');
    expect(resourceList(json, 'openstack_networking_network_v2')).toEqual([]);
    expect(errorOf(() => new TenantVdc(stack, 'x', { site, floatingIps: 1 }))).toMatch(/stack\/x.*floatingIps.*needs the VDC's own network.*set cidr/);
  });

  test('bad input names the construct path and the prop', () => {
    const { stack, site } = openstackStack();
    const a = new TenantVdc(stack, 'a', { site, cidr: '10.1.0.0/24' });
    expect(errorOf(() => new TenantVdc(stack, 'b', { site, cidr: '10.2.0.0/24', allowFrom: [{ name: 'x', peer: a }, { name: 'x', peer: a }] }))).toMatch(/stack\/b.*allowFrom/);
    const other = openstackStack();
    const remote = new TenantVdc(other.stack, 'r', { site: other.site, cidr: '10.9.0.0/24' });
    expect(errorOf(() => new TenantVdc(stack, 'c', { site, cidr: '10.3.0.0/24', allowFrom: [{ name: 'x', peer: remote }] }))).toMatch(/stack\/c.*allowFrom.*another site/);
    expect(errorOf(() => new TenantVdc(stack, 'd', { site, cidr: '10.4.0.0/24', floatingIps: 1, externalGateway: false }))).toMatch(/stack\/d.*floatingIps.*no external gateway/);
    expect(errorOf(() => new TenantVdc(stack, 'e', { site, cidr: '10.5.0.0/24', floatingIps: -1 }))).toMatch(/stack\/e.*floatingIps/);
  });
});

describe('TenantVdc on vSphere', () => {
  test('E1, G4: a folder, resource pools as the quota, a VM-operator role granted to the principal on both, a VLAN network', () => {
    const { stack, site } = vsphereStack();
    const vdc = new TenantVdc(stack, 'health', {
      site, cidr: '10.10.0.0/24', quota: { vcpus: 16, memoryGiB: 64 }, principal: 'GOV\\health-admins', segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199) }),
    });
    new InstanceGroup(vdc, 'app', { site: vdc.site, count: 2, image: Image.fromName('tpl'), size: Size.of(2, 4), quota: vdc.quota, networks: [{ network: vdc.network! }] });
    const json = synthStack(stack);
    expect(resourceList(json, 'vsphere_folder')).toEqual([expect.objectContaining({ path: 'health', type: 'vm' })]);
    expect(resourceList(json, 'vsphere_resource_pool').map((p) => p.memory_limit)).toEqual([65536, 65536]);
    const [role] = resourceList(json, 'vsphere_role');
    expect(role.role_privileges).toContain('VirtualMachine.Interact.PowerOn');
    expect(role.role_privileges.filter((p: string) => p.startsWith('Host.'))).toEqual([]);
    const grants = resourceList(json, 'vsphere_entity_permissions');
    expect(grants.map((g) => g.entity_type).sort()).toEqual(['Folder', 'ResourcePool', 'ResourcePool']);
    expect(grants.every((g) => g.permissions[0].user_or_group === 'GOV\\health-admins')).toBe(true);
    const [vm] = Object.values<any>(json.resource.vsphere_virtual_machine);
    // The VMs reference the folder resource (path "health"), so it is created first and
    // destroyed last: a literal raced the folder's delete (found by the vSphere e2e suite).
    expect(vm.folder).toMatch(/^\$\{vsphere_folder\.health_folder_[A-F0-9]+\.path\}$/);
    expect(Object.values<any>(json.resource.vsphere_folder)[0].path).toBe('health');
    expect(Object.values<any>(vm.for_each).map((m) => m.resource_pool_id)).toEqual([expect.stringContaining('vsphere_resource_pool.health_quota_pool'), expect.stringContaining('vsphere_resource_pool.health_quota_pool-cluster-b')]);
  });

  test('E1: OpenStack-only props fail naming the target and the prop', () => {
    for (const [prop, extra] of [['floatingIpQosPolicy', { floatingIpQosPolicy: {} as any }], ['loadBalancer', { loadBalancer: true }], ['floatingIps', { floatingIps: 1 }], ['allowFrom', { allowFrom: [] as any[] }], ['ingress', { ingress: [{ name: 'https', port: 443, protocol: FirewallProtocol.TCP }] }]] as const) {
      const { stack, site } = vsphereStack();
      const peer = new TenantVdc(stack, 'peer', { site, cidr: '10.1.0.0/24', segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 101) }) });
      const props: any = { site, cidr: '10.2.0.0/24', ...extra };
      if (prop === 'allowFrom') props.allowFrom = [{ name: 'x', peer }];
      expect(errorOf(() => new TenantVdc(stack, 'vdc', props))).toMatch(new RegExp(`stack/vdc.*${prop}.*vSphere`));
    }
  });
});

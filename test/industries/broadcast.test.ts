// BroadcastVideoPlatform (issue 5, item 2): property tests on the synthesized output and
// configuration errors.
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import {
  BlockTier,
  BroadcastVideoPlatform,
  Compliance,
  Network,
  BroadcastVideoPlatformProps,
  Image,
  OpenStackSite,
  QosPolicy,
  Quota,
  Segmentation,
  Size,
  VlanPool,
} from '../../lib';

type Overrides = Partial<Omit<BroadcastVideoPlatformProps, 'site'>>;

function build(overrides: Overrides = {}, zones = ['az1', 'az2', 'az3']) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new RandomProvider(stack, 'random');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: zones, externalNetwork: 'public' });
  const platform = new BroadcastVideoPlatform(stack, 'tianshan', {
    site,
    image: Image.fromName('media-base-2024.10'),
    dns: { zoneName: 'tianshan.example.cn.', email: 'hostmaster@example.cn' },
    quota: { projectId: 'p-1234' },
    ...overrides,
  });
  return { app, stack, site, platform };
}

function synth(overrides: Overrides = {}): any {
  const { stack } = build(overrides);
  return JSON.parse(Testing.synth(stack));
}

const res = (json: any, type: string): Record<string, any> => json.resource?.[type] ?? {};

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('BroadcastVideoPlatform: architecture', () => {
  const json = synth();

  test('three planes on separate networks: management and storage unrouted, business routed', () => {
    const nets = Object.values(res(json, 'openstack_networking_network_v2')).map((n: any) => n.name).sort();
    expect(nets).toEqual(['tianshan-business', 'tianshan-mgmt', 'tianshan-storage']);
    const subnets = Object.values(res(json, 'openstack_networking_subnet_v2')).map((s: any) => s.cidr).sort();
    expect(subnets).toEqual(['10.10.0.0/24', '10.20.0.0/22', '10.30.0.0/24']);
    const routers = Object.values(res(json, 'openstack_networking_router_v2')).map((r: any) => r.name);
    expect(routers).toEqual(['tianshan-business-router']);
    const mgmt: any = Object.values(res(json, 'openstack_networking_network_v2')).find((n: any) => n.name === 'tianshan-mgmt');
    expect(mgmt.tags).toContain('oscar.io:plane=management');
  });

  test('tiers: ingest, transcode, origin and app streaming as for_each instance groups', () => {
    const instances = res(json, 'openstack_compute_instance_v2');
    expect(Object.keys(instances).length).toBe(4);
    const keys = Object.values(instances).flatMap((i: any) => Object.keys(i.for_each)).sort();
    expect(keys).toEqual([
      'tianshan-appstream-001', 'tianshan-appstream-002',
      'tianshan-ingest-001', 'tianshan-ingest-002',
      'tianshan-origin-001', 'tianshan-origin-002',
      'tianshan-transcode-001', 'tianshan-transcode-002', 'tianshan-transcode-003', 'tianshan-transcode-004',
    ]);
  });

  test('PROPERTY: every HA tier has >= 2 members under hard anti-affinity across >= 2 AZs', () => {
    const groups = res(json, 'openstack_compute_servergroup_v2');
    for (const instance of Object.values(res(json, 'openstack_compute_instance_v2')) as any[]) {
      const members = Object.values(instance.for_each) as any[];
      expect(members.length).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((m) => m.zone)).size).toBeGreaterThanOrEqual(2);
      expect(instance.availability_zone).toBe('${each.value.zone}');
      const groupRef = /^\$\{openstack_compute_servergroup_v2\.([\w-]+)\.id\}$/.exec(instance.scheduler_hints[0].group)!;
      expect(groups[groupRef[1]].policies).toEqual(['anti-affinity']);
    }
  });

  test('app streaming runs on a dedicated flavor no other tier uses', () => {
    const flavors = res(json, 'openstack_compute_flavor_v2');
    const instances = Object.values(res(json, 'openstack_compute_instance_v2')) as any[];
    const flavorOf = (i: any) => /openstack_compute_flavor_v2\.([\w-]+)\.id/.exec(i.flavor_id)![1];
    const app = instances.find((i) => Object.keys(i.for_each)[0].includes('appstream'))!;
    const others = instances.filter((i) => i !== app).map(flavorOf);
    expect(others).not.toContain(flavorOf(app));
    expect(flavors[flavorOf(app)].extra_specs['hw:cpu_policy']).toBe('dedicated');
  });

  test('PROPERTY: media containers are private, versioned, on the cluster\'s default policy, with a temp URL key', () => {
    const containers = Object.values(res(json, 'openstack_objectstorage_container_v1')) as any[];
    expect(containers.map((c) => c.name).sort()).toEqual(['tianshan-archive', 'tianshan-mezzanine', 'tianshan-renditions']);
    for (const c of containers) {
      expect(c.container_read).toBeUndefined();
      expect(c.container_write).toBeUndefined();
      expect(c.versioning).toBe(true);
      // No policy name: Swift then uses its default policy, whatever the cluster calls it.
      expect(c.storage_policy).toBeUndefined();
      expect(c.metadata['Temp-URL-Key']).toMatch(/^\$\{random_password\.[\w-]+\.result\}$/);
      expect(c.lifecycle.prevent_destroy).toBe(true);
    }
    // one key for the whole library
    expect(new Set(containers.map((c) => c.metadata['Temp-URL-Key'])).size).toBe(1);
  });

  test('PROPERTY: a platform storage policy applies to every container unless a container names its own', () => {
    const out = synth({ storagePolicy: 'gold', mediaContainers: [{ name: 'mezzanine' }, { name: 'archive', storagePolicy: 'erasure-coded' }] });
    const byName = Object.fromEntries(Object.values<any>(res(out, 'openstack_objectstorage_container_v1')).map((c) => [c.name, c.storage_policy]));
    expect(byName).toEqual({ 'tianshan-mezzanine': 'gold', 'tianshan-archive': 'erasure-coded' });
  });

  test('two block tiers: distributed and SAN volume types referenced by the data volumes', () => {
    const types = res(json, 'openstack_blockstorage_volume_type_v3');
    const byName = Object.fromEntries(Object.entries(types).map(([k, t]: any) => [t.name, k]));
    expect(Object.keys(byName).sort()).toEqual(['test-media-distributed', 'test-media-san']);
    expect(types[byName['test-media-san']].extra_specs.volume_backend_name).toBe('iscsi-san');
    const volumes = res(json, 'openstack_blockstorage_volume_v3');
    const typeOf = (suffix: string) => (Object.entries(volumes).find(([k]) => k.includes(suffix))![1] as any).volume_type;
    expect(typeOf('volume-spool')).toBe(`\${openstack_blockstorage_volume_type_v3.${byName['test-media-san']}.name}`);
    expect(typeOf('volume-scratch')).toBe(`\${openstack_blockstorage_volume_type_v3.${byName['test-media-distributed']}.name}`);
    expect(typeOf('volume-cache')).toBe(`\${openstack_blockstorage_volume_type_v3.${byName['test-media-distributed']}.name}`);
  });

  test('egress bandwidth-limit QoS on every business-plane port', () => {
    const rules = Object.values(res(json, 'openstack_networking_qos_bandwidth_limit_rule_v2')) as any[];
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ direction: 'egress', max_kbps: 2000000 });
    const ports = res(json, 'openstack_networking_port_v2');
    const business = Object.entries(ports).filter(([k]) => k.includes('business'));
    expect(business).toHaveLength(4);
    for (const [, p] of business as any[]) expect(p.qos_policy_id).toMatch(/openstack_networking_qos_policy_v2/);
  });

  test('load balancer: every pool has a health monitor; DNS names the LB and the tiers', () => {
    const pools = Object.keys(res(json, 'openstack_lb_pool_v2'));
    const monitors = Object.values(res(json, 'openstack_lb_monitor_v2')) as any[];
    expect(pools.length).toBe(2);
    for (const pool of pools) expect(monitors.some((m) => m.pool_id === `\${openstack_lb_pool_v2.${pool}.id}`)).toBe(true);
    const members = Object.values(res(json, 'openstack_lb_members_v2')) as any[];
    for (const m of members) for (const member of m.member) expect(member.address).toMatch(/^\$\{openstack_networking_port_v2\.[\w-]+\["tianshan-(origin|appstream)-00\d"\]\.all_fixed_ips\[0\]\}$/);
    const zone = Object.values(res(json, 'openstack_dns_zone_v2')) as any[];
    expect(zone[0]).toMatchObject({ name: 'tianshan.example.cn.', ttl: 300 });
    const records = (Object.values(res(json, 'openstack_dns_recordset_v2')) as any[]).map((r) => r.name).sort();
    expect(records).toEqual([
      'apps.tianshan.tianshan.example.cn.', 'appstream-nodes.tianshan.tianshan.example.cn.', 'ingest.tianshan.tianshan.example.cn.',
      'origin-nodes.tianshan.tianshan.example.cn.', 'origin.tianshan.tianshan.example.cn.', 'transcode.tianshan.tianshan.example.cn.',
    ]);
  });

  test('security zones are default-deny; SSH only from the management plane', () => {
    for (const sg of Object.values(res(json, 'openstack_networking_secgroup_v2')) as any[]) expect(sg.delete_default_rules).toBe(true);
    const rules = Object.values(res(json, 'openstack_networking_secgroup_rule_v2')) as any[];
    const ssh = rules.filter((r) => r.direction === 'ingress' && r.port_range_min === 22);
    expect(ssh.map((r) => r.remote_ip_prefix)).toEqual(['10.10.0.0/24']);
    expect(rules.filter((r) => r.direction === 'ingress' && /\/0$/.test(r.remote_ip_prefix ?? ''))).toEqual([]);
  });

  test('per-tenant quota: 1.5 x the tiers\' needs by default', () => {
    const compute = Object.values(res(json, 'openstack_compute_quotaset_v2'))[0] as any;
    // ingest 2x8 + transcode 4x16 + origin 2x8 + app 2x8 = 112 vCPUs -> 168
    expect(compute).toMatchObject({ project_id: 'p-1234', cores: 168, instances: 15 });
    const storage = Object.values(res(json, 'openstack_blockstorage_quotaset_v3'))[0] as any;
    // 2x500 + 4x200 + 2x1000 = 3800 GiB -> 5700
    expect(storage.gigabytes).toBe(5700);
  });

  test('floating IPs: the need counts public ingest members and the edge LB; the default limit is twice it', () => {
    // Private contribution only: the edge load balancer's address alone; the floor of 4 holds.
    expect(Object.values(res(json, 'openstack_networking_quota_v2'))[0]).toMatchObject({ floatingip: 4 });
    const { platform, stack } = build({ contributionCidrs: ['198.51.100.0/24'], ingest: { count: 3 } });
    expect(platform.needs.floatingIps).toBe(4);
    const out = JSON.parse(Testing.synth(stack));
    expect(Object.keys(Object.values(res(out, 'openstack_networking_floatingip_v2')).find((f: any) => f.for_each)!.for_each)).toHaveLength(3);
    // Parallel creates briefly count twice in Neutron: 2 x 4.
    expect(Object.values(res(out, 'openstack_networking_quota_v2'))[0]).toMatchObject({ floatingip: 8 });
  });
});

describe('BroadcastVideoPlatform: the compliance packs agree', () => {
  test('security baseline passes; the telecom HA anti-affinity, multi-AZ and LB-monitor rules find nothing', () => {
    const { stack } = build();
    const report = Compliance.of(stack).enable(Compliance.SECURITY_BASELINE, Compliance.TELECOM_HA).evaluate()[0];
    const open = (prefix: string) => report.findings.filter((f) => f.ruleId.startsWith(prefix) && !f.suppressed).map((f) => f.ruleId);
    // SEC-12 (M3, a warning): one floating IP of the platform has no per-address limit yet.
    // Adding value_specs.qos_policy_id would replace the address of deployed platforms, so
    // it is left for an opt-in (issue 16 item 6 follow-up).
    expect(open('SEC-')).toEqual(['SEC-12']);
    expect(report.findings.find((f) => f.ruleId === 'SEC-12')!.severity).toBe('WARNING');
    expect(report.findings.filter((f) => ['TEL-1', 'TEL-2', 'TEL-4'].includes(f.ruleId))).toEqual([]);
    const judged = (id: string) => report.rules.find((r) => r.ruleId === id)!.compliant;
    expect(judged('TEL-1')).toBe(4); // one for_each instance resource per tier
    expect(judged('TEL-2')).toBeGreaterThan(0);
  });
});

describe('BroadcastVideoPlatform: options', () => {
  test('PROPERTY: only the container declared the public origin is world-readable', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (flags) => {
        const json = synth({ mediaContainers: flags.map((publicOrigin, i) => ({ name: `c${i}`, publicOrigin })) });
        for (const c of Object.values(res(json, 'openstack_objectstorage_container_v1')) as any[]) {
          const i = Number(/-c(\d+)$/.exec(c.name)![1]);
          if (flags[i]) expect(c.container_read).toBe('.r:*');
          else expect(c.container_read).toBeUndefined();
        }
      }),
      { numRuns: 8 },
    );
  });

  test('public encoders get a public path: one floating IP per ingest member on its business port', () => {
    const ingestIps = (json: any) => Object.entries<any>(res(json, 'openstack_networking_floatingip_v2')).filter(([k]) => k.includes('ingest'));
    expect(ingestIps(synth())).toEqual([]);
    const { stack, platform } = build({ contributionCidrs: ['10.20.0.0/16', '203.0.113.0/24'] });
    const [[, fip]] = ingestIps(JSON.parse(Testing.synth(stack)));
    expect(Object.keys(fip.for_each)).toEqual(platform.ingest.memberNames);
    expect(fip.port_id).toMatch(/^\$\{openstack_networking_port_v2\.tianshan_ingest_port-tianshan-business_[0-9A-F]+\[each\.key\]\.id\}$/);
    expect(fip.pool).toMatch(/data\.openstack_networking_network_v2\..*\.name/);
  });

  test('the shared temp-URL and sync keys belong to the platform: removing the first container keeps them', () => {
    const sync = { targetPrefix: '//oscar/dc2/AUTH_media/' };
    const before = synth({ mediaContainers: [{ name: 'mezzanine' }, { name: 'renditions' }], containerSync: sync });
    const after = synth({ mediaContainers: [{ name: 'renditions' }], containerSync: sync });
    const keys = (json: any) => Object.keys(res(json, 'random_password')).sort();
    // Same addresses whichever containers exist: no key is destroyed (rotated) with a container.
    expect(keys(after)).toEqual(keys(before));
    expect(keys(before).every((k) => !k.includes('media-'))).toBe(true);
    // Stacks that created the keys under the first container move them instead of rotating them.
    const froms = (before.moved ?? []).map((m: any) => m.from);
    expect(froms).toEqual(expect.arrayContaining([
      expect.stringMatching(/^random_password\.tianshan_media-mezzanine_temp-url-key_[0-9A-F]{8}$/),
      expect.stringMatching(/^random_password\.tianshan_media-mezzanine_sync-key_[0-9A-F]{8}$/),
    ]));
  });

  test('container sync to a second site for private containers, with a generated key', () => {
    const json = synth({
      mediaContainers: [{ name: 'mezzanine' }, { name: 'cdn', publicOrigin: true }],
      containerSync: { targetPrefix: '//oscar/dc2/AUTH_media/' },
    });
    const byName = Object.fromEntries((Object.values(res(json, 'openstack_objectstorage_container_v1')) as any[]).map((c) => [c.name, c]));
    expect(byName['tianshan-mezzanine'].container_sync_to).toBe('//oscar/dc2/AUTH_media/tianshan-mezzanine');
    expect(byName['tianshan-mezzanine'].container_sync_key).toMatch(/^\$\{random_password\./);
    expect(byName['tianshan-cdn'].container_sync_to).toBeUndefined();
  });

  test('existing volume types, QoS, quota; VLAN planes; TLS origin listener', () => {
    const { stack, site } = build();
    const qos = new QosPolicy(stack, 'qos', { site, maxKbps: 500000 });
    const quota = new Quota(stack, 'q', { site, projectId: 'p', vcpus: 200, memoryGiB: 400, instances: 20 });
    const vlans = VlanPool.range(100, 199, { physicalNetwork: 'physnet1' });
    new BroadcastVideoPlatform(stack, 'b2', {
      site,
      name: 'b2',
      image: Image.fromName('media'),
      dns: { zoneName: 'b2.example.cn.', email: 'hostmaster@example.cn' },
      existingDistributedVolumeType: 'ceph',
      existingSanVolumeType: 'san-gold',
      existingEgressQos: qos,
      existingQuota: quota,
      managementPlane: { cidr: '10.110.0.0/24', segmentation: Segmentation.vlan({ pool: vlans, vlanId: 110 }) },
      businessPlane: { cidr: '10.120.0.0/22', segmentation: Segmentation.vlan({ pool: vlans, vlanId: 120 }) },
      storagePlane: { cidr: '10.130.0.0/24', segmentation: Segmentation.vlan({ pool: vlans, vlanId: 130 }) },
      origin: { dataVolumeTier: BlockTier.SAN },
      originTlsContainerRef: 'https://barbican.example.cn/v1/containers/abc',
    });
    const json = JSON.parse(Testing.synth(stack));
    const volumes = Object.entries(res(json, 'openstack_blockstorage_volume_v3')).filter(([k]) => k.startsWith('b2_'));
    const cache = volumes.find(([k]) => k.includes('volume-cache'))![1] as any;
    expect(cache.volume_type).toBe('san-gold');
    const nets = (Object.values(res(json, 'openstack_networking_network_v2')) as any[]).filter((n) => n.name.startsWith('b2-'));
    expect(nets.map((n) => n.segments[0].segmentation_id).sort()).toEqual([110, 120, 130]);
    expect((Object.values(res(json, 'openstack_lb_listener_v2')) as any[]).some((l) => l.protocol === 'TERMINATED_HTTPS')).toBe(true);
  });

  test('existing plane networks are used as they are, and their CIDRs are checked too', () => {
    const { stack, site } = build();
    const business = Network.fromName(stack, 'legacy-business', { site, networkName: 'business', subnets: [{ name: 'business-v4', cidr: '172.16.0.0/20' }] });
    const platform = new BroadcastVideoPlatform(stack, 'b3', {
      site, name: 'b3', image: Image.fromName('m'), dns: { zoneName: 'b3.example.cn.', email: 'h@example.cn' },
      existingBusinessNetwork: business,
      managementPlane: { cidr: '10.210.0.0/24' },
      storagePlane: { cidr: '10.230.0.0/24' },
    });
    expect(platform.businessNetwork).toBe(business);
    const json = JSON.parse(Testing.synth(stack));
    expect((Object.values(res(json, 'openstack_networking_network_v2')) as any[]).map((n) => n.name).filter((n) => n.startsWith('b3-')).sort()).toEqual(['b3-mgmt', 'b3-storage']);
    expect((Object.values(res(json, 'openstack_lb_loadbalancer_v2')) as any[]).find((l) => l.name === 'b3-edge').vip_subnet_id).toMatch(/data\.openstack_networking_subnet_v2/);
    expect(errorOf(() => new BroadcastVideoPlatform(stack, 'b4', {
      site, name: 'b4', image: Image.fromName('m'), dns: { zoneName: 'b4.example.cn.', email: 'h@example.cn' },
      existingBusinessNetwork: business, storagePlane: { cidr: '172.16.8.0/24' },
    }))).toMatch(/props\.storagePlane\.cidr: the plane CIDR 172\.16\.8\.0\/24 overlaps existingBusinessNetwork \(172\.16\.0\.0\/20\)/);
  });

  test('transcodeOnKubernetes: a Microservice with an HPA replaces the transcode VMs', () => {
    const { stack } = build({
      transcodeOnKubernetes: {
        image: 'registry.example.cn/media/transcoder:5.1.2',
        resources: { cpuRequest: '2', cpuLimit: '4', memoryRequest: '4Gi', memoryLimit: '8Gi' },
        maxReplicas: 10,
      },
    });
    new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });
    const json = JSON.parse(Testing.synth(stack));
    const keys = (Object.values(res(json, 'openstack_compute_instance_v2')) as any[]).flatMap((i) => Object.keys(i.for_each));
    expect(keys.some((k) => k.includes('transcode'))).toBe(false);
    const hpa = Object.values(res(json, 'kubernetes_horizontal_pod_autoscaler_v2'))[0] as any;
    expect(hpa.spec.min_replicas).toBe(2);
    expect(hpa.spec.max_replicas).toBe(10);
    const deployment = Object.values(res(json, 'kubernetes_deployment_v1'))[0] as any;
    expect(deployment.metadata.namespace).toMatch(/kubernetes_namespace_v1/);
    const env = deployment.spec.template.spec.container[0].env.map((e: any) => `${e.name}=${e.value}`);
    expect(env).toEqual(expect.arrayContaining(['MEDIA_SOURCE_CONTAINER=tianshan-mezzanine', 'OS_REGION_NAME=RegionOne']));
    const quota = Object.values(res(json, 'kubernetes_resource_quota_v1'))[0] as any;
    expect(quota.spec.hard['requests.cpu']).toBe('22'); // (10 + 1 surge) x 2
    // the quota check no longer counts the transcode VMs: 2x8 + 2x8 + 2x8 = 48 vCPUs -> 72
    expect((Object.values(res(json, 'openstack_compute_quotaset_v2'))[0] as any).cores).toBe(72);
    expect(Object.keys(res(json, 'openstack_dns_recordset_v2')).some((k) => k.includes('transcode'))).toBe(false);
    // Scratch space is bounded and requested; scale-down lets the job in progress finish.
    const pod = deployment.spec.template.spec;
    expect(pod.termination_grace_period_seconds).toBe(1800);
    expect(pod.volume.find((v: any) => v.empty_dir).empty_dir).toEqual({ size_limit: '20Gi' });
    expect(pod.container[0].resources.requests['ephemeral-storage']).toBe('20Gi');
    expect(pod.container[0].resources.limits['ephemeral-storage']).toBe('21Gi');
    expect(pod.topology_spread_constraint.every((t: any) => t.node_taints_policy === 'Honor')).toBe(true);
  });

  test('transcodeOnKubernetes in a separate Kubernetes stack: no cross-stack reference', () => {
    const app = new App({ outdir: Testing.app().outdir });
    const os = new TerraformStack(app, 'media-openstack');
    new RandomProvider(os, 'random');
    const k8s = new TerraformStack(app, 'media-k8s');
    new KubernetesProvider(k8s, 'kubernetes', { configPath: '~/.kube/config' });
    const site = new OpenStackSite(os, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2'] });
    const platform = new BroadcastVideoPlatform(os, 'tianshan', {
      site, image: Image.fromName('media'), dns: { zoneName: 'tianshan.example.cn.', email: 'hostmaster@example.cn' },
      transcodeOnKubernetes: {
        scope: k8s,
        image: 'registry.example.cn/media/transcoder:5.1.2',
        resources: { cpuRequest: '2', cpuLimit: '4', memoryRequest: '4Gi', memoryLimit: '8Gi' },
      },
    });
    expect(platform.transcodeService!.node.scopes).toContain(k8s);
    const k8sJson = JSON.parse(Testing.synth(k8s));
    expect(Object.keys(k8sJson.resource.kubernetes_horizontal_pod_autoscaler_v2)).toHaveLength(1);
    expect(k8sJson.data?.terraform_remote_state).toBeUndefined();
    expect(JSON.stringify(k8sJson)).not.toMatch(/openstack_/);
  });

  test('an aliased site binds the service resources (LB, DNS, Swift) to its provider', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    new RandomProvider(stack, 'random');
    const site = new OpenStackSite(stack, 'dc2', { region: 'RegionTwo', availabilityZones: ['az1', 'az2'], alias: 'dc2' });
    new BroadcastVideoPlatform(stack, 'tianshan', { site, image: Image.fromName('media'), dns: { zoneName: 'tianshan.example.cn.', email: 'hostmaster@example.cn' } });
    const json = JSON.parse(Testing.synth(stack));
    for (const type of ['openstack_lb_loadbalancer_v2', 'openstack_dns_zone_v2', 'openstack_objectstorage_container_v1']) {
      for (const r of Object.values(res(json, type)) as any[]) expect(r.provider).toBe('openstack.dc2');
    }
  });

  test('scaling a tier out adds one member and changes no other address', () => {
    const keysOf = (count: number) => {
      const json = synth({ origin: { count } });
      const origin = (Object.values(res(json, 'openstack_compute_instance_v2')) as any[]).find((i) => Object.keys(i.for_each)[0].includes('origin'));
      return { keys: Object.keys(origin.for_each), addresses: Object.keys(res(json, 'openstack_compute_instance_v2')) };
    };
    const a = keysOf(50);
    const b = keysOf(51);
    expect(b.addresses).toEqual(a.addresses);
    expect(b.keys.filter((k) => !a.keys.includes(k))).toEqual(['tianshan-origin-051']);
    expect(a.keys.every((k) => b.keys.includes(k))).toBe(true);
  });
});

describe('BroadcastVideoPlatform: configuration errors', () => {
  test('a tier with fewer than 2 members', () => {
    expect(errorOf(() => build({ ingest: { count: 1 } }))).toMatch(
      /^\[test\/tianshan\] props\.ingest\.count: HA tier "ingest" needs at least 2 members under anti-affinity \(got 1\)\. Fix: set ingest\.count to 2 or more\.$/,
    );
    fc.assert(fc.property(fc.integer({ min: -5, max: 1 }), (count) => {
      expect(errorOf(() => build({ appStreaming: { count } }))).toMatch(/props\.appStreaming\.count: .*at least 2 members/);
    }), { numRuns: 5 });
  });

  test('a tier in fewer than 2 zones', () => {
    expect(errorOf(() => build({ origin: { zones: ['az1', 'az1'] } }))).toMatch(/^\[test\/tianshan\] props\.origin\.zones: HA tier "origin" needs at least 2 availability zones \(got 1 from origin\.zones: az1, az1\)\. Fix: list 2 or more zones in origin\.zones, or declare 2 or more availability zones \(vSphere: clusters\) on the site\.$/);
    expect(errorOf(() => build({}, ['az1']))).toMatch(/props\.ingest\.zones: HA tier "ingest" needs at least 2 availability zones \(got 1 from site test\/dc1: az1\)/);
  });

  test('overlapping plane CIDRs', () => {
    expect(errorOf(() => build({ storagePlane: { cidr: '10.20.1.0/24' } }))).toMatch(
      /props\.storagePlane\.cidr: the plane CIDR 10\.20\.1\.0\/24 overlaps businessPlane\.cidr \(10\.20\.0\.0\/22\)/,
    );
    expect(errorOf(() => build({ managementPlane: { cidr: '10.0.0.0/8' } }))).toMatch(/overlaps managementPlane\.cidr \(10\.0\.0\.0\/8\)/);
  });

  test('a quota below the tiers\' needs', () => {
    expect(errorOf(() => build({ quota: { projectId: 'p', vcpus: 100 } }))).toMatch(
      /props\.quota\.vcpus: the quota of 100 vCPUs is below what the tiers \(ingest, transcode, origin, appStreaming\) need \(112 vCPUs\)\. Fix: raise vcpus to at least 112/,
    );
    expect(errorOf(() => build({ quota: { projectId: 'p', storageGiB: 1000 } }))).toMatch(/props\.quota\.storageGiB: .*need \(3800 GiB of block storage\)/);
    expect(errorOf(() => build({ quota: { projectId: 'p', floatingIps: 2 }, contributionCidrs: ['198.51.100.0/24'] }))).toMatch(
      /^\[test\/tianshan\] props\.quota\.floatingIps: the quota of 2 floating IPs is below the 3 the platform creates .*Fix: raise quota\.floatingIps to at least 6/);
    // A limit at the need is the user's call (no error), though parallel creates may trip it.
    expect(() => build({ quota: { projectId: 'p', floatingIps: 3 }, contributionCidrs: ['198.51.100.0/24'] })).not.toThrow();
    expect(errorOf(() => {
      const { stack, site } = build();
      const small = new Quota(stack, 'small', { site, projectId: 'p', instances: 4 });
      new BroadcastVideoPlatform(stack, 'b2', { site, name: 'b2', image: Image.fromName('m'), existingDnsZone: undefined, dns: { zoneName: 'b2.example.cn.', email: 'h@example.cn' }, existingQuota: small });
    })).toMatch(/props\.existingQuota\.instances: the quota of 4 instances is below .* \(10 instances\)/);
  });

  test('existingX and xProps together', () => {
    expect(errorOf(() => build({ sanVolumeType: { name: 'x' }, existingSanVolumeType: 'y' }))).toMatch(/props\.sanVolumeType\/existingSanVolumeType: sanVolumeType and existingSanVolumeType are mutually exclusive/);
    expect(errorOf(() => build({ quota: { projectId: 'p' }, existingQuota: {} as any }))).toMatch(/quota and existingQuota are mutually exclusive/);
    expect(errorOf(() => build({
      transcode: { count: 2 },
      transcodeOnKubernetes: { image: 'x:1', resources: { cpuRequest: '1', cpuLimit: '1', memoryRequest: '1Gi', memoryLimit: '1Gi' } },
    }))).toMatch(/transcode and transcodeOnKubernetes are mutually exclusive/);
  });

  test('app streaming sharing a flavor with another tier', () => {
    expect(errorOf(() => build({ appStreaming: { size: Size.of(8, 16, 40) } }))).toMatch(
      /props\.appStreaming\.size: the application-streaming pool must run on a dedicated flavor, but "c8-m16-d40" is also the ingest tier's/,
    );
  });

  test('missing DNS, sync without a target, public read only by declaration', () => {
    expect(errorOf(() => build({ dns: undefined }))).toMatch(/props\.dns: .*none is given/);
    expect(errorOf(() => build({ mediaContainers: [{ name: 'a', sync: true }] }))).toMatch(/props\.mediaContainers\[0\]\.sync: .*no sync target/);
    expect(errorOf(() => build({ mediaContainers: [{ name: 'a' }, { name: 'a' }] }))).toMatch(/props\.mediaContainers\[1\]\.name: "a" is used twice/);
  });

  test('transcoders on Kubernetes need at least 2 replicas', () => {
    expect(errorOf(() => build({
      transcodeOnKubernetes: { image: 'x:1', minReplicas: 1, resources: { cpuRequest: '1', cpuLimit: '1', memoryRequest: '1Gi', memoryLimit: '1Gi' } },
    }))).toMatch(/props\.transcodeOnKubernetes\.minReplicas: the transcoders are HA and need at least 2 replicas \(got 1\)/);
  });
});

describe('BroadcastVideoPlatform: tier options shared by every pattern (TierOptionsBase)', () => {
  test('labels, keyPair and userData reach the tier; a tier key pair overrides the platform\'s', () => {
    const json = synth({ keyPair: 'ops', origin: { labels: { 'oscar.io/owner': 'media' }, keyPair: 'origin-ops', userData: '#cloud-config\n' } });
    const instances = Object.values(res(json, 'openstack_compute_instance_v2')) as any[];
    const tier = (t: string) => instances.find((i) => i.tags.includes(`oscar.io:tier=${t}`));
    expect(tier('origin')).toMatchObject({ key_pair: 'origin-ops', user_data: '#cloud-config\n' });
    expect(tier('origin').tags).toContain('oscar.io:owner=media');
    expect(tier('ingest').key_pair).toBe('ops');
    expect(tier('ingest').user_data).toBeUndefined();
    expect(tier('ingest').tags).not.toContain('oscar.io:owner=media');
  });
});

import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { AuditLogSink, AuditLogSinkProps, HostPool, Image, InstanceGroup, ISite, Network, OpenStackSite, Segmentation, Size, StorageTier, VlanPool, VsphereSite } from '../../lib/pool';
import { ruleOutcome } from '../util/compliance';

// AuditLogSink on both targets, and MLPS-9 (digest H6, H7: security audit) judging its wiring.

function openstack(s: TerraformStack): ISite {
  return new OpenStackSite(s, 'dc1', { region: 'cn-central-1', availabilityZones: ['az1', 'az2'] });
}

function vsphere(s: TerraformStack): ISite {
  const password = new TerraformVariable(s, 'pw', { type: 'string', sensitive: true });
  return new VsphereSite(s, 'vc', {
    datacenter: 'dc1', clusters: ['a', 'b'], datastores: ['ds'], distributedSwitch: 'dvs',
    providerConfig: { vsphereServer: 'vcenter', user: 'tf', password: password.stringValue },
  });
}

/** A management network, a two-collector sink and an app tier; `wire` decides what the app's user data is. */
function estate(s: TerraformStack, site: ISite, wire: (sink: AuditLogSink) => string | undefined, extra: Partial<AuditLogSinkProps> = {}) {
  const network = new Network(s, 'mgmt', { site, cidr: '10.0.0.0/24', subnets: [{ name: 'mgmt', cidr: '10.0.0.0/24', gatewayIp: '10.0.0.1' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199, { physicalNetwork: 'physnet-mgmt' }), vlanId: 110 }) });
  const sink = new AuditLogSink(s, 'audit', {
    site, network, addresses: ['10.0.0.10', '10.0.0.11'], destination: { address: '10.9.0.1', port: 6514 },
    size: Size.of(2, 4, 40), image: Image.fromName('rsyslog'), ...extra,
  });
  const app = new InstanceGroup(s, 'app', { site, count: 2, size: Size.of(2, 4, 20), image: Image.fromName('app'), networks: [{ network }], userData: wire(sink), labels: { 'oscar.io/tier': 'app' } });
  return { sink, app };
}

const mlps9 = (target: (s: TerraformStack) => ISite, wire: (sink: AuditLogSink) => string | undefined) =>
  ruleOutcome(Compliance.MLPS_LEVEL3, 'MLPS-9', (s) => { estate(s, target(s), wire); });

describe.each([['OpenStack', openstack], ['vSphere', vsphere]] as const)('G9, H7: MLPS-9 on %s', (_, target) => {
  test('H7: MLPS-9 passes when every tier forwards to a sink whose collectors forward to a destination', () => {
    expect(mlps9(target, (sink) => sink.forwardingUserData()).findings).toEqual([]);
    expect(mlps9(target, (sink) => sink.forwardingUserData('#!/bin/sh\necho own setup\n')).findings).toEqual([]);
  });

  test('H7: MLPS-9 fails, naming the tier, when a tier ships no logs or ships them elsewhere', () => {
    expect(mlps9(target, () => undefined).findings[0].message).toBe('tiers that ship no logs to an audit sink of the stack: app');
    const elsewhere = mlps9(target, () => AuditLogSink.userDataForwardingTo({ sinkName: 'audit', addresses: ['10.0.0.99'] }));
    expect(elsewhere.findings[0].message).toBe('tiers that ship no logs to an audit sink of the stack: app');
  });
});

describe('AuditLogSink', () => {
  const build = (site: (s: TerraformStack) => ISite, extra: Partial<AuditLogSinkProps> = {}) => {
    const stack = new TerraformStack(new App(), 'stack');
    const { sink } = estate(stack, site(stack), (k) => k.forwardingUserData(), extra);
    return { sink, json: JSON.parse(Testing.synth(stack)) };
  };

  test('G9: collectors on fixed addresses receive syslog over TCP from the subnet, keep it 180 days and forward it to the destination', () => {
    const { sink, json } = build(openstack);
    expect(sink.collectors.memberNames).toEqual(['audit-001', 'audit-002']);
    const [collectors] = Object.values<any>(json.resource.openstack_compute_instance_v2).filter((r) => r.tags?.includes('oscar.io:audit-sink=audit'));
    expect(collectors.user_data).toContain('input(type="imtcp" port="514" ruleset="oscar-audit")');
    expect(collectors.user_data).toContain('action(type="omfwd" target="10.9.0.1" port="6514" protocol="tcp"');
    expect(collectors.user_data).toContain('maxage 180');
    const ports = Object.values<any>(json.resource.openstack_networking_port_v2).filter((p) => JSON.stringify(p).includes('10.0.0.10'));
    expect(ports).toHaveLength(1);
    const rules = Object.values<any>(json.resource.openstack_networking_secgroup_rule_v2).map((r) => [r.direction, r.protocol, r.port_range_min, r.remote_ip_prefix]);
    expect(rules).toContainEqual(['ingress', 'tcp', 514, '10.0.0.0/24']);
    expect(rules).toContainEqual(['egress', 'tcp', 6514, '10.9.0.1/32']);
  });

  test('G9: members fail over from the first collector to the next', () => {
    const data = AuditLogSink.userDataForwardingTo({ sinkName: 'audit', addresses: ['10.0.0.10', '10.0.0.11'] });
    expect(data.indexOf('*.* @@10.0.0.10:514')).toBeLessThan(data.indexOf('& @@10.0.0.11:514'));
    expect(data).toContain('$ActionExecOnlyWhenPreviousIsSuspended on');
  });

  test('H1, H4: hostPool keeps the collectors on the pool\'s hosts and bootVolumeTier boots them from the tier (OpenStack and vSphere)', () => {
    const os = new TerraformStack(new App(), 'os');
    const osSite = openstack(os);
    const pool = new HostPool(os, 'pool', { site: osSite, name: 'trusted', role: 'compute', hosts: ['n1', 'n2'], trusted: true });
    const luks = StorageTier.fromVolumeType(os, 'luks', { site: osSite, volumeType: 'luks', encrypted: true });
    estate(os, osSite, (k) => k.forwardingUserData(), { hostPool: pool, bootVolumeTier: luks });
    const json = JSON.parse(Testing.synth(os));
    const [collectors] = Object.values<any>(json.resource.openstack_compute_instance_v2).filter((r) => r.tags?.includes('oscar.io:audit-sink=audit'));
    expect(collectors.block_device[0].volume_type).toBe('luks');
    const flavor = json.resource.openstack_compute_flavor_v2[/\.([^.]+)\.id/.exec(collectors.flavor_id)![1]];
    expect(flavor.extra_specs).toMatchObject({ 'aggregate_instance_extra_specs:trusted': 'true' });

    const vs = new TerraformStack(new App(), 'vs');
    const vsSite = vsphere(vs);
    const hosts = new HostPool(vs, 'pool', { site: vsSite, name: 'audit-hosts', role: 'audit', hosts: ['esx-1', 'esx-2'], zone: 'a' });
    estate(vs, vsSite, (k) => k.forwardingUserData(), { hostPool: hosts });
    const rules = Object.values<any>(JSON.parse(Testing.synth(vs)).resource.vsphere_compute_cluster_vm_host_rule ?? {});
    expect(rules.map((r) => r.vm_group_name)).toEqual([expect.stringContaining('audit')]);
  });

  test('errors: no collector address, an address outside IPv4/IPv6, a destination that is the sink itself', () => {
    expect(() => build(openstack, { addresses: [] })).toThrow(/\[stack\/audit\] props\.addresses: lists no collector address/);
    expect(() => build(openstack, { addresses: ['10.0.0.300'] })).toThrow(/addresses\[0\]/);
    expect(() => build(openstack, { destination: { address: '10.0.0.10' } })).toThrow(/props\.destination\.address: 10\.0\.0\.10 is a collector of the sink itself/);
  });
});

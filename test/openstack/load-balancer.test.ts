import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  ListenerProtocol,
  LoadBalancer,
  LoadBalancerListenerOptions,
  LoadBalancingAlgorithm,
  PoolMembers,
  SessionPersistence,
} from '../../lib/openstack';
import { newStack, siteOf } from '../util/sites';
import { only, rendered, resourceList as resources, synthStack as synth, unresolved } from '../util/synth';

const members = [PoolMembers.fromAddresses(['10.0.0.11', '10.0.0.12'])];
let stack: TerraformStack;
beforeEach(() => {
  stack = newStack();
});

function lbWith(listener: Partial<LoadBalancerListenerOptions>) {
  if (stack.node.tryFindChild('web')) stack = newStack(); // several attempts in one test
  return new LoadBalancer(stack, 'web', {
    site: siteOf(stack),
    vipSubnetId: 'subnet-1',
    listeners: [{ protocol: ListenerProtocol.HTTP, port: 80, members, ...listener }],
  });
}

test('an LB on a subnet with a floating IP, flavor and tags', () => {
  const lb = new LoadBalancer(stack, 'web', { site: siteOf(stack), vipSubnetId: 'subnet-1', floatingIpPool: 'public', flavorId: 'active-standby', labels: { tier: 'web' } });
  const json = synth(stack);
  const body = only(json, 'openstack_lb_loadbalancer_v2');
  expect(body).toMatchObject({ name: 'web', vip_subnet_id: 'subnet-1', flavor_id: 'active-standby', admin_state_up: true, tags: ['tier=web'] });
  lb.addListener({ protocol: ListenerProtocol.TCP, port: 22, members });
  const json2 = synth(stack);
  expect(only(json2, 'openstack_lb_listener_v2').tags).toEqual(['tier=web']);
  expect(only(json2, 'openstack_lb_pool_v2').tags).toEqual(['tier=web']);
  const fip = only(json, 'openstack_networking_floatingip_v2');
  expect(fip.tags).toEqual(['tier=web']);
  expect(fip.pool).toBe('public');
  expect(fip.port_id).toMatch(/\$\{openstack_lb_loadbalancer_v2\.[^.]+\.vip_port_id\}/);
  expect(rendered(stack, lb.address)).toMatch(/^\$\{openstack_networking_floatingip_v2\.[^.]+\.address\}$/);
});

test('without a floating IP, the address is the VIP', () => {
  const lb = new LoadBalancer(stack, 'web', { site: siteOf(stack), vipSubnetId: 'subnet-1' });
  expect(lb.floatingIp).toBeUndefined();
  expect(rendered(stack, lb.address)).toMatch(/^\$\{openstack_lb_loadbalancer_v2\.[^.]+\.vip_address\}$/);
  expect(resources(synth(stack), 'openstack_networking_floatingip_v2')).toHaveLength(0);
});

test('an HTTP listener gets a pool, members and an HTTP monitor', () => {
  const lb = lbWith({ healthCheck: { urlPath: '/healthz' }, algorithm: LoadBalancingAlgorithm.LEAST_CONNECTIONS, allowedCidrs: ['203.0.113.0/24'] });
  const json = synth(stack);
  expect(lb.listeners.map((l) => l.node.id)).toEqual(['http-80']);
  expect(only(json, 'openstack_lb_listener_v2')).toMatchObject({
    protocol: 'HTTP',
    protocol_port: 80,
    allowed_cidrs: ['203.0.113.0/24'],
    insert_headers: { 'X-Forwarded-For': 'true', 'X-Forwarded-Proto': 'true' },
  });
  expect(only(json, 'openstack_lb_pool_v2')).toMatchObject({ protocol: 'HTTP', lb_method: 'LEAST_CONNECTIONS' });
  expect(only(json, 'openstack_lb_members_v2').member).toEqual([
    { name: '10.0.0.11', address: '10.0.0.11', protocol_port: 80, subnet_id: 'subnet-1' },
    { name: '10.0.0.12', address: '10.0.0.12', protocol_port: 80, subnet_id: 'subnet-1' },
  ]);
  expect(only(json, 'openstack_lb_monitor_v2')).toMatchObject({
    type: 'HTTP', delay: 5, timeout: 3, max_retries: 3, max_retries_down: 3, http_method: 'GET', url_path: '/healthz', expected_codes: '200',
  });
});

test.each([
  [ListenerProtocol.HTTPS, 'HTTPS', 'TLS-HELLO'],
  [ListenerProtocol.TCP, 'TCP', 'TCP'],
  [ListenerProtocol.UDP, 'UDP', 'UDP-CONNECT'],
])('%p listeners pick the pool protocol and monitor type', (protocol, poolProtocol, monitorType) => {
  lbWith({ protocol, port: 443 });
  const json = synth(stack);
  expect(only(json, 'openstack_lb_pool_v2').protocol).toBe(poolProtocol);
  const monitor = only(json, 'openstack_lb_monitor_v2');
  expect(monitor.type).toBe(monitorType);
  expect(monitor.url_path).toBeUndefined();
  expect(only(json, 'openstack_lb_listener_v2').insert_headers).toBeUndefined();
});

test('TERMINATED_HTTPS uses the TLS container and TLS 1.2+ only', () => {
  lbWith({ protocol: ListenerProtocol.TERMINATED_HTTPS, port: 443, tlsContainerRef: 'https://barbican/v1/containers/abc', memberPort: 8080, tlsCiphers: 'ECDHE-RSA-AES256-GCM-SHA384' });
  const json = synth(stack);
  expect(only(json, 'openstack_lb_listener_v2')).toMatchObject({
    protocol: 'TERMINATED_HTTPS',
    default_tls_container_ref: 'https://barbican/v1/containers/abc',
    tls_versions: ['TLSv1.2', 'TLSv1.3'],
    tls_ciphers: 'ECDHE-RSA-AES256-GCM-SHA384',
  });
  expect(only(json, 'openstack_lb_pool_v2').protocol).toBe('HTTP');
  expect(only(json, 'openstack_lb_members_v2').member[0].protocol_port).toBe(8080);
});

test('session persistence', () => {
  lbWith({ sessionPersistence: SessionPersistence.appCookie('JSESSIONID') });
  expect(only(synth(stack), 'openstack_lb_pool_v2').persistence).toEqual({ type: 'APP_COOKIE', cookie_name: 'JSESSIONID' });
});

test('UDP pools (SIP on 5060) stick to a member by source IP unless told otherwise; TCP pools have no default stickiness', () => {
  lbWith({ protocol: ListenerProtocol.UDP, port: 5060 });
  expect(only(synth(stack), 'openstack_lb_pool_v2').persistence).toEqual({ type: 'SOURCE_IP' });
  lbWith({ protocol: ListenerProtocol.UDP, port: 5060, sessionPersistence: SessionPersistence.none() });
  expect(only(synth(stack), 'openstack_lb_pool_v2').persistence).toBeUndefined();
  lbWith({ protocol: ListenerProtocol.TCP, port: 5060 });
  expect(only(synth(stack), 'openstack_lb_pool_v2').persistence).toBeUndefined();
});

test('members can be written out and given names, ports and weights; tokens get stable keys', () => {
  const address = unresolved(stack, 'ip');
  lbWith({ members: [PoolMembers.of({ address: '10.0.0.5', name: 'db-1', port: 5432, weight: 10, backup: true }), PoolMembers.fromAddresses([address])] });
  const member = only(synth(stack), 'openstack_lb_members_v2').member;
  expect(member[0]).toMatchObject({ name: 'db-1', protocol_port: 5432, weight: 10, backup: true });
  expect(member[1]).toMatchObject({ name: 'member-002', address: '${var.ip}' });
});

test('several listeners have stable IDs', () => {
  const lb = lbWith({});
  lb.addListener({ protocol: ListenerProtocol.UDP, port: 80, members });
  lb.addListener({ protocol: ListenerProtocol.TERMINATED_HTTPS, port: 443, members, tlsContainerRef: 'ref' });
  expect(lb.listeners.map((l) => l.node.id)).toEqual(['http-80', 'udp-80', 'terminated-https-443']);
  expect(resources(synth(stack), 'openstack_lb_monitor_v2')).toHaveLength(3);
});

describe('errors name the construct path and the prop', () => {
  test.each([0, 65536, 80.5])('listener port %p', (port) => {
    expect(() => lbWith({ port })).toThrow(`[test/web/http-${port}] props.port: must be an integer from 1 to 65535 (got ${port})`);
  });
  test('member port', () => {
    expect(() => lbWith({ memberPort: 70000 })).toThrow('[test/web/http-80] props.memberPort: must be an integer from 1 to 65535');
  });
  test('TERMINATED_HTTPS without a TLS container', () => {
    expect(() => lbWith({ protocol: ListenerProtocol.TERMINATED_HTTPS, port: 443 })).toThrow(
      /\[test\/web\/terminated-https-443\] props.tlsContainerRef: a TERMINATED_HTTPS listener needs the certificate as a Barbican TLS container. Fix: pass tlsContainerRef/,
    );
    expect(() => lbWith({ protocol: ListenerProtocol.TERMINATED_HTTPS, port: 443, tlsContainerRef: ' ' })).toThrow(/props.tlsContainerRef/);
  });
  test('TLS settings on a listener that does not terminate TLS', () => {
    expect(() => lbWith({ protocol: ListenerProtocol.HTTPS, port: 443, tlsVersions: ['TLSv1.3'] })).toThrow(/props.tlsVersions: only applies to TERMINATED_HTTPS listeners, not HTTPS/);
    expect(() => lbWith({ tlsContainerRef: 'ref' })).toThrow(/props.tlsContainerRef: only applies to TERMINATED_HTTPS/);
  });
  test('weak TLS versions', () => {
    expect(() => lbWith({ protocol: ListenerProtocol.TERMINATED_HTTPS, port: 443, tlsContainerRef: 'ref', tlsVersions: ['TLSv1.2', 'TLSv1.1'] })).toThrow(
      /props.tlsVersions\[1\]: "TLSv1.1" is not an accepted TLS version/,
    );
  });
  test('a pool without members', () => {
    expect(() => lbWith({ members: [] })).toThrow('[test/web/http-80] props.members: must not be empty. Fix: add at least one member');
    expect(() => lbWith({ members: [PoolMembers.fromAddresses([])] })).toThrow(/props.members: must not be empty/);
  });
  test('a list token of unknown length as member addresses', () => {
    stack = newStack();
    const list = new TerraformVariable(stack, 'ips', { type: 'list(string)' }).listValue;
    expect(() => new LoadBalancer(stack, 'web', { site: siteOf(stack), vipSubnetId: 's', listeners: [{ protocol: ListenerProtocol.TCP, port: 22, members: [PoolMembers.fromAddresses(list)] }] })).toThrow(
      /\[test\/web\/tcp-22\] props.members\[0\]: is a list token of unknown length/,
    );
  });
  test('duplicate members', () => {
    expect(() => lbWith({ members: [PoolMembers.fromAddresses(['10.0.0.1', '10.0.0.1'])] })).toThrow(/props.members\[1\]: member "10.0.0.1" is listed twice/);
  });
  test('monitor timeout >= delay', () => {
    expect(() => lbWith({ healthCheck: { delaySeconds: 5, timeoutSeconds: 5 } })).toThrow(
      '[test/web/http-80] props.healthCheck.timeoutSeconds: the monitor timeout (5 s) must be shorter than its delay (5 s)',
    );
    expect(() => lbWith({ healthCheck: { delaySeconds: 2 } })).toThrow(/timeout \(3 s\) must be shorter than its delay \(2 s\)/);
    expect(() => lbWith({ healthCheck: { delaySeconds: 10, timeoutSeconds: 9 } })).not.toThrow();
  });
  test('monitor thresholds', () => {
    expect(() => lbWith({ healthCheck: { unhealthyThreshold: 11 } })).toThrow(/props.healthCheck.unhealthyThreshold: must be an integer from 1 to 10/);
  });
  test('HTTP check options on a TCP pool', () => {
    expect(() => lbWith({ protocol: ListenerProtocol.TCP, healthCheck: { urlPath: '/' } })).toThrow(/props.healthCheck.urlPath: TCP pools are monitored with TCP/);
  });
  test('cookie persistence on a TCP listener', () => {
    expect(() => lbWith({ protocol: ListenerProtocol.TCP, sessionPersistence: SessionPersistence.httpCookie() })).toThrow(/props.sessionPersistence: HTTP_COOKIE needs an HTTP-aware listener, not TCP/);
    expect(() => lbWith({ protocol: ListenerProtocol.TCP, sessionPersistence: SessionPersistence.sourceIp() })).not.toThrow();
  });
  test('allowed CIDRs must be prefixes', () => {
    expect(() => lbWith({ allowedCidrs: ['10.0.0.0/33'] })).toThrow(/props.allowedCidrs\[0\]: "10.0.0.0\/33" is not a valid CIDR block/);
    expect(() => lbWith({ allowedCidrs: ['10.0.0.1'] })).toThrow(/not a valid CIDR block/);
  });
  test('two listeners on the same port and transport', () => {
    const lb = lbWith({});
    expect(() => lb.addListener({ protocol: ListenerProtocol.TCP, port: 80, members })).toThrow('[test/web] props.listeners: TCP port 80 is already taken by listener http-80');
  });
  test('an invalid label', () => {
    expect(() => new LoadBalancer(stack, 'lb', { site: siteOf(stack), vipSubnetId: 's', labels: { 'bad key': 'x' } })).toThrow('[test/lb] props.labels["bad key"]: is not a valid label key');
  });
  test('an empty VIP subnet', () => {
    expect(() => new LoadBalancer(stack, 'lb', { site: siteOf(stack), vipSubnetId: '' })).toThrow('[test/lb] props.vipSubnetId: is required');
  });
});

test('checks skip unresolved tokens', () => {
  const cidr = unresolved(stack, 'cidr');
  expect(() => lbWith({ allowedCidrs: [cidr], protocol: ListenerProtocol.TERMINATED_HTTPS, tlsContainerRef: unresolved(stack, 'tls'), port: 443 })).not.toThrow();
});

import { DnsRecord, DnsZone, DnsZoneProps, LoadBalancer } from '../../lib/openstack';
import { newStack, siteOf } from '../util/sites';
import { only, resourceList as resources, synthStack as synth, unresolved } from '../util/synth';

const base = { zoneName: 'media.example.org.', email: 'hostmaster@example.org' };
const build = (props: Partial<DnsZoneProps>) => {
  const stack = newStack();
  const zone = new DnsZone(stack, 'dns', { site: siteOf(stack), ...base, ...props });
  return { stack, zone, json: synth(stack) };
};
const byName = (json: any) => Object.fromEntries(resources(json, 'openstack_dns_recordset_v2').map((r) => [`${r.type} ${r.name}`, r]));

test('a primary zone with records of every type', () => {
  const { zone, json } = build({
    ttl: 600,
    records: [
      DnsRecord.a('@', ['203.0.113.10']),
      DnsRecord.a('www', ['203.0.113.10', '203.0.113.11'], { ttl: 60, description: 'web' }),
      DnsRecord.aaaa('www.media.example.org.', ['2001:db8::10']),
      DnsRecord.cname('cdn', 'edge.cdn.example.net.'),
      DnsRecord.srv('_sip._udp', [{ priority: 10, weight: 60, port: 5060, target: 'sip1.media.example.org.' }]),
      DnsRecord.txt('@', ['v=spf1 -all', '"already quoted"']),
    ],
  });
  expect(only(json, 'openstack_dns_zone_v2')).toMatchObject({ name: 'media.example.org.', email: 'hostmaster@example.org', ttl: 600, type: 'PRIMARY' });
  const records = byName(json);
  expect(records['A media.example.org.'].records).toEqual(['203.0.113.10']);
  expect(records['A www.media.example.org.']).toMatchObject({ records: ['203.0.113.10', '203.0.113.11'], ttl: 60, description: 'web' });
  expect(records['AAAA www.media.example.org.'].records).toEqual(['2001:db8::10']);
  expect(records['CNAME cdn.media.example.org.'].records).toEqual(['edge.cdn.example.net.']);
  expect(records['SRV _sip._udp.media.example.org.'].records).toEqual(['10 60 5060 sip1.media.example.org.']);
  expect(records['TXT media.example.org.'].records).toEqual(['"v=spf1 -all"', '"already quoted"']);
  expect(records['A media.example.org.'].zone_id).toMatch(/^\$\{openstack_dns_zone_v2\.[^.]+\.id\}$/);
  expect(zone.recordSets.map((r) => r.node.id)).toEqual(['a-apex', 'a-www', 'aaaa-www', 'cname-cdn', 'srv-sip-udp', 'txt-apex']);
});

test('records can point at a load balancer (tokens pass unchecked)', () => {
  const stack = newStack();
  const lb = new LoadBalancer(stack, 'lb', { site: siteOf(stack), vipSubnetId: 'subnet', floatingIpPool: 'public' });
  const zone = new DnsZone(stack, 'dns', { site: siteOf(stack), ...base });
  zone.addRecord(DnsRecord.a('origin', [lb.address]));
  const record = only(synth(stack), 'openstack_dns_recordset_v2');
  expect(record.records).toEqual([expect.stringMatching(/^\$\{openstack_networking_floatingip_v2\.[^.]+\.address\}$/)]);
});

test('the zone default TTL is 3600', () => {
  expect(only(build({}).json, 'openstack_dns_zone_v2').ttl).toBe(3600);
});

describe('errors', () => {
  const fails = (props: Partial<DnsZoneProps>, message: string | RegExp) => expect(() => build(props)).toThrow(message);
  test('a name outside the zone', () => fails({ records: [DnsRecord.a('www.example.com.', ['192.0.2.1'])] },
    '[test/dns] props.records["A www.example.com."].name: "www.example.com." is outside the zone media.example.org.'));
  test('a suffix that is not a label boundary', () => fails({ records: [DnsRecord.a('evilmedia.example.org.', ['192.0.2.1'])] }, /is outside the zone/));
  test.each([59, 86401, 300.5])('record TTL %p', (ttl) => fails({ records: [DnsRecord.a('www', ['192.0.2.1'], { ttl })] },
    `[test/dns] props.records["A www"].ttl: must be an integer from 60 to 86400 (got ${ttl})`));
  test('zone TTL', () => fails({ ttl: 30 }, '[test/dns] props.ttl: must be an integer from 60 to 86400 (got 30)'));
  test('zone without trailing dot', () => fails({ zoneName: 'example.org' }, /props.zoneName: "example.org" is not a fully qualified domain name with a trailing dot. Fix: write it like "example.org."/));
  test('bad email', () => fails({ email: 'nobody' }, /props.email: "nobody" is not an e-mail address/));
  test('IPv6 in an A record', () => fails({ records: [DnsRecord.a('www', ['2001:db8::1'])] }, /props.records\["A www"\].values\[0\]: "2001:db8::1" is not an IPv4 address. Fix: use DnsRecord.aaaa/));
  test('IPv4 in an AAAA record', () => fails({ records: [DnsRecord.aaaa('www', ['192.0.2.1'])] }, /is not an IPv6 address/));
  test('empty A record', () => fails({ records: [DnsRecord.a('www', [])] }, /props.records\["A www"\].values: a A record needs at least one value/));
  test('CNAME target without trailing dot', () => fails({ records: [DnsRecord.cname('cdn', 'edge.example.net')] }, /values\[0\]: "edge.example.net" is not a fully qualified/));
  test('CNAME at the apex', () => fails({ records: [DnsRecord.cname('@', 'x.example.net.')] }, /a CNAME cannot be at the zone apex/));
  test('CNAME next to other records', () => fails({ records: [DnsRecord.a('www', ['192.0.2.1']), DnsRecord.cname('www', 'x.example.net.')] }, /a CNAME excludes every other type/));
  test('duplicate record sets', () => fails({ records: [DnsRecord.a('www', ['192.0.2.1']), DnsRecord.a('WWW.media.example.org.', ['192.0.2.2'])] }, /already has a A record set/));
  test('SRV name', () => fails({ records: [DnsRecord.srv('sip', [{ priority: 1, weight: 1, port: 5060, target: 'a.example.org.' }])] }, /an SRV name starts with _service._proto/));
  test('SRV port', () => fails({ records: [DnsRecord.srv('_sip._tcp', [{ priority: 1, weight: 1, port: 0, target: 'a.example.org.' }])] }, /targets\[0\].port: must be an integer from 1 to 65535/));
  test('SRV without targets', () => fails({ records: [DnsRecord.srv('_sip._tcp', [])] }, /an SRV record needs at least one target/));
  test('long TXT', () => fails({ records: [DnsRecord.txt('@', ['x'.repeat(256)])] }, /values\[0\]: is 256 characters long/));
});

test('a zone name from a token skips the zone checks', () => {
  const stack = newStack();
  const zone = new DnsZone(stack, 'dns', { site: siteOf(stack), zoneName: unresolved(stack, 'zone'), email: 'a@b.org' });
  zone.addRecord(DnsRecord.a('www', ['192.0.2.1']));
  expect(only(synth(stack), 'openstack_dns_recordset_v2').name).toBe('www.${var.zone}');
});

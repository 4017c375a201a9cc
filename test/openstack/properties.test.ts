// Property-based tests of input validation (layer 4 of the test pyramid).
import * as fc from 'fast-check';
import {
  DnsRecord,
  DnsZone,
  ListenerProtocol,
  LoadBalancer,
  PoolMembers,
  SecretSource,
  ShareAccess,
  SharedFileSystem,
  ShareProtocol,
  SiteToSiteVpn,
} from '../../lib/openstack';
import { inNewSite } from '../util/sites';

const members = [PoolMembers.fromAddresses(['10.0.0.1'])];
const throws = (fn: () => unknown): boolean => {
  try {
    fn();
    return false;
  } catch {
    return true;
  }
};
const runs = { numRuns: 60 };

test('a listener port is accepted exactly when it is an integer in 1-65535', () => {
  fc.assert(fc.property(fc.oneof(fc.integer({ min: -100000, max: 200000 }), fc.double({ noNaN: true })), (port) => {
    const lb = inNewSite((scope, site) => new LoadBalancer(scope, 'lb', { site, vipSubnetId: 's' }));
    const valid = Number.isInteger(port) && port >= 1 && port <= 65535;
    expect(throws(() => lb.addListener({ protocol: ListenerProtocol.TCP, port, members }))).toBe(!valid);
  }), runs);
});

test('a health monitor is rejected exactly when its timeout is not shorter than its delay', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 3600 }), fc.integer({ min: 1, max: 3600 }), (delaySeconds, timeoutSeconds) => {
    const lb = inNewSite((scope, site) => new LoadBalancer(scope, 'lb', { site, vipSubnetId: 's' }));
    expect(throws(() => lb.addListener({ protocol: ListenerProtocol.HTTP, port: 80, members, healthCheck: { delaySeconds, timeoutSeconds } }))).toBe(timeoutSeconds >= delaySeconds);
  }), runs);
});

test('a record TTL is accepted exactly in 60-86400', () => {
  fc.assert(fc.property(fc.integer({ min: -10, max: 200000 }), (ttl) => {
    const zone = inNewSite((scope, site) => new DnsZone(scope, 'z', { site, zoneName: 'example.org.', email: 'h@example.org' }));
    expect(throws(() => zone.addRecord(DnsRecord.a('www', ['192.0.2.1'], { ttl })))).toBe(ttl < 60 || ttl > 86400);
  }), runs);
});

test('a name is in the zone exactly when it ends with "." + zone (or is the zone)', () => {
  const label = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
  fc.assert(fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), fc.array(label, { minLength: 1, maxLength: 3 }), (zoneLabels, nameLabels) => {
    const zoneName = `${zoneLabels.join('.')}.`;
    const name = `${nameLabels.join('.')}.`;
    const zone = inNewSite((scope, site) => new DnsZone(scope, 'z', { site, zoneName, email: 'h@example.org' }));
    const inside = name === zoneName || name.endsWith(`.${zoneName}`);
    expect(throws(() => zone.addRecord(DnsRecord.txt(name, ['x'])))).toBe(!inside);
  }), runs);
});

test('an NFS rule is rejected exactly when it is world-open or has host bits set', () => {
  const octet = fc.integer({ min: 0, max: 255 });
  fc.assert(fc.property(octet, octet, octet, octet, fc.integer({ min: 0, max: 32 }), (a, b, c, d, bits) => {
    const cidr = `${a}.${b}.${c}.${d}/${bits}`;
    const address = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
    const hostBitsSet = bits < 32 && (address & (2 ** (32 - bits) - 1)) !== 0;
    const make = () => inNewSite((scope, site) => new SharedFileSystem(scope, 'fs', { site, protocol: ShareProtocol.NFS, sizeGiB: 1, access: [ShareAccess.fromCidr(cidr)] }));
    expect(throws(make)).toBe(bits === 0 || hostBitsSet);
  }), runs);
});

test('VPN ciphers the provider knows are accepted exactly when they are AES', () => {
  const providerCiphers = ['3des', 'aes-128', 'aes-192', 'aes-256', 'aes-128-ctr', 'aes-256-ctr', 'aes-128-ccm-8', 'aes-256-ccm-16', 'aes-192-gcm-12', 'aes-256-gcm-16'];
  fc.assert(fc.property(fc.constantFrom(...providerCiphers), fc.constantFrom('ike', 'ipsec'), (encryptionAlgorithm, phase) => {
    const make = () => inNewSite((scope, site) => new SiteToSiteVpn(scope, 'vpn', {
      site,
      routerId: 'r', localSubnetIds: ['s'], routerInterfaces: [], peerAddress: '192.0.2.1', peerCidrs: ['10.0.0.0/8'],
      presharedKey: SecretSource.generate(),
      [phase]: { encryptionAlgorithm },
    }));
    expect(throws(make)).toBe(encryptionAlgorithm === '3des');
  }), { numRuns: 30 });
});

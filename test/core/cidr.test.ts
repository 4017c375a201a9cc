import { App, TerraformStack } from 'cdktf';
import * as fc from 'fast-check';
import { contains, findOverlap, formatAddress, isHostAddress, overlaps, parseAddress, parseCidr, rangesExcluding } from '../../lib/core/private/cidr';

const scope = new TerraformStack(new App(), 'stack');
const block = (c: string) => parseCidr(scope, 'cidr', c);

test('parses v4 and v6 blocks as intervals', () => {
  expect(block('10.0.0.0/24')).toMatchObject({ version: 4, prefix: 24, first: 167772160n, last: 167772415n });
  expect(block('fd00::/64').version).toBe(6);
});

test('rejects malformed blocks and host bits, suggesting the network address', () => {
  expect(() => block('10.0.0.0/33')).toThrow('[stack] props.cidr: "10.0.0.0/33" is not a valid CIDR block');
  expect(() => block('10.0.0/8')).toThrow('"10.0.0/8" is not a valid CIDR block');
  expect(() => parseAddress(scope, 'ip', '10.1')).toThrow('"10.1" is not a valid IP address');
  expect(() => block('10.0.0.5/24')).toThrow('"10.0.0.5/24" has host bits set. Fix: use the network address "10.0.0.0/24".');
});

test('host addresses: not the network address, not the IPv4 broadcast; IPv6 has no broadcast', () => {
  const v4 = block('10.0.1.0/24');
  const at = (a: string) => parseAddress(scope, 'ip', a);
  expect(['10.0.1.0', '10.0.1.1', '10.0.1.254', '10.0.1.255', '10.0.2.1'].map((a) => isHostAddress(v4, at(a)))).toEqual([false, true, true, false, false]);
  const v6 = block('fd00::/126');
  expect(['fd00::', 'fd00::1', 'fd00::3'].map((a) => isHostAddress(v6, at(a)))).toEqual([false, true, true]);
});

test('containment and overlap', () => {
  expect(contains(block('10.0.0.0/16'), block('10.0.3.0/24'))).toBe(true);
  expect(contains(block('10.0.0.0/16'), block('10.1.0.0/24'))).toBe(false);
  expect(overlaps(block('10.0.0.0/23'), block('10.0.1.0/24'))).toBe(true);
  expect(overlaps(block('10.0.0.0/24'), block('10.0.1.0/24'))).toBe(false);
  expect(overlaps(block('10.0.0.0/8'), block('fd00::/8'))).toBe(false);
});

test('addresses: version mismatch is an error', () => {
  expect(parseAddress(scope, 'gatewayIp', '10.0.0.1', 4)).toBe(167772161n);
  expect(() => parseAddress(scope, 'gatewayIp', 'fd00::1', 4)).toThrow('is IPv6 but the subnet is IPv4');
  expect(formatAddress(167772161n, 4)).toBe('10.0.0.1');
});

test('property: findOverlap agrees with the pairwise definition', () => {
  const arb = fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 16, max: 28 })), { maxLength: 12 });
  fc.assert(
    fc.property(arb, (specs) => {
      const items = specs.map(([octet, prefix], i) => {
        const raw = (10 << 24) | (octet << 16);
        const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
        const net = (raw & mask) >>> 0;
        return { name: `s${i}`, block: block(`${formatAddress(BigInt(net), 4)}/${prefix}`) };
      });
      const pairwise = items.some((a, i) => items.some((b, j) => i < j && overlaps(a.block, b.block)));
      const found = findOverlap(items);
      expect(found !== undefined).toBe(pairwise);
      if (found) expect(overlaps(found[0].block, found[1].block)).toBe(true);
    }),
  );
});

test('rangesExcluding: the host range without the given addresses, as contiguous ranges', () => {
  const b = block('10.20.0.0/22');
  const at = (ip: string) => parseAddress(scope, 'ip', ip, 4);
  expect(rangesExcluding(b, [at('10.20.0.1'), at('10.20.0.11'), at('10.20.0.12')])).toEqual([
    { start: '10.20.0.2', end: '10.20.0.10' }, { start: '10.20.0.13', end: '10.20.3.254' },
  ]);
  // Ends of the range, duplicates and addresses outside the block.
  expect(rangesExcluding(block('10.0.0.0/29'), [at('10.0.0.1'), at('10.0.0.6'), at('10.0.0.1'), at('192.168.0.1')]))
    .toEqual([{ start: '10.0.0.2', end: '10.0.0.5' }]);
  expect(rangesExcluding(block('fd00::/125'), [parseAddress(scope, 'ip', 'fd00::3', 6)])).toEqual([
    { start: 'fd00::1', end: 'fd00::2' }, { start: 'fd00::4', end: 'fd00::7' },
  ]);
});

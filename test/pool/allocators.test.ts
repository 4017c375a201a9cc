import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { MacPool, VlanPool } from '../../lib';

const stack = () => new TerraformStack(new App(), 'stack');
const owner = (id: string) => new Construct(stack(), id);

describe('VlanPool', () => {
  test('allocates explicit IDs and the lowest free one otherwise', () => {
    const pool = VlanPool.fromRanges([{ first: 1000, last: 1002 }, { first: 2000, last: 2000 }], { physicalNetwork: 'physnet1' });
    expect(pool.size).toBe(4);
    expect(pool.allocate(owner('a'), 'vlanId', 1001)).toBe(1001);
    expect(pool.allocate(owner('b'), 'vlanId')).toBe(1000);
    expect(pool.allocate(owner('c'), 'vlanId')).toBe(1002);
    expect(pool.allocate(owner('d'), 'vlanId')).toBe(2000);
    expect(pool.allocations()).toEqual({ 1000: 'stack/b', 1001: 'stack/a', 1002: 'stack/c', 2000: 'stack/d' });
  });

  test('a VLAN outside the pool is an error naming the path and the prop', () => {
    const pool = VlanPool.range(1000, 1099, { physicalNetwork: 'physnet1' });
    expect(() => pool.allocate(owner('signaling'), 'vlanId', 999)).toThrow(
      '[stack/signaling] props.vlanId: VLAN 999 is outside its pool (1000-1099 on physnet1). Fix: choose an ID inside the pool or widen the pool.',
    );
  });

  test('reuse is an error that names the holder', () => {
    const pool = VlanPool.range(1000, 1099);
    pool.allocate(owner('oam'), 'vlanId', 1010);
    expect(() => pool.allocate(owner('media'), 'vlanId', 1010)).toThrow('[stack/media] props.vlanId: VLAN 1010 is already used by stack/oam');
  });

  test('exhaustion is an error, never wraparound', () => {
    const pool = VlanPool.range(10, 11);
    pool.allocate(owner('a'), 'vlanId');
    pool.allocate(owner('b'), 'vlanId');
    expect(() => pool.allocate(owner('c'), 'vlanId')).toThrow(/the VLAN pool \(10-11\) is exhausted: all 2 IDs are allocated/);
  });

  test.each([
    [[{ first: 0, last: 10 }], /invalid/],
    [[{ first: 10, last: 4095 }], /invalid/],
    [[{ first: 20, last: 10 }], /invalid/],
    [[{ first: 10, last: 20 }, { first: 20, last: 30 }], /overlap/],
    [[], /at least one range/],
  ])('rejects bad ranges %j', (ranges, message) => {
    expect(() => VlanPool.fromRanges(ranges)).toThrow(message);
  });

  test('property: allocations are unique, inside the pool, deterministic, and end in an error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 0, max: 40 }), fc.array(fc.option(fc.integer({ min: 1, max: 4094 }), { nil: undefined }), { maxLength: 60 }), (first, span, requests) => {
        const run = () => {
          const pool = VlanPool.range(first, Math.min(first + span, 4094));
          const got: Array<number | string> = [];
          for (const [i, r] of requests.entries()) {
            try {
              got.push(pool.allocate(owner(`n${i}`), 'vlanId', r));
            } catch (e) {
              got.push((e as Error).message.replace(/\[stack\/n\d+\]/, ''));
            }
          }
          return { pool, got };
        };
        const { pool, got } = run();
        const ids = got.filter((g): g is number => typeof g === 'number');
        expect(new Set(ids).size).toBe(ids.length);
        ids.forEach((id) => expect(pool.contains(id)).toBe(true));
        expect(run().got).toEqual(got);
        expect(ids.length).toBeLessThanOrEqual(pool.size);
      }),
    );
  });
});

describe('MacPool', () => {
  test('allocates sequentially under a locally administered unicast prefix', () => {
    const pool = MacPool.fromPrefix('FA-16-3E-10-00');
    expect(pool.prefix).toBe('fa:16:3e:10:00');
    expect(pool.allocate(owner('a'), 'macAddress')).toBe('fa:16:3e:10:00:01');
    expect(pool.allocate(owner('b'), 'macAddress', 'fa:16:3e:10:00:02')).toBe('fa:16:3e:10:00:02');
    expect(pool.allocate(owner('c'), 'macAddress')).toBe('fa:16:3e:10:00:03');
  });

  test.each([
    ['01:00:5e', /multicast/],
    ['00:16:3e', /not locally administered/],
    ['fa:16:3e:00:00:00', /not a MAC prefix/],
    ['zz', /not a MAC prefix/],
  ])('rejects prefix %s', (prefix, message) => {
    expect(() => MacPool.fromPrefix(prefix)).toThrow(message);
  });

  test('errors for outside, reused and exhausted', () => {
    const pool = MacPool.fromPrefix('02:00:00:00:00');
    expect(() => pool.allocate(owner('x'), 'macAddress', '02:00:00:00:01:01')).toThrow('[stack/x] props.macAddress: MAC 02:00:00:00:01:01 is outside its pool');
    pool.allocate(owner('y'), 'macAddress', '02:00:00:00:00:05');
    expect(() => pool.allocate(owner('z'), 'macAddress', '02:00:00:00:00:05')).toThrow('MAC 02:00:00:00:00:05 is already used by stack/y');
    for (let i = 0; i < 254; i++) pool.allocate(owner(`m${i}`), 'macAddress');
    expect(() => pool.allocate(owner('last'), 'macAddress')).toThrow(/exhausted: all 255 addresses are allocated/);
  });

  test('property: unique, inside the prefix, deterministic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (n) => {
        const run = () => {
          const pool = MacPool.fromPrefix('fa:16:3e:7f:00');
          const out: string[] = [];
          for (let i = 0; i < n; i++) {
            try {
              out.push(pool.allocate(owner(`p${i}`), 'macAddress'));
            } catch (e) {
              out.push('exhausted');
            }
          }
          return out;
        };
        const macs = run();
        const real = macs.filter((m) => m !== 'exhausted');
        expect(new Set(real).size).toBe(real.length);
        real.forEach((m) => expect(m.startsWith('fa:16:3e:7f:00:')).toBe(true));
        expect(real.length).toBe(Math.min(n, 255));
        expect(run()).toEqual(macs);
      }),
      { numRuns: 30 },
    );
  });
});

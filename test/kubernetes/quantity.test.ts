import * as fc from 'fast-check';
import { imageTag } from '../../lib/kubernetes/private/image';
import { formatQuantity, parseQuantity } from '../../lib/kubernetes/private/quantity';

test.each([
  ['100m', 0.1], ['2', 2], ['1.5', 1.5], ['250m', 0.25], ['1Ki', 1024], ['512Mi', 512 * 2 ** 20], ['4Gi', 4 * 2 ** 30],
  ['1k', 1000], ['1M', 1e6], ['2G', 2e9], ['1e3', 1000], ['1E6', 1e6], ['500u', 0.0005], ['.5', 0.5],
])('parses %s', (text, value) => {
  expect(parseQuantity(text)).toBeCloseTo(value as number, 9);
});

test.each(['', 'abc', '1GB', '1 Gi', '1gi', '10mi', 'Gi', '1.2.3'])('rejects %p', (text) => {
  expect(parseQuantity(text)).toBeUndefined();
});

test('formats for messages', () => {
  expect(formatQuantity(0.5, 'cpu')).toBe('500m');
  expect(formatQuantity(3, 'cpu')).toBe('3');
  expect(formatQuantity(1.5 * 2 ** 30, 'bytes')).toBe('1.5Gi');
});

test.each([
  ['nginx:1.27', '1.27'], ['registry.local:5000/team/app:2.0', '2.0'], ['registry.local:5000/team/app', undefined],
  ['app@sha256:' + 'a'.repeat(64), undefined], ['app:1.0@sha256:' + 'a'.repeat(64), '1.0'],
])('image tag of %s', (image, tag) => {
  expect(imageTag(image)).toBe(tag);
});

describe('properties (fast-check)', () => {
  const factors: Record<string, number> = { '': 1, 'm': 1e-3, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'Ki': 1024, 'Mi': 2 ** 20, 'Gi': 2 ** 30 };

  test('integer with any suffix parses to integer x factor', () => {
    fc.assert(fc.property(fc.nat(1_000_000), fc.constantFrom(...Object.keys(factors)), (n: number, suffix: string) => {
      expect(parseQuantity(`${n}${suffix}`)).toBeCloseTo(n * factors[suffix], 6);
    }));
  });

  test('binary units are always larger than the decimal ones of the same letter', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('k', 'M', 'G'), (n: number, s: string) => {
      const binary = s === 'k' ? 'Ki' : `${s}i`;
      expect(parseQuantity(`${n}${binary}`)!).toBeGreaterThan(parseQuantity(`${n}${s}`)!);
    }));
  });
});

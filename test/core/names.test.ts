import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { Names } from '../../lib';
import { requireDnsLabel } from '../../lib/core/private/validate';

function scopeAt(...ids: string[]): Construct {
  const app = new App();
  let scope: Construct = new TerraformStack(app, 'stack');
  for (const id of ids) scope = new Construct(scope, id);
  return scope;
}

describe('Names.resourceName', () => {
  test('joins the path below the stack as a DNS label', () => {
    expect(Names.resourceName(scopeAt('IMS', 'Web_Tier'))).toBe('ims-web-tier');
  });

  test('adds a prefix', () => {
    expect(Names.resourceName(scopeAt('web'), { prefix: 'dc1' })).toBe('dc1-web');
  });

  test('truncates long names with a stable hash suffix that keeps them unique', () => {
    const a = Names.resourceName(scopeAt('x'.repeat(80), 'a'), { maxLength: 30 });
    const b = Names.resourceName(scopeAt('x'.repeat(80), 'b'), { maxLength: 30 });
    expect(a).toHaveLength(30);
    expect(a).not.toEqual(b);
    expect(Names.resourceName(scopeAt('x'.repeat(80), 'a'), { maxLength: 30 })).toEqual(a);
  });

  test('property: always a valid DNS label within maxLength, and deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('/')), { minLength: 1, maxLength: 4 }), fc.integer({ min: 12, max: 63 }), (ids, maxLength) => {
        const uniqueIds = ids.map((id, i) => `${id}${i}`);
        const name = Names.resourceName(scopeAt(...uniqueIds), { maxLength });
        expect(name.length).toBeLessThanOrEqual(maxLength);
        expect(Names.isDnsLabel(name)).toBe(true);
        expect(Names.resourceName(scopeAt(...uniqueIds), { maxLength })).toBe(name);
      }),
    );
  });
});

describe('Names helpers', () => {
  test('memberKey zero-pads so keys sort in member order', () => {
    expect(Names.memberKey('app', 7)).toBe('app-007');
    expect(Names.memberKey('db', 12, 2)).toBe('db-12');
  });

  test.each(['web', 'a', 'app-1', 'x'.repeat(63)])('%s is a DNS label', (v) => expect(Names.isDnsLabel(v)).toBe(true));
  test.each(['Web', '-a', 'a-', 'a_b', '', 'x'.repeat(64)])('%s is not a DNS label', (v) => expect(Names.isDnsLabel(v)).toBe(false));

  test('requireDnsLabel names the construct path and the prop, and suggests a fix', () => {
    expect(() => requireDnsLabel(scopeAt('svc'), 'name', 'My_Service')).toThrow(
      /^\[stack\/svc\] props\.name: "My_Service" is not a DNS-1123 label .*Fix: use "my-service"\.$/,
    );
  });
});

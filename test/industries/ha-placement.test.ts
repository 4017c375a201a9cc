// The one HA-placement check of the industry patterns: >= 2 members and >= 2 zones, with
// one message shape naming the construct path and the prop.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { OpenStackSite } from '../../lib';
import { requireHaMembers, requireHaPlacement, requireHaZones } from '../../lib/industries/private/ha-placement';

function fixture(zones = ['az1', 'az2']) {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: zones });
  const scope = new Construct(stack, 'platform');
  return { stack, site, scope };
}

describe('requireHaMembers', () => {
  test.each([2, 3, 50])('%d members pass', (members) => {
    const { scope } = fixture();
    expect(() => requireHaMembers(scope, { tier: 'web', members, prop: 'web.count' })).not.toThrow();
  });

  test.each([-1, 0, 1, 2.5])('%d members fail with the construct path, the prop and the count', (members) => {
    const { scope } = fixture();
    expect(() => requireHaMembers(scope, { tier: 'web', members, prop: 'web.count' })).toThrow(
      `[stack/platform] props.web.count: HA tier "web" needs at least 2 members under anti-affinity (got ${members}). Fix: set web.count to 2 or more.`,
    );
  });

  test('a pattern-specific fix replaces the default one', () => {
    const { scope } = fixture();
    expect(() => requireHaMembers(scope, { tier: 'app', members: 1, prop: 'tiers[1].capacity', fix: 'raise capacity or spares' })).toThrow(
      '[stack/platform] props.tiers[1].capacity: HA tier "app" needs at least 2 members under anti-affinity (got 1). Fix: raise capacity or spares.',
    );
  });

  test('an unresolved count is not judged at synth', () => {
    const { stack, scope } = fixture();
    const count = new TerraformVariable(stack, 'count', { type: 'number' }).numberValue;
    expect(() => requireHaMembers(scope, { tier: 'web', members: count, prop: 'web.count' })).not.toThrow();
  });
});

describe('requireHaZones', () => {
  test('two distinct zones listed by the tier, or declared on the site, pass', () => {
    const { site, scope } = fixture(['az1', 'az2', 'az3']);
    expect(() => requireHaZones(scope, { tier: 'web', zones: ['az1', 'az3'], prop: 'web.zones', site })).not.toThrow();
    expect(() => requireHaZones(scope, { tier: 'web', prop: 'web.zones', site })).not.toThrow();
  });

  test('zones the tier lists: repeated zones count once, and the message names the prop they came from', () => {
    const { site, scope } = fixture();
    expect(() => requireHaZones(scope, { tier: 'web', zones: ['az1', 'az1'], prop: 'web.zones', site })).toThrow(
      '[stack/platform] props.web.zones: HA tier "web" needs at least 2 availability zones (got 1 from web.zones: az1, az1). '
      + 'Fix: list 2 or more zones in web.zones, or declare 2 or more availability zones (vSphere: clusters) on the site.',
    );
  });

  test('zones from the site: the message names the site', () => {
    const { site, scope } = fixture(['az1']);
    expect(() => requireHaZones(scope, { tier: 'web', prop: 'tiers[0].zones', site })).toThrow(
      '[stack/platform] props.tiers[0].zones: HA tier "web" needs at least 2 availability zones (got 1 from site stack/dc1: az1).',
    );
  });

  test('an empty list says none', () => {
    const { site, scope } = fixture();
    expect(() => requireHaZones(scope, { tier: 'web', zones: [], prop: 'web.zones', site })).toThrow(/\(got 0 from web\.zones: none\)/);
  });
});

describe('requireHaPlacement', () => {
  test('checks the members first, then the zones', () => {
    const { site, scope } = fixture(['az1']);
    expect(() => requireHaPlacement(scope, { tier: 'web', members: 1, prop: 'web.count' }, { prop: 'web.zones', site })).toThrow(/props\.web\.count: /);
    expect(() => requireHaPlacement(scope, { tier: 'web', members: 2, prop: 'web.count' }, { prop: 'web.zones', site })).toThrow(/props\.web\.zones: HA tier "web"/);
    const ok = fixture(['az1', 'az2']);
    expect(() => requireHaPlacement(ok.scope, { tier: 'web', members: 2, prop: 'web.count' }, { prop: 'web.zones', site: ok.site })).not.toThrow();
  });
});

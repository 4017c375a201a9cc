// Zone assignment must be stable: adding a zone to a running group must not move (and so
// replace) any existing member; only new members may use the new zone.
import { App, TerraformStack } from 'cdktf';
import * as fc from 'fast-check';
import { Image, InstanceGroup, Network, OpenStackSite, Size } from '../../lib';

const ZONES = ['az1', 'az2', 'az3', 'az4', 'az5', 'az6'];

function zonesOf(count: number, zones: string[], addedZones: { zone: string; fromMember: number }[] = []): { [member: string]: string } {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ZONES });
  const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'a', cidr: '10.0.1.0/24' }] });
  return new InstanceGroup(stack, 'g', { site, name: 'g', count, zones, addedZones, size: Size.flavor('m1'), image: Image.fromName('x'), networks: [{ network: net }] }).memberZones;
}

test('PROPERTY: for any zone list L and extension L + [z], every existing member keeps its zone; new members may use z', () => {
  fc.assert(
    fc.property(fc.shuffledSubarray(ZONES, { minLength: 2 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 30 }), (zones, count, grow) => {
      const [z, ...rest] = zones;
      const base = rest.length > 0 ? rest : [z];
      if (base.includes(z)) return; // needs a zone outside L
      const before = zonesOf(count, base);
      const after = zonesOf(count + grow, base, [{ zone: z, fromMember: count + 1 }]);
      for (const [member, zone] of Object.entries(before)) expect(after[member]).toBe(zone);
      // New members go to the least-loaded zone, so no zone that took a new member ends
      // more than one member ahead of the new zone (an empty old zone may still win a tie).
      const load = (m: { [k: string]: string }, zone: string) => Object.values(m).filter((v) => v === zone).length;
      const gained = base.filter((b) => load(after, b) > load(before, b));
      for (const b of gained) expect(load(after, b)).toBeLessThanOrEqual(load(after, z) + 1);
      // Once every old zone is at least as full as the new one, the next member uses it.
      if (grow > 0 && base.every((b) => load(before, b) > 0)) expect(load(after, z)).toBeGreaterThan(0);
    }),
    { numRuns: 40 },
  );
});

test('the telecom case: 100 members on 3 zones, a 4th zone added from member 101, 30 members added', () => {
  const before = zonesOf(100, ['az1', 'az2', 'az3']);
  const after = zonesOf(130, ['az1', 'az2', 'az3'], [{ zone: 'az4', fromMember: 101 }]);
  expect(Object.keys(before).filter((m) => after[m] !== before[m])).toEqual([]);
  const counts = Object.values(after).reduce((c, z) => ({ ...c, [z]: (c[z] ?? 0) + 1 }), {} as { [z: string]: number });
  expect(counts).toEqual({ az1: 34, az2: 33, az3: 33, az4: 30 });
});

test('without additions, members go round-robin (unchanged placement of existing stacks)', () => {
  expect(Object.values(zonesOf(5, ['az1', 'az2', 'az3']))).toEqual(['az1', 'az2', 'az3', 'az1', 'az2']);
});

test('an added zone listed twice, or from member 0, is an error', () => {
  expect(() => zonesOf(2, ['az1', 'az2'], [{ zone: 'az2', fromMember: 3 }])).toThrow('[stack/g] props.addedZones[0].zone: zone "az2" is listed twice');
  expect(() => zonesOf(2, ['az1', 'az2'], [{ zone: 'az3', fromMember: 0 }])).toThrow('[stack/g] props.addedZones[0].fromMember: must be a member number >= 1 (got 0)');
});

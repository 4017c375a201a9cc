// Layer 2 of the test pyramid: the Terraform addresses of every example are a public
// contract. A change to this inventory shows up in review as a snapshot diff and must
// be deliberate (renaming an address destroys and recreates the resource).
import { Testing } from 'cdktf';
import { EXAMPLES } from '../../examples';

function addresses(synthesized: string): string[] {
  const json = JSON.parse(synthesized);
  const out: string[] = [];
  for (const [block, prefix] of [['resource', ''], ['data', 'data.']] as const) {
    for (const [type, byName] of Object.entries<Record<string, any>>(json[block] ?? {})) {
      for (const [name, body] of Object.entries<any>(byName)) {
        const address = `${prefix}${type}.${name}`;
        const forEach = body.for_each;
        if (forEach && typeof forEach === 'object' && !Array.isArray(forEach)) {
          out.push(...Object.keys(forEach).map((key) => `${address}["${key}"]`)); // literal map: pin every key
        } else {
          out.push(forEach ? `${address}[for_each=${forEach}]` : address);
        }
      }
    }
  }
  return out.sort();
}

test.each(EXAMPLES.map((e) => [e.id, e] as const))('%s address inventory', (id, example) => {
  const app = Testing.app();
  const stack = example.create(app, id);
  expect(addresses(Testing.synth(stack))).toMatchSnapshot();
});

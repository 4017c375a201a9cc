import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { OpenStackSite } from '../../lib';

/** A fresh stack `test` in a test app, with an OpenStack site `site` (the default provider). */
export function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new OpenStackSite(stack, 'site', { region: 'RegionOne', availabilityZones: ['nova'] });
  return stack;
}

/** The OpenStack site of a stack made by {@link newStack}. */
export function siteOf(stack: TerraformStack): OpenStackSite {
  return stack.node.findChild('site') as OpenStackSite;
}

/** Builds something on the site of a fresh stack. */
export function inNewSite<T>(build: (scope: TerraformStack, site: OpenStackSite) => T): T {
  const stack = newStack();
  return build(stack, siteOf(stack));
}

/** The synthesized Terraform JSON of a stack, parsed. */
export function synth(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** Every resource body of one type. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** The only resource of a type (fails when there is not exactly one). */
export function only(json: any, type: string): any {
  const all = resources(json, type);
  expect(all).toHaveLength(1);
  return all[0];
}

/** A string variable whose value is unknown at synth (an unresolved token). */
export function unresolved(stack: TerraformStack, id: string): string {
  return new TerraformVariable(stack, id, { type: 'string' }).stringValue;
}

let outputs = 0;
/** How a value renders in the stack's Terraform JSON (through a temporary output). */
export function rendered(stack: TerraformStack, value: any): any {
  const id = `rendered-${++outputs}`;
  new TerraformOutput(stack, id, { value });
  return synth(stack).output[id].value;
}

import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';

/** A fresh stack `test` in a test app. */
export function newStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'test');
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

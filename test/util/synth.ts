// Synthesis and resource pickers shared by every suite (issue 12: one test/util/).
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';

/** Synthesizes a stack, parsed. */
export function synthStack(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** Synthesizes whatever `build` adds to a fresh stack `test`, as text. */
export function synthTextWith(build: (stack: Construct) => void): string {
  const stack = new TerraformStack(Testing.app(), 'test');
  build(stack);
  return Testing.synth(stack);
}

/** Synthesizes whatever `build` adds to a fresh stack `test`, parsed. */
export function synthWith(build: (stack: Construct) => void): any {
  return JSON.parse(synthTextWith(build));
}

/** The message of the error `build` throws at construction or synth (fails when none). */
export function errorOf(build: (stack: Construct) => void): string {
  try {
    synthWith(build);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error, but construction succeeded');
}

/** Every resource body of one type, from parsed JSON. */
export function resourceList(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** The resources of one type by logical ID, from synthesized text. */
export function resourceMap(synthesized: string, type: string): Record<string, any> {
  return JSON.parse(synthesized).resource?.[type] ?? {};
}

/** The only resource of a type (fails when there is not exactly one). */
export function only(json: any, type: string): any {
  const all = resourceList(json, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** A string only known at apply (a variable), to test token handling. */
export function unresolved(stack: TerraformStack, id: string): string {
  return new TerraformVariable(stack, id, { type: 'string' }).stringValue;
}

let outputs = 0;
/** How `value` renders in synthesized JSON (through an output). */
export function rendered(stack: TerraformStack, value: any): any {
  const id = `rendered-${++outputs}`;
  new TerraformOutput(stack, id, { value });
  return synthStack(stack).output[id].value;
}

// Literal credentials in synthesized JSON: any string under a key ending in password/
// pass/pwd/secret/token (Secret data, provider arguments), and any literal `value` of an
// env var whose name contains PASS. The only allowed value is a random_password reference.
export function literalCredentials(text: string): string[] {
  const json = JSON.parse(text);
  const found: string[] = [];
  const walk = (node: any, key: string) => {
    if (typeof node === 'string') {
      if (/(passw(or)?d|pass|pwd|secret|token)$/i.test(key) && !/^\$\{random_password\.[\w-]+\.result\}$/.test(node)) found.push(`${key}=${node}`);
    } else if (Array.isArray(node)) {
      node.forEach((n) => walk(n, key));
    } else if (node && typeof node === 'object') {
      // env entries: { name: POSTGRES_PASSWORD, value: "..." } must never carry a literal
      if (typeof node.name === 'string' && /PASS/i.test(node.name) && typeof node.value === 'string') found.push(`${node.name}=${node.value}`);
      for (const [k, v] of Object.entries(node)) walk(v, k);
    }
  };
  walk(json.resource, '');
  return found;
}


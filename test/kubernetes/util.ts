import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** Synthesizes whatever `build` adds to a stack with id `test`, parsed. */
export function synth(build: (stack: Construct) => void): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

/** Synthesizes and returns the raw JSON text (for literal scans). */
export function synthText(build: (stack: Construct) => void): string {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  build(stack);
  return Testing.synth(stack);
}

/** All resources of a type, in synthesis order. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** The single resource of a type (fails when there are 0 or several). */
export function only(json: any, type: string): any {
  const all = resources(json, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** Runs `build` in a fresh stack `test` and returns the thrown message. */
export function errorOf(build: (stack: Construct) => void): string {
  try {
    synth(build);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error, but construction succeeded');
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


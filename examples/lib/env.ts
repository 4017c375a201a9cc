// The names of the environment an example deploys into (datacenters, clusters,
// datastores, templates, switches, kubeconfig contexts, images, networks, regions,
// zones) come from outside, so an example runs unchanged against another site:
//
//   1. cdktf context: the `context` object of cdktf.json, or CDKTF_CONTEXT_JSON when
//      the app runs without the CLI (`npx tsx examples/<name>/main.ts`);
//   2. an environment variable OSCAR_<KEY>: the key in upper snake case, e.g.
//      `vsphereBasic.datacenter` -> OSCAR_VSPHERE_BASIC_DATACENTER;
//   3. the example's default (a realistic production name).
//
// Lists are a JSON array in context, or comma-separated ("az1,az2") in either place.
// Copy this file next to an example you copy (`../lib/env`).
import { IConstruct } from 'constructs';

/** OSCAR_<KEY>: `vsphereBasic.datacenter` -> `OSCAR_VSPHERE_BASIC_DATACENTER`. */
export function envVarName(key: string): string {
  return `OSCAR_${key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
}

/** A name of the environment: context `key`, else OSCAR_<KEY>, else `fallback`. */
export function envName(scope: IConstruct, key: string, fallback: string): string;
/** An optional value: context `key`, else OSCAR_<KEY>, else undefined. */
export function envName(scope: IConstruct, key: string): string | undefined;
export function envName(scope: IConstruct, key: string, fallback?: string): string | undefined {
  const found = lookup(scope, key);
  if (found === undefined) return fallback;
  if (typeof found.value !== 'string' || found.value.trim() === '') {
    throw new Error(`${found.source} must be a non-empty string (got ${JSON.stringify(found.value)})`);
  }
  return found.value.trim();
}

/** A list of names: context `key` (array or "a,b"), else OSCAR_<KEY> ("a,b"), else `fallback`. */
export function envNames(scope: IConstruct, key: string, fallback: string[]): string[] {
  const found = lookup(scope, key);
  if (found === undefined) return fallback;
  const raw = found.value;
  const list = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()) : raw;
  if (!Array.isArray(list) || list.length === 0 || list.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new Error(`${found.source} must be a non-empty list of non-empty strings (a JSON array or "a,b") (got ${JSON.stringify(raw)})`);
  }
  return list.map((s: string) => s.trim());
}

/** Context first (explicit to this app), then the process environment. */
function lookup(scope: IConstruct, key: string): { value: unknown; source: string } | undefined {
  const fromContext = scope.node.tryGetContext(key);
  if (fromContext !== undefined) return { value: fromContext, source: `context key "${key}"` };
  const name = envVarName(key);
  const fromEnv = process.env[name];
  if (fromEnv !== undefined) return { value: fromEnv, source: `environment variable ${name} (key "${key}")` };
  return undefined;
}

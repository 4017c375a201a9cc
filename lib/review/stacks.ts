// Reads a synth output folder (cdktf.out): the manifest's stack list and each stack's
// cdk.tf.json, indexed by the compliance engine's stack view (construct paths from the `//`
// metadata). Everything the review kit draws or counts comes from this JSON only, so it works
// for any cdktf program, whatever constructs produced the resources.
import * as fs from 'fs';
import * as path from 'path';
import { SynthResource, StackView } from '../compliance/model';
import { buildStackView } from '../compliance/private/stack-view';

/** A problem with the synth output. The message names the file and what to do. */
export class ReviewInputError extends Error {}

export interface SynthStack {
  readonly name: string;
  readonly file: string;
  readonly view: StackView;
}

/** The stack names of the last synth in `outdir`, in manifest order. */
export function stackNames(outdir: string): string[] {
  const manifest = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(manifest)) {
    throw new ReviewInputError(`${manifest} not found: run \`npx cdktf synth\` first (or pass --out DIR for another synth folder)`);
  }
  let parsed: { stacks?: Record<string, unknown> };
  try {
    parsed = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  } catch (e) {
    throw new ReviewInputError(`${manifest} is not valid JSON (${(e as Error).message}): synthesize again`);
  }
  return Object.keys(parsed.stacks ?? {});
}

export function loadStack(outdir: string, name: string): SynthStack {
  const file = path.join(outdir, 'stacks', name, 'cdk.tf.json');
  if (!fs.existsSync(file)) throw new ReviewInputError(`${file} not found: the manifest lists stack '${name}'; synthesize again`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { name, file, view: buildStackView(name, name, json) };
}

export function loadStacks(outdir: string, only?: readonly string[]): SynthStack[] {
  const names = stackNames(outdir);
  for (const o of only ?? []) {
    if (!names.includes(o)) throw new ReviewInputError(`no stack '${o}' in ${path.join(outdir, 'manifest.json')}; stacks: ${names.join(', ')}`);
  }
  return names.filter((n) => !only || only.length === 0 || only.includes(n)).map((n) => loadStack(outdir, n));
}

const REF = /\b(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g;

/** Addresses (`type.name` / `data.type.name`) referenced anywhere in a value. */
export function references(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (!value.includes('${')) return out;
    for (const m of value.matchAll(REF)) out.add(`${m[1] ?? ''}${m[2]}.${m[3]}`);
  } else if (Array.isArray(value)) {
    for (const v of value) references(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) references(v, out);
  }
  return out;
}

/** The construct that owns a resource: its parent path (an L2 building block, usually). */
export function ownerPath(r: SynthResource): string {
  const i = r.path.lastIndexOf('/');
  return i > 0 ? r.path.slice(0, i) : r.path;
}

/** The provider configuration a resource uses (`openstack.dc2`, `vsphere`, ...). */
export function providerKey(r: SynthResource): string {
  const p = r.attributes.provider;
  if (typeof p === 'string') return p.replace(/^\$\{|\}$/g, '');
  return r.type.split('_')[0];
}

/** Keys of a literal `for_each` map, or `count` indices. One member otherwise. */
export function memberKeys(r: SynthResource): string[] {
  const fe = r.attributes.for_each;
  if (fe && typeof fe === 'object' && !Array.isArray(fe)) return Object.keys(fe);
  if (Array.isArray(fe)) return fe.map(String);
  const count = r.attributes.count;
  if (typeof count === 'number') return Array.from({ length: count }, (_, i) => String(i));
  return [r.name];
}

/** The literal for_each value of one member (empty when none). */
export function memberValue(r: SynthResource, key: string): Record<string, unknown> {
  const fe = r.attributes.for_each;
  if (fe && typeof fe === 'object' && !Array.isArray(fe)) {
    const v = (fe as Record<string, unknown>)[key];
    if (v && typeof v === 'object') return v as Record<string, unknown>;
  }
  return {};
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A nested block: cdktf writes single blocks as objects, lists of blocks as arrays. */
export function blk(v: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(v)) return v[0] && typeof v[0] === 'object' ? (v[0] as Record<string, unknown>) : undefined;
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

/** A Kubernetes object's name and namespace. A namespace reference resolves to its name. */
export function k8sName(view: StackView, r: SynthResource): { name: string; namespace?: string } {
  const meta = blk(r.attributes.metadata) ?? blk(blk(r.attributes.manifest)?.metadata);
  let ns = str(meta?.namespace);
  if (ns?.includes('${')) {
    const target = [...references(ns)].map((a) => view.byAddress(a)).find((x) => x?.type === 'kubernetes_namespace_v1');
    ns = str(blk(target?.attributes.metadata)?.name) ?? '(namespace ref)';
  }
  if (!ns && r.type === 'kubernetes_namespace_v1') ns = str(meta?.name);
  return { name: str(meta?.name) ?? r.name, namespace: ns };
}

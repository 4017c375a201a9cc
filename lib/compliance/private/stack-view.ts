import { StackView, SynthResource } from '../model';
import { isObject } from './attrs';

const REF = /(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g;

function metadataPath(block: { readonly [key: string]: unknown }): string | undefined {
  const meta = block['//'];
  if (!isObject(meta) || !isObject(meta.metadata)) return undefined;
  return typeof meta.metadata.path === 'string' ? meta.metadata.path : undefined;
}

function withoutMetadata(block: { readonly [key: string]: unknown }): { [key: string]: unknown } {
  const { ['//']: _meta, ...rest } = block;
  return rest;
}

/**
 * Indexes a synthesized stack (the output of `stack.toTerraform()`): every resource, data
 * source and provider block with its construct path from the `//` metadata cdktf emits.
 */
export function buildStackView(name: string, stackPath: string, json: { readonly [key: string]: unknown }): StackView {
  const resources: SynthResource[] = [];
  for (const mode of ['resource', 'data'] as const) {
    const section = json[mode];
    if (!isObject(section)) continue;
    for (const [type, byName] of Object.entries(section)) {
      if (!isObject(byName)) continue;
      for (const [resName, body] of Object.entries(byName)) {
        if (!isObject(body)) continue;
        resources.push({
          type,
          name: resName,
          mode,
          address: mode === 'data' ? `data.${type}.${resName}` : `${type}.${resName}`,
          attributes: withoutMetadata(body),
          path: metadataPath(body) ?? stackPath,
        });
      }
    }
  }
  const providers = json.provider;
  if (isObject(providers)) {
    for (const [type, list] of Object.entries(providers)) {
      (Array.isArray(list) ? list : [list]).forEach((body, i) => {
        if (!isObject(body)) return;
        resources.push({ type, name: String(i), mode: 'provider', address: `provider.${type}[${i}]`, attributes: withoutMetadata(body), path: metadataPath(body) ?? stackPath });
      });
    }
  }

  const byAddr = new Map(resources.map((r) => [r.address, r]));
  const byType = new Map<string, SynthResource[]>();
  for (const r of resources) {
    if (r.mode !== 'resource') continue;
    const list = byType.get(r.type) ?? [];
    list.push(r);
    byType.set(r.type, list);
  }

  const referencesIn = (value: unknown): string[] => {
    const found = new Set<string>();
    const visit = (v: unknown): void => {
      if (typeof v === 'string') {
        if (!v.includes('${')) return;
        for (const m of v.matchAll(REF)) {
          const addr = `${m[1] ?? ''}${m[2]}.${m[3]}`;
          if (byAddr.has(addr)) found.add(addr);
        }
      } else if (Array.isArray(v)) v.forEach(visit);
      else if (isObject(v)) Object.values(v).forEach(visit);
    };
    visit(value);
    return [...found];
  };

  const refCache = new Map<SynthResource, string[]>();
  const refsOf = (r: SynthResource): string[] => {
    let refs = refCache.get(r);
    if (!refs) refCache.set(r, (refs = referencesIn(r.attributes)));
    return refs;
  };

  return {
    name,
    json,
    resources,
    ofType: (type) => byType.get(type) ?? [],
    byAddress: (address) => byAddr.get(address),
    referencesIn,
    // Cached per resource: cross-resource rules ask the same question for every target.
    referrers: (target, type) => (byType.get(type) ?? []).filter((r) => refsOf(r).includes(target.address)),
  };
}

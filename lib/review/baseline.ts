// Terraform addresses of a synth output, and their diff against a previous one (--baseline):
// what a plan will create, delete or move. A move is an address that disappears while another
// appears for the same construct path and key (a renamed logical id), or a `moved` block.
import { memberKeys, SynthStack } from './stacks';

export interface AddressDiff {
  readonly stack: string;
  readonly created: string[];
  readonly deleted: string[];
  readonly moved: Array<{ readonly from: string; readonly to: string }>;
  /** The stack is new or gone as a whole. */
  readonly stackStatus: 'new' | 'removed' | 'changed' | 'unchanged';
}

interface Addr { readonly address: string; readonly identity: string }

function addresses(stack: SynthStack | undefined): Addr[] {
  if (!stack) return [];
  const out: Addr[] = [];
  for (const r of stack.view.resources) {
    if (r.mode !== 'resource') continue;
    const fe = r.attributes.for_each !== undefined;
    const count = typeof r.attributes.count === 'number';
    for (const k of memberKeys(r)) {
      const suffix = fe ? `["${k}"]` : count ? `[${k}]` : '';
      out.push({ address: `${r.address}${suffix}`, identity: `${r.type} ${r.path}${suffix}` });
    }
  }
  return out.sort((a, b) => a.address.localeCompare(b.address));
}

export function diffStacks(current: SynthStack | undefined, baseline: SynthStack | undefined): AddressDiff {
  const name = (current ?? baseline)!.name;
  const now = addresses(current);
  const before = addresses(baseline);
  const nowSet = new Set(now.map((a) => a.address));
  const beforeSet = new Set(before.map((a) => a.address));
  let created = now.filter((a) => !beforeSet.has(a.address));
  let deleted = before.filter((a) => !nowSet.has(a.address));
  const moved: Array<{ from: string; to: string }> = [];
  for (const d of [...deleted]) {
    const c = created.find((x) => x.identity === d.identity);
    if (!c) continue;
    moved.push({ from: d.address, to: c.address });
    created = created.filter((x) => x !== c);
    deleted = deleted.filter((x) => x !== d);
  }
  const status = !baseline ? 'new' : !current ? 'removed' : created.length + deleted.length + moved.length ? 'changed' : 'unchanged';
  return { stack: name, created: created.map((a) => a.address), deleted: deleted.map((a) => a.address), moved, stackStatus: status };
}

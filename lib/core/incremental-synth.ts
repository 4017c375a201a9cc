import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** Builds one stack of an {@link IncrementalSynth}. */
export interface IStackFactory {
  /** Builds the stack `id` in `scope`, a fresh App of its own, and returns it. */
  createStack(scope: Construct, id: string): TerraformStack;
}

/** Properties of {@link IncrementalSynth.synth}. */
export interface IncrementalSynthProps {
  /** The stacks to build, in order: one site of the estate each. Unique, at least one. */
  readonly stackIds: string[];
  /** Builds each stack. Stacks must not reference each other (each lives in its own App). */
  readonly factory: IStackFactory;
  /**
   * Output directory, as `App`'s.
   * @default - `CDKTF_OUTDIR`, or `cdktf.out`
   */
  readonly outdir?: string;
  /**
   * Context for every App (what `cdktf.json` would give).
   * @default - none
   */
  readonly context?: { [key: string]: any };
}

/**
 * Synthesizes independent stacks one at a time, each in its own `App`, and writes one
 * manifest listing them all, so `cdktf plan|deploy <stack>` works as with one App.
 *
 * An App keeps every stack's construct tree until its synth ends, so one App of 100 site
 * stacks holds all 100 trees at once (1M instances: 3.4 GiB). Here each stack's tree is
 * released before the next is built: peak memory is that of the largest stack, flat in
 * the number of stacks. The price: stacks cannot reference each other (no cross-stack
 * outputs), which independent sites do not need.
 */
export class IncrementalSynth {
  /** Builds and synthesizes each stack in turn; returns the stack IDs written. */
  public static synth(props: IncrementalSynthProps): string[] {
    const ids = props.stackIds;
    if (ids.length === 0) throw new Error('IncrementalSynth: props.stackIds is empty. Fix: list at least one stack ID.');
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) throw new Error(`IncrementalSynth: props.stackIds lists "${dup}" twice. Fix: give each stack a unique ID.`);
    // Manifest entries are small; the stacks they describe are already on disk.
    const written: { [id: string]: unknown } = {};
    for (const id of ids) {
      const app = new App({ outdir: props.outdir, context: props.context });
      const stack = props.factory.createStack(app, id);
      if (stack.node.id !== id || stack.node.scope !== app) {
        throw new Error(`IncrementalSynth: the factory returned ${stack.node.path} for stack "${id}". Fix: create the stack directly in the given scope, with the given ID.`);
      }
      Object.assign(app.manifest.stacks, written);
      app.synth();
      written[id] = app.manifest.stacks[id];
    }
    return [...ids];
  }
}

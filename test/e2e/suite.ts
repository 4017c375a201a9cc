// One jest suite per target: every example whose primary target it is (OpenStack, then
// vSphere, then Kubernetes) goes through the full cycle against that target's servers,
// plus any other target the stack also needs (e.g. a VM estate with a Kubernetes cluster).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { addExamples, EXAMPLES } from '../../examples';
import { requireToolchain, Toolchain } from '../terraform/toolchain';
import { cleanup, CycleReport, cycle, E2eEnv, namedExplicitly, primaryTarget, selected, stackTargets, startTarget, stopTarget, synthStack, Target, TargetChecks, TerraformRunner } from './harness';

/** A stack that the target's real API must reject, and the API's own words for it. */
export interface BrokenStack {
  readonly create: (scope: App, id: string) => TerraformStack;
  readonly apiError: RegExp;
}

/**
 * Examples that do not yet pass end to end, each with the defect that stops it (in our
 * library or in the simulator) and where it is tracked. They are not run: a crash of the
 * simulator would take the following stacks down with it. Every entry is an open defect.
 */
export type Pending = Record<string, string>;

/** Which targets each example needs, learned from one plain synth at collection time. */
function exampleTargets(): Map<string, Target[]> {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'oscar-e2e-plan-'));
  const app = new App({ outdir });
  addExamples(app);
  app.synth();
  const dir = path.join(outdir, 'stacks');
  try {
    return new Map(readdirSync(dir).map((id) => [id, stackTargets(JSON.parse(readFileSync(path.join(dir, id, 'cdk.tf.json'), 'utf8')))]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const loadChecks = (t: Target): TargetChecks => require(`./${t}/checks`);

/** A stack beyond the examples, driven through the same cycle, with a step while it is applied. */
export interface ExtraCycle {
  /** Stack id, also the test title's subject. */
  readonly id: string;
  /** What the step proves, for the test title. */
  readonly proves: string;
  readonly create: (scope: App, id: string) => TerraformStack;
  /** Runs after apply and the empty re-plan; gets terraform and a synth of another stack into the same directory. */
  readonly afterApply: (tf: TerraformRunner, resynth: (create: (scope: App, id: string) => TerraformStack) => void) => Promise<void>;
}

/** How a target's stacks are driven. */
export interface SuiteOptions {
  /** Extra stacks with a step while applied (resize proofs). */
  readonly extraCycles?: ExtraCycle[];
  /** terraform -parallelism (vcsim hangs or panics on concurrent VM destroys). */
  readonly parallelism?: number;
  /** Budget for setup + start of every needed target, in seconds (default jest's testTimeout). */
  readonly startSeconds?: number;
  /** Budget for one stack's whole cycle, in seconds (default jest's testTimeout). */
  readonly stackSeconds?: number;
  /**
   * Stacks that pass but are too long for `npm test` on 2 cores within CI's 90 minutes,
   * each with its last passing figures. `npm run e2e` (OSCAR_E2E_ALL=1) runs them, and so
   * does naming them (`npm run e2e -- <stack>`).
   */
  readonly fullRunOnly?: Record<string, string>;
  /**
   * Stacks that need another one applied first (an admin stack, then a tenant stack that
   * uses its objects), as first -> second: the second's whole cycle runs while the first
   * is applied, and the first is destroyed after it. Naming either selects the pair.
   */
  readonly pairs?: Record<string, string>;
}

export function defineTargetSuite(primary: Target, broken: BrokenStack, pending: Pending = {}, options: SuiteOptions = {}): void {
  const targets = exampleTargets();
  const ofTarget = EXAMPLES.filter((e) => primaryTarget(targets.get(e.id)!) === primary);
  // A pending stack runs only when named explicitly (`npm run e2e -- <stack>`), to re-check it.
  const fullRunOnly = options.fullRunOnly ?? {};
  const all = process.env.OSCAR_E2E_ALL === '1';
  const pairs = options.pairs ?? {};
  const seconds = new Set(Object.values(pairs));
  const pairSelected = (id: string) => selected(id) || (pairs[id] !== undefined && namedExplicitly(pairs[id]));
  const stacks = ofTarget.filter((e) => !seconds.has(e.id))
    .filter((e) => (!pending[e.id] && (all || !fullRunOnly[e.id]) && pairSelected(e.id)) || namedExplicitly(e.id));

  test(`pending ${primary} examples are real examples of this target, each with its reason`, () => {
    for (const [id, reason] of Object.entries(pending)) {
      expect(ofTarget.map((e) => e.id)).toContain(id);
      expect(reason.trim().length).toBeGreaterThanOrEqual(20);
      console.warn(`e2e ${primary}: ${id} is NOT run end to end yet: ${reason}`);
    }
    for (const [id, figures] of Object.entries(fullRunOnly)) {
      expect(ofTarget.map((e) => e.id)).toContain(id);
      expect(pending[id]).toBeUndefined();
      expect(figures.trim().length).toBeGreaterThanOrEqual(20);
      if (!all) console.warn(`e2e ${primary}: ${id} runs in \`npm run e2e\` only (too long for npm test on 2 cores): ${figures}`);
    }
  });
  const extras = (options.extraCycles ?? []).filter((x) => selected(x.id));
  if (stacks.length === 0 && extras.length === 0 && process.env.OSCAR_E2E_STACKS) {
    // `npm run e2e -- <stack>` for another target: don't start servers for nothing (the
    // pending-list test above still runs, so the file is not empty).
    return;
  }
  const needed = new Set<Target>([primary, ...stacks.flatMap((e) => targets.get(e.id)!)]);
  const envs = new Map<Target, E2eEnv>();
  const checks: Partial<Record<Target, TargetChecks>> = {};
  const reports: CycleReport[] = [];
  let toolchain: Toolchain;

  beforeAll(async () => {
    toolchain = requireToolchain();
    for (const t of needed) {
      checks[t] = loadChecks(t);
      envs.set(t, await startTarget(t));
    }
  }, options.startSeconds === undefined ? undefined : options.startSeconds * 1000);

  afterAll(async () => {
    for (const env of envs.values()) await stopTarget(env);
    for (const r of reports) {
      const kept = r.released.length ? `; released ${r.released.length} kept on purpose: ${r.released.join(', ')}` : '';
      console.log(`e2e ${primary} ${r.stackId}: ${Object.entries(r.seconds).map(([k, v]) => `${k} ${v}s`).join(', ')}${kept}`);
    }
  });

  test(`every ${primary} example has live checks`, () => {
    const missing = stacks.flatMap((e) => [e.id, ...(pairs[e.id] ? [pairs[e.id]] : [])]).filter((id) => !loadChecks(primary).liveChecks[id]);
    expect(missing).toEqual([]);
  });

  // jest rejects an empty table: a selection (OSCAR_E2E_STACKS) may leave one empty.
  const eachOf = <T extends unknown[]>(rows: T[]) => (rows.length > 0 ? test.each(rows) : (_title: string, _fn: (...args: T) => Promise<void>, _timeout?: number) => undefined);
  eachOf(stacks.map((e) => [e.id, targets.get(e.id)!.join(' + ') + (pairs[e.id] ? `; ${pairs[e.id]} cycled while it is applied` : '')]))(
    '%s applies, re-plans with no changes, passes its live checks and destroys clean (%s)',
    async (id) => {
      const example = EXAMPLES.find((e) => e.id === id)!;
      const stackEnvs = [primary, ...targets.get(id)!.filter((t) => t !== primary)].map((t) => envs.get(t)!);
      const stackDir = synthStack(id, example.create, stackEnvs);
      // After a seed step (a brownfield estate), the same stack with the context it returned.
      const resynth = (context: Record<string, unknown>) => {
        const other = synthStack(id, example.create, [...stackEnvs, { ...stackEnvs[0], context }]);
        copyFileSync(path.join(other, 'cdk.tf.json'), path.join(stackDir, 'cdk.tf.json'));
        cleanup(other);
      };
      // The second of a pair goes through its whole cycle while this one is applied.
      const second = pairs[id] === undefined ? undefined : EXAMPLES.find((e) => e.id === pairs[id])!;
      const afterApply = second && (async () => {
        const dir = synthStack(second.id, second.create, stackEnvs);
        reports.push(await cycle({ stackId: second.id, stackDir: dir, envs: stackEnvs, checks, toolchain, parallelism: options.parallelism }));
        cleanup(dir);
      });
      reports.push(await cycle({ stackId: id, stackDir, envs: stackEnvs, checks, toolchain, parallelism: options.parallelism, resynth, afterApply }));
      cleanup(stackDir);
    },
    options.stackSeconds === undefined ? undefined : options.stackSeconds * 1000,
  );

  eachOf(extras.map((x) => [x.id, x.proves, x]))(
    '%s: %s',
    async (id, _proves, extra) => {
      const stackEnvs = [envs.get(primary)!];
      const stackDir = synthStack(id as string, (extra as ExtraCycle).create, stackEnvs);
      // Another version of the stack, synthesized over this one's configuration (same id, same state).
      const resynth = (create: (scope: App, id: string) => TerraformStack) => {
        const other = synthStack(id as string, create, stackEnvs);
        copyFileSync(path.join(other, 'cdk.tf.json'), path.join(stackDir, 'cdk.tf.json'));
        cleanup(other);
      };
      reports.push(await cycle({ stackId: id as string, stackDir, envs: stackEnvs, checks, toolchain, parallelism: options.parallelism, afterApply: (tf) => (extra as ExtraCycle).afterApply(tf, resynth) }));
      cleanup(stackDir);
    },
  );

  test(`a stack the ${primary} API rejects fails the suite with the API's own error`, async () => {
    const id = `e2e-broken-${primary}`;
    const stackDir = synthStack(id, broken.create, [envs.get(primary)!]);
    const failure = await cycle({ stackId: id, stackDir, envs: [envs.get(primary)!], checks, toolchain, parallelism: options.parallelism }).then(
      () => 'the broken stack applied',
      (e: Error) => e.message,
    );
    expect(failure).toMatch(broken.apiError);
    cleanup(stackDir);
  });
}

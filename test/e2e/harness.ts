// End-to-end harness: applies, re-plans, live-checks, destroys and leftover-checks example
// stacks against real API servers on this machine (test/e2e/<target>/start.sh), with the
// exact providers of the offline mirror. Missing tools fail the suite, never skip it.
import { execFile, execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { App, TerraformStack } from 'cdktf';
import { Toolchain } from '../terraform/toolchain';

const run = promisify(execFile);
export const ROOT = path.resolve(__dirname, '..', '..');
export const TARGETS = ['kubernetes', 'vsphere', 'openstack'] as const;
export type Target = (typeof TARGETS)[number];

/** A running environment, as its start.sh described it in STATEDIR/env.json. */
export interface E2eEnv {
  readonly target: Target;
  readonly stateDir: string;
  /** Environment for terraform and the live checks (credentials, endpoints, TF_VAR_*). */
  readonly env: Record<string, string>;
  /** Provider arguments written into an override for every block of that provider type. */
  readonly providers: Record<string, Record<string, unknown>>;
  /** cdktf context the examples read their site names from. */
  readonly context: Record<string, unknown>;
  /** Started by someone else (OSCAR_E2E_<TARGET>_STATE): the suite neither stops nor removes it. */
  readonly attached?: boolean;
}

/** What each target folder exports from checks.ts. */
export interface TargetChecks {
  readonly liveChecks: Record<string, (env: E2eEnv) => Promise<void>>;
  leftovers(env: E2eEnv, stackId: string): Promise<string[]>;
  diagnose(env: E2eEnv): Promise<string>;
  /** Optional per-stack preparation (e.g. a fresh OpenStack project); returns env overrides. */
  prepare?(env: E2eEnv, stackId: string, json: any): Promise<Record<string, string>>;
  /**
   * Optional, after prepare: creates what a stack expects to find already running (a
   * brownfield estate) and returns the cdktf context the stack is synthesized again with
   * (e.g. the path of its discovered adopt map), or undefined when the stack needs none.
   */
  seed?(env: E2eEnv, stackId: string, workDir: string): Promise<Record<string, unknown> | undefined>;
  /**
   * Checks of the first plan (`terraform show -json` of it) by stack: when a stack has one,
   * that saved plan is what gets applied (an adoption must import, not replace).
   */
  readonly firstPlanChecks?: Record<string, (plan: any, json: any) => void>;
  /**
   * Optional, after prepare and seed: adjusts terraform's environment for a stack that
   * authenticates its own way (clouds.yaml entries instead of OS_* variables).
   */
  terraformEnv?(env: E2eEnv, stackId: string, tfEnv: NodeJS.ProcessEnv, workDir: string): Promise<void>;
  /** After a failed cycle's cleanup destroy: removes what seed() made that the stack did not take over. */
  unseed?(env: E2eEnv, stackId: string): Promise<void>;
  /**
   * After destroy: deletes what the configuration keeps on purpose (OpenStack boot volumes
   * with delete_on_termination = false), having checked when `strict` that it is exactly
   * that; returns what it deleted.
   */
  releaseRetained?(env: E2eEnv, stackId: string, json: any, strict: boolean): Promise<string[]>;
}

/** The targets a synthesized stack talks to, read from its required_providers. */
export function stackTargets(json: any): Target[] {
  const types = Object.keys(json.terraform?.required_providers ?? {});
  return TARGETS.filter((t) => types.includes(t));
}

/** The target whose suite runs a stack: OpenStack, then vSphere, then Kubernetes. */
export function primaryTarget(targets: Target[]): Target | undefined {
  return (['openstack', 'vsphere', 'kubernetes'] as const).find((t) => targets.includes(t));
}

const chosen = () => (process.env.OSCAR_E2E_STACKS ?? '').split(/[\s,]+/).filter(Boolean);

/** Stacks chosen with `npm run e2e -- <stack>...` (OSCAR_E2E_STACKS), or all. */
export function selected(id: string): boolean {
  const only = chosen();
  return only.length === 0 || only.includes(id);
}

/** Named explicitly with `npm run e2e -- <stack>`: runs even when pending (to re-check its defect). */
export function namedExplicitly(id: string): boolean {
  return chosen().includes(id);
}

/** Builds (cached) and starts a target's servers; the caller must stop() it. */
export async function startTarget(target: Target): Promise<E2eEnv> {
  const dir = path.join(__dirname, target);
  // Attach to an environment already started with `start.sh STATEDIR` (to iterate on one
  // stack without the start-up; the OpenStack cloud takes 5 to 8 minutes).
  const attach = process.env[`OSCAR_E2E_${target.toUpperCase()}_STATE`];
  if (attach) {
    const file = path.join(attach, 'env.json');
    if (!existsSync(file)) throw new Error(`OSCAR_E2E_${target.toUpperCase()}_STATE=${attach}: no env.json there (run test/e2e/${target}/start.sh ${attach})`);
    const desc = JSON.parse(readFileSync(file, 'utf8'));
    return { target, stateDir: attach, env: desc.env ?? {}, providers: desc.providers ?? {}, context: desc.context ?? {}, attached: true };
  }
  const stateDir = mkdtempSync(path.join(os.tmpdir(), `oscar-e2e-${target}-`));
  await sh(path.join(dir, 'setup.sh'), [], `${target} setup`);
  try {
    await sh(path.join(dir, 'start.sh'), [stateDir], `${target} start`);
  } catch (e) {
    await stopTarget({ target, stateDir, env: {}, providers: {}, context: {} });
    throw e;
  }
  const desc = JSON.parse(readFileSync(path.join(stateDir, 'env.json'), 'utf8'));
  return { target, stateDir, env: desc.env ?? {}, providers: desc.providers ?? {}, context: desc.context ?? {} };
}

/** Stops the target's servers and removes its state directory (kept with OSCAR_E2E_KEEP_STATE=1, to read its logs). */
export async function stopTarget(env: E2eEnv): Promise<void> {
  if (env.attached) return;
  await sh(path.join(__dirname, env.target, 'stop.sh'), [env.stateDir], `${env.target} stop`);
  if (process.env.OSCAR_E2E_KEEP_STATE === '1') console.log(`e2e ${env.target}: state kept in ${env.stateDir}`);
  else rmSync(env.stateDir, { recursive: true, force: true });
}

async function sh(script: string, args: string[], what: string): Promise<void> {
  if (!existsSync(script)) throw new Error(`${what}: ${script} is missing`);
  try {
    await run('bash', [script, ...args], { maxBuffer: 64 * 1024 * 1024, env: process.env });
  } catch (e: any) {
    throw new Error(`${what} failed (exit ${e.code}):\n${tail(`${e.stdout ?? ''}${e.stderr ?? ''}`, 60)}`);
  }
}

function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Synthesizes one stack with the environments' context into a fresh directory. */
export function synthStack(
  id: string,
  create: (scope: App, id: string) => TerraformStack,
  envs: E2eEnv[],
  mutate?: (stack: TerraformStack) => void,
): string {
  const outdir = mkdtempSync(path.join(os.tmpdir(), `oscar-e2e-synth-${id}-`));
  const context = Object.assign({}, ...envs.map((e) => e.context));
  const app = new App({ outdir, context });
  const stack = create(app, id);
  mutate?.(stack);
  app.synth();
  return path.join(outdir, 'stacks', id);
}

/** Phases of one cycle, with their durations, for the report. */
export interface CycleReport {
  readonly stackId: string;
  readonly seconds: Record<string, number>;
  /** What destroy kept on purpose and the harness then deleted. */
  readonly released: string[];
}

/** Options of one apply / re-plan / check / destroy cycle. */
export interface CycleOptions {
  readonly stackId: string;
  readonly stackDir: string;
  /** Every environment the stack needs, primary first. */
  readonly envs: E2eEnv[];
  readonly checks: Partial<Record<Target, TargetChecks>>;
  readonly toolchain: Toolchain;
  /** Per-operation timeout written into every resource that has a `timeouts` block. */
  readonly resourceTimeout?: string;
  /** terraform -parallelism for apply, plan and destroy (default terraform's 10). */
  readonly parallelism?: number;
  /** Runs after the live checks, while the stack is applied (e.g. plan a change against it). */
  readonly afterApply?: (tf: TerraformRunner) => Promise<void>;
  /** Synthesizes the stack again into stackDir with more context (after a seed step). */
  readonly resynth?: (context: Record<string, unknown>) => void;
}

/** Runs terraform in the stack directory with the environments' settings. */
export type TerraformRunner = (args: string[]) => Promise<{ stdout: string; stderr: string }>;

/**
 * apply -> plan -detailed-exitcode (must be 0) -> live checks -> destroy -> leftovers.
 * Throws with terraform's own error plus each environment's server-side evidence.
 */
export async function cycle(o: CycleOptions): Promise<CycleReport> {
  const seconds: Record<string, number> = {};
  // The phase a failure happened in, for the message: a bare "context deadline exceeded"
  // says nothing about whether apply or destroy ran out of time.
  let current = 'prepare';
  const timed = async <T>(phase: string, fn: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    current = phase;
    try {
      return await fn();
    } finally {
      seconds[phase] = Math.round((Date.now() - t) / 100) / 10;
    }
  };
  let env: NodeJS.ProcessEnv = { ...o.toolchain.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
  const readJson = () => JSON.parse(readFileSync(path.join(o.stackDir, 'cdk.tf.json'), 'utf8'));
  let json = readJson();
  for (const e of o.envs) Object.assign(env, e.env);
  for (const e of o.envs) {
    const prep = o.checks[e.target]?.prepare;
    if (prep) Object.assign(env, await prep(e, o.stackId, json));
  }
  for (const e of o.envs) {
    const seed = o.checks[e.target]?.seed;
    if (!seed) continue;
    const context = await timed('seed', () => seed(e, o.stackId, path.join(o.stackDir, 'seed')));
    if (context === undefined) {
      delete seconds.seed; // nothing to seed for this stack: not a phase of its report
      continue;
    }
    if (!o.resynth) throw new Error(`${o.stackId}: its ${e.target} seed returned context, but the cycle cannot synthesize the stack again`);
    o.resynth(context);
    json = readJson();
  }
  for (const e of o.envs) await o.checks[e.target]?.terraformEnv?.(e, o.stackId, env, path.join(o.stackDir, 'auth'));
  const par = o.parallelism ? [`-parallelism=${o.parallelism}`] : [];
  // Options go right after the (sub)command: terraform stops reading flags at a plan file.
  const tf = (args: string[]) => {
    const at = args[0] === 'providers' ? 2 : 1;
    const opts = [...(['apply', 'plan', 'destroy'].includes(args[0]) ? par : []), '-no-color'];
    return run(o.toolchain.terraform, [...args.slice(0, at), ...opts, ...args.slice(at)], { cwd: o.stackDir, env, maxBuffer: 256 * 1024 * 1024 });
  };
  writeOverride(o.stackDir, 'zz_e2e_providers_override.tf.json', providerOverride(json, o.envs));
  // cdktf's local backend writes state next to the synthesizing program (the repository):
  // keep each run's state in its own stack directory instead.
  writeOverride(o.stackDir, 'zz_e2e_backend_override.tf.json', { terraform: { backend: { local: { path: 'terraform.tfstate' } } } });

  let applied = false;
  try {
    await timed('init', () => tf(['init', '-input=false']));
    writeOverride(o.stackDir, 'zz_e2e_timeouts_override.tf.json', await timeoutOverride(tf, json, o.resourceTimeout ?? '90s'));
    applied = true;
    const planChecks = o.envs.map((e) => o.checks[e.target]?.firstPlanChecks?.[o.stackId]).filter((c) => c !== undefined);
    if (planChecks.length > 0) {
      await timed('first plan', async () => {
        await tf(['plan', '-input=false', '-out=first.tfplan']);
        const plan = JSON.parse((await tf(['show', '-json', 'first.tfplan'])).stdout);
        for (const check of planChecks) check(plan, json);
      });
      await timed('apply', () => tf(['apply', '-input=false', 'first.tfplan']));
    } else {
      await timed('apply', () => tf(['apply', '-auto-approve', '-input=false']));
    }
    await timed('plan', async () => {
      try {
        await tf(['plan', '-detailed-exitcode', '-input=false']);
      } catch (e: any) {
        if (e.code === 2) throw new Error(`re-plan after apply is not empty (drift):\n${planSummary(e.stdout)}`);
        throw e;
      }
    });
    await timed('live checks', async () => {
      for (const e of o.envs) await o.checks[e.target]?.liveChecks[o.stackId]?.(e);
    });
    if (o.afterApply) await timed('after apply', () => o.afterApply!(tf));
    const released = await timed('destroy', () => destroy(o.stackDir, json, tf, true, (strict) => release(o, json, strict), !o.afterApply));
    applied = false;
    const left = await timed('leftovers', async () => {
      const found: string[] = [];
      for (const e of o.envs) found.push(...((await o.checks[e.target]?.leftovers(e, o.stackId)) ?? []));
      return found;
    });
    if (left.length > 0) throw new Error(`destroy left ${left.length} object(s) behind:\n  ${left.join('\n  ')}`);
    return { stackId: o.stackId, seconds, released };
  } catch (e: any) {
    const evidence: string[] = [];
    for (const x of o.envs) evidence.push(`--- ${x.target} server-side evidence ---\n${await o.checks[x.target]?.diagnose(x).catch((d) => `diagnose failed: ${d}`)}`);
    if (applied) await destroy(o.stackDir, json, tf, false, (strict) => release(o, json, strict)).catch((d) => evidence.push(`--- cleanup destroy failed ---\n${terraformError(d)}`));
    for (const x of o.envs) await o.checks[x.target]?.unseed?.(x, o.stackId).catch((d) => evidence.push(`--- ${x.target} unseed failed ---\n${d}`));
    const done = Object.entries(seconds).filter(([k]) => k !== current).map(([k, v]) => `${k} ${v}s`).join(', ');
    throw new Error(`${o.stackId} (failed in ${current}${done ? `; passed: ${done}` : ''}): ${terraformError(e)}\n${evidence.join('\n')}`);
  }
}

/**
 * Destroys with prevent_destroy lifted by a CI-only override. On the normal path it first
 * proves that the protection holds: without the override, terraform must refuse. Then what
 * the configuration keeps on purpose is released; when that is what stopped the destroy
 * (a volume type still used by a kept boot volume), the destroy runs once more.
 *
 * When `current` (the re-plan has just refreshed every resource, found no change, and no
 * after-apply step ran since), the proof and the destroy skip another refresh
 * (`-refresh=false`): on a busy 2-core cloud each refresh costs what the re-plan did
 * (telecom 12-24 s, government 78 s). A cleanup after a failed cycle, a destroy after an
 * after-apply step (another apply, a paired stack's cycle), and a destroy that runs again
 * after a release do refresh.
 */
async function destroy(
  stackDir: string, json: any, tf: (args: string[]) => Promise<{ stdout: string }>, prove: boolean,
  release: (strict: boolean) => Promise<string[]>, current = false,
): Promise<string[]> {
  const lifted = liftPreventDestroy(json);
  const refresh = current ? ['-refresh=false'] : [];
  if (Object.keys(lifted.resource ?? {}).length > 0) {
    if (prove) {
      const outcome = await tf(['plan', '-destroy', '-input=false', ...refresh]).then(() => undefined, (e) => e);
      if (outcome === undefined) throw new Error('a plan -destroy without the override succeeded: prevent_destroy does not protect the stateful resources');
      if (!/cannot be destroyed/.test(`${outcome.stderr}`)) throw outcome;
    }
    writeOverride(stackDir, 'zz_e2e_teardown_override.tf.json', lifted);
  }
  const failed = await tf(['destroy', '-auto-approve', '-input=false', ...refresh]).then(() => undefined, (e) => e);
  // A failed destroy's own error comes first; the strict count would only obscure it.
  const released = await release(prove && failed === undefined);
  if (failed !== undefined) {
    if (released.length === 0) throw failed;
    await tf(['destroy', '-auto-approve', '-input=false']);
  }
  return released;
}

async function release(o: CycleOptions, json: any, strict: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const e of o.envs) out.push(...((await o.checks[e.target]?.releaseRetained?.(e, o.stackId, json, strict)) ?? []));
  return out;
}

/** Writes a `*_override.tf.json` unless it would be empty (an empty section is noise). */
function writeOverride(dir: string, name: string, content: { [section: string]: object | undefined }): void {
  if (Object.values(content).every((v) => v === undefined || Object.keys(v).length === 0)) return;
  writeFileSync(path.join(dir, name), JSON.stringify(content, null, 2));
}

/** Every provider block of a configured type gets the environment's connection settings. */
export function providerOverride(json: any, envs: E2eEnv[]): { provider: object } {
  const provider: Record<string, object[]> = {};
  for (const e of envs) {
    for (const [type, settings] of Object.entries(e.providers)) {
      const blocks: any[] = json.provider?.[type] ?? [];
      if (blocks.length > 0) provider[type] = blocks.map((b) => ({ ...(b.alias ? { alias: b.alias } : {}), ...settings }));
    }
  }
  return { provider };
}

/** Short timeouts on every resource whose schema has a `timeouts` block: a broken stack fails in ~90 s. */
async function timeoutOverride(tf: (args: string[]) => Promise<{ stdout: string }>, json: any, timeout: string): Promise<{ resource: object }> {
  const schemas = JSON.parse((await tf(['providers', 'schema', '-json'])).stdout).provider_schemas ?? {};
  const timeoutsOf = new Map<string, string[]>();
  for (const p of Object.values<any>(schemas)) {
    for (const [type, s] of Object.entries<any>(p.resource_schemas ?? {})) {
      const attrs = Object.keys(s.block?.block_types?.timeouts?.block?.attributes ?? {});
      if (attrs.length > 0) timeoutsOf.set(type, attrs);
    }
  }
  const resource: Record<string, Record<string, object>> = {};
  for (const [type, byName] of Object.entries<any>(json.resource ?? {})) {
    const attrs = timeoutsOf.get(type);
    if (!attrs) continue;
    resource[type] = Object.fromEntries(
      Object.keys(byName).map((name) => [name, { timeouts: Object.fromEntries(attrs.filter((a) => a !== 'default').map((a) => [a, timeout])) }]),
    );
  }
  return { resource };
}

/** An override that sets prevent_destroy = false on every resource that declares it. */
export function liftPreventDestroy(json: any): { resource?: Record<string, Record<string, object>> } {
  const resource: Record<string, Record<string, object>> = {};
  for (const [type, byName] of Object.entries<any>(json.resource ?? {})) {
    for (const [name, r] of Object.entries<any>(byName)) {
      if (r.lifecycle?.prevent_destroy === true) (resource[type] ??= {})[name] = { lifecycle: { prevent_destroy: false } };
    }
  }
  return Object.keys(resource).length ? { resource } : {};
}

function planSummary(stdout: string): string {
  return stdout.split('\n').filter((l) => /^\s*[#~+-]|Plan:/.test(l)).slice(0, 80).join('\n');
}

/** terraform's own error lines, without the boxes. */
export function terraformError(e: any): string {
  const text = `${e?.stderr ?? ''}${e?.stderr ? '' : e?.message ?? e}`;
  return text.replace(/[╷╵│]/g, '').split('\n').map((l) => l.trimEnd()).filter(Boolean).slice(0, 120).join('\n');
}

/** Removes a synthesized stack directory after a passing cycle (kept on failure for inspection). */
export function cleanup(stackDir: string): void {
  rmSync(path.dirname(path.dirname(stackDir)), { recursive: true, force: true });
}

/** Fails (never skips) when a tool the suite needs is missing. */
export function requireTool(cmd: string, hint: string): void {
  try {
    execFileSync('bash', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`the end-to-end suite needs '${cmd}' on PATH: ${hint}`);
  }
}

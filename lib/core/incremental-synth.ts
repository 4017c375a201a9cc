import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
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
  /**
   * Stacks per child process. Each batch runs this same program again (same Node
   * options and arguments), which builds and synthesizes only that batch and exits, so
   * its memory is returned to the system. The program must reach this call the same way
   * every time (no side effects before it that must not repeat).
   * @default - every stack in this process, one App after another
   */
  readonly stacksPerProcess?: number;
  /**
   * Child processes run at once, with `stacksPerProcess`. Wall time falls with the
   * cores given; memory is that of this many children at once.
   * @default 1
   */
  readonly parallelism?: number;
}

/** What {@link IncrementalSynth.synth} did. */
export interface IncrementalSynthResult {
  /** The stacks written, in order. */
  readonly stackIds: string[];
  /** The largest peak resident memory of any process that synthesized stacks, in MiB. */
  readonly peakRssMiB: number;
  /** CPU time (user and system) of this process and every child, in milliseconds. */
  readonly cpuMs: number;
}

/** Set in a child process: the stacks it builds, and where it reports. */
const BATCH_ENV = 'OSCAR_INCREMENTAL_SYNTH_BATCH';
const REPORT_ENV = 'OSCAR_INCREMENTAL_SYNTH_REPORT';
const JOBS_ENV = 'OSCAR_INCREMENTAL_SYNTH_JOBS';

interface BatchReport { readonly stacks: { [id: string]: unknown }; readonly peakRssMiB: number; readonly cpuMs: number }

function fail(message: string, fix: string): never {
  throw new Error(`IncrementalSynth: ${message}. Fix: ${fix}.`);
}

function synthInProcess(props: IncrementalSynthProps, ids: string[]): { [id: string]: unknown } {
  const written: { [id: string]: unknown } = {};
  for (const id of ids) {
    const app = new App({ outdir: props.outdir, context: props.context });
    const stack = props.factory.createStack(app, id);
    if (stack.node.id !== id || stack.node.scope !== app) {
      fail(`the factory returned ${stack.node.path} for stack "${id}"`, 'create the stack directly in the given scope, with the given ID');
    }
    Object.assign(app.manifest.stacks, written);
    app.synth();
    written[id] = app.manifest.stacks[id];
  }
  return written;
}

interface Batch { readonly ids: string[]; readonly report: string }

/**
 * Runs this program again once per batch, `parallelism` at a time. Concurrent children
 * are started by a small runner process (synth stays synchronous for the caller).
 */
function runBatches(batches: Batch[], parallelism: number): void {
  const command = [...process.execArgv, ...process.argv.slice(1)];
  const env = (b: Batch) => ({ ...process.env, [BATCH_ENV]: JSON.stringify(b.ids), [REPORT_ENV]: b.report });
  const failed = (b: Batch, status: unknown): never => fail(`the child process for stacks ${b.ids.join(', ')} exited with ${status} (its output is above)`, 'fix the error it printed');
  if (parallelism === 1) {
    for (const b of batches) {
      const r = spawnSync(process.execPath, command, { env: env(b), stdio: ['ignore', 'inherit', 'inherit'] });
      if (r.status !== 0) failed(b, r.status ?? r.signal);
    }
    return;
  }
  // The runner inherits this environment; each child adds its batch and report path.
  const runner = `
    const { spawn } = require('child_process');
    const [node, command, jobs, parallelism] = JSON.parse(process.env.${JOBS_ENV});
    let next = 0, running = 0, failed = false;
    const start = () => {
      if (failed || next >= jobs.length) { if (running === 0) process.exit(failed ? 1 : 0); return; }
      const [batch, report] = jobs[next++]; running++;
      const env = { ...process.env, ${BATCH_ENV}: batch, ${REPORT_ENV}: report };
      spawn(node, command, { env, stdio: ['ignore', 'inherit', 'inherit'] }).on('exit', (code) => { running--; failed = failed || code !== 0; start(); });
    };
    for (let k = 0; k < parallelism; k++) start();`;
  const jobs = batches.map((b) => [JSON.stringify(b.ids), b.report]);
  const r = spawnSync(process.execPath, ['-e', runner], {
    env: { ...process.env, [JOBS_ENV]: JSON.stringify([process.execPath, command, jobs, parallelism]) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    // A child reports only when it succeeds.
    const b = batches.find((x) => !existsSync(x.report));
    failed(b ?? batches[0], r.status ?? r.signal);
  }
}

const usage = () => {
  const u = process.resourceUsage();
  return { peakRssMiB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 };
};

/**
 * Synthesizes independent stacks one at a time, each in its own `App`, and writes one
 * manifest listing them all, so `cdktf plan|deploy <stack>` works as with one App.
 *
 * An App keeps every stack's construct tree until its synth ends, and cdktf's global
 * token map keeps every token (and so the constructs it references) for the life of
 * the process. In one process, memory therefore grows with the estate even when each
 * stack has its own App. With `stacksPerProcess`, each batch is synthesized by a child
 * process that then exits: peak memory is that of the largest batch, flat in the number
 * of stacks. Stacks cannot reference each other, which independent sites do not need.
 */
export class IncrementalSynth {
  /** Builds and synthesizes each stack in turn. */
  public static synth(props: IncrementalSynthProps): IncrementalSynthResult {
    const ids = props.stackIds;
    if (ids.length === 0) fail('props.stackIds is empty', 'list at least one stack ID');
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) fail(`props.stackIds lists "${dup}" twice`, 'give each stack a unique ID');
    const perProcess = props.stacksPerProcess;
    if (perProcess !== undefined && (!Number.isInteger(perProcess) || perProcess < 1)) {
      fail(`props.stacksPerProcess is ${perProcess}`, 'use a whole number of at least 1, or leave it unset to synthesize in this process');
    }

    const parallelism = props.parallelism ?? 1;
    if (!Number.isInteger(parallelism) || parallelism < 1) fail(`props.parallelism is ${parallelism}`, 'use a whole number of at least 1');
    if (parallelism > 1 && perProcess === undefined) fail('props.parallelism needs child processes', 'set stacksPerProcess too');

    const batch = process.env[BATCH_ENV];
    if (batch !== undefined) {
      // A child: build this batch, report, and exit before the rest of the program runs again.
      const mine: string[] = JSON.parse(batch);
      const unknown = mine.filter((id) => !ids.includes(id));
      if (unknown.length > 0) fail(`this program's stackIds lack ${unknown.join(', ')} when run again`, 'build the same stack list on every run');
      const report: BatchReport = { stacks: synthInProcess(props, mine), ...usage() };
      writeFileSync(process.env[REPORT_ENV]!, JSON.stringify(report));
      process.exit(0);
    }

    if (perProcess === undefined) {
      synthInProcess(props, ids);
      return { stackIds: [...ids], ...usage() };
    }

    const dir = mkdtempSync(path.join(os.tmpdir(), 'oscar-synth-'));
    const all: { [id: string]: unknown } = {};
    let peakRssMiB = 0;
    let childCpuMs = 0;
    try {
      const batches: Batch[] = [];
      for (let i = 0; i < ids.length; i += perProcess) batches.push({ ids: ids.slice(i, i + perProcess), report: path.join(dir, `batch-${i}.json`) });
      runBatches(batches, parallelism);
      for (const b of batches) {
        const out: BatchReport = JSON.parse(readFileSync(b.report, 'utf8'));
        Object.assign(all, out.stacks);
        peakRssMiB = Math.max(peakRssMiB, out.peakRssMiB);
        childCpuMs += out.cpuMs;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // One manifest for every stack, written through an empty App's manifest.
    const app = new App({ outdir: props.outdir, context: props.context });
    Object.assign(app.manifest.stacks, all);
    app.manifest.writeToFile();
    const own = usage();
    return { stackIds: [...ids], peakRssMiB: Math.max(peakRssMiB, own.peakRssMiB), cpuMs: own.cpuMs + childCpuMs };
  }
}

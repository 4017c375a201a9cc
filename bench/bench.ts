// `npm run bench`: synth of large estates, our constructs vs two peers written without the
// library: an expert's L1 for_each per tier, and the naive one-resource-per-instance loop.
// Each case runs in its own process, REPEAT times; the table shows medians, the
// spread (min-max) and the a/b ratios side by side, plus `terraform validate` time on
// each output and the package's require time. CPU ms (user + system) is the figure to
// trust on a shared machine: wall time there includes waiting for a core.
// Multi-stack sizes synthesize our form with IncrementalSynth (one stack at a time).
//   npm run bench -- [--sizes 100,1000,10000] [--repeat 3] [--no-validate] [--national] [--forms constructs,plain,expert,raw]
// A size `<total>x<stacks>` splits the instances over that many stacks (sites) of one app.
// --national adds 100000x10 and the national estate, 1000000x100 (one million instances in
// 100 site stacks), run once each, without the raw loop (it needs hours and >16 GiB there).
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync , existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inspectToolchain, requireToolchain } from '../test/terraform/toolchain';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const national = args.includes('--national');
const sizes = [...opt('sizes', '100,1000,10000').split(','), ...(national ? ['100000x10', '1000000x100'] : [])].map((spec) => {
  const [total, stacks = '1'] = spec.split('x');
  const c = { spec, instances: Number(total), stacks: Number(stacks) };
  if (!Number.isInteger(c.instances) || !Number.isInteger(c.stacks) || c.instances % c.stacks !== 0) {
    console.error(`bench: size "${spec}" must be <instances> or <instances>x<stacks> with stacks dividing instances`);
    process.exit(2);
  }
  return c;
});
const repeat = Number(opt('repeat', '3'));
const validate = !args.includes('--no-validate');
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error("bench: no compiled package in dist/; run 'npx projen compile' first (npm run bench does)");
  process.exit(1);
}

interface Sample { synthMs: number; cpuMs: number; peakRssMiB: number; jsonBytes: number }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[]) => `${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}`;

function runCase(form: string, instances: number, stacks: number, outdir: string): Sample {
  const r = spawnSync(tsx, ['--tsconfig', 'test/tsconfig.json', 'bench/run-case.ts', form, String(instances), outdir, String(stacks)], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=16384' },
  });
  if (r.status !== 0) throw new Error(`${form} ${instances} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function validateMs(outdir: string): number {
  const tc = requireToolchain(inspectToolchain());
  const dir = path.join(outdir, 'stacks', 'estate');
  execFileSync(tc.terraform, ['init', '-input=false', '-no-color'], { cwd: dir, env: tc.env, stdio: 'ignore' });
  const start = Date.now();
  execFileSync(tc.terraform, ['validate', '-no-color'], { cwd: dir, env: tc.env, stdio: 'ignore', maxBuffer: 64 * 1024 * 1024 });
  return Date.now() - start;
}

function requireMs(): number {
  const out = execFileSync('node', ['-e', "const t=process.hrtime.bigint(); require('./dist'); console.log(Number(process.hrtime.bigint()-t)/1e6)"], { cwd: root, encoding: 'utf8' });
  return Number(out.trim());
}

const rows: string[] = [];
const fmt = (n: number, digits = 0) => (Number.isNaN(n) ? '-' : n.toFixed(digits));
const ALL_FORMS = opt('forms', 'constructs,plain,expert,raw').split(',');
const OURS = ['constructs', 'plain'].filter((f) => ALL_FORMS.includes(f));
console.log(`oscar-blueprints synth benchmark: ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, repeat ${repeat}`);
console.log('forms: constructs = our InstanceGroups; plain = the same with resourceForm: ResourceForm.PLAIN (same JSON); expert = hand-written L1 for_each per tier (no library); raw = one L1 resource per instance');
for (const { spec, instances: n, stacks } of sizes) {
  // The raw loop above 10,000 instances takes hours; the large cases compare with the expert.
  const FORMS = n > 10000 ? ALL_FORMS.filter((f) => f !== 'raw') : ALL_FORMS;
  const runs = n > 10000 ? 1 : repeat;
  const samples: Record<string, Sample[]> = Object.fromEntries(FORMS.map((f) => [f, []]));
  const validated: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    for (const form of FORMS) {
      const outdir = mkdtempSync(path.join(os.tmpdir(), `bench-${form}-${spec}-`));
      samples[form].push(runCase(form, n, stacks, outdir));
      if (validate && r === 0) validated[form] = validateMs(outdir);
      rmSync(outdir, { recursive: true, force: true });
    }
  }
  const m = (form: string, key: keyof Sample) => (samples[form] ? median(samples[form].map((x) => x[key])) : NaN);
  const s = (form: string, key: keyof Sample) => (samples[form] ? spread(samples[form].map((x) => x[key])) : '-');
  // Ratios > 1 mean we (each of our forms) are faster (or lighter) than the peer.
  const ratios = (peer: string, key: keyof Sample) => OURS.map((ours) => (samples[peer] && samples[ours] ? fmt(m(peer, key) / m(ours, key), 2) + 'x' : '-'));
  rows.push([
    stacks > 1 ? `${n} in ${stacks} stacks` : n,
    ...ALL_FORMS.map((f) => (samples[f] ? `${fmt(m(f, 'synthMs'))} (${s(f, 'synthMs')})` : '-')),
    ...ALL_FORMS.map((f) => fmt(m(f, 'cpuMs'))), ...ratios('expert', 'cpuMs'), ...ratios('raw', 'cpuMs'),
    ...ALL_FORMS.map((f) => fmt(m(f, 'peakRssMiB'))), ...ratios('expert', 'peakRssMiB'),
    ...ALL_FORMS.map((f) => fmt(m(f, 'jsonBytes') / 1024)),
    ...ALL_FORMS.map((f) => (validate && validated[f] !== undefined ? `${validated[f]}` : '-')),
  ].join(' | '));
  console.error(`done: ${spec} instances`);
}
console.log('');
const heads = (what: string) => ALL_FORMS.map((f) => `${what} ${f}`);
const vs = (what: string, peer: string) => OURS.map((ours) => `${what} ${peer}/${ours}`);
const header = ['instances', ...heads('wall ms (min-max)'), ...heads('CPU ms'), ...vs('CPU', 'expert'), ...vs('CPU', 'raw'),
  ...heads('peak RSS MiB'), ...vs('RSS', 'expert'), ...heads('JSON KiB'), ...heads('validate ms')];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row} |`);
console.log('');
console.log(`require('oscar-blueprints') (compiled): ${fmt(requireMs())} ms`);

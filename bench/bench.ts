// `npm run bench`: synth of large estates, our constructs vs two peers written without the
// library: an expert's L1 for_each per tier, and the naive one-resource-per-instance loop.
// Each case runs in its own process, REPEAT times; the table shows medians, the
// spread (min-max) and the a/b ratios side by side, plus `terraform validate` time on
// each output and the package's require time.
//   npm run bench -- [--sizes 100,1000,10000] [--repeat 3] [--no-validate]
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
const sizes = opt('sizes', '100,1000,10000').split(',').map(Number);
const repeat = Number(opt('repeat', '3'));
const validate = !args.includes('--no-validate');
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error("bench: no compiled package in dist/; run 'npx projen compile' first (npm run bench does)");
  process.exit(1);
}

interface Sample { synthMs: number; peakRssMiB: number; jsonBytes: number }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[]) => `${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}`;

function runCase(form: string, instances: number, outdir: string): Sample {
  const r = spawnSync(tsx, ['--tsconfig', 'test/tsconfig.json', 'bench/run-case.ts', form, String(instances), outdir], {
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
const fmt = (n: number, digits = 0) => n.toFixed(digits);
const FORMS = ['constructs', 'expert', 'raw'];
console.log(`oscar-blueprints synth benchmark: ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, repeat ${repeat}`);
console.log('forms: constructs = our InstanceGroups; expert = hand-written L1 for_each per tier (no library); raw = one L1 resource per instance');
for (const n of sizes) {
  const samples: Record<string, Sample[]> = Object.fromEntries(FORMS.map((f) => [f, []]));
  const validated: Record<string, number> = {};
  for (let r = 0; r < repeat; r++) {
    for (const form of FORMS) {
      const outdir = mkdtempSync(path.join(os.tmpdir(), `bench-${form}-${n}-`));
      samples[form].push(runCase(form, n, outdir));
      if (validate && r === 0) validated[form] = validateMs(outdir);
      rmSync(outdir, { recursive: true, force: true });
    }
  }
  const m = (form: string, key: keyof Sample) => median(samples[form].map((x) => x[key]));
  const s = (form: string, key: keyof Sample) => spread(samples[form].map((x) => x[key]));
  // Ratios > 1 mean we are faster (or lighter) than the peer.
  const ratio = (peer: string, key: keyof Sample) => fmt(m(peer, key) / m('constructs', key), 2) + 'x';
  rows.push([
    n,
    ...FORMS.map((f) => `${fmt(m(f, 'synthMs'))} (${s(f, 'synthMs')})`), ratio('expert', 'synthMs'), ratio('raw', 'synthMs'),
    ...FORMS.map((f) => fmt(m(f, 'peakRssMiB'))), ratio('expert', 'peakRssMiB'),
    ...FORMS.map((f) => fmt(m(f, 'jsonBytes') / 1024)),
    ...FORMS.map((f) => (validate ? `${validated[f]}` : '-')),
  ].join(' | '));
  console.error(`done: ${n} instances`);
}
console.log('');
console.log('| instances | synth ms, ours (min-max) | expert | raw | vs expert | vs raw | peak RSS MiB, ours | expert | raw | RSS vs expert | JSON KiB, ours | expert | raw | validate ms, ours | expert | raw |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);
console.log('');
console.log(`require('oscar-blueprints') (compiled): ${fmt(requireMs())} ms`);

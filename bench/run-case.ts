// One benchmark case in its own process: build + synth one estate, print JSON metrics.
//   tsx bench/run-case.ts <constructs|plain|expert|raw> <instances> <outdir> [stacks]
// With stacks > 1 the instances are split evenly over that many stacks (sites) of one app,
// the national-estate shape; the first stack is `estate`, the others `estate-002`...
import { readdirSync, statSync } from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { constructsEstate, expertEstate, plainEstate, rawEstate } from './estate';

const [form, n, outdir, s] = process.argv.slice(2);
const instances = Number(n);
const stacks = Number(s ?? '1');
const FORMS: { [form: string]: typeof constructsEstate } = { constructs: constructsEstate, plain: plainEstate, expert: expertEstate, raw: rawEstate };
const build = FORMS[form];
if (!build || !Number.isInteger(instances) || !outdir || !Number.isInteger(stacks) || stacks < 1 || instances % stacks !== 0) {
  console.error('usage: run-case.ts <constructs|plain|expert|raw> <instances> <outdir> [stacks, dividing instances]');
  process.exit(2);
}
const ids = Array.from({ length: stacks }, (_, i) => (i === 0 ? 'estate' : `estate-${String(i + 1).padStart(3, '0')}`));
let children: { peakRssMiB: number; cpuMs: number } | undefined;
const start = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
if ((form === 'constructs' || form === 'plain') && stacks > 1) {
  // Our form of a multi-site estate: one stack at a time (flat memory in the number of stacks).
  const { IncrementalSynth } = require(path.resolve(__dirname, '..', 'dist', 'index')) as typeof import('../lib');
  // Ten stacks per child process: a child's memory goes back to the system when it exits.
  // Two children at once (the benchmark machine has 2 cores; OSCAR_BENCH_PARALLELISM overrides).
  const parallelism = Number(process.env.OSCAR_BENCH_PARALLELISM ?? '2');
  const r = IncrementalSynth.synth({ outdir, stackIds: ids, stacksPerProcess: 10, parallelism, factory: { createStack: (scope, id) => build(scope as App, instances / stacks, id) } });
  children = { peakRssMiB: r.peakRssMiB, cpuMs: r.cpuMs };
} else {
  const app = new App({ outdir });
  for (const id of ids) build(app, instances / stacks, id);
  app.synth();
}
const synthMs = Number(process.hrtime.bigint() - start) / 1e6;
const cpu = process.cpuUsage(cpu0);
const cpuMs = children?.cpuMs ?? (cpu.user + cpu.system) / 1000;
const dir = path.join(outdir, 'stacks');
const jsonBytes = readdirSync(dir).reduce((sum, id) => sum + statSync(path.join(dir, id, 'cdk.tf.json')).size, 0);
console.log(JSON.stringify({ form, instances, stacks, synthMs, cpuMs, peakRssMiB: children?.peakRssMiB ?? process.resourceUsage().maxRSS / 1024, jsonBytes }));

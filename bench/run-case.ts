// One benchmark case in its own process: build + synth one estate, print JSON metrics.
//   tsx bench/run-case.ts <constructs|expert|raw> <instances> <outdir>
import { statSync } from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { constructsEstate, expertEstate, rawEstate } from './estate';

const [form, n, outdir] = process.argv.slice(2);
const instances = Number(n);
const FORMS: { [form: string]: typeof constructsEstate } = { constructs: constructsEstate, expert: expertEstate, raw: rawEstate };
const build = FORMS[form];
if (!build || !Number.isInteger(instances) || !outdir) {
  console.error('usage: run-case.ts <constructs|expert|raw> <instances> <outdir>');
  process.exit(2);
}
const start = process.hrtime.bigint();
const app = new App({ outdir });
build(app, instances);
app.synth();
const synthMs = Number(process.hrtime.bigint() - start) / 1e6;
const json = path.join(outdir, 'stacks', 'estate', 'cdk.tf.json');
console.log(JSON.stringify({ form, instances, synthMs, peakRssMiB: process.resourceUsage().maxRSS / 1024, jsonBytes: statSync(json).size }));

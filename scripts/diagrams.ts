// The example diagrams committed under examples/diagrams/ (embedded by the READMEs), kept in
// step with the synth: `npm run diagrams` copies cdktf.out/diagrams/<example>.svg there;
// `npm run diagrams:check` fails when a committed diagram differs from the last synth's.
//   npx tsx scripts/diagrams.ts [--check] [outdir]   (default: cdktf.out; run `npx cdktf synth` first)
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLES } from '../examples';

const check = process.argv.includes('--check');
const outdir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'cdktf.out';
const target = path.join(__dirname, '..', 'examples', 'diagrams');
let stale = 0;
fs.mkdirSync(target, { recursive: true });
for (const { id } of EXAMPLES) {
  const fresh = path.join(outdir, 'diagrams', `${id}.svg`);
  if (!fs.existsSync(fresh)) {
    console.error(`diagrams: ${fresh} is missing: run \`npx cdktf synth\` first`);
    process.exit(1);
  }
  const committed = path.join(target, `${id}.svg`);
  const same = fs.existsSync(committed) && fs.readFileSync(committed, 'utf8') === fs.readFileSync(fresh, 'utf8');
  if (same) continue;
  if (check) {
    console.error(`diagrams: ${committed} is stale (differs from ${fresh})`);
    stale++;
  } else {
    fs.copyFileSync(fresh, committed);
    console.log(`diagrams: updated ${committed}`);
  }
}
const extra = fs.readdirSync(target).filter((f) => f.endsWith('.svg') && !EXAMPLES.some((e) => `${e.id}.svg` === f));
for (const f of extra) {
  if (check) { console.error(`diagrams: ${path.join(target, f)} belongs to no example`); stale++; } else fs.rmSync(path.join(target, f));
}
if (stale) {
  console.error(`diagrams: ${stale} stale; run \`npx cdktf synth && npm run diagrams\` and commit examples/diagrams/`);
  process.exit(1);
}
console.log(`diagrams: ${EXAMPLES.length} example diagrams ${check ? 'current' : 'written'} in examples/diagrams/`);

// Prints the compliance summary of the last synth from cdktf.out/.
//   npx tsx scripts/compliance-summary.ts [outdir]   (default: cdktf.out)
// Exit code: 0 when every evaluated stack passes, 1 when a stack fails or no report exists.
import * as fs from 'fs';
import * as path from 'path';
import type { ComplianceStackReport } from '../lib/compliance';

const outdir = process.argv[2] ?? 'cdktf.out';
const reportsDir = path.join(outdir, 'compliance');
const manifestFile = path.join(outdir, 'manifest.json');

if (!fs.existsSync(manifestFile)) {
  console.error(`no ${manifestFile}: run \`npx cdktf synth\` first`);
  process.exit(1);
}
// Only the stacks of the last synth: reports of removed stacks may linger in the folder.
const stacks = Object.keys(JSON.parse(fs.readFileSync(manifestFile, 'utf8')).stacks ?? {});
const reports: ComplianceStackReport[] = stacks
  .map((s) => path.join(reportsDir, `${s}.json`))
  .filter((f) => fs.existsSync(f))
  .map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));

if (reports.length === 0) {
  console.error(`no compliance reports in ${reportsDir}: enable packs with Compliance.of(stack).enable(...)`);
  process.exit(1);
}

const rows = reports.map((r) => {
  const suppressed = r.findings.filter((f) => f.suppressed).length;
  const unused = r.suppressions.filter((s) => s.matched === 0).length;
  return [r.stack, r.failures.length ? 'FAIL' : 'PASS', r.packs.join(','), String(r.errors), String(r.warnings), String(suppressed), String(unused), String(r.notes.length)];
});
const head = ['stack', 'result', 'packs', 'errors', 'warnings', 'suppressed', 'unused supp.', 'not judged'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
rows.forEach((r) => console.log(line(r)));
const unchecked = stacks.filter((s) => !reports.some((r) => r.stack === s));
if (unchecked.length) console.log(`\nno packs enabled: ${unchecked.join(', ')}`);

for (const r of reports) {
  const open = r.findings.filter((f) => !f.suppressed);
  if (open.length === 0) continue;
  console.log(`\n${r.stack}:`);
  for (const f of open) console.log(`  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(8)} ${f.constructPath}: ${f.message}`);
}
console.log(`\nreports: ${reportsDir}/<stack>.{json,sarif,md}`);
process.exit(reports.some((r) => r.failures.length > 0) ? 1 : 0);

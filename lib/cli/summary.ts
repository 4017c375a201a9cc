// The compliance summary of the last synth (cdktf.out/compliance/<stack>.json), for CI gates.
import * as fs from 'fs';
import * as path from 'path';
import { ComplianceStackReport } from '../compliance/report';
import { ReviewInputError, stackNames } from '../review/stacks';

export type FailOn = 'error' | 'warning' | 'never';

/** Prints the summary table and open findings. Returns the exit code for `failOn`. */
export function complianceSummary(outdir: string, failOn: FailOn, print: (l: string) => void): number {
  const reportsDir = path.join(outdir, 'compliance');
  const stacks = stackNames(outdir);
  // Only the stacks of the last synth: reports of removed stacks may linger in the folder.
  const reports: ComplianceStackReport[] = stacks
    .map((s) => path.join(reportsDir, `${s}.json`))
    .filter((f) => fs.existsSync(f))
    .map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  if (reports.length === 0) {
    throw new ReviewInputError(`no compliance reports in ${reportsDir}: enable packs with Compliance.of(stack).enable(...) and synthesize again`);
  }
  const rows = reports.map((r) => {
    const suppressed = r.findings.filter((f) => f.suppressed).length;
    const unused = r.suppressions.filter((s) => s.matched === 0).length;
    return [r.stack, r.failures.length ? 'FAIL' : 'PASS', r.packs.join(','), String(r.errors), String(r.warnings), String(suppressed), String(unused), String(r.notes.length)];
  });
  const head = ['stack', 'result', 'packs', 'errors', 'warnings', 'suppressed', 'unused supp.', 'not judged'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  print(line(head));
  print(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => print(line(r)));
  const unchecked = stacks.filter((s) => !reports.some((r) => r.stack === s));
  if (unchecked.length) print(`\nno packs enabled: ${unchecked.join(', ')}`);
  for (const r of reports) {
    const open = r.findings.filter((f) => !f.suppressed);
    if (open.length === 0) continue;
    print(`\n${r.stack}:`);
    for (const f of open) print(`  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(8)} ${f.constructPath}: ${f.message}`);
  }
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  print(`\n${errors} open errors, ${warnings} open warnings in ${reports.length} stacks (fail on: ${failOn}); reports: ${reportsDir}/<stack>.{json,sarif,md}`);
  if (failOn === 'never') return 0;
  if (errors > 0 || reports.some((r) => r.failures.length > 0)) return 1;
  return failOn === 'warning' && warnings > 0 ? 1 : 0;
}

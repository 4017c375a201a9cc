import { ComplianceStackReport } from '../report';

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_none_', ''];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
}

/** The Markdown summary of one stack: verdict, open findings, suppressions, per-rule counts. */
export function toMarkdown(report: ComplianceStackReport): string {
  const open = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.filter((f) => f.suppressed);
  const unused = report.suppressions.filter((s) => s.matched === 0);
  const verdict = report.verdict === 'PASS'
    ? (report.warnings ? `PASS (${report.warnings} open warning(s))` : 'PASS')
    : `FAIL (${report.errors} open error(s); ${report.failures.length ? `${report.failures.length} finding(s) fail synth` : 'synth is not blocked: the pack has failOnError: false'})`;
  return [
    `# Compliance: ${report.stack}`,
    '',
    `- Packs: ${report.packs.join(', ') || 'none'}`,
    `- Result: **${verdict}**`,
    `- Open findings: ${report.errors} error(s), ${report.warnings} warning(s); suppressed: ${suppressed.length}; unused suppressions: ${unused.length}; not judged at synth: ${report.notes.length}`,
    '',
    '## Open findings',
    '',
    ...table(['Rule', 'Severity', 'Construct', 'Address', 'Message'], open.map((f) => [f.ruleId, f.severity, f.constructPath, f.address, f.message])),
    '## Not judged at synth',
    '',
    ...table(['Rule', 'Construct', 'Address', 'Why'], report.notes.map((f) => [f.ruleId, f.constructPath, f.address, f.message])),
    '## Rules that judged nothing',
    '',
    ...table(['Coverage'], report.unjudged.map((u) => [u])),
    '## Suppressed findings',
    '',
    ...table(['Rule', 'Construct', 'Reason'], suppressed.map((f) => [f.ruleId, f.constructPath, f.suppressionReason ?? ''])),
    '## Unused suppressions',
    '',
    ...table(['Construct', 'Rule', 'Reason'], unused.map((s) => [s.constructPath, s.ruleId ?? '*', s.reason])),
    '## Rules',
    '',
    ...table(
      ['Rule', 'Title', 'Severity', 'Compliant', 'Non-compliant', 'Suppressed', 'N/A'],
      report.rules.map((r) => [r.ruleId, r.title, r.severity, String(r.compliant), String(r.nonCompliant), String(r.suppressed), String(r.notApplicable)]),
    ),
  ].join('\n');
}

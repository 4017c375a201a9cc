import { ComplianceSeverity } from '../model';
import { ComplianceFinding, ComplianceStackReport } from '../report';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const TOOL_NAME = 'oscar-blueprints-compliance';

function level(severity: ComplianceSeverity): string {
  return severity === ComplianceSeverity.ERROR ? 'error' : 'warning';
}

function location(report: ComplianceStackReport, f: ComplianceFinding) {
  const segments = f.constructPath.split('/');
  const logicalLocations = [{ fullyQualifiedName: f.constructPath, name: segments[segments.length - 1], kind: 'resource' }];
  // Stack-wide rules report the stack as both path and address: SARIF requires the
  // logicalLocations items to be unique, so the address is listed only when it differs.
  if (f.address !== f.constructPath) logicalLocations.push({ fullyQualifiedName: f.address, name: f.address, kind: 'resource' });
  return {
    physicalLocation: { artifactLocation: { uri: `stacks/${report.stack}/cdk.tf.json`, uriBaseId: 'CDKTF_OUT' } },
    logicalLocations,
  };
}

/**
 * The SARIF 2.1.0 log of one stack: one run, every evaluated rule declared in
 * tool.driver.rules, a result per violation (suppressed ones carry a SARIF suppression
 * with the reason) and `review` results for values that could not be judged at synth.
 */
export function toSarif(report: ComplianceStackReport): string {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.ruleId, i]));
  const rules = report.rules.map((r) => ({
    id: r.ruleId,
    name: r.ruleName.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.explanation },
    help: { text: `${r.explanation} Fix: ${r.fix}`, markdown: `**${r.title}**\n\n${r.explanation}\n\n**Fix:** ${r.fix}${r.control ? `\n\n**Control:** ${r.control}` : ''}` },
    defaultConfiguration: { level: level(r.severity) },
    properties: { pack: r.pack, ruleName: r.ruleName, tags: [r.pack], ...(r.control ? { control: r.control } : {}) },
  }));
  const results = [
    ...report.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      kind: 'fail',
      level: level(f.severity),
      message: { text: `${f.message} (${f.address})` },
      locations: [location(report, f)],
      partialFingerprints: { constructPath: `${f.ruleId}:${f.constructPath}:${f.address}` },
      ...(f.suppressed ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.suppressionReason }] } : {}),
    })),
    ...report.notes.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      kind: 'review',
      level: 'none',
      message: { text: `${f.message} (${f.address})` },
      locations: [location(report, f)],
    })),
  ];
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, informationUri: 'https://github.com/oscar-blueprints/oscar-blueprints/blob/main/RULES.md', rules } },
        automationDetails: { id: `${TOOL_NAME}/${report.stack}/` },
        results,
        properties: {
          stack: report.stack,
          packs: report.packs,
          unusedSuppressions: report.suppressions.filter((s) => s.matched === 0).map((s) => ({ constructPath: s.constructPath, ruleId: s.ruleId ?? '*', reason: s.reason })),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

import { ComplianceStackReport } from '../report';

/** Format version of the JSON report. Bumped on incompatible changes. */
export const JSON_REPORT_VERSION = 1;

/** The JSON report: the stack report as is, with a format version. */
export function toJson(report: ComplianceStackReport): string {
  return `${JSON.stringify({ formatVersion: JSON_REPORT_VERSION, generator: 'oscar-blueprints compliance', ...report }, null, 2)}\n`;
}

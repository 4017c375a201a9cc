// Public (jsii) API of the compliance engine. Rules, the engine and reporters are internal:
// rules are plain functions (see rules/), which jsii cannot expose.
export * from './compliance';
export { ComplianceSeverity, ComplianceStatus } from './model';
export { MlpsLevel } from './packs/mlps-level3';
export { CompliancePack } from './packs/pack';
export type { CompliancePackOptions } from './packs/pack';
export type { ComplianceFinding, ComplianceRuleSummary, ComplianceStackReport, ComplianceSuppressionRecord } from './report';
export { ComplianceSuppressions } from './suppressions';
export type { ComplianceSuppression } from './suppressions';

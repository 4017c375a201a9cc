// The evaluation core: pure over the synthesized JSON of one stack, so it is testable
// without synthesis and reusable on a cdk.tf.json read from disk.
import { ComplianceSeverity, ComplianceStatus, PackRule, RuleResult, SynthResource, StackView, notApplicable } from '../model';
import { CompliancePack } from '../packs/pack';
import { ComplianceFinding, ComplianceRuleSummary, ComplianceStackReport, ComplianceSuppressionRecord } from '../report';
import { SuppressionEntry, pathCovers } from '../suppressions';
import { buildStackView } from './stack-view';

/** A pack enabled on a scope (construct path, '' for the app). */
export interface EnabledPack {
  readonly scopePath: string;
  readonly pack: CompliancePack;
}

export interface EvaluationInput {
  readonly stackName: string;
  readonly stackPath: string;
  readonly json: { readonly [key: string]: unknown };
  readonly enabled: readonly EnabledPack[];
  readonly suppressions: readonly SuppressionEntry[];
}

const STACK_RULE = '(stack)';

function runRule(rule: PackRule, resource: SynthResource, view: StackView, pack: CompliancePack): RuleResult {
  try {
    const result = rule.rule.check(resource, { stack: view, params: pack._params });
    if (result.status === ComplianceStatus.NON_COMPLIANT && !result.message) return { ...result, message: rule.rule.title };
    return result;
  } catch (e) {
    return notApplicable(`rule failed: ${(e as Error).message ?? String(e)}`);
  }
}

function isNote(result: RuleResult): boolean {
  return result.status === ComplianceStatus.NOT_APPLICABLE && !!result.message && /unresolved|rule failed/.test(result.message);
}

/** Evaluates every enabled pack on one stack and returns its report. */
export function evaluateStack(input: EvaluationInput): ComplianceStackReport {
  const view = buildStackView(input.stackName, input.stackPath, input.json);
  const stackResource: SynthResource = { type: STACK_RULE, name: input.stackName, mode: 'stack', address: input.stackName, attributes: {}, path: input.stackPath };
  const matched = new Map<SuppressionEntry, number>(input.suppressions.map((s) => [s, 0]));
  const findings: ComplianceFinding[] = [];
  const notes: ComplianceFinding[] = [];
  const rules: ComplianceRuleSummary[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();

  for (const { scopePath, pack } of input.enabled) {
    const key = `${pack.name}@${scopePath}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const packRule of pack._rules) {
      const { rule } = packRule;
      const targets = rule.resourceTypes?.includes(STACK_RULE)
        ? (pathCovers(scopePath, input.stackPath, true) ? [stackResource] : [])
        : (rule.resourceTypes ? rule.resourceTypes.flatMap((t) => view.ofType(t)) : view.resources.filter((r) => r.mode !== 'stack')).filter((r) => pathCovers(scopePath, r.path, true));
      const counts = { compliant: 0, nonCompliant: 0, notApplicable: 0, suppressed: 0 };
      for (const resource of targets) {
        const result = runRule(packRule, resource, view, pack);
        const finding = (suppression?: SuppressionEntry): ComplianceFinding => ({
          ruleId: packRule.id,
          ruleName: rule.name,
          pack: pack.name,
          severity: packRule.severity,
          status: result.status,
          constructPath: resource.path,
          address: resource.address,
          resourceType: resource.type,
          message: result.message ?? '',
          suppressed: suppression !== undefined,
          suppressionReason: suppression?.reason,
        });
        if (result.status === ComplianceStatus.COMPLIANT) counts.compliant++;
        else if (result.status === ComplianceStatus.NOT_APPLICABLE) {
          counts.notApplicable++;
          if (isNote(result)) notes.push(finding());
        } else {
          counts.nonCompliant++;
          const suppression = input.suppressions.find(
            (s) => pathCovers(s.constructPath, resource.path, s.applyToChildren) && (s.ruleId === undefined || s.ruleId === packRule.id || s.ruleId === rule.name),
          );
          findings.push(finding(suppression));
          if (suppression) {
            counts.suppressed++;
            matched.set(suppression, (matched.get(suppression) ?? 0) + 1);
          } else if (packRule.severity === ComplianceSeverity.ERROR ? pack.failOnError : pack.failOnWarning) {
            failures.push(`[${resource.path}] ${packRule.id} ${rule.title}: ${result.message ?? ''} (${resource.address}). Fix: ${rule.fix} Or suppress with ComplianceSuppressions.add(construct, { ruleId: '${packRule.id}', reason: '...' }).`);
          }
        }
      }
      rules.push({
        ruleId: packRule.id,
        ruleName: rule.name,
        pack: pack.name,
        title: rule.title,
        severity: packRule.severity,
        explanation: packRule.explanation ?? rule.explanation,
        fix: rule.fix,
        control: packRule.control,
        ...counts,
      });
    }
  }

  const open = findings.filter((f) => !f.suppressed);
  const errors = open.filter((f) => f.severity === ComplianceSeverity.ERROR).length;
  const stackTargets = [...new Set(view.resources.filter((r) => r.mode === 'resource').map((r) => r.type.split('_')[0]))].sort();
  const unjudged = rules
    .filter((r) => r.compliant + r.nonCompliant + r.notApplicable === 0)
    .map((r) => {
      const types = input.enabled.flatMap((e) => e.pack._rules).find((p) => p.id === r.ruleId)?.rule.resourceTypes ?? [];
      const uncovered = stackTargets.filter((t) => !types.some((ty) => ty.startsWith(`${t}_`)));
      return `${r.ruleId} (${r.title}) judged no resource: it reads ${types.join(', ') || 'every resource'}, and this stack has none`
        + (uncovered.length ? `; its ${uncovered.join(', ')} resources are not judged by it` : '');
    });
  const suppressions: ComplianceSuppressionRecord[] = input.suppressions.map((s) => ({
    constructPath: s.constructPath,
    ruleId: s.ruleId,
    reason: s.reason,
    applyToChildren: s.applyToChildren,
    matched: matched.get(s) ?? 0,
  }));
  return {
    stack: input.stackName,
    packs: [...new Set(input.enabled.map((e) => e.pack.name))],
    findings,
    notes,
    rules,
    suppressions,
    errors,
    warnings: open.filter((f) => f.severity === ComplianceSeverity.WARNING).length,
    failures,
    verdict: errors > 0 ? 'FAIL' : 'PASS',
    unjudged,
  };
}

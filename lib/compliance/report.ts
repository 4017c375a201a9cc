import { ComplianceSeverity, ComplianceStatus } from './model';

/** One evaluated rule on one resource that is reported (violations and notes). */
export interface ComplianceFinding {
  /** Rule id, `<PACK>-<N>`. */
  readonly ruleId: string;
  /** Pack-independent rule name. */
  readonly ruleName: string;
  /** Pack name. */
  readonly pack: string;
  /** Severity the pack assigns to the rule. */
  readonly severity: ComplianceSeverity;
  /** NON_COMPLIANT for violations. NOT_APPLICABLE for notes. */
  readonly status: ComplianceStatus;
  /** Construct path of the resource (from cdktf's `//` metadata). */
  readonly constructPath: string;
  /** Terraform address (`type.name`), or the stack name for stack-level rules. */
  readonly address: string;
  /** Terraform type of the resource. */
  readonly resourceType: string;
  /** What is wrong (or why the rule could not judge). */
  readonly message: string;
  /** Whether a suppression covers this finding. */
  readonly suppressed: boolean;
  /**
   * The reason of the suppression.
   * @default - not suppressed
   */
  readonly suppressionReason?: string;
}

/** A rule's metadata and counts in one stack. */
export interface ComplianceRuleSummary {
  /** Rule id, `<PACK>-<N>`. */
  readonly ruleId: string;
  /** Pack-independent rule name. */
  readonly ruleName: string;
  /** Pack name. */
  readonly pack: string;
  /** One-line title. */
  readonly title: string;
  /** Severity the pack assigns to the rule. */
  readonly severity: ComplianceSeverity;
  /** Why the rule exists. */
  readonly explanation: string;
  /** How to fix a violation. */
  readonly fix: string;
  /**
   * The control the rule supports (MLPS clause).
   * @default - none
   */
  readonly control?: string;
  /** Resources that meet the rule. */
  readonly compliant: number;
  /** Resources that break the rule (suppressed ones included). */
  readonly nonCompliant: number;
  /** Resources the rule does not apply to or cannot judge at synth. */
  readonly notApplicable: number;
  /** Violations covered by a suppression. */
  readonly suppressed: number;
}

/** A suppression as recorded in a report. */
export interface ComplianceSuppressionRecord {
  /** Path of the construct the suppression is attached to. */
  readonly constructPath: string;
  /**
   * The suppressed rule id or name.
   * @default - every rule
   */
  readonly ruleId?: string;
  /** Why the findings are accepted. */
  readonly reason: string;
  /** Whether it covers the construct's subtree. */
  readonly applyToChildren: boolean;
  /** How many violations it suppressed. 0 means unused. */
  readonly matched: number;
}

/** The compliance result of one stack. */
export interface ComplianceStackReport {
  /** Stack name (its id, the folder under cdktf.out/stacks). */
  readonly stack: string;
  /** Names of the evaluated packs. */
  readonly packs: string[];
  /** Violations (suppressed ones included, marked). */
  readonly findings: ComplianceFinding[];
  /** Rules that could not judge a resource (unresolved values, rule errors). */
  readonly notes: ComplianceFinding[];
  /** Every evaluated rule with its counts. */
  readonly rules: ComplianceRuleSummary[];
  /** Every suppression in scope, with how many findings it matched. */
  readonly suppressions: ComplianceSuppressionRecord[];
  /** Unsuppressed ERROR findings. */
  readonly errors: number;
  /** Unsuppressed WARNING findings. */
  readonly warnings: number;
  /** Messages of the findings that fail synth (empty: synth passes). */
  readonly failures: string[];
  /**
   * FAIL while any unsuppressed ERROR finding is open, whether or not it fails synth
   * (a pack with failOnError: false still reports FAIL). Otherwise PASS.
   */
  readonly verdict: string;
  /**
   * Rules that judged no resource in this stack, each with the resource types it reads and
   * the targets of this stack it does not cover: empty coverage is not a clean result.
   */
  readonly unjudged: string[];
}

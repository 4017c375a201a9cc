// Internal model of the compliance engine. Rules are pure functions over one synthesized
// resource (see rules/), so the types here are plain TypeScript and deliberately not part
// of the jsii API (they use function types and unions); lib/compliance/index.ts exports
// only the jsii-safe surface.

/** The outcome of one rule on one resource. */
export enum ComplianceStatus {
  /** The resource meets the rule. */
  COMPLIANT = 'COMPLIANT',
  /** The resource breaks the rule. */
  NON_COMPLIANT = 'NON_COMPLIANT',
  /** The rule does not apply, or cannot be judged at synth (an unresolved reference). */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** How a pack treats a rule's non-compliant findings. */
export enum ComplianceSeverity {
  /** Fails synth (unless the pack is configured with `failOnError: false`). */
  ERROR = 'ERROR',
  /** Reported. Does not fail synth (unless the pack sets `failOnWarning: true`). */
  WARNING = 'WARNING',
}

/** What a rule returns. */
export interface RuleResult {
  readonly status: ComplianceStatus;
  /** Why: names the attribute and value. Required for NON_COMPLIANT, optional otherwise. */
  readonly message?: string;
}

/** One synthesized block of the stack JSON (a resource, data source or provider). */
export interface SynthResource {
  /** Terraform type, e.g. `openstack_networking_secgroup_rule_v2`; `(stack)` for stack-level rules. */
  readonly type: string;
  /** The block's key in the JSON (the resource name). */
  readonly name: string;
  readonly mode: 'resource' | 'data' | 'provider' | 'stack';
  /** Terraform address: `type.name`, `data.type.name`, `provider.type[i]` or the stack name. */
  readonly address: string;
  /** Resolved attributes as in cdk.tf.json, without the `//` metadata. */
  readonly attributes: { readonly [key: string]: unknown };
  /** Construct path from the `//` metadata (the stack path when unknown). */
  readonly path: string;
}

/** Read access to the whole synthesized stack, for cross-resource rules. */
export interface StackView {
  readonly name: string;
  readonly json: { readonly [key: string]: unknown };
  readonly resources: readonly SynthResource[];
  /** Managed resources (not data sources) of a type. */
  ofType(type: string): readonly SynthResource[];
  byAddress(address: string): SynthResource | undefined;
  /** Addresses of stack resources referenced by `${...}` expressions anywhere in `value`. */
  referencesIn(value: unknown): string[];
  /** Resources of `type` whose attributes reference `target` (by address). */
  referrers(target: SynthResource, type: string): SynthResource[];
}

/** Rule parameters set by a pack's options (e.g. the MLPS region allow-list). */
export interface RuleParameters {
  readonly allowedRegions?: readonly string[];
  readonly encryptedVolumeTypePattern?: RegExp;
  readonly sharedNetworkAllowList?: readonly string[];
}

export interface RuleContext {
  readonly stack: StackView;
  readonly params: RuleParameters;
}

export type RuleCheck = (resource: SynthResource, ctx: RuleContext) => RuleResult;

/** A rule: metadata plus a pure check. Packs assign the id and severity. */
export interface RuleDefinition {
  /** Stable, pack-independent name (kebab-case). Suppressions may use it instead of an id. */
  readonly name: string;
  readonly title: string;
  /** Why the rule exists. */
  readonly explanation: string;
  /** How to fix a finding. */
  readonly fix: string;
  /**
   * Terraform types of the managed resources the rule looks at. `['(stack)']` for a rule
   * evaluated once per stack. Omitted: every block (resources, data sources and providers).
   */
  readonly resourceTypes?: readonly string[];
  readonly check: RuleCheck;
}

/** A rule as placed in a pack. */
export interface PackRule {
  /** `<PACK>-<N>`. N is the position in the pack and never reused. */
  readonly id: string;
  readonly rule: RuleDefinition;
  readonly severity: ComplianceSeverity;
  /** Pack-specific explanation (e.g. the MLPS control text); defaults to the rule's. */
  readonly explanation?: string;
  /** A control reference (MLPS: the GB/T 22239-2019 clause). */
  readonly control?: string;
}

export const COMPLIANT: RuleResult = { status: ComplianceStatus.COMPLIANT };
export const NOT_APPLICABLE: RuleResult = { status: ComplianceStatus.NOT_APPLICABLE };
export function nonCompliant(message: string): RuleResult {
  return { status: ComplianceStatus.NON_COMPLIANT, message };
}
export function notApplicable(message?: string): RuleResult {
  return { status: ComplianceStatus.NOT_APPLICABLE, message };
}
/** NOT_APPLICABLE because a value is only known at apply time. */
export function unresolved(attribute: string): RuleResult {
  return notApplicable(`unresolved reference in ${attribute}: cannot be judged at synth`);
}

import { IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';

/** A suppression: a rule (or every rule) that does not apply to a construct, and why. */
export interface ComplianceSuppression {
  /**
   * The rule to suppress: its id (`SEC-1`) or its pack-independent name (`secgroup-default-deny`,
   * which suppresses it in every pack).
   * @default - every rule
   */
  readonly ruleId?: string;
  /** Why the finding is accepted (at least 10 characters). Recorded in every report. */
  readonly reason: string;
  /**
   * Whether the suppression also covers everything below the construct.
   * @default true
   */
  readonly applyToChildren?: boolean;
}

/** A suppression as attached to a construct. */
export interface SuppressionEntry {
  readonly constructPath: string;
  readonly ruleId?: string;
  readonly reason: string;
  readonly applyToChildren: boolean;
}

const SUPPRESSIONS = Symbol.for('oscar-blueprints.compliance.suppressions');
const MIN_REASON = 10;

/**
 * Suppress compliance findings on a construct (and by default its subtree), with a written
 * reason. Suppressed findings stay in the reports, marked with the reason; a suppression
 * that matches no finding is reported as unused.
 *
 * @example
 * ComplianceSuppressions.add(bastion, { ruleId: 'TEL-1', reason: 'Single bastion by design; rebuilt from image in 5 min' });
 */
export class ComplianceSuppressions {
  /** Adds suppressions to `scope`. Throws if a reason is shorter than 10 characters. */
  public static add(scope: IConstruct, ...suppressions: ComplianceSuppression[]): void {
    const list = ComplianceSuppressions.entries(scope, true);
    for (const s of suppressions) {
      const reason = (s.reason ?? '').trim();
      const prop = `suppressions[${s.ruleId ?? '*'}].reason`;
      if (reason.length < MIN_REASON) {
        throw new ValidationError(scope, prop, `a compliance suppression needs a reason of at least ${MIN_REASON} characters (got ${JSON.stringify(s.reason ?? '')})`, 'say why the finding is acceptable here, e.g. "single bastion by design, rebuilt from image"');
      }
      if (s.ruleId !== undefined && s.ruleId.trim() === '') {
        throw new ValidationError(scope, 'suppressions.ruleId', 'is empty', 'pass a rule id such as "SEC-1", a rule name, or omit ruleId to suppress every rule');
      }
      list.push({ constructPath: scope.node.path, ruleId: s.ruleId, reason, applyToChildren: s.applyToChildren ?? true });
    }
  }

  /** The suppressions attached directly to `scope`. */
  public static of(scope: IConstruct): ComplianceSuppression[] {
    return ComplianceSuppressions.entries(scope, false).map((e) => ({ ruleId: e.ruleId, reason: e.reason, applyToChildren: e.applyToChildren }));
  }

  /** @internal */
  public static _entries(scope: IConstruct): SuppressionEntry[] {
    return ComplianceSuppressions.entries(scope, false);
  }

  private static entries(scope: IConstruct, create: boolean): SuppressionEntry[] {
    const holder = scope as unknown as { [SUPPRESSIONS]?: SuppressionEntry[] };
    if (!holder[SUPPRESSIONS]) {
      if (!create) return [];
      Object.defineProperty(holder, SUPPRESSIONS, { value: [], enumerable: false });
    }
    return holder[SUPPRESSIONS]!;
  }

  private constructor() {}
}

/** Whether `path` is `scopePath` or (with children) below it. The app's path is ''. */
export function pathCovers(scopePath: string, path: string, children: boolean): boolean {
  if (path === scopePath) return true;
  return children && (scopePath === '' || path.startsWith(`${scopePath}/`));
}

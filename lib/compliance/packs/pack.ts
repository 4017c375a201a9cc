import { ComplianceSeverity, PackRule, RuleDefinition, RuleParameters } from '../model';

/** Options of a compliance pack: how findings affect synth, and rule parameters. */
export interface CompliancePackOptions {
  /**
   * Fail synth when a rule of severity ERROR is violated (and not suppressed).
   * @default true
   */
  readonly failOnError?: boolean;
  /**
   * Fail synth when a rule of severity WARNING is violated (and not suppressed).
   * @default false
   */
  readonly failOnWarning?: boolean;
  /**
   * Rule ids (e.g. `MLPS-4`) or rule names (e.g. `region-allow-list`) not to evaluate.
   * Prefer suppressions, which carry a reason and appear in the reports.
   * @default - every rule of the pack is evaluated
   */
  readonly excludeRules?: string[];
  /**
   * Regions (OpenStack `region`) allowed by the data-residency rule (`region-allow-list`).
   * @default - no allow-list: the rule reports not-applicable
   */
  readonly allowedRegions?: string[];
  /**
   * Regular expression (case-insensitive) that names of encrypted volume types match (`volume-encrypted-type`).
   * @default 'encrypt|luks'
   */
  readonly encryptedVolumeTypePattern?: string;
  /**
   * Names of networks allowed to be `shared = true` (`network-not-shared`).
   * @default - none
   */
  readonly sharedNetworkAllowList?: string[];
}

/** One rule as placed in a pack definition. */
export interface PackEntry {
  /** The stable rule ID, `<PACK>-<N>`. Suppressions and reports refer to it. */
  readonly id: string;
  readonly rule: RuleDefinition;
  readonly severity: ComplianceSeverity;
  readonly control?: string;
  readonly explanation?: string;
}

/**
 * A named group of rules. Every rule carries an explicit, stable ID `<PACK>-<N>` declared
 * in the pack; a retired rule's ID is never reused, so IDs in suppressions stay valid
 * (docs/adr/0003-rule-ids.md).
 *
 * Use the predefined packs on `Compliance` (e.g. `Compliance.SECURITY_BASELINE`) and
 * configure them with `withOptions`.
 */
export class CompliancePack {
  /** @internal */
  public static _define(id: string, name: string, title: string, entries: PackEntry[]): CompliancePack {
    const seen = new Set<string>();
    for (const e of entries) {
      // A pack definition error is the library's bug, caught by the pack tests at load.
      if (!new RegExp(`^${id}-[1-9][0-9]*$`).test(e.id)) throw new Error(`pack ${id}: rule ${e.rule.name} has ID "${e.id}", not ${id}-<N>`);
      if (seen.has(e.id)) throw new Error(`pack ${id}: rule ID ${e.id} is declared twice`);
      seen.add(e.id);
    }
    return new CompliancePack(id, name, title, entries.map((e) => ({ ...e })), {});
  }

  /** @internal */
  public readonly _rules: PackRule[];
  /** @internal */
  public readonly _params: RuleParameters;

  private constructor(
    /** Short id, the prefix of rule ids (e.g. `SEC`). */
    public readonly id: string,
    /** Pack name (e.g. `SECURITY_BASELINE`). */
    public readonly name: string,
    /** Human-readable title. */
    public readonly title: string,
    private readonly allRules: PackRule[],
    private readonly options: CompliancePackOptions,
  ) {
    const excluded = options.excludeRules ?? [];
    this._rules = allRules.filter((r) => !excluded.includes(r.id) && !excluded.includes(r.rule.name));
    this._params = {
      allowedRegions: options.allowedRegions,
      sharedNetworkAllowList: options.sharedNetworkAllowList,
      encryptedVolumeTypePattern: options.encryptedVolumeTypePattern !== undefined ? new RegExp(options.encryptedVolumeTypePattern, 'i') : undefined,
    };
  }

  /** Whether violated ERROR rules fail synth. */
  public get failOnError(): boolean {
    return this.options.failOnError ?? true;
  }

  /** Whether violated WARNING rules fail synth. */
  public get failOnWarning(): boolean {
    return this.options.failOnWarning ?? false;
  }

  /** The ids of the rules this pack evaluates. */
  public get ruleIds(): string[] {
    return this._rules.map((r) => r.id);
  }

  /** A copy of this pack with `options` merged over the current ones. */
  public withOptions(options: CompliancePackOptions): CompliancePack {
    return new CompliancePack(this.id, this.name, this.title, this.allRules, { ...this.options, ...options });
  }
}

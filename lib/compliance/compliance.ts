import * as fs from 'fs';
import * as path from 'path';
import { Annotations, App, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ComplianceSeverity } from './model';
import { FINANCE, HEALTHCARE, MLPS_LEVEL3, POWER_GRID, SECURITY_BASELINE, TELECOM_HA } from './packs';
import { MlpsLevel, mlpsPack } from './packs/mlps-level3';
import { CompliancePack } from './packs/pack';
import { EnabledPack, evaluateStack } from './private/engine';
import { ComplianceStackReport } from './report';
import { toJson } from './reporters/json';
import { toMarkdown } from './reporters/markdown';
import { toSarif } from './reporters/sarif';
import { ComplianceSuppressions, SuppressionEntry } from './suppressions';

const COMPLIANCE = Symbol.for('oscar-blueprints.compliance');
const VALIDATOR = Symbol.for('oscar-blueprints.compliance.validator');

function stackOf(scope: IConstruct): TerraformStack | undefined {
  return [...scope.node.scopes].reverse().find((s): s is TerraformStack => TerraformStack.isStack(s));
}

function stacksUnder(scope: IConstruct): TerraformStack[] {
  const own = stackOf(scope);
  return own ? [own] : scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
}

/** Ancestors of the stack (app first), then the stack and everything in it. */
function relevantConstructs(stack: TerraformStack): IConstruct[] {
  return [...stack.node.scopes.slice(0, -1), ...stack.node.findAll()];
}

/**
 * Compliance packs for a stack, an app or a subtree: rules run on the synthesized
 * Terraform JSON at synth, violations of ERROR rules fail synth (configurable per pack),
 * and JSON, SARIF 2.1.0 and Markdown reports are written to `<outdir>/compliance/`.
 *
 * @example
 * Compliance.of(stack).enable(Compliance.SECURITY_BASELINE, Compliance.TELECOM_HA);
 */
export class Compliance {
  /** Secure defaults: no world-open admin ports, default-deny groups, no plaintext secrets, hardened pods. */
  public static readonly SECURITY_BASELINE: CompliancePack = SECURITY_BASELINE;
  /** Telecom HA: anti-affine multi-AZ tiers, monitored LB pools, VLAN planes with unique IDs, separated planes. */
  public static readonly TELECOM_HA: CompliancePack = TELECOM_HA;
  /** MLPS 2.0 level 3 (GB/T 22239-2019 cloud extension): the controls infrastructure code can enforce. The same pack as `Compliance.mlps(MlpsLevel.LEVEL_3)`. */
  public static readonly MLPS_LEVEL3: CompliancePack = MLPS_LEVEL3;
  /** Financial services: TLS at every edge, environment isolation, zero-downtime rollouts, PDBs, digest-pinned images. */
  public static readonly FINANCE: CompliancePack = FINANCE;
  /** Power grid security zoning: zones I/II (production control) isolated from III/IV (management information), dedicated networks, strong VPN crypto. */
  public static readonly POWER_GRID: CompliancePack = POWER_GRID;
  /** Healthcare trusted cloud: geographic, asset and trust tags on every resource, TLS in transit, encrypted volumes. */
  public static readonly HEALTHCARE: CompliancePack = HEALTHCARE;
  /** Folder under the app's outdir (cdktf.out) that receives the reports. */
  public static readonly REPORTS_FOLDER: string = 'compliance';

  /**
   * The MLPS 2.0 pack of a protection level (GB/T 22239-2019; digest H7): level 2 leaves out
   * the controls that first appear at level 3 (encrypted storage, images, centralized
   * management paths), level 4 adds cryptographic authentication of VPN peers and bandwidth
   * by business priority. RULES.md lists which rule each level requires. Enable one level per scope.
   */
  public static mlps(level: MlpsLevel): CompliancePack {
    return mlpsPack(level);
  }

  /** The compliance settings of a scope (an App, a TerraformStack or any construct in a stack). */
  public static of(scope: IConstruct): Compliance {
    const holder = scope as unknown as { [COMPLIANCE]?: Compliance };
    if (!holder[COMPLIANCE]) Object.defineProperty(holder, COMPLIANCE, { value: new Compliance(scope), enumerable: false });
    return holder[COMPLIANCE]!;
  }

  private readonly enabled: CompliancePack[] = [];

  private constructor(private readonly scope: IConstruct) {}

  /** The packs enabled on this scope. */
  public get packs(): CompliancePack[] {
    return [...this.enabled];
  }

  /**
   * Enables packs on this scope: at synth they evaluate every resource at or below it.
   * Enabling a pack again (e.g. with other options) replaces it. Returns this, for chaining.
   */
  public enable(...packs: CompliancePack[]): Compliance {
    for (const pack of packs) {
      // One pack per id: another MLPS level replaces the enabled one (their rule IDs are shared).
      const at = this.enabled.findIndex((p) => p.id === pack.id);
      if (at >= 0) this.enabled.splice(at, 1, pack);
      else this.enabled.push(pack);
    }
    for (const stack of stacksUnder(this.scope)) Compliance.ensureStackValidation(stack);
    // Stacks created after enable() on an app are evaluated by the app's validation,
    // which cdktf runs after synthesizing the stacks.
    if (App.isApp(this.scope)) Compliance.ensureAppValidation(this.scope);
    return this;
  }

  /**
   * Evaluates the packs of every stack this scope covers now, without writing reports or
   * failing: for tests and tooling. Synth runs the same evaluation.
   */
  public evaluate(): ComplianceStackReport[] {
    return stacksUnder(this.scope).map((stack) => Compliance.evaluateStack(stack));
  }

  private static evaluateStack(stack: TerraformStack): ComplianceStackReport {
    const constructs = relevantConstructs(stack);
    const enabled: EnabledPack[] = [];
    const suppressions: SuppressionEntry[] = [];
    for (const c of constructs) {
      const own = (c as unknown as { [COMPLIANCE]?: Compliance })[COMPLIANCE];
      if (own) for (const pack of own.enabled) enabled.push({ scopePath: c.node.path, pack });
      suppressions.push(...ComplianceSuppressions._entries(c));
    }
    return evaluateStack({ stackName: stack.node.id, stackPath: stack.node.path, json: stack.toTerraform(), enabled, suppressions });
  }

  private static ensureStackValidation(stack: TerraformStack): void {
    const holder = stack as unknown as { [VALIDATOR]?: boolean };
    if (holder[VALIDATOR]) return;
    Object.defineProperty(holder, VALIDATOR, { value: true, enumerable: false });
    stack.node.addValidation({ validate: () => Compliance.synthStack(stack, true) });
  }

  private static ensureAppValidation(app: App): void {
    const holder = app as unknown as { [VALIDATOR]?: boolean };
    if (holder[VALIDATOR]) return;
    Object.defineProperty(holder, VALIDATOR, { value: true, enumerable: false });
    app.node.addValidation({
      validate: () =>
        stacksUnder(app)
          .filter((s) => !(s as unknown as { [VALIDATOR]?: boolean })[VALIDATOR])
          .flatMap((s) => Compliance.synthStack(s, false)),
    });
  }

  /** Evaluates a stack at synth: writes the reports, annotates warnings, returns the failures. */
  private static synthStack(stack: TerraformStack, annotate: boolean): string[] {
    const report = Compliance.evaluateStack(stack);
    if (report.packs.length === 0) return [];
    Compliance.writeReports(App.of(stack).outdir, report);
    const byPath = new Map(stack.node.findAll().map((c) => [c.node.path, c]));
    for (const f of report.findings.filter((x) => !x.suppressed)) {
      const text = `${f.ruleId} ${f.message}`;
      if (annotate) {
        const target = byPath.get(f.constructPath) ?? stack;
        if (f.severity === ComplianceSeverity.WARNING) Annotations.of(target).addWarning(text);
      } else if (f.severity === ComplianceSeverity.WARNING) {
        process.stderr.write(`[compliance] warning [${f.constructPath}] ${text}\n`);
      }
    }
    return report.failures;
  }

  private static writeReports(outdir: string, report: ComplianceStackReport): void {
    const dir = path.join(outdir, Compliance.REPORTS_FOLDER);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${report.stack}.json`), toJson(report));
    fs.writeFileSync(path.join(dir, `${report.stack}.sarif`), toSarif(report));
    fs.writeFileSync(path.join(dir, `${report.stack}.md`), toMarkdown(report));
  }
}

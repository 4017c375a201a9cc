// The SARIF our reporter writes, validated against the official OASIS SARIF 2.1.0 JSON
// schema (draft-07) with ajv: a stack with findings and suppressions, a clean stack, every
// example stack under all four packs, and negative cases proving the validator rejects
// what the schema forbids. The schema file and its source: fixtures/README.md.
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { EXAMPLES } from '../../examples';
import { Compliance, ComplianceStackReport, ComplianceSuppressions } from '../../lib/compliance';
import { toSarif } from '../../lib/compliance/reporters/sarif';
import { NetworkingSecgroupV2 } from '../../lib/providers/openstack/networking-secgroup-v2';
import { deployment, evaluate, instanceTier, sgRule } from '../util/compliance';

const SCHEMA_FILE = path.join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json');
const ALL_PACKS = [Compliance.SECURITY_BASELINE, Compliance.TELECOM_HA, Compliance.MLPS_LEVEL3, Compliance.FINANCE];

function compileSchema(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  // unicodeRegExp: false because the published schema's `language` pattern
  // (^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$) has a lone `]`, legal only without the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = compileSchema();

function errorsOf(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

function sarifOf(report: ComplianceStackReport): any {
  return JSON.parse(toSarif(report));
}

/** Findings (error + warning), a used and an unused suppression, and unresolved-value notes. */
function withFindings(): ComplianceStackReport {
  return evaluate((s: TerraformStack) => {
    const web = new Construct(s, 'web');
    new NetworkingSecgroupV2(web, 'sg', { name: 'sg' }); // SEC-2, suppressed below
    sgRule(web, 'ssh', { port: 22, cidr: '0.0.0.0/0' }); // SEC-1 error
    deployment(s, 'api', { resources: false, image: '${var.image}' }); // SEC-8 warning + a review note
    instanceTier(s, { name: 'vm' }); // a VM that ships no logs: MLPS-9, a stack-wide finding
    ComplianceSuppressions.add(web.node.findChild('sg'), { ruleId: 'SEC-2', reason: 'Accepted until the platform migration (PLAT-9)' });
    ComplianceSuppressions.add(s, { ruleId: 'SEC-7', reason: 'Placeholder for privileged agents, none yet' });
  }, ...ALL_PACKS);
}

function clean(): ComplianceStackReport {
  return evaluate((s: TerraformStack) => {
    new NetworkingSecgroupV2(s, 'sg', { name: 'sg', deleteDefaultRules: true });
  }, Compliance.SECURITY_BASELINE);
}

describe('SARIF validates against the OASIS SARIF 2.1.0 schema', () => {
  test('the fixture is the OASIS 2.1.0 schema (draft-07)', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json');
    expect(schema.properties.version.enum).toEqual(['2.1.0']);
  });

  test('a stack with errors, warnings, suppressions, unused suppressions and review notes', () => {
    const report = withFindings();
    const sarif = sarifOf(report);
    const results = sarif.runs[0].results;
    // the sample really exercises every part of the reporter
    expect(results.some((r: any) => r.level === 'error')).toBe(true);
    expect(results.some((r: any) => r.level === 'warning')).toBe(true);
    expect(results.some((r: any) => r.suppressions)).toBe(true);
    expect(results.some((r: any) => r.kind === 'review')).toBe(true);
    expect(sarif.runs[0].properties.unusedSuppressions.length).toBe(1);
    // a stack-wide rule (MLPS-9, audit sink) reports the stack itself: its logical locations must stay unique
    expect(results.some((r: any) => r.locations[0].logicalLocations.length === 1)).toBe(true);
    expect(errorsOf(sarif)).toEqual([]);
  });

  test('a clean stack (no results)', () => {
    const sarif = sarifOf(clean());
    expect(sarif.runs[0].results).toEqual([]);
    expect(errorsOf(sarif)).toEqual([]);
  });

  test.each(EXAMPLES.map((e) => [e.id, e] as const))('example %s under all four packs', (_id, example) => {
    const stack = example.create(Testing.app(), example.id);
    const report = Compliance.of(stack).enable(...ALL_PACKS).evaluate()[0];
    expect(report.rules.length).toBeGreaterThan(0);
    expect(errorsOf(sarifOf(report))).toEqual([]);
  });
});

describe('the validator rejects invalid SARIF (the checks above can fail)', () => {
  const valid = () => sarifOf(withFindings());

  test('a result with a level outside none/note/warning/error', () => {
    const log = valid();
    log.runs[0].results[0].level = 'critical';
    expect(errorsOf(log).join('\n')).toMatch(/\/runs\/0\/results\/0\/level must be equal to one of the allowed values/);
  });

  test('a wrong version, a run without a tool, a suppression of an unknown kind, a non-URI informationUri', () => {
    const wrongVersion = valid();
    wrongVersion.version = '2.0.0';
    expect(errorsOf(wrongVersion)).not.toEqual([]);

    const noTool = valid();
    delete noTool.runs[0].tool;
    expect(errorsOf(noTool).join('\n')).toMatch(/must have required property 'tool'/);

    const badSuppression = valid();
    const suppressed = badSuppression.runs[0].results.find((r: any) => r.suppressions);
    suppressed.suppressions[0].kind = 'inline';
    expect(errorsOf(badSuppression).join('\n')).toMatch(/suppressions\/0\/kind/);

    const badUri = valid();
    badUri.runs[0].tool.driver.informationUri = 'not a uri';
    expect(errorsOf(badUri).join('\n')).toMatch(/informationUri must match format "uri"/);
  });

  test('an unknown top-level property (the schema is closed)', () => {
    const log = valid();
    log.generatedBy = 'someone';
    expect(errorsOf(log).join('\n')).toMatch(/must NOT have additional properties/);
  });
});

// Layer 3 of the test pyramid: every example stack passes `terraform init` +
// `terraform validate` against the real provider binaries, in parallel.
import { mkdtempSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addExamples, EXAMPLES } from '../../examples';
import { OpenStackBasicStack } from '../../examples/openstack-basic/main';
import { initAndValidate, mapPool, requireToolchain, terraformOutput, Toolchain, ValidateResult } from './toolchain';

const BROKEN = 'broken-escape-hatch';
let toolchain: Toolchain;
let results: Map<string, ValidateResult>;
let stacksDir: string;

beforeAll(async () => {
  toolchain = requireToolchain(); // throws (failing every test here) when anything is missing

  const outdir = mkdtempSync(path.join(os.tmpdir(), 'oscar-validate-'));
  const app = new App({ outdir });
  addExamples(app);
  // Proof the suite can fail: an attribute the provider does not have, injected
  // through an escape hatch, must be rejected by the real provider schema.
  const broken = new OpenStackBasicStack(app, BROKEN);
  broken.instances.addOverride('flavour_name_typo', 'm1.small');
  app.synth();

  stacksDir = path.join(outdir, 'stacks');
  const stacks = readdirSync(stacksDir);
  const validated = await mapPool(stacks, (s) => initAndValidate(toolchain, path.join(stacksDir, s)));
  results = new Map(stacks.map((s, i) => [s, validated[i]]));
});

test('every example is synthesized', () => {
  expect([...results.keys()].sort()).toEqual([...EXAMPLES.map((e) => e.id), BROKEN].sort());
});

test.each(EXAMPLES.map((e) => e.id))('%s passes terraform validate with the real providers', (id) => {
  const result = results.get(id)!;
  expect(result.diagnostics.filter((d) => d.startsWith('error'))).toEqual([]);
  expect(result.valid).toBe(true);
});

test('an invalid attribute injected through an escape hatch is rejected', () => {
  const result = results.get(BROKEN)!;
  expect(result.valid).toBe(false);
  expect(result.diagnostics.join('\n')).toMatch(/No argument or block type is named "flavour_name_typo"/);
});

test('the generated OpenStack bindings cover every resource and data source of the real provider', async () => {
  const schema = JSON.parse(await terraformOutput(toolchain, path.join(stacksDir, 'openstack-basic'), ['providers', 'schema', '-json']));
  const provider = schema.provider_schemas['registry.terraform.io/terraform-provider-openstack/openstack'];
  const expected = [
    ...Object.keys(provider.resource_schemas).map((t) => t.replace(/^openstack_/, '')),
    ...Object.keys(provider.data_source_schemas).map((t) => `data_${t}`),
    'provider',
  ].map((n) => n.replace(/_/g, '-'));
  const generated = readdirSync(path.join(__dirname, '..', '..', 'lib', 'providers', 'openstack'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  expect(generated.sort()).toEqual(expected.sort());
});

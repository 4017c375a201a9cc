// Layer 3 of the test pyramid: every example stack passes `terraform init` +
// `terraform validate` against the real provider binaries, in parallel.
//
// Synthesis happens at collection time so that each test title can name the exact
// provider versions that validate it (those scripts/providers.json pins; no other).
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addExamples, EXAMPLES } from '../../examples';
import { OpenStackBasicStack } from '../../examples/openstack-basic/main';
import { addLifecycleStacks, LIFECYCLE_STACKS } from './lifecycle-stacks';
import {
  initAndValidate,
  inspectToolchain,
  mapPool,
  requireToolchain,
  stackProviders,
  terraformOutput,
  ValidateResult,
} from './toolchain';

const BROKEN = 'broken-escape-hatch';
const toolchain = inspectToolchain();

const outdir = mkdtempSync(path.join(os.tmpdir(), 'oscar-validate-'));
const app = new App({ outdir });
addExamples(app);
addLifecycleStacks(app);
// Proof that the suite can fail: an attribute the provider does not have, injected
// through an escape hatch, must be rejected by the real provider schema.
new OpenStackBasicStack(app, BROKEN).instances.addOverride('flavour_name_typo', 'm1.small');
app.synth();
const stacksDir = path.join(outdir, 'stacks');
const stackDir = (id: string) => path.join(stacksDir, id);

const needs = new Map(readdirSync(stacksDir).map((id) => [id, stackProviders(stackDir(id))]));
const describeProviders = (id: string) => needs.get(id)!.map((p) => `${p.source} ${p.version}`).join(', ');

let results: Map<string, ValidateResult>;

beforeAll(async () => {
  requireToolchain(toolchain); // throws (failing every test here) when anything is missing
  const ids = [...needs.keys()];
  const validated = await mapPool(ids, (id) => initAndValidate(toolchain, stackDir(id)));
  results = new Map(ids.map((id, i) => [id, validated[i]]));
});

test('every example is synthesized', () => {
  expect([...needs.keys()].sort()).toEqual([...EXAMPLES.map((e) => e.id), ...LIFECYCLE_STACKS, BROKEN].sort());
});

test.each([...EXAMPLES.map((e) => e.id), ...LIFECYCLE_STACKS].map((id) => [id, describeProviders(id)]))(
  '%s passes terraform validate with %s',
  (id) => {
    const result = results.get(id)!;
    expect(result.diagnostics.filter((d) => d.startsWith('error'))).toEqual([]);
    expect(result.valid).toBe(true);
  },
);

test('terraform init installed exactly the pinned provider versions', () => {
  for (const id of needs.keys()) {
    const lock = readFileSync(path.join(stackDir(id), '.terraform.lock.hcl'), 'utf8');
    for (const p of needs.get(id)!) {
      expect(lock).toContain(`provider "registry.terraform.io/${p.source}" {\n  version     = "${p.version}"`);
    }
  }
});

test('an invalid attribute injected through an escape hatch is rejected', () => {
  const result = results.get(BROKEN)!;
  expect(result.valid).toBe(false);
  expect(result.diagnostics.join('\n')).toMatch(/No argument or block type is named "flavour_name_typo"/);
});

test('the generated OpenStack bindings cover every resource and data source of the real provider', async () => {
  const schema = JSON.parse(await terraformOutput(toolchain, stackDir('openstack-basic'), ['providers', 'schema', '-json']));
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

// Layer 3 of the test pyramid: every example stack passes `terraform init` +
// `terraform validate` against the real provider binaries, in parallel.
//
// Synthesis happens at collection time so that each test can say which provider
// build validates it. A provider that scripts/providers.json declares unavailable
// (with its reason) is reported by a test named "NOT validated", never skipped silently.
import { mkdtempSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addExamples, EXAMPLES } from '../../examples';
import { OpenStackBasicStack } from '../../examples/openstack-basic/main';
import {
  initAndValidate,
  inspectToolchain,
  mapPool,
  requireToolchain,
  stackProviders,
  terraformOutput,
  useSubstitutes,
  ValidateResult,
} from './toolchain';

const BROKEN = 'broken-escape-hatch';
const toolchain = inspectToolchain();

const outdir = mkdtempSync(path.join(os.tmpdir(), 'oscar-validate-'));
const app = new App({ outdir });
addExamples(app);
// Proof that the suite can fail: an attribute the provider does not have, injected
// through an escape hatch, must be rejected by the real provider schema.
new OpenStackBasicStack(app, BROKEN).instances.addOverride('flavour_name_typo', 'm1.small');
app.synth();
const stacksDir = path.join(outdir, 'stacks');
const stackDir = (id: string) => path.join(stacksDir, id);

const needs = new Map(readdirSync(stacksDir).map((id) => [id, stackProviders(toolchain, stackDir(id))]));
const validatable = [...needs.keys()].filter((id) => needs.get(id)!.every((p) => p.version));
const notValidatable = [...needs.keys()].filter((id) => !validatable.includes(id));
const describeProviders = (id: string) =>
  needs.get(id)!.map((p) => `${p.spec.source} ${p.version}${p.substitute ? ` substituting ${p.spec.version}` : ''}`).join(', ');

let results: Map<string, ValidateResult>;

beforeAll(async () => {
  requireToolchain(toolchain); // throws (failing every test here) when anything undeclared is missing
  for (const id of validatable) useSubstitutes(toolchain, stackDir(id));
  const validated = await mapPool(validatable, (id) => initAndValidate(toolchain, stackDir(id)));
  results = new Map(validatable.map((id, i) => [id, validated[i]]));
});

test('every example is synthesized', () => {
  expect([...needs.keys()].sort()).toEqual([...EXAMPLES.map((e) => e.id), BROKEN].sort());
});

const examples = EXAMPLES.map((e) => e.id);
test.each(validatable.filter((id) => examples.includes(id)).map((id) => [id, describeProviders(id)]))(
  '%s passes terraform validate with the real providers (%s)',
  (id) => {
    const result = results.get(id)!;
    expect(result.diagnostics.filter((d) => d.startsWith('error'))).toEqual([]);
    expect(result.valid).toBe(true);
  },
);

test.each(notValidatable.map((id) => [id, needs.get(id)!.filter((p) => !p.version).map((p) => `${p.spec.source} ${p.spec.version}`).join(', ')]))(
  '%s is NOT validated: %s unavailable on this machine (declared in scripts/providers.json)',
  (id) => {
    for (const p of needs.get(id)!.filter((s) => !s.version)) {
      // Only a declared, explained gap is tolerated; the declaration must name a reason.
      expect(p.spec.unavailable).toMatch(/\S{10,}/);
      console.warn(`${id}: NOT validated by terraform: ${p.spec.source} ${p.spec.version} is unavailable: ${p.spec.unavailable}`);
    }
  },
);

test('a provider is declared unavailable only while it really is missing', () => {
  const stale = [...toolchain.providers.values()].filter((p) => p.spec.unavailable && p.version).map((p) => p.spec.source);
  expect(stale).toEqual([]); // it builds now: remove its 'unavailable' entry from scripts/providers.json
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

// Python bindings: the wheel jsii-pacmak builds, installed into a fresh-from-PyPI venv
// (scripts/python-bindings.sh), runs the Python ports of two examples; their synthesized
// Terraform JSON and compliance reports equal the TypeScript examples'. Fails when python3,
// pip or pacmak is missing, never skips.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, synthExamples, tmpdir } from './helpers';

const IDS = ['telecom-ha-openstack', 'finance-cicd-k8s'];
let python: string;
let pyOut: string;
let tsOut: string;

beforeAll(() => {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'python-bindings.sh')], { cwd: ROOT, encoding: 'utf8', timeout: 1_800_000 });
  if (r.status !== 0) throw new Error(`scripts/python-bindings.sh failed (exit ${r.status}):\n${r.stderr}`);
  python = r.stdout.trim().split('\n').pop()!;
  pyOut = tmpdir('python');
  tsOut = tmpdir('typescript');
  const py = spawnSync(python, [path.join(__dirname, 'synth_examples.py'), pyOut, ...IDS], { cwd: ROOT, encoding: 'utf8', timeout: 900_000, env: { ...process.env, JSII_SILENCE_SUPPORT_WARNING: '1' } });
  if (py.status !== 0) throw new Error(`python synth failed (exit ${py.status}):\n${py.stderr}`);
  synthExamples(tsOut, IDS);
});

// cdktf records no language in cdk.tf.json; the only language-specific metadata is the
// manifest's (none today): strip any `//` key naming a language, compare the rest.
function withoutLanguage(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutLanguage);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => !/^(language|cdktfLanguage)$/i.test(k)).map(([k, x]) => [k, withoutLanguage(x)]));
  }
  return v;
}

const read = (dir: string, ...p: string[]) => JSON.parse(fs.readFileSync(path.join(dir, ...p), 'utf8'));

test.each(IDS)('%s: the Python port synthesizes the same Terraform JSON', (id) => {
  const py = read(pyOut, 'stacks', id, 'cdk.tf.json');
  const ts = read(tsOut, 'stacks', id, 'cdk.tf.json');
  expect(Object.keys(py.resource ?? {}).length).toBeGreaterThan(5);
  expect(withoutLanguage(py)).toEqual(withoutLanguage(ts));
});

test.each(IDS)('%s: the same compliance report', (id) => {
  expect(read(pyOut, 'compliance', `${id}.json`)).toEqual(read(tsOut, 'compliance', `${id}.json`));
});

test('Python names are natural: snake_case members, PascalCase classes, the openstack submodule', () => {
  const script = [
    'import oscar_blueprints as ob, oscar_blueprints.openstack as os_',
    'from oscar_blueprints.openstack.compute_instance_v2 import ComputeInstanceV2',
    'print(ob.Size.of(4, 8, 40).with_data_plane.__name__)',
    'print(ob.VlanPool.range.__name__, ob.Image.from_name.__name__, ob.TelecomTierSpec.__name__)',
    'print(sorted(ob.TelecomTierSpec.__init__.__code__.co_varnames)[:40])',
    'print(ComputeInstanceV2.__module__)',
  ].join('\n');
  const out = execFileSync(python, ['-c', script], { encoding: 'utf8', env: { ...process.env, JSII_SILENCE_SUPPORT_WARNING: '1' } }).split('\n');
  expect(out[0]).toBe('with_data_plane');
  expect(out[1]).toBe('range from_name TelecomTierSpec');
  for (const arg of ['boot_volume_gib', 'sriov_planes', 'key_pair', 'user_data']) expect(out[2]).toContain(`'${arg}'`);
  expect(out[3]).toBe('oscar_blueprints.openstack.compute_instance_v2');
});

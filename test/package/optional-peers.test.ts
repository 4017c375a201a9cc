// Issue 15 #21: the provider packages are optional peers. With them unresolvable (a preload
// makes Node's resolver throw MODULE_NOT_FOUND for them, as if not installed), an
// OpenStack-only program loads the package and synthesizes, and a block that needs a
// missing peer names the package to install.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const PEERS = ['@cdktf/provider-kubernetes', '@cdktf/provider-vsphere', '@cdktf/provider-random'];

test('package.json declares the provider packages as optional peers', () => {
  for (const p of PEERS) {
    expect(pkg.peerDependencies[p]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.peerDependenciesMeta?.[p]).toEqual({ optional: true });
  }
});

test('without the vSphere, Kubernetes and random peers: OpenStack-only synth works; a Kubernetes block names the package to install', () => {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'oscar-peers-'));
  const r = spawnSync(process.execPath, ['--require', path.join(__dirname, 'block-peers.cjs'), '--import', 'tsx', path.join(__dirname, 'fixtures', 'openstack-only.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, OUTDIR: outdir, OSCAR_BLOCK_PEERS: PEERS.join(','), TSX_TSCONFIG_PATH: path.join(ROOT, 'test', 'tsconfig.json') },
    timeout: 120_000,
  });
  expect(r.stderr).not.toMatch(/Cannot find module/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  expect(lines[0]).toEqual({ synth: 'ok' });
  const synthesized = JSON.parse(readFileSync(path.join(outdir, 'stacks', 'openstack-only', 'cdk.tf.json'), 'utf8'));
  expect(Object.keys(synthesized.resource.openstack_compute_instance_v2)).toHaveLength(1);
  expect(lines[1].kubernetes).toBe(`oscar-blueprints: this construct needs the optional peer package @cdktf/provider-kubernetes, which is not installed. Fix: npm install @cdktf/provider-kubernetes@${pkg.peerDependencies['@cdktf/provider-kubernetes']}`);
}, 180_000);

// What `npm publish` would ship: the compiled library, the jsii assembly, the docs and the
// bundled dependencies, and nothing of the repository's tooling or build output.
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const packed: string[] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }))[0]
  .files.map((f: { path: string }) => f.path);

const ALLOWED = [/^bin\/oscar-blueprints$/, /^dist\/.*\.(js|d\.ts)$/, /^\.jsii$/, /^(API|RULES|README|CHANGELOG)\.md$/, /^LICENSE$/, /^package\.json$/, /^node_modules\/(cron-parser|ipaddr\.js|luxon|@hpcc-js\/wasm-graphviz)\//];

test('the tarball holds only the library, its assembly, docs and bundled dependencies', () => {
  expect(packed.filter((f) => !ALLOWED.some((re) => re.test(f)))).toEqual([]);
});

test('no build output, CI, benchmark, scripts, tests or examples are shipped', () => {
  expect(packed.filter((f) => /^(cdktf\.out|\.ci|bench|scripts|test|examples|lib|\.projen)\//.test(f))).toEqual([]);
});

test('the compiled entry point and the jsii assembly are shipped whenever they are built', () => {
  // `npx projen compile` builds dist/ (CI does before npm test); without it there is nothing to ship.
  const built = ['dist/index.js', 'dist/index.d.ts', '.jsii'].filter((f) => existsSync(path.join(ROOT, f)));
  expect(built.filter((f) => !packed.includes(f))).toEqual([]);
});

test('no install-time script of ours runs in the projects that install the package', () => {
  const scripts = require(path.join(ROOT, 'package.json')).scripts ?? {};
  expect(Object.keys(scripts).filter((s) => ['preinstall', 'install', 'postinstall'].includes(s))).toEqual([]);
});

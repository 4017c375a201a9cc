// eslint inside `npm test` (issue 12): no import cycles, one import order, and patterns that
// reach other layers only through their index. The rules live in eslint.config.mjs. It runs
// as a child process: eslint loads its flat config with a dynamic import, which jest's VM refuses.
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

test('eslint passes on lib, test, examples and bench (import/no-cycle, import/order, layer imports)', () => {
  const eslint = path.join(ROOT, 'node_modules', '.bin', 'eslint');
  const r = spawnSync(eslint, ['--format', 'json', 'lib', 'test', 'examples', 'bench'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error; // eslint missing: fail, never skip
  const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; ruleId: string | null; message: string }> }>;
  const problems = results.flatMap((f) => f.messages.map((m) => `${path.relative(ROOT, f.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`));
  expect(results.length).toBeGreaterThan(200); // it really linted the tree (about 250 files)
  expect(problems).toEqual([]);
  expect(r.status).toBe(0);
}, 300_000);

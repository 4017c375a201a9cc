// The copyable CI kit: actionlint on the GitHub workflow; the GitLab file against GitLab's
// published CI JSON schema (vendored by check-jsonschema) plus a check of its job graph. The
// tools come from scripts/review-tools.sh; a missing tool fails the test.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ROOT } from './helpers';

const GITHUB = path.join(ROOT, 'examples', 'ci', 'github-actions.yml');
const GITLAB = path.join(ROOT, 'examples', 'ci', 'gitlab-ci.yml');

function tool(name: string): string {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'review-tools.sh'), name], { encoding: 'utf8', timeout: 900_000 });
  if (r.status !== 0) throw new Error(`scripts/review-tools.sh ${name} failed:\n${r.stderr}`);
  return r.stdout.trim();
}

test('actionlint: the GitHub workflow lints clean', () => {
  const r = spawnSync(tool('actionlint'), ['-no-color', GITHUB], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

test('actionlint catches a broken copy (the lint is live)', () => {
  const broken = path.join(fs.mkdtempSync('/tmp/oscar-ci-'), 'broken.yml');
  fs.writeFileSync(broken, fs.readFileSync(GITHUB, 'utf8').replace('needs: synth', 'needs: synthesize'));
  const r = spawnSync(tool('actionlint'), ['-no-color', broken], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('synthesize');
});

test('the GitHub workflow runs every step the kit promises', () => {
  const wf = parse(fs.readFileSync(GITHUB, 'utf8'));
  const steps = (job: string) => wf.jobs[job].steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses).join('\n');
  expect(steps('synth')).toMatch(/npm ci/);
  expect(steps('synth')).toMatch(/npx cdktf synth/);
  expect(steps('synth')).toMatch(/npx oscar-blueprints report --fail-on error/);
  expect(steps('synth')).toMatch(/codeql-action\/upload-sarif/);
  expect(steps('synth')).toMatch(/oscar-blueprints review --baseline/);
  expect(wf.jobs.plan.strategy.matrix.stack).toBe('${{ fromJSON(needs.synth.outputs.stacks) }}');
  expect(steps('plan')).toMatch(/terraform plan/);
  expect(steps('plan-summary')).toMatch(/gh pr comment/);
});

test('GitLab: the file validates against GitLab\'s CI schema', () => {
  const r = spawnSync(tool('check-jsonschema'), ['--builtin-schema', 'vendor.gitlab-ci', GITLAB], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('ok -- validation done');
  expect(r.status).toBe(0);
});

test('GitLab: the schema check is live (a broken copy fails)', () => {
  const broken = path.join(fs.mkdtempSync('/tmp/oscar-ci-'), 'gitlab-ci.yml');
  fs.writeFileSync(broken, fs.readFileSync(GITLAB, 'utf8').replace('when: always', 'when: sometimes'));
  const r = spawnSync(tool('check-jsonschema'), ['--builtin-schema', 'vendor.gitlab-ci', broken], { encoding: 'utf8' });
  expect(r.status).toBe(1);
});

test('GitLab: the job graph: stages exist, needs point at earlier jobs, the plan child pipeline comes from synth', () => {
  const ci = parse(fs.readFileSync(GITLAB, 'utf8'));
  const stages: string[] = ci.stages;
  const jobs = Object.entries<Record<string, any>>(ci).filter(([k, v]) => !['stages', 'default', 'variables'].includes(k) && v && typeof v === 'object');
  expect(jobs.map(([k]) => k)).toEqual(['synth', 'compliance-gate', 'plan']);
  for (const [name, job] of jobs) {
    expect(stages).toContain(job.stage);
    for (const need of job.needs ?? []) {
      const target = ci[need];
      expect(target).toBeDefined();
      expect(stages.indexOf(target.stage)).toBeLessThan(stages.indexOf(job.stage));
      expect(name).not.toBe(need);
    }
  }
  expect(ci['compliance-gate'].script.join('\n')).toContain('oscar-blueprints report --fail-on error');
  expect(ci.plan.trigger.include).toEqual([{ artifact: 'plan-pipeline.yml', job: 'synth' }]);
  expect(ci.synth.artifacts.paths).toContain('plan-pipeline.yml');
  expect(ci.synth.artifacts.paths).toContain('cdktf.out/report/index.html');
});

test('GitLab: the generated child pipeline has one plan job per synthesized stack and is valid', () => {
  // Run the synth job's generator script against a manifest of two stacks.
  const dir = fs.mkdtempSync('/tmp/oscar-ci-');
  fs.mkdirSync(path.join(dir, 'cdktf.out'));
  fs.writeFileSync(path.join(dir, 'cdktf.out', 'manifest.json'), JSON.stringify({ stacks: { a: {}, 'b-c': {} } }));
  const ci = parse(fs.readFileSync(GITLAB, 'utf8'));
  const gen = (ci.synth.script as string[]).find((s) => s.includes('plan-pipeline.yml'))!;
  const r = spawnSync('bash', ['-c', gen], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const child = parse(fs.readFileSync(path.join(dir, 'plan-pipeline.yml'), 'utf8'));
  expect(Object.keys(child)).toEqual(['plan:a', 'plan:b-c']);
  expect(child['plan:b-c'].artifacts.reports.terraform).toBe('cdktf.out/stacks/b-c/plan.json');
  const v = spawnSync(tool('check-jsonschema'), ['--builtin-schema', 'vendor.gitlab-ci', path.join(dir, 'plan-pipeline.yml')], { encoding: 'utf8' });
  expect(v.stdout + v.stderr).toContain('ok -- validation done');
});

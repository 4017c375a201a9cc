// The CLI as users run it: help, exit codes by severity for CI gates, progress, and errors that
// name the file and what to do.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { Compliance } from '../../lib';
import { cli, ROOT, synthInto, TinyStack, tmpdir } from './helpers';

test('npx oscar-blueprints --help lists the commands', () => {
  const r = spawnSync('npx', ['--no-install', 'oscar-blueprints', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(r.status).toBe(0);
  for (const c of ['report', 'capacity', 'diagram', 'review']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
});

test('no synth output: exit 2, naming the manifest and the command to run', () => {
  const r = cli(['capacity', '--out', path.join(tmpdir('empty'), 'cdktf.out')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/cdktf\.out\/manifest\.json not found: run `npx cdktf synth` first/);
});

test('unknown options and commands: exit 2 with the help', () => {
  expect(cli(['report', '--fail-on', 'critical']).stderr).toContain('--fail-on must be error, warning or never');
  const r = cli(['draw']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("unknown command 'draw'");
});

describe('on a synth', () => {
  const out = tmpdir('cli');
  // Two flagged tiers in one stack with a pack that reports an ERROR on a world-open rule.
  beforeAll(() => {
    synthInto(out, (app: App) => {
      const s = new TinyStack(app, 'tiny', [{ id: 'app', members: { a: 'az1', b: 'az1', c: 'az2' }, antiAffinity: 'anti-affinity' }]);
      Compliance.of(s).enable(Compliance.SECURITY_BASELINE.withOptions({ failOnError: false }));
    });
  });

  test('diagram writes .dot and .svg per stack, with progress on stderr', () => {
    const r = cli(['diagram', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('review: diagram 1/1 tiny');
    const svg = fs.readFileSync(path.join(out, 'diagrams', 'tiny.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]+width="\d+pt"/);
    expect(svg).toContain('app ×3');
    expect(fs.readFileSync(path.join(out, 'diagrams', 'tiny.dot'), 'utf8')).toMatch(/^digraph "tiny" \{/);
  });

  test('capacity --fail-on-flagged fails on a tier that loses two of three members to one zone', () => {
    const r = cli(['capacity', '--out', out, '--fail-on-flagged']);
    expect(r.stdout).toContain('FLAGGED tiny app: 3 members, worst single failure availability zone az1 leaves 1 (minimum 2)');
    expect(r.code).toBe(1);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'reports', 'capacity.json'), 'utf8'));
    expect(json.flaggedTiers).toBe(1);
    expect(cli(['capacity', '--out', out]).code).toBe(0);
  });

  test('report: exit code by severity', () => {
    const report = JSON.parse(fs.readFileSync(path.join(out, 'compliance', 'tiny.json'), 'utf8'));
    const errors: number = report.errors;
    const warnings: number = report.warnings;
    const r = cli(['report', '--out', out]);
    expect(r.stdout).toContain(`${errors} open errors, ${warnings} open warnings in 1 stacks`);
    expect(r.code).toBe(errors > 0 ? 1 : 0);
    expect(cli(['report', '--out', out, '--fail-on', 'warning']).code).toBe(errors + warnings > 0 ? 1 : 0);
    expect(cli(['report', '--out', out, '--fail-on', 'never']).code).toBe(0);
    expect(errors + warnings).toBeGreaterThan(0);
  });
});

import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Image, IncrementalSynth, InstanceGroup, Network, OpenStackSite, Size } from '../../lib';

const site = (stack: TerraformStack, count: number) => {
  const s = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1'] });
  const net = new Network(stack, 'net', { site: s, cidr: '10.0.0.0/24', subnets: [{ name: 'a', cidr: '10.0.0.0/24' }] });
  new InstanceGroup(stack, 'app', { site: s, count, size: Size.flavor('m1.small'), image: Image.fromName('img'), networks: [{ network: net }] });
  return stack;
};

describe('IncrementalSynth (issue 20: memory flat in the number of stacks)', () => {
  let outdir: string;
  beforeEach(() => { outdir = mkdtempSync(path.join(os.tmpdir(), 'incremental-')); });
  afterEach(() => rmSync(outdir, { recursive: true, force: true }));

  test('each stack is built in an App of its own, and one manifest lists every stack', () => {
    const scopes: Construct[] = [];
    const { stackIds: ids } = IncrementalSynth.synth({
      outdir,
      stackIds: ['site-001', 'site-002', 'site-003'],
      factory: { createStack: (scope, id) => { scopes.push(scope); return site(new TerraformStack(scope, id), Number(id.slice(-1))); } },
    });
    expect(ids).toEqual(['site-001', 'site-002', 'site-003']);
    expect(new Set(scopes).size).toBe(3);
    scopes.forEach((s) => expect(App.isApp(s)).toBe(true));
    const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks)).toEqual(['site-001', 'site-002', 'site-003']);
    for (const [i, id] of ['site-001', 'site-002', 'site-003'].entries()) {
      const json = JSON.parse(readFileSync(path.join(outdir, manifest.stacks[id].synthesizedStackPath), 'utf8'));
      expect(Object.keys(Object.values<any>(json.resource.openstack_compute_instance_v2)[0].for_each)).toHaveLength(i + 1);
    }
  });

  test('the stacks\' validations still fail the synth, naming the stack', () => {
    expect(() => IncrementalSynth.synth({
      outdir,
      stackIds: ['bad'],
      factory: { createStack: (scope, id) => { const st = new TerraformStack(scope, id); st.node.addValidation({ validate: () => ['broken on purpose'] }); return st; } },
    })).toThrow('broken on purpose');
  });

  test.each([
    [[], 'props.stackIds is empty'],
    [['a', 'b', 'a'], 'props.stackIds lists "a" twice'],
  ])('bad stack IDs %j are an error with a fix', (stackIds, message) => {
    expect(() => IncrementalSynth.synth({ outdir, stackIds, factory: { createStack: (scope, id) => new TerraformStack(scope, id) } })).toThrow(message);
  });

  test('stacksPerProcess: batches are synthesized by child processes running the same program, and one manifest lists every stack', () => {
    const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
    const out = execFileSync(tsx, ['--tsconfig', 'test/tsconfig.json', 'test/core/fixtures/estate-app.ts', outdir], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').pop()!);
    expect(result.stackIds).toEqual(['site-1', 'site-2', 'site-3', 'site-4', 'site-5']);
    const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks)).toEqual(result.stackIds);
    const pids = result.stackIds.map((id: string) => JSON.parse(readFileSync(path.join(outdir, manifest.stacks[id].synthesizedStackPath), 'utf8')).output.pid.value);
    expect(pids[0]).toBe(pids[1]);
    expect(pids[2]).toBe(pids[3]);
    expect(new Set(pids).size).toBe(3);
    expect(pids).not.toContain(result.parent);
    expect(result.peakRssMiB).toBeGreaterThan(0);
    expect(result.cpuMs).toBeGreaterThan(0);
  });

  test('T1: parallelism runs batches in concurrent child processes (through one runner), writing the same stacks', () => {
    const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
    const out = execFileSync(tsx, ['--tsconfig', 'test/tsconfig.json', 'test/core/fixtures/estate-app.ts', outdir, '2'], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').pop()!);
    const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks)).toEqual(['site-1', 'site-2', 'site-3', 'site-4', 'site-5']);
    const outputs = result.stackIds.map((id: string) => JSON.parse(readFileSync(path.join(outdir, manifest.stacks[id].synthesizedStackPath), 'utf8')).output);
    const pids = outputs.map((o: any) => o.pid.value);
    expect(pids[0]).toBe(pids[1]);
    expect(new Set(pids).size).toBe(3);
    // The children's parent is the runner, one process for all of them.
    const ppids = new Set(outputs.map((o: any) => o.ppid.value));
    expect(ppids.size).toBe(1);
    expect(ppids).not.toContain(result.parent);
  });

  test('T1: with parallelism, a failing batch fails the synth, naming its stacks', () => {
    const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
    const r = spawnSync(tsx, ['--tsconfig', 'test/tsconfig.json', 'test/core/fixtures/estate-app.ts', outdir, '2', 'site-3'], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('site-3 fails on purpose');
    expect(r.stderr).toContain('the child process for stacks site-3, site-4 exited');
  });

  test.each([
    [{ parallelism: 0, stacksPerProcess: 1 }, 'props.parallelism is 0. Fix: use a whole number of at least 1'],
    [{ parallelism: 2 }, 'props.parallelism needs child processes. Fix: set stacksPerProcess too'],
  ])('parallelism %j is checked', (props, message) => {
    expect(() => IncrementalSynth.synth({ outdir, stackIds: ['a'], ...props, factory: { createStack: (scope, id) => new TerraformStack(scope, id) } })).toThrow(message);
  });

  test('stacksPerProcess must be a whole number of at least 1', () => {
    expect(() => IncrementalSynth.synth({ outdir, stackIds: ['a'], stacksPerProcess: 0, factory: { createStack: (scope, id) => new TerraformStack(scope, id) } }))
      .toThrow('props.stacksPerProcess is 0. Fix: use a whole number of at least 1');
  });

  test('a factory that builds another stack than asked is an error', () => {
    expect(() => IncrementalSynth.synth({ outdir, stackIds: ['a'], factory: { createStack: (scope) => new TerraformStack(scope, 'b') } }))
      .toThrow('the factory returned b for stack "a"');
  });
});

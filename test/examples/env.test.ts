// Examples take their site names from cdktf context or OSCAR_<KEY> variables
// (examples/lib/env.ts), with the production names as defaults; examples/README.md
// lists every key.
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { EXAMPLES } from '../../examples';
import { FinanceCicdK8sStack } from '../../examples/finance-cicd-k8s/main';
import { GovernmentCloudVsphereStack } from '../../examples/government-cloud-vsphere/main';
import { envVarName } from '../../examples/lib/env';
import { PoolMatrixVsphereStack } from '../../examples/pool-matrix/main';
import { VsphereBasicStack } from '../../examples/vsphere-basic/main';

type Create = (scope: Construct, id: string) => TerraformStack;
const synth = (create: Create, context: Record<string, unknown> = {}) =>
  JSON.parse(Testing.synth(create(new App({ outdir: Testing.app().outdir, context }), 'stack')));
const names = (json: any, block: 'data' | 'resource', type: string) => Object.values<any>(json[block][type]).map((r) => r.name).sort();

/** Runs fn with exactly these OSCAR_* variables set, then restores them (in place: jest workers share process.env). */
function withEnv<T>(vars: Record<string, string>, fn: () => T): T {
  const clear = () => Object.keys(process.env).filter((k) => k.startsWith('OSCAR_')).forEach((k) => delete process.env[k]);
  const saved = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('OSCAR_')));
  clear();
  Object.assign(process.env, vars);
  try {
    return fn();
  } finally {
    clear();
    Object.assign(process.env, saved);
  }
}

test('a context value replaces the default site name in the synthesized JSON', () => {
  withEnv({}, () => {
    const before = synth((s, id) => new VsphereBasicStack(s, id));
    expect(before.data.vsphere_datacenter.dc.name).toBe('dc1');
    const after = synth((s, id) => new VsphereBasicStack(s, id), { 'vsphereBasic.datacenter': 'DC0', 'vsphereBasic.template': 'tpl-ubuntu' });
    expect(after.data.vsphere_datacenter.dc.name).toBe('DC0');
    expect(after.data.vsphere_virtual_machine.template.name).toBe('tpl-ubuntu');
    expect(after.data.vsphere_compute_cluster.cluster.name).toBe('cluster1'); // keys not given keep their default

    // A list: the clusters are the site's zones, and the DRS rules are named after them.
    const pool = synth((s, id) => new PoolMatrixVsphereStack(s, id), { 'poolMatrixVsphere.clusters': ['DC0_C1', 'DC0_C2'] });
    expect(names(pool, 'data', 'vsphere_compute_cluster')).toEqual(['DC0_C1', 'DC0_C2']);
    expect(names(pool, 'resource', 'vsphere_compute_cluster_vm_anti_affinity_rule')).toEqual(['web-dc0-c1-anti-affinity']);

    // Partitions move with their clusters.
    const gov = synth((s, id) => new GovernmentCloudVsphereStack(s, id), { 'governmentCloudVsphere.managementClusters': 'DC2_C3' });
    expect(names(gov, 'resource', 'vsphere_compute_cluster_vm_anti_affinity_rule')).toEqual(['it-centre-audit-log-dc2-c3-anti-affinity']);

    const k8s = synth((s, id) => new FinanceCicdK8sStack(s, id), { 'financeCicdK8s.primaryContext': 'cluster-a', 'financeCicdK8s.kubeconfig': '/tmp/kc' });
    expect(k8s.provider.kubernetes.map((p: any) => [p.config_context, p.config_path])).toEqual([['cluster-a', '/tmp/kc'], ['site-b', '/tmp/kc']]);
  });
});

test('an OSCAR_<KEY> variable does the same; context wins over it', () => {
  expect(envVarName('vsphereBasic.datacenter')).toBe('OSCAR_VSPHERE_BASIC_DATACENTER');
  expect(envVarName('kylinImageUrl')).toBe('OSCAR_KYLIN_IMAGE_URL');
  withEnv({ OSCAR_VSPHERE_BASIC_DATACENTER: 'DC-North', OSCAR_POOL_MATRIX_VSPHERE_CLUSTERS: 'c1, c2' }, () => {
    expect(synth((s, id) => new VsphereBasicStack(s, id)).data.vsphere_datacenter.dc.name).toBe('DC-North');
    expect(synth((s, id) => new VsphereBasicStack(s, id), { 'vsphereBasic.datacenter': 'DC0' }).data.vsphere_datacenter.dc.name).toBe('DC0');
    expect(names(synth((s, id) => new PoolMatrixVsphereStack(s, id)), 'data', 'vsphere_compute_cluster')).toEqual(['c1', 'c2']);
  });
});

test('a value of the wrong type fails the synth with an error naming the key', () => {
  withEnv({}, () => {
    const basic = (context: Record<string, unknown>) => () => synth((s, id) => new VsphereBasicStack(s, id), context);
    expect(basic({ 'vsphereBasic.datacenter': 7 })).toThrow('context key "vsphereBasic.datacenter" must be a non-empty string (got 7)');
    expect(basic({ 'vsphereBasic.datacenter': ['dc1'] })).toThrow(/context key "vsphereBasic.datacenter" must be a non-empty string/);
    expect(basic({ 'vsphereBasic.cluster': ' ' })).toThrow(/context key "vsphereBasic.cluster" must be a non-empty string/);
    expect(() => synth((s, id) => new PoolMatrixVsphereStack(s, id), { 'poolMatrixVsphere.clusters': ['a', 3] }))
      .toThrow('context key "poolMatrixVsphere.clusters" must be a non-empty list of non-empty strings (a JSON array or "a,b") (got ["a",3])');
  });
  withEnv({ OSCAR_VSPHERE_BASIC_SWITCH: '' }, () => {
    expect(() => synth((s, id) => new VsphereBasicStack(s, id))).toThrow(/environment variable OSCAR_VSPHERE_BASIC_SWITCH \(key "vsphereBasic.switch"\) must be a non-empty string/);
  });
});

test('examples/README.md documents exactly the keys each example reads', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'README.md'), 'utf8');
  const documented = new Map<string, string[]>();
  let current = '';
  for (const m of readme.matchAll(/^\| (?:`([a-z0-9-]+)` )?\| `([A-Za-z0-9.]+)` \|/gm)) {
    current = m[1] ?? current;
    documented.set(current, [...(documented.get(current) ?? []), envVarName(m[2])]);
  }
  const read = new Map<string, string[]>();
  withEnv({}, () => {
    const real = process.env;
    for (const example of EXAMPLES) {
      const seen = new Set<string>();
      // Every key falls through to its OSCAR_ variable when no context is given.
      process.env = new Proxy(real, {
        get: (t, k) => {
          if (typeof k === 'string' && k.startsWith('OSCAR_')) seen.add(k);
          return Reflect.get(t, k);
        },
      });
      try {
        example.create(Testing.app(), example.id);
      } finally {
        process.env = real;
      }
      read.set(example.id, [...seen].sort());
    }
  });
  for (const example of EXAMPLES) {
    expect([example.id, read.get(example.id)]).toEqual([example.id, [...(documented.get(example.id) ?? [])].sort()]);
    expect(read.get(example.id)!.length).toBeGreaterThan(0);
  }
});

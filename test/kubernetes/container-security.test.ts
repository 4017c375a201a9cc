// Every container of every example sets run_as_non_root itself. The kubernetes provider
// 2.38.0 sends `runAsNonRoot: false` for a container field left unset, which overrides the
// pod's `true`; PodSecurity "restricted" then rejects the pods at apply (found end to end).
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addExamples } from '../../examples';

const outdir = mkdtempSync(path.join(os.tmpdir(), 'oscar-containers-'));
const app = new App({ outdir });
addExamples(app);
app.synth();
const stacks = readdirSync(path.join(outdir, 'stacks'));

/** Every container (and init container) block anywhere in a resource, with where it is. */
function containers(node: any, where: string, out: { where: string; c: any }[] = []): { where: string; c: any }[] {
  if (Array.isArray(node)) node.forEach((n, i) => containers(n, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'container' || k === 'init_container') && Array.isArray(v)) v.forEach((c: any) => out.push({ where: `${where}.${k}:${c.name}`, c }));
      else containers(v, `${where}.${k}`, out);
    }
  }
  return out;
}

test.each(stacks)('%s: every container sets security_context.run_as_non_root explicitly', (id) => {
  const json = JSON.parse(readFileSync(path.join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8'));
  const found = Object.entries<any>(json.resource ?? {})
    .filter(([type]) => type.startsWith('kubernetes_'))
    .flatMap(([type, byName]) => Object.entries<any>(byName).flatMap(([name, r]) => containers(r, `${type}.${name}`)));
  const unset = found.filter((x) => x.c.security_context?.run_as_non_root === undefined).map((x) => x.where);
  expect(unset).toEqual([]);
});

test('the scan finds containers at all (it would pass vacuously otherwise)', () => {
  const json = JSON.parse(readFileSync(path.join(outdir, 'stacks', 'kubernetes-basic', 'cdk.tf.json'), 'utf8'));
  expect(containers(json.resource, 'resource').map((x) => x.where)).toEqual(['resource.kubernetes_deployment_v1.web.spec.template.spec.container:web']);
});

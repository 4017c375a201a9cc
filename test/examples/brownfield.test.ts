// Issue 18 acceptance: the brownfield examples adopt a recorded estate of 20+ VMs with
// networks and volumes, and add 2 members. Terraform validate checks the syntax of
// `import` blocks but not that their targets exist (plan does), so this checks that.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { BrownfieldAdoptOpenStackStack } from '../../examples/brownfield-adopt-openstack/main';
import { BrownfieldAdoptVsphereStack } from '../../examples/brownfield-adopt-vsphere/main';
import { synthStack } from '../util/synth';

const stacks = {
  'brownfield-adopt-openstack': { make: (app: App) => new BrownfieldAdoptOpenStackStack(app, 'brownfield-adopt-openstack'), vm: 'openstack_compute_instance_v2' },
  'brownfield-adopt-vsphere': { make: (app: App) => new BrownfieldAdoptVsphereStack(app, 'brownfield-adopt-vsphere'), vm: 'vsphere_virtual_machine' },
};

describe.each(Object.entries(stacks))('%s', (_id, { make, vm }) => {
  const json = synthStack(make(new App()));
  const imports: Array<{ to: string; id: string }> = json.import;

  test('seed 纳管: every import block addresses a resource (and for_each key) of the stack', () => {
    for (const { to } of imports) {
      const m = /^([a-z0-9_]+)\.([^[]+)(?:\["([^"]+)"\])?$/.exec(to);
      expect(m).not.toBeNull();
      const [, type, name, key] = m!;
      const resource = json.resource[type]?.[name];
      expect({ to, exists: resource !== undefined }).toEqual({ to, exists: true });
      if (key !== undefined) expect({ to, keyed: key in resource.for_each }).toEqual({ to, keyed: true });
      else expect(resource.for_each).toBeUndefined();
    }
  });

  test('seed 扩容: at least 20 VMs are adopted and exactly 2 new members are created', () => {
    const vms = Object.values<any>(json.resource[vm]);
    const keys = vms.flatMap((r) => Object.keys(r.for_each));
    const adopted = imports.filter((i) => i.to.startsWith(`${vm}.`)).length;
    expect(adopted).toBeGreaterThanOrEqual(20);
    expect(keys.length - adopted).toBe(2);
  });

  test('adopted stateful resources keep prevent_destroy or keep_on_remove', () => {
    const stateful = ['openstack_blockstorage_volume_v3'].flatMap((t) => Object.values<any>(json.resource[t] ?? {}));
    for (const r of stateful) expect(r.lifecycle.prevent_destroy).toBe(true);
    for (const r of Object.values<any>(json.resource.vsphere_virtual_machine ?? {})) {
      for (const d of r.disk.slice(1)) expect(d.keep_on_remove).toBe(true);
    }
  });
});

describe('the discovered estate comes from adoptFile (context), else the recorded adopt.json', () => {
  const prefixes = { 'brownfield-adopt-openstack': 'brownfieldAdoptOpenstack', 'brownfield-adopt-vsphere': 'brownfieldAdoptVsphere' };
  test.each(Object.entries(stacks))('%s: another discovery is adopted, a missing one names the file and the key', (id, { make }) => {
    const recorded = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', id, 'adopt.json'), 'utf8'));
    // The recorded map with the first web member's ID changed, as another estate would have it.
    const [first] = Object.keys(recorded.instanceGroups.web.adopt);
    const other = id.endsWith('vsphere') ? '/dc1/vm/migrated/web-001' : 'f0f0f0f0-0000-4000-8000-000000000001';
    recorded.instanceGroups.web.adopt[first] = other;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'adopt-')), 'mine.json');
    writeFileSync(file, JSON.stringify(recorded));
    const key = `${prefixes[id as keyof typeof prefixes]}.adoptFile`;
    const json = synthStack(make(new App({ context: { [key]: file } })));
    expect(json.import.map((i: { id: string }) => i.id)).toContain(other);
    expect(() => make(new App({ context: { [key]: `${file}.missing` } }))).toThrow(`cannot read the discovered estate ${file}.missing`);
    expect(() => make(new App({ context: { [key]: `${file}.missing` } }))).toThrow(`context key ${key}`);
  });
});

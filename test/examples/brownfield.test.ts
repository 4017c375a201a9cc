// Issue 18 acceptance: the brownfield examples adopt a recorded estate of 20+ VMs with
// networks and volumes, and add 2 members. Terraform validate checks the syntax of
// `import` blocks but not that their targets exist (plan does), so this checks that.
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

// Issue 18 item 4: exporting a VM to a template or image.
import { Image, InstanceExport, InstanceGroup, Network, Segmentation, Size, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceList, synthStack } from '../util/synth';

function group(target: 'openstack' | 'vsphere') {
  const { stack, site } = target === 'openstack' ? openstackStack() : vsphereStack();
  const segmentation = site.capabilities.tenantNetworks ? undefined : Segmentation.vlan({ pool: VlanPool.range(100, 109) });
  const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', segmentation, subnets: [{ name: 'app', cidr: '10.0.1.0/24' }] });
  const app = new InstanceGroup(stack, 'app', { site, name: 'app', count: 2, size: Size.of(2, 4, 20), image: Image.fromName('ubuntu'), networks: [{ network: net }] });
  return { stack, app };
}

describe('InstanceExport (issue 18 item 4: export a VM to a template or image)', () => {
  test('item 4 vSphere: the member is cloned into a content library as a protected OVF item', () => {
    const { stack, app } = group('vsphere');
    const exported = new InstanceExport(stack, 'golden', { group: app, member: 'app-002', name: 'app-golden', description: 'patched 2026-11' });
    const json = synthStack(stack);
    const [vms] = Object.keys(json.resource.vsphere_virtual_machine);
    const item = resourceList(json, 'vsphere_content_library_item')[0];
    expect(item.source_uuid).toBe(`\${vsphere_virtual_machine.${vms}["app-002"].uuid}`);
    expect(item.file_url).toBeUndefined();
    expect(item.name).toBe('app-golden');
    expect(item.description).toBe('patched 2026-11');
    expect(item.lifecycle.prevent_destroy).toBe(true);
    const [library] = Object.keys(json.resource.vsphere_content_library);
    expect(item.library_id).toBe(`\${vsphere_content_library.${library}.id}`);
    expect(exported.vsphere?.item).toBeDefined();
  });

  test('item 4: a member key the group does not have is an error listing the members', () => {
    const { stack, app } = group('vsphere');
    expect(() => new InstanceExport(stack, 'golden', { group: app, member: 'app-009' })).toThrow(/golden.*member.*"app-009" is not a member of stack\/app \(members: app-001, app-002\)/);
  });

  test('item 4 OpenStack: no server-to-Glance resource in provider 3.4.0 — an error naming the target, prop and the closest real path', () => {
    const { stack, app } = group('openstack');
    expect(() => new InstanceExport(stack, 'golden', { group: app, member: 'app-001' }))
      .toThrow(/stack\/golden.*group.*OpenStack provider 3\.4\.0 cannot snapshot a server into Glance.*ImageTemplate \{ url \}/s);
  });
});

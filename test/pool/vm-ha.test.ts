import { Testing } from 'cdktf';
import { HaRestartPriority, Image, InstanceGroup, ISite, Network, Segmentation, Size, VlanPool } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

const group = (stack: any, site: ISite, extra: object) => new InstanceGroup(stack, 'sbc', {
  site, count: 4, size: Size.of(4, 8), image: Image.fromName('sbc'),
  networks: [{ network: new Network(stack, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'sig', cidr: '10.0.1.0/24' }], segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 199, { physicalNetwork: 'physnet1' }) }) }) }],
  ...extra,
});

describe('VM-HA (InstanceGroup ha)', () => {
  test('M7, T6: on OpenStack every member carries Masakari\'s HA_Enabled=True metadata', () => {
    const { stack, site } = openstackStack();
    group(stack, site, { ha: true });
    const vm = Object.values<any>(resources(Testing.synth(stack), 'openstack_compute_instance_v2'))[0];
    expect(vm.metadata).toEqual({ HA_Enabled: 'True' });
  });

  test('M7: without ha, members carry no VM-HA flag; a restart priority without ha is an error', () => {
    const { stack, site } = openstackStack();
    group(stack, site, {});
    expect(Object.values<any>(resources(Testing.synth(stack), 'openstack_compute_instance_v2'))[0].metadata).toBeUndefined();
    const other = openstackStack();
    expect(() => group(other.stack, other.site, { haRestartPriority: HaRestartPriority.HIGHEST })).toThrow('props.haRestartPriority: is set but ha is not');
  });

  test('M7, T6: on vSphere one HA override per member, in the member\'s own cluster, with the restart priority', () => {
    const { stack, site } = vsphereStack();
    const g = group(stack, site, { ha: true, haRestartPriority: HaRestartPriority.HIGHEST });
    const out = Testing.synth(stack);
    const override = Object.values<any>(resources(out, 'vsphere_ha_vm_override'))[0];
    expect(override.ha_vm_restart_priority).toBe('highest');
    expect(Object.keys(override.for_each)).toEqual(g.memberNames);
    expect(g.memberNames.map((m) => override.for_each[m].cluster_id)).toEqual(g.memberNames.map((m) => expect.stringContaining(`cluster-${g.memberZones[m]}`)));
    expect(override.virtual_machine_id).toMatch(/vsphere_virtual_machine\.sbc_vms_.*\[each\.key\]\.id/);
    expect(g.vsphere?.haOverrides).toBeDefined();
  });
});

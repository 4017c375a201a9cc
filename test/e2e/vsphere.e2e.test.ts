// End to end on govmomi's vcsim, extended where provider 2.15.0 needs more: test/e2e/vsphere/.
import { Folder } from '@cdktf/provider-vsphere/lib/folder';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { AntiAffinity, Image, InstanceGroup, Network, Segmentation, Size, VlanPool, VsphereSite } from '../../lib';
import { defineTargetSuite } from './suite';

/** One VM on the vcsim inventory (the pool-matrix site names), of a given size. */
function resizeStack(size: Size) {
  return (scope: App, id: string) => {
    const stack = new TerraformStack(scope, id);
    const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
    const ctx = (key: string) => stack.node.getContext(`poolMatrixVsphere.${key}`);
    const site = new VsphereSite(stack, 'dc1', {
      datacenter: ctx('datacenter'), clusters: ctx('clusters'), datastores: ctx('datastores'), distributedSwitch: ctx('switch'),
      providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform', password: password.stringValue },
    });
    const net = new Network(stack, 'net', {
      site, name: 'resize-net', cidr: '10.77.0.0/24', subnets: [{ name: 'app', cidr: '10.77.0.0/24', gatewayIp: '10.77.0.1' }],
      segmentation: Segmentation.vlan({ pool: VlanPool.range(1700, 1799), vlanId: 1777 }),
    });
    new InstanceGroup(stack, 'app', { site, name: 'resize', count: 1, antiAffinity: AntiAffinity.NONE, size, image: Image.fromName(ctx('template')), networks: [{ network: net }] });
    return stack;
  };
}

defineTargetSuite('vsphere', {
  // A folder in a datacenter that does not exist: only the API can tell.
  create: (scope, id) => {
    const stack = new TerraformStack(scope, id);
    const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
    new VsphereProvider(stack, 'vsphere', { vsphereServer: 'vcenter.example.internal', user: 'terraform', password: password.stringValue });
    new Folder(stack, 'bad', { path: 'e2e-broken', type: 'vm', datacenterId: 'datacenter-99999' });
    return stack;
  },
  apiError: /has already been deleted or has not been completely created|ManagedObjectNotFound/,
}, {
  'brownfield-adopt-vsphere': 'its import blocks name a recorded estate (22 VMs under /dc1/vm, port groups pg-web/pg-app) that the vcsim inventory does not hold; the suite must seed that estate into test/e2e/vsphere/vcsim/inventory.go before the stack can be planned (issue 18)',
  'power-grid-vsphere': 'added by issue 17 this session: its site names (datacenter sgcc-js-dc1, clusters, datastores) are not yet keys the vcsim env.json provides, and it has no live checks in test/e2e/vsphere/checks.ts',
  'education-campus-vsphere': 'added by issue 17, not yet run live: its site names (datacenter hbedu-dc1, clusters edu-a/edu-b, datastore vsan-edu) are not yet keys the vcsim env.json provides, and it has no live checks in test/e2e/vsphere/checks.ts',
}, {
  parallelism: 1, // vcsim v0.56.0 can hang or panic (property_collector.go:946) on concurrent VM destroys
  extraCycles: [{
    // The schema does not say which attributes force replacement: only a real plan can.
    id: 'e2e-resize-vsphere',
    proves: 'a Size change after apply plans an update in place, not a replacement',
    create: resizeStack(Size.of(1, 1)),
    afterApply: async (tf, resynth) => {
      resynth(resizeStack(Size.of(2, 2)));
      const { stdout } = await tf(['plan', '-json', '-input=false']);
      const changes = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).filter((m) => m.type === 'planned_change');
      const vms = changes.filter((m) => m.change.resource.resource_type === 'vsphere_virtual_machine').map((m) => `${m.change.resource.addr}: ${m.change.action}`);
      expect(vms).toHaveLength(1);
      expect(vms[0]).toMatch(/^vsphere_virtual_machine\.app_vms_\w+\["resize-001"\]: update$/);
      expect(changes.map((m) => m.change.action)).not.toContain('replace');
    },
  }],
});

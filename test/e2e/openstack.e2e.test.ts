// Runs last in `npm test` (test/e2e/sequencer.js): the cloud is about 100 processes and
// 11 GB. While the cloud starts, the bootstrap restarts services that die at start-up
// (test/e2e/openstack/launch.py) instead of waiting on them until a timeout.
// End to end on real OpenStack 2026.2 services from PyPI (Keystone, Nova, Placement,
// Neutron, Glance, Cinder, Octavia, Designate, Swift, Heat, Trove, Manila) on 127.0.0.1: test/e2e/openstack/.
// `npm run e2e -- <stack>` style selection works through OSCAR_E2E_STACKS.
import { TerraformStack } from 'cdktf';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { OpenstackProvider } from '../../lib/providers/openstack/provider';
import { defineTargetSuite } from './suite';

defineTargetSuite('openstack', {
  // A VLAN on a physical network Neutron's ML2 does not know: only the API can tell.
  create: (scope, id) => {
    const stack = new TerraformStack(scope, id);
    new OpenstackProvider(stack, 'openstack', {});
    new NetworkingNetworkV2(stack, 'bad', {
      name: 'e2e-broken',
      segments: [{ networkType: 'vlan', physicalNetwork: 'physnet-nobody-knows', segmentationId: 123 }],
    });
    return stack;
  },
  apiError: /physical_network 'physnet-nobody-knows' unknown/,
}, {
  // Every OpenStack example runs (pending: none). The history of what each first run found
  // is in test/e2e/openstack/README.md, "Status".
}, {
  // 61 processes from empty databases: about 7 min on a busy 2-core machine (cold schemas
  // add 2 min), more than jest's default budget for a hook.
  startSeconds: 1800,
  fullRunOnly: {
    'government-cloud-openstack': 'passed on 2026-11-30 (run 6, 480 resources, quiet machine): apply 400 s, re-plan 78 s with no changes, '
      + 'live checks 9 s (the 9 tap mirrors owned by the department projects), destroy 398 s, 0 leftovers; 911 s in all, which would take '
      + 'npm test past CI\'s 90 min on 2 cores',
  },
  // broadcast-video-openstack boots 15 servers at once: at terraform's default 10, a busy
  // 2-core cloud missed the 90 s create timeouts.
  parallelism: 5,
  // The tenant stack uses what the admin stack creates (issue 15 A7), with member credentials.
  pairs: { 'platform-admin-openstack': 'platform-tenant-openstack' },
  // broadcast-video-openstack's full cycle took 455 s on a quiet machine.
  stackSeconds: 1200,
});

// Runs last in `npm test` (test/e2e/sequencer.js): the cloud is about 100 processes and
// 11 GB. While the cloud starts, the bootstrap restarts services that die at start-up
// (test/e2e/openstack/launch.py) instead of waiting on them until a timeout.
// End to end on real OpenStack 2026.2 services from PyPI (Keystone, Nova, Placement,
// Neutron, Glance, Cinder, Octavia, Designate, Swift) on 127.0.0.1: test/e2e/openstack/.
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
  // Found by the first full run (see test/e2e/openstack/README.md, "Status"). Each one
  // failed for the reason given; the cloud-side fixes noted here are not yet re-run.
  // Runs of 2026-11-30: openstack-basic, pool-matrix-openstack, pool-multisite,
  // broadcast-video-openstack, finance-cicd-vm-openstack, power-scada-openstack,
  // manufacturing-openstack, healthcare-openstack, broadcast-video-k8s and telecom-ha-openstack (SR-IOV VFs on the
  // fake hosts, 352 s) pass, and on 2026-12-01 brownfield-adopt-openstack (its estate seeded, 174 s) and the
  // platform-admin/platform-tenant pair (67 s) (three of them once the harness
  // released the boot volumes InstanceGroup keeps on purpose); these are what stopped the others.
  'openstack-services': 'Trove is not part of the test cloud (openstack_db_instance_v1: no database endpoint in the catalog); '
    + 'the Swift container-sync realms and the Octavia client CA it also needed are fixed in the test cloud (broadcast-video-openstack passes with both)',
  // Added by issue 17 and first reached by the suite in CI (2026-11-30): their regions are not in the test cloud.
  'power-grid-openstack': 'its PaaS tier is a Trove database (not part of the test cloud, see openstack-services), and its region cn-east-js1 '
    + 'is not served yet; power-scada-openstack, the same PowerGridCloud without PaaS, runs end to end',
  'education-campus-openstack': 'added by issue 17, not yet run live: it needs Trove (not in the test cloud, see openstack-services), VPNaaS and a DVR-capable L3 agent, '
    + 'and has no live checks in test/e2e/openstack/live-checks.ts',
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

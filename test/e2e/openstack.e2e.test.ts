// NOT YET IN `npm test` (issue 14 is open): three stacks pass, the rest are pending, and the
// suite has passed twice only. Run it by hand:
//   npx jest --testMatch '<rootDir>/test/e2e/openstack/suite.e2e.ts' [-t stack]
// It becomes test/e2e/openstack.e2e.test.ts (and so part of CI) once it is reliable.
//
// End to end on real OpenStack 2026.2 services from PyPI (Keystone, Nova, Placement,
// Neutron, Glance, Cinder, Octavia, Designate, Swift) on 127.0.0.1: test/e2e/openstack/.
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
  'openstack-services': 'Trove is not part of the test cloud (openstack_db_instance_v1: no database endpoint in the catalog); '
    + 'the Swift proxy answers "No realm key for \'oscar\'" (container-sync realms not loaded); the LB went to ERROR '
    + '(Octavia CA passphrase, fixed in test/e2e/openstack/configure.py, not re-run)',
  // Run 3 (2026-11-30, four other engineers compiling and running the vSphere and Kubernetes
  // suites alongside, load average 25-32): openstack-basic and pool-matrix-openstack passed;
  // these five were stopped by load, not by an API refusal.
  'pool-multisite': 'passed twice on a quiet machine; under load 25-32 its four servers were not ACTIVE within the 90 s create timeout',
  'finance-cicd-vm-openstack': 'under load 25-32 its servers and its Octavia LB were not ACTIVE within the 90 s create timeout (the amphora certificate error of run 1 is gone)',
  'telecom-ha-openstack': 'the minimum-bandwidth defect of run 1 is fixed in the library (an early error; the example no longer sets minKbps); under load 25-32 the apply did not finish within the 600 s test budget',
  'government-cloud-openstack': 'kylinImage now comes from env.json; under load 25-32 the apply did not finish within the 600 s test budget',
  'broadcast-video-openstack': '15 servers at parallelism 5: under load 25-32 the apply did not finish within the 600 s test budget',
  'broadcast-video-k8s': 'not run yet: needs the Kubernetes target next to OpenStack and has no live checks in '
    + 'test/e2e/openstack/live-checks.ts',
  'platform-admin-openstack': 'not run live yet: the runner applies each example in a fresh project of its own, while this pair needs '
    + 'the admin stack applied first and a clouds.yaml entry (app-team) for the project it creates (issue 15 A7)',
  'platform-tenant-openstack': 'not run live yet: needs platform-admin-openstack applied first (its flavors, volume type and project), see above',
  // Added by issue 17 (manufacturing and healthcare patterns): synthesized and terraform-validated only.
  'manufacturing-openstack': 'not yet run live: needs tenant VDCs (projects, application credentials), FWaaS, Octavia, Swift with EC2 credentials and host aggregates on hosts the test cloud names; no live checks in test/e2e/openstack/live-checks.ts',
  'healthcare-openstack': 'not yet run live: needs Heat and Barbican (neither is part of the test cloud) for its stack and TLS container, an encrypted (LUKS) volume type, trusted host aggregates on hosts the test cloud names, and group IDs for its role grants; no live checks in test/e2e/openstack/live-checks.ts',
  'brownfield-adopt-openstack': 'its import blocks name a recorded estate (22 servers, their ports and volumes by UUID) that the test cloud does not hold; '
    + 'the bootstrap must create that estate first and the stack must take its UUIDs from it (issue 18)',
  'education-campus-openstack': 'added by issue 17, not yet run live: it needs Trove (not in the test cloud, see openstack-services), VPNaaS and a DVR-capable L3 agent, '
    + 'and has no live checks in test/e2e/openstack/live-checks.ts',
}, {
  // 61 processes from empty databases: about 7 min on a busy 2-core machine (cold schemas
  // add 2 min), more than jest's default budget for a hook.
  startSeconds: 1800,
  // broadcast-video-openstack boots 15 servers at once: at terraform's default 10, a busy
  // 2-core cloud missed the 90 s create timeouts.
  parallelism: 5,
});

// NOT YET IN `npm test` (issue 14 is open): two stacks pass, the rest are pending, and the
// suite has passed twice only. Run it by hand:
//   npx jest --testMatch '<rootDir>/test/e2e/openstack/suite.e2e.ts' [-t stack]
// It becomes test/e2e/openstack.e2e.test.ts (and so part of CI) once it is reliable.
//
// End to end on real OpenStack 2026.2 services from PyPI (Keystone, Nova, Placement,
// Neutron, Glance, Cinder, Octavia, Designate, Swift) on 127.0.0.1: test/e2e/openstack/.
import { TerraformStack } from 'cdktf';
import { NetworkingNetworkV2 } from '../../../lib/providers/openstack/networking-network-v2';
import { OpenstackProvider } from '../../../lib/providers/openstack/provider';
import { defineTargetSuite } from '../suite';

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
  'pool-matrix-openstack': 'applied and re-planned clean, but its live check filtered ports on device_owner "compute:" '
    + '(Neutron matches exactly, instance ports are "compute:<zone>"); check fixed in test/e2e/openstack/live-checks.ts, not re-run',
  'finance-cicd-vm-openstack': 'Octavia load balancer went to ERROR: the worker could not sign the amphora certificate '
    + '("Password was given but private key is not encrypted"); fixed in test/e2e/openstack/configure.py, not re-run',
  'telecom-ha-openstack': 'library defect: DR app instances use ports with a minimum-bandwidth QoS policy, which Nova '
    + 'rejects below microversion 2.72 (terraform-provider-openstack 3.4.0 does not request it): "Creating servers with ports having resource requests ..."',
  'government-cloud-openstack': 'looks up image kylin-v10-sp3 (its kylinImage default): the bootstrap uploads kylin-v10 and test/e2e/openstack/bootstrap.py sets no kylinImage; '
    + 'also hit 409 "Flavor with name c4-m8-d40 already exists" from public flavors an earlier failed stack left behind',
  'broadcast-video-openstack': '15 instances at terraform parallelism 10 under CI load: instances not ACTIVE within the 90 s '
    + 'resource timeout (zz_e2e_timeouts_override) and Neutron connection errors; needs a lower parallelism or longer timeouts, not re-run',
  'broadcast-video-k8s': 'not run yet: needs the Kubernetes target next to OpenStack and has no live checks in '
    + 'test/e2e/openstack/live-checks.ts',
  'brownfield-adopt-openstack': 'its import blocks name a recorded estate (22 servers, their ports and volumes by UUID) that the test cloud does not hold; '
    + 'the bootstrap must create that estate first and the stack must take its UUIDs from it (issue 18)',
}, {
  // 61 processes from empty databases: about 7 min on a busy 2-core machine (cold schemas
  // add 2 min), more than jest's default budget for a hook.
  startSeconds: 1800,
});

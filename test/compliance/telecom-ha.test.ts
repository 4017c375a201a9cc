import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { JobV1 } from '@cdktf/provider-kubernetes/lib/job-v1';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { LbMonitorV2 } from '../../lib/providers/openstack/lb-monitor-v2';
import { LbPoolV2 } from '../../lib/providers/openstack/lb-pool-v2';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { OpenstackProvider } from '../../lib/providers/openstack/provider';
import { describeRules, instanceTier, ruleOutcome, vlanNetwork, vsphereTier } from '../util/compliance';

function pool(s: TerraformStack, monitored: boolean): void {
  const p = new LbPoolV2(s, 'pool', { protocol: 'HTTP', lbMethod: 'ROUND_ROBIN', loadbalancerId: 'lb' });
  if (monitored) new LbMonitorV2(s, 'mon', { poolId: p.id, type: 'HTTP', delay: 5, timeout: 3, maxRetries: 3, urlPath: '/healthz' });
}

const MGMT = ['oscar.io/plane=management'];

/** A Deployment whose app container has (or lacks) a liveness probe; its init container never has one. */
function probedDeployment(s: TerraformStack, live: boolean): DeploymentV1 {
  return new DeploymentV1(s, 'web', {
    metadata: { name: 'web', namespace: 'web' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          initContainer: [{ name: 'migrate', image: 'registry.example/migrate:1.0.0' }],
          container: [{
            name: 'app',
            image: 'registry.example/app:1.2.3',
            readinessProbe: { httpGet: { path: '/ready', port: '8080' } },
            livenessProbe: live ? { httpGet: { path: '/healthz', port: '8080' }, periodSeconds: 20 } : undefined,
          }],
        },
      },
    },
  });
}

describeRules(Compliance.TELECOM_HA, [
  {
    id: 'TEL-1',
    compliant: (s) => { instanceTier(s, { zones: ['az1', 'az2'], policy: 'anti-affinity' }); },
    nonCompliant: (s) => { instanceTier(s, { zones: ['az1', 'az2'], policy: 'soft-anti-affinity' }); },
    message: 'server group policy is soft-anti-affinity, not anti-affinity',
  },
  {
    id: 'TEL-2',
    compliant: (s) => { instanceTier(s, { zones: ['az1', 'az2', 'az1'], policy: 'anti-affinity' }); },
    nonCompliant: (s) => { instanceTier(s, { zones: ['az1', 'az1'], policy: 'anti-affinity' }); },
    message: 'members span 1 availability zone(s) (az1)',
  },
  {
    id: 'TEL-3',
    compliant: (s) => { vsphereTier(s, true); },
    nonCompliant: (s) => { vsphereTier(s, false); },
    message: 'no vsphere_compute_cluster_vm_anti_affinity_rule references these VMs, and members share a cluster',
  },

  { id: 'TEL-4', compliant: (s) => pool(s, true), nonCompliant: (s) => pool(s, false), message: 'no openstack_lb_monitor_v2 references this pool' },
  {
    id: 'TEL-5',
    compliant: (s) => { vlanNetwork(s, 'signalling', 'physnet1', 101); },
    nonCompliant: (s) => { new NetworkingNetworkV2(s, 'signalling', { name: 'signalling' }); },
    message: 'not a VLAN provider network',
  },
  {
    id: 'TEL-6',
    compliant: (s) => { vlanNetwork(s, 'a', 'physnet1', 101); vlanNetwork(s, 'b', 'physnet1', 102); vlanNetwork(s, 'c', 'physnet2', 101); },
    nonCompliant: (s) => { vlanNetwork(s, 'a', 'physnet1', 101); vlanNetwork(s, 'b', 'physnet1', 101); },
    message: 'VLAN 101 also used by openstack_networking_network_v2.b',
  },
  {
    id: 'TEL-7',
    compliant: (s) => { vlanNetwork(s, 'oam', 'physnet-mgmt', 10, MGMT); vlanNetwork(s, 'media', 'physnet-data', 20); },
    nonCompliant: (s) => { vlanNetwork(s, 'oam', 'physnet1', 10, MGMT); vlanNetwork(s, 'media', 'physnet1', 20); },
    message: 'physical network physnet1 is shared with business network(s) openstack_networking_network_v2.media',
  },
  {
    id: 'TEL-8',
    compliant: (s) => { probedDeployment(s, true); },
    nonCompliant: (s) => { probedDeployment(s, false); },
    message: 'container(s) app: no liveness_probe',
  },
  {
    // Declared minimum 3: (az1, az2, az3, az1, az2) leaves 3 after losing az1; (az1, az2, az1, az2) leaves 2.
    id: 'TEL-9',
    compliant: (s) => { instanceTier(s, { zones: ['az1', 'az2', 'az3', 'az1', 'az2'], policy: 'anti-affinity', tags: ['oscar.io:min-members=3'] }); },
    nonCompliant: (s) => { instanceTier(s, { zones: ['az1', 'az2', 'az1', 'az2'], policy: 'anti-affinity', tags: ['oscar.io:min-members=3'] }); },
    message: '2 of 4 members survive losing availability zone az1; the tier needs 3 (declared (oscar.io/min-members))',
  },
]);

describe('TELECOM_HA details', () => {
  const pack = Compliance.TELECOM_HA;

  test('TEL-9: without a declared minimum, N+1 (members - 1) is assumed; a lone member is not applicable', () => {
    expect(ruleOutcome(pack, 'TEL-9', (s) => { instanceTier(s, { zones: ['az1', 'az2', 'az3'], policy: 'anti-affinity' }); }).findings).toEqual([]);
    expect(ruleOutcome(pack, 'TEL-9', (s) => { instanceTier(s, { zones: ['az1', 'az1', 'az2'], policy: 'anti-affinity' }); }).findings[0].message)
      .toBe('1 of 3 members survive losing availability zone az1; the tier needs 2 (assumed N+1 (members - 1))');
    expect(ruleOutcome(pack, 'TEL-9', (s) => { instanceTier(s, {}); }).summary.notApplicable).toBe(1);
  });

  test('TEL-1: a single instance is not an HA tier; a missing server group is reported', () => {
    expect(ruleOutcome(pack, 'TEL-1', (s) => { instanceTier(s, {}); }).findings[0].message).toContain('1 member(s)');
    expect(ruleOutcome(pack, 'TEL-1', (s) => { instanceTier(s, { zones: ['az1', 'az2'] }); }).findings[0].message).toContain('no scheduler_hints.group');
  });

  test('TEL-1/TEL-2: an unresolved for_each is not applicable', () => {
    const build = (s: TerraformStack) => {
      const keys = new TerraformVariable(s, 'members', { type: 'map(any)' });
      instanceTier(s, { policy: 'anti-affinity' }).addOverride('for_each', keys.value);
    };
    for (const id of ['TEL-1', 'TEL-2']) {
      const out = ruleOutcome(pack, id, build);
      expect(out.findings).toEqual([]);
      expect(out.summary.notApplicable).toBe(1);
    }
  });

  test('TEL-6: duplicate VLAN IDs on one distributed switch', () => {
    const out = ruleOutcome(pack, 'TEL-6', (s) => {
      new DistributedPortGroup(s, 'pg1', { name: 'pg1', distributedVirtualSwitchUuid: 'dvs', vlanId: 300 });
      new DistributedPortGroup(s, 'pg2', { name: 'pg2', distributedVirtualSwitchUuid: 'dvs', vlanId: 300 });
    });
    expect(out.findings).toHaveLength(2);
  });

  test('TEL-6: physical networks are per region: the same VLAN on physnet1 under two provider aliases is no clash', () => {
    const regional = (s: TerraformStack, id: string, alias: string) => {
      const provider = new OpenstackProvider(s, `p-${id}`, { alias, region: alias });
      vlanNetwork(s, id, 'physnet1', 101).provider = provider;
    };
    expect(ruleOutcome(pack, 'TEL-6', (s) => { regional(s, 'a', 'east'); regional(s, 'b', 'west'); }).findings).toEqual([]);
    const same = ruleOutcome(pack, 'TEL-6', (s) => {
      const east = new OpenstackProvider(s, 'east', { alias: 'east', region: 'east' });
      vlanNetwork(s, 'a', 'physnet1', 101).provider = east;
      vlanNetwork(s, 'b', 'physnet1', 101).provider = east;
    });
    expect(same.findings[0].message).toContain('VLAN 101 also used by openstack_networking_network_v2.b');
  });

  test('TEL-8: run-to-completion jobs need no liveness probe; init containers are not judged', () => {
    const job = ruleOutcome(pack, 'TEL-8', (s) => {
      new JobV1(s, 'once', { metadata: { name: 'once' }, spec: { template: { metadata: {}, spec: { container: [{ name: 'task', image: 'registry.example/task:1.0.0' }] } } } });
    });
    expect(job.findings).toEqual([]);
    expect(job.summary.compliant).toBe(0);
    const web = ruleOutcome(pack, 'TEL-8', (s) => { probedDeployment(s, true); });
    expect(web.findings).toEqual([]);
  });

  test('TEL-7: management networks are recognised by name too', () => {
    const out = ruleOutcome(pack, 'TEL-7', (s) => { vlanNetwork(s, 'core-mgmt', 'physnet1', 10); vlanNetwork(s, 'sig', 'physnet1', 20); });
    expect(out.findings).toHaveLength(1);
  });
});

describe('TEL-3 without a DRS rule', () => {
  test('members each in their own cluster (resource pool) are apart by construction: compliant', () => {
    const out = ruleOutcome(Compliance.TELECOM_HA, 'TEL-3', (s) => vsphereTier(s, false, ['rp-cluster-a', 'rp-cluster-b']));
    expect(out.findings).toEqual([]);
    expect(out.summary.compliant).toBeGreaterThan(0);
  });

  test('members sharing a cluster need a DRS rule: non-compliant', () => {
    const out = ruleOutcome(Compliance.TELECOM_HA, 'TEL-3', (s) => vsphereTier(s, false, ['rp-cluster-a', 'rp-cluster-a']));
    expect(out.findings.map((f) => f.message)).toEqual([expect.stringContaining('members share a cluster')]);
  });
});

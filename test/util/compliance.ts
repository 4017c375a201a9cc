// Shared fixtures for the compliance tests: tiny stacks built from the L1 bindings, and a
// table runner that checks one compliant and one non-compliant case per rule.
import { DeploymentV1, DeploymentV1SpecStrategy } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import { VirtualMachine } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { TerraformIterator, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Compliance, ComplianceFinding, CompliancePack, ComplianceRuleSummary, ComplianceStackReport } from '../../lib/compliance';
import { ComputeInstanceV2 } from '../../lib/providers/openstack/compute-instance-v2';
import { ComputeServergroupV2 } from '../../lib/providers/openstack/compute-servergroup-v2';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { NetworkingSecgroupRuleV2 } from '../../lib/providers/openstack/networking-secgroup-rule-v2';

export type Build = (stack: TerraformStack) => void;

/** Builds a stack in a fresh test app, enables `packs` on it and evaluates it. */
export function evaluate(build: Build, ...packs: CompliancePack[]): ComplianceStackReport {
  const stack = new TerraformStack(Testing.app(), 'test');
  build(stack);
  return Compliance.of(stack).enable(...packs).evaluate()[0];
}

export interface RuleOutcome {
  readonly summary: ComplianceRuleSummary;
  readonly findings: ComplianceFinding[];
  readonly notes: ComplianceFinding[];
}

/** The outcome of one rule id of `pack` on the stack `build` makes. */
export function ruleOutcome(pack: CompliancePack, ruleId: string, build: Build): RuleOutcome {
  const report = evaluate(build, pack);
  const summary = report.rules.find((r) => r.ruleId === ruleId);
  if (!summary) throw new Error(`rule ${ruleId} not in pack ${pack.name}`);
  return { summary, findings: report.findings.filter((f) => f.ruleId === ruleId), notes: report.notes.filter((f) => f.ruleId === ruleId) };
}

/** One rule's paired cases. `message` is a fragment the non-compliant finding must contain. */
export interface RuleCase {
  readonly id: string;
  readonly compliant: Build;
  readonly nonCompliant: Build;
  readonly message: string | RegExp;
}

/** Registers a compliant and a non-compliant test per case, and checks every rule of the pack has a case. */
export function describeRules(pack: CompliancePack, cases: RuleCase[]): void {
  describe(`${pack.name} rules`, () => {
    test('every rule of the pack has paired cases', () => {
      expect(cases.map((c) => c.id).sort()).toEqual([...pack.ruleIds].sort());
    });
    describe.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
      test('compliant', () => {
        const out = ruleOutcome(pack, id, c.compliant);
        expect(out.findings).toEqual([]);
        expect(out.summary.compliant).toBeGreaterThan(0);
      });
      test('non-compliant', () => {
        const out = ruleOutcome(pack, id, c.nonCompliant);
        expect(out.findings.length).toBeGreaterThan(0);
        expect(out.findings[0].message).toMatch(c.message);
        expect(out.findings[0].constructPath).toMatch(/^test(\/|$)/);
      });
    });
  });
}

// --- fixtures ------------------------------------------------------------------------

export function sgRule(stack: Construct, id: string, props: { port?: number; to?: number; cidr?: string; protocol?: string; direction?: string; remoteGroupId?: string }): NetworkingSecgroupRuleV2 {
  return new NetworkingSecgroupRuleV2(stack, id, {
    securityGroupId: 'sg-id',
    direction: props.direction ?? 'ingress',
    ethertype: 'IPv4',
    protocol: props.protocol ?? 'tcp',
    portRangeMin: props.port,
    portRangeMax: props.to ?? props.port,
    remoteIpPrefix: props.cidr,
    remoteGroupId: props.remoteGroupId,
  });
}

/** An instance tier: `zones` gives one member per entry (keys app-001...); no zones: one plain instance. */
export function instanceTier(stack: TerraformStack, props: { zones?: string[]; policy?: string; name?: string; tags?: string[] }): ComputeInstanceV2 {
  const group = props.policy ? new ComputeServergroupV2(stack, 'group', { name: 'g', policies: [props.policy] }) : undefined;
  const hints = group ? [{ group: group.id }] : undefined;
  if (!props.zones) return new ComputeInstanceV2(stack, props.name ?? 'app', { name: props.name ?? 'app', schedulerHints: hints, tags: props.tags });
  const members = TerraformIterator.fromMap(Object.fromEntries(props.zones.map((az, i) => [`app-00${i + 1}`, { az }])));
  return new ComputeInstanceV2(stack, props.name ?? 'app', {
    forEach: members,
    name: members.key,
    availabilityZone: members.getString('az'),
    schedulerHints: hints,
    tags: props.tags,
  });
}

export function vsphereTier(stack: TerraformStack, withRule: boolean, pools: string[] = ['rp', 'rp']): VirtualMachine {
  const members = TerraformIterator.fromMap({ 'vm-001': { resource_pool_id: pools[0] }, 'vm-002': { resource_pool_id: pools[1] } });
  const vms = new VirtualMachine(stack, 'vm', { forEach: members, name: members.key, resourcePoolId: members.getString('resource_pool_id') });
  if (withRule) {
    new ComputeClusterVmAntiAffinityRule(stack, 'anti', {
      name: 'anti',
      computeClusterId: 'cluster',
      virtualMachineIds: TerraformIterator.fromResources(vms).pluckProperty('id') as unknown as string[],
      mandatory: true,
    });
  }
  return vms;
}

export function vlanNetwork(stack: TerraformStack, id: string, physnet: string, vlan: number, tags?: string[]): NetworkingNetworkV2 {
  return new NetworkingNetworkV2(stack, id, { name: id, tags, segments: [{ networkType: 'vlan', physicalNetwork: physnet, segmentationId: vlan }] });
}

export interface DeploymentProps {
  readonly image?: string;
  readonly nonRoot?: boolean;
  /** false: the container's security_context leaves run_as_non_root unset. */
  readonly containerNonRoot?: boolean;
  readonly privileged?: boolean;
  readonly resources?: boolean;
  readonly strategy?: DeploymentV1SpecStrategy;
  readonly namespace?: string;
  readonly labels?: { [key: string]: string };
  readonly replicas?: string;
}

/** A Deployment that passes every pod rule unless a prop says otherwise. */
export function deployment(stack: TerraformStack, id: string, p: DeploymentProps = {}): DeploymentV1 {
  const labels = { app: id, ...(p.labels ?? {}) };
  return new DeploymentV1(stack, id, {
    metadata: { name: id, namespace: p.namespace === undefined ? 'payments' : p.namespace || undefined, labels },
    spec: {
      replicas: p.replicas ?? '2',
      selector: { matchLabels: { app: id } },
      strategy: p.strategy ?? { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '0', maxSurge: '1' } },
      template: {
        metadata: { labels },
        spec: {
          securityContext: p.nonRoot === false ? undefined : { runAsNonRoot: true, runAsUser: '10001' },
          container: [
            {
              name: 'app',
              image: p.image ?? 'registry.example/app:1.2.3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
              resources: p.resources === false ? undefined : { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
              securityContext: {
                ...(p.privileged ? { privileged: true } : { allowPrivilegeEscalation: false }),
                ...(p.containerNonRoot === false || p.nonRoot === false ? {} : { runAsNonRoot: true }),
              },
            },
          ],
        },
      },
    },
  });
}

import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleDefinition, SynthResource, nonCompliant, notApplicable } from '../model';
import { resourceLabels } from '../private/attrs';

// What counts is the wiring in the synthesized JSON, not a label: a sink's collectors
// (labelled oscar.io/audit-sink) whose user data forwards to a destination, and every other
// VM tier whose user data forwards to that sink's collector addresses (AuditLogSink writes
// both, with a marker line naming the sink).

const VM_TYPES = ['openstack_compute_instance_v2', 'vsphere_virtual_machine'];
/** `# oscar.io/audit-sink: <name> [collector ]<a,b>:<port>[ -> <dest>:<port>]` in user data. */
const MARKER = /# oscar\.io\/audit-sink: ([a-z0-9-]+) (collector )?([0-9A-Za-z.,:-]+?):(\d+)(?: -> ([^\s:\\]+):(\d+))?/;

function userDataOf(r: SynthResource): string {
  const extra = r.attributes.extra_config as { [key: string]: unknown } | undefined;
  const data = r.type === 'vsphere_virtual_machine' ? extra?.['guestinfo.userdata'] : r.attributes.user_data;
  return typeof data === 'string' ? data : '';
}

function tierOf(r: SynthResource): string {
  return resourceLabels(r)[LabelKeys.TIER] ?? r.path.split('/').slice(-2).join('/');
}

/** Every VM tier ships its logs to an audit sink the stack creates (evaluated once per stack). */
export const auditTierPresent: RuleDefinition = {
  name: 'audit-tier-present',
  title: 'Every VM tier ships its logs to an audit sink the stack creates',
  explanation: 'Security audit requires that events are collected centrally, kept and passed on to the audit platform. A label says nothing: the stack must create log collectors that forward to a destination, and every workload tier must send its logs to them.',
  fix: 'Create an AuditLogSink (collectors with a destination) and give every tier `userData: sink.forwardingUserData(ownUserData)` (GovernmentCloud, HealthcareCloud, EducationCloud: the `auditSink` prop wires every workload tier; a BackupPolicy runner: `runnerLogForwarding`).',
  resourceTypes: ['(stack)'],
  check: (_r, ctx) => {
    const vms = ctx.stack.resources.filter((r) => r.mode === 'resource' && VM_TYPES.includes(r.type));
    if (vms.length === 0) return notApplicable('no VMs in the stack (pods ship logs through the cluster\'s logging agent, which this rule does not judge)');
    const sinks = new Map<string, string>(); // name -> "addresses:port"
    const collectors = vms.filter((r) => resourceLabels(r)[LabelKeys.AUDIT_SINK] !== undefined);
    for (const c of collectors) {
      const m = MARKER.exec(userDataOf(c));
      if (m && m[2] && m[5] !== undefined && m[1] === resourceLabels(c)[LabelKeys.AUDIT_SINK]) sinks.set(m[1], `${m[3]}:${m[4]}`);
    }
    if (sinks.size === 0) {
      return nonCompliant(collectors.length === 0
        ? 'no audit sink: no VM is a log collector (oscar.io/audit-sink) of the stack'
        : `the log collectors ${collectors.map(tierOf).join(', ')} forward to no destination`);
    }
    const silent = vms.filter((r) => !collectors.includes(r)).filter((r) => {
      const m = MARKER.exec(userDataOf(r));
      return !m || m[2] !== undefined || sinks.get(m[1]) !== `${m[3]}:${m[4]}`;
    });
    if (silent.length > 0) return nonCompliant(`tiers that ship no logs to an audit sink of the stack: ${silent.map(tierOf).join(', ')}`);
    return COMPLIANT;
  },
};

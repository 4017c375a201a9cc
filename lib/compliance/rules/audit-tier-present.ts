import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleDefinition, SynthResource, nonCompliant, notApplicable } from '../model';
import { POD_WORKLOAD_TYPES, block, resourceLabels } from '../private/attrs';

const COMPUTE_TYPES = ['openstack_compute_instance_v2', 'vsphere_virtual_machine', ...POD_WORKLOAD_TYPES];
const AUDIT = /^(audit|log|logs|logging|syslog|siem)$/i;

function isAuditTier(r: SynthResource): boolean {
  const tier = resourceLabels(r)[LabelKeys.TIER];
  if (tier !== undefined) return AUDIT.test(tier);
  const name = r.type.startsWith('kubernetes') ? block(r.attributes.metadata)?.name : r.attributes.name;
  return typeof name === 'string' && name.split(/[-_.\s]/).some((p) => AUDIT.test(p));
}

/** A stack with compute has an audit/log tier (evaluated once per stack). */
export const auditTierPresent: RuleDefinition = {
  name: 'audit-tier-present',
  title: 'An audit/log tier is present',
  explanation: 'Security audit requires that events from the system are collected centrally and kept; a deployment with compute but no audit/log collection tier cannot produce an audit trail.',
  fix: 'Add a log/audit tier (label or tag it oscar.io/tier=audit or logging), e.g. a syslog/Loki/Elasticsearch tier that the other tiers ship logs to.',
  resourceTypes: ['(stack)'],
  check: (_r, ctx) => {
    const compute = ctx.stack.resources.filter((r) => r.mode === 'resource' && COMPUTE_TYPES.includes(r.type));
    if (compute.length === 0) return notApplicable('no compute in the stack');
    return compute.some(isAuditTier) ? COMPLIANT : nonCompliant('no instance, VM or workload is tagged oscar.io/tier=audit|logging or named as an audit/log tier');
  },
};

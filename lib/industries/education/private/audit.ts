import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { AuditLogForwarding, AuditLogSink, Network } from '../../../pool';
import { createPatternAuditSink } from '../../private/audit-sink';
import { EducationCloudProps, EducationZone, EducationZoneLayout } from '../props';
import { CloudPlan } from './validate';

// The campus audit-log sink (internal, E12 / MLPS-9): collectors in one zone network of the
// cloud's site; every workload gets a NIC in that zone (shared with its department's
// project) and ships its logs over it. The default zone is the one that reaches the audit
// platform: ZTE's campus intranet is on the edge router and the VPN, Hubei's operations
// management zone is the management network behind the core.

const DEFAULT_ZONE: { [layout: string]: EducationZone } = {
  [EducationZoneLayout.ZTE_THREE_ZONES]: EducationZone.CAMPUS_INTRANET,
  [EducationZoneLayout.HUBEI_SEVEN_ZONES]: EducationZone.OPERATIONS_MANAGEMENT,
};

/** @internal The sink and the zone its senders attach to. */
export interface CampusAuditSink {
  readonly sink: AuditLogSink;
  readonly zone: EducationZone;
  readonly forwarding: AuditLogForwarding;
}

/** @internal The sink, when `auditSink` is set. Departments on another site cannot reach its zone. */
export function createCampusAuditSink(scope: Construct, props: EducationCloudProps, plan: CloudPlan, zones: { [zone: string]: Network }): CampusAuditSink | undefined {
  const options = props.auditSink;
  if (!options) return undefined;
  const zone = options.zone ?? DEFAULT_ZONE[plan.layout];
  if (!zones[zone]) throw new ValidationError(scope, 'auditSink.zone', `"${zone}" is not a zone of layout ${plan.layout}`, `use one of ${Object.keys(zones).join(', ')}`);
  props.departments.forEach((d, i) => {
    const site = plan.siteOf[d.name];
    if (site !== props.site && (d.workloads ?? []).length > 0) {
      throw new ValidationError(scope, `departments[${i}].site`, `department "${d.name}" runs on ${site.targetName} site ${site.node.path}, and its workloads would ship their logs over a NIC in the ${zone} zone of the cloud's site ${props.site.node.path}, which a VM of another site cannot attach`, 'run the department on the cloud\'s site, or give that site its own EducationCloud with its own auditSink');
    }
  });
  const sink = createPatternAuditSink(scope, options, { site: props.site, network: zones[zone], allowFrom: [plan.zoneCidrs[zone]] });
  return { sink, zone, forwarding: sink.forwarding };
}

import { Construct } from 'constructs';
import { AuditLogSink, ImageTemplate } from '../../../pool';
import { createPatternAuditSink } from '../../private/audit-sink';
import { tierImage } from '../../private/tier-image';
import { GovernmentCloudProps, GovernmentZone } from '../props';
import { GovernmentNetworkZone } from '../zones';
import { CloudPlan } from './validate';

// The cloud's audit-log sink in the management zone (internal). Workloads reach it over
// their management NIC; departments' management groups get egress to its addresses
// (workloads.ts), and the sink accepts syslog from the management zone only.

/** @internal The sink, when `auditSink` is set. */
export function createAuditSink(cloud: Construct, props: GovernmentCloudProps, zones: { [zone: string]: GovernmentNetworkZone }, templates: { [name: string]: ImageTemplate }, plan: CloudPlan): AuditLogSink | undefined {
  const options = props.auditSink;
  if (!options) return undefined;
  const mgmt = plan.cidrs[GovernmentZone.MANAGEMENT];
  return createPatternAuditSink(cloud, options, {
    site: props.site,
    network: zones[GovernmentZone.MANAGEMENT].network,
    image: tierImage(cloud, 'auditSink', options, templates, 'imageTemplates'),
    allowFrom: [mgmt],
    sshFrom: props.managementAccessCidrs ?? [mgmt],
    zones: plan.partitionZones?.management,
  });
}

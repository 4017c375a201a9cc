import { AuditLogDestination, Image, Size } from '../pool';

/**
 * The audit-log sink an industry pattern creates when its `auditSink` prop is set (MLPS
 * security audit, digest G9, H7, E12): rsyslog collectors on fixed addresses that forward
 * every log line to the audit platform, and every workload tier of the pattern ships its
 * logs to them. `GovernmentAuditSinkOptions` extends it; `HealthcareCloudProps.auditSink`
 * and `EducationCloudProps.auditSink` take it as is (education: `EducationAuditSinkOptions`).
 */
export interface AuditSinkOptions {
  /** One fixed address per collector, inside the network the pattern puts the sink on (two for failover). */
  readonly addresses: string[];
  /** Where the collectors forward every log line (the audit platform or SIEM). */
  readonly destination: AuditLogDestination;
  /** Collector size. */
  readonly size: Size;
  /**
   * Collector image (OpenStack) or template (vSphere), with rsyslog and cloud-init.
   * Required, except where the pattern offers another way to name it
   * (`GovernmentAuditSinkOptions.imageTemplate`).
   * @default - none
   */
  readonly image?: Image;
  /**
   * Days the collectors keep logs locally.
   * @default 180
   */
  readonly retentionDays?: number;
}

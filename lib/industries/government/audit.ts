import { AuditLogDestination, Image, Size } from '../../pool';

/** The audit-log sink of a government cloud, in the management zone. */
export interface GovernmentAuditSinkOptions {
  /** One fixed address per collector, inside the management zone (two for failover). */
  readonly addresses: string[];
  /** Where the collectors forward every log line (the provincial audit platform or SIEM). */
  readonly destination: AuditLogDestination;
  /** Collector size. */
  readonly size: Size;
  /**
   * Collector image. Exactly one of `image` and `imageTemplate`.
   * @default - none
   */
  readonly image?: Image;
  /**
   * Name of an `imageTemplates` entry the collectors boot from. Exactly one of `image` and `imageTemplate`.
   * @default - none
   */
  readonly imageTemplate?: string;
  /**
   * Days the collectors keep logs locally.
   * @default 180
   */
  readonly retentionDays?: number;
}

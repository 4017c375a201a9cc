import { AuditSinkOptions } from '../audit-sink-options';

/** The audit-log sink of a government cloud, in the management zone. */
export interface GovernmentAuditSinkOptions extends AuditSinkOptions {
  /**
   * Name of an `imageTemplates` entry the collectors boot from. Exactly one of `image` and `imageTemplate`.
   * @default - none
   */
  readonly imageTemplate?: string;
}

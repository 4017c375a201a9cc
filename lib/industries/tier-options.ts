/**
 * What the tier props of every industry pattern share: `TelecomTierSpec`,
 * `BroadcastTierOptions`, `FinanceVmTierProps` and `GovernmentWorkload` extend it. Each
 * tier is an instance group, and these options reach its members the same way in every
 * pattern.
 *
 * Sizing and placement (size, image, member count, zones) stay with each pattern, which
 * decides them its own way: telecom N+1 capacity and spares, finance one zone per
 * hypervisor family, government zones by partition, broadcast per-tier defaults.
 */
export interface TierOptionsBase {
  /**
   * Labels for the tier's resources, merged over the pattern's own, e.g.
   * `{ 'oscar.io/tier': 'audit' }`.
   * @default - none beyond the pattern's labels
   */
  readonly labels?: { [key: string]: string };
  /**
   * Nova key pair for SSH access to the members (OpenStack).
   * @default - none (broadcast: the platform's `keyPair`)
   */
  readonly keyPair?: string;
  /**
   * cloud-init user data of the members.
   * @default - none
   */
  readonly userData?: string;
}

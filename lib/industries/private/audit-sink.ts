import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { AuditLogForwarding, AuditLogSink, IHostPool, Image, INetwork, ISite, IStorageTier, Peer, Port, SecurityGroup } from '../../pool';
import { AuditSinkOptions } from '../audit-sink-options';

// The audit-log sink of an industry pattern (internal, MLPS-9): the pattern says where the
// collectors run; every tier then ships its logs there through `shipLogs`.

/** @internal Where the pattern puts its sink. */
export interface AuditSinkPlacement {
  readonly site: ISite;
  readonly network: INetwork;
  /** The collectors' image (the pattern resolves templates). */
  readonly image?: Image;
  /** Sources of syslog: the network the tiers send from. */
  readonly allowFrom: string[];
  readonly sshFrom?: string[];
  readonly zones?: string[];
  readonly hostPool?: IHostPool;
  readonly bootVolumeTier?: IStorageTier;
}

/** @internal The sink `auditSink` asks for, as `<scope>/audit-sink`. */
export function createPatternAuditSink(scope: Construct, options: AuditSinkOptions, at: AuditSinkPlacement): AuditLogSink {
  const image = at.image ?? options.image;
  if (!image) throw new ValidationError(scope, 'auditSink.image', 'is not set, and the collectors need an image', 'pass image: Image.fromName(...) (a cloud-init image with rsyslog)');
  return new AuditLogSink(scope, 'audit-sink', {
    site: at.site,
    network: at.network,
    addresses: options.addresses,
    destination: options.destination,
    size: options.size,
    image,
    allowFrom: at.allowFrom,
    sshFrom: at.sshFrom,
    zones: at.zones,
    hostPool: at.hostPool,
    bootVolumeTier: at.bootVolumeTier,
    retentionDays: options.retentionDays,
  });
}

/**
 * @internal A tier's user data, forwarding its logs to the sink when there is one; each of
 * `groups` may then reach the collectors on the sink's port (and nothing more).
 */
export function shipLogs(forwarding: AuditLogForwarding | undefined, userData: string | undefined, groups: SecurityGroup[] = []): string | undefined {
  if (!forwarding) return userData;
  allowLogEgress(forwarding, groups);
  return AuditLogSink.userDataForwardingTo(forwarding, userData);
}

/** @internal Each of `groups` may reach the sink's collectors on its port. */
export function allowLogEgress(forwarding: AuditLogForwarding | undefined, groups: SecurityGroup[]): void {
  for (const group of forwarding ? groups : []) {
    for (const address of forwarding!.addresses) group.allowEgress(Peer.cidr(`${address}/32`), Port.tcp(forwarding!.port ?? 514));
  }
}

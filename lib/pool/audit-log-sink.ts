import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { LabelKeys } from '../core/labels';
import { parseAddress } from '../core/private/cidr';
import { requireDnsLabel, requireIntegerInRange, requireNonEmpty } from '../core/private/validate';
import { IHostPool } from './host-pool';
import { InstanceGroup } from './instance-group';
import { INetwork } from './network';
import { Peer, Port, SecurityGroup } from './security-group';
import { IStorageTier } from './shapes';
import { ISite } from './site';
import { Image, Size } from './size';

/** Where the collectors forward every log line: the SIEM or the provincial audit platform. */
export interface AuditLogDestination {
  /** Address or host name of the destination. */
  readonly address: string;
  /**
   * TCP port of the destination.
   * @default 514
   */
  readonly port?: number;
}

/** How workloads reach a sink: what `AuditLogSink.userDataForwardingTo` needs. */
export interface AuditLogForwarding {
  /** The sink's name (a DNS label), recorded in the members' configuration. */
  readonly sinkName: string;
  /** The collectors' fixed addresses: members send to the first and fail over to the next. */
  readonly addresses: string[];
  /**
   * TCP port the collectors listen on.
   * @default 514
   */
  readonly port?: number;
}

/** Properties of an {@link AuditLogSink}. */
export interface AuditLogSinkProps {
  /** The site the collectors run on. */
  readonly site: ISite;
  /** The network the collectors attach to (e.g. the management network). */
  readonly network: INetwork;
  /**
   * The subnet of `network`.
   * @default - the network's first subnet
   */
  readonly subnet?: string;
  /**
   * The sink's name, a DNS label: collectors are `<name>-001`, ... and members' forwarding
   * configuration names it.
   * @default 'audit'
   */
  readonly name?: string;
  /** One fixed address per collector, inside the subnet: at least one, two for failover. */
  readonly addresses: string[];
  /** Where the collectors forward what they receive. */
  readonly destination: AuditLogDestination;
  /** Collector size. */
  readonly size: Size;
  /** Collector image (OpenStack) or template (vSphere), with rsyslog and cloud-init. */
  readonly image: Image;
  /**
   * Sources allowed to send logs.
   * @default - the subnet's CIDR
   */
  readonly allowFrom?: string[];
  /**
   * Sources allowed to reach SSH on the collectors.
   * @default - none
   */
  readonly sshFrom?: string[];
  /**
   * TCP port the collectors listen on.
   * @default 514
   */
  readonly port?: number;
  /**
   * Days the collectors keep the received logs locally. China's Cybersecurity Law (article 21)
   * asks for at least six months.
   * @default 180
   */
  readonly retentionDays?: number;
  /**
   * Zones the collectors are spread over.
   * @default - all of the site's zones
   */
  readonly zones?: string[];
  /**
   * Key pair of the collectors.
   * @default - none
   */
  readonly keyPair?: string;
  /**
   * The host pool the collectors run in (a trusted cloud's attested pool, for instance).
   * @default - any host of the site
   */
  readonly hostPool?: IHostPool;
  /**
   * Boot the collectors from a volume of this tier (the size's disk), so the kept logs
   * are on it (an encrypted tier, for instance).
   * @default - boot from the image on local disk
   */
  readonly bootVolumeTier?: IStorageTier;
}

/** Marks the forwarding configuration, so that synthesized JSON shows which sink a member ships to. */
const MARKER = '# oscar.io/audit-sink:';

/**
 * An audit-log sink (digest G9, H7: MLPS security audit): rsyslog collectors on fixed addresses
 * that receive over TCP, keep the logs locally for `retentionDays` and forward everything to
 * a destination (a SIEM or the audit platform). Members ship their logs to it with
 * `sink.forwardingUserData(...)` as their user data (cloud-init). Target-neutral: the
 * collectors are an `InstanceGroup` with a default-deny `SecurityGroup` on any site.
 * MLPS-9 checks the wiring in the synthesized JSON.
 */
export class AuditLogSink extends Construct {
  /**
   * Cloud-init user data that forwards every log line to the sink's collectors, merged with
   * `base` (the member's own user data, any cloud-init format) as a `#cloud-config-archive`.
   */
  public static userDataForwardingTo(forwarding: AuditLogForwarding, base?: string): string {
    const port = forwarding.port ?? 514;
    const [first, ...rest] = forwarding.addresses;
    const rules = [
      `${MARKER} ${forwarding.sinkName} ${forwarding.addresses.join(',')}:${port}`,
      `*.* @@${first}:${port}`,
      ...rest.flatMap((a) => ['$ActionExecOnlyWhenPreviousIsSuspended on', `& @@${a}:${port}`, '$ActionExecOnlyWhenPreviousIsSuspended off']),
    ];
    const config = cloudConfig('/etc/rsyslog.d/90-oscar-audit-forward.conf', rules);
    if (base === undefined) return config;
    return ['#cloud-config-archive', `- content: |\n${indent(base)}`, `- content: |\n${indent(config)}`, ''].join('\n');
  }

  /** The collectors. */
  public readonly collectors: InstanceGroup;
  /** The collectors' security group. */
  public readonly securityGroup: SecurityGroup;
  /** How members reach the sink. */
  public readonly forwarding: AuditLogForwarding;

  constructor(scope: Construct, id: string, props: AuditLogSinkProps) {
    super(scope, id);
    const name = props.name ?? 'audit';
    requireDnsLabel(this, 'name', name);
    if (props.addresses.length === 0) throw new ValidationError(this, 'addresses', 'lists no collector address', 'give one fixed address per collector, e.g. two for failover');
    props.addresses.forEach((a, i) => { if (!Token.isUnresolved(a)) parseAddress(this, `addresses[${i}]`, a); });
    requireNonEmpty(this, 'destination.address', props.destination.address);
    const port = props.port ?? 514;
    const destPort = props.destination.port ?? 514;
    requireIntegerInRange(this, 'port', port, 1, 65535);
    requireIntegerInRange(this, 'destination.port', destPort, 1, 65535);
    const retention = props.retentionDays ?? 180;
    requireIntegerInRange(this, 'retentionDays', retention, 1, 3650);
    if (props.addresses.includes(props.destination.address)) {
      throw new ValidationError(this, 'destination.address', `${props.destination.address} is a collector of the sink itself`, 'forward to the SIEM or audit platform, outside the sink');
    }
    this.forwarding = { sinkName: name, addresses: props.addresses, port };

    const subnet = props.network.subnet(props.subnet ?? props.network.subnetNames[0]);
    this.securityGroup = new SecurityGroup(this, 'security-group', { site: props.site, name: `${name}-sink`, description: `audit sink ${name}: syslog in, forwarding out` });
    for (const cidr of props.allowFrom ?? [subnet.cidr]) this.securityGroup.allowIngress(Peer.cidr(cidr), Port.tcp(port));
    for (const cidr of props.sshFrom ?? []) this.securityGroup.allowIngress(Peer.cidr(cidr), Port.tcp(22));
    const dest = Token.isUnresolved(props.destination.address) || /^[0-9.]+$/.test(props.destination.address) ? `${props.destination.address}/32` : undefined;
    this.securityGroup.allowEgress(dest ? Peer.cidr(dest) : Peer.anyIpv4(), Port.tcp(destPort));

    const collectorRules = [
      `${MARKER} ${name} collector ${props.addresses.join(',')}:${port} -> ${props.destination.address}:${destPort}`,
      'module(load="imtcp")',
      `input(type="imtcp" port="${port}" ruleset="oscar-audit")`,
      'template(name="oscar-audit-file" type="string" string="/var/log/oscar-audit/%HOSTNAME%/%PROGRAMNAME%.log")',
      'ruleset(name="oscar-audit") {',
      '  action(type="omfile" dynaFile="oscar-audit-file")',
      `  action(type="omfwd" target="${props.destination.address}" port="${destPort}" protocol="tcp" queue.type="LinkedList" queue.filename="oscar-audit-fwd" queue.saveOnShutdown="on" action.resumeRetryCount="-1")`,
      '}',
    ];
    const rotate = [`/var/log/oscar-audit/*/*.log {`, '  daily', `  rotate ${retention}`, `  maxage ${retention}`, '  compress', '  missingok', '}'];
    this.collectors = new InstanceGroup(this, 'collectors', {
      site: props.site,
      name,
      count: props.addresses.length,
      size: props.size,
      image: props.image,
      zones: props.zones,
      keyPair: props.keyPair,
      hostPool: props.hostPool,
      bootVolumeTier: props.bootVolumeTier,
      ha: true, // restarted after a host failure: the audit trail must not pause
      networks: [{ network: props.network, subnet: props.subnet, fixedIps: props.addresses, securityGroups: [this.securityGroup] }],
      userData: cloudConfig('/etc/rsyslog.d/10-oscar-audit-collector.conf', collectorRules, { path: '/etc/logrotate.d/oscar-audit', lines: rotate }),
      labels: { [LabelKeys.TIER]: 'audit', [LabelKeys.AUDIT_SINK]: name },
    });
  }

  /** Cloud-init user data for a member that ships its logs here, merged with `base`. */
  public forwardingUserData(base?: string): string {
    return AuditLogSink.userDataForwardingTo(this.forwarding, base);
  }
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}

/** A cloud-config that writes rsyslog rules (and optionally one more file) and restarts rsyslog. */
function cloudConfig(path: string, lines: string[], extra?: { path: string; lines: string[] }): string {
  const file = (p: string, body: string[]) => [`  - path: ${p}`, '    content: |', ...body.map((l) => `      ${l}`)];
  return [
    '#cloud-config',
    'merge_how: "dict(recurse_array,no_replace)+list(append)"',
    'write_files:',
    ...file(path, lines),
    ...(extra ? file(extra.path, extra.lines) : []),
    'runcmd:',
    '  - [systemctl, restart, rsyslog]',
    '',
  ].join('\n');
}

import { isIPv4, isIPv6 } from 'net';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Names } from '../core/names';
import { requireIntegerInRange, requireNonEmpty } from '../core/private/validate';
import { openstackProviderOf } from '../pool/openstack/context';
import { ISite } from '../pool/site';
import { DnsRecordsetV2 } from '../providers/openstack/dns-recordset-v2';
import { DnsZoneV2 } from '../providers/openstack/dns-zone-v2';
import { OpenstackProvider } from '../providers/openstack/provider';
import { requirePort } from './private/common';

/** Options shared by every record. */
export interface DnsRecordOptions {
  /**
   * Time to live in seconds (60-86400).
   * @default - the zone's TTL
   */
  readonly ttl?: number;
  /**
   * Description in Designate.
   * @default - none
   */
  readonly description?: string;
}

/** One target of an SRV record. */
export interface SrvRecordTarget {
  /** Lower is tried first (0-65535). */
  readonly priority: number;
  /** Share among targets of equal priority (0-65535). */
  readonly weight: number;
  /** Port of the service. */
  readonly port: number;
  /** Host name of the target, fully qualified with a trailing dot. */
  readonly target: string;
}

/**
 * A record set in a {@link DnsZone}. Names are relative to the zone (`www`), `@` for
 * the apex, or absolute with a trailing dot (`www.example.org.`), which must lie in the zone.
 * Addresses may be tokens, e.g. `loadBalancer.address` or an instance's `accessIpV4`.
 */
export class DnsRecord {
  /** IPv4 addresses. */
  public static a(name: string, addresses: string[], options: DnsRecordOptions = {}): DnsRecord {
    return new DnsRecord(name, 'A', addresses, options);
  }
  /** IPv6 addresses. */
  public static aaaa(name: string, addresses: string[], options: DnsRecordOptions = {}): DnsRecord {
    return new DnsRecord(name, 'AAAA', addresses, options);
  }
  /** An alias of another name (fully qualified, with a trailing dot). */
  public static cname(name: string, target: string, options: DnsRecordOptions = {}): DnsRecord {
    return new DnsRecord(name, 'CNAME', [target], options);
  }
  /** Service locations. `name` is `_service._proto[.host]`, e.g. `_sip._udp`. */
  public static srv(name: string, targets: SrvRecordTarget[], options: DnsRecordOptions = {}): DnsRecord {
    const record = new DnsRecord(name, 'SRV', [], options);
    record.srvTargets = targets;
    return record;
  }
  /** Text values (each at most 255 characters, quoted for Designate). */
  public static txt(name: string, values: string[], options: DnsRecordOptions = {}): DnsRecord {
    return new DnsRecord(name, 'TXT', values, options);
  }

  private srvTargets: SrvRecordTarget[] = [];

  private constructor(
    /** The name as given. */
    public readonly name: string,
    /** The record type (A, AAAA, CNAME, SRV, TXT). */
    public readonly type: string,
    /** The values as given. */
    public readonly values: string[],
    /** TTL and description. */
    public readonly options: DnsRecordOptions,
  ) {}

  /** @internal the Designate `records` list, validated against `scope`/`prop`. */
  public _render(scope: Construct, prop: string): string[] {
    switch (this.type) {
      case 'SRV':
        if (this.srvTargets.length === 0) throw new ValidationError(scope, prop, 'an SRV record needs at least one target', 'pass one or more targets');
        return this.srvTargets.map((t, i) => {
          requireIntegerInRange(scope, `${prop}.targets[${i}].priority`, t.priority, 0, 65535);
          requireIntegerInRange(scope, `${prop}.targets[${i}].weight`, t.weight, 0, 65535);
          requirePort(scope, `${prop}.targets[${i}].port`, t.port);
          requireFqdn(scope, `${prop}.targets[${i}].target`, t.target);
          return `${t.priority} ${t.weight} ${t.port} ${t.target}`;
        });
      case 'TXT':
        return this.nonEmpty(scope, prop).map((v, i) => {
          if (Token.isUnresolved(v)) return v;
          if (v.length > 255) throw new ValidationError(scope, `${prop}.values[${i}]`, `is ${v.length} characters long (a TXT string holds at most 255)`, 'split the value into several strings');
          return /^".*"$/.test(v) ? v : `"${v.replace(/"/g, '\\"')}"`;
        });
      case 'CNAME':
        this.values.forEach((v, i) => requireFqdn(scope, `${prop}.values[${i}]`, v));
        return this.values;
      default: {
        const valid = this.type === 'A' ? isIPv4 : isIPv6;
        return this.nonEmpty(scope, prop).map((v, i) => {
          if (!Token.isUnresolved(v) && !valid(v)) {
            throw new ValidationError(scope, `${prop}.values[${i}]`, `"${v}" is not an IPv${this.type === 'A' ? 4 : 6} address`, `use DnsRecord.${this.type === 'A' ? 'aaaa' : 'a'} for IPv${this.type === 'A' ? 6 : 4} addresses`);
          }
          return v;
        });
      }
    }
  }

  private nonEmpty(scope: Construct, prop: string): string[] {
    if (!Token.isUnresolved(this.values) && this.values.length === 0) {
      throw new ValidationError(scope, `${prop}.values`, `a ${this.type} record needs at least one value`, 'pass one or more values');
    }
    return this.values;
  }
}

function requireFqdn(scope: Construct, prop: string, name: string): void {
  if (Token.isUnresolved(name)) return;
  if (!/^([A-Za-z0-9_]([-A-Za-z0-9_]{0,61}[A-Za-z0-9])?\.)+$/.test(name)) {
    throw new ValidationError(scope, prop, `"${name}" is not a fully qualified domain name with a trailing dot`, `write it like "${name.replace(/\.?$/, '.')}"`);
  }
}

/** Props of {@link DnsZone}. */
export interface DnsZoneProps {
  /** The OpenStack site (region) the DNS zone lives on. Its provider creates every resource. */
  readonly site: ISite;
  /** The zone, fully qualified with a trailing dot, e.g. `media.example.org.`. */
  readonly zoneName: string;
  /** Contact address of the zone (SOA). */
  readonly email: string;
  /**
   * Default TTL of the zone in seconds (60-86400).
   * @default 3600
   */
  readonly ttl?: number;
  /**
   * Description in Designate.
   * @default - none
   */
  readonly description?: string;
  /**
   * Record sets to create with the zone (more with `addRecord`).
   * @default - none
   */
  readonly records?: DnsRecord[];
}

/**
 * A Designate primary zone and its record sets. TTLs must lie in 60-86400 s, and a
 * record whose name is outside the zone is an error. Record construct IDs are
 * `<type>-<name>` (e.g. `a-www`, `srv-sip-udp`), so they are stable.
 */
export class DnsZone extends Construct {
  /** The site the resources live on. */
  public readonly site: ISite;
  private readonly provider: OpenstackProvider;
  /** Smallest TTL accepted, in seconds. */
  public static readonly MIN_TTL = 60;
  /** Largest TTL accepted, in seconds (one day). */
  public static readonly MAX_TTL = 86400;

  /** The `openstack_dns_zone_v2`. */
  public readonly zone: DnsZoneV2;
  /** The record sets, in the order they were added. */
  public readonly recordSets: DnsRecordsetV2[] = [];
  /** The zone name (with trailing dot). */
  public readonly zoneName: string;
  private readonly seen = new Set<string>();

  constructor(scope: Construct, id: string, props: DnsZoneProps) {
    super(scope, id);
    this.site = props.site;
    this.provider = openstackProviderOf(props.site, this, 'site', 'DNS zones (Designate)');
    requireFqdn(this, 'zoneName', props.zoneName);
    requireNonEmpty(this, 'email', props.email);
    if (!Token.isUnresolved(props.email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(props.email)) {
      throw new ValidationError(this, 'email', `"${props.email}" is not an e-mail address`, 'use e.g. "hostmaster@example.org"');
    }
    const ttl = props.ttl ?? 3600;
    requireTtl(this, 'ttl', ttl);
    this.zoneName = props.zoneName;
    this.zone = new DnsZoneV2(this, 'zone', {
      provider: this.provider,
      name: props.zoneName,
      email: props.email,
      ttl,
      type: 'PRIMARY',
      description: props.description,
    });
    for (const record of props.records ?? []) this.addRecord(record);
  }

  /** Adds a record set to the zone. */
  public addRecord(record: DnsRecord): DnsRecordsetV2 {
    const prop = `records["${record.type} ${record.name}"]`;
    const fqdn = this.qualify(`${prop}.name`, record.name);
    if (record.options.ttl !== undefined) requireTtl(this, `${prop}.ttl`, record.options.ttl);
    const relative = Token.isUnresolved(this.zoneName) ? record.name : fqdn === this.zoneName ? '@' : fqdn.slice(0, -this.zoneName.length - 1);
    if (record.type === 'SRV' && !Token.isUnresolved(relative) && !/^_[^.]+\._(tcp|udp|tls|sctp)(\.|$)/.test(relative)) {
      throw new ValidationError(this, `${prop}.name`, `an SRV name starts with _service._proto (got "${record.name}")`, 'name it like "_sip._udp"');
    }
    const key = `${record.type} ${fqdn.toLowerCase()}`;
    if (this.seen.has(key)) {
      throw new ValidationError(this, `${prop}.name`, `"${fqdn}" already has a ${record.type} record set (one per name and type)`, 'merge the values into one record');
    }
    const others = [...this.seen].filter((k) => k.endsWith(` ${fqdn.toLowerCase()}`));
    if (others.length > 0 && (record.type === 'CNAME' || others.some((k) => k.startsWith('CNAME ')))) {
      throw new ValidationError(this, `${prop}.name`, `"${fqdn}" would have a CNAME next to other records (a CNAME excludes every other type)`, 'use another name for the alias');
    }
    if (record.type === 'CNAME' && relative === '@') {
      throw new ValidationError(this, `${prop}.name`, 'a CNAME cannot be at the zone apex', 'use A/AAAA records at the apex');
    }
    this.seen.add(key);
    const label = relative === '@' ? 'apex' : Names.toDnsLabel(relative);
    const recordSet = new DnsRecordsetV2(this, `${record.type.toLowerCase()}-${label}`, {
      provider: this.provider,
      zoneId: this.zone.id,
      name: fqdn,
      type: record.type,
      records: record._render(this, prop),
      ttl: record.options.ttl,
      description: record.options.description,
    });
    this.recordSets.push(recordSet);
    return recordSet;
  }

  private qualify(prop: string, name: string): string {
    const zone = this.zoneName;
    if (name === '@' || name === '') return zone;
    if (Token.isUnresolved(name) || Token.isUnresolved(zone)) return name.endsWith('.') ? name : `${name}.${zone}`;
    if (!name.endsWith('.')) return this.qualify(prop, `${name}.${zone}`);
    requireFqdn(this, prop, name);
    if (name.toLowerCase() !== zone.toLowerCase() && !name.toLowerCase().endsWith(`.${zone.toLowerCase()}`)) {
      throw new ValidationError(this, prop, `"${name}" is outside the zone ${zone}`, `use a name ending in ".${zone}", a relative name such as "www", or a zone that contains it`);
    }
    return name;
  }
}

function requireTtl(scope: Construct, prop: string, ttl: number): void {
  requireIntegerInRange(scope, prop, ttl, DnsZone.MIN_TTL, DnsZone.MAX_TTL);
}

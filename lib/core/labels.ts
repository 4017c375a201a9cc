import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from './errors';

// Kubernetes label syntax is the strictest of our targets, so it is the one shape:
// optional DNS-subdomain prefix + '/' + name of <= 63 chars; values <= 63 chars.
const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const LABELS = Symbol.for('oscar-blueprints.labels');

/** One label: a key and its value. */
export interface LabelEntry {
  /** The label key, e.g. `oscar.io/tier`. */
  readonly key: string;
  /** The value (`""` for a bare tag). */
  readonly value: string;
}

/**
 * The label keys the library writes and its compliance rules read: one spelling, so a
 * rule and the constructs it checks cannot drift apart.
 */
export class LabelKeys {
  /** The industry pattern that created a resource (`telecom`, `finance`, ...). */
  public static readonly INDUSTRY = 'oscar.io/industry';
  /** The tier of a workload (`web`, `app`, `db`, `audit`, ...). Audit rules look for `audit`/`logging`. */
  public static readonly TIER = 'oscar.io/tier';
  /** The network plane (`management`, `business`, `media`, ...). Plane rules look for `management`. */
  public static readonly PLANE = 'oscar.io/plane';
  /** The environment (`production`, `ci`, `staging`, ...). Rules treat resources without it as production. */
  public static readonly ENVIRONMENT = 'oscar.io/environment';
  /** A free-text note naming the backup schedule of a volume. Informational: MLPS-10 requires a BackupPolicy. */
  public static readonly BACKUP_POLICY = 'oscar.io/backup-policy';
  /** The BackupPolicy whose runner VM or job a resource is (MLPS-10 reads it). */
  public static readonly BACKUP_RUNNER = 'oscar.io/backup-runner';
  /** The government department owning a resource. */
  public static readonly DEPARTMENT = 'oscar.io/department';
  /** The government network zone of a resource. */
  public static readonly ZONE = 'oscar.io/zone';
  /** The government partition (e.g. e-government extranet or internet). */
  public static readonly PARTITION = 'oscar.io/partition';
  /** The audit-log sink a collector VM belongs to (its name), read by MLPS-9. */
  public static readonly AUDIT_SINK = 'oscar.io/audit-sink';
  /** The replica role of a site (`dr`, `active`). */
  public static readonly REPLICA = 'oscar.io/replica';
  /** The L3 pattern that created a resource. */
  public static readonly PATTERN = 'oscar.io/pattern';
  /** The site role of a multi-site pattern (`primary`, `dr`). */
  public static readonly SITE_ROLE = 'oscar.io/site-role';
  /** The hypervisor family a tier runs on. */
  public static readonly HYPERVISOR = 'oscar.io/hypervisor';
  /** The side of a government edge (`internet`, `extranet`). */
  public static readonly EDGE = 'oscar.io/edge';
  /**
   * The fewest members a tier must keep to carry its load (its N): capacity reviews and
   * the TELECOM_HA zone-loss rule check what is left after losing the worst failure domain.
   */
  public static readonly MIN_MEMBERS = 'oscar.io/min-members';
  /** The release track of a canary deployment (`stable`, `canary`). */
  public static readonly TRACK = 'oscar.io/track';
  /**
   * The power-grid security zone of a network or workload: `I` (real-time control), `II`
   * (non-control production), `III` (management information) or `IV` (information DMZ).
   * Read by the POWER_GRID pack.
   */
  public static readonly GRID_ZONE = 'oscar.io/grid-zone';
  /** Where a resource physically is (region, site, building), e.g. `cn-north-bj-dc2`. Required by the HEALTHCARE pack. */
  public static readonly GEO_LOCATION = 'oscar.io/geo-location';
  /** The asset (certificate) owner or ID a resource is registered under. Required by the HEALTHCARE pack. */
  public static readonly ASSET = 'oscar.io/asset';
  /** The trust state a resource needs or has, e.g. `attested`. Required by the HEALTHCARE pack. */
  public static readonly TRUST = 'oscar.io/trust';

  private constructor() {}
}

/**
 * The one tags/labels shape of the library: a flat string map that every construct
 * renders for its target (Kubernetes labels, OpenStack `tags` as `key=value`,
 * vSphere annotations). Labels added to a scope apply to everything created below it.
 *
 * @example
 * Labels.of(stack).add('oscar.io/industry', 'telecom');
 */
export class Labels {
  /** The labels of a scope (created on first use). */
  public static of(scope: IConstruct): Labels {
    const holder = scope as unknown as { [LABELS]?: Labels };
    if (!holder[LABELS]) {
      Object.defineProperty(holder, LABELS, { value: new Labels(scope), enumerable: false });
    }
    return holder[LABELS]!;
  }

  /**
   * The effective labels at `scope`: those of every ancestor, then `extra`, with
   * nearer scopes winning. Keys are sorted so synthesized output is stable.
   */
  public static resolve(scope: IConstruct, extra?: { [key: string]: string }): { [key: string]: string } {
    const merged: { [key: string]: string } = {};
    for (const s of scope.node.scopes) {
      const own = (s as unknown as { [LABELS]?: Labels })[LABELS];
      if (own) Object.assign(merged, own.entries);
    }
    if (extra) {
      Labels.validate(scope, 'labels', extra);
      Object.assign(merged, extra);
    }
    return Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
  }

  /**
   * OpenStack `tags` (a list of strings): `key=value`, sorted, with the key's prefix
   * separator `/` written as `:` (`oscar.io/tier` becomes `oscar.io:tier=web`). Nova
   * and Keystone reject tags containing `/` (Neutron does not), and one form on every
   * resource keeps tags searchable alike. Label keys never contain `:`, so
   * {@link Labels.fromOpenStackTag} maps a tag back without ambiguity.
   */
  public static toOpenStackTags(labels: { [key: string]: string }): string[] {
    return Object.keys(labels).sort().map((k) => `${k.replace('/', ':')}=${labels[k]}`);
  }

  /**
   * The label key and value of one OpenStack tag written by {@link Labels.toOpenStackTags}
   * (or, for tags written before, with a literal `/`). A tag without `=` has value `""`.
   */
  public static fromOpenStackTag(tag: string): LabelEntry {
    const eq = tag.indexOf('=');
    const key = eq > 0 ? tag.slice(0, eq) : tag;
    return { key: key.replace(':', '/'), value: eq > 0 ? tag.slice(eq + 1) : '' };
  }

  /** A human-readable annotation block for vSphere VMs, which have no free-form tags without tag categories. */
  public static toVsphereAnnotation(labels: { [key: string]: string }): string {
    return Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join('\n');
  }

  /** Throws a helpful error for any key or value that is not a valid label. */
  public static validate(scope: IConstruct, prop: string, labels: { [key: string]: string }): void {
    for (const [key, value] of Object.entries(labels)) {
      if (Token.isUnresolved(key) || Token.isUnresolved(value)) continue;
      if (!Labels.isValidKey(key)) {
        throw new ValidationError(scope, `${prop}["${key}"]`, 'is not a valid label key (optional DNS prefix and "/", then at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends)', 'rename the key, e.g. "team" or "oscar.io/team"');
      }
      if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) {
        throw new ValidationError(scope, `${prop}["${key}"]`, `value "${value}" is not a valid label value (at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends)`, 'shorten or simplify the value');
      }
    }
  }

  private static isValidKey(key: string): boolean {
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (prefix !== undefined && (prefix.length > 253 || !LABEL_PREFIX.test(prefix))) return false;
    return name.length > 0 && name.length <= 63 && LABEL_NAME.test(name);
  }

  private readonly entries: { [key: string]: string } = {};

  private constructor(private readonly scope: IConstruct) {}

  /** Adds (or replaces) a label on this scope and everything below it. */
  public add(key: string, value: string): void {
    Labels.validate(this.scope, 'labels', { [key]: value });
    this.entries[key] = value;
  }

  /** Removes a label set on this scope (labels set on ancestors are unaffected). */
  public remove(key: string): void {
    delete this.entries[key];
  }
}

import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Names } from '../core/names';
import { requireAtMostOne, requireIntegerAtLeast } from '../core/private/validate';
import { QuotaResult } from './private/plan';
import { driverOf } from './private/site-support';
import { ISite } from './site';
import { QuotaOpenStackResources, QuotaVsphereResources } from './target-resources';

/** Capacity amounts, as quota limits or as what workloads need. Unknown amounts stay unset. */
export interface QuotaAmounts {
  /**
   * vCPUs.
   * @default - unknown / not limited
   */
  readonly vcpus?: number;
  /**
   * Memory in GiB.
   * @default - unknown / not limited
   */
  readonly memoryGiB?: number;
  /**
   * Instances.
   * @default - unknown / not limited
   */
  readonly instances?: number;
  /**
   * Volumes.
   * @default - unknown / not limited
   */
  readonly volumes?: number;
  /**
   * Block storage in GiB.
   * @default - unknown / not limited
   */
  readonly storageGiB?: number;
}

const AMOUNTS: Array<[keyof QuotaAmounts, string]> = [
  ['vcpus', 'vCPUs'],
  ['memoryGiB', 'GiB of memory'],
  ['instances', 'instances'],
  ['volumes', 'volumes'],
  ['storageGiB', 'GiB of block storage'],
];

/** Properties of a {@link Quota}. */
export interface QuotaProps {
  /** The site the quota applies on. */
  readonly site: ISite;
  /**
   * The OpenStack project (tenant) ID the quota applies to. Required on OpenStack.
   * @default - none (vSphere)
   */
  readonly projectId?: string;
  /**
   * vCPUs (Nova `cores`).
   * @default - unchanged
   */
  readonly vcpus?: number;
  /**
   * Memory in GiB (Nova `ram`, vSphere resource-pool memory limit).
   * @default - unchanged (vSphere: unlimited)
   */
  readonly memoryGiB?: number;
  /**
   * Instances.
   * @default - unchanged
   */
  readonly instances?: number;
  /**
   * Volumes.
   * @default - unchanged
   */
  readonly volumes?: number;
  /**
   * Block storage in GiB.
   * @default - unchanged
   */
  readonly storageGiB?: number;
  /**
   * Networks, subnets, ports, routers, floating IPs, security groups and rules are
   * set together: `networks` networks with up to 8 ports per instance.
   * @default - unchanged
   */
  readonly networks?: number;
  /**
   * Floating IPs.
   * @default - unchanged
   */
  readonly floatingIps?: number;
  /**
   * CPU limit of the vSphere resource pool in MHz.
   * @default - unlimited
   */
  readonly cpuLimitMhz?: number;
  /**
   * CPU reserved for the vSphere resource pool in MHz.
   * @default 0
   */
  readonly cpuReservationMhz?: number;
  /**
   * Memory reserved for the vSphere resource pool in GiB.
   * @default 0
   */
  readonly memoryReservationGiB?: number;
  /**
   * The one cluster (zone) the quota covers (vSphere). Shorthand for `zones: [zone]`.
   * @default - see `zones`
   */
  readonly zone?: string;
  /**
   * The clusters (zones) the quota covers (vSphere): one resource pool each, each with
   * the full limits and reservations (vSphere has no limit over several clusters, for
   * an exact total, cover one cluster).
   * @default - every cluster of the site
   */
  readonly zones?: string[];
  /**
   * Resource pool name (vSphere).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Existing quota objects to take over, imported instead of created.
   *
   * On OpenStack the quota sets `compute`, `network` and `block-storage` (those the
   * quota sets) map to `<projectId>/<region>`. On vSphere each covered zone (cluster)
   * maps to its resource pool's inventory path, e.g. `/dc1/host/cluster-a/Resources/tenant`.
   * @default - none: quota objects are created
   */
  readonly adopt?: { [key: string]: string };
}

/** A quota other building blocks count against. */
export interface IQuota extends IConstruct {
  /** The site the quota applies on. */
  readonly site: ISite;
  /**
   * The vCPU limit, for checks by higher-level constructs.
   * @default - no limit
   */
  readonly vcpus?: number;
  /**
   * The memory limit in GiB.
   * @default - no limit
   */
  readonly memoryGiB?: number;
  /**
   * The instance limit.
   * @default - no limit
   */
  readonly instances?: number;
  /** @internal What the site's driver created, for the groups that count against it. */
  readonly _handle: QuotaResult;
}

/**
 * Capacity limits for a tenant: project quota sets for compute, network and block
 * storage on OpenStack. On vSphere, one resource pool per covered cluster with CPU and
 * memory limits and reservations, in which instance groups given the quota (`quota`)
 * place their members.
 */
export class Quota extends Construct implements IQuota {
  /**
   * Throws, naming `scope` and `prop`, when a set limit is below what the workloads
   * need: a quota that cannot hold its own workloads fails at apply or, worse, at the
   * first scale-out. `consumers` names them in the message, e.g. `the tiers (sbc, app)`.
   * Unset limits, unknown needs and unresolved tokens are skipped.
   */
  public static requireCovers(scope: IConstruct, prop: string, limits: QuotaAmounts, needs: QuotaAmounts, consumers: string): void {
    for (const [key, unit] of AMOUNTS) {
      const limit = limits[key];
      const need = needs[key];
      if (limit === undefined || need === undefined || Token.isUnresolved(limit)) continue;
      if (limit < need) {
        throw new ValidationError(scope, `${prop}.${key}`, `the quota of ${limit} ${unit} is below what ${consumers} need (${need} ${unit})`, `raise ${key} to at least ${need}, or shrink ${consumers}`);
      }
    }
  }

  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: QuotaOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: QuotaVsphereResources;
  /** The site the quota applies on. */
  public readonly site: ISite;
  /** @internal What the site's driver created, for the groups that count against it. */
  public readonly _handle: QuotaResult;
  /** The vCPU limit as given, for checks by higher-level constructs. */
  public readonly vcpus?: number;
  /** The memory limit in GiB as given. */
  public readonly memoryGiB?: number;
  /** The instance limit as given. */
  public readonly instances?: number;

  constructor(scope: Construct, id: string, props: QuotaProps) {
    super(scope, id);
    const counts: Array<[string, number | undefined]> = [
      ['vcpus', props.vcpus], ['instances', props.instances], ['volumes', props.volumes], ['storageGiB', props.storageGiB],
      ['networks', props.networks], ['floatingIps', props.floatingIps], ['cpuLimitMhz', props.cpuLimitMhz], ['cpuReservationMhz', props.cpuReservationMhz],
    ];
    for (const [prop, value] of counts) if (value !== undefined) requireIntegerAtLeast(this, prop, value, 0);
    for (const [prop, value] of [['memoryGiB', props.memoryGiB], ['memoryReservationGiB', props.memoryReservationGiB]] as const) {
      if (value !== undefined && !(value >= 0)) throw new ValidationError(this, prop, `must be >= 0 (got ${value})`, `set ${prop} to 0 or more`);
    }
    if (props.memoryReservationGiB !== undefined && props.memoryGiB !== undefined && props.memoryReservationGiB > props.memoryGiB) {
      throw new ValidationError(this, 'memoryReservationGiB', `reserves ${props.memoryReservationGiB} GiB above the ${props.memoryGiB} GiB limit`, 'keep the reservation within the limit');
    }
    this.vcpus = props.vcpus;
    this.memoryGiB = props.memoryGiB;
    this.instances = props.instances;

    if (props.site.capabilities.projects && !props.projectId) {
      throw new ValidationError(this, 'projectId', `is required on ${props.site.targetName}`, 'pass the project (tenant) ID, e.g. from an openstack_identity_project_v3');
    }
    requireAtMostOne(this, { zone: props.zone, zones: props.zones });
    if (props.zone !== undefined) props.site.requireZone(this, 'zone', props.zone);
    (props.zones ?? []).forEach((z, i) => props.site.requireZone(this, `zones[${i}]`, z));
    if (props.zones !== undefined && props.zones.length === 0) throw new ValidationError(this, 'zones', 'lists no zones', 'list at least one zone, or leave zones unset');
    const zones = props.zones ?? (props.zone !== undefined ? [props.zone] : props.site.availabilityZones);
    this.site = props.site;
    const built = driverOf(props.site).quota(this, { ...props, zones, name: props.name ?? Names.resourceName(this) });
    this._handle = built;
    this.openstack = built.openstack;
    this.vsphere = built.vsphere;
  }
}

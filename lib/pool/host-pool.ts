import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Names } from '../core/names';
import { requireDnsLabel, requireNonEmpty, requireUnique } from '../core/private/validate';
import { HostPoolResult } from './private/plan';
import { driverOf } from './private/site-support';
import { ISite } from './site';
import { CpuArchitecture } from './size';
import { HostPoolOpenStackResources, HostPoolVsphereResources } from './target-resources';

/** Properties of a {@link HostPool}. */
export interface HostPoolProps {
  /** The site the hosts belong to. */
  readonly site: ISite;
  /** The hosts: Nova compute service host names (OpenStack), ESXi host names (vSphere). At least one. */
  readonly hosts: string[];
  /**
   * What the hosts are for, e.g. `compute`, `storage`, `converged`, `control`,
   * `app-streaming` (aggregate metadata `role`).
   */
  readonly role: string;
  /**
   * The zone of the pool: the aggregate's availability zone (OpenStack), or the compute
   * cluster the hosts belong to (vSphere, required). Members of groups in the pool run there.
   * @default - OpenStack: none (the aggregate exposes no zone); vSphere: required
   */
  readonly zone?: string;
  /**
   * The hosts are attested ("trusted"): aggregate metadata `trusted=true`, required by the
   * flavors of groups in the pool (digest H1). On vSphere the pool's hosts are the
   * attested ones (vSphere Trust Authority); the VM-host rule keeps members on them.
   * @default false
   */
  readonly trusted?: boolean;
  /**
   * CPU architecture of the hosts (aggregate metadata `cpu_arch`). Groups of another
   * architecture cannot use the pool.
   * @default - undeclared
   */
  readonly cpuArchitecture?: CpuArchitecture;
  /**
   * CPU family of the hosts, e.g. `kunpeng-920`, `xeon-gold-6348` (aggregate metadata `cpu_family`).
   * @default - none
   */
  readonly cpuFamily?: string;
  /**
   * Further aggregate metadata (OpenStack).
   * @default - none
   */
  readonly metadata?: { [key: string]: string };
  /**
   * Pool name: the aggregate (OpenStack) or host group (vSphere) name.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/** A host pool instance groups can be placed in. */
export interface IHostPool extends IConstruct {
  /** The site the hosts belong to. */
  readonly site: ISite;
  /** Pool name. */
  readonly poolName: string;
  /** The pool's zone, if any. */
  readonly zone?: string;
  /** The hosts' CPU architecture, if declared. */
  readonly cpuArchitecture?: CpuArchitecture;
  /** Whether the hosts are attested. */
  readonly trusted: boolean;
  /** @internal What the site's driver created. */
  readonly _handle: HostPoolResult;
}

// Per site: the pools created so far, for the mixed-architecture check of instance groups.
const POOLS = new WeakMap<ISite, IHostPool[]>();

/** @internal The host pools of a site. */
export function hostPoolsOf(site: ISite): IHostPool[] {
  return POOLS.get(site) ?? [];
}

/**
 * Where members may run (digest M10, H1, H2, B4, G8, F9): a set of hosts with a role. On
 * OpenStack a host aggregate with an availability zone and metadata (`role`, `trusted`,
 * `cpu_arch`, `cpu_family`, `pool`); groups placed in it get flavors that require it
 * (`aggregate_instance_extra_specs:pool`, for Nova's AggregateInstanceExtraSpecsFilter).
 * On vSphere a cluster host group; groups placed in it get a VM group and a mandatory
 * VM-host affinity rule. A vSphere cluster's pools hold at most 128 hosts (G8).
 */
export class HostPool extends Construct implements IHostPool {
  public readonly site: ISite;
  public readonly poolName: string;
  public readonly zone?: string;
  public readonly cpuArchitecture?: CpuArchitecture;
  public readonly trusted: boolean;
  /** The hosts. */
  public readonly hosts: string[];
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: HostPoolOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: HostPoolVsphereResources;
  /** @internal */
  public readonly _handle: HostPoolResult;

  constructor(scope: Construct, id: string, props: HostPoolProps) {
    super(scope, id);
    this.site = props.site;
    this.poolName = props.name ?? Names.resourceName(this, { maxLength: 60 });
    requireDnsLabel(this, 'name', this.poolName);
    requireNonEmpty(this, 'role', props.role);
    if (props.hosts.length === 0) throw new ValidationError(this, 'hosts', 'lists no hosts', 'list the hosts of the pool');
    props.hosts.forEach((h, i) => requireNonEmpty(this, `hosts[${i}]`, h));
    requireUnique(this, 'hosts', props.hosts.filter((h) => !Token.isUnresolved(h)));
    if (props.zone !== undefined) props.site.requireZone(this, 'zone', props.zone);
    for (const other of hostPoolsOf(props.site)) {
      const shared = (other as HostPool).hosts?.filter((h) => props.hosts.includes(h)) ?? [];
      if (shared.length > 0) throw new ValidationError(this, 'hosts', `host ${shared[0]} is already in pool ${other.node.path}`, 'give each host one pool (roles stay separate, digest H2)');
    }
    this.zone = props.zone;
    this.cpuArchitecture = props.cpuArchitecture;
    this.trusted = props.trusted ?? false;
    this.hosts = [...props.hosts];
    const metadata: { [key: string]: string } = { ...props.metadata, pool: this.poolName, role: props.role };
    if (this.trusted) metadata.trusted = 'true';
    if (props.cpuArchitecture) metadata.cpu_arch = props.cpuArchitecture;
    if (props.cpuFamily) metadata.cpu_family = props.cpuFamily;
    this._handle = driverOf(props.site).hostPool(this, { name: this.poolName, hosts: this.hosts, zone: props.zone, metadata, trusted: this.trusted, customMetadata: props.metadata !== undefined });
    this.openstack = this._handle.openstack;
    this.vsphere = this._handle.vsphere;
    POOLS.set(props.site, [...hostPoolsOf(props.site), this]);
  }
}

import type { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import type { DataVsphereDatacenter } from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import type { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import type { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import type { VsphereProvider, VsphereProviderConfig } from '@cdktf/provider-vsphere/lib/provider';
import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Names } from '../../core/names';
import { peer } from '../../core/private/peers';
import { requireAtMostOne, requireNonEmpty, requireUnique } from '../../core/private/validate';
import { checkZones, registerDriver, requireZoneOf } from '../private/site-support';
import { registerTenancy } from '../private/tenancy';
import { ISite, SiteCapabilities, SiteTarget } from '../site';
import { VSPHERE_CAPABILITIES, VsphereDriver } from './driver';
import { VsphereTenancy } from './tenancy';

const peerDataVsphereComputeCluster = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster')>('@cdktf/provider-vsphere', 'lib/data-vsphere-compute-cluster');
const peerDataVsphereDatacenter = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-datacenter')>('@cdktf/provider-vsphere', 'lib/data-vsphere-datacenter');
const peerDataVsphereDatastore = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-datastore')>('@cdktf/provider-vsphere', 'lib/data-vsphere-datastore');
const peerDataVsphereDistributedVirtualSwitch = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch')>('@cdktf/provider-vsphere', 'lib/data-vsphere-distributed-virtual-switch');
const peerProvider = () => peer<typeof import('@cdktf/provider-vsphere/lib/provider')>('@cdktf/provider-vsphere', 'lib/provider');

/** Properties of a {@link VsphereSite}. */
export interface VsphereSiteProps {
  /** The vSphere datacenter name. */
  readonly datacenter: string;
  /**
   * The compute clusters, which act as the site's availability zones (one cluster per
   * failure domain, DRS anti-affinity keeps members apart inside a cluster).
   */
  readonly clusters: string[];
  /** Datastores VMs and disks may use. The first is the default. */
  readonly datastores: string[];
  /**
   * The datastores each cluster's hosts mount, by cluster. The first is that cluster's
   * default. A member's disks go to a datastore of its own cluster, and a shared disk
   * must be on a datastore every attaching member's cluster mounts. A cluster missing
   * from the map has no datastore: placing a member there is an error.
   * @default - every cluster mounts every datastore of `datastores` (shared storage)
   */
  readonly clusterDatastores?: { [cluster: string]: string[] };
  /** The distributed virtual switch that carries the site's port groups. */
  readonly distributedSwitch: string;
  /**
   * VM folder path, relative to the datacenter's VM folder.
   * @default - the datacenter's root VM folder
   */
  readonly folder?: string;
  /**
   * Terraform provider alias, required when several vSphere sites share a stack.
   * @default - the default, unaliased provider
   */
  readonly alias?: string;
  /**
   * Settings of the provider this site creates (`vsphereServer`, `user`, and
   * `password` from a sensitive `TerraformVariable`, a literal password is an error).
   * Exactly one of `providerConfig` and `provider` is required.
   * @default - none; then `provider` is required
   */
  readonly providerConfig?: VsphereProviderConfig;
  /**
   * An existing provider to use instead of creating one.
   * @default - none; then `providerConfig` is required
   */
  readonly provider?: VsphereProvider;
}

/** One vSphere datacenter as a site: its provider, clusters (zones), datastores and switch. */
export class VsphereSite extends Construct implements ISite {
  public readonly target = SiteTarget.VSPHERE;
  public readonly targetName = 'vSphere';
  public readonly capabilities: SiteCapabilities = VSPHERE_CAPABILITIES;
  public readonly availabilityZones: string[];
  /** The provider every resource on this site uses. */
  public readonly provider: VsphereProvider;
  /** Lookup of the datacenter. */
  public readonly datacenter: DataVsphereDatacenter;
  /** Lookup of the distributed switch. */
  public readonly distributedSwitch: DataVsphereDistributedVirtualSwitch;
  /** The VM folder, if set. */
  public readonly folder?: string;
  /** Always undefined: a datacenter has no region name. */
  public readonly regionName?: string = undefined;
  private readonly clusters = new Map<string, DataVsphereComputeCluster>();
  private readonly datastores = new Map<string, DataVsphereDatastore>();
  private readonly defaultDatastore: string;
  private readonly clusterDatastores?: { [cluster: string]: string[] };

  constructor(scope: Construct, id: string, props: VsphereSiteProps) {
    super(scope, id);
    requireNonEmpty(this, 'datacenter', props.datacenter);
    requireNonEmpty(this, 'distributedSwitch', props.distributedSwitch);
    checkZones(this, 'clusters', props.clusters);
    if (props.datastores.length === 0) {
      throw new ValidationError(this, 'datastores', 'declares no datastores', 'list at least one datastore');
    }
    requireUnique(this, 'datastores', props.datastores);
    requireAtMostOne(this, { provider: props.provider, providerConfig: props.providerConfig });
    const password = props.providerConfig?.password;
    if (password !== undefined && !Token.isUnresolved(password)) {
      throw new ValidationError(this, 'providerConfig.password', 'is a literal; it would be written in plain text into the synthesized JSON', 'pass a sensitive TerraformVariable or set VSPHERE_PASSWORD');
    }
    this.availabilityZones = [...props.clusters];
    this.folder = props.folder;
    this.defaultDatastore = props.datastores[0];
    for (const [cluster, names] of Object.entries(props.clusterDatastores ?? {})) {
      const prop = `clusterDatastores["${cluster}"]`;
      if (!props.clusters.includes(cluster)) throw new ValidationError(this, prop, `"${cluster}" is not one of the clusters (${props.clusters.join(', ')})`, 'key the map by cluster name');
      if (names.length === 0) throw new ValidationError(this, prop, 'lists no datastore', `list the datastores the hosts of ${cluster} mount, or leave ${cluster} out`);
      names.forEach((n, i) => {
        if (!props.datastores.includes(n)) throw new ValidationError(this, `${prop}[${i}]`, `datastore "${n}" is not in datastores`, 'declare it in datastores too');
      });
    }
    this.clusterDatastores = props.clusterDatastores;

    if (!props.provider && !props.providerConfig) {
      throw new ValidationError(this, 'providerConfig', 'is required when no existing provider is passed', 'pass providerConfig (server, user, sensitive password variable) or provider');
    }
    this.provider = props.provider ?? new (peerProvider().VsphereProvider)(this, 'provider', { ...props.providerConfig!, alias: props.alias });
    this.datacenter = new (peerDataVsphereDatacenter().DataVsphereDatacenter)(this, 'datacenter', { provider: this.provider, name: props.datacenter });
    for (const name of props.clusters) {
      this.clusters.set(name, new (peerDataVsphereComputeCluster().DataVsphereComputeCluster)(this, `cluster-${Names.toDnsLabel(name)}`, { provider: this.provider, name, datacenterId: this.datacenter.id }));
    }
    for (const name of props.datastores) {
      this.datastores.set(name, new (peerDataVsphereDatastore().DataVsphereDatastore)(this, `datastore-${Names.toDnsLabel(name)}`, { provider: this.provider, name, datacenterId: this.datacenter.id }));
    }
    this.distributedSwitch = new (peerDataVsphereDistributedVirtualSwitch().DataVsphereDistributedVirtualSwitch)(this, 'dvs', { provider: this.provider, name: props.distributedSwitch, datacenterId: this.datacenter.id });
    registerDriver(this, new VsphereDriver(this));
    // A tenant VDC's site: the same datacenter, clusters and switch on the same provider, placing VMs in the VDC's folder.
    registerTenancy(this, new VsphereTenancy(this, (scope, id, folder) => new VsphereSite(scope, id, { ...props, folder, provider: this.provider, providerConfig: undefined, alias: undefined })));
  }

  public requireZone(scope: IConstruct, prop: string, zone: string): void {
    requireZoneOf(this, scope, prop, zone);
  }

  /**
   * The names of the datastores the hosts of cluster `zone` mount, its default first
   * (empty when `clusterDatastores` leaves the cluster out).
   */
  public datastoresOf(zone: string): string[] {
    if (!this.clusterDatastores) return [this.defaultDatastore, ...[...this.datastores.keys()].filter((n) => n !== this.defaultDatastore)];
    return [...(this.clusterDatastores[zone] ?? [])];
  }

  /** The lookup of a compute cluster (zone) by name. */
  public cluster(zone: string): DataVsphereComputeCluster {
    const cluster = this.clusters.get(zone);
    if (!cluster) throw new ValidationError(this, 'clusters', `has no cluster "${zone}"`, `use one of ${this.availabilityZones.join(', ')}`);
    return cluster;
  }

  /**
   * The lookup of a datastore by name.
   * @param name the datastore; defaults to the site's first datastore
   */
  public datastore(name?: string): DataVsphereDatastore {
    const ds = this.datastores.get(name ?? this.defaultDatastore);
    if (!ds) throw new ValidationError(this, 'datastores', `has no datastore "${name}"`, `use one of ${[...this.datastores.keys()].join(', ')}`);
    return ds;
  }
}

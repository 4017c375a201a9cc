import { DnsZone, SecretSource } from '../../openstack';
import { Image, INetwork, IQosPolicy, IQuota, OpenStackSite, Segmentation, Size } from '../../pool';
import { TierOptionsBase } from '../tier-options';
import { KubernetesTranscodeOptions } from './transcode-k8s-props';

/** The two block-storage tiers of the Tianshan Cloud design. */
export enum BlockTier {
  /** The distributed (Ceph-style) tier: bulk media, caches, scratch space. */
  DISTRIBUTED = 'DISTRIBUTED',
  /** The IP-SAN (iSCSI array) tier: low-latency, consistent writes. */
  SAN = 'SAN',
}

/** One of the three planes (management, business, storage), created by the platform. */
export interface BroadcastPlaneOptions {
  /** The plane's CIDR (one subnet of the same range is created). Must not overlap another plane. */
  readonly cidr: string;
  /**
   * How the plane is segmented. The source gives no VLAN detail, so the default is a
   * tenant overlay; pass `Segmentation.vlan({ pool, vlanId })` for provider VLANs.
   * @default Segmentation.tenant()
   */
  readonly segmentation?: Segmentation;
  /**
   * DNS servers announced on the plane's subnet.
   * @default - none
   */
  readonly dnsNameservers?: string[];
}

/** Sizing of one HA tier (an instance group). */
export interface BroadcastTierOptions extends TierOptionsBase {
  /**
   * Members (at least 2: every tier is HA, under hard anti-affinity across >= 2 zones).
   * @default 2 (transcode: 4)
   */
  readonly count?: number;
  /**
   * Member size.
   * @default - ingest Size.of(8, 16, 40), transcode Size.of(16, 32, 40), origin Size.of(8, 16, 40)
   */
  readonly size?: Size;
  /**
   * Image of the members.
   * @default - the platform's `image`
   */
  readonly image?: Image;
  /**
   * Zones the members are spread over (at least 2).
   * @default - all of the site's zones
   */
  readonly zones?: string[];
  /**
   * Size of the per-member data volume in GiB. 0 means no data volume.
   * @default - ingest 500 (spool, SAN), transcode 200 (scratch, distributed), origin 1000 (cache, distributed), app streaming 0
   */
  readonly dataVolumeGiB?: number;
  /**
   * Block tier of the data volume.
   * @default - ingest BlockTier.SAN, the others BlockTier.DISTRIBUTED
   */
  readonly dataVolumeTier?: BlockTier;
}

/** A created Cinder volume type for one block tier. */
export interface BroadcastVolumeTypeOptions {
  /**
   * Volume type name.
   * @default - `<platformName>-media-distributed` / `<platformName>-media-san` (the site's `platformName`), unprefixed on a site with `sharedAdminObjects`
   */
  readonly name?: string;
  /**
   * Cinder backend (`volume_backend_name` extra spec) the type schedules to.
   * @default - `ceph-rbd` / `iscsi-san`
   */
  readonly backendName?: string;
}

/** One Swift container of the media library. */
export interface MediaContainerSpec {
  /** Short name, a DNS label unique in the platform. The container is `<platform>-<name>`. */
  readonly name: string;
  /**
   * Swift storage policy.
   * @default - the platform's `storagePolicy`
   */
  readonly storagePolicy?: string;
  /**
   * Keep old versions of overwritten and deleted objects.
   * @default true
   */
  readonly versioning?: boolean;
  /**
   * Replicate the container to the second site (needs the platform's `containerSync`).
   * @default - true for private containers when `containerSync` is set, false for a public origin
   */
  readonly sync?: boolean;
  /**
   * Declares this container the public origin (anonymous read, `.r:*` without listings).
   * Every other container is private and reached through temp URLs.
   * @default false
   */
  readonly publicOrigin?: boolean;
  /**
   * Container quota in bytes.
   * @default - no quota
   */
  readonly quotaBytes?: number;
}

/** Container sync of the media library to a second site. */
export interface ContainerSyncOptions {
  /**
   * Sync target prefix: `//<realm>/<cluster>/<account>` (container-sync realms) or a URL
   * of the second site's account. The container name is appended.
   */
  readonly targetPrefix: string;
  /**
   * The shared sync key (the second site's containers must use the same key).
   * @default SecretSource.generate() (read it from the sync key output of `syncKey`)
   */
  readonly key?: SecretSource;
}

/** Egress bandwidth limit on the business plane ports. */
export interface EgressQosOptions {
  /** Egress limit per port in kbit/s. */
  readonly maxKbps: number;
  /**
   * Burst in kbit.
   * @default - Neutron's default (80% of maxKbps)
   */
  readonly maxBurstKbps?: number;
}

/** The Designate zone for the service names. */
export interface BroadcastDnsOptions {
  /** The zone, fully qualified with a trailing dot, e.g. `tianshan.example.cn.`. */
  readonly zoneName: string;
  /** The zone's SOA contact. */
  readonly email: string;
  /**
   * Default TTL in seconds.
   * @default 300 (service names follow scaling and failover)
   */
  readonly ttl?: number;
}

/** The tenant's quota. Unset limits default to 1.5 x what the tiers need. */
export interface BroadcastQuotaOptions {
  /** The project (tenant) the platform runs in. */
  readonly projectId: string;
  /**
   * vCPUs. An error when below the tiers' needs.
   * @default - 1.5 x the tiers' vCPUs (rounded up)
   */
  readonly vcpus?: number;
  /**
   * Memory in GiB. An error when below the tiers' needs.
   * @default - 1.5 x the tiers' memory (rounded up)
   */
  readonly memoryGiB?: number;
  /**
   * Instances. An error when below the tiers' members.
   * @default - 1.5 x the tiers' members (rounded up)
   */
  readonly instances?: number;
  /**
   * Volumes. An error when below the tiers' data volumes.
   * @default - 1.5 x the data volumes (rounded up, at least 10)
   */
  readonly volumes?: number;
  /**
   * Block storage in GiB. An error when below the tiers' data volumes.
   * @default - 1.5 x the data volume GiB (rounded up)
   */
  readonly storageGiB?: number;
  /**
   * Networks (and derived subnets, routers, security groups).
   * @default 10
   */
  readonly networks?: number;
  /**
   * Floating IPs.
   * @default - twice the floating IPs the platform creates (`needs.floatingIps`), at least 4:
   * while parallel creates commit, Neutron counts each new address both as a row and as
   * a reservation, so a limit equal to the need can refuse the last of them
   */
  readonly floatingIps?: number;
}

/** What the tiers need from the tenant quota. */
export interface BroadcastCapacityNeeds {
  /**
   * vCPUs of all members.
   * @default - unknown: a tier is sized by flavor name (`Size.flavor`), whose capacity is unknown at synth
   */
  readonly vcpus?: number;
  /**
   * Memory in GiB of all members.
   * @default - unknown, as for vcpus
   */
  readonly memoryGiB?: number;
  /** Instances (all VM members). */
  readonly instances: number;
  /** Volumes (boot and data). */
  readonly volumes: number;
  /** Volume GiB (boot and data). */
  readonly storageGiB: number;
  /** Floating IPs: one per ingest member when encoders are public, and the edge load balancer's. */
  readonly floatingIps: number;
  /** Tiers whose flavor is given by name, so their vCPUs and memory are unknown at synth. */
  readonly unsizedTiers: string[];
}

/** Properties of a {@link BroadcastVideoPlatform}. */
export interface BroadcastVideoPlatformProps {
  /** The OpenStack site (region) the platform runs in. It must declare >= 2 zones. */
  readonly site: OpenStackSite;
  /** Default image of every tier. */
  readonly image: Image;
  /**
   * Name prefix of everything the platform creates (a DNS label).
   * @default - derived from the construct path
   */
  readonly name?: string;

  /**
   * The management plane (APIs, module commands, SSH/monitoring), no router.
   * @default { cidr: '10.10.0.0/24' }
   */
  readonly managementPlane?: BroadcastPlaneOptions;
  /**
   * An existing management network instead of creating one (its first subnet is used).
   * @default - created from `managementPlane`
   */
  readonly existingManagementNetwork?: INetwork;
  /**
   * The business plane (service traffic, load balancer VIP, routed to the external network).
   * @default { cidr: '10.20.0.0/22' }
   */
  readonly businessPlane?: BroadcastPlaneOptions;
  /**
   * An existing business network instead of creating one (its first subnet is used).
   * @default - created from `businessPlane`
   */
  readonly existingBusinessNetwork?: INetwork;
  /**
   * The storage plane (bulk media to and from storage), no router.
   * @default { cidr: '10.30.0.0/24' }
   */
  readonly storagePlane?: BroadcastPlaneOptions;
  /**
   * An existing storage network instead of creating one (its first subnet is used).
   * @default - created from `storagePlane`
   */
  readonly existingStorageNetwork?: INetwork;
  /**
   * CIDRs allowed to SSH into the members (on the management plane).
   * @default - the management plane CIDR
   */
  readonly adminCidrs?: string[];
  /**
   * CIDRs contribution feeds (SRT/RTMP encoders) come from, on the business plane.
   * @default - the business plane CIDR
   */
  readonly contributionCidrs?: string[];

  /**
   * The ingest tier.
   * @default - 2 x Size.of(8, 16, 40), 500 GiB SAN spool each
   */
  readonly ingest?: BroadcastTierOptions;
  /**
   * The transcode tier (VMs). Exclusive with `transcodeOnKubernetes`.
   * @default - 4 x Size.of(16, 32, 40), 200 GiB distributed scratch each
   */
  readonly transcode?: BroadcastTierOptions;
  /**
   * The packaging/origin tier behind the load balancer.
   * @default - 2 x Size.of(8, 16, 40), 1000 GiB distributed cache each
   */
  readonly origin?: BroadcastTierOptions;
  /**
   * The application-streaming pool. Its size must be a flavor no other tier uses.
   * @default - 2 x Size.of(8, 16, 40).withDataPlane({ hugepageSize: '2MB' }) (a dedicated, CPU-pinned flavor)
   */
  readonly appStreaming?: BroadcastTierOptions;
  /**
   * Run the transcoders on Kubernetes (a Microservice with an HPA) instead of the
   * transcode VMs.
   * @default - transcoders are an instance group
   */
  readonly transcodeOnKubernetes?: KubernetesTranscodeOptions;

  /**
   * Swift storage policy of the media containers.
   * @default - the cluster's default policy
   */
  readonly storagePolicy?: string;
  /**
   * The media library.
   * @default - `mezzanine`, `renditions` and `archive`, all private
   */
  readonly mediaContainers?: MediaContainerSpec[];
  /**
   * Container sync of the private containers to a second site.
   * @default - no sync
   */
  readonly containerSync?: ContainerSyncOptions;
  /**
   * Key for signed temp URLs on the containers (one key for the library).
   * @default SecretSource.generate() (needs the hashicorp/random provider in the stack)
   */
  readonly tempUrlKey?: SecretSource;

  /**
   * The distributed volume type (created, needs an admin token).
   * @default - name `<platformName>-media-distributed`, backend `ceph-rbd`
   */
  readonly distributedVolumeType?: BroadcastVolumeTypeOptions;
  /**
   * An existing distributed volume type, by name, instead of creating one.
   * @default - created from `distributedVolumeType`
   */
  readonly existingDistributedVolumeType?: string;
  /**
   * The SAN (iSCSI) volume type (created, needs an admin token).
   * @default - name `<platformName>-media-san`, backend `iscsi-san`
   */
  readonly sanVolumeType?: BroadcastVolumeTypeOptions;
  /**
   * An existing SAN volume type, by name, instead of creating one.
   * @default - created from `sanVolumeType`
   */
  readonly existingSanVolumeType?: string;

  /**
   * Egress bandwidth limit on every business-plane port.
   * @default { maxKbps: 2000000 } (2 Gbit/s per port)
   */
  readonly egressQos?: EgressQosOptions;
  /**
   * An existing QoS policy (of the same site) instead of creating one.
   * @default - created from `egressQos`
   */
  readonly existingEgressQos?: IQosPolicy;

  /**
   * The Designate zone for the service names. One of `dns` and `existingDnsZone` is required.
   * @default - none
   */
  readonly dns?: BroadcastDnsOptions;
  /**
   * An existing zone to add the service records to.
   * @default - created from `dns`
   */
  readonly existingDnsZone?: DnsZone;

  /**
   * Per-tenant quota, checked against the tiers' needs.
   * @default - no quota (synth warns)
   */
  readonly quota?: BroadcastQuotaOptions;
  /**
   * An existing quota to check against the tiers' needs instead of creating one.
   * @default - created from `quota`
   */
  readonly existingQuota?: IQuota;

  /**
   * Barbican TLS container for a TERMINATED_HTTPS listener (443) on the origin.
   * @default - the origin is served on HTTP 80 only (put it behind a CDN or set this)
   */
  readonly originTlsContainerRef?: string;
  /**
   * Octavia flavor of the load balancer (e.g. one with ACTIVE_STANDBY topology).
   * @default - the deployment's default flavor
   */
  readonly loadBalancerFlavorId?: string;
  /**
   * External network to allocate the load balancer's floating IP from.
   * @default - the site's external network, if any
   */
  readonly floatingIpPool?: string;
  /**
   * Nova key pair for SSH access.
   * @default - none
   */
  readonly keyPair?: string;
}

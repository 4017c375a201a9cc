import { Annotations, TerraformIterator, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { isPrivateCidr } from '../../compliance/private/attrs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { CidrBlock, findOverlap, parseCidr } from '../../core/private/cidr';
import { requireAtMostOne, requireDnsLabel, requireIntegerAtLeast, requireNonEmpty } from '../../core/private/validate';
import { RemovalPolicy } from '../../core/removal-policy';
import { EnvironmentNamespace , Microservice , Probe } from '../../kubernetes';
import { formatQuantity } from '../../kubernetes/private/quantity';
import { demandOf, requireResources } from '../../kubernetes/private/resource-demand';
import { DnsRecord, DnsZone , ListenerProtocol, LoadBalancer, LoadBalancerListenerOptions, PoolMembers, SessionPersistence , ObjectContainer , SecretSource } from '../../openstack';
import { InstanceGroup, NetworkAttachment , AntiAffinity , INetwork, Network , QosPolicy , OpenStackSite , Quota , Peer, Port, SecurityGroup , Size } from '../../pool';
import { BlockstorageVolumeTypeV3 } from '../../providers/openstack/blockstorage-volume-type-v3';
import { NetworkingFloatingipV2 } from '../../providers/openstack/networking-floatingip-v2';
import {
  BlockTier,
  BroadcastPlaneOptions,
  BroadcastQuotaOptions,
  BroadcastTierOptions,
  BroadcastVideoPlatformProps,
  BroadcastVolumeTypeOptions,
  KubernetesTranscodeOptions,
  MediaContainerSpec,
} from './props';

/** Ports the tiers serve on (documented in the README; the source names none). */
const PORTS = {
  /** RTMP contribution. */
  rtmp: 1935,
  /** SRT contribution (UDP range, one port per feed). */
  srtFirst: 9000,
  srtLast: 9099,
  /** Job API of the transcoders (ingest hands off work). */
  transcodeApi: 8080,
  /** HTTP origin / packager behind the load balancer. */
  origin: 8080,
  /** Application-streaming sessions (TLS, passed through the load balancer). */
  appStreaming: 8443,
};

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
  /** Tiers whose flavor is given by name, so their vCPUs and memory are unknown at synth. */
  readonly unsizedTiers: string[];
}

interface TierPlan {
  readonly key: string;
  readonly prop: string;
  readonly count: number;
  readonly size: Size;
  readonly volumeGiB: number;
}

/**
 * The broadcast video reference architecture (OSCAR broadcast best practice, the Xinjiang
 * "Tianshan Cloud" case) on one OpenStack site:
 *
 * - three planes on separate networks (management, business, storage), CIDRs that must not overlap;
 * - HA tiers as instance groups under hard anti-affinity across >= 2 zones: ingest,
 *   transcode (or an autoscaled Kubernetes Microservice), packaging/origin, and an
 *   application-streaming pool on a dedicated flavor;
 * - a private, versioned Swift media library with temp URL keys and optional container
 *   sync to a second site; only a container declared the public origin is world-readable;
 * - distributed and SAN volume types, referenced by the tiers' data volumes;
 * - a bandwidth-limit QoS policy on every business-plane port (egress);
 * - an Octavia load balancer (a health monitor on every pool) and a Designate zone with
 *   the service names;
 * - a per-tenant quota checked against what the tiers need.
 */
export class BroadcastVideoPlatform extends Construct {
  /** The site the platform runs on. */
  public readonly site: OpenStackSite;
  /** The platform's name prefix. */
  public readonly platformName: string;
  /** The management plane. */
  public readonly managementNetwork: INetwork;
  /** The business plane. */
  public readonly businessNetwork: INetwork;
  /** The storage plane. */
  public readonly storageNetwork: INetwork;
  /** Egress bandwidth limit on business-plane ports. */
  public readonly egressQos: QosPolicy;
  /** Management-plane security zone (SSH and monitoring from the admin CIDRs). */
  public readonly managementZone: SecurityGroup;
  /** Storage-plane security zone. */
  public readonly storageZone: SecurityGroup;
  /** Business-plane zone of the ingest tier. */
  public readonly ingestZone: SecurityGroup;
  /** Business-plane zone of the transcode tier (VMs only). */
  public readonly transcodeZone?: SecurityGroup;
  /** Business-plane zone of the origin tier. */
  public readonly originZone: SecurityGroup;
  /** Business-plane zone of the application-streaming pool. */
  public readonly appStreamingZone: SecurityGroup;
  /** The ingest tier. */
  public readonly ingest: InstanceGroup;
  /**
   * Public addresses of the ingest members (one floating IP each, on their business
   * port), created when a contribution CIDR is public: encoders on the Internet reach
   * RTMP and SRT there. Undefined when every encoder is on a private network.
   */
  public readonly ingestFloatingIps?: NetworkingFloatingipV2;
  /** The transcode tier (VMs); undefined with `transcodeOnKubernetes`. */
  public readonly transcode?: InstanceGroup;
  /** The packaging/origin tier. */
  public readonly origin: InstanceGroup;
  /** The application-streaming pool. */
  public readonly appStreaming: InstanceGroup;
  /** The transcoders' namespace, with `transcodeOnKubernetes`. */
  public readonly transcodeNamespace?: EnvironmentNamespace;
  /** The transcoders (Deployment + HPA), with `transcodeOnKubernetes`. */
  public readonly transcodeService?: Microservice;
  /** The media containers by spec name. */
  public readonly mediaContainers: { [name: string]: ObjectContainer };
  /** The temp URL key of the media library (a sensitive expression). */
  public readonly tempUrlKey: string;
  /** The container-sync key (a sensitive expression), when `containerSync` is set. */
  public readonly syncKey?: string;
  /** The created distributed volume type. */
  public readonly distributedVolumeTypeResource?: BlockstorageVolumeTypeV3;
  /** The created SAN volume type. */
  public readonly sanVolumeTypeResource?: BlockstorageVolumeTypeV3;
  /** Name (or reference) of the distributed volume type the data volumes use. */
  public readonly distributedVolumeType: string;
  /** Name (or reference) of the SAN volume type the data volumes use. */
  public readonly sanVolumeType: string;
  /** The load balancer in front of the origin and application-streaming tiers. */
  public readonly loadBalancer: LoadBalancer;
  /** The zone holding the service names. */
  public readonly dnsZone: DnsZone;
  /** The tenant quota (created or given). */
  public readonly quota?: Quota;
  /** What the tiers need from the quota. */
  public readonly needs: BroadcastCapacityNeeds;
  private readonly tierProps: string[] = [];

  constructor(scope: Construct, id: string, props: BroadcastVideoPlatformProps) {
    super(scope, id);
    const site = props.site;
    this.site = site;
    this.platformName = props.name ?? Names.resourceName(this, { maxLength: 30 });
    requireDnsLabel(this, 'name', this.platformName);
    if (this.platformName.length > 30) {
      throw new ValidationError(this, 'name', `"${this.platformName}" is longer than 30 characters`, 'use a shorter name: member names append a tier and a number');
    }
    const name = this.platformName;
    Labels.of(this).add(LabelKeys.INDUSTRY, 'broadcast');
    Labels.of(this).add(LabelKeys.PATTERN, 'broadcast-video-platform');

    // --- exclusive pairs: existingX or xProps -------------------------------------------
    requireAtMostOne(this, { managementPlane: props.managementPlane, existingManagementNetwork: props.existingManagementNetwork });
    requireAtMostOne(this, { businessPlane: props.businessPlane, existingBusinessNetwork: props.existingBusinessNetwork });
    requireAtMostOne(this, { storagePlane: props.storagePlane, existingStorageNetwork: props.existingStorageNetwork });
    requireAtMostOne(this, { distributedVolumeType: props.distributedVolumeType, existingDistributedVolumeType: props.existingDistributedVolumeType });
    requireAtMostOne(this, { sanVolumeType: props.sanVolumeType, existingSanVolumeType: props.existingSanVolumeType });
    requireAtMostOne(this, { egressQos: props.egressQos, existingEgressQos: props.existingEgressQos });
    requireAtMostOne(this, { dns: props.dns, existingDnsZone: props.existingDnsZone });
    requireAtMostOne(this, { quota: props.quota, existingQuota: props.existingQuota });
    requireAtMostOne(this, { transcode: props.transcode, transcodeOnKubernetes: props.transcodeOnKubernetes });
    if (!props.dns && !props.existingDnsZone) {
      throw new ValidationError(this, 'dns', 'the platform publishes its service names in a Designate zone, and none is given', 'pass dns: { zoneName: "media.example.org.", email: "hostmaster@example.org" } or existingDnsZone');
    }

    // --- planes ----------------------------------------------------------------------------
    for (const [prop, network] of [['existingManagementNetwork', props.existingManagementNetwork], ['existingBusinessNetwork', props.existingBusinessNetwork], ['existingStorageNetwork', props.existingStorageNetwork]] as const) {
      if (network && network.site !== site) throw new ValidationError(this, prop, `network ${network.node.path} is on another site`, 'use a network of the platform\'s site');
    }
    const planeCidrs = this.checkPlanes(props);
    this.managementNetwork = props.existingManagementNetwork ?? this.createPlane('management', 'mgmt', props.managementPlane, planeCidrs.management, false);
    this.businessNetwork = props.existingBusinessNetwork ?? this.createPlane('business', 'business', props.businessPlane, planeCidrs.business, true); // ingest floating IPs need a routed business plane
    this.storageNetwork = props.existingStorageNetwork ?? this.createPlane('storage', 'storage', props.storagePlane, planeCidrs.storage, false);

    // --- QoS -------------------------------------------------------------------------------
    if (props.existingEgressQos) {
      if (props.existingEgressQos.site !== site) throw new ValidationError(this, 'existingEgressQos', 'the policy is on another site', 'use a policy of the platform\'s site');
      if (props.existingEgressQos.maxKbps === undefined) throw new ValidationError(this, 'existingEgressQos', 'the policy has no bandwidth limit', 'give the policy maxKbps (egress bandwidth limit)');
    }
    this.egressQos = props.existingEgressQos ?? new QosPolicy(this, 'egress-qos', {
      site,
      name: `${name}-egress`,
      maxKbps: props.egressQos?.maxKbps ?? 2_000_000,
      maxBurstKbps: props.egressQos?.maxBurstKbps,
    });

    // --- block tiers -----------------------------------------------------------------------
    const distributed = this.volumeType('distributed', 'distributedVolumeType', props.distributedVolumeType, props.existingDistributedVolumeType, 'media-distributed', 'ceph-rbd');
    const san = this.volumeType('san', 'sanVolumeType', props.sanVolumeType, props.existingSanVolumeType, 'media-san', 'iscsi-san');
    this.distributedVolumeTypeResource = distributed.resource;
    this.sanVolumeTypeResource = san.resource;
    this.distributedVolumeType = distributed.name;
    this.sanVolumeType = san.name;

    // --- security zones --------------------------------------------------------------------
    const adminCidrs = props.adminCidrs ?? [planeCidrs.management];
    const contributionCidrs = props.contributionCidrs ?? [planeCidrs.business];
    if (adminCidrs.length === 0) throw new ValidationError(this, 'adminCidrs', 'is empty, so nobody could manage the members', 'list the management/bastion CIDRs');
    if (contributionCidrs.length === 0) throw new ValidationError(this, 'contributionCidrs', 'is empty, so no feed could reach the ingest tier', 'list the encoders\' CIDRs');

    this.managementZone = new SecurityGroup(this, 'management-zone', { site, name: `${name}-mgmt`, description: 'management plane: SSH and monitoring from the admin CIDRs' });
    for (const cidr of adminCidrs) {
      this.managementZone.allowIngress(Peer.cidr(cidr), Port.tcp(22));
      this.managementZone.allowIngress(Peer.cidr(cidr), Port.icmp());
    }
    this.managementZone.allowEgress(Peer.cidr(planeCidrs.management), Port.allTraffic());

    this.storageZone = new SecurityGroup(this, 'storage-zone', { site, name: `${name}-storage`, description: 'storage plane: media to and from the storage services' });
    this.storageZone.allowIngress(Peer.cidr(planeCidrs.storage), Port.allTraffic());
    this.storageZone.allowEgress(Peer.cidr(planeCidrs.storage), Port.allTraffic());

    const businessZone = (zoneId: string, description: string) => {
      const zone = new SecurityGroup(this, zoneId, { site, name: `${name}-${zoneId.replace(/-zone$/, '')}`, description });
      // Object storage, identity and image APIs are HTTPS; name resolution through the subnet's resolvers.
      zone.allowEgress(Peer.anyIpv4(), Port.tcp(443));
      zone.allowEgress(Peer.anyIpv4(), Port.udp(53));
      zone.allowEgress(Peer.anyIpv4(), Port.tcp(53));
      return zone;
    };
    this.ingestZone = businessZone('ingest-zone', 'ingest: contribution feeds (RTMP, SRT)');
    for (const cidr of contributionCidrs) {
      this.ingestZone.allowIngress(Peer.cidr(cidr), Port.tcp(PORTS.rtmp));
      this.ingestZone.allowIngress(Peer.cidr(cidr), Port.udpRange(PORTS.srtFirst, PORTS.srtLast));
    }
    if (!props.transcodeOnKubernetes) {
      this.transcodeZone = businessZone('transcode-zone', 'transcode: job API from the ingest tier');
      this.transcodeZone.allowIngress(Peer.securityGroup(this.ingestZone), Port.tcp(PORTS.transcodeApi));
      this.ingestZone.allowEgress(Peer.securityGroup(this.transcodeZone), Port.tcp(PORTS.transcodeApi));
    }
    this.originZone = businessZone('origin-zone', 'packaging/origin: HTTP from the load balancer');
    this.originZone.allowIngress(Peer.cidr(planeCidrs.business), Port.tcp(PORTS.origin));
    this.appStreamingZone = businessZone('app-streaming-zone', 'application streaming: TLS sessions from the load balancer');
    this.appStreamingZone.allowIngress(Peer.cidr(planeCidrs.business), Port.tcp(PORTS.appStreaming));

    // --- tiers -----------------------------------------------------------------------------
    const k8s = props.transcodeOnKubernetes;
    const plans: TierPlan[] = [
      this.planTier('ingest', 'ingest', props.ingest, 2, Size.of(8, 16, 40), 500),
      ...(k8s ? [] : [this.planTier('transcode', 'transcode', props.transcode, 4, Size.of(16, 32, 40), 200)]),
      this.planTier('origin', 'origin', props.origin, 2, Size.of(8, 16, 40), 1000),
      this.planTier('appstream', 'appStreaming', props.appStreaming, 2, Size.of(8, 16, 40).withDataPlane({ hugepageSize: '2MB' }), 0),
    ];
    this.tierProps = plans.map((p) => p.prop);
    this.requireDedicatedAppStreamingFlavor(plans);
    this.needs = this.computeNeeds(plans);

    const tier = (plan: TierPlan, options: BroadcastTierOptions | undefined, zone: SecurityGroup, defaultTier: BlockTier, removal: RemovalPolicy, storage: boolean, volumeName: string) => {
      const networks: NetworkAttachment[] = [
        { network: this.businessNetwork, securityGroups: [zone], qosPolicy: this.egressQos },
        { network: this.managementNetwork, securityGroups: [this.managementZone] },
        ...(storage ? [{ network: this.storageNetwork, securityGroups: [this.storageZone] }] : []),
      ];
      const volumeType = (options?.dataVolumeTier ?? defaultTier) === BlockTier.SAN ? this.sanVolumeType : this.distributedVolumeType;
      return new InstanceGroup(this, plan.key, {
        site,
        name: `${name}-${plan.key}`,
        count: plan.count,
        size: plan.size,
        image: options?.image ?? props.image,
        zones: options?.zones,
        antiAffinity: AntiAffinity.HARD, // required by the pattern: not a prop
        networks,
        volumes: plan.volumeGiB > 0 ? [{ name: volumeName, sizeGiB: plan.volumeGiB, volumeType, removalPolicy: removal }] : [],
        keyPair: props.keyPair,
        labels: { [LabelKeys.TIER]: plan.key },
      });
    };
    const planOf = (key: string) => plans.find((p) => p.key === key)!;
    this.ingest = tier(planOf('ingest'), props.ingest, this.ingestZone, BlockTier.SAN, RemovalPolicy.RETAIN, true, 'spool');
    this.ingestFloatingIps = this.publicIngest(contributionCidrs, props);
    if (!k8s) this.transcode = tier(planOf('transcode'), props.transcode, this.transcodeZone!, BlockTier.DISTRIBUTED, RemovalPolicy.DESTROY, true, 'scratch');
    this.origin = tier(planOf('origin'), props.origin, this.originZone, BlockTier.DISTRIBUTED, RemovalPolicy.DESTROY, true, 'cache');
    this.appStreaming = tier(planOf('appstream'), props.appStreaming, this.appStreamingZone, BlockTier.DISTRIBUTED, RemovalPolicy.DESTROY, false, 'data');

    // --- media library ---------------------------------------------------------------------
    const tempUrlKey = props.tempUrlKey ?? SecretSource.generate();
    const syncKey = props.containerSync ? props.containerSync.key ?? SecretSource.generate() : undefined;
    if (props.containerSync) requireNonEmpty(this, 'containerSync.targetPrefix', props.containerSync.targetPrefix);
    const specs = props.mediaContainers ?? [{ name: 'mezzanine' }, { name: 'renditions' }, { name: 'archive' }];
    this.mediaContainers = {};
    const seen = new Set<string>();
    if (specs.length === 0) throw new ValidationError(this, 'mediaContainers', 'is empty', 'declare at least one container, or leave mediaContainers unset for the defaults');
    // The keys are shared by every container, so the platform owns them: removing a
    // container must not destroy (and so rotate) the key all the others use. They
    // used to live under the first (syncing) container: moved blocks keep them.
    this.tempUrlKey = this.platformKey(tempUrlKey, 'temp-url-key', 'tempUrlKey', `media-${specs[0].name}`);
    const firstSyncing = specs.find((s) => s.sync ?? (props.containerSync !== undefined && s.publicOrigin !== true));
    this.syncKey = syncKey ? this.platformKey(syncKey, 'sync-key', 'containerSync.key', firstSyncing ? `media-${firstSyncing.name}` : undefined) : undefined;
    specs.forEach((spec, i) => {
      const prop = `mediaContainers[${i}]`;
      requireDnsLabel(this, `${prop}.name`, spec.name);
      if (seen.has(spec.name)) throw new ValidationError(this, `${prop}.name`, `"${spec.name}" is used twice`, 'give each container its own name');
      seen.add(spec.name);
      this.mediaContainers[spec.name] = this.mediaContainer(spec, prop, props, tempUrlKey, syncKey);
    });

    // --- load balancer and DNS -------------------------------------------------------------
    const vipSubnetId = this.businessNetwork.subnetId(this.businessNetwork.subnetNames[0]);
    const originMembers = PoolMembers.fromInstanceGroup(this.origin);
    const appMembers = PoolMembers.fromInstanceGroup(this.appStreaming);
    const listeners: LoadBalancerListenerOptions[] = [
      { protocol: ListenerProtocol.HTTP, port: 80, members: [originMembers], memberPort: PORTS.origin, healthCheck: { urlPath: '/healthz' } },
      { protocol: ListenerProtocol.HTTPS, port: PORTS.appStreaming, members: [appMembers], memberPort: PORTS.appStreaming, sessionPersistence: SessionPersistence.sourceIp() },
    ];
    if (props.originTlsContainerRef !== undefined) {
      listeners.push({ protocol: ListenerProtocol.TERMINATED_HTTPS, port: 443, members: [originMembers], memberPort: PORTS.origin, tlsContainerRef: props.originTlsContainerRef, healthCheck: { urlPath: '/healthz' } });
    }
    this.loadBalancer = new LoadBalancer(this, 'edge-lb', {
      site,
      name: `${name}-edge`,
      vipSubnetId,
      floatingIpPool: props.floatingIpPool ?? site.externalNetwork?.name,
      flavorId: props.loadBalancerFlavorId,
      description: 'origin (HTTP) and application streaming (TLS pass-through)',
      listeners,
    });

    this.dnsZone = props.existingDnsZone ?? new DnsZone(this, 'dns', {
      site,
      zoneName: props.dns!.zoneName,
      email: props.dns!.email,
      ttl: props.dns!.ttl ?? 300,
      description: `service names of ${name}`,
    });
    this.dnsZone.addRecord(DnsRecord.a(`origin.${name}`, [this.loadBalancer.address]));
    this.dnsZone.addRecord(DnsRecord.a(`apps.${name}`, [this.loadBalancer.address]));
    const nodes = (group: InstanceGroup, label: string) => this.dnsZone.addRecord(DnsRecord.a(`${label}.${name}`, Object.values(group.memberAddresses())));
    nodes(this.ingest, 'ingest');
    if (this.transcode) nodes(this.transcode, 'transcode');
    nodes(this.origin, 'origin-nodes');
    nodes(this.appStreaming, 'appstream-nodes');

    // --- quota -----------------------------------------------------------------------------
    if (props.quota) {
      this.quota = this.createQuota(props.quota);
    } else if (props.existingQuota) {
      this.checkQuota('existingQuota', props.existingQuota.vcpus, props.existingQuota.memoryGiB, props.existingQuota.instances, undefined, undefined);
      this.quota = props.existingQuota;
    } else {
      Annotations.of(this).addWarning(`${this.node.path}: no per-tenant quota; pass quota: { projectId } so the tenant cannot outgrow its share of the site`);
    }

    // --- transcoders on Kubernetes ---------------------------------------------------------
    if (k8s) {
      const built = this.kubernetesTranscoders(k8s, planeCidrs.business, props);
      this.transcodeNamespace = built.namespace;
      this.transcodeService = built.service;
    }
  }

  /**
   * A public path for encoders outside the private networks: the edge load balancer
   * carries only HTTP(S), and SRT is a UDP port range per feed (an Octavia listener is
   * one port), so each ingest member gets its own floating IP.
   */
  private publicIngest(contributionCidrs: string[], props: BroadcastVideoPlatformProps): NetworkingFloatingipV2 | undefined {
    const isPublic = (cidr: string) => !Token.isUnresolved(cidr) && !isPrivateCidr(cidr);
    const publicCidrs = contributionCidrs.filter(isPublic);
    if (publicCidrs.length === 0) return undefined;
    const pool = props.floatingIpPool ?? this.site.externalNetwork?.name;
    if (pool === undefined) {
      throw new ValidationError(this, 'contributionCidrs', `admits public encoders (${publicCidrs.join(', ')}), but the site has no external network to give the ingest tier a public address`, 'set floatingIpPool (or the site\'s externalNetwork), or list only private contribution CIDRs');
    }
    const port = this.ingest.openstack!.ports[0]; // the business plane is every tier's first NIC
    const members = TerraformIterator.fromMap(Object.fromEntries(this.ingest.memberNames.map((m) => [m, m])));
    return new NetworkingFloatingipV2(this, 'ingest-floating-ips', {
      provider: this.site.provider,
      forEach: members,
      pool,
      portId: `\${${port.fqn}[each.key].id}`,
      description: 'public contribution (RTMP, SRT) for ${each.key}',
    });
  }

  /** Validates the three planes' CIDRs (no overlap) and returns each plane's CIDR. */
  private checkPlanes(props: BroadcastVideoPlatformProps): { management: string; business: string; storage: string } {
    const cidrOf = (prop: string, plane: BroadcastPlaneOptions | undefined, existing: INetwork | undefined, fallback: string) =>
      ({ prop, cidr: existing ? existing.subnet(existing.subnetNames[0]).cidr : plane?.cidr ?? fallback });
    const planes = [
      cidrOf(props.existingManagementNetwork ? 'existingManagementNetwork' : 'managementPlane.cidr', props.managementPlane, props.existingManagementNetwork, '10.10.0.0/24'),
      cidrOf(props.existingBusinessNetwork ? 'existingBusinessNetwork' : 'businessPlane.cidr', props.businessPlane, props.existingBusinessNetwork, '10.20.0.0/22'),
      cidrOf(props.existingStorageNetwork ? 'existingStorageNetwork' : 'storagePlane.cidr', props.storagePlane, props.existingStorageNetwork, '10.30.0.0/24'),
    ];
    const blocks: Array<{ prop: string; block: CidrBlock }> = [];
    for (const p of planes) {
      if (Token.isUnresolved(p.cidr)) continue;
      blocks.push({ prop: p.prop, block: parseCidr(this, p.prop, p.cidr) });
    }
    const clash = findOverlap(blocks);
    if (clash) {
      const [a, b] = clash;
      throw new ValidationError(this, b.prop, `the plane CIDR ${b.block.cidr} overlaps ${a.prop} (${a.block.cidr}); the management, business and storage planes must be separate networks`, 'give each plane its own, non-overlapping CIDR');
    }
    return { management: planes[0].cidr, business: planes[1].cidr, storage: planes[2].cidr };
  }

  private createPlane(plane: string, short: string, options: BroadcastPlaneOptions | undefined, cidr: string, routerGateway: boolean | undefined): Network {
    return new Network(this, plane, {
      site: this.site,
      name: `${this.platformName}-${short}`,
      cidr,
      subnets: [{ name: short, cidr, dnsNameservers: options?.dnsNameservers }],
      segmentation: options?.segmentation,
      routerGateway,
      labels: { [LabelKeys.PLANE]: plane },
    });
  }

  private volumeType(id: string, prop: string, options: BroadcastVolumeTypeOptions | undefined, existing: string | undefined, defaultName: string, defaultBackend: string) {
    if (existing !== undefined) {
      requireNonEmpty(this, `existing${prop[0].toUpperCase()}${prop.slice(1)}`, existing);
      return { name: existing, resource: undefined };
    }
    const name = options?.name ?? defaultName;
    const backend = options?.backendName ?? defaultBackend;
    requireNonEmpty(this, `${prop}.name`, name);
    requireNonEmpty(this, `${prop}.backendName`, backend);
    const resource = new BlockstorageVolumeTypeV3(this, `${id}-volume-type`, {
      provider: this.site.provider,
      name,
      description: `${id} block tier (oscar-blueprints broadcast)`,
      extraSpecs: { volume_backend_name: backend },
    });
    return { name: resource.name, resource };
  }

  private planTier(key: string, prop: string, options: BroadcastTierOptions | undefined, defaultCount: number, defaultSize: Size, defaultVolumeGiB: number): TierPlan {
    const count = options?.count ?? defaultCount;
    if (!Token.isUnresolved(count) && (!Number.isInteger(count) || count < 2)) {
      throw new ValidationError(this, `${prop}.count`, `the ${prop} tier is HA and needs at least 2 members under anti-affinity (got ${count})`, `set ${prop}.count to 2 or more`);
    }
    const site = this.site;
    const zones = options?.zones ?? site.availabilityZones;
    if (new Set(zones).size < 2) {
      const where = options?.zones ? `${prop}.zones` : `site ${site.node.path}`;
      throw new ValidationError(this, `${prop}.zones`, `the ${prop} tier must span at least 2 availability zones (${where} gives ${zones.length === 0 ? 'none' : zones.join(', ')})`, `list 2 or more zones in ${prop}.zones, or declare them on the site`);
    }
    const size = options?.size ?? defaultSize;
    size.validate(this, `${prop}.size`);
    const volumeGiB = options?.dataVolumeGiB ?? defaultVolumeGiB;
    requireIntegerAtLeast(this, `${prop}.dataVolumeGiB`, volumeGiB, 0, `set ${prop}.dataVolumeGiB to 0 (none) or a size in GiB`);
    return { key, prop, count, size, volumeGiB };
  }

  private requireDedicatedAppStreamingFlavor(plans: TierPlan[]): void {
    const flavorOf = (s: Size) => s.flavorName ?? s.generatedFlavorName;
    const app = plans.find((p) => p.key === 'appstream')!;
    const clash = plans.find((p) => p !== app && flavorOf(p.size) === flavorOf(app.size));
    if (clash) {
      throw new ValidationError(this, 'appStreaming.size', `the application-streaming pool must run on a dedicated flavor, but "${flavorOf(app.size)}" is also the ${clash.prop} tier's`, 'give appStreaming its own size (e.g. Size.of(8, 16, 40).withDataPlane()) or a dedicated flavor (Size.flavor("app-streaming"))');
    }
  }

  private computeNeeds(plans: TierPlan[]): BroadcastCapacityNeeds {
    const demand = InstanceGroup.totalDemand(plans.map((p) => InstanceGroup.demandOf({
      count: p.count, size: p.size, volumes: p.volumeGiB > 0 ? [{ name: 'data', sizeGiB: p.volumeGiB }] : [],
    })));
    const unsizedTiers = plans.filter((p) => p.size.vcpus === undefined).map((p) => p.prop);
    return { vcpus: demand.vcpus, memoryGiB: demand.memoryGiB, instances: demand.instances!, volumes: demand.volumes!, storageGiB: demand.storageGiB!, unsizedTiers };
  }

  private createQuota(q: BroadcastQuotaOptions): Quota {
    requireNonEmpty(this, 'quota.projectId', q.projectId);
    const n = this.needs;
    const headroom = (v: number) => Math.ceil(v * 1.5);
    if (n.vcpus === undefined && (q.vcpus === undefined || q.memoryGiB === undefined)) {
      throw new ValidationError(this, q.vcpus === undefined ? 'quota.vcpus' : 'quota.memoryGiB', `the tiers ${n.unsizedTiers.join(', ')} are sized by flavor name, so their vCPUs and memory are unknown at synth`, 'set quota.vcpus and quota.memoryGiB');
    }
    const quota = {
      vcpus: q.vcpus ?? headroom(n.vcpus!),
      memoryGiB: q.memoryGiB ?? headroom(n.memoryGiB!),
      instances: q.instances ?? headroom(n.instances),
      volumes: q.volumes ?? Math.max(10, headroom(n.volumes)),
      storageGiB: q.storageGiB ?? headroom(n.storageGiB),
    };
    this.checkQuota('quota', quota.vcpus, quota.memoryGiB, quota.instances, quota.volumes, quota.storageGiB);
    return new Quota(this, 'quota', {
      site: this.site,
      projectId: q.projectId,
      ...quota,
      networks: q.networks ?? 10,
      floatingIps: q.floatingIps ?? 4,
    });
  }

  private checkQuota(prop: string, vcpus?: number, memoryGiB?: number, instances?: number, volumes?: number, storageGiB?: number): void {
    Quota.requireCovers(this, prop, { vcpus, memoryGiB, instances, volumes, storageGiB }, this.needs, `the tiers (${this.tierProps.join(', ')})`);
  }


  /** Binds a shared key on the platform; a key generated here is moved from its old owner. */
  private platformKey(source: SecretSource, id: string, prop: string, formerOwnerId: string | undefined): string {
    const value = source.bind(this, id, prop);
    const password = source.generatedPassword;
    if (password && password.node.scope === this && formerOwnerId !== undefined) {
      // The former address, from a placeholder at the old construct path (the container
      // is created later, so the path is free); logical IDs depend only on the path.
      const owner = new Construct(this, formerOwnerId);
      const formerId = TerraformStack.of(this).getLogicalId(new Construct(owner, id).node);
      this.node.tryRemoveChild(formerOwnerId);
      password.moveFromId(`random_password.${formerId}`);
    }
    return value;
  }

  private mediaContainer(spec: MediaContainerSpec, prop: string, props: BroadcastVideoPlatformProps, tempUrlKey: SecretSource, syncKey: SecretSource | undefined): ObjectContainer {
    const isPublic = spec.publicOrigin === true;
    const sync = spec.sync ?? (props.containerSync !== undefined && !isPublic);
    if (sync && !props.containerSync) {
      throw new ValidationError(this, `${prop}.sync`, `container "${spec.name}" asks for container sync, but the platform has no sync target`, 'set containerSync: { targetPrefix: "//realm/cluster/AUTH_account" }, or remove sync');
    }
    const containerName = `${this.platformName}-${spec.name}`;
    const container = new ObjectContainer(this, `media-${spec.name}`, {
      site: this.site,
      name: containerName,
      storagePolicy: spec.storagePolicy ?? props.storagePolicy ?? 'Policy-0',
      versioning: spec.versioning ?? true,
      tempUrlKey,
      publicOrigin: isPublic,
      publicRead: isPublic,
      quotaBytes: spec.quotaBytes,
      syncTo: sync ? `${props.containerSync!.targetPrefix.replace(/\/+$/, '')}/${containerName}` : undefined,
      syncKey: sync ? syncKey : undefined,
      metadata: { 'Oscar-Media-Role': isPublic ? 'public-origin' : 'private' },
    });
    return container;
  }

  private kubernetesTranscoders(options: KubernetesTranscodeOptions, businessCidr: string, props: BroadcastVideoPlatformProps) {
    const scope = options.scope ?? this;
    const holder = new Construct(scope, options.scope ? `${this.node.id}-transcode` : 'transcode-k8s');
    const minReplicas = options.minReplicas ?? 2;
    const maxReplicas = options.maxReplicas ?? 20;
    if (!Token.isUnresolved(minReplicas) && (!Number.isInteger(minReplicas) || minReplicas < 2)) {
      throw new ValidationError(this, 'transcodeOnKubernetes.minReplicas', `the transcoders are HA and need at least 2 replicas (got ${minReplicas})`, 'set minReplicas to 2 or more');
    }
    const perPod = requireResources(this, 'transcodeOnKubernetes.resources', options.resources);
    const scratchGiB = options.scratchGiB ?? 20;
    requireIntegerAtLeast(this, 'transcodeOnKubernetes.scratchGiB', scratchGiB, 1);
    const drainSeconds = options.drainSeconds ?? 1800;
    requireIntegerAtLeast(this, 'transcodeOnKubernetes.drainSeconds', drainSeconds, 0);
    // Peak = every replica plus one rolling-update surge pod (Microservice's maxSurge 1).
    const peak = demandOf(maxReplicas + 1, perPod);
    const namespace = new EnvironmentNamespace(holder, 'namespace', {
      cluster: options.cluster,
      name: options.namespace ?? `${this.platformName}-transcode`,
      quota: {
        requestsCpu: formatQuantity(Math.ceil(peak.cpuRequests * 1000) / 1000, 'cpu'),
        limitsCpu: formatQuantity(Math.ceil(peak.cpuLimits * 1000) / 1000, 'cpu'),
        requestsMemory: `${Math.ceil(peak.memoryRequests / 2 ** 20)}Mi`,
        limitsMemory: `${Math.ceil(peak.memoryLimits / 2 ** 20)}Mi`,
        pods: peak.pods + 2,
        ...options.namespaceQuota,
      },
      egressCidrs: options.egressCidrs ?? [businessCidr],
      labels: { [LabelKeys.INDUSTRY]: 'broadcast', [LabelKeys.TIER]: 'transcode' },
    });
    const env: { [k: string]: string } = {
      ...options.env,
      OS_REGION_NAME: props.site.region,
      MEDIA_SOURCE_CONTAINER: this.containerName(props, 0),
      MEDIA_OUTPUT_CONTAINER: this.containerName(props, 1),
    };
    const service = new Microservice(holder, 'transcoder', {
      cluster: options.cluster,
      namespace: namespace.name,
      name: 'transcoder',
      image: options.image,
      // Transcodes spool to /tmp: bound it, and request the disk so the scheduler
      // only picks nodes that have it.
      resources: {
        ephemeralStorageRequest: `${scratchGiB}Gi`,
        ephemeralStorageLimit: `${scratchGiB + 1}Gi`,
        ...options.resources,
      },
      writablePaths: ['/tmp'],
      writableSizeLimit: `${scratchGiB}Gi`,
      // HPA scale-down sends SIGTERM; the transcoder stops taking jobs and finishes its own.
      terminationGracePeriodSeconds: drainSeconds,
      readinessProbe: options.readinessProbe ?? Probe.httpGet('/healthz'),
      livenessProbe: options.livenessProbe ?? Probe.httpGet('/healthz', { periodSeconds: 20, failureThreshold: 3 }),
      autoscaling: { minReplicas, maxReplicas, cpuUtilizationPercent: options.cpuUtilizationPercent ?? 70 },
      env,
      secretEnv: options.secretEnv,
      labels: { [LabelKeys.TIER]: 'transcode' },
    });
    namespace.accommodate(service);
    return { namespace, service };
  }

  private containerName(props: BroadcastVideoPlatformProps, index: number): string {
    const specs = props.mediaContainers ?? [{ name: 'mezzanine' }, { name: 'renditions' }];
    const spec = specs[Math.min(index, specs.length - 1)];
    return `${this.platformName}-${spec.name}`;
  }
}

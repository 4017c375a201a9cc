import { Construct } from 'constructs';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { EnvironmentNamespace, Microservice } from '../../kubernetes';
import { DnsZone, LoadBalancer, ObjectContainer } from '../../openstack';
import { InstanceGroup, INetwork, IQosPolicy, OpenStackSite, PlaneLayout, Quota, SecurityGroup } from '../../pool';
import { BlockstorageVolumeTypeV3 } from '../../providers/openstack/blockstorage-volume-type-v3';
import { NetworkingFloatingipV2 } from '../../providers/openstack/networking-floatingip-v2';
import { edgeLoadBalancer, publicIngest, serviceNames } from './private/delivery';
import { createPlanes, egressQos } from './private/planes';
import { tenantQuota } from './private/quota';
import { createSecurityGroups } from './private/security-groups';
import { createMediaLibrary, createVolumeTypes } from './private/storage';
import { createTier, planTiers, TierAttachments, tierNeeds, TierPlan } from './private/tiers';
import { kubernetesTranscoders } from './private/transcode-k8s';
import { validatePlatform } from './private/validate';
import { BroadcastCapacityNeeds, BroadcastVideoPlatformProps } from './props';

/**
 * The broadcast video reference architecture (OSCAR broadcast best practice, the Xinjiang
 * "Tianshan Cloud" case) on one OpenStack site:
 *
 * - three planes on separate networks (management, business, storage), CIDRs that must not overlap.
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
  public readonly egressQos: IQosPolicy;
  /** Management-plane security group (SSH and monitoring from the admin CIDRs). */
  public readonly managementSecurityGroup: SecurityGroup;
  /** Storage-plane security group. */
  public readonly storageSecurityGroup: SecurityGroup;
  /** Business-plane zone of the ingest tier. */
  public readonly ingestSecurityGroup: SecurityGroup;
  /** Business-plane zone of the transcode tier (VMs only). */
  public readonly transcodeSecurityGroup?: SecurityGroup;
  /** Business-plane zone of the origin tier. */
  public readonly originSecurityGroup: SecurityGroup;
  /** Business-plane zone of the application-streaming pool. */
  public readonly appStreamingSecurityGroup: SecurityGroup;
  /**
   * The layout of the planes the platform created.
   * @default - undefined when every plane network was given
   */
  public readonly planeLayout?: PlaneLayout;
  /** The ingest tier. */
  public readonly ingest: InstanceGroup;
  /**
   * Public addresses of the ingest members (one floating IP each, on their business
   * port), created when a contribution CIDR is public: encoders on the Internet reach
   * RTMP and SRT there. Undefined when every encoder is on a private network.
   */
  public readonly ingestFloatingIps?: NetworkingFloatingipV2;
  /** The transcode tier (VMs). Undefined with `transcodeOnKubernetes`. */
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

  constructor(scope: Construct, id: string, props: BroadcastVideoPlatformProps) {
    super(scope, id);
    const site = props.site;
    this.site = site;
    this.platformName = props.name ?? Names.resourceName(this, { maxLength: 30 });
    const name = this.platformName;
    const addressing = validatePlatform(this, name, props);
    Labels.of(this).add(LabelKeys.INDUSTRY, 'broadcast');
    Labels.of(this).add(LabelKeys.PATTERN, 'broadcast-video-platform');
    const plans = planTiers(this, props);

    // Planes, egress QoS and the block tiers' volume types.
    const planes = createPlanes(this, name, props, addressing.planes);
    this.planeLayout = planes.layout;
    this.managementNetwork = planes.management;
    this.businessNetwork = planes.business;
    this.storageNetwork = planes.storage;
    this.egressQos = egressQos(this, site, name, props);
    const volumeTypes = createVolumeTypes(this, site, props);
    this.distributedVolumeTypeResource = volumeTypes.distributed.resource;
    this.sanVolumeTypeResource = volumeTypes.san.resource;
    this.distributedVolumeType = volumeTypes.distributed.name;
    this.sanVolumeType = volumeTypes.san.name;

    // Security groups: one per plane and one per business-plane tier.
    const groups = createSecurityGroups(this, site, name, addressing, !props.transcodeOnKubernetes);
    this.managementSecurityGroup = groups.management;
    this.storageSecurityGroup = groups.storage;
    this.ingestSecurityGroup = groups.ingest;
    this.transcodeSecurityGroup = groups.transcode;
    this.originSecurityGroup = groups.origin;
    this.appStreamingSecurityGroup = groups.appStreaming;

    // The HA tiers (the ingest tier's public addresses right after it).
    const attachments: TierAttachments = {
      planes, egressQos: this.egressQos, managementGroup: groups.management, storageGroup: groups.storage,
      volumeTypes: { distributed: this.distributedVolumeType, san: this.sanVolumeType },
    };
    const tier = (key: string, group: SecurityGroup) => createTier(this, name, props, planOf(plans, key), group, attachments);
    this.ingest = tier('ingest', groups.ingest);
    this.ingestFloatingIps = publicIngest(this, site, this.ingest, addressing.contributionCidrs, props);
    if (groups.transcode) this.transcode = tier('transcode', groups.transcode);
    this.origin = tier('origin', groups.origin);
    this.appStreaming = tier('appstream', groups.appStreaming);

    // The media library.
    const library = createMediaLibrary(this, site, name, props);
    this.mediaContainers = library.containers;
    this.tempUrlKey = library.tempUrlKey;
    this.syncKey = library.syncKey;

    // Delivery: the edge load balancer and the service names.
    this.loadBalancer = edgeLoadBalancer(this, site, name, this.businessNetwork, this.origin, this.appStreaming, props);
    this.dnsZone = serviceNames(this, site, name, props, this.loadBalancer, {
      'ingest': this.ingest, 'transcode': this.transcode, 'origin-nodes': this.origin, 'appstream-nodes': this.appStreaming,
    });

    // The tenant quota, checked against the tiers' needs (their floating IPs included).
    const floatingIps = (this.ingestFloatingIps ? this.ingest.memberNames.length : 0) + (this.loadBalancer.floatingIp ? 1 : 0);
    this.needs = tierNeeds(plans, floatingIps);
    this.quota = tenantQuota(this, site, props, { needs: this.needs, tierProps: plans.map((p) => p.defaults.prop) });

    // The transcoders on Kubernetes.
    if (props.transcodeOnKubernetes) {
      const transcoders = kubernetesTranscoders(this, name, props.transcodeOnKubernetes, addressing.planes.business, props);
      this.transcodeNamespace = transcoders.namespace;
      this.transcodeService = transcoders.service;
    }
  }
}

function planOf(plans: TierPlan[], key: string): TierPlan {
  return plans.find((p) => p.defaults.key === key)!;
}

import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { requireIntegerAtLeast } from '../../../core/private/validate';
import { RemovalPolicy } from '../../../core/removal-policy';
import { InstanceGroup, NetworkAttachment, IQosPolicy, SecurityGroup, AntiAffinity, Size } from '../../../pool';
import { requireHaPlacement } from '../../private/ha-placement';
import { BlockTier, BroadcastCapacityNeeds, BroadcastTierOptions, BroadcastVideoPlatformProps } from '../props';
import { Planes } from './planes';

// The four HA tiers (ingest, transcode, origin, application streaming): their plans,
// what they need from the quota, and their instance groups (internal).

/** What sets one tier apart: its prop, defaults and storage. */
interface TierDefaults {
  /** Construct ID, member name part and `oscar.io/tier` label. */
  readonly key: string;
  /** The platform prop of the tier's options. */
  readonly prop: 'ingest' | 'transcode' | 'origin' | 'appStreaming';
  readonly count: number;
  readonly size: () => Size;
  readonly volumeGiB: number;
  readonly blockTier: BlockTier;
  /** Data volumes that outlive their member (the ingest spool) are retained. */
  readonly removalPolicy: RemovalPolicy;
  /** Attach the storage plane. */
  readonly storagePlane: boolean;
  /** Name of the data volume. */
  readonly volumeName: string;
}

const TIERS: TierDefaults[] = [
  { key: 'ingest', prop: 'ingest', count: 2, size: () => Size.of(8, 16, 40), volumeGiB: 500, blockTier: BlockTier.SAN, removalPolicy: RemovalPolicy.RETAIN, storagePlane: true, volumeName: 'spool' },
  { key: 'transcode', prop: 'transcode', count: 4, size: () => Size.of(16, 32, 40), volumeGiB: 200, blockTier: BlockTier.DISTRIBUTED, removalPolicy: RemovalPolicy.DESTROY, storagePlane: true, volumeName: 'scratch' },
  { key: 'origin', prop: 'origin', count: 2, size: () => Size.of(8, 16, 40), volumeGiB: 1000, blockTier: BlockTier.DISTRIBUTED, removalPolicy: RemovalPolicy.DESTROY, storagePlane: true, volumeName: 'cache' },
  { key: 'appstream', prop: 'appStreaming', count: 2, size: () => Size.of(8, 16, 40).withDataPlane({ hugepageSize: '2MB' }), volumeGiB: 0, blockTier: BlockTier.DISTRIBUTED, removalPolicy: RemovalPolicy.DESTROY, storagePlane: false, volumeName: 'data' },
];

/** @internal One tier, checked: its defaults, its options and the resolved sizing. */
export interface TierPlan {
  readonly defaults: TierDefaults;
  readonly options?: BroadcastTierOptions;
  readonly count: number;
  readonly size: Size;
  readonly volumeGiB: number;
}

/** @internal Plans and checks the VM tiers (without transcode when the transcoders run on Kubernetes). */
export function planTiers(scope: IConstruct, props: BroadcastVideoPlatformProps): TierPlan[] {
  const plans = TIERS
    .filter((t) => !(t.prop === 'transcode' && props.transcodeOnKubernetes))
    .map((t) => planTier(scope, props, t));
  requireDedicatedAppStreamingFlavor(scope, plans);
  return plans;
}

function planTier(scope: IConstruct, props: BroadcastVideoPlatformProps, defaults: TierDefaults): TierPlan {
  const prop = defaults.prop;
  const options = props[prop];
  const count = options?.count ?? defaults.count;
  requireHaPlacement(scope, { tier: prop, members: count, prop: `${prop}.count` }, { zones: options?.zones, prop: `${prop}.zones`, site: props.site });
  const size = options?.size ?? defaults.size();
  size.validate(scope, `${prop}.size`);
  const volumeGiB = options?.dataVolumeGiB ?? defaults.volumeGiB;
  requireIntegerAtLeast(scope, `${prop}.dataVolumeGiB`, volumeGiB, 0, `set ${prop}.dataVolumeGiB to 0 (none) or a size in GiB`);
  return { defaults, options, count, size, volumeGiB };
}

function requireDedicatedAppStreamingFlavor(scope: IConstruct, plans: TierPlan[]): void {
  const flavorOf = (s: Size) => s.flavorName ?? s.generatedFlavorName;
  const app = plans.find((p) => p.defaults.key === 'appstream')!;
  const clash = plans.find((p) => p !== app && flavorOf(p.size) === flavorOf(app.size));
  if (clash) {
    throw new ValidationError(scope, 'appStreaming.size', `the application-streaming pool must run on a dedicated flavor, but "${flavorOf(app.size)}" is also the ${clash.defaults.prop} tier's`, 'give appStreaming its own size (e.g. Size.of(8, 16, 40).withDataPlane()) or a dedicated flavor (Size.flavor("app-streaming"))');
  }
}

/** @internal What the tiers need from the quota, by the library's one demand calculation. */
export function tierNeeds(plans: TierPlan[], floatingIps: number): BroadcastCapacityNeeds {
  const demand = InstanceGroup.totalDemand(plans.map((p) => InstanceGroup.demandOf({
    count: p.count, size: p.size, volumes: p.volumeGiB > 0 ? [{ name: 'data', sizeGiB: p.volumeGiB }] : [],
  })));
  const unsizedTiers = plans.filter((p) => p.size.vcpus === undefined).map((p) => p.defaults.prop);
  return { vcpus: demand.vcpus, memoryGiB: demand.memoryGiB, instances: demand.instances!, volumes: demand.volumes!, storageGiB: demand.storageGiB!, floatingIps, unsizedTiers };
}

/** @internal What a tier's members attach to. */
export interface TierAttachments {
  readonly planes: Planes;
  readonly egressQos: IQosPolicy;
  readonly managementGroup: SecurityGroup;
  readonly storageGroup: SecurityGroup;
  /** Names (or references) of the distributed and SAN volume types. */
  readonly volumeTypes: { readonly distributed: string; readonly san: string };
}

/**
 * @internal The tier's instance group: hard anti-affinity (required by the pattern, not a
 * prop), the business plane first (with the tier's group and the egress QoS), then
 * management and, for media-moving tiers, storage; one data volume on the tier's block tier.
 */
export function createTier(scope: Construct, name: string, props: BroadcastVideoPlatformProps, plan: TierPlan, group: SecurityGroup, at: TierAttachments): InstanceGroup {
  const { defaults, options } = plan;
  const networks: NetworkAttachment[] = [
    { network: at.planes.business, securityGroups: [group], qosPolicy: at.egressQos },
    { network: at.planes.management, securityGroups: [at.managementGroup] },
    ...(defaults.storagePlane ? [{ network: at.planes.storage, securityGroups: [at.storageGroup] }] : []),
  ];
  const volumeType = (options?.dataVolumeTier ?? defaults.blockTier) === BlockTier.SAN ? at.volumeTypes.san : at.volumeTypes.distributed;
  return new InstanceGroup(scope, defaults.key, {
    site: props.site,
    name: `${name}-${defaults.key}`,
    count: plan.count,
    size: plan.size,
    image: options?.image ?? props.image,
    zones: options?.zones,
    antiAffinity: AntiAffinity.HARD,
    networks,
    volumes: plan.volumeGiB > 0 ? [{ name: defaults.volumeName, sizeGiB: plan.volumeGiB, volumeType, removalPolicy: defaults.removalPolicy }] : [],
    keyPair: options?.keyPair ?? props.keyPair,
    userData: options?.userData,
    labels: { [LabelKeys.TIER]: defaults.key, ...options?.labels },
  });
}

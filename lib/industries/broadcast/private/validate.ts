import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireAtMostOne, requireDnsLabel } from '../../../core/private/validate';
import { INetwork } from '../../../pool';
import { BroadcastPlaneOptions, BroadcastVideoPlatformProps } from '../props';

// Whole-input checks of a broadcast video platform (internal: not exported from the package).

/** @internal The CIDR of each plane. */
export interface PlaneCidrs {
  readonly management: string;
  readonly business: string;
  readonly storage: string;
}

/** @internal The checked addressing of the platform: plane CIDRs and the sources allowed in. */
export interface PlatformAddressing {
  readonly planes: PlaneCidrs;
  /** CIDRs allowed to SSH into the members. */
  readonly adminCidrs: string[];
  /** CIDRs contribution feeds come from. */
  readonly contributionCidrs: string[];
}

/** @internal Validates the name, the exclusive pairs, the existing resources and the addressing. */
export function validatePlatform(scope: IConstruct, name: string, props: BroadcastVideoPlatformProps): PlatformAddressing {
  requireDnsLabel(scope, 'name', name);
  if (name.length > 30) {
    throw new ValidationError(scope, 'name', `"${name}" is longer than 30 characters`, 'use a shorter name: member names append a tier and a number');
  }
  requireExclusivePairs(scope, props);
  requireExistingOnSite(scope, props);
  const planes = planeCidrs(scope, props);
  const adminCidrs = props.adminCidrs ?? [planes.management];
  const contributionCidrs = props.contributionCidrs ?? [planes.business];
  if (adminCidrs.length === 0) throw new ValidationError(scope, 'adminCidrs', 'is empty, so nobody could manage the members', 'list the management/bastion CIDRs');
  if (contributionCidrs.length === 0) throw new ValidationError(scope, 'contributionCidrs', 'is empty, so no feed could reach the ingest tier', 'list the encoders\' CIDRs');
  return { planes, adminCidrs, contributionCidrs };
}

/** Exclusive pairs (existingX or x) and the required DNS zone. */
function requireExclusivePairs(scope: IConstruct, props: BroadcastVideoPlatformProps): void {
  requireAtMostOne(scope, { managementPlane: props.managementPlane, existingManagementNetwork: props.existingManagementNetwork });
  requireAtMostOne(scope, { businessPlane: props.businessPlane, existingBusinessNetwork: props.existingBusinessNetwork });
  requireAtMostOne(scope, { storagePlane: props.storagePlane, existingStorageNetwork: props.existingStorageNetwork });
  requireAtMostOne(scope, { distributedVolumeType: props.distributedVolumeType, existingDistributedVolumeType: props.existingDistributedVolumeType });
  requireAtMostOne(scope, { sanVolumeType: props.sanVolumeType, existingSanVolumeType: props.existingSanVolumeType });
  requireAtMostOne(scope, { egressQos: props.egressQos, existingEgressQos: props.existingEgressQos });
  requireAtMostOne(scope, { dns: props.dns, existingDnsZone: props.existingDnsZone });
  requireAtMostOne(scope, { quota: props.quota, existingQuota: props.existingQuota });
  requireAtMostOne(scope, { transcode: props.transcode, transcodeOnKubernetes: props.transcodeOnKubernetes });
  if (!props.dns && !props.existingDnsZone) {
    throw new ValidationError(scope, 'dns', 'the platform publishes its service names in a Designate zone, and none is given', 'pass dns: { zoneName: "media.example.org.", email: "hostmaster@example.org" } or existingDnsZone');
  }
}

/** Existing networks and the existing QoS policy must be on the platform's site. */
function requireExistingOnSite(scope: IConstruct, props: BroadcastVideoPlatformProps): void {
  const site = props.site;
  for (const [prop, network] of [['existingManagementNetwork', props.existingManagementNetwork], ['existingBusinessNetwork', props.existingBusinessNetwork], ['existingStorageNetwork', props.existingStorageNetwork]] as const) {
    if (network && network.site !== site) throw new ValidationError(scope, prop, `network ${network.node.path} is on another site`, 'use a network of the platform\'s site');
  }
  if (props.existingEgressQos) {
    if (props.existingEgressQos.site !== site) throw new ValidationError(scope, 'existingEgressQos', 'the policy is on another site', 'use a policy of the platform\'s site');
    if (props.existingEgressQos.maxKbps === undefined) throw new ValidationError(scope, 'existingEgressQos', 'the policy has no bandwidth limit', 'give the policy maxKbps (egress bandwidth limit)');
  }
}

/** Validates the three planes' CIDRs (no overlap) and returns each plane's CIDR. */
function planeCidrs(scope: IConstruct, props: BroadcastVideoPlatformProps): PlaneCidrs {
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
    blocks.push({ prop: p.prop, block: parseCidr(scope, p.prop, p.cidr) });
  }
  const clash = findOverlap(blocks);
  if (clash) {
    const [a, b] = clash;
    throw new ValidationError(scope, b.prop, `the plane CIDR ${b.block.cidr} overlaps ${a.prop} (${a.block.cidr}); the management, business and storage planes must be separate networks`, 'give each plane its own, non-overlapping CIDR');
  }
  return { management: planes[0].cidr, business: planes[1].cidr, storage: planes[2].cidr };
}

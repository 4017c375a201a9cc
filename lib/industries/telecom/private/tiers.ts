import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { LabelKeys } from '../../../core/labels';
import { InstanceGroup, NetworkAttachment, Network, Quota, SecurityGroup, AntiAffinity } from '../../../pool';
import { TelecomSiteProps } from '../props';
import { checkQuota, memberCount, planesOf, RegionInput, tierNeeds } from './validate';

// The tiers of a telecom region and the quota they count against (internal).

/**
 * @internal The project quota, created before the tiers: they count against it (on vSphere
 * their VMs run in its pools). Limits default to the needs; explicit limits below the
 * needs are errors.
 */
export function regionQuota(scope: Construct, props: TelecomSiteProps): Quota | undefined {
  const needs = tierNeeds(props.tiers, props.site);
  if (props.existingQuota) {
    checkQuota(scope, 'existingQuota', { vcpus: props.existingQuota.vcpus, memoryGiB: props.existingQuota.memoryGiB, instances: props.existingQuota.instances }, needs);
    return props.existingQuota;
  }
  if (!props.quota) return undefined;
  checkQuota(scope, 'quota', props.quota, needs);
  return new Quota(scope, 'quota', {
    site: props.site,
    projectId: props.quota.projectId,
    vcpus: props.quota.vcpus ?? needs.vcpus,
    memoryGiB: props.quota.memoryGiB ?? needs.memoryGiB,
    instances: props.quota.instances ?? needs.instances,
    storageGiB: props.quota.storageGiB ?? ((needs.storageGiB ?? 0) > 0 ? needs.storageGiB : undefined),
    volumes: (needs.volumes ?? 0) > 0 ? needs.volumes : undefined,
  });
}

/** @internal What the tiers attach to and count against. */
export interface TierAttachments {
  readonly planes: { [plane: string]: Network };
  readonly securityGroups: { [tier: string]: SecurityGroup };
  readonly quota?: Quota;
  /** Suffix of member names (`-dr`), or empty. */
  readonly memberSuffix: string;
}

/** @internal The tiers: N+1 members, HARD anti-affinity (the pattern requires it; not a prop), round-robin over >= 2 zones. */
export function createTiers(scope: Construct, input: RegionInput, at: TierAttachments): { [tier: string]: InstanceGroup } {
  const site = input.site;
  const tiers: { [tier: string]: InstanceGroup } = {};
  let sriovWarned = false;
  for (const tier of input.tiers) {
    const sriov = new Set(tier.sriovPlanes ?? []);
    if (sriov.size > 0 && !site.capabilities.sriov && !sriovWarned) {
      Annotations.of(scope).addWarning(`${scope.node.path}: ${site.targetName} sites have no SR-IOV ports; the sriovPlanes of the tiers use virtio/vmxnet3 ports (use a passthrough NIC in the template).`);
      sriovWarned = true;
    }
    const networks: NetworkAttachment[] = planesOf(tier, input.planes).map((name) => {
      const direct = sriov.has(name) && site.capabilities.sriov;
      // SR-IOV VFs bypass the vSwitch: no security groups apply to them.
      return { network: at.planes[name], securityGroups: direct ? undefined : [at.securityGroups[tier.name]], sriov: direct ? true : undefined };
    });
    tiers[tier.name] = new InstanceGroup(scope, `tier-${tier.name}`, {
      site,
      name: `${tier.name}${at.memberSuffix}`,
      count: memberCount(tier, site),
      minimumMembers: tier.capacity,
      size: tier.size,
      image: tier.image,
      antiAffinity: AntiAffinity.HARD,
      zones: tier.zones,
      addedZones: tier.addedZones,
      quota: at.quota,
      networks,
      volumes: tier.volumes,
      bootVolumeGiB: tier.bootVolumeGiB,
      keyPair: tier.keyPair,
      userData: tier.userData,
      labels: { [LabelKeys.TIER]: tier.name, ...tier.labels },
    });
  }
  return tiers;
}

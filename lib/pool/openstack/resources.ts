import { Construct } from 'constructs';
import { Labels } from '../../core/labels';
import { RemovalPolicy } from '../../core/removal-policy';
import { BlockstorageQuotasetV3 } from '../../providers/openstack/blockstorage-quotaset-v3';
import { BlockstorageVolumeTypeV3 } from '../../providers/openstack/blockstorage-volume-type-v3';
import { BlockstorageVolumeV3 } from '../../providers/openstack/blockstorage-volume-v3';
import { ComputeQuotasetV2 } from '../../providers/openstack/compute-quotaset-v2';
import { DataOpenstackNetworkingSecgroupV2 } from '../../providers/openstack/data-openstack-networking-secgroup-v2';
import { ImagesImageV2 } from '../../providers/openstack/images-image-v2';
import { NetworkingQosBandwidthLimitRuleV2 } from '../../providers/openstack/networking-qos-bandwidth-limit-rule-v2';
import { NetworkingQosDscpMarkingRuleV2 } from '../../providers/openstack/networking-qos-dscp-marking-rule-v2';
import { NetworkingQosMinimumBandwidthRuleV2 } from '../../providers/openstack/networking-qos-minimum-bandwidth-rule-v2';
import { NetworkingQosPolicyV2 } from '../../providers/openstack/networking-qos-policy-v2';
import { NetworkingQuotaV2 } from '../../providers/openstack/networking-quota-v2';
import { NetworkingSecgroupRuleV2 } from '../../providers/openstack/networking-secgroup-rule-v2';
import { NetworkingSecgroupV2 } from '../../providers/openstack/networking-secgroup-v2';
import { importInto, requireAdoptKeys } from '../private/adopt';
import {
  ImageTemplatePlan, ImageTemplateResult, QosPlan, QosResult, QuotaPlan, QuotaResult,
  SecurityGroupPlan, SecurityGroupResult, SecurityRulePlan, SharedVolumePlan, SharedVolumeResult,
} from '../private/plan';
import { Image } from '../size';
import { OpenStackSiteContext } from './context';
import { multiattachTypeFor } from './flavors';

/** @internal A security group whose default (allow-all egress) rules are deleted. */
export function buildSecurityGroup(site: OpenStackSiteContext, scope: Construct, plan: SecurityGroupPlan): SecurityGroupResult {
  const secgroup = new NetworkingSecgroupV2(scope, 'secgroup', {
    provider: site.provider,
    name: plan.name,
    description: plan.description,
    deleteDefaultRules: true,
    tags: Labels.toOpenStackTags(plan.labels),
  });
  if (plan.adoptId !== undefined) importInto(secgroup, plan.adoptId);
  const rules: NetworkingSecgroupRuleV2[] = [];
  return {
    securityGroupId: secgroup.id,
    openstack: { securityGroup: secgroup, rules },
    addRule: (ruleScope: Construct, rule: SecurityRulePlan) => {
      const created = new NetworkingSecgroupRuleV2(ruleScope, rule.id, {
        provider: site.provider,
        securityGroupId: secgroup.id,
        direction: rule.direction,
        ethertype: rule.cidrBlock?.includes(':') ? 'IPv6' : 'IPv4',
        protocol: rule.protocol,
        portRangeMin: rule.fromPort,
        portRangeMax: rule.toPort,
        remoteIpPrefix: rule.cidrBlock,
        remoteGroupId: rule.remoteGroupId,
        description: rule.description,
      });
      rules.push(created);
      return created;
    },
  };
}

/** @internal The ID of an existing security group, looked up by name. */
export function importSecurityGroup(site: OpenStackSiteContext, scope: Construct, name: string): string {
  return new DataOpenstackNetworkingSecgroupV2(scope, 'secgroup', { provider: site.provider, name }).id;
}

/** @internal A Cinder volume of a multi-attach type (created once per site when none is named). */
export function buildSharedVolume(site: OpenStackSiteContext, scope: Construct, plan: SharedVolumePlan): SharedVolumeResult {
  let typeName = plan.volumeType;
  let volumeType: BlockstorageVolumeTypeV3 | undefined;
  if (typeName === undefined) {
    volumeType = multiattachTypeFor(site);
    typeName = volumeType.name;
  }
  const volume = new BlockstorageVolumeV3(scope, 'volume', {
    provider: site.provider,
    name: plan.name,
    size: plan.sizeGiB,
    volumeType: typeName,
    availabilityZone: plan.zone,
    metadata: plan.labels,
    lifecycle: { preventDestroy: plan.removalPolicy === RemovalPolicy.RETAIN },
  });
  if (plan.adoptId !== undefined) importInto(volume, plan.adoptId);
  return { openstack: { volume, volumeType } };
}

/** @internal Project quota sets for compute, network and block storage. */
export function buildQuota(site: OpenStackSiteContext, scope: Construct, plan: QuotaPlan): QuotaResult {
  const base = { provider: site.provider, projectId: plan.projectId!, region: site.region };
  const compute = new ComputeQuotasetV2(scope, 'compute', {
    ...base,
    cores: plan.vcpus,
    ram: plan.memoryGiB !== undefined ? Math.round(plan.memoryGiB * 1024) : undefined,
    instances: plan.instances,
    serverGroups: plan.instances,
    serverGroupMembers: plan.instances,
  });
  let network: NetworkingQuotaV2 | undefined;
  if (plan.networks !== undefined || plan.floatingIps !== undefined) {
    network = new NetworkingQuotaV2(scope, 'network', {
      ...base,
      network: plan.networks,
      subnet: plan.networks !== undefined ? plan.networks * 4 : undefined,
      router: plan.networks,
      port: plan.instances !== undefined ? plan.instances * 8 : undefined,
      floatingip: plan.floatingIps,
      securityGroup: plan.networks !== undefined ? plan.networks * 4 : undefined,
      securityGroupRule: plan.networks !== undefined ? plan.networks * 100 : undefined,
    });
  }
  let blockStorage: BlockstorageQuotasetV3 | undefined;
  if (plan.volumes !== undefined || plan.storageGiB !== undefined) {
    blockStorage = new BlockstorageQuotasetV3(scope, 'block-storage', { ...base, volumes: plan.volumes, gigabytes: plan.storageGiB, snapshots: plan.volumes });
  }
  const sets = { 'compute': compute, 'network': network, 'block-storage': blockStorage };
  const present = Object.entries(sets).filter(([, r]) => r !== undefined).map(([k]) => k);
  requireAdoptKeys(scope, 'adopt', plan.adopt, present);
  for (const [key, id] of Object.entries(plan.adopt ?? {})) importInto(sets[key as keyof typeof sets]!, id);
  return { openstack: { compute, network, blockStorage } };
}

/** @internal A Neutron QoS policy with one rule per limit. */
export function buildQosPolicy(site: OpenStackSiteContext, scope: Construct, plan: QosPlan): QosResult {
  const provider = site.provider;
  const policy = new NetworkingQosPolicyV2(scope, 'policy', { provider, name: plan.name });
  const qosPolicyId = policy.id;
  const bandwidthLimitRule = plan.maxKbps === undefined ? undefined
    : new NetworkingQosBandwidthLimitRuleV2(scope, 'bandwidth-limit', { provider, qosPolicyId, maxKbps: plan.maxKbps, maxBurstKbps: plan.maxBurstKbps, direction: 'egress' });
  const minimumBandwidthRule = plan.minKbps === undefined ? undefined
    : new NetworkingQosMinimumBandwidthRuleV2(scope, 'minimum-bandwidth', { provider, qosPolicyId, minKbps: plan.minKbps });
  const dscpMarkingRule = plan.dscpMark === undefined ? undefined
    : new NetworkingQosDscpMarkingRuleV2(scope, 'dscp-marking', { provider, qosPolicyId, dscpMark: plan.dscpMark });
  return { policyId: qosPolicyId, maxKbps: plan.maxKbps, maxBurstKbps: plan.maxBurstKbps, minKbps: plan.minKbps, dscpMark: plan.dscpMark, openstack: { policy, bandwidthLimitRule, minimumBandwidthRule, dscpMarkingRule } };
}

/** @internal A private, protected Glance image. */
export function buildImage(site: OpenStackSiteContext, scope: Construct, plan: ImageTemplatePlan): ImageTemplateResult {
  const image = new ImagesImageV2(scope, 'image', {
    provider: site.provider,
    name: plan.name,
    imageSourceUrl: plan.url,
    containerFormat: 'bare',
    diskFormat: plan.diskFormat,
    visibility: 'private',
    protected: true,
    minDiskGb: plan.minDiskGiB,
    properties: plan.architecture ? { hw_architecture: plan.architecture } : undefined,
    tags: Labels.toOpenStackTags(plan.labels),
    lifecycle: { preventDestroy: true },
  });
  const bootImage = Image.fromId(image.id);
  return { bootImage: plan.architecture ? bootImage.withArchitecture(plan.architecture) : bootImage, openstack: { image } };
}

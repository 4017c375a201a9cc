// Internal, target-neutral plans (not exported from the package): what a building block has validated and decided, handed to the
// site's driver, which creates the target's resources. This module is a leaf: it
// imports no construct of lib/pool, so constructs and drivers both depend on it and
// never on each other.
import { Construct } from 'constructs';
import { RemovalPolicy } from '../../core/removal-policy';
import { NetworkingSecgroupRuleV2 } from '../../providers/openstack/networking-secgroup-rule-v2';
import type { BackupPolicyOpenStackResources, BackupPolicyVsphereResources } from '../backup-policy-resources';
import { AddressPair, AntiAffinity, DataVolumeSpec, HaRestartPriority, MemberPlacement, PowerState, ResourceForm, StoragePolicyTagRule, StorageQos, SubnetSpec } from '../shapes';
import { CpuArchitecture, Image, Size } from '../size';
import {
  ImageTemplateOpenStackResources, ImageTemplateVsphereResources, InstanceGroupOpenStackElements, InstanceGroupOpenStackResources, InstanceGroupVsphereResources,
  NetworkOpenStackResources, NetworkVsphereResources, RouterOpenStackResources, QosPolicyOpenStackResources, QuotaOpenStackResources, QuotaVsphereResources,
  SecurityGroupOpenStackResources, SharedVolumeOpenStackResources, SharedVolumeVsphereResources,
  HostPoolOpenStackResources, HostPoolVsphereResources,
} from '../target-resources';
import { FlavorPlan, FlavorResult } from './flavor-plan';
import { StorageTierResult } from './storage-result';

export type { FlavorPlan, FlavorResult };

/** @internal One member of an instance group. */
export interface MemberPlan {
  readonly key: string;
  readonly zone: string;
  /** Per attachment: static MAC and IP, when set. */
  readonly macs: Array<string | undefined>;
  readonly ips: Array<string | undefined>;
  /** Pinned placement, when set; `movedFrom` is the zone the group would assign when the pin moves it. */
  readonly placement?: MemberPlacement & { readonly movedFrom?: string };
}

/** @internal A validated network attachment. */
export interface AttachmentPlan {
  readonly networkName: string;
  readonly networkId: string;
  readonly subnet: SubnetSpec;
  /** The subnet's ID. Only targets with subnet objects call it. */
  readonly subnetId: () => string;
  /** Undefined when the attachment lists no security groups (as opposed to an empty list). */
  readonly securityGroupIds?: string[];
  readonly staticMacs: boolean;
  readonly fixedIps: boolean;
  /** Extra addresses the ports may carry (VRRP/keepalived VIPs). */
  readonly allowedAddressPairs: AddressPair[];
  readonly sriov: boolean;
  readonly qosPolicyId?: string;
  /** The QoS policy that applies to the members' ports: the port's own, else the network's. */
  readonly qos?: AttachmentQos;
  /** Existing ports to import, by member key (validated against the members). */
  readonly adoptPorts?: { [member: string]: string };
}

/** @internal The effective QoS policy of an attachment, for drivers that must check its rules. */
export interface AttachmentQos {
  readonly policy: QosResult;
  /** Construct path of the policy, for messages. */
  readonly path: string;
  /** The prop that brought it: `networks[n].qosPolicy` (on the port) or `networks[n].network`. */
  readonly prop: string;
  /** True when the policy is set on the port, false when inherited from the network. */
  readonly onPort: boolean;
}

/** @internal A shared volume attached to every member. */
export interface SharedVolumeRef {
  readonly volumeName: string;
  readonly handle: SharedVolumeResult;
}

/** @internal What a driver needs to create an instance group. */
export interface InstancesPlan {
  readonly name: string;
  readonly size: Size;
  readonly image: Image;
  readonly members: MemberPlan[];
  readonly attachments: AttachmentPlan[];
  readonly antiAffinity: AntiAffinity;
  readonly labels: { [key: string]: string };
  readonly userData?: string;
  readonly keyPair?: string;
  readonly bootVolumeGiB?: number;
  readonly bootVolumeType?: string;
  /** The storage tier of the boot volumes (vSphere: of the VM's home and first disk). */
  readonly bootTier?: StorageTierResult;
  readonly volumes: DataVolumeSpec[];
  /** The storage tier of each data volume spec, in order. */
  readonly volumeTiers: Array<StorageTierResult | undefined>;
  /** The host pool members are confined to. */
  readonly hostPool?: HostPoolResult;
  /** VM-HA: the restart priority when the members are flagged, else undefined. */
  readonly haRestartPriority?: HaRestartPriority;
  readonly sharedVolumes: SharedVolumeRef[];
  /** The quota the members count against, if any (vSphere: its resource pools by zone). */
  readonly quota?: QuotaResult;
  /** Existing servers/VMs to import, by member key (validated against the members). */
  readonly adopt?: { [member: string]: string };
  /** The members' power state. */
  readonly powerState: PowerState;
  /** Generated L1 classes or plain TerraformResources (the same JSON). */
  readonly resourceForm: ResourceForm;
}

/** @internal */
export interface InstancesResult {
  readonly openstack?: InstanceGroupOpenStackResources;
  /** The same OpenStack resources as `TerraformResource`s, in either form. */
  readonly openstackElements?: InstanceGroupOpenStackElements;
  readonly vsphere?: InstanceGroupVsphereResources;
  /**
   * The address of one member on one attachment (by index), as an expression the
   * target resolves at apply. Throws a ValidationError where the target cannot tell.
   */
  memberAddress(scope: Construct, member: MemberPlan, attachment: number): string;
}

/** @internal A network to create. */
export interface NetworkPlan {
  readonly name: string;
  readonly subnets: SubnetSpec[];
  readonly vlanId?: number;
  readonly physicalNetwork?: string;
  /** An overlay type to name explicitly (`vxlan`); undefined lets Neutron choose. */
  readonly overlayType?: string;
  readonly routerGateway?: boolean;
  /** A shared router to attach every subnet to (instead of an own router). */
  readonly routerId?: string;
  readonly mtu?: number;
  readonly qos?: QosResult;
  readonly labels: { [key: string]: string };
  /** Existing network (`network`) and subnets (subnet names) to import. */
  readonly adopt?: { [key: string]: string };
}

/** @internal A router to create. */
export interface RouterPlan {
  readonly name: string;
  readonly externalGateway: boolean;
  /** A distributed (DVR) router; undefined leaves Neutron's default. */
  readonly distributed?: boolean;
  /** The QoS policy of the external gateway. */
  readonly externalQosPolicyId?: string;
  readonly labels: { [key: string]: string };
}

/** @internal */
export interface RouterResult {
  readonly routerId: string;
  readonly openstack?: RouterOpenStackResources;
}

/** @internal */
export interface NetworkResult {
  readonly networkId: string;
  readonly subnetIds?: { [name: string]: string };
  readonly openstack?: NetworkOpenStackResources;
  readonly vsphere?: NetworkVsphereResources;
  /** Keeps pinned addresses out of a default-pool subnet's pool (cumulative; OpenStack only). */
  readonly keepOutOfPool?: (subnet: string, addresses: bigint[]) => void;
}

/** @internal An existing network to look up. */
export interface NetworkImportPlan {
  readonly networkName: string;
  readonly subnets: SubnetSpec[];
}

/** @internal */
export interface NetworkImportResult {
  readonly networkId: string;
  /** Subnet IDs by name, on targets with subnet objects. */
  readonly subnetIds?: { [name: string]: string };
}

/** @internal A security group to create. */
export interface SecurityGroupPlan {
  readonly name: string;
  readonly description?: string;
  readonly labels: { [key: string]: string };
  /** The existing group's ID, to import. */
  readonly adoptId?: string;
}

/** @internal One allow rule of a security group. */
export interface SecurityRulePlan {
  readonly id: string;
  readonly direction: string;
  readonly protocol?: string;
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly cidrBlock?: string;
  readonly remoteGroupId?: string;
  readonly description?: string;
}

/** @internal A security group's handle; undefined where the target enforces none. */
export interface SecurityGroupResult {
  readonly securityGroupId: string;
  readonly openstack?: SecurityGroupOpenStackResources;
  addRule(scope: Construct, rule: SecurityRulePlan): NetworkingSecgroupRuleV2 | undefined;
}

/** @internal */
export interface SharedVolumePlan {
  readonly name: string;
  readonly sizeGiB: number;
  readonly volumeType?: string;
  readonly zone?: string;
  readonly datastore?: string;
  /** The vSphere storage policy of the disk (from its tier). */
  readonly storagePolicyId?: string;
  readonly removalPolicy: RemovalPolicy;
  readonly labels: { [key: string]: string };
  /** The existing volume's ID (vSphere: its datastore path), to import. */
  readonly adoptId?: string;
}

/** @internal */
export interface SharedVolumeResult {
  readonly openstack?: SharedVolumeOpenStackResources;
  readonly vsphere?: SharedVolumeVsphereResources;
}

/** @internal */
export interface QuotaPlan {
  readonly name: string;
  readonly projectId?: string;
  readonly zone?: string;
  /** The zones (vSphere clusters) the quota covers. */
  readonly zones: string[];
  readonly vcpus?: number;
  readonly memoryGiB?: number;
  readonly instances?: number;
  readonly volumes?: number;
  readonly storageGiB?: number;
  readonly networks?: number;
  readonly floatingIps?: number;
  readonly cpuLimitMhz?: number;
  readonly cpuReservationMhz?: number;
  readonly memoryReservationGiB?: number;
  /** Existing quota objects to import, by the target's keys (the driver validates them). */
  readonly adopt?: { [key: string]: string };
}

/** @internal */
export interface QuotaResult {
  readonly openstack?: QuotaOpenStackResources;
  readonly vsphere?: QuotaVsphereResources;
}

/** @internal */
export interface QosPlan {
  readonly name: string;
  readonly maxKbps?: number;
  readonly maxBurstKbps?: number;
  readonly minKbps?: number;
  readonly dscpMark?: number;
}

/** @internal */
export interface QosResult {
  /** The policy's ID, on targets with policy objects (ports and networks reference it). */
  readonly policyId?: string;
  readonly maxKbps?: number;
  readonly maxBurstKbps?: number;
  readonly minKbps?: number;
  readonly dscpMark?: number;
  readonly openstack?: QosPolicyOpenStackResources;
}

/** @internal */
export interface ImageTemplatePlan {
  readonly name: string;
  readonly url: string;
  readonly diskFormat: string;
  readonly minDiskGiB?: number;
  readonly architecture?: CpuArchitecture;
  readonly labels: { [key: string]: string };
}

/** @internal */
export interface ImageTemplateResult {
  /** What instance groups boot from. Undefined where the import is not bootable as is. */
  readonly bootImage?: Image;
  readonly openstack?: ImageTemplateOpenStackResources;
  readonly vsphere?: ImageTemplateVsphereResources;
}

/** @internal A storage tier to create. */
export interface StorageTierPlan {
  readonly name: string;
  readonly backendName?: string;
  readonly multiattach: boolean;
  readonly extraSpecs: { [key: string]: string };
  readonly qos?: StorageQos;
  readonly datastore?: string;
  readonly datastoreCluster?: string;
  readonly storagePolicy?: string;
  readonly storagePolicyTags?: StoragePolicyTagRule[];
  /** Projects granted a private volume type (OpenStack). */
  readonly projectIds: string[];
  readonly labels: { [key: string]: string };
}

/** @internal A host pool to create. */
export interface HostPoolPlan {
  readonly name: string;
  readonly hosts: string[];
  readonly zone?: string;
  /** Aggregate metadata: pool, role, trusted, cpu_arch, cpu_family and the user's. */
  readonly metadata: { [key: string]: string };
  readonly trusted: boolean;
  /** True when the user gave metadata of their own (targets without aggregates warn). */
  readonly customMetadata: boolean;
}

/** @internal */
export interface HostPoolResult {
  readonly poolName: string;
  readonly zone?: string;
  readonly trusted: boolean;
  readonly openstack?: HostPoolOpenStackResources;
  readonly vsphere?: HostPoolVsphereResources;
}

/** @internal One member exported to a template or image. */
export interface InstanceExportPlan {
  readonly name: string;
  readonly member: string;
  readonly description?: string;
  readonly instances: InstancesResult;
}

/** @internal */
export interface InstanceExportResult {
  readonly vsphere?: ImageTemplateVsphereResources;
}

/** @internal What an instance group hands to backup policies and exports. */
export interface InstanceGroupHandle {
  readonly instances: InstancesResult;
  /** How many shared volumes the members attach. */
  readonly sharedVolumes: number;
}

/** @internal A group a backup policy covers. */
export interface BackupGroupPlan {
  /** The property that named it, for messages (`instanceGroups[0]`). */
  readonly prop: string;
  readonly instances: InstancesResult;
  /** How many shared volumes the members attach. */
  readonly sharedVolumes: number;
}

/** @internal A backup policy to implement. */
export interface BackupPlan {
  readonly name: string;
  /** A 5-field cron expression or descriptor (validated). */
  readonly schedule: string;
  readonly timeZone: string;
  readonly retention: number;
  readonly groups: BackupGroupPlan[];
  readonly sharedVolumes: SharedVolumeResult[];
  readonly labels: { [key: string]: string };
}

/** @internal */
export interface BackupResult {
  readonly openstack?: BackupPolicyOpenStackResources;
  readonly vsphere?: BackupPolicyVsphereResources;
  /** Cloud-init user data of the runner VM, on targets that back up through one. */
  readonly runnerUserData?: string;
}

/**
 * @internal Everything a target implements. One class per target (`pool/<target>/driver.ts`);
 * the building blocks validate target-neutral input, then call these methods.
 * A driver throws or warns, naming the target and the prop, where its target cannot
 * honour a plan.
 */
export interface ISiteDriver {
  instances(scope: Construct, plan: InstancesPlan): InstancesResult;
  network(scope: Construct, plan: NetworkPlan): NetworkResult;
  router(scope: Construct, plan: RouterPlan): RouterResult;
  importNetwork(scope: Construct, plan: NetworkImportPlan): NetworkImportResult;
  /** Undefined (after a warning) on targets that cannot enforce security groups. */
  securityGroup(scope: Construct, plan: SecurityGroupPlan): SecurityGroupResult | undefined;
  importSecurityGroup(scope: Construct, name: string): string;
  sharedVolume(scope: Construct, plan: SharedVolumePlan): SharedVolumeResult;
  quota(scope: Construct, plan: QuotaPlan): QuotaResult;
  qosPolicy(scope: Construct, plan: QosPlan): QosResult;
  imageTemplate(scope: Construct, plan: ImageTemplatePlan): ImageTemplateResult;
  storageTier(scope: Construct, plan: StorageTierPlan): StorageTierResult;
  hostPool(scope: Construct, plan: HostPoolPlan): HostPoolResult;
  backupPolicy(scope: Construct, plan: BackupPlan): BackupResult;
  /** Throws a ValidationError naming the target on targets that cannot export a VM. */
  exportInstance(scope: Construct, plan: InstanceExportPlan): InstanceExportResult;
  /** Only called on sites with the `flavors` capability. */
  flavor(scope: Construct, plan: FlavorPlan): FlavorResult;
}

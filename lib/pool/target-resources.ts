// The escape hatches of the pool's building blocks: the L1 resources each target's
// driver created, grouped per target so that code reaching below the northbound API
// says which target it expects (`group.openstack?.instances`). A leaf module: drivers
// and constructs both import it.
import type { ComputeClusterHostGroup } from '@cdktf/provider-vsphere/lib/compute-cluster-host-group';
import type { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import type { ComputeClusterVmGroup } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-group';
import type { ComputeClusterVmHostRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-host-rule';
import type { ContentLibrary } from '@cdktf/provider-vsphere/lib/content-library';
import type { ContentLibraryItem } from '@cdktf/provider-vsphere/lib/content-library-item';
import type { DataVsphereDatastoreCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore-cluster';
import type { DataVsphereStoragePolicy } from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import type { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import type { HaVmOverride } from '@cdktf/provider-vsphere/lib/ha-vm-override';
import type { ResourcePool } from '@cdktf/provider-vsphere/lib/resource-pool';
import type { VirtualDisk } from '@cdktf/provider-vsphere/lib/virtual-disk';
import type { VirtualMachine } from '@cdktf/provider-vsphere/lib/virtual-machine';
import type { VmStoragePolicy } from '@cdktf/provider-vsphere/lib/vm-storage-policy';
import type { TerraformResource } from 'cdktf';
import { BlockstorageQosAssociationV3 } from '../providers/openstack/blockstorage-qos-association-v3';
import { BlockstorageQosV3 } from '../providers/openstack/blockstorage-qos-v3';
import { BlockstorageQuotasetV3 } from '../providers/openstack/blockstorage-quotaset-v3';
import { BlockstorageVolumeTypeAccessV3 } from '../providers/openstack/blockstorage-volume-type-access-v3';
import { BlockstorageVolumeTypeV3 } from '../providers/openstack/blockstorage-volume-type-v3';
import { BlockstorageVolumeV3 } from '../providers/openstack/blockstorage-volume-v3';
import { ComputeAggregateV2 } from '../providers/openstack/compute-aggregate-v2';
import { ComputeFlavorAccessV2 } from '../providers/openstack/compute-flavor-access-v2';
import { ComputeFlavorV2 } from '../providers/openstack/compute-flavor-v2';
import { ComputeInstanceV2 } from '../providers/openstack/compute-instance-v2';
import { ComputeQuotasetV2 } from '../providers/openstack/compute-quotaset-v2';
import { ComputeServergroupV2 } from '../providers/openstack/compute-servergroup-v2';
import { ComputeVolumeAttachV2 } from '../providers/openstack/compute-volume-attach-v2';
import { ImagesImageV2 } from '../providers/openstack/images-image-v2';
import { NetworkingNetworkV2 } from '../providers/openstack/networking-network-v2';
import { NetworkingPortV2 } from '../providers/openstack/networking-port-v2';
import { NetworkingQosBandwidthLimitRuleV2 } from '../providers/openstack/networking-qos-bandwidth-limit-rule-v2';
import { NetworkingQosDscpMarkingRuleV2 } from '../providers/openstack/networking-qos-dscp-marking-rule-v2';
import { NetworkingQosMinimumBandwidthRuleV2 } from '../providers/openstack/networking-qos-minimum-bandwidth-rule-v2';
import { NetworkingQosPolicyV2 } from '../providers/openstack/networking-qos-policy-v2';
import { NetworkingQuotaV2 } from '../providers/openstack/networking-quota-v2';
import { NetworkingRouterInterfaceV2 } from '../providers/openstack/networking-router-interface-v2';
import { NetworkingRouterV2 } from '../providers/openstack/networking-router-v2';
import { NetworkingSecgroupRuleV2 } from '../providers/openstack/networking-secgroup-rule-v2';
import { NetworkingSecgroupV2 } from '../providers/openstack/networking-secgroup-v2';
import { NetworkingSubnetV2 } from '../providers/openstack/networking-subnet-v2';

/**
 * The per-member resources an `InstanceGroup` created on an OpenStack site, as
 * `TerraformResource`s: set in both resource forms (`ResourceForm`), so code that needs
 * only `fqn`, `dependsOn` or `addOverride` works with either.
 */
export interface InstanceGroupOpenStackElements {
  /** The members (`openstack_compute_instance_v2`, `for_each` over the member keys). */
  readonly instances: TerraformResource;
  /**
   * The server group (`openstack_compute_servergroup_v2`).
   * @default - none (no anti-affinity)
   */
  readonly serverGroup?: TerraformResource;
  /** The members' ports (`openstack_networking_port_v2`), one per network attachment. */
  readonly ports: TerraformResource[];
  /** Per-member data volumes (`openstack_blockstorage_volume_v3`), one per volume spec. */
  readonly volumes: TerraformResource[];
  /** Volume attachments (`openstack_compute_volume_attach_v2`), data then shared volumes. */
  readonly volumeAttachments: TerraformResource[];
}

/** What an `InstanceGroup` created on an OpenStack site. */
export interface InstanceGroupOpenStackResources {
  /** The members: one resource with `for_each` over the member keys. */
  readonly instances: ComputeInstanceV2;
  /**
   * The flavor created for `Size.of`, shared by every group of the same size on the
   * site and owned by the site construct.
   * @default - none (`Size.flavor` names an existing flavor)
   */
  readonly flavor?: ComputeFlavorV2;
  /**
   * The server group.
   * @default - none (no anti-affinity)
   */
  readonly serverGroup?: ComputeServergroupV2;
  /** The members' ports, one `for_each` resource per network attachment. */
  readonly ports: NetworkingPortV2[];
  /** Per-member data volumes, one `for_each` resource per volume spec. */
  readonly volumes: BlockstorageVolumeV3[];
  /** Volume attachments (data and shared volumes), one `for_each` resource each. */
  readonly volumeAttachments: ComputeVolumeAttachV2[];
}

/** What an `InstanceGroup` created on a vSphere site. */
export interface InstanceGroupVsphereResources {
  /**
   * The VM group of the members, with `hostPool`.
   * @default - none
   */
  readonly hostPoolVmGroup?: ComputeClusterVmGroup;
  /**
   * The mandatory VM-host affinity rule that keeps the members on the pool's hosts, with `hostPool`.
   * @default - none
   */
  readonly hostPoolRule?: ComputeClusterVmHostRule;
  /**
   * The vSphere HA override of each member (restart priority), with `ha`: one resource
   * with `for_each` over the member keys.
   * @default - none
   */
  readonly haOverrides?: HaVmOverride;
  /** The members: one resource with `for_each` over the member keys. */
  readonly virtualMachines: VirtualMachine;
  /** The mandatory DRS anti-affinity rules, one per cluster holding 2+ members. */
  readonly antiAffinityRules: ComputeClusterVmAntiAffinityRule[];
}

/** What a `Network` created on an OpenStack site. */
export interface NetworkOpenStackResources {
  /** The network. */
  readonly network: NetworkingNetworkV2;
  /** The subnets, by subnet name. */
  readonly subnets: { [name: string]: NetworkingSubnetV2 };
  /**
   * The network's own router.
   * @default - none (the network is not routed by Neutron)
   */
  readonly router?: NetworkingRouterV2;
  /** The router's subnet interfaces, by subnet name. */
  readonly routerInterfaces: { [name: string]: NetworkingRouterInterfaceV2 };
}

/** What a `Router` created on an OpenStack site. */
export interface RouterOpenStackResources {
  /** The router. */
  readonly router: NetworkingRouterV2;
}

/** What a `Network` created on a vSphere site. */
export interface NetworkVsphereResources {
  /** The distributed port group. */
  readonly portGroup: DistributedPortGroup;
}

/** What a `SecurityGroup` created on an OpenStack site. */
export interface SecurityGroupOpenStackResources {
  /** The security group. */
  readonly securityGroup: NetworkingSecgroupV2;
  /** Its rules, in the order they were added (the list grows with `allowFrom`). */
  readonly rules: NetworkingSecgroupRuleV2[];
}

/** What a `SharedVolume` created on an OpenStack site. */
export interface SharedVolumeOpenStackResources {
  /** The multi-attach volume. */
  readonly volume: BlockstorageVolumeV3;
  /**
   * The multi-attach volume type created for it.
   * @default - none (the volume uses a named, existing type)
   */
  readonly volumeType?: BlockstorageVolumeTypeV3;
}

/** What a `SharedVolume` created on a vSphere site. */
export interface SharedVolumeVsphereResources {
  /** The eager-zeroed thick disk the members share in multi-writer mode. */
  readonly virtualDisk: VirtualDisk;
  /**
   * The datastore's name.
   * @default - the site's default datastore
   */
  readonly datastore?: string;
}

/** What a `Quota` created on an OpenStack site. */
export interface QuotaOpenStackResources {
  /** The Nova quota set. */
  readonly compute: ComputeQuotasetV2;
  /**
   * The Neutron quota.
   * @default - none (no network amounts were set)
   */
  readonly network?: NetworkingQuotaV2;
  /**
   * The Cinder quota set.
   * @default - none (no volume amounts were set)
   */
  readonly blockStorage?: BlockstorageQuotasetV3;
}

/** What a `Quota` created on a vSphere site. */
export interface QuotaVsphereResources {
  /** One resource pool per covered cluster, by zone: a pool cannot span clusters. */
  readonly resourcePools: { [zone: string]: ResourcePool };
}

/** What a `QosPolicy` created on an OpenStack site. */
export interface QosPolicyOpenStackResources {
  /** The policy. */
  readonly policy: NetworkingQosPolicyV2;
  /**
   * The bandwidth-limit rule.
   * @default - none (no maxKbps)
   */
  readonly bandwidthLimitRule?: NetworkingQosBandwidthLimitRuleV2;
  /**
   * The minimum-bandwidth rule.
   * @default - none (no minKbps)
   */
  readonly minimumBandwidthRule?: NetworkingQosMinimumBandwidthRuleV2;
  /**
   * The DSCP-marking rule.
   * @default - none (no dscpMark)
   */
  readonly dscpMarkingRule?: NetworkingQosDscpMarkingRuleV2;
}

/** What an `ImageTemplate` created on an OpenStack site. */
export interface ImageTemplateOpenStackResources {
  /** The Glance image. */
  readonly image: ImagesImageV2;
}

/** What an `ImageTemplate` created on a vSphere site. */
export interface ImageTemplateVsphereResources {
  /** The content library holding the item. */
  readonly contentLibrary: ContentLibrary;
  /** The content library item imported from the URL. */
  readonly item: ContentLibraryItem;
}

/** What a `StorageTier` created on an OpenStack site. */
export interface StorageTierOpenStackResources {
  /** The volume type. */
  readonly volumeType: BlockstorageVolumeTypeV3;
  /**
   * The QoS specs.
   * @default - none (no `qos`)
   */
  readonly qos?: BlockstorageQosV3;
  /**
   * The association of the QoS specs with the volume type.
   * @default - none (no `qos`)
   */
  readonly qosAssociation?: BlockstorageQosAssociationV3;
  /** The access grants to the projects the tier names (`projectIds`). */
  readonly access: BlockstorageVolumeTypeAccessV3[];
}

/** What a `StorageTier` created or looked up on a vSphere site. */
export interface StorageTierVsphereResources {
  /**
   * The VM storage policy created from `storagePolicyTags`.
   * @default - none
   */
  readonly storagePolicy?: VmStoragePolicy;
  /**
   * The lookup of the existing `storagePolicy`.
   * @default - none
   */
  readonly storagePolicyLookup?: DataVsphereStoragePolicy;
  /**
   * The lookup of the `datastoreCluster`.
   * @default - none
   */
  readonly datastoreCluster?: DataVsphereDatastoreCluster;
}

/** What a `Flavor` created on an OpenStack site. */
export interface FlavorOpenStackResources {
  /** The flavor (a child of the site: groups of the same size and pool share it). */
  readonly flavor: ComputeFlavorV2;
  /** The access grants to the projects the catalog entry names. */
  readonly access: ComputeFlavorAccessV2[];
}

/** What a `HostPool` created on an OpenStack site. */
export interface HostPoolOpenStackResources {
  /** The host aggregate. */
  readonly aggregate: ComputeAggregateV2;
}

/** What a `HostPool` created on a vSphere site. */
export interface HostPoolVsphereResources {
  /** The cluster host group. */
  readonly hostGroup: ComputeClusterHostGroup;
}

import { IConstruct } from 'constructs';
import { IHostPool } from './host-pool';
import { MacPool } from './mac-pool';
import { INetwork } from './network';
import type { InstanceGroupHandle } from './private/plan';
import { IQosPolicy } from './qos-policy';
import { IQuota } from './quota';
import { ISecurityGroup } from './security-group';
import { AddressPair, AntiAffinity, DataVolumeSpec, HaRestartPriority, IStorageTier, MemberPlacement, PowerState, ResourceForm, ZoneAddition } from './shapes';
import { ISite } from './site';
import { Image, Size } from './size';
import { ISharedVolume } from './volumes';

/** One network an instance group attaches to. */
export interface NetworkAttachment {
  /** The network. */
  readonly network: INetwork;
  /**
   * The subnet fixed IPs come from.
   * @default - the network's first subnet
   */
  readonly subnet?: string;
  /**
   * Security groups applied to the members' ports (OpenStack).
   * @default - none: no traffic is allowed in or out of the port
   */
  readonly securityGroups?: ISecurityGroup[];
  /**
   * Give every member a static MAC from this pool.
   * @default - platform-assigned MACs
   */
  readonly macPool?: MacPool;
  /**
   * Static IPs, one per member in member order (`<name>-001` first), inside the subnet.
   * On OpenStack, Neutron hands out any free pool address to the first port that asks, so
   * pinned addresses must stay out of the subnet's allocation pools: a subnet of this app's
   * `Network` left on the default pool gets pools around them; declared pools that contain
   * them are warned about at synth.
   * @default - addresses assigned by the platform (DHCP/IPAM)
   */
  readonly fixedIps?: string[];
  /**
   * SR-IOV virtual function instead of a virtio port (`binding.vnic_type = direct`, OpenStack).
   * The port's binding profile is Nova's (it records the VF it claimed): changes to it are ignored.
   * @default false
   */
  readonly sriov?: boolean;
  /**
   * Extra addresses every member's port may carry: the virtual IP of a VRRP/keepalived
   * pair (Neutron `allowed_address_pairs`, port security would drop its traffic otherwise).
   * @default - none
   */
  readonly allowedAddressPairs?: AddressPair[];
  /**
   * QoS for the members' ports on this network (OpenStack `qos_policy_id`).
   * @default - the network's policy, if any
   */
  readonly qosPolicy?: IQosPolicy;
  /**
   * Existing ports to take over, by member key (OpenStack port UUIDs). Required for
   * every adopted member on OpenStack: an adopted server keeps the ports it has, so new
   * ones would be created unattached. Adopted ports keep their addresses: `fixed_ip`
   * is not read back on import, so changes to it are ignored on this attachment's ports
   * (every member's). vSphere NICs are part of the VM.
   * @default - none: ports are created
   */
  readonly adoptPorts?: { [member: string]: string };
}

/** Properties of an {@link InstanceGroup}. */
export interface InstanceGroupProps {
  /** The site the members run on. */
  readonly site: ISite;
  /** Member size. Changing it resizes members in place. */
  readonly size: Size;
  /** The image (OpenStack) or template (vSphere) members boot from. */
  readonly image: Image;
  /** Networks, in NIC order. At least one. */
  readonly networks: NetworkAttachment[];
  /**
   * Number of members.
   * @default 2
   */
  readonly count?: number;
  /**
   * Zones members are spread over, round-robin in member order. Never edit this list
   * under running members: changing it moves (replaces) them. To add a zone, use
   * `addedZones`.
   * @default - all of the site's zones
   */
  readonly zones?: string[];
  /**
   * Zones added later, each used only from a member number on, so existing members keep
   * their zones: each new member goes to the eligible zone with the fewest members.
   * @default - none
   */
  readonly addedZones?: ZoneAddition[];
  /**
   * Anti-affinity between members.
   * @default AntiAffinity.HARD (AntiAffinity.NONE for a single member)
   */
  readonly antiAffinity?: AntiAffinity;
  /**
   * cloud-init user data.
   * @default - none
   */
  readonly userData?: string;
  /**
   * Boot from a new volume of this many GiB instead of the local disk (OpenStack).
   * The volume survives instance deletion (`delete_on_termination = false`).
   * @default - boot from the image on the hypervisor's local disk
   */
  readonly bootVolumeGiB?: number;
  /**
   * Volume type of the boot volume.
   * @default - the cloud's default volume type
   */
  readonly bootVolumeType?: string;
  /**
   * Data volumes every member gets (one volume per member and spec), protected from
   * destroy by default.
   * @default - none
   */
  readonly volumes?: DataVolumeSpec[];
  /**
   * Volumes attached to every member at once (multi-attach / multi-writer).
   * @default - none
   */
  readonly sharedVolumes?: ISharedVolume[];
  /**
   * The quota the members count against. On vSphere they are placed in its resource
   * pool of their cluster (without it they would run outside every pool, unlimited);
   * on OpenStack the project quota applies by itself.
   * @default - none
   */
  readonly quota?: IQuota;
  /**
   * Nova key pair for SSH access (OpenStack).
   * @default - none
   */
  readonly keyPair?: string;
  /**
   * Member name prefix: members are `<name>-001`, `<name>-002`, ...
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels for the created resources (merged with `Labels.of(scope)`).
   * @default - none beyond inherited labels
   */
  readonly labels?: { [key: string]: string };
  /**
   * The fewest members that carry the tier's load (its N). Written as the
   * `oscar.io/min-members` label, so the capacity report and the TELECOM_HA zone-loss rule
   * check that the members left after losing the worst availability zone (or vSphere
   * cluster) still reach it. Between 1 and `count`.
   * @default - not declared: reviews assume N+1 (count - 1)
   */
  readonly minimumMembers?: number;

  // ---- Issue 16 building blocks (storage tiers, host pools, VM-HA): keep this block together when merging ----

  /**
   * Boot every member from a volume of this storage tier (SAN boot): the tier's volume
   * type on OpenStack, its datastore (or datastore cluster) and storage policy on vSphere.
   * The boot volume's size is `bootVolumeGiB`, else the size's disk. Exclusive with
   * `bootVolumeType`.
   * @default - boot from the image on local disk (or a `bootVolumeGiB` volume of the default type)
   */
  readonly bootVolumeTier?: IStorageTier;
  /**
   * Whether members may have a local root disk. `false` (digest F2: roots and data disks
   * are SAN volumes, no local root disks) requires `bootVolumeTier` and a tier on every data
   * volume, so every disk of every member lives on a storage tier.
   * @default true
   */
  readonly localRootDisk?: boolean;
  /**
   * The host pool members run in. On OpenStack their flavor requires the pool's aggregate,
   * whose zone is the group's default zone. On vSphere a mandatory VM-host rule keeps
   * them on the pool's hosts. On a site whose pools mix CPU architectures, every group
   * must name its pool.
   * @default - any host of the site
   */
  readonly hostPool?: IHostPool;
  /**
   * Flag the members for VM high availability (digest M7, T6): restarted on another host
   * when theirs fails. OpenStack: instance metadata `HA_Enabled=True`, which Masakari's
   * instance monitor acts on (Masakari must run: an operator prerequisite). vSphere: one
   * `vsphere_ha_vm_override` per member with `haRestartPriority` (vSphere HA must be on in
   * the members' clusters: the provider manages cluster HA only on clusters it owns).
   * Whether the pause stays under a minute (M8) is an operations test, not Terraform's.
   * @default false
   */
  readonly ha?: boolean;
  /**
   * Restart priority of the members under vSphere HA, with `ha` (vSphere).
   * @default HaRestartPriority.HIGH
   */
  readonly haRestartPriority?: HaRestartPriority;

  // ---- Issue 18 lifecycle (adoption, migration, power state) ----

  /**
   * Existing servers to take over, by member key, imported instead of created.
   *
   * `app-001` maps to an OpenStack server UUID or a vSphere VM inventory path such as
   * `/dc1/vm/app-001` (the provider imports VMs by path, not managed-object ID). The stack carries Terraform `import` blocks for them,
   * so the first plan shows imports, not creates, and members beyond them are created.
   * Build the map with `npm run discover`. On OpenStack an adopting group ignores later
   * changes to create-time attributes (image, ports, user data, key pair, server group,
   * zone) that would otherwise replace a running member.
   * @default - none: every member is created
   */
  readonly adopt?: { [member: string]: string };
  /**
   * Per-member placement pins, by member key, to move a member to another zone, host or datastore.
   *
   * In place on vSphere. On OpenStack a zone move replaces the member and needs
   * `replaceReason`.
   * @default - none: the group's own zone assignment
   */
  readonly placements?: { [member: string]: MemberPlacement };
  /**
   * The power state members are kept in (OpenStack `power_state`). vSphere: only
   * `ACTIVE`, because the provider (2.15.0) exposes the power state read-only.
   * @default PowerState.ACTIVE
   */
  readonly powerState?: PowerState;
  /**
   * How the members' resources are written: the generated L1 classes (`group.openstack`),
   * or plain `TerraformResource`s with the same JSON, faster to synthesize for large
   * estates (`group.openstackElements` only). `PLAIN` needs a site with the
   * `plainResources` capability (OpenStack).
   * @default ResourceForm.TYPED
   */
  readonly resourceForm?: ResourceForm;
}

/** An instance group other building blocks can reference. */
export interface IInstanceGroup extends IConstruct {
  /** The site the group lives on. */
  readonly site: ISite;
  /** The member names, in order. */
  readonly memberNames: string[];
  /** Zone of each member, by member name. */
  readonly memberZones: { [member: string]: string };
  /**
   * Each member's address on one network attachment, by member name.
   * @param attachment index into the group's networks; default 0
   */
  memberAddresses(attachment?: number): { [member: string]: string };
  /** @internal What the site's driver created and what the members attach (for backup policies and exports). */
  readonly _handle: InstanceGroupHandle;
}


import { dependable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { LabelKeys, Labels } from '../core/labels';
import { Names } from '../core/names';
import { isHostAddress, parseAddress, parseCidr } from '../core/private/cidr';
import { requireDnsLabel, requireIntegerAtLeast } from '../core/private/validate';
import { IInstanceGroup, InstanceGroupProps, NetworkAttachment } from './instance-group-props';
import { Network } from './network';
import { requireAdoptKeys, requireMemberKeys } from './private/adopt';
import { groupDemand, totalDemand } from './private/demand';
import { planHosts } from './private/host-placement';
import { AttachmentPlan, InstanceGroupHandle, InstancesResult, MemberPlan } from './private/plan';
import { driverOf, requireCapability } from './private/site-support';
import { planStorage } from './private/storage-placement';
import { networkGrantOf, networkReaches, quotaCovers } from './private/tenancy';
import { assignZones } from './private/zone-assignment';
import { QuotaAmounts } from './quota';
import { AntiAffinity, DataVolumeSpec, GroupDemandSpec, HaRestartPriority, MemberPlacement, PowerState, ResourceForm } from './shapes';
import { ISite } from './site';
import { InstanceGroupOpenStackElements, InstanceGroupOpenStackResources, InstanceGroupVsphereResources } from './target-resources';
import { ISharedVolume } from './volumes';


/**
 * N instances of one size spread over availability zones with anti-affinity: an
 * OpenStack server group, or mandatory DRS anti-affinity rules on vSphere.
 *
 * Members are one resource with `for_each` over stable keys (`web-001`, ...), so
 * scaling out or in never renumbers or replaces neighbours, and large tiers stay
 * cheap to synthesize.
 */
export class InstanceGroup extends Construct implements IInstanceGroup {
  /** The site the group lives on. */
  public readonly site: ISite;
  /** The member names, in order. */
  public readonly memberNames: string[];
  /** Zone of each member, by member name. */
  public readonly memberZones: { [member: string]: string };
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: InstanceGroupOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: InstanceGroupVsphereResources;
  /**
   * The resources created on an OpenStack site as `TerraformResource`s, in either
   * `resourceForm` (the escape hatch of `ResourceForm.PLAIN` groups).
   * @default - undefined on other targets
   */
  public readonly openstackElements?: InstanceGroupOpenStackElements;
  /** The effective anti-affinity. */
  public readonly antiAffinity: AntiAffinity;
  /** What the group needs from its quota: see {@link InstanceGroup.demandOf}. */
  public readonly demand: QuotaAmounts;

  /**
   * What a group of this shape needs from a quota, before (or without) creating it: one
   * instance per member. VCPUs and memory for `Size.of` and `Size.bareMetal` (unknown,
   * so unchecked, for `Size.flavor`); one volume and its GiB per boot and data volume.
   * Every quota check in the library uses this one calculation.
   */
  public static demandOf(spec: GroupDemandSpec): QuotaAmounts {
    return groupDemand(spec);
  }

  /** The sum of several demands. An amount unknown in any part is unknown in the total. */
  public static totalDemand(demands: QuotaAmounts[]): QuotaAmounts {
    return totalDemand(demands);
  }

  /** @internal */
  public readonly _handle: InstanceGroupHandle;
  private readonly built: InstancesResult;
  private readonly members: MemberPlan[];
  private readonly attachmentCount: number;

  constructor(scope: Construct, id: string, props: InstanceGroupProps) {
    super(scope, id);
    const count = props.count ?? 2;
    requireIntegerAtLeast(this, 'count', count, 1, 'set count to 1 or more');
    if (props.minimumMembers !== undefined) {
      requireIntegerAtLeast(this, 'minimumMembers', props.minimumMembers, 1, 'set the members that carry the load, at least 1');
      if (props.minimumMembers > count) {
        throw new ValidationError(this, 'minimumMembers', `needs ${props.minimumMembers} members but the group has ${count}`, `raise count to at least ${props.minimumMembers} (plus the members a zone loss takes), or lower minimumMembers`);
      }
    }
    this.antiAffinity = props.antiAffinity ?? (count >= 2 ? AntiAffinity.HARD : AntiAffinity.NONE);
    if (this.antiAffinity !== AntiAffinity.NONE && count < 2) {
      throw new ValidationError(this, 'count', `anti-affinity needs at least 2 members (got ${count})`, 'set count to 2 or more, or antiAffinity to AntiAffinity.NONE');
    }
    props.size.validate(this, 'size');
    const site = props.site;
    this.site = site;
    const resourceForm = props.resourceForm ?? ResourceForm.TYPED;
    if (resourceForm === ResourceForm.PLAIN) {
      requireCapability(site, site.capabilities.plainResources === true, this, 'resourceForm', 'ResourceForm.PLAIN', 'leave resourceForm unset (ResourceForm.TYPED)');
    }
    if (props.size.flavorName !== undefined) {
      requireCapability(site, site.capabilities.flavors, this, 'size', `flavors (got Size.flavor('${props.size.flavorName}'))`, 'use Size.of(vcpus, memoryGiB, diskGiB)');
    }
    if (props.size.bareMetalClass !== undefined) {
      requireCapability(site, site.capabilities.flavors, this, 'size', 'bare metal (a flavor with a custom resource class)', 'use a site with flavors, or Size.of for a VM');
    }
    if (props.networks.length === 0) {
      throw new ValidationError(this, 'networks', 'attaches no network', 'attach at least one network');
    }
    if (props.bootVolumeGiB !== undefined) requireIntegerAtLeast(this, 'bootVolumeGiB', props.bootVolumeGiB, 1);
    validateDataVolumes(this, props.volumes ?? []);
    (props.sharedVolumes ?? []).forEach((v, i) => {
      if (v.site !== props.site) throw new ValidationError(this, `sharedVolumes[${i}]`, `volume ${v.node.path} is on another site`, 'share volumes of the group\'s own site');
    });
    const storage = planStorage(this, props);
    this.demand = groupDemand({ count, size: props.size, bootVolumeGiB: storage.bootVolumeGiB, volumes: props.volumes });
    if (props.quota && !quotaCovers(props.quota, props.site)) throw new ValidationError(this, 'quota', `quota ${props.quota.node.path} is on another site`, 'use a quota of the group\'s own site');
    const name = props.name ?? Names.resourceName(this, { maxLength: 55 });
    requireDnsLabel(this, 'name', name);

    const hosts = planHosts(this, props);
    const zones = props.zones ?? hosts.defaultZones ?? props.site.availabilityZones;
    if (zones.length === 0) throw new ValidationError(this, 'zones', 'lists no zones', 'list at least one zone, or leave zones unset');
    zones.forEach((z, i) => props.site.requireZone(this, `zones[${i}]`, z));

    (props.addedZones ?? []).forEach((a, i) => props.site.requireZone(this, `addedZones[${i}].zone`, a.zone));
    const assigned = assignZones(this, count, zones, props.addedZones ?? []);
    const keys = assigned.map((_, i) => Names.memberKey(name, i + 1));
    requireMemberKeys(this, 'placements', props.placements, keys, 'placement key');
    const members: MemberPlan[] = assigned.map((zone, i) => placeMember(this, site, keys[i], zone, props.placements?.[keys[i]]));
    checkSharedVolumeZones(this, props.sharedVolumes ?? [], members);
    const attachments = props.networks.map((a, n) => this.planAttachment(a, n, members, site));
    this.memberNames = members.map((m) => m.key);
    requireAdoptKeys(this, 'adopt', props.adopt, this.memberNames);
    props.networks.forEach((a, n) => requireAdoptKeys(this, `networks[${n}].adoptPorts`, a.adoptPorts, this.memberNames));
    (props.volumes ?? []).forEach((v, n) => requireAdoptKeys(this, `volumes[${n}].adopt`, v.adopt, this.memberNames));
    this.memberZones = Object.fromEntries(members.map((m) => [m.key, m.zone]));

    const built = driverOf(site).instances(this, {
      name,
      size: props.size,
      image: props.image,
      members,
      attachments,
      antiAffinity: this.antiAffinity,
      labels: Labels.resolve(this, props.minimumMembers === undefined ? props.labels : { ...props.labels, [LabelKeys.MIN_MEMBERS]: String(props.minimumMembers) }),
      userData: props.userData,
      keyPair: props.keyPair,
      bootVolumeGiB: storage.bootVolumeGiB,
      bootVolumeType: props.bootVolumeType,
      bootTier: storage.bootTier,
      volumes: props.volumes ?? [],
      volumeTiers: storage.volumeTiers,
      hostPool: hosts.hostPool,
      haRestartPriority: haPriority(this, props),
      sharedVolumes: (props.sharedVolumes ?? []).map((v) => ({ volumeName: v.volumeName, handle: v._handle })),
      quota: props.quota?._handle,
      adopt: props.adopt,
      powerState: props.powerState ?? PowerState.ACTIVE,
      resourceForm,
    });
    this.openstack = built.openstack;
    this.openstackElements = built.openstackElements;
    this.vsphere = built.vsphere;
    this.built = built;
    // Ports on networks granted to a tenant VDC wait for the grant (and go before it on destroy).
    const grants = [...new Set(props.networks.map((a) => networkGrantOf(a.network, site)).filter((g) => g !== undefined))];
    if (grants.length > 0 && built.openstackElements) {
      for (const r of [...built.openstackElements.ports, built.openstackElements.instances]) r.dependsOn = [...(r.dependsOn ?? []), ...grants.map((g) => dependable(g))];
    }
    this._handle = { instances: built, sharedVolumes: (props.sharedVolumes ?? []).length };
    this.members = members;
    this.attachmentCount = attachments.length;
  }

  /**
   * Each member's address on one network attachment, by member name: the fixed address
   * where one was given, else an expression resolved at apply (the OpenStack port's
   * first fixed IP, the vSphere VM's default IP, first attachment only). Load-balancer
   * pools, DNS records and mirrors take their members from here.
   * @param attachment index into `networks`; default 0
   */
  public memberAddresses(attachment?: number): { [member: string]: string } {
    const n = attachment ?? 0;
    if (!Number.isInteger(n) || n < 0 || n >= this.attachmentCount) {
      throw new ValidationError(this, 'memberAddresses', `attachment ${n} does not exist (the group has ${this.attachmentCount} network attachments)`, `pass an index from 0 to ${this.attachmentCount - 1}`);
    }
    return Object.fromEntries(this.members.map((m) => [m.key, this.built.memberAddress(this, m, n)]));
  }

  private planAttachment(a: NetworkAttachment, n: number, members: MemberPlan[], site: ISite): AttachmentPlan {
    const prop = `networks[${n}]`;
    if (!networkReaches(a.network, site)) {
      throw new ValidationError(this, `${prop}.network`, `network ${a.network.networkName} is on another site`, 'attach networks of the group\'s own site (a tenant VDC: its own network, or one given to it with useNetwork)');
    }
    const subnet = a.network.subnet(a.subnet ?? a.network.subnetNames[0]);
    if (a.fixedIps !== undefined) {
      if (a.fixedIps.length !== members.length) {
        throw new ValidationError(this, `${prop}.fixedIps`, `lists ${a.fixedIps.length} addresses for ${members.length} members`, 'give exactly one address per member, or leave fixedIps unset');
      }
      const block = Token.isUnresolved(subnet.cidr) ? undefined : parseCidr(this, `${prop}.subnet`, subnet.cidr);
      const seen = new Set<string>();
      a.fixedIps.forEach((ip, i) => {
        if (Token.isUnresolved(ip)) return;
        const v = parseAddress(this, `${prop}.fixedIps[${i}]`, ip, block?.version);
        if (block && !isHostAddress(block, v)) {
          throw new ValidationError(this, `${prop}.fixedIps[${i}]`, `${ip} is not a host address of subnet ${subnet.name} (${subnet.cidr})`, `pick addresses inside ${subnet.cidr}`);
        }
        if (seen.has(ip)) throw new ValidationError(this, `${prop}.fixedIps[${i}]`, `${ip} is listed twice`, 'give each member its own address');
        seen.add(ip);
      });
      if (a.network instanceof Network) a.network._pinAddresses(this, prop, a.subnet ?? a.network.subnetNames[0], a.fixedIps);
    }
    if (a.qosPolicy) {
      requireCapability(site, site.capabilities.portQos, this, `${prop}.qosPolicy`, 'port QoS policies', 'set qosPolicy on the Network instead (port-group shaping on vSphere)');
      if (a.qosPolicy.site !== site) throw new ValidationError(this, `${prop}.qosPolicy`, `QoS policy ${a.qosPolicy.node.path} is on another site`, 'use a policy of the group\'s own site');
    }
    (a.allowedAddressPairs ?? []).forEach((p, i) => {
      requireCapability(site, site.capabilities.addressPairs, this, `${prop}.allowedAddressPairs`, 'allowed address pairs (port groups reject forged transmits)', 'run the VIP on an address the platform assigns, or allow forged transmits on a dedicated port group out of band');
      if (!Token.isUnresolved(p.ipAddress)) (p.ipAddress.includes('/') ? parseCidr : parseAddress)(this, `${prop}.allowedAddressPairs[${i}].ipAddress`, p.ipAddress);
      if (a.sriov) throw new ValidationError(this, `${prop}.allowedAddressPairs`, 'SR-IOV ports have no port security, so address pairs mean nothing there', 'drop allowedAddressPairs on the SR-IOV attachment');
    });
    if (a.sriov) {
      requireCapability(site, site.capabilities.sriov, this, `${prop}.sriov`, 'SR-IOV ports', 'leave sriov unset (use a passthrough NIC in the template)');
    }
    members.forEach((m, i) => {
      m.macs.push(a.macPool ? a.macPool.allocate(this, `${prop}.macPool`) : undefined);
      m.ips.push(a.fixedIps?.[i]);
    });
    const network = a.network;
    const networkQos = network instanceof Network ? network.qosPolicy : undefined;
    const qos = a.qosPolicy ? { policy: a.qosPolicy._handle, path: a.qosPolicy.node.path, prop: `${prop}.qosPolicy`, onPort: true }
      : networkQos ? { policy: networkQos._handle, path: networkQos.node.path, prop: `${prop}.network`, onPort: false } : undefined;
    const subnetName = a.subnet ?? network.subnetNames[0];
    return {
      networkName: network.networkName,
      networkId: network.networkId,
      subnet,
      subnetId: () => network.subnetId(subnetName),
      securityGroupIds: a.securityGroups?.map((z) => z.securityGroupId!),
      staticMacs: a.macPool !== undefined,
      fixedIps: a.fixedIps !== undefined,
      allowedAddressPairs: a.allowedAddressPairs ?? [],
      sriov: a.sriov === true,
      qosPolicyId: a.qosPolicy?.policyId,
      qos,
      adoptPorts: a.adoptPorts,
    };
  }
}

/** A member with its pinned placement, if any: the pin's zone wins over the assigned one. */
function placeMember(scope: Construct, site: ISite, key: string, assigned: string, pin: MemberPlacement | undefined): MemberPlan {
  if (!pin) return { key, zone: assigned, macs: [], ips: [] };
  const prop = `placements["${key}"]`;
  if (pin.zone !== undefined) site.requireZone(scope, `${prop}.zone`, pin.zone);
  if (pin.replaceReason !== undefined && pin.replaceReason.trim().length < 10) {
    throw new ValidationError(scope, `${prop}.replaceReason`, 'is shorter than 10 characters', 'say why losing the member\'s local data is acceptable, e.g. "data replicated to db-002, ticket OPS-1234"');
  }
  const zone = pin.zone ?? assigned;
  return { key, zone, macs: [], ips: [], placement: { ...pin, movedFrom: zone !== assigned ? assigned : undefined } };
}

/** The VM-HA restart priority, when the members are flagged for VM-HA. */
function haPriority(scope: Construct, props: InstanceGroupProps): HaRestartPriority | undefined {
  if (props.ha !== true) {
    if (props.haRestartPriority !== undefined) throw new ValidationError(scope, 'haRestartPriority', 'is set but ha is not', 'set ha: true, or drop haRestartPriority');
    return undefined;
  }
  return props.haRestartPriority ?? HaRestartPriority.HIGH;
}

/** A shared volume attached across zones must say so (it fails where cross-zone attach is off). */
function checkSharedVolumeZones(scope: Construct, shared: ISharedVolume[], members: MemberPlan[]): void {
  const zones = [...new Set(members.map((m) => m.zone))];
  if (zones.length < 2) return;
  shared.forEach((v, i) => {
    if (v.crossZoneAttach) return;
    throw new ValidationError(scope, `sharedVolumes[${i}]`,
      `volume ${v.node.path} would be attached to members in ${zones.length} zones (${zones.join(', ')}); a volume lives in one zone`,
      'limit the group to one zone with `zones`, or set crossZoneAttach: true on the SharedVolume where the platform allows it (Nova cross_az_attach, a datastore every cluster mounts)');
  });
}

/** Validates per-member data volume specs. */
function validateDataVolumes(scope: Construct, specs: DataVolumeSpec[]): void {
  const names = new Set<string>();
  specs.forEach((v, i) => {
    requireIntegerAtLeast(scope, `volumes[${i}].sizeGiB`, v.sizeGiB, 1);
    if (!Names.isDnsLabel(v.name)) throw new ValidationError(scope, `volumes[${i}].name`, `"${v.name}" is not a DNS-1123 label`, 'use a short lower-case name such as "data"');
    if (names.has(v.name)) throw new ValidationError(scope, `volumes[${i}].name`, `"${v.name}" is used twice`, 'give each volume its own name');
    names.add(v.name);
  });
}

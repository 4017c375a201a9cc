import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Names } from '../../core/names';
import { requireAtMostOne } from '../../core/private/validate';
import { ListenerProtocol, LoadBalancer, PoolMembers } from '../../openstack/load-balancer';
import { InstanceGroup, NetworkAttachment } from '../../pool/instance-group';
import { AntiAffinity } from '../../pool/shapes';
import { Network } from '../../pool/network';
import { QosPolicy } from '../../pool/qos-policy';
import { Quota } from '../../pool/quota';
import { Peer, Port, SecurityGroup } from '../../pool/security-group';
import { Segmentation } from '../../pool/segmentation';
import { ISite } from '../../pool/site';
import { TelecomPlaneRole, TelecomSiteProps } from './props';
import { checkQuota, defaultLbPlane, memberCount, planesOf, poolOf, tierNeeds, validateRegion } from './private/validate';
import { LabelKeys } from '../../core/labels';

/** DSCP marks by plane role, after RFC 4594 (OAM CS2, signaling CS5, telephony EF, high-throughput data AF11). */
const DEFAULT_DSCP: { [role: string]: number } = {
  [TelecomPlaneRole.MANAGEMENT]: 16,
  [TelecomPlaneRole.SIGNALING]: 40,
  [TelecomPlaneRole.MEDIA]: 46,
  [TelecomPlaneRole.STORAGE]: 10,
};

/** Properties of a {@link TelecomRegion}. */
export interface TelecomRegionProps extends TelecomSiteProps {
  /**
   * Suffix of member names: members are `<tier>-<suffix>-001`, ...
   * @default - none: members are `<tier>-001`, ...
   */
  readonly memberSuffix?: string;
}

/**
 * One region of a {@link TelecomHaPlatform}: VLAN planes with QoS, a security zone and
 * an N+1 anti-affine instance group per tier, an Octavia load balancer and a quota.
 * The platform creates one for the primary site and one for the DR site.
 */
export class TelecomRegion extends Construct {
  /** The site. */
  public readonly site: ISite;
  /** The plane networks, by plane name. */
  public readonly planes: { [plane: string]: Network } = {};
  /** The plane QoS policies, by plane name. */
  public readonly qosPolicies: { [plane: string]: QosPolicy } = {};
  /** The security zone of each tier, by tier name. */
  public readonly securityGroups: { [tier: string]: SecurityGroup } = {};
  /** The tiers' instance groups, by tier name. */
  public readonly tiers: { [tier: string]: InstanceGroup } = {};
  /** The Octavia load balancer (OpenStack, when a tier has listeners). */
  public readonly loadBalancer?: LoadBalancer;
  /** The project quota (created, or the existing one passed in). */
  public readonly quota?: Quota;

  constructor(scope: Construct, id: string, props: TelecomRegionProps) {
    super(scope, id);
    this.site = props.site;
    requireAtMostOne(this, { quota: props.quota, existingQuota: props.existingQuota });
    validateRegion(this, '', { ...props, loadBalancerPlane: props.loadBalancer?.plane });
    const site = props.site;
    const prefix = props.namePrefix ?? Names.resourceName(this, { maxLength: 40 });
    const suffix = props.memberSuffix ? `-${props.memberSuffix}` : '';
    const planeSpecs = new Map(props.planes.map((p) => [p.name, p]));

    // Planes: one VLAN provider network each, with its QoS policy. The SR-IOV agent
    // cannot mark DSCP on a VF (Neutron rejects such ports), so a plane that carries
    // SR-IOV ports gets no DSCP rule: the upstream switch marks it instead.
    const sriovPlanes = new Set(site.capabilities.sriov ? props.tiers.flatMap((t) => t.sriovPlanes ?? []) : []);
    props.planes.forEach((plane, i) => {
      if (sriovPlanes.has(plane.name) && plane.qos?.dscpMark !== undefined) {
        throw new ValidationError(this, `planes[${i}].qos.dscpMark`, `plane "${plane.name}" carries SR-IOV ports, and the SR-IOV agent cannot mark DSCP`, 'remove qos.dscpMark and mark DSCP on the upstream switch ports of the plane\'s VLAN');
      }
    });
    for (const plane of props.planes) {
      const sriovPlane = sriovPlanes.has(plane.name);
      const dscpMark = sriovPlane ? undefined : plane.qos?.dscpMark ?? DEFAULT_DSCP[plane.role];
      if (sriovPlane) {
        Annotations.of(this).addWarning(`${this.node.path}: plane "${plane.name}" carries SR-IOV ports, which cannot mark DSCP; mark DSCP ${DEFAULT_DSCP[plane.role]} on the upstream switch ports of its VLAN (its Neutron policy has no DSCP rule).`);
      }
      const hasRule = dscpMark !== undefined || plane.qos?.minKbps !== undefined || plane.qos?.maxKbps !== undefined;
      const qos = !hasRule ? undefined : new QosPolicy(this, `qos-${plane.name}`, {
        site,
        dscpMark,
        minKbps: plane.qos?.minKbps,
        maxKbps: plane.qos?.maxKbps,
        maxBurstKbps: plane.qos?.maxBurstKbps,
        name: `${prefix}-${plane.name}`,
      });
      if (qos) this.qosPolicies[plane.name] = qos;
      this.planes[plane.name] = new Network(this, `plane-${plane.name}`, {
        site,
        name: `${prefix}-${plane.name}`,
        cidr: plane.cidr,
        subnets: [{ name: plane.name, cidr: plane.cidr, gatewayIp: plane.gatewayIp }],
        segmentation: Segmentation.vlan({ pool: poolOf(plane, props), vlanId: plane.vlanId }),
        routerGateway: false, // provider VLANs are routed by the physical fabric, not a tenant router
        qosPolicy: qos,
        labels: { [LabelKeys.PLANE]: plane.role.toLowerCase() },
      });
    }
    const managementCidrs = props.managementAccessCidrs ?? props.planes.filter((p) => p.role === TelecomPlaneRole.MANAGEMENT).map((p) => p.cidr);
    const lbPlane = defaultLbPlane(props.planes, props.loadBalancer?.plane);

    // Security zones first, so tiers can reference each other.
    for (const tier of props.tiers) {
      this.securityGroups[tier.name] = new SecurityGroup(this, `zone-${tier.name}`, {
        site,
        name: `${prefix}-${tier.name}`,
        description: `telecom tier ${tier.name}: deny by default`,
        labels: { [LabelKeys.TIER]: tier.name },
      });
    }
    for (const tier of props.tiers) {
      const zone = this.securityGroups[tier.name];
      for (const cidr of managementCidrs) {
        zone.allowIngress(Peer.cidr(cidr), Port.tcp(22));
        zone.allowIngress(Peer.cidr(cidr), Port.icmp());
      }
      zone.allowIngress(Peer.securityGroup(zone), Port.allTraffic()); // cluster traffic between members
      for (const rule of tier.ingress ?? []) {
        zone.allowIngress(rule.fromPlane !== undefined ? Peer.cidr(planeSpecs.get(rule.fromPlane)!.cidr) : Peer.securityGroup(this.securityGroups[rule.fromTier!]), rule.port);
      }
      for (const l of tier.listeners ?? []) {
        const port = l.memberPort ?? l.port;
        // Octavia amphorae (traffic and health checks) reach members from the VIP plane.
        zone.allowIngress(Peer.cidr(planeSpecs.get(lbPlane!)!.cidr), l.protocol.transport === 'udp' ? Port.udp(port) : Port.tcp(port));
      }
      for (const name of planesOf(tier, props.planes)) zone.allowEgress(Peer.cidr(planeSpecs.get(name)!.cidr), Port.allTraffic());
    }

    // Quota first: the tiers count against it (on vSphere their VMs run in its pools).
    // Limits default to the needs; explicit limits below the needs are errors.
    const needs = tierNeeds(props.tiers);
    if (props.existingQuota) {
      checkQuota(this, 'existingQuota', { vcpus: props.existingQuota.vcpus, memoryGiB: props.existingQuota.memoryGiB, instances: props.existingQuota.instances }, needs);
      this.quota = props.existingQuota;
    } else if (props.quota) {
      checkQuota(this, 'quota', props.quota, needs);
      this.quota = new Quota(this, 'quota', {
        site,
        projectId: props.quota.projectId,
        vcpus: props.quota.vcpus ?? needs.vcpus,
        memoryGiB: props.quota.memoryGiB ?? needs.memoryGiB,
        instances: props.quota.instances ?? needs.instances,
        storageGiB: props.quota.storageGiB ?? ((needs.storageGiB ?? 0) > 0 ? needs.storageGiB : undefined),
        volumes: (needs.volumes ?? 0) > 0 ? needs.volumes : undefined,
      });
    }

    // Tiers: N+1 members, HARD anti-affinity, round-robin over >= 2 zones.
    let sriovWarned = false;
    for (const tier of props.tiers) {
      const sriov = new Set(tier.sriovPlanes ?? []);
      if (sriov.size > 0 && !site.capabilities.sriov && !sriovWarned) {
        Annotations.of(this).addWarning(`${this.node.path}: ${site.targetName} sites have no SR-IOV ports; the sriovPlanes of the tiers use virtio/vmxnet3 ports (use a passthrough NIC in the template).`);
        sriovWarned = true;
      }
      const networks: NetworkAttachment[] = planesOf(tier, props.planes).map((name) => {
        const direct = sriov.has(name) && site.capabilities.sriov;
        // SR-IOV VFs bypass the vSwitch: no security groups apply to them.
        return { network: this.planes[name], securityGroups: direct ? undefined : [this.securityGroups[tier.name]], sriov: direct ? true : undefined };
      });
      this.tiers[tier.name] = new InstanceGroup(this, `tier-${tier.name}`, {
        site,
        name: `${tier.name}${suffix}`,
        count: memberCount(tier),
        size: tier.size,
        image: tier.image,
        antiAffinity: AntiAffinity.HARD, // the pattern requires it; not a prop
        zones: tier.zones,
        addedZones: tier.addedZones,
        quota: this.quota,
        networks,
        volumes: tier.volumes,
        bootVolumeGiB: tier.bootVolumeGiB,
        keyPair: tier.keyPair,
        userData: tier.userData,
        labels: { [LabelKeys.TIER]: tier.name },
      });
    }

    // Octavia load balancer with a monitored pool per listener.
    const balanced = props.tiers.filter((t) => (t.listeners ?? []).length > 0);
    if (balanced.length > 0 && !site.capabilities.loadBalancer) {
      Annotations.of(this).addWarning(`${this.node.path}: ${site.targetName} sites have no load-balancer service; the listeners of tiers ${balanced.map((t) => t.name).join(', ')} are not created. Front them with the physical or NSX load balancer.`);
    } else if (balanced.length > 0) {
      if (props.loadBalancer?.activeStandbyFlavorId === undefined) {
        Annotations.of(this).addWarning(`${this.node.path}: the load balancer uses the deployment's default Octavia flavor (usually SINGLE topology); set loadBalancer.activeStandbyFlavorId to an ACTIVE_STANDBY flavor.`);
      }
      const lb = new LoadBalancer(this, 'load-balancer', {
        site,
        vipSubnetId: this.planes[lbPlane!].subnetId(lbPlane!),
        flavorId: props.loadBalancer?.activeStandbyFlavorId,
        floatingIpPool: props.loadBalancer?.floatingIpPool,
        name: `${prefix}-lb`,
      });
      for (const tier of balanced) {
        const group = this.tiers[tier.name];
        const portIndex = planesOf(tier, props.planes).indexOf(lbPlane!);
        for (const l of tier.listeners!) {
          lb.addListener({
            protocol: l.protocol,
            port: l.port,
            memberPort: l.memberPort,
            allowedCidrs: l.allowedCidrs,
            healthCheck: l.healthCheck,
            algorithm: l.algorithm,
            sessionPersistence: l.sessionPersistence,
            tlsContainerRef: l.tlsContainerRef,
            members: [PoolMembers.fromInstanceGroup(group, { attachment: portIndex })],
            name: `${prefix}-${tier.name}-${listenerLabel(l.protocol)}-${l.port}`,
          });
        }
      }
      this.loadBalancer = lb;
    }

  }
}

function listenerLabel(protocol: ListenerProtocol): string {
  return Names.toDnsLabel(protocol.protocol);
}

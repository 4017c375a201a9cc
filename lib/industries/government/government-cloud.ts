import { createHash } from 'crypto';
import { Annotations, TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { isHostAddress, parseAddress, parseCidr } from '../../core/private/cidr';
import { requireAtMostOne, requireDnsLabel, requireUnique } from '../../core/private/validate';
import { FirewallGroup, FirewallRuleIntent } from '../../openstack';
import { ImageTemplate , InstanceGroup, NetworkAttachment , Peer, Port , ISite , Image } from '../../pool';
import { openstackProviderOf } from '../../pool/openstack/context';
import { DataOpenstackIdentityRoleV3 } from '../../providers/openstack/data-openstack-identity-role-v3';
import { DataOpenstackNetworkingNetworkV2 } from '../../providers/openstack/data-openstack-networking-network-v2';
import { NetworkingRouterInterfaceV2 } from '../../providers/openstack/networking-router-interface-v2';
import { NetworkingRouterV2 } from '../../providers/openstack/networking-router-v2';
import { OpenstackProvider } from '../../providers/openstack/provider';
import { TaasTapMirrorV2 } from '../../providers/openstack/taas-tap-mirror-v2';
import { GovernmentDepartment } from './department';
import { PARTITION_KEYS, partitionLabel, ZONE_ORDER, ZONES } from './private/facts';
import { checkDepartmentQuota, checkPartitions, checkRegion, checkScale, checkZonePlan, GOVERNMENT_MAX_VMS } from './private/validate';
import {
  GovernmentDepartmentSpec,
  GovernmentPartitionZones,
  GovernmentSide,
  GovernmentWorkload,
  GovernmentZone,
  GovernmentZoneOptions,
  MirrorType,
  TrafficMirroringOptions,
  GovernmentCloudProps,
  GovernmentPartition,
} from './props';
import { GovernmentNetworkZone } from './zones';


/**
 * A government cloud after Hubei "Chutian Cloud" (designed to MLPS level 3) and Jiaxing:
 * one project with a quota per department; compute partitions (cloud-resource, DMZ,
 * management, test) as availability zones or networks; seven network zones, each its own
 * network and default-deny policy; the Internet and the e-government extranet as two
 * external networks that no router joins, with FWaaS on every routed zone boundary; a
 * management network apart from tenant traffic; a region allow-list; encrypted volume
 * types; private, protected images; optional traffic mirroring; and the source's scale
 * guards (128 vCPU / 4 TiB RAM / 64 TiB disk per VM).
 */
export class GovernmentCloud extends Construct {
  /** The site. */
  public readonly site: ISite;
  /** The region the cloud runs in (checked against the allow-list). */
  public readonly region: string;
  /** The network zones, by zone (`GovernmentZone` value). */
  public readonly zones: { [zone: string]: GovernmentNetworkZone } = {};
  /** The departments, by name. */
  public readonly departments: { [name: string]: GovernmentDepartment } = {};
  /** The imported images, by name. */
  public readonly imageTemplates: { [name: string]: ImageTemplate } = {};
  /** Lookup of the Internet external network (OpenStack). */
  public readonly internetNetwork?: DataOpenstackNetworkingNetworkV2;
  /** Lookup of the e-government extranet external network (OpenStack). */
  public readonly extranetNetwork?: DataOpenstackNetworkingNetworkV2;
  /** The router between the Internet and the Internet-side zones (OpenStack). */
  public readonly internetRouter?: NetworkingRouterV2;
  /** The router between the extranet and the extranet-side zones (OpenStack). */
  public readonly extranetRouter?: NetworkingRouterV2;
  /** The encrypted volume types; the first is the default. */
  public readonly encryptedVolumeTypes: string[];
  private readonly partitionZones?: GovernmentPartitionZones;
  private readonly tunnelIds = new Map<number, string>();

  constructor(scope: Construct, id: string, props: GovernmentCloudProps) {
    super(scope, id);
    this.site = props.site;
    const caps = props.site.capabilities;
    Labels.of(this).add(LabelKeys.INDUSTRY, 'government');
    if (props.labels) for (const [k, v] of Object.entries(props.labels)) Labels.of(this).add(k, v);

    this.region = checkRegion(this, props);
    this.encryptedVolumeTypes = props.encryptedVolumeTypes ?? ['luks'];
    if (this.encryptedVolumeTypes.length === 0) {
      throw new ValidationError(this, 'encryptedVolumeTypes', 'lists no volume type', 'name at least one encrypted volume type, e.g. ["luks"]');
    }
    requireUnique(this, 'encryptedVolumeTypes', this.encryptedVolumeTypes);
    requireAtMostOne(this, { existingManagementNetwork: props.existingManagementNetwork, 'zones.management': props.zones?.management });
    if (props.existingManagementNetwork && props.existingManagementNetwork.site !== props.site) {
      throw new ValidationError(this, 'existingManagementNetwork', `network ${props.existingManagementNetwork.node.path} is on another site`, 'pass a network of the cloud\'s own site');
    }
    if (!caps.tenantNetworks && !props.vlanPool) {
      throw new ValidationError(this, 'vlanPool', `${props.site.targetName} zone networks are port groups on VLANs and need a VLAN pool`, 'pass vlanPool: VlanPool.range(first, last)');
    }
    this.partitionZones = checkPartitions(this, props.site, props.partitionZones);
    const cidrs = checkZonePlan(this, props);
    const internetName = props.internetNetwork ?? 'internet';
    const extranetName = props.extranetNetwork ?? 'egov-extranet';
    if (!Token.isUnresolved(internetName) && internetName === extranetName) {
      throw new ValidationError(this, 'extranetNetwork', `the extranet and the Internet are the same network "${internetName}"`, 'name two separate external networks: the Internet and the e-government extranet must never meet');
    }

    // Zones: one network, one default-deny security zone each. Zones with a pinned VLAN
    // go first, so the pool never hands a pinned ID to an unpinned zone.
    const pinned = (z: GovernmentZone) => props.zones?.[ZONES[z].key]?.vlanId !== undefined;
    for (const zone of [...ZONE_ORDER.filter(pinned), ...ZONE_ORDER.filter((z) => !pinned(z))]) {
      const facts = ZONES[zone];
      const zoneOptions: GovernmentZoneOptions | undefined = props.zones?.[facts.key];
      if (zoneOptions?.vlanId !== undefined && !props.vlanPool) {
        throw new ValidationError(this, `zones.${facts.key}.vlanId`, 'is set but the cloud has no vlanPool', 'pass vlanPool, or leave vlanId unset for tenant overlay networks');
      }
      this.zones[zone] = new GovernmentNetworkZone(this, facts.slug, {
        site: props.site,
        zone,
        cidr: cidrs[zone],
        existingNetwork: zone === GovernmentZone.MANAGEMENT ? props.existingManagementNetwork : undefined,
        vlanPool: props.vlanPool,
        vlanId: zoneOptions?.vlanId,
      });
    }
    this.applyZonePolicies(cidrs, props.managementAccessCidrs);

    if (caps.routers) {
      const provider = openstackProviderOf(props.site, this, 'site', 'edge routers and zone firewalls');
      this.internetNetwork = new DataOpenstackNetworkingNetworkV2(this, 'internet-network', { provider, name: internetName, external: true });
      this.extranetNetwork = new DataOpenstackNetworkingNetworkV2(this, 'extranet-network', { provider, name: extranetName, external: true });
      this.internetRouter = this.edgeRouter(provider, 'internet-edge', this.internetNetwork, GovernmentSide.INTERNET);
      this.extranetRouter = this.edgeRouter(provider, 'extranet-edge', this.extranetNetwork, GovernmentSide.EXTRANET);
      this.applyFirewalls(cidrs);
    } else {
      Annotations.of(this).addWarning(
        `${this.node.path}: on ${props.site.targetName} the Internet and extranet edges, routing and zone firewalls are physical (or NSX): keep the two external networks on separate firewalls and enforce each zone's policy there.`,
      );
    }

    (props.imageTemplates ?? []).forEach((spec, i) => {
      requireDnsLabel(this, `imageTemplates[${i}].name`, spec.name);
      if (this.imageTemplates[spec.name]) throw new ValidationError(this, `imageTemplates[${i}].name`, `image "${spec.name}" is declared twice`, 'give each image a unique name');
      this.imageTemplates[spec.name] = new ImageTemplate(this, `image-${spec.name}`, {
        site: props.site, url: spec.url, name: spec.name, diskFormat: spec.diskFormat, minDiskGiB: spec.minDiskGiB,
      });
    });

    if (props.mirroring) this.checkMirroring(props.mirroring, cidrs);
    this.buildDepartments(props);
  }

  /** The zones of a compute partition, when `partitionZones` names them. */
  private zonesOfPartition(partition: GovernmentPartition | undefined): string[] | undefined {
    const key = PARTITION_KEYS.find(([p]) => p === partition)?.[1];
    return key === undefined ? undefined : this.partitionZones?.[key];
  }

  /** The role department administrators get, looked up once (OpenStack). */
  private adminRole(props: GovernmentCloudProps): DataOpenstackIdentityRoleV3 | undefined {
    if (!this.site.capabilities.projects) return undefined;
    const existing = this.node.tryFindChild('department-admin-role') as DataOpenstackIdentityRoleV3 | undefined;
    return existing ?? new DataOpenstackIdentityRoleV3(this, 'department-admin-role', {
      provider: openstackProviderOf(this.site, this, 'site', 'Keystone roles'),
      name: props.departmentAdminRole ?? 'member',
    });
  }

  /** The network zone `zone`. */
  public zone(zone: GovernmentZone): GovernmentNetworkZone {
    return this.zones[zone];
  }

  /** The department named `name`; errors for an unknown name. */
  public department(name: string): GovernmentDepartment {
    const d = this.departments[name];
    if (!d) throw new ValidationError(this, 'departments', `has no department "${name}"`, `use one of ${Object.keys(this.departments).join(', ')}`);
    return d;
  }

  /** Default-deny policies: each zone allows only its own flows. */
  private applyZonePolicies(cidrs: { [zone: string]: string }, managementAccess?: string[]): void {
    const sg = (z: GovernmentZone) => this.zones[z].securityGroup;
    const https = Port.tcp(443);
    const mgmt = cidrs[GovernmentZone.MANAGEMENT];

    sg(GovernmentZone.CORE).allowIngress(Peer.cidr(cidrs[GovernmentZone.EXTRANET_ACCESS]), https);
    sg(GovernmentZone.CORE).allowIngress(Peer.cidr(cidrs[GovernmentZone.CORE]), https);
    sg(GovernmentZone.CORE).allowEgress(Peer.cidr(cidrs[GovernmentZone.CORE]), https);

    sg(GovernmentZone.EXTRANET_ACCESS).allowIngress(Peer.anyIpv4(), https);
    sg(GovernmentZone.EXTRANET_ACCESS).allowEgress(Peer.cidr(cidrs[GovernmentZone.CORE]), https);

    sg(GovernmentZone.EXTERNAL_PUBLISHING).allowIngress(Peer.anyIpv4(), https);
    sg(GovernmentZone.EXTERNAL_PUBLISHING).allowEgress(Peer.cidr(cidrs[GovernmentZone.INTERNET_ACCESS]), Port.tcp(3128));

    sg(GovernmentZone.INTERNET_ACCESS).allowIngress(Peer.cidr(cidrs[GovernmentZone.EXTERNAL_PUBLISHING]), Port.tcp(3128));
    sg(GovernmentZone.INTERNET_ACCESS).allowIngress(Peer.cidr(cidrs[GovernmentZone.INTERNET_ACCESS]), Port.tcp(3128));
    sg(GovernmentZone.INTERNET_ACCESS).allowEgress(Peer.anyIpv4(), Port.tcp(80));
    sg(GovernmentZone.INTERNET_ACCESS).allowEgress(Peer.anyIpv4(), https);

    for (const port of [Port.tcp(3260), Port.tcp(2049)]) {
      sg(GovernmentZone.STORAGE).allowIngress(Peer.cidr(cidrs[GovernmentZone.STORAGE]), port);
      sg(GovernmentZone.STORAGE).allowEgress(Peer.cidr(cidrs[GovernmentZone.STORAGE]), port);
    }

    sg(GovernmentZone.TEST).allowIngress(Peer.cidr(cidrs[GovernmentZone.TEST]), https);
    sg(GovernmentZone.TEST).allowEgress(Peer.cidr(cidrs[GovernmentZone.TEST]), https);

    const access = managementAccess ?? [mgmt];
    access.forEach((c) => sg(GovernmentZone.MANAGEMENT).allowIngress(Peer.cidr(c), Port.tcp(22)));
    sg(GovernmentZone.MANAGEMENT).allowIngress(Peer.cidr(mgmt), Port.udp(514));
    sg(GovernmentZone.MANAGEMENT).allowEgress(Peer.cidr(mgmt), Port.tcp(22));
    sg(GovernmentZone.MANAGEMENT).allowEgress(Peer.cidr(mgmt), Port.udp(514));
  }

  /** One router per external network, with interfaces into the zones of its side only. */
  private edgeRouter(provider: OpenstackProvider, id: string, external: DataOpenstackNetworkingNetworkV2, side: GovernmentSide): NetworkingRouterV2 {
    const tags = Labels.toOpenStackTags(Labels.resolve(this, { [LabelKeys.EDGE]: side.toLowerCase() }));
    const router = new NetworkingRouterV2(this, id, {
      provider,
      name: `${Names.resourceName(this)}-${id}`,
      externalNetworkId: external.id,
      adminStateUp: true,
      tags,
    });
    for (const zone of ZONE_ORDER.filter((z) => ZONES[z].side === side)) {
      const z = this.zones[zone];
      z._attachEdge(new NetworkingRouterInterfaceV2(this, `${id}-${ZONES[zone].slug}`, {
        provider,
        routerId: router.id,
        subnetId: z.network.subnetId(z.network.subnetNames[0]),
      }));
    }
    return router;
  }

  /**
   * FWaaS v2 on every routed zone boundary. Each flow is pinned by source and destination
   * CIDR and listed in both policies, so it holds whichever direction the driver applies.
   */
  private applyFirewalls(cidrs: { [zone: string]: string }): void {
    const flows: { [zone: string]: FirewallRuleIntent[] } = {
      [GovernmentZone.CORE]: [
        { name: 'https-from-extranet-access', port: 443, sourceCidr: cidrs[GovernmentZone.EXTRANET_ACCESS], destinationCidr: cidrs[GovernmentZone.CORE] },
      ],
      [GovernmentZone.EXTRANET_ACCESS]: [
        { name: 'https-from-extranet', port: 443, destinationCidr: cidrs[GovernmentZone.EXTRANET_ACCESS] },
        { name: 'https-to-core', port: 443, sourceCidr: cidrs[GovernmentZone.EXTRANET_ACCESS], destinationCidr: cidrs[GovernmentZone.CORE] },
      ],
      [GovernmentZone.EXTERNAL_PUBLISHING]: [
        { name: 'https-from-internet', port: 443, destinationCidr: cidrs[GovernmentZone.EXTERNAL_PUBLISHING] },
      ],
      [GovernmentZone.INTERNET_ACCESS]: [
        { name: 'http-to-internet', port: 80, sourceCidr: cidrs[GovernmentZone.INTERNET_ACCESS] },
        { name: 'https-to-internet', port: 443, sourceCidr: cidrs[GovernmentZone.INTERNET_ACCESS] },
      ],
    };
    for (const zone of ZONE_ORDER) {
      const z = this.zones[zone];
      if (!z.routerInterface) continue;
      const fw = new FirewallGroup(z, 'firewall', {
        site: this.site,
        ports: [z.routerInterface.portId],
        ingress: flows[zone],
        egress: flows[zone],
        description: `${ZONES[zone].slug} zone boundary: default deny`,
      });
      z._attachFirewall(fw);
    }
  }

  private checkMirroring(m: TrafficMirroringOptions, cidrs: { [zone: string]: string }): void {
    const zone = m.collectorZone ?? GovernmentZone.MANAGEMENT;
    if (!Token.isUnresolved(m.collectorIp) && !Token.isUnresolved(cidrs[zone])) {
      const block = parseCidr(this, `zones.${ZONES[zone].key}.cidr`, cidrs[zone]);
      const ip = parseAddress(this, 'mirroring.collectorIp', m.collectorIp, block.version);
      if (!isHostAddress(block, ip)) {
        throw new ValidationError(this, 'mirroring.collectorIp', `${m.collectorIp} is not inside the ${ZONES[zone].slug} zone (${cidrs[zone]})`, `put the collector in ${cidrs[zone]}, or set mirroring.collectorZone`);
      }
    }
    if (!this.site.capabilities.trafficMirroring) {
      Annotations.of(this).addWarning(
        `${this.node.path}: traffic mirroring is not applied on ${this.site.targetName} (provider 2.15 has no port-mirroring session resource): configure a vDS port-mirroring session to ${m.collectorIp} out of band.`,
      );
    }
  }

  private buildDepartments(props: GovernmentCloudProps): void {
    requireUnique(this, 'departments[].name', props.departments.map((d) => d.name));
    let totalVms = 0;
    props.departments.forEach((spec, i) => {
      const prop = `departments[${i}]`;
      requireDnsLabel(this, `${prop}.name`, spec.name);
      checkDepartmentQuota(this, prop, spec);
      // The quota covers the zones the department's workloads run in (vSphere: one
      // resource pool per cluster), not every cluster.
      const quotaZones = [...new Set((spec.workloads ?? []).flatMap((w) => this.zonesOfPartition(ZONES[w.zone]?.partition) ?? props.site.availabilityZones))];
      const dept = new GovernmentDepartment(this, spec.name, {
        site: props.site, spec, domainId: props.domainId, adminRole: spec.adminGroupId !== undefined ? this.adminRole(props) : undefined,
        quotaZones: quotaZones.length > 0 ? quotaZones : undefined,
      });
      this.departments[spec.name] = dept;
      requireUnique(this, `${prop}.workloads[].name`, (spec.workloads ?? []).map((w) => w.name));
      (spec.workloads ?? []).forEach((w, j) => {
        totalVms += w.count ?? 2;
        this.buildWorkload(props, dept, spec, w, `${prop}.workloads[${j}]`);
      });
    });
    if (totalVms > GOVERNMENT_MAX_VMS) {
      throw new ValidationError(this, 'departments', `the workloads need ${totalVms} VMs, above the ${GOVERNMENT_MAX_VMS} of one non-cascaded cloud`, 'split the estate into several clouds (sites)');
    }
  }

  private buildWorkload(props: GovernmentCloudProps, dept: GovernmentDepartment, spec: GovernmentDepartmentSpec, w: GovernmentWorkload, prop: string): void {
    requireDnsLabel(this, `${prop}.name`, w.name);
    const facts = ZONES[w.zone];
    if (!facts) throw new ValidationError(this, `${prop}.zone`, `"${w.zone}" is not a government zone`, 'use a GovernmentZone value');
    checkScale(this, w, prop);

    // Image: exactly one of image and imageTemplate.
    if ((w.image === undefined) === (w.imageTemplate === undefined)) {
      throw new ValidationError(this, `${prop}.image`, 'needs exactly one of image and imageTemplate', 'pass image: Image.fromName(...) or imageTemplate: "<name of an imageTemplates entry>"');
    }
    let image: Image;
    if (w.imageTemplate !== undefined) {
      const template = this.imageTemplates[w.imageTemplate];
      if (!template) {
        throw new ValidationError(this, `${prop}.imageTemplate`, `no image template "${w.imageTemplate}"`, `declare it in imageTemplates or use one of: ${Object.keys(this.imageTemplates).join(', ') || '(none)'}`);
      }
      image = template.image;
    } else {
      image = w.image!;
    }

    // Volumes: encrypted types only.
    const volumes = (w.volumes ?? []).map((v, k) => {
      if (v.volumeType !== undefined && !Token.isUnresolved(v.volumeType) && !this.encryptedVolumeTypes.includes(v.volumeType)) {
        throw new ValidationError(this, `${prop}.volumes[${k}].volumeType`, `"${v.volumeType}" is not one of the encrypted volume types (${this.encryptedVolumeTypes.join(', ')})`, 'leave volumeType unset for the default encrypted type, or add the type to encryptedVolumeTypes');
      }
      return { ...v, volumeType: v.volumeType ?? this.encryptedVolumeTypes[0] };
    });

    // NICs: the zone, further zones of the same side, then management.
    const zones = [w.zone, ...(w.additionalZones ?? [])];
    requireUnique(this, `${prop}.additionalZones`, zones);
    const sides = new Set(zones.map((z) => ZONES[z].side));
    if (sides.has(GovernmentSide.INTERNET) && sides.has(GovernmentSide.EXTRANET)) {
      throw new ValidationError(this, `${prop}.additionalZones`, `workload "${w.name}" would have NICs on both the Internet side and the extranet side, bridging the two`, 'keep a workload on one side; exchange data across the gap through an approved gatekeeper');
    }
    const managementNic = w.managementNic ?? !zones.includes(GovernmentZone.MANAGEMENT);
    if (managementNic && !zones.includes(GovernmentZone.MANAGEMENT)) zones.push(GovernmentZone.MANAGEMENT);
    const networks: NetworkAttachment[] = zones.map((z) => ({
      network: this.zones[z].network,
      securityGroups: [this.zones[z].securityGroup],
    }));

    const azs = this.zonesOfPartition(facts.partition);
    const backup: { [key: string]: string } = props.backupPolicy !== undefined ? { [LabelKeys.BACKUP_POLICY]: props.backupPolicy } : {};
    const group = new InstanceGroup(dept, w.name, {
      site: this.site,
      name: `${spec.name}-${w.name}`,
      count: w.count ?? 2,
      size: w.size,
      image,
      zones: azs,
      quota: dept.quota, // on vSphere, the department's resource pools hold its VMs
      networks,
      volumes,
      labels: {
        [LabelKeys.DEPARTMENT]: spec.name,
        [LabelKeys.ZONE]: facts.slug,
        [LabelKeys.PARTITION]: partitionLabel(facts.partition),
        ...backup,
        ...(w.labels ?? {}),
      },
    });
    dept.workloads[w.name] = group;

    const m = props.mirroring;
    const mirrored = w.mirrored ?? (m !== undefined && (m.zones ?? [GovernmentZone.EXTRANET_ACCESS, GovernmentZone.EXTERNAL_PUBLISHING, GovernmentZone.INTERNET_ACCESS]).includes(w.zone));
    if (mirrored && !m) {
      throw new ValidationError(this, `${prop}.mirrored`, 'is true but the cloud has no mirroring collector', 'set mirroring: { collectorIp } on the cloud, or leave mirrored unset');
    }
    if (mirrored && m && this.site.capabilities.trafficMirroring) {
      dept.tapMirrors[w.name] = this.tapMirror(group, m, prop);
    }
  }

  /** Tap-as-a-Service mirror of each member's first port; tunnel IDs derive from the member key, so they never renumber. */
  private tapMirror(group: InstanceGroup, m: TrafficMirroringOptions, prop: string): TaasTapMirrorV2 {
    const type = m.mirrorType ?? MirrorType.GRE;
    const space = type === MirrorType.GRE ? 0x7fffffff : 1023;
    const perMember: { [key: string]: { in: number; out: number } } = {};
    for (const key of group.memberNames) {
      const ids = ['in', 'out'].map((dir) => {
        const id = 1 + (parseInt(createHash('sha256').update(`${key}/${dir}`).digest('hex').slice(0, 12), 16) % space);
        const owner = this.tunnelIds.get(id);
        if (owner !== undefined) {
          throw new ValidationError(this, `${prop}.mirrored`, `mirror tunnel ID ${id} of ${key}/${dir} collides with ${owner}`, type === MirrorType.GRE ? 'rename the workload' : 'use MirrorType.GRE (32-bit keys) or rename the workload');
        }
        this.tunnelIds.set(id, `${key}/${dir}`);
        return id;
      });
      perMember[key] = { in: ids[0], out: ids[1] };
    }
    const port = group.openstack!.ports[0];
    const it = TerraformIterator.fromMap(perMember);
    return new TaasTapMirrorV2(group, 'tap-mirror', {
      provider: openstackProviderOf(this.site, this, 'mirroring', 'Tap-as-a-Service mirrors'),
      forEach: it,
      name: `\${each.key}-mirror`,
      description: 'traffic mirror to the security zone collector',
      portId: `\${${port.fqn}[each.key].id}`,
      mirrorType: type,
      remoteIp: m.collectorIp,
      directions: { in: it.getNumber('in'), out: it.getNumber('out') },
    });
  }
}

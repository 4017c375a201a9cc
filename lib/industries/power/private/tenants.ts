import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { ImageTemplate, InstanceGroup, IStorageTier, Network, OpenStackSite, Peer, Port, QosPolicy, Router, SecurityGroup, Segmentation } from '../../../pool';
import { mapIterator } from '../../../pool/private/each';
import { NetworkingFloatingipV2 } from '../../../providers/openstack/networking-floatingip-v2';
import { tierImage } from '../../private/tier-image';
import { PowerGridCloudProps, PowerGridZone, PowerStorageTier, PowerTenantSpec, PowerWorkloadRole, PowerWorkloadSpec } from '../props';
import { CloudPlan } from './validate';

// The tenants of a power cloud: an isolated private network each (P4), the DMZ's router to
// the public network (P3, P7), and the workloads booting from Ceph volumes (P5, P6)
// (internal).

/** @internal What a tenant created. */
export interface TenantParts {
  readonly network: Network;
  readonly workloads: { [name: string]: InstanceGroup };
  readonly securityGroups: { [name: string]: SecurityGroup };
  readonly floatingIps: { [name: string]: NetworkingFloatingipV2 };
}

/** @internal The two Cinder tiers (P6), on sites with volume types; elsewhere the names are passed through. */
export interface PowerTiers {
  readonly ceph: IStorageTier;
  readonly commercial: IStorageTier;
}

/** @internal One tenant: its network (VLAN from `tenantVlans`, else overlay), routed to the public network only in zone IV. */
export function createTenant(scope: Construct, prefix: string, props: PowerGridCloudProps, plan: CloudPlan, t: PowerTenantSpec, images: { [name: string]: ImageTemplate }, prop: string, tiers?: PowerTiers): TenantParts {
  // Not a TenantVdc: moving an existing tenant into a project re-creates its network and
  // servers (Neutron objects cannot change project); see the README.
  const dmz = t.zone === PowerGridZone.IV;
  // Trove builds a database only on a subnet with a router interface (its default
  // [network] enable_access_check: the guest initialises through it), so an unrouted
  // tenant that hosts one gets a router of its own without an external gateway: one
  // interface, no route anywhere else, the tenant stays isolated (P2, P4).
  const hostsDatabase = (props.paas?.databases ?? []).some((d) => d.tenant === t.name);
  const router = !dmz && hostsDatabase && props.site.capabilities.routers
    ? new Router(scope, `tenant-${t.name}-router`, { site: props.site, name: `${prefix}-${t.name}-router`, externalGateway: false })
    : undefined;
  const network = new Network(scope, `tenant-${t.name}`, {
    site: props.site,
    name: `${prefix}-${t.name}`,
    cidr: t.cidr,
    subnets: [{ name: t.name, cidr: t.cidr }],
    segmentation: props.tenantVlans ? Segmentation.vlan({ pool: props.tenantVlans, vlanId: t.vlanId }) : undefined,
    // Only the DMZ reaches the public network; the security zone and zones I/II are unrouted.
    routerGateway: dmz && props.site.capabilities.routers,
    router,
    labels: { [LabelKeys.PLANE]: 'business', [LabelKeys.GRID_ZONE]: t.zone },
  });
  const parts: TenantParts = { network, workloads: {}, securityGroups: {}, floatingIps: {} };
  (t.workloads ?? []).forEach((w, j) => {
    const group = workloadGroup(scope, `${t.name}-${w.name}`, props, t, w);
    const workload = new InstanceGroup(scope, `${t.name}-${w.name}`, {
      site: props.site,
      name: `${t.name}-${w.name}`,
      count: w.count ?? 2,
      size: w.size,
      image: tierImage(scope, `${prop}.workloads[${j}]`, w, images, 'images'),
      networks: [{ network, securityGroups: [group] }],
      bootVolumeGiB: w.bootVolumeGiB ?? 40,
      bootVolumeTier: tiers?.ceph,
      bootVolumeType: tiers ? undefined : plan.cephVolumeType,
      volumes: (w.volumes ?? []).map((v) => {
        const commercial = tierOf(w) === PowerStorageTier.COMMERCIAL;
        if (tiers) return { ...v, tier: commercial ? tiers.commercial : tiers.ceph };
        return { ...v, volumeType: commercial ? plan.commercialVolumeType : plan.cephVolumeType };
      }),
      keyPair: w.keyPair,
      userData: w.userData,
      labels: { [LabelKeys.GRID_ZONE]: t.zone, [LabelKeys.TIER]: w.name, ...(w.labels ?? {}) },
    });
    parts.workloads[w.name] = workload;
    parts.securityGroups[w.name] = group;
    if (w.floatingIp) parts.floatingIps[w.name] = floatingIps(scope, props, `${t.name}-${w.name}`, workload);
  });
  return parts;
}

function tierOf(w: PowerWorkloadSpec): PowerStorageTier {
  return w.storageTier ?? (w.role === PowerWorkloadRole.DATABASE ? PowerStorageTier.COMMERCIAL : PowerStorageTier.CEPH);
}

/** A workload's default-deny group: its ports from the tenant, public ports (DMZ) from anywhere, SSH/RDP from the admin CIDRs. */
function workloadGroup(scope: Construct, id: string, props: PowerGridCloudProps, t: PowerTenantSpec, w: PowerWorkloadSpec): SecurityGroup {
  const sg = new SecurityGroup(scope, `${id}-sg`, { site: props.site, description: `${id}: zone ${t.zone}, default deny` });
  for (const port of w.ports ?? []) sg.allowIngress(Peer.cidr(t.cidr), Port.tcp(port));
  for (const port of w.publicPorts ?? []) sg.allowIngress(Peer.anyIpv4(), Port.tcp(port));
  for (const cidr of props.adminCidrs ?? [t.cidr]) {
    sg.allowIngress(Peer.cidr(cidr), Port.tcp(22));
    sg.allowIngress(Peer.cidr(cidr), Port.tcp(3389));
  }
  sg.allowEgress(Peer.cidr(t.cidr), Port.allTraffic());
  return sg;
}

/** One floating IP per member, on its port in the DMZ network (P3). Validation keeps this to OpenStack. */
function floatingIps(scope: Construct, props: PowerGridCloudProps, id: string, workload: InstanceGroup): NetworkingFloatingipV2 {
  const site = props.site as OpenStackSite;
  if (!site.externalNetwork) {
    throw new ValidationError(scope, 'site', `workload ${id} asks for floating IPs, but site ${site.node.path} has no external (public) network`, 'set externalNetwork on the OpenStackSite: the public network of P3');
  }
  const port = workload.openstack!.ports[0];
  const members = mapIterator(Object.fromEntries(workload.memberNames.map((m) => [m, m])));
  // One limit for every published address of the cloud (created with the first one).
  const qos = (scope.node.tryFindChild('floating-ip-qos') as QosPolicy | undefined)
    ?? new QosPolicy(scope, 'floating-ip-qos', { site, maxKbps: props.floatingIpMaxKbps ?? 100_000 });
  return new NetworkingFloatingipV2(scope, `${id}-floating-ips`, {
    provider: site.provider,
    forEach: members,
    pool: site.externalNetwork.name,
    valueSpecs: { qos_policy_id: qos.policyId! },
    portId: `\${${port.fqn}[each.key].id}`,
    description: 'public address of ${each.key} (DMZ)',
  });
}

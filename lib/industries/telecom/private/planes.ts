import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { IRouter, Network, PlaneLayout, PlaneRole, QosPolicy } from '../../../pool';
import { TelecomPlaneRole } from '../props';
import { RegionInput, planesOf, poolOf } from './validate';

// The planes of a telecom region: one VLAN provider network each, with its QoS policy (internal).

/** DSCP marks by plane role, after RFC 4594 (OAM CS2, signaling CS5, telephony EF, high-throughput data AF11). */
const DEFAULT_DSCP: { [role: string]: number } = {
  [TelecomPlaneRole.MANAGEMENT]: 16,
  [TelecomPlaneRole.SIGNALING]: 40,
  [TelecomPlaneRole.MEDIA]: 46,
  [TelecomPlaneRole.STORAGE]: 10,
};

/** The layout role of each telecom plane role: signaling and media are tenant (business) planes. */
const LAYOUT_ROLE: { [role: string]: PlaneRole } = {
  [TelecomPlaneRole.MANAGEMENT]: PlaneRole.MANAGEMENT,
  [TelecomPlaneRole.SIGNALING]: PlaneRole.TENANT,
  [TelecomPlaneRole.MEDIA]: PlaneRole.TENANT,
  [TelecomPlaneRole.STORAGE]: PlaneRole.STORAGE,
};

/** @internal The plane networks and their QoS policies, by plane name. */
export interface RegionPlanes {
  readonly layout: PlaneLayout;
  readonly networks: { [plane: string]: Network };
  readonly qosPolicies: { [plane: string]: QosPolicy };
}

/**
 * @internal Creates the planes. The SR-IOV agent cannot mark DSCP on a VF (Neutron rejects
 * such ports), so a plane that carries SR-IOV ports gets no DSCP rule: the upstream switch
 * marks it instead.
 */
export function createPlanes(scope: Construct, prefix: string, input: RegionInput, interconnect: { router?: IRouter; planes: string[] }): RegionPlanes {
  const site = input.site;
  const sriovPlanes = new Set(site.capabilities.sriov ? input.tiers.flatMap((t) => t.sriovPlanes ?? []) : []);
  const attached = new Set(input.tiers.flatMap((t) => planesOf(t, input.planes)));
  input.planes.forEach((plane, i) => {
    if (plane.qos?.minKbps !== undefined && attached.has(plane.name) && site.capabilities.portQos) {
      // Neutron turns the guarantee into a resource request on every member port, and Nova
      // boots such servers only at microversion 2.72, which the provider never requests.
      throw new ValidationError(scope, `planes[${i}].qos.minKbps`,
        `plane "${plane.name}" carries tier members, and a minimum-bandwidth guarantee on it stops their servers from booting (Nova needs API microversion 2.72; the OpenStack provider 3.4.0 does not request it)`,
        'remove qos.minKbps: keep the role\'s DSCP mark (and qos.maxKbps on the other planes) and size the plane\'s NICs for the media load');
    }
    if (sriovPlanes.has(plane.name) && plane.qos?.dscpMark !== undefined) {
      throw new ValidationError(scope, `planes[${i}].qos.dscpMark`, `plane "${plane.name}" carries SR-IOV ports, and the SR-IOV agent cannot mark DSCP`, 'remove qos.dscpMark and mark DSCP on the upstream switch ports of the plane\'s VLAN');
    }
  });
  const qosPolicies: { [plane: string]: QosPolicy } = {};
  for (const plane of input.planes) {
    const sriovPlane = sriovPlanes.has(plane.name);
    const dscpMark = sriovPlane ? undefined : plane.qos?.dscpMark ?? DEFAULT_DSCP[plane.role];
    if (sriovPlane) {
      Annotations.of(scope).addWarning(`${scope.node.path}: plane "${plane.name}" carries SR-IOV ports, which cannot mark DSCP; mark DSCP ${DEFAULT_DSCP[plane.role]} on the upstream switch ports of its VLAN (its Neutron policy has no DSCP rule).`);
    }
    const hasRule = dscpMark !== undefined || plane.qos?.minKbps !== undefined || plane.qos?.maxKbps !== undefined;
    if (!hasRule) continue;
    qosPolicies[plane.name] = new QosPolicy(scope, `qos-${plane.name}`, {
      site,
      dscpMark,
      minKbps: plane.qos?.minKbps,
      maxKbps: plane.qos?.maxKbps,
      maxBurstKbps: plane.qos?.maxBurstKbps,
      name: `${prefix}-${plane.name}`,
    });
  }
  // The layout's ID "Default" is left out of Terraform addresses, so the plane networks
  // keep the addresses they had before the layout existed (`plane-<name>` of the region).
  // Provider VLANs are routed by the physical fabric; only interconnected planes get the
  // region's interconnect router (their subnet gateway), which the inter-region VPNs use.
  const routed = new Set(interconnect.planes);
  const layout = new PlaneLayout(scope, 'Default', {
    site,
    namePrefix: prefix,
    router: interconnect.router,
    planes: input.planes.map((plane) => ({
      name: plane.name,
      role: LAYOUT_ROLE[plane.role],
      cidr: plane.cidr,
      vlanId: plane.vlanId,
      vlanPool: poolOf(plane, input),
      gatewayIp: plane.gatewayIp,
      routed: routed.has(plane.name) ? true : undefined,
      qosPolicy: qosPolicies[plane.name],
      labels: { [LabelKeys.PLANE]: plane.role.toLowerCase() },
    })),
  });
  return { layout, networks: layout.networks, qosPolicies };
}

import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { LabelKeys } from '../core/labels';
import { Names } from '../core/names';
import { findOverlap, parseCidr } from '../core/private/cidr';
import { requireDnsLabel } from '../core/private/validate';
import { Network } from './network';
import { IQosPolicy } from './qos-policy';
import { IRouter } from './router';
import { requireCapability } from './private/site-support';
import { Segmentation } from './segmentation';
import { AllocationPool } from './shapes';
import { ISite } from './site';
import { VlanPool } from './vlan-pool';

/** What an infrastructure plane carries (the six planes of OSCAR's cloud designs). */
export enum PlaneRole {
  /** Out-of-band server management (BMC/IPMI). Never routed; no platform DHCP by default. */
  IPMI = 'IPMI',
  /** Admin/PXE: provisioning by an installer that serves its own DHCP (e.g. Fuel). Never routed; no platform DHCP by default. */
  PXE = 'PXE',
  /** Cloud management: APIs, OAM, monitoring. Never routed by a tenant router. */
  MANAGEMENT = 'MANAGEMENT',
  /** Storage client and replication traffic. Never routed by a tenant router. */
  STORAGE = 'STORAGE',
  /** Tenant / business / private traffic (signaling, media, service). */
  TENANT = 'TENANT',
  /** Public: floating IPs and external access. */
  PUBLIC = 'PUBLIC',
}

/** Roles that must never have a router interface (digest M1, P2). */
const NEVER_ROUTED = new Set([PlaneRole.IPMI, PlaneRole.PXE, PlaneRole.MANAGEMENT, PlaneRole.STORAGE]);

/** One plane of a {@link PlaneLayout}: a network with one subnet of the plane's CIDR. */
export interface PlaneSpec {
  /** Plane name: a DNS label unique in the layout; also the subnet name. */
  readonly name: string;
  /** What the plane carries. */
  readonly role: PlaneRole;
  /** The plane's CIDR. Plane CIDRs of one layout must not overlap. */
  readonly cidr: string;
  /**
   * The plane's VLAN ID, drawn from its pool. Pin it for production planes.
   * @default - the pool's lowest free ID (a plane without a pool is a tenant overlay)
   */
  readonly vlanId?: number;
  /**
   * The pool the VLAN comes from, e.g. a pool on the management physical network for
   * management planes and another for business planes (digest T2).
   * @default - the layout's `vlanPool`; without either, a tenant overlay network (OpenStack only)
   */
  readonly vlanPool?: VlanPool;
  /**
   * The physical network of the VLAN.
   * @default - the pool's physical network
   */
  readonly physicalNetwork?: string;
  /**
   * Give the plane a router interface: on the layout's `router` if set, else on a router
   * of its own with a gateway on the site's external network. Only TENANT and PUBLIC
   * planes may be routed; IPMI, PXE, management and storage planes never get a router
   * interface (the SECURITY_BASELINE pack checks it too).
   * @default false
   */
  readonly routed?: boolean;
  /**
   * Whether the platform's DHCP serves the plane (Neutron `enable_dhcp`).
   * @default - false for IPMI and PXE planes (their own servers answer DHCP), true otherwise
   */
  readonly dhcp?: boolean;
  /**
   * Gateway address of the plane subnet: on an unrouted plane, the physical gateway.
   * @default - the router's address on a routed plane; none (no default route) on an unrouted plane
   */
  readonly gatewayIp?: string;
  /**
   * Address ranges handed out on the plane.
   * @default - the whole subnet except the gateway
   */
  readonly allocationPools?: AllocationPool[];
  /**
   * DNS servers announced on the plane.
   * @default - none
   */
  readonly dnsNameservers?: string[];
  /**
   * The plane's MTU (e.g. 9000 on storage planes).
   * @default - the platform default
   */
  readonly mtu?: number;
  /**
   * QoS of every port on the plane.
   * @default - none
   */
  readonly qosPolicy?: IQosPolicy;
  /**
   * Labels of the plane's resources. `oscar.io/plane` defaults to the role in lower case.
   * @default - `{ 'oscar.io/plane': <role> }`
   */
  readonly labels?: { [key: string]: string };
  /**
   * Construct ID of the plane's network, for layouts that adopt networks created before
   * them without moving their Terraform addresses.
   * @default `plane-<name>`
   */
  readonly constructId?: string;
}

/** Properties of a {@link PlaneLayout}. */
export interface PlaneLayoutProps {
  /** The site the planes live on. */
  readonly site: ISite;
  /** The planes. At least one; names unique, CIDRs disjoint. */
  readonly planes: PlaneSpec[];
  /**
   * The pool planes without a `vlanPool` of their own draw from.
   * @default - none: such planes are tenant overlays
   */
  readonly vlanPool?: VlanPool;
  /**
   * A shared router routed planes attach to.
   * @default - each routed plane gets its own router with an external gateway
   */
  readonly router?: IRouter;
  /**
   * Prefix of the network names: networks are `<prefix>-<plane>`.
   * @default - derived from the construct path
   */
  readonly namePrefix?: string;
}

/**
 * The infrastructure planes of a cloud (digest M1, P1, P2, B1, T2, T3): IPMI, PXE/admin,
 * management, storage, tenant and public networks, each a {@link Network} with its own
 * VLAN from a {@link VlanPool}, one subnet of the plane's CIDR, and explicit `routed`
 * and `dhcp` flags. Infrastructure planes (IPMI, PXE, management, storage) never get a
 * router interface, and IPMI/PXE planes default to no platform DHCP.
 *
 * The networks are ordinary pool networks, so each target builds them through its
 * driver: Neutron networks with VLAN segments on OpenStack, distributed port groups on
 * vSphere (where a routed plane is an error: there is no router without NSX).
 */
export class PlaneLayout extends Construct {
  /** The site the planes live on. */
  public readonly site: ISite;
  /** The plane networks, by plane name. */
  public readonly networks: { [plane: string]: Network };
  private readonly roles: { [plane: string]: PlaneRole };

  constructor(scope: Construct, id: string, props: PlaneLayoutProps) {
    super(scope, id);
    this.site = props.site;
    if (props.planes.length === 0) throw new ValidationError(this, 'planes', 'declares no planes', 'declare at least one plane, e.g. { name: "mgmt", role: PlaneRole.MANAGEMENT, cidr: "10.0.0.0/24" }');
    checkPlanes(this, props.planes);
    const prefix = props.namePrefix ?? Names.resourceName(this, { maxLength: 40 });
    this.networks = {};
    this.roles = {};
    props.planes.forEach((plane, i) => {
      const routed = plane.routed ?? false;
      if (routed && NEVER_ROUTED.has(plane.role)) {
        throw new ValidationError(this, `planes[${i}].routed`, `plane "${plane.name}" is a ${plane.role} plane, and ${plane.role} planes never get a router interface (digest M1, P2)`, 'leave routed unset; reach the plane through a jump host or the physical gateway (gatewayIp)');
      }
      if (routed) {
        requireCapability(props.site, props.site.capabilities.routers, this, `planes[${i}].routed`, 'routers (no router without NSX)', 'leave routed unset and name the physical gateway in gatewayIp');
      }
      if (routed && props.router !== undefined && props.router.site !== props.site) {
        throw new ValidationError(this, 'router', `router ${props.router.node.path} is on another site`, 'use a router of the layout\'s own site');
      }
      const dhcp = plane.dhcp ?? !(plane.role === PlaneRole.IPMI || plane.role === PlaneRole.PXE);
      const pool = plane.vlanPool ?? props.vlanPool;
      if (!pool && (plane.vlanId !== undefined || plane.physicalNetwork !== undefined)) {
        throw new ValidationError(this, `planes[${i}].vlanPool`, `plane "${plane.name}" sets a VLAN but no pool to draw it from`, 'set vlanPool on the plane or on the layout');
      }
      this.roles[plane.name] = plane.role;
      this.networks[plane.name] = new Network(this, plane.constructId ?? `plane-${plane.name}`, {
        site: props.site,
        name: `${prefix}-${plane.name}`,
        cidr: plane.cidr,
        subnets: [{
          name: plane.name,
          cidr: plane.cidr,
          gatewayIp: plane.gatewayIp,
          allocationPools: plane.allocationPools,
          dnsNameservers: plane.dnsNameservers,
          // Only the non-default is written, so planes with platform DHCP synthesize as before.
          enableDhcp: dhcp ? undefined : false,
        }],
        segmentation: pool ? Segmentation.vlan({ pool, vlanId: plane.vlanId, physicalNetwork: plane.physicalNetwork }) : undefined,
        routerGateway: routed && props.router === undefined ? true : undefined,
        router: routed ? props.router : undefined,
        mtu: plane.mtu,
        qosPolicy: plane.qosPolicy,
        labels: { [LabelKeys.PLANE]: plane.role.toLowerCase(), ...plane.labels },
      });
    });
  }

  /** The network of a plane. Errors for an unknown plane. */
  public network(plane: string): Network {
    const network = this.networks[plane];
    if (!network) throw new ValidationError(this, 'planes', `has no plane "${plane}"`, `use one of ${Object.keys(this.networks).join(', ')}`);
    return network;
  }

  /** The networks of every plane of a role, in declaration order. */
  public networksOf(role: PlaneRole): Network[] {
    return Object.keys(this.networks).filter((p) => this.roles[p] === role).map((p) => this.networks[p]);
  }
}

/** Plane names are unique DNS labels, and plane CIDRs are disjoint. */
function checkPlanes(scope: Construct, planes: PlaneSpec[]): void {
  const names = new Set<string>();
  const blocks = planes.flatMap((p, i) => {
    requireDnsLabel(scope, `planes[${i}].name`, p.name);
    if (names.has(p.name)) throw new ValidationError(scope, `planes[${i}].name`, `plane "${p.name}" is declared twice`, 'give each plane its own name');
    names.add(p.name);
    return Token.isUnresolved(p.cidr) ? [] : [{ name: p.name, block: parseCidr(scope, `planes[${i}].cidr`, p.cidr) }];
  });
  const clash = findOverlap(blocks);
  if (clash) {
    const [a, b] = clash;
    throw new ValidationError(scope, 'planes', `planes "${a.name}" (${a.block.cidr}) and "${b.name}" (${b.block.cidr}) overlap`, 'give each plane its own, non-overlapping CIDR');
  }
}

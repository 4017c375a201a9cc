// The power-grid security zones as the POWER_GRID rules read them: a network's zone is its
// `oscar.io/grid-zone` tag; zones I and II form the production control region, III and IV
// the management information region. Ports, subnets, router interfaces and instances are
// followed back to their networks through the `${...}` references in the synthesized JSON.
import { LabelKeys } from '../../core/labels';
import { StackView, SynthResource } from '../model';
import { blocks, openstackTags } from './attrs';

/** The two regions of the power-grid zoning (安全分区). */
export enum GridRegion {
  /** Zones I (real-time control) and II (non-control production). */
  PRODUCTION = 'production control (I/II)',
  /** Zones III (management information) and IV (information DMZ). */
  INFORMATION = 'management information (III/IV)',
}

const REGION_OF: { [zone: string]: GridRegion } = {
  I: GridRegion.PRODUCTION,
  II: GridRegion.PRODUCTION,
  III: GridRegion.INFORMATION,
  IV: GridRegion.INFORMATION,
};

/** The grid zones a tag may name. */
export const GRID_ZONES: readonly string[] = Object.keys(REGION_OF);

/** A resource's grid zone tag (any value), or undefined: OpenStack tags, or a vSphere VM's annotation. */
export function gridZoneTag(r: SynthResource): string | undefined {
  if (r.type === 'vsphere_virtual_machine') {
    const note = r.attributes.annotation;
    const line = typeof note === 'string' ? note.split('\n').find((l) => l.startsWith(`${LabelKeys.GRID_ZONE}=`)) : undefined;
    return line?.slice(LabelKeys.GRID_ZONE.length + 1);
  }
  return openstackTags(r.attributes)[LabelKeys.GRID_ZONE];
}

/** The region of a network (by its grid zone tag), or undefined when it has none. */
export function gridRegionOf(network: SynthResource | undefined): GridRegion | undefined {
  if (!network) return undefined;
  const zone = gridZoneTag(network);
  return zone === undefined ? undefined : REGION_OF[zone];
}

const NETWORK = 'openstack_networking_network_v2';

/** The stack resources `value` references, of one of `types`. */
function referenced(stack: StackView, value: unknown, types: readonly string[]): SynthResource[] {
  return stack.referencesIn(value).map((a) => stack.byAddress(a)).filter((r): r is SynthResource => r !== undefined && types.includes(r.type));
}

/**
 * The networks a resource attaches to: itself for a network; the `network_id` of a subnet or
 * port; the subnet or port of a router interface; the `uuid`/`port` of an instance's NICs.
 */
export function networksOf(stack: StackView, r: SynthResource): SynthResource[] {
  switch (r.type) {
    case NETWORK:
      return [r];
    case 'openstack_networking_subnet_v2':
    case 'openstack_networking_port_v2':
      return referenced(stack, r.attributes.network_id, [NETWORK]);
    case 'openstack_networking_router_interface_v2':
    case 'openstack_networking_floatingip_v2':
    case 'openstack_networking_floatingip_associate_v2': {
      const via = referenced(stack, [r.attributes.subnet_id, r.attributes.port_id], ['openstack_networking_subnet_v2', 'openstack_networking_port_v2']);
      return via.flatMap((v) => networksOf(stack, v));
    }
    case 'openstack_compute_instance_v2': {
      const nics = blocks(r.attributes.network);
      const direct = referenced(stack, nics.map((n) => n.uuid), [NETWORK]);
      const ports = referenced(stack, nics.map((n) => n.port), ['openstack_networking_port_v2']);
      return [...direct, ...ports.flatMap((p) => networksOf(stack, p))];
    }
    default:
      return [];
  }
}

/** The regions of a set of networks, and the networks of each, for messages. */
export function regionsOf(networks: SynthResource[]): Map<GridRegion, string[]> {
  const out = new Map<GridRegion, string[]>();
  for (const n of networks) {
    const region = gridRegionOf(n);
    if (region) out.set(region, [...new Set([...(out.get(region) ?? []), n.address])]);
  }
  return out;
}

/** The router interfaces of a router. */
export function interfacesOf(stack: StackView, router: SynthResource): SynthResource[] {
  return stack.referrers(router, 'openstack_networking_router_interface_v2');
}

/** True when a router has a literal or referenced external gateway. */
export function hasExternalGateway(router: SynthResource): boolean {
  const ext = router.attributes.external_network_id;
  return typeof ext === 'string' && ext !== '';
}

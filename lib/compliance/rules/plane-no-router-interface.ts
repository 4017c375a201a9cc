import { LabelKeys } from '../../core/labels';
import { COMPLIANT, RuleDefinition, SynthResource, StackView, nonCompliant, notApplicable } from '../model';
import { openstackTags } from '../private/attrs';

/** Plane labels of networks that never get a router interface (digest M1, P2). */
const UNROUTED_PLANES = /^(ipmi|bmc|pxe|admin|mgmt|management|oam|storage)$/i;

/** The one stack resource of `type` referenced by `value`, if any. */
function referenced(stack: StackView, value: unknown, type: string): SynthResource | undefined {
  return stack.referencesIn(value).map((a) => stack.byAddress(a)).find((r): r is SynthResource => r?.type === type);
}

/** The network a router interface attaches: through its subnet, or through its port. */
function attachedNetwork(r: SynthResource, stack: StackView): SynthResource | undefined {
  const subnet = referenced(stack, r.attributes.subnet_id, 'openstack_networking_subnet_v2');
  if (subnet) return referenced(stack, subnet.attributes.network_id, 'openstack_networking_network_v2');
  const port = referenced(stack, r.attributes.port_id, 'openstack_networking_port_v2');
  return port ? referenced(stack, port.attributes.network_id, 'openstack_networking_network_v2') : undefined;
}

/** Infrastructure planes (IPMI, PXE/admin, management, storage) have no router interface. */
export const planeNoRouterInterface: RuleDefinition = {
  name: 'plane-no-router-interface',
  title: 'IPMI, PXE, management and storage planes have no router interface',
  explanation: 'A router interface on an infrastructure plane routes tenant traffic into the networks that control and store the cloud (OSCAR: storage, management and PXE are never attached to tenant routers).',
  fix: 'Remove the router interface; reach the plane through a jump host or its physical gateway. PlaneLayout refuses routed: true on these roles.',
  resourceTypes: ['openstack_networking_router_interface_v2'],
  check: (r, ctx) => {
    const network = attachedNetwork(r, ctx.stack);
    if (!network) return notApplicable('the interface attaches no network of this stack');
    const plane = openstackTags(network.attributes)[LabelKeys.PLANE];
    if (plane === undefined || !UNROUTED_PLANES.test(plane)) return COMPLIANT;
    return nonCompliant(`router interface on ${network.address}, a ${plane} plane (tag ${LabelKeys.PLANE}=${plane})`);
  },
};

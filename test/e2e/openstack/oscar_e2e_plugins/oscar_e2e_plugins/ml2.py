"""An ML2 mechanism driver that binds every port without an L2 agent.

Neutron's agent-based drivers bind a port only when an agent on the port's host
reports connectivity to one of its segments; this cloud has no agents. Subclassing
the Open vSwitch driver keeps what it declares to the QoS plugin (bandwidth limit,
DSCP marking and minimum bandwidth rules stay supported), and binding answers ACTIVE
at once, since nothing would ever report the port up.

SR-IOV ports (vnic_type direct) bind as the SR-IOV NIC switch driver binds them: a
hardware VEB on a VLAN or flat segment, on the VF Nova claimed (binding profile).
"""
from neutron.plugins.ml2.drivers.openvswitch.mech_driver import mech_openvswitch
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api

BINDABLE = {constants.TYPE_FLAT, constants.TYPE_VLAN, constants.TYPE_VXLAN,
            constants.TYPE_GENEVE, constants.TYPE_GRE, constants.TYPE_LOCAL}
SRIOV_BINDABLE = {constants.TYPE_FLAT, constants.TYPE_VLAN}


def binding_for(vnic_type, segment, ovs_details):
    """(vif_type, vif_details) for a segment this driver can bind, or None."""
    kind = segment[api.NETWORK_TYPE]
    if vnic_type == portbindings.VNIC_DIRECT:
        if kind not in SRIOV_BINDABLE:
            return None
        vlan = segment[api.SEGMENTATION_ID] if kind == constants.TYPE_VLAN else 0
        return portbindings.VIF_TYPE_HW_VEB, {portbindings.CAP_PORT_FILTER: False,
                                              portbindings.VIF_DETAILS_VLAN: str(vlan)}
    return (portbindings.VIF_TYPE_OVS, ovs_details) if kind in BINDABLE else None


class AgentlessMechanismDriver(mech_openvswitch.OpenvswitchMechanismDriver):
    def bind_port(self, context):
        vnic_type = context.current.get(portbindings.VNIC_TYPE, portbindings.VNIC_NORMAL)
        for segment in context.segments_to_bind:
            binding = binding_for(vnic_type, segment, self.vif_details)
            if binding:
                context.set_binding(segment[api.ID], *binding, status=constants.PORT_STATUS_ACTIVE)
                return

"""An ML2 mechanism driver that binds every port without an L2 agent.

Neutron's agent-based drivers bind a port only when an agent on the port's host
reports connectivity to one of its segments; this cloud has no agents. Subclassing
the Open vSwitch driver keeps what it declares to the QoS plugin (bandwidth limit,
DSCP marking and minimum bandwidth rules stay supported), and binding answers ACTIVE
at once, since nothing would ever report the port up.
"""
from neutron.plugins.ml2.drivers.openvswitch.mech_driver import mech_openvswitch
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api

BINDABLE = {constants.TYPE_FLAT, constants.TYPE_VLAN, constants.TYPE_VXLAN,
            constants.TYPE_GENEVE, constants.TYPE_GRE, constants.TYPE_LOCAL}


class AgentlessMechanismDriver(mech_openvswitch.OpenvswitchMechanismDriver):
    def bind_port(self, context):
        # SR-IOV ("direct") ports included: the fake hypervisor has no VFs to plug.
        for segment in context.segments_to_bind:
            if segment[api.NETWORK_TYPE] in BINDABLE:
                context.set_binding(segment[api.ID], portbindings.VIF_TYPE_OVS, self.vif_details,
                                    status=constants.PORT_STATUS_ACTIVE)
                return

"""An Octavia network driver: real Neutron VIP ports, no amphora plumbing.

Octavia's noop network driver invents VIP port ids, but the Terraform provider reads
the VIP port back from Neutron (and floating IPs attach to it), so a fake id is a 404.
This driver creates, reads and deletes the VIP port (and validates subnets, networks
and ports) through Neutron, via Octavia's own allowed-address-pairs driver, and leaves
everything that would touch amphorae (plugging, security groups on amphora ports) to
the noop driver, since no amphora exists.
"""
from octavia.network.drivers.neutron import allowed_address_pairs
from octavia.network.drivers.noop_driver import driver as noop


class NeutronVipNetworkDriver(noop.NoopNetworkDriver):
    _REAL = ("allocate_vip", "deallocate_vip", "get_network", "get_subnet", "get_port",
             "get_security_group_by_id", "get_qos_policy", "qos_enabled", "get_network_ip_availability",
             "get_network_by_name", "get_subnet_by_name", "get_port_by_name")

    def __init__(self):
        super().__init__()
        self._neutron = None

    def __getattribute__(self, name):
        if name in type(self)._REAL:
            real = object.__getattribute__(self, "_neutron")
            if real is None:  # built on first use: it needs Keystone and Neutron to be up
                real = allowed_address_pairs.AllowedAddressPairsDriver()
                object.__setattr__(self, "_neutron", real)
            return getattr(real, name)
        return object.__getattribute__(self, name)

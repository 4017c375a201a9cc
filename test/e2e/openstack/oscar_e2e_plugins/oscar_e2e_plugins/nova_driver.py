"""A Nova fake hypervisor with a NUMA topology, dedicated CPUs and huge pages.

nova.virt.fake.FakeDriver reports no NUMA topology and no PCPU inventory, so flavors
with `hw:cpu_policy=dedicated`, `hw:mem_page_size` or `hw:numa_nodes` (the data-plane
sizes of the telecom and broadcast patterns) find no host. This driver reports one NUMA
cell with shared and dedicated CPUs and 4K, 2M and 1G pages, and PCPU inventory to
Placement, so those flavors schedule and claim like on a real NFV host.

It also reports SR-IOV NICs: one PF with seven VFs on NUMA cell 0 for every bus that
`[pci] device_spec` names, tagged there with a physical network. Ports with
`vnic_type=direct` (the telecom SBCs' media plane) then claim a VF on their network's
physnet, through the PciPassthroughFilter and the NUMA fit, like on a real host.
"""
import os_resource_classes as orc
from oslo_serialization import jsonutils

import nova.conf
from nova import objects
from nova.virt import fake

CONF = nova.conf.CONF

SHARED, DEDICATED = set(range(0, 32)), set(range(32, 96))
# 1 TiB: the large database flavors (256 GiB, power grid) must fit next to the reserved memory.
MEMORY_MB = 1048576


def _topology():
    pages = [objects.NUMAPagesTopology(size_kb=4, total=MEMORY_MB * 256 // 2, used=0, reserved=0),
             objects.NUMAPagesTopology(size_kb=2048, total=MEMORY_MB // 2 // 2 // 2, used=0, reserved=0),
             objects.NUMAPagesTopology(size_kb=1048576, total=MEMORY_MB // 1024 // 4, used=0, reserved=0)]
    cell = objects.NUMACell(id=0, cpuset=SHARED, pcpuset=DEDICATED, memory=MEMORY_MB, cpu_usage=0,
                            memory_usage=0, pinned_cpus=set(), siblings=[{c} for c in sorted(SHARED | DEDICATED)],
                            mempages=pages, network_metadata=objects.NetworkMetadata(physnets=set(), tunneled=False),
                            socket=0)
    return objects.NUMATopology(cells=[cell])


def _specs():
    for entry in CONF.pci.device_spec:
        spec = jsonutils.loads(entry)
        yield from spec if isinstance(spec, list) else [spec]


def pci_devices(host):
    """The PF and VFs of every device_spec bus ("0000:<bus>:<slot>", function ".*")."""
    devices = []
    for spec in _specs():
        a = spec["address"]
        pf = f"{a['domain']}:{a['bus']}:{a['slot']}.0"
        nic = dict(vendor_id="8086", status="available", numa_node=0, label="label_8086_1572")
        devices.append(dict(nic, address=pf, product_id="1572", dev_type="type-PF", parent_addr=None))
        # The VF's parent interface: what Nova puts in the port's binding profile.
        devices += [dict(nic, address=f"{pf[:-1]}{fn}", product_id="154c", dev_type="type-VF", parent_addr=pf,
                         parent_ifname=f"{host}-{spec['physical_network']}") for fn in range(1, 8)]
    return devices


class NumaFakeDriver(fake.FakeDriver):
    capabilities = dict(fake.FakeDriver.capabilities, supports_pcpus=True)
    vcpus = len(SHARED)
    memory_mb = MEMORY_MB

    def get_available_resource(self, nodename):
        status = super().get_available_resource(nodename)
        if status:
            status["numa_topology"] = _topology()._to_json()
            status["pci_passthrough_devices"] = jsonutils.dumps(pci_devices(self._host))
        return status

    def update_provider_tree(self, provider_tree, nodename, allocations=None):
        super().update_provider_tree(provider_tree, nodename, allocations)
        inventory = provider_tree.data(nodename).inventory
        inventory[orc.PCPU] = {"total": len(DEDICATED), "min_unit": 1, "max_unit": len(DEDICATED), "step_size": 1,
                               "allocation_ratio": 1.0, "reserved": 0}
        provider_tree.update_inventory(nodename, inventory)

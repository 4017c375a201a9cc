"""nova-compute with this package's fake hypervisor available to `compute_driver`.

Nova loads its driver only from the nova.virt package ("nova.virt.<compute_driver>"),
so the NUMA fake driver is registered there as nova.virt.oscar_numa before the
service starts. Run as: python -m oscar_e2e_plugins.nova_compute --config-file ...
"""
import sys

if __name__ == "__main__":
    # nova.cmd monkey-patches (or forbids eventlet) on import: it must come first.
    from nova.cmd import compute

    from oscar_e2e_plugins import nova_driver

    sys.modules["nova.virt.oscar_numa"] = nova_driver
    sys.argv[0] = "nova-compute"
    sys.exit(compute.main())

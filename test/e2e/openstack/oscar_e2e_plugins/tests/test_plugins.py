"""Checks of the test-only plugins that need no running cloud (run: pytest in the e2e venv)."""
import json
from importlib import metadata

import pytest
from neutron_lib import constants


def test_entry_points_resolve():
    for group, name in (("neutron.ml2.mechanism_drivers", "oscar_agentless"),
                        ("octavia.network.drivers", "oscar_neutron_vip"),
                        ("octavia.cert_manager", "oscar_reference_ca")):
        (ep,) = [e for e in metadata.entry_points(group=group) if e.name == name]
        assert ep.load().__name__ in ("AgentlessMechanismDriver", "NeutronVipNetworkDriver", "ReferenceCertManager")


def test_client_ca_secret_parses_as_a_pem_certificate():
    # What Octavia's API does with a listener's client CA reference before accepting it.
    from cryptography import x509
    from oscar_e2e_plugins import octavia_certs
    ca = x509.load_pem_x509_certificate(octavia_certs.ReferenceCertManager().get_secret(None, "any-ref"))
    assert ca.subject == ca.issuer  # self-signed: a CA, not a leaf


@pytest.mark.parametrize("group, expected", [
    ({"ports": ["p"], "ingress_firewall_policy_id": "i"}, constants.ACTIVE),
    ({"ports": [], "ingress_firewall_policy_id": "i"}, constants.INACTIVE),
    ({"ports": ["p"]}, constants.INACTIVE),
])
def test_firewall_status_is_what_an_agent_would_report(group, expected):
    from oscar_e2e_plugins import fwaas
    assert fwaas._status(group) == expected


def test_numa_host_fits_the_data_plane_flavors():
    from nova import objects
    from nova.virt import hardware
    from oscar_e2e_plugins import nova_driver
    objects.register_all()
    host = objects.NUMATopology.obj_from_db_obj(nova_driver._topology()._to_json())
    image = objects.ImageMeta.from_dict({})
    for page in ("2MB", "1GB"):
        flavor = objects.Flavor(vcpus=8, memory_mb=16384, extra_specs={
            "hw:cpu_policy": "dedicated", "hw:mem_page_size": page, "hw:numa_nodes": "1"})
        wanted = hardware.numa_get_constraints(flavor, image)
        fitted = hardware.numa_fit_instance_to_host(host, wanted, provider_mapping=None)
        assert fitted is not None, f"an 8-vCPU pinned guest on {page} pages does not fit"
        assert len(fitted.cells[0].cpu_pinning) == 8


def test_volumes_from_images_are_cloned_without_a_download():
    # The create-volume flow skips its download (sudo, qemu-img) only when cloned is True.
    # In a process of its own: Cinder selects oslo.service's eventlet backend, which an
    # earlier test's Nova import (threading) has already fixed for this process.
    import subprocess
    import sys
    code = ("from oscar_e2e_plugins import cinder_driver as m; "
            "print(m.MultiattachFakeDriver.clone_image(None, None, None, None, None, None))")
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "(None, True)"


def test_sriov_vfs_are_assignable_on_their_device_spec_physnet():
    # What Nova's PCI tracker does with the reported devices: keep those a device_spec
    # entry matches, tagged with that entry's physnet (a VF request names the physnet).
    import nova.conf
    from nova.pci import whitelist
    from oscar_e2e_plugins import nova_driver
    conf = nova.conf.CONF
    spec = [{"address": {"domain": "0000", "bus": f"{bus:02x}", "slot": "00", "function": ".*"},
             "physical_network": physnet} for bus, physnet in ((1, "biz-a"), (2, "biz-b"))]
    conf.set_override("device_spec", [json.dumps(spec)], group="pci")
    try:
        devices = nova_driver.pci_devices("host-1")
        allowed = whitelist.Whitelist(conf.pci.device_spec)
        tags = {(d["address"], d["dev_type"]): allowed.device_assignable(d).get_tags()["physical_network"]
                for d in devices}
    finally:
        conf.clear_override("device_spec", group="pci")
    vfs = {a: p for (a, kind), p in tags.items() if kind == "type-VF"}
    assert len(vfs) == 14 and len(tags) == 16
    assert vfs["0000:01:00.7"] == "biz-a" and vfs["0000:02:00.1"] == "biz-b"
    assert tags[("0000:02:00.0", "type-PF")] == "biz-b"


@pytest.mark.parametrize("vnic, kind, expected", [
    ("normal", "vxlan", "ovs"),
    ("direct", "vlan", "hw_veb"),
    ("direct", "vxlan", None),  # SR-IOV has no tunnels: Neutron tries the next segment or fails the binding
])
def test_ports_bind_like_the_agent_drivers_would(vnic, kind, expected):
    from oscar_e2e_plugins import ml2
    binding = ml2.binding_for(vnic, {"network_type": kind, "segmentation_id": 2001}, {"port_filter": True})
    assert (binding and binding[0]) == expected
    if expected == "hw_veb":
        assert binding[1] == {"port_filter": False, "vlan": "2001"}
    if expected == "ovs":
        assert binding[1] == {"port_filter": True}



def _load_wsgi(monkeypatch, **env):
    import importlib
    import sys
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    sys.modules.pop("oscar_e2e_plugins.wsgi", None)
    return importlib.import_module("oscar_e2e_plugins.wsgi")


def test_wsgi_builds_the_app_with_the_service_arguments_only(monkeypatch):
    # gunicorn's own flags must not reach oslo.config: argv is the service's config files.
    monkeypatch.setattr("sys.argv", ["gunicorn", "-k", "gthread"])
    w = _load_wsgi(monkeypatch, OSCAR_WSGI_APP="json:dumps", OSCAR_WSGI_NAME="svc",
                   OSCAR_WSGI_ARGS="--config-file /x/a.conf")
    import sys
    assert sys.argv == ["svc", "--config-file", "/x/a.conf"]
    assert w.application is json.dumps


def test_wsgi_warm_hook_runs_before_any_request(monkeypatch):
    # Neutron's policy enforcer must exist before a worker serves concurrent first requests.
    import types
    calls = []
    mod = types.ModuleType("oscar_warm_probe")
    mod.init = lambda: calls.append("init")
    monkeypatch.setitem(__import__("sys").modules, "oscar_warm_probe", mod)
    monkeypatch.setattr("sys.argv", ["gunicorn"])
    _load_wsgi(monkeypatch, OSCAR_WSGI_APP="json:dumps", OSCAR_WSGI_WARM="oscar_warm_probe:init")
    assert calls == ["init"]


def test_neutron_policy_init_registers_rules_before_a_request():
    # What the warm hook relies on: after init() the enforcer knows create_network.
    from neutron import policy
    from oslo_config import cfg
    cfg.CONF([], project="neutron")
    policy.reset()
    policy.init()
    assert "create_network" in policy._ENFORCER.registered_rules


def test_compute_set_stops_when_a_host_exits(tmp_path):
    # A host that cannot start (its config file is missing) ends the set's process with a
    # failure that names it, and leaves its own log: launch.py then sees the set exit.
    import subprocess
    import sys
    confs = [str(tmp_path / f"compute-h{i}.conf") for i in (1, 2)]
    (tmp_path / "compute-h1.conf").write_text("[DEFAULT]\nhost = h1\n")
    out = subprocess.run([sys.executable, "-W", "ignore", "-m", "oscar_e2e_plugins.nova_compute", str(tmp_path),
                          str(tmp_path / "nova.conf"), *confs], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert "exited with code 1" in out.stderr and "stopping the other" in out.stderr
    assert "nova.conf" in (tmp_path / "nova-compute-h1.log").read_text()


def test_compute_set_refuses_a_conf_not_named_for_its_host(tmp_path):
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "oscar_e2e_plugins.nova_compute", str(tmp_path), "nova.conf",
                          str(tmp_path / "compute-h1.conf"), "h2.conf"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "h2.conf is not named compute-<host>.conf" in out.stderr
    assert not (tmp_path / "nova-compute-h1.log").exists()  # checked before any host started

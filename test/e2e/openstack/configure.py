"""Writes every service's config under STATE/etc and the list of processes to run.

Usage: configure.py STATE VENV. Prints nothing; start.sh reads STATE/processes.json
(name, argv, env) and launches each entry. All listeners are on 127.0.0.1.
"""
import json
import os
import shutil
import sys

import topology as t

STATE, VENV = sys.argv[1], sys.argv[2]
ETC = os.path.join(STATE, "etc")
BIN = os.path.join(VENV, "bin")
AUTH = f"http://{t.HOST}:{t.port('keystone')}"
AMQP = "rabbit://guest:guest@127.0.0.1:5672/"
processes = []


def ini(path, sections):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        for name, options in sections.items():
            f.write(f"[{name}]\n" + "".join(f"{k} = {v}\n" for k, v in options.items()) + "\n")
    return path


def service_auth(user, region="RegionOne"):
    """keystoneauth options for a service user (authtoken, placement, neutron, ...)."""
    return {"auth_type": "password", "auth_url": AUTH, "username": user, "password": t.PASSWORD,
            "project_name": "service", "user_domain_name": "Default", "project_domain_name": "Default",
            "region_name": region}


def authtoken(user):
    # No memcached_servers: keystonemiddleware would need python-memcached; its in-process cache serves.
    return {"www_authenticate_uri": AUTH, **service_auth(user)}


def common(extra=None):
    d = {"transport_url": AMQP, "debug": "false", "use_stderr": "true", "state_path": os.path.join(STATE, "lib")}
    d.update(extra or {})
    return d


def api(name, app, port, args, env=None, workers=1):
    """A WSGI API under gunicorn: gthread workers (one unless said), no shared control socket.
    Keep-alive outlives a client's idle pause (gunicorn's 2 s default makes reused connections fail)."""
    processes.append({"name": name, "argv": [f"{BIN}/python", "-m", "gunicorn", "-k", "gthread", "-w", str(workers),
                      "--threads", env.pop("threads", "4") if env else "4", "--no-control-socket",
                      "--timeout", "300", "--keep-alive", "75", "-b", f"{t.HOST}:{port}", "oscar_e2e_plugins.wsgi:application"],
                      "env": {"OSCAR_WSGI_APP": app, "OSCAR_WSGI_NAME": name, "OSCAR_WSGI_ARGS": args, **(env or {})}})


def daemon(name, script, *conf, env=None):
    argv = [f"{BIN}/{script}"]
    for c in conf:
        argv += ["--config-file", c]
    processes.append({"name": name, "argv": argv, "env": env or {}})


def oslo(extra=None):
    return {"oslo_concurrency": {"lock_path": os.path.join(STATE, "lock")},
            "oslo_messaging_notifications": {"driver": "noop"}, **(extra or {})}


# --- Keystone ---
ks = ini(f"{ETC}/keystone/keystone.conf", {
    "DEFAULT": {"debug": "false", "use_stderr": "true"},
    "database": {"connection": t.db_url("keystone", "mysqldb")},
    "token": {"provider": "fernet", "expiration": "14400"},
    # bcrypt's default cost makes every service login take seconds on a busy CPU.
    "identity": {"password_hash_rounds": "4"},
    "fernet_tokens": {"key_repository": f"{ETC}/keystone/fernet-keys"},
    "fernet_receipts": {"key_repository": f"{ETC}/keystone/fernet-keys"},
    "credential": {"key_repository": f"{ETC}/keystone/credential-keys"},
    # Keystone's managers are cache-decorated but the cache is off by default: each token
    # validation then recomputes role assignments and project scope from SQL (two thirds of
    # its CPU in a profile). One worker process, so an in-process dict is coherent.
    "cache": {"enabled": "true", "backend": "oslo_cache.dict"},
})
api("keystone", "keystone.server.wsgi:initialize_public_application", t.port("keystone"), "",
    {"OS_KEYSTONE_CONFIG_FILES": ks})

# --- Glance: a file store; images are a few bytes (the fake virt driver never reads them) ---
gl = ini(f"{ETC}/glance/glance-api.conf", {
    "DEFAULT": {**common(), "enabled_backends": "file:file"},
    "database": {"connection": t.db_url("glance")},
    "glance_store": {"default_backend": "file"},
    "file": {"filesystem_store_datadir": os.path.join(STATE, "lib/glance/images")},
    "os_glance_staging_store": {"filesystem_store_datadir": os.path.join(STATE, "lib/glance/staging")},
    "os_glance_tasks_store": {"filesystem_store_datadir": os.path.join(STATE, "lib/glance/tasks")},
    "keystone_authtoken": authtoken("glance"),
    "paste_deploy": {"flavor": "keystone", "config_file": f"{VENV}/etc/glance/glance-api-paste.ini"}, **oslo(),
})
api("glance", "glance.wsgi.api:application", t.port("glance"), "", {"OS_GLANCE_CONFIG_DIR": os.path.dirname(gl)})

# --- Neutron: ML2 with an agentless driver, FWaaS v2, VPNaaS, TaaS ---
vlan_ranges = ",".join(f"{p}:1:4094" for p in t.PHYSNETS)
ne = ini(f"{ETC}/neutron/neutron.conf", {
    "DEFAULT": {**common(), "core_plugin": "ml2", "auth_strategy": "keystone",
                "service_plugins": "router,qos,firewall_v2,vpnaas,taas,tapmirror",
                "allow_overlapping_ips": "true", "api_paste_config": f"{VENV}/etc/neutron/api-paste.ini", "dhcp_agent_notification": "false",
                "api_workers": "1", "rpc_workers": "0", "rpc_state_report_workers": "0"},
    "database": {"connection": t.db_url("neutron", "mysqldb")},
    "keystone_authtoken": authtoken("neutron"),
    "nova": service_auth("neutron"), "placement": service_auth("neutron"),
    "quotas": {k: "-1" for k in ("quota_network", "quota_subnet", "quota_port", "quota_router", "quota_floatingip",
                                  "quota_security_group", "quota_security_group_rule")},
    "service_providers": {"service_provider":
                          "FIREWALL_V2:fwaas_db:oscar_e2e_plugins.fwaas.AckingFirewallDriver:default"},
    **oslo(),
})
ml2 = ini(f"{ETC}/neutron/ml2_conf.ini", {
    "ml2": {"type_drivers": "flat,vlan,vxlan", "tenant_network_types": "vxlan",
            "mechanism_drivers": "oscar_agentless", "extension_drivers": "port_security,qos"},
    "ml2_type_flat": {"flat_networks": "*"},
    "ml2_type_vlan": {"network_vlan_ranges": vlan_ranges},
    "ml2_type_vxlan": {"vni_ranges": "1:10000"},
    "securitygroup": {"firewall_driver": "noop"},
})
vpn = ini(f"{ETC}/neutron/neutron_vpnaas.conf", {
    "service_providers": {"service_provider":
                          "VPN:openswan:neutron_vpnaas.services.vpn.service_drivers.ipsec.IPsecVPNDriver:default"}})
taas = ini(f"{ETC}/neutron/taas.conf", {
    "service_providers": {"service_provider": "TAAS:TAAS:neutron_taas.services.taas.service_drivers.taas_rpc.TaasRpcDriver:default"}})
neutron_args = " ".join(f"--config-file {c}" for c in (ne, ml2, vpn, taas))
# Two workers: Neutron does about half of the cloud's work during an apply (a profile: ORM
# loads and port-dict extensions), and one process holds one core at most (the GIL).
api("neutron", "neutron.wsgi.api:application", t.port("neutron"), neutron_args,
    {"OSCAR_WSGI_WARM": "neutron.policy:init"}, workers=2)

# --- Nova, Placement and Cinder: one set per group of regions ---
for cs in t.COMPUTE_SETS:
    n, region = cs["name"], cs["regions"][0]
    pl = ini(f"{ETC}/placement-{n}/placement.conf", {
        "DEFAULT": {"debug": "false", "use_stderr": "true"},
        "placement_database": {"connection": t.db_url(f"placement_{n}", "mysqldb")},
        "api": {"auth_strategy": "keystone"}, "keystone_authtoken": authtoken("placement")})
    api(f"placement-{n}", "placement.wsgi.api:application", t.port("placement", cs), "",
        {"OS_PLACEMENT_CONFIG_DIR": os.path.dirname(pl)})

    nova = {
        "DEFAULT": {**common({"state_path": os.path.join(STATE, f"lib/nova-{n}")}), "my_ip": "127.0.0.1",
                    "compute_driver": "oscar_numa.NumaFakeDriver", "vif_plugging_is_fatal": "false",
                    "vif_plugging_timeout": "0", "osapi_compute_workers": "1", "metadata_workers": "1",
                    "instance_name_template": f"{n}-instance-%08x",
                    # One RabbitMQ vhost per set: queues are named by topic ("conductor"),
                    # so on a shared vhost set a's computes would reach set b's conductor.
                    "transport_url": f"{AMQP}set_{n}",
                    # Headroom: one conductor answers the RPC of every fake compute of the
                    # set. (Not the cause of the builds that hung in "scheduling": that was
                    # a cell mapping on the wrong vhost, see start.sh.)
                    "rpc_conn_pool_size": "200", "executor_thread_pool_size": "128",
                    # The fake computes heartbeat every report_interval (see below): down
                    # only after a few missed ones.
                    "service_down_time": "300"},
        "api": {"auth_strategy": "keystone"},
        "api_database": {"connection": t.db_url(f"nova_api_{n}")},
        "database": {"connection": t.db_url(f"nova_cell1_{n}")},
        "conductor": {"workers": "1"}, "scheduler": {"workers": "1", "discover_hosts_in_cells_interval": "5"},
        "filter_scheduler": {"enabled_filters": "ComputeFilter,ComputeCapabilitiesFilter,"
                             "ImagePropertiesFilter,NUMATopologyFilter,PciPassthroughFilter,"
                             "ServerGroupAntiAffinityFilter,ServerGroupAffinityFilter",
                             "host_subset_size": "3", "shuffle_best_same_weighed_hosts": "true"},
        "quota": {k: "-1" for k in ("instances", "cores", "ram", "server_groups", "server_group_members",
                                     "key_pairs", "metadata_items")},
        # The fake hosts' SR-IOV NICs (oscar_e2e_plugins.nova_driver reports one PF and its
        # VFs per entry): bus N+1 on the Nth physnet.
        "pci": {"device_spec": json.dumps([
            {"address": {"domain": "0000", "bus": f"{i + 1:02x}", "slot": "00", "function": ".*"},
             "physical_network": physnet} for i, physnet in enumerate(t.SRIOV_PHYSNETS)])},
        "keystone_authtoken": authtoken("nova"),
        "placement": service_auth("placement", region), "neutron": service_auth("neutron", region),
        "cinder": {**service_auth("cinder", region), "os_region_name": region},
        "glance": {"region_name": region}, "service_user": {**service_auth("nova"), "send_service_user_token": "true"},
        **oslo({"oslo_concurrency": {"lock_path": os.path.join(STATE, f"lock/nova-{n}")}}),
    }
    nc = ini(f"{ETC}/nova-{n}/nova.conf", nova)
    shutil.copy(f"{VENV}/etc/nova/api-paste.ini", f"{ETC}/nova-{n}/api-paste.ini")
    api(f"nova-api-{n}", "nova.wsgi.osapi_compute:application", t.port("nova", cs), "",
        {"OS_NOVA_CONFIG_DIR": f"{ETC}/nova-{n}", "OS_NOVA_CONFIG_FILES": "api-paste.ini;nova.conf"})
    daemon(f"nova-conductor-{n}", "nova-conductor", nc)
    daemon(f"nova-scheduler-{n}", "nova-scheduler", nc)
    host_confs = []
    for host, zone in t.hosts(cs):
        hc = ini(f"{ETC}/nova-{n}/compute-{host}.conf", {
            "DEFAULT": {"host": host, "state_path": os.path.join(STATE, f"lib/compute-{host}"),
                        # No periodic tasks on the fake hosts: their resource audits, info-cache
                        # heals (Neutron calls per instance per minute) and the like only load
                        # the 2 cores; builds, deletes and claims update what the checks read.
                        # Heartbeats (a conductor write each) every minute, not every 10 s.
                        "periodic_enable": "false", "report_interval": "60"}})
        host_confs.append(hc)
    # One process per set that forks a nova-compute per host (oscar_e2e_plugins.nova_compute):
    # Nova is imported once, not once per host. Each host logs to logs/nova-compute-<host>.log.
    processes.append({"name": f"nova-compute-{n}", "env": {}, "argv": [
        f"{BIN}/python", "-m", "oscar_e2e_plugins.nova_compute", os.path.join(STATE, "logs"), nc, *host_confs]})

    # Cinder: a fake multiattach backend per zone, so volumes land in their instance's zone.
    backends = {f"{z}": {"volume_driver": "oscar_e2e_plugins.cinder_driver.MultiattachFakeDriver",
                         "volume_backend_name": z, "backend_availability_zone": z} for z in cs["zones"]}
    ci = ini(f"{ETC}/cinder-{n}/cinder.conf", {
        "DEFAULT": {**common({"state_path": os.path.join(STATE, f"lib/cinder-{n}")}), "auth_strategy": "keystone",
                    "transport_url": f"{AMQP}set_{n}", "host": f"cinder-{n}",
                    "enabled_backends": ",".join(cs["zones"]), "default_availability_zone": next(iter(cs["zones"])),
                    "storage_availability_zone": next(iter(cs["zones"])), "osapi_volume_workers": "1",
                    "scheduler_default_filters": "AvailabilityZoneFilter,CapacityFilter",
                    "my_ip": "127.0.0.1", "api_paste_config": f"{VENV}/etc/cinder/api-paste.ini", "az_cache_duration": "1", "glance_api_servers": f"http://{t.HOST}:{t.port('glance')}",
                    # Heartbeats (a DB write per backend) every minute, not every 10 s, as
                    # for the fake computes: the volume services were the busiest idle ones.
                    "report_interval": "60", "service_down_time": "300",
                    **{k: "-1" for k in ("quota_volumes", "quota_snapshots", "quota_gigabytes", "quota_backups",
                                          "quota_backup_gigabytes", "per_volume_size_limit")}},
        "database": {"connection": t.db_url(f"cinder_{n}")},
        "keystone_authtoken": authtoken("cinder"), "nova": service_auth("nova", region),
        **backends, **oslo({"oslo_concurrency": {"lock_path": os.path.join(STATE, f"lock/cinder-{n}")}}),
    })
    api(f"cinder-api-{n}", "cinder.wsgi.api:application", t.port("cinder", cs), f"--config-file {ci}")
    daemon(f"cinder-scheduler-{n}", "cinder-scheduler", ci)
    daemon(f"cinder-volume-{n}", "cinder-volume", ci, env={"OSCAR_E2E_BACKEND_NAMES": ",".join(t.BACKEND_NAMES)})

# --- Octavia: noop amphora/compute/cert drivers, VIP ports in Neutron ---
octavia_ca = os.path.join(ETC, "octavia/ca")
oc = ini(f"{ETC}/octavia/octavia.conf", {
    "DEFAULT": common(),
    "api_settings": {"bind_host": t.HOST, "bind_port": str(t.port("octavia")), "auth_strategy": "keystone",
                     "enabled_provider_drivers": "amphora:The Octavia Amphora driver.,octavia:Alias of amphora",
                     "default_provider_driver": "amphora"},
    "database": {"connection": t.db_url("octavia")},
    "controller_worker": {"amphora_driver": "amphora_noop_driver", "compute_driver": "compute_noop_driver",
                          "network_driver": "oscar_neutron_vip", "volume_driver": "volume_noop_driver",
                          "image_driver": "image_noop_driver", "loadbalancer_topology": "SINGLE",
                          "amp_boot_network_list": "00000000-0000-0000-0000-000000000000",
                          "amp_image_tag": "amphora", "amp_flavor_id": "amphora", "workers": "1",
                          # Read by every amphora create (CertComputeCreate), noop or not:
                          # its default /etc/octavia/certs/ca_01.pem sent LBs to ERROR.
                          "client_ca": f"{octavia_ca}/ca.pem"},
    "certificates": {"cert_manager": "oscar_reference_ca", "cert_generator": "local_cert_generator",
                     # No ca_private_key_passphrase: an empty one is still a password
                     # (b""), and signing with the unencrypted CA key then fails with
                     # "Password was given but private key is not encrypted".
                     "ca_certificate": f"{octavia_ca}/ca.pem", "ca_private_key": f"{octavia_ca}/ca.key"},
    "task_flow": {"jobboard_enabled": "false"},
    "keystone_authtoken": authtoken("octavia"), "service_auth": service_auth("octavia"),
    "neutron": {"region_name": "RegionOne", "endpoint_type": "public"},
    "quotas": {k: "-1" for k in ("default_load_balancer_quota", "default_listener_quota", "default_member_quota",
                                  "default_pool_quota", "default_health_monitor_quota", "default_l7policy_quota",
                                  "default_l7rule_quota")},
    **oslo(),
})
# Single-threaded on purpose: parallel requests deadlock in MariaDB and surface as a
# misleading 400 ("HTTP is not a valid option for type").
api("octavia-api", "octavia.api.app:setup_app", t.port("octavia"), f"--config-file {oc}", {"threads": "1"})
daemon("octavia-worker", "octavia-worker", oc)

# --- Designate: a fake pool target; mdns answers as the nameserver ---
de = ini(f"{ETC}/designate/designate.conf", {
    "DEFAULT": common(),
    "service:api": {"api_paste_config": f"{VENV}/etc/designate/api-paste.ini", "listen": f"{t.HOST}:{t.port('designate')}", "auth_strategy": "keystone",
                    "enable_api_v2": "true", "enabled_extensions_admin": "quotas", "workers": "1"},
    "service:mdns": {"listen": f"{t.HOST}:{t.port('designate-mdns')}", "workers": "1"},
    "service:worker": {"poll_delay": "1", "poll_retry_interval": "1", "workers": "1"},
    "service:central": {"workers": "1"}, "service:producer": {"workers": "1"},
    "storage:sqlalchemy": {"connection": t.db_url("designate")},
    "keystone_authtoken": authtoken("designate"),
    "quota": {k: "100000" for k in ("quota_zones", "quota_zone_recordsets", "quota_zone_records",
                                     "quota_recordset_records", "quota_api_export_size")},
    **oslo(),
})
for svc in ("central", "worker", "producer", "mdns"):
    daemon(f"designate-{svc}", f"designate-{svc}", de)
shutil.copy(f"{VENV}/etc/designate/api-paste.ini", f"{ETC}/designate/api-paste.ini")
api("designate-api", "designate.wsgi.api:application", t.port("designate"), "",
    {"OS_DESIGNATE_CONFIG_DIR": os.path.dirname(de)})

# --- Heat: API and one engine; stacks act for their users through Keystone trusts ---
he = ini(f"{ETC}/heat/heat.conf", {
    "DEFAULT": {**common(), "num_engine_workers": "1", "region_name_for_services": "RegionOne",
                # Throw-away key (32 bytes) for the credentials Heat stores; loopback-only cloud.
                "auth_encryption_key": "oscar-e2e-heat-throwaway-key-32b", "max_stacks_per_tenant": "-1"},
    "database": {"connection": t.db_url("heat")},
    "keystone_authtoken": authtoken("heat"),
    "trustee": {k: v for k, v in service_auth("heat").items() if k not in ("project_name", "project_domain_name", "region_name")},
    "clients_keystone": {"auth_uri": AUTH},
    "paste_deploy": {"api_paste_config": f"{VENV}/etc/heat/api-paste.ini"},
    **oslo(),
})
api("heat-api", "heat.wsgi.api:application", t.port("heat"), f"--config-file {he}")
daemon("heat-engine", "heat-engine", he)

# --- Trove: the real API, task manager and conductor on the real Nova, Cinder and Neutron
# (set a); only the guest agent inside the database server is fake (the wheel's own,
# made importable by oscar_e2e_plugins.trove_guest) ---
tr = ini(f"{ETC}/trove/trove.conf", {
    "DEFAULT": {**common(), "api_paste_config": f"{VENV}/etc/trove/api-paste.ini",
                "remote_guest_client": "oscar_e2e_plugins.trove_guest.guest_client",
                # The fake guest reports healthy once and never heartbeats again: without
                # this an instance turns ERROR (FAILED_TIMEOUT_GUESTAGENT) after 90 s.
                "agent_heartbeat_expiry": "86400", "usage_sleep_time": "1", "state_change_poll_time": "1",
                "trove_dns_support": "false", "max_accepted_volume_size": "100000",
                "max_instances_per_tenant": "1000", "max_volumes_per_tenant": "100000",
                "max_backups_per_tenant": "1000", "trove_api_workers": "1", "trove_conductor_workers": "1"},
    "database": {"connection": t.db_url("trove")},
    "keystone_authtoken": authtoken("trove"),
    "service_credentials": service_auth("trove"),
    **oslo(),
})
# NO_EVENTLET_MONKEYPATCH: trove.cmd patches the whole process with eventlet on import,
# which gunicorn's threads do not survive; the API never runs the fake guest's timers.
api("trove-api", "trove.cmd.app_wsgi:application", t.port("trove"), f"--config-file {tr}",
    {"NO_EVENTLET_MONKEYPATCH": "1"})
daemon("trove-taskmanager", "trove-taskmanager", tr)
daemon("trove-conductor", "trove-conductor", tr)

# --- Manila: the real API and scheduler; one share back end, the wheel's dummy driver
# (manila.tests.share.drivers.dummy), without share servers ---
ma = ini(f"{ETC}/manila/manila.conf", {
    "DEFAULT": {**common(), "auth_strategy": "keystone", "api_paste_config": f"{VENV}/etc/manila/api-paste.ini",
                "host": "manila", "enabled_share_backends": "dummy", "enabled_share_protocols": "NFS,CIFS",
                "default_share_type": t.MANILA_SHARE_TYPE, "osapi_share_workers": "1"},
    "quota": {k: "-1" for k in ("shares", "gigabytes", "snapshots", "snapshot_gigabytes", "share_networks",
                                 "share_groups", "share_replicas", "replica_gigabytes", "per_share_gigabytes")},
    "database": {"connection": t.db_url("manila")},
    "keystone_authtoken": authtoken("manila"),
    "dummy": {"share_driver": "manila.tests.share.drivers.dummy.DummyDriver", "share_backend_name": "dummy",
              "driver_handles_share_servers": "False", "dummy_driver_default_driver_method_delay": "0.1"},
    **oslo(),
})
api("manila-api", "manila.wsgi.api:application", t.port("manila"), f"--config-file {ma}")
daemon("manila-scheduler", "manila-scheduler", ma)
daemon("manila-share", "manila-share", ma)

with open(os.path.join(STATE, "processes.json"), "w") as f:
    json.dump(processes, f, indent=1)

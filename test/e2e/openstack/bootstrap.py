"""Fills the freshly started cloud with what the examples reference, then writes env.json.

Usage (from this folder): bootstrap.py STATE identity|cloud. "identity" makes the
regions, service users and catalog (before the other services start: they log in at
start-up); "cloud" the rest. One openstacksdk session instead of the CLI
(about 2 s a call). Idempotent enough to re-run against a running cloud.
"""
import json
import os
import subprocess
import sys
import time
import uuid

import openstack
import topology as t
from launch import revive

STATE, PHASE = sys.argv[1], sys.argv[2]
AUTH = f"http://{t.HOST}:{t.port('keystone')}/v3"
ADMIN = dict(auth_url=AUTH, username="admin", password=t.PASSWORD, project_name="admin",
             user_domain_name="Default", project_domain_name="Default")
ALL_REGIONS = [r for cs in t.COMPUTE_SETS for r in cs["regions"]]
T0 = time.time()


def say(msg):
    print(f"[bootstrap +{time.time() - T0:5.1f}s] {msg}", file=sys.stderr, flush=True)


def until(what, fn, timeout=300, every=1.0):
    """Polls fn until it returns something truthy. Meanwhile restarts services that died at
    start-up (launch.revive), and names what is still missing when fn returns a set."""
    end, revived = time.time() + timeout, time.time()
    while True:
        try:
            result = fn()
            if result is True or (result and not isinstance(result, set)):
                return result
            err = f"still missing: {', '.join(sorted(result))}" if isinstance(result, set) else "not yet"
        except Exception as e:  # the service is still coming up
            err = repr(e)[:300]
        if time.time() > end:
            sys.exit(f"bootstrap: {what} not ready after {timeout}s: {err}")
        if PHASE == "cloud" and time.time() - revived > 10:
            revived = time.time()
            try:
                revive(STATE, say)
            except RuntimeError as e:
                sys.exit(f"bootstrap: waiting for {what}: {e}")
        time.sleep(every)


conn = openstack.connect(region_name="RegionOne", **ADMIN)
idp = conn.identity

# --- Keystone: regions, service project and users, catalog ---
if PHASE == "identity":
    for r in ALL_REGIONS:
        if not idp.find_region(r):
            idp.create_region(id=r)
    service_project = idp.find_project("service") or idp.create_project(name="service", domain_id="default")
    admin_role = idp.find_role("admin")
    for role in ("service", "ResellerAdmin"):
        idp.find_role(role) or idp.create_role(name=role)
    for user in ("glance", "neutron", "nova", "placement", "cinder", "octavia", "designate", "swift", "heat",
                 "trove", "manila"):
        u = idp.find_user(user, domain_id="default") or idp.create_user(name=user, password=t.PASSWORD, domain_id="default")
        idp.assign_project_role_to_user(service_project, u, admin_role)
        idp.assign_project_role_to_user(service_project, u, idp.find_role("service"))


    def catalog(stype, name, urls_by_region):
        svc = next((s for s in idp.services() if s.type == stype), None) or idp.create_service(type=stype, name=name)
        have = {(e.region_id, e.interface) for e in idp.endpoints(service_id=svc.id)}
        for region, url in urls_by_region.items():
            for iface in ("public",):  # services fall back from internal to public
                if (region, iface) not in have:
                    idp.create_endpoint(service_id=svc.id, interface=iface, url=url, region_id=region)


    def shared(path, port):
        return {r: f"http://{t.HOST}:{port}{path}" for r in ALL_REGIONS}


    def per_set(service, path):
        return {r: f"http://{t.HOST}:{t.port(service, cs)}{path}" for cs in t.COMPUTE_SETS for r in cs["regions"]}


    catalog("identity", "keystone", shared("/v3", t.port("keystone")))
    catalog("image", "glance", shared("", t.port("glance")))
    catalog("network", "neutron", shared("", t.port("neutron")))
    catalog("load-balancer", "octavia", shared("", t.port("octavia")))
    catalog("dns", "designate", shared("", t.port("designate")))
    catalog("orchestration", "heat", shared("/v1/%(project_id)s", t.port("heat")))
    catalog("object-store", "swift", shared("/v1/AUTH_%(project_id)s", t.port("swift")))
    catalog("sharev2", "manilav2", shared("/v2", t.port("manila")))
    # Trove builds on set a's Nova and Cinder (its service region): listed in set a's regions only.
    catalog("database", "trove", {r: f"http://{t.HOST}:{t.port('trove')}/v1.0/%(tenant_id)s"
                                  for r in t.COMPUTE_SETS[0]["regions"]})
    catalog("compute", "nova", per_set("nova", "/v2.1"))
    catalog("placement", "placement", per_set("placement", ""))
    catalog("block-storage", "cinderv3", per_set("cinder", "/v3/%(project_id)s"))
    catalog("volumev3", "cinderv3-legacy", per_set("cinder", "/v3/%(project_id)s"))
    say("keystone: regions, users and catalog ready")
    sys.exit(0)

# --- Designate: the fake pool (central must be up to take it) ---
pools = os.path.join(STATE, "etc/designate/pools.yaml")
with open(pools, "w") as f:
    f.write(f"""- name: default
  description: fake pool; mdns answers as the nameserver
  ns_records: [{{hostname: ns1.oscar-e2e.test., priority: 1}}]
  nameservers: [{{host: {t.HOST}, port: {t.port('designate-mdns')}}}]
  targets:
    - type: fake
      description: fake target
      masters: [{{host: {t.HOST}, port: {t.port('designate-mdns')}}}]
      options: {{host: {t.HOST}, port: {t.port('designate-mdns')}}}
""")
venv_bin = os.path.dirname(sys.executable)
# The first wait after every service starts at once: on 2 cores the machine is saturated for
# minutes, and one designate-manage run (imports, then an RPC call central answers only once
# it is up) took more than 60 s in a fresh-machine run that gave up after 180 s.
until("designate pool update", lambda: subprocess.run(
    [f"{venv_bin}/designate-manage", "--config-file", os.path.join(STATE, "etc/designate/designate.conf"),
     "pool", "update", "--file", pools], capture_output=True, timeout=150).returncode == 0, timeout=480, every=3)
say("designate: pool ready")

# --- Glance: tiny public images (the fake hypervisor never reads them) ---
until("glance", lambda: list(conn.image.images(limit=1)) is not None)
for name in t.IMAGES:
    if not conn.image.find_image(name):
        conn.image.create_image(name=name, disk_format="raw", container_format="bare", visibility="public",
                                data=b"\0" * 512, min_disk=0, min_ram=0)
say("glance: images ready")

# --- Neutron: flat external networks, one per physical network ---
until("neutron", lambda: list(conn.network.networks(limit=1)) is not None)
for name, physnet, cidr in t.EXTERNAL_NETWORKS:
    net = conn.network.find_network(name) or conn.network.create_network(
        name=name, is_router_external=True, is_shared=False, provider_network_type="flat",
        provider_physical_network=physnet)
    if not list(conn.network.subnets(network_id=net.id)):
        prefix = cidr.rsplit(".", 1)[0]
        conn.network.create_subnet(network_id=net.id, name=f"{name}-subnet", ip_version=4, cidr=cidr,
                                   gateway_ip=f"{prefix}.1", enable_dhcp=False,
                                   allocation_pools=[{"start": f"{prefix}.10", "end": f"{prefix}.250"}])
say("neutron: external networks ready")

# --- Nova and Cinder, per compute set ---
context = {"regions": {}, "images": t.IMAGES, "externalNetworks": [n for n, _, _ in t.EXTERNAL_NETWORKS],
           "volumeTypes": t.VOLUME_TYPES + t.MULTIATTACH_VOLUME_TYPES, "flavors": [f[0] for f in t.FLAVORS],
           "swiftPolicies": [p for p, _ in t.SWIFT_POLICIES],
           # The examples' image keys (examples/README.md), pointed at what was uploaded.
           "kylinImage": "kylin-v10", **t.EXAMPLE_CONTEXT}
for cs in t.COMPUTE_SETS:
    region = cs["regions"][0]
    c = openstack.connect(region_name=region, **ADMIN)
    want = {h for h, _ in t.hosts(cs)}
    # Computes register with placement and the scheduler maps them to the cell every 5 s.
    until(f"nova computes of set {cs['name']}", lambda: (want - {
        s.host for s in c.compute.services(binary="nova-compute") if s.state == "up"}) or True, timeout=600, every=3)
    until(f"hypervisors of set {cs['name']}", lambda: (want - {h.name for h in c.compute.hypervisors()}) or True,
          timeout=300, every=3)
    for zone in cs["zones"]:
        agg = c.compute.find_aggregate(zone) or c.compute.create_aggregate(name=zone, availability_zone=zone)
        for host, z in t.hosts(cs):
            if z == zone and host not in (agg.hosts or []):
                agg = c.compute.add_host_to_aggregate(agg, host)
    for name, vcpus, ram, disk in t.FLAVORS:
        c.compute.find_flavor(name) or c.compute.create_flavor(name=name, id=name if "." in name else "auto",
                                                               vcpus=vcpus, ram=ram, disk=disk, is_public=True)
    backends = {f"cinder-{cs['name']}@{z}" for z in cs["zones"]}
    until(f"cinder backends of set {cs['name']}", lambda: (backends - {
        s.host for s in c.block_storage.services(binary="cinder-volume") if s.state == "up"}) or True,
        timeout=300, every=3)
    for vt in t.VOLUME_TYPES:
        c.block_storage.find_type(vt) or c.block_storage.create_type(name=vt, is_public=True)
    for vt in t.MULTIATTACH_VOLUME_TYPES:
        c.block_storage.find_type(vt) or c.block_storage.create_type(
            name=vt, is_public=True, extra_specs={"multiattach": "<is> True"})
    for r in cs["regions"]:
        context["regions"][r] = {"availabilityZones": list(cs["zones"]), "computeSet": cs["name"]}
    say(f"nova/cinder set {cs['name']} ({', '.join(cs['regions'])}): {len(want)} hosts, "
        f"{len(cs['zones'])} zones, flavors and volume types ready")

# --- Octavia: an ACTIVE_STANDBY flavor (the examples take its id as a variable) ---
until("octavia", lambda: list(conn.load_balancer.providers()) is not None)
lb = conn.load_balancer
profile = lb.find_flavor_profile("active-standby") or lb.create_flavor_profile(
    name="active-standby", provider_name="amphora", flavor_data=json.dumps({"loadbalancer_topology": "ACTIVE_STANDBY"}))
ha = lb.find_flavor("active-standby") or lb.create_flavor(name="active-standby", flavor_profile_id=profile.id,
                                                          enabled=True)
context["octaviaFlavorIds"] = {"active-standby": ha.id}
say("octavia: flavor ready")

# --- Trove: a MySQL 8.0 datastore version on a (never booted) guest image ---
trove_conf = os.path.join(STATE, "etc/trove/trove.conf")
for ds, version, image in t.TROVE_DATASTORES:
    img = conn.image.find_image(image) or conn.image.create_image(
        name=image, disk_format="raw", container_format="bare", visibility="public", data=b"\0" * 512)
    for args in (["datastore_update", ds, ""], ["datastore_version_update", ds, version, ds, img.id, "", "1"],
                 ["datastore_update", ds, version]):
        subprocess.run([f"{venv_bin}/trove-manage", "--config-file", trove_conf, *args], check=True,
                       capture_output=True, timeout=120)
until("trove", lambda: list(conn.database.instances()) is not None)
context["troveDatastores"] = [f"{ds} {version}" for ds, version, _ in t.TROVE_DATASTORES]
say("trove: datastores ready")

# --- Manila: the default share type, once the dummy back end reports its pool ---
sfs = conn.shared_file_system
# The SDK's services() asks without a microversion, which /v2/services answers with a 404.
until("manila share service", lambda: any(x["binary"] == "manila-share" and x["state"] == "up" for x in sfs.get(
    "/services", headers={"X-OpenStack-Manila-API-Version": "2.65"}).json()["services"]), timeout=180, every=2)
if not any(st.name == t.MANILA_SHARE_TYPE for st in sfs.share_types()):
    sfs.create_share_type(name=t.MANILA_SHARE_TYPE, extra_specs={"driver_handles_share_servers": "False"})
say("manila: share type ready")

# --- Swift answers (Keystone groups for `*_group_id` variables are made per stack by checks.ts) ---
until("swift", lambda: conn.object_store.get_account_metadata() is not None, timeout=120)
say("swift: ready")

# The noop certificate manager accepts any reference; a Barbican-shaped one reads naturally.
cert_ref = f"http://{t.HOST}:9311/v1/containers/{uuid.UUID(int=1)}"
env = {
    "OS_AUTH_URL": AUTH, "OS_USERNAME": "admin", "OS_PASSWORD": t.PASSWORD, "OS_PROJECT_NAME": "admin",
    "OS_USER_DOMAIN_NAME": "Default", "OS_PROJECT_DOMAIN_NAME": "Default", "OS_REGION_NAME": "RegionOne",
    "OS_IDENTITY_API_VERSION": "3", "OS_INTERFACE": "public",
    # The venv's clients (`openstack ... -f json`), for steps that work as an operator would.
    "OSCAR_E2E_OPENSTACK_BIN": os.path.dirname(sys.executable),
    # Terraform variables the examples declare, answered once for the whole cloud.
    "TF_VAR_octavia_flavor_id": ha.id, "TF_VAR_octavia_ha_flavor_id": ha.id,
    "TF_VAR_tls_container_ref": cert_ref, "TF_VAR_client_ca_container_ref": cert_ref,
    "TF_VAR_origin_tls_container_ref": cert_ref,
}
with open(os.path.join(STATE, "env.json"), "w") as f:
    json.dump({"env": env, "providers": {"openstack": {"auth_url": AUTH}}, "context": context}, f, indent=1)
say("env.json written")

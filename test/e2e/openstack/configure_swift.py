"""Swift: rings on directories (mount_check off), a replicated and an erasure-coded
policy, keystoneauth, and the container-sync realms the examples name.

Usage: configure_swift.py STATE VENV. Swift reads its policies from the fixed path
/etc/swift/swift.conf, so that one file is written there; everything else (rings,
server configs, devices) lives under STATE. Appends its processes to processes.json.
"""
import json
import os
import sys

import topology as t

STATE, VENV = sys.argv[1], sys.argv[2]
SWIFT = os.path.join(STATE, "etc/swift")
DEVS = os.path.join(STATE, "lib/swift")
AUTH = f"http://{t.HOST}:{t.port('keystone')}"
DEVICES = ["d1", "d2", "d3"]  # three, so the 2+1 erasure-coded policy has a device per fragment
os.makedirs(SWIFT, exist_ok=True)
for d in DEVICES:
    os.makedirs(os.path.join(DEVS, d), exist_ok=True)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text.strip() + "\n")


policies = "\n".join(
    f"[storage-policy:{i}]\nname = {name}\npolicy_type = {kind}\n"
    + ("default = yes\n" if i == 0 else "")
    + ("ec_type = liberasurecode_rs_vand\nec_num_data_fragments = 2\nec_num_parity_fragments = 1\n"
       "ec_object_segment_size = 1048576\n" if kind == "erasure_coding" else "")
    for i, (name, kind) in enumerate(t.SWIFT_POLICIES))
swift_conf = f"""
# Written by oscar-blueprints test/e2e/openstack/configure_swift.py (Swift reads this fixed path).
[swift-hash]
swift_hash_path_suffix = oscar-e2e
swift_hash_path_prefix = oscar-e2e
{policies}"""
# Written to both: swift 2.38's servers read it from swift_dir, some tools from /etc/swift.
write("/etc/swift/swift.conf", swift_conf)
write(f"{SWIFT}/swift.conf", swift_conf)
# One section per realm, named after it (not "realm:<name>": swift reads the section
# name as the realm, and answered "No realm key for 'tianshan'").
write(f"{SWIFT}/container-sync-realms.conf", "\n".join(
    f"[{r}]\nkey = {r}-sync-realm-key\ncluster_dc2 = http://{t.HOST}:{t.port('swift')}/v1/\n" for r in t.SYNC_REALMS))

common = f"""
[DEFAULT]
bind_ip = {t.HOST}
devices = {DEVS}
mount_check = false
swift_dir = {SWIFT}
workers = 0
log_name = %s
"""
for kind, port in (("account", t.port("swift-account")), ("container", t.port("swift-container")),
                   ("object", t.port("swift-object"))):
    write(f"{SWIFT}/{kind}-server.conf", (common % kind) + f"""bind_port = {port}
[pipeline:main]
pipeline = {kind}-server
[app:{kind}-server]
use = egg:swift#{kind}
""")

write(f"{SWIFT}/proxy-server.conf", f"""
[DEFAULT]
bind_ip = {t.HOST}
bind_port = {t.port('swift')}
swift_dir = {SWIFT}
workers = 0
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache container_sync bulk tempurl authtoken keystoneauth copy container-quotas account-quotas slo dlo versioned_writes symlink proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:11211
[filter:container_sync]
use = egg:swift#container_sync
[filter:bulk]
use = egg:swift#bulk
[filter:tempurl]
use = egg:swift#tempurl
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
www_authenticate_uri = {AUTH}
auth_url = {AUTH}
auth_type = password
username = swift
password = {t.PASSWORD}
project_name = service
user_domain_name = Default
project_domain_name = Default
delay_auth_decision = true
# Swift needs no catalog, and the catalog of this many regions overflows Swift's 8 KiB
# header limit (X-Service-Catalog): every request then fails "400 Header Line Too Long".
include_service_catalog = false
[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member
reseller_admin_role = ResellerAdmin
[filter:copy]
use = egg:swift#copy
[filter:container-quotas]
use = egg:swift#container_quotas
[filter:account-quotas]
use = egg:swift#account_quotas
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
allow_object_versioning = true
[filter:symlink]
use = egg:swift#symlink
""")

# Rings: one node, three devices; the EC ring needs 3 "replicas" (2 data + 1 parity).
# Built in-process with swift's RingBuilder: the CLI costs seconds per call.
from swift.common.ring import RingBuilder  # noqa: E402  (the venv's swift)

rings = [("account", t.port("swift-account"), 1), ("container", t.port("swift-container"), 1),
         ("object", t.port("swift-object"), 1), ("object-1", t.port("swift-object"), 3)]
for ring, port, replicas in rings:
    builder = RingBuilder(4, replicas, 0)
    for i, d in enumerate(DEVICES):
        builder.add_dev({"region": 1, "zone": i + 1, "ip": t.HOST, "port": port, "device": d, "weight": 100})
    builder.rebalance()
    builder.save(f"{SWIFT}/{ring}.builder")
    builder.get_ring().save(f"{SWIFT}/{ring}.ring.gz")

procs_file = os.path.join(STATE, "processes.json")
procs = json.load(open(procs_file))
for kind in ("account", "container", "object", "proxy"):
    procs.append({"name": f"swift-{kind}", "argv": [f"{VENV}/bin/swift-{kind}-server", f"{SWIFT}/{kind}-server.conf"],
                  "env": {}})
json.dump(procs, open(procs_file, "w"), indent=1)

"""What the local cloud holds: regions, zones, hosts, ports and the names the examples use.

configure.py (config files and the process list) and bootstrap.py (Keystone, Nova,
Neutron, Cinder, Glance, Octavia contents) both read it, so a name is declared once.
"""

# Three Nova/Cinder/Placement sets ("cells" of this fake cloud), each serving some regions:
# a multi-region stack (telecom's primary, DR and active regions) needs its regions on
# different sets, or their flavors collide (409) and they share one Cinder quota (413).
# Neutron, Glance, Octavia, Designate and Swift are shared and listed in every region.
COMPUTE_SETS = [
    {
        "name": "a", "port_offset": 0,
        # cn-east-js1: the power grid's PaaS cloud; cn-central-edu1: the campus cloud. Their
        # Trove instances are built by the one Trove, on this set (its service region).
        "regions": ["RegionOne", "cn-central-1", "cn-east-js1", "cn-central-edu1"],
        # zone: fake hosts. Hard anti-affinity needs a spare host per zone: with exactly as
        # many hosts as a group has members there, parallel boots race into
        # GroupAffinityViolation. The examples place at most 2 members of a group per zone.
        "zones": {"az1": 3, "az2": 3, "az3": 3, "az-kvm": 3, "az-vcenter": 3, "az-mgmt": 3,
                  "az-cloud-1": 2, "az-cloud-2": 2, "az-dmz-1": 2, "az-dmz-2": 2, "az-test": 1},
    },
    {
        "name": "b", "port_offset": 10000,
        # cn-central-2: the government example's provincial backup centre (one standby
        # member per workload, the audit sink's two collectors in az-mgmt).
        # cn-east-d1: the power dispatching (SCADA) site; cn-north-bj1: the manufacturing cloud;
        # cn-central-wh1: the hospital cloud.
        "regions": ["RegionTwo", "RegionWest", "cn-central-2", "cn-east-d1", "cn-north-bj1", "cn-central-wh1"],
        "zones": {"az1": 3, "az2": 3, "az-cloud-1": 1, "az-cloud-2": 1, "az-dmz-1": 1, "az-dmz-2": 1,
                  "az-mgmt": 2, "az-test": 1},
    },
    {
        # RegionEast: telecom's active region (and pool-multisite's east site).
        "name": "c", "port_offset": 20000,
        "regions": ["RegionEast"],
        "zones": {"az1": 3, "az2": 3, "az3": 3},
    },
]

PORTS = {
    "keystone": 5000, "glance": 9292, "neutron": 9696, "octavia": 9876,
    "designate": 9001, "designate-mdns": 5354, "swift": 8080, "heat": 8004, "trove": 8779, "manila": 8786,
    "swift-account": 6202, "swift-container": 6201, "swift-object": 6200,
    # per compute set, plus its port_offset
    "nova": 8774, "placement": 8778, "cinder": 8776,
}
HOST = "127.0.0.1"
PASSWORD = "oscar-e2e"  # throw-away credential of a loopback-only test cloud

# Every physical network the examples put VLANs or flat networks on.
PHYSNETS = ["external", "internet", "extranet", "physnet1", "physnet-prod", "physnet-mgmt", "physnet-infra",
            "dc1-physnet-mgmt", "dc1-physnet-biz", "dc2-physnet-mgmt", "dc2-physnet-biz",
            "dc3-physnet-mgmt", "dc3-physnet-biz"]
# Physical networks with SR-IOV NICs on every fake host (one PF, seven VFs each): the
# telecom SBCs' media plane (vnic_type direct) is on each data centre's business physnet.
SRIOV_PHYSNETS = ["dc1-physnet-biz", "dc2-physnet-biz", "dc3-physnet-biz"]
EXTERNAL_NETWORKS = [  # name, physnet, cidr
    ("public", "external", "172.24.4.0/24"),
    ("internet", "internet", "172.24.5.0/24"),
    ("egov-extranet", "extranet", "172.24.6.0/24"),
]
IMAGES = ["ubuntu-24.04", "rhel-9.4", "sbc-5.2", "ims-app-3.1", "ims-db-2.4",
          "media-base-2024.10", "squid-6", "kylin-v10", "kylin-v10-sp3", "centos-7", "trusted-linux-7",
          "ubuntu-22.04", "windows-server-2019", "oracle-linux-7"]
FLAVORS = [("m1.small", 1, 2048, 20), ("m1.medium", 2, 4096, 40), ("db.medium", 2, 4096, 20)]
# Volume types the examples reference by name; each is served by the fake backends.
VOLUME_TYPES = ["ssd", "luks-san", "luks-ceph", "gold", "san", "distributed", "ceph-rbd", "commercial-san",
                "luks-distributed"]
# Types that carry `multiattach = "<is> True"` (Nova refuses a second attachment otherwise):
# the brownfield estate's shared volume is of the type its recorded cloud named.
MULTIATTACH_VOLUME_TYPES = ["multiattach"]
# Storage back ends the examples' volume types name (volume_backend_name): every zone's
# fake backend serves a pool under each name (oscar_e2e_plugins.cinder_driver).
BACKEND_NAMES = ["ceph-ssd", "ceph-hdd", "san"]
SWIFT_POLICIES = [("gold", "replication"), ("erasure-coded", "erasure_coding")]
# cdktf context for the examples (keys: examples/README.md) where the test cloud's names
# differ from an example's defaults.
EXAMPLE_CONTEXT = {
    "manufacturingOpenstack.externalNetwork": "public",
    # Host aggregates of the manufacturing cloud, on set b's fake hosts (no AZ of their own).
    "manufacturingOpenstack.computeHosts": ["b-az1-1", "b-az1-2", "b-az2-1", "b-az2-2"],
    "manufacturingOpenstack.storageHosts": ["b-az1-3", "b-az2-3", "b-az-mgmt-1"],
    "manufacturingOpenstack.convergedHosts": ["b-az-mgmt-2", "b-az-test-1"],
    # The hospital's attested pools (trusted aggregates, no AZ of their own), on set b's hosts.
    "healthcareOpenstack.controlHosts": ["b-az1-1", "b-az2-1", "b-az-mgmt-1"],
    "healthcareOpenstack.computeHosts": ["b-az1-2", "b-az1-3", "b-az2-2", "b-az2-3"],
    "healthcareOpenstack.storageHosts": ["b-az-cloud-1-1", "b-az-cloud-2-1", "b-az-dmz-1-1"],
    # The platform admin stack's general host pool, on set a's az1/az2 hosts (RegionOne).
    "platformAdmin.hosts": ["a-az1-1", "a-az1-2", "a-az1-3", "a-az2-1", "a-az2-2", "a-az2-3"],
}
# Trove datastores (type, version, guest image): the examples' databases are MySQL 8.0.
TROVE_DATASTORES = [("mysql", "8.0", "trove-guest-mysql-8.0")]
# Manila's default share type: the fake backend serves shares without share servers.
MANILA_SHARE_TYPE = "default"
SYNC_REALMS = ["oscar", "tianshan"]


def hosts(cset):
    """(host, zone) of every fake compute of a set: names unique across sets."""
    return [(f"{cset['name']}-{zone}-{i}", zone) for zone, n in cset["zones"].items() for i in range(1, n + 1)]


def port(service, cset=None):
    return PORTS[service] + (cset["port_offset"] if cset else 0)


def db_url(name, driver="pymysql"):
    """SQLAlchemy URL of a service's database. `mysqldb` (mysqlclient, C) is for services
    without eventlet only: under eventlet its blocking calls stall every green thread."""
    return f"mysql+{driver}://os:os@127.0.0.1:13306/{name}?charset=utf8mb4"

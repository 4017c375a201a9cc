# Python port of main.ts (the same stack, the same synthesized Terraform JSON; the review
# kit's Python test asserts it). pip install oscar-blueprints cdktf==0.21.0, then `python main.py`.
from cdktf import App, TerraformOutput, TerraformStack, TerraformVariable
from cdktf_cdktf_provider_random.provider import RandomProvider
from constructs import Construct
from oscar_blueprints import (
    Compliance,
    DataVolumeSpec,
    Image,
    ListenerProtocol,
    OpenStackSite,
    Port,
    Size,
    TelecomHaPlatform,
    TelecomInterconnectOptions,
    TelecomInterconnectTopology,
    TelecomLoadBalancerOptions,
    TelecomPlaneRole,
    TelecomPlaneSpec,
    TelecomQuotaOptions,
    TelecomRegionRole,
    TelecomRegionSpec,
    TelecomTierIngress,
    TelecomTierListener,
    TelecomTierSpec,
    VlanPool,
)


class TelecomHaOpenStackStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        project_id = TerraformVariable(self, "project_id", type="string", description="OpenStack project of the IMS core")
        ha_flavor = TerraformVariable(self, "octavia_ha_flavor_id", type="string", description="Octavia flavor with loadbalancer_topology ACTIVE_STANDBY")

        RandomProvider(self, "random")  # the VPN links' generated pre-shared keys

        # One provider per region (Tricircle is retired): the primary DC, the DR DC and an
        # active DC. Each has an external network for its interconnect router's VPN endpoint.
        dc1 = OpenStackSite(self, "dc1", region="RegionOne", alias="dc1", availability_zones=["az1", "az2", "az3"], external_network="public")
        dc2 = OpenStackSite(self, "dc2", region="RegionTwo", alias="dc2", availability_zones=["az1", "az2"], external_network="public")
        dc3 = OpenStackSite(self, "dc3", region="RegionEast", alias="dc3", availability_zones=["az1", "az2", "az3"], external_network="public")

        # The signaling plane is routed between the DCs, so each DC has its own signaling CIDR.
        def planes_with_signaling(sig_cidr: str) -> list:
            return [
                TelecomPlaneSpec(name="oam", role=TelecomPlaneRole.MANAGEMENT, cidr="10.10.0.0/24", vlan_id=110),
                TelecomPlaneSpec(name="sig", role=TelecomPlaneRole.SIGNALING, cidr=sig_cidr, vlan_id=2010),
                TelecomPlaneSpec(name="media", role=TelecomPlaneRole.MEDIA, cidr="10.30.0.0/22", vlan_id=2020),
                TelecomPlaneSpec(name="storage", role=TelecomPlaneRole.STORAGE, cidr="10.40.0.0/24", vlan_id=2030),
            ]

        planes = planes_with_signaling("10.20.0.0/24")

        self.platform = TelecomHaPlatform(
            self, "ims",
            site=dc1,
            management_vlans=VlanPool.range(100, 199, physical_network="dc1-physnet-mgmt"),
            business_vlans=VlanPool.range(2000, 2999, physical_network="dc1-physnet-biz"),
            planes=planes,
            tiers=[
                TelecomTierSpec(
                    name="sbc",
                    capacity=2,  # N = 2 SBCs carry the busy hour; +1 spare
                    size=Size.of(8, 16, 40).with_data_plane(numa_nodes=1),
                    image=Image.from_name("sbc-5.2"),
                    planes=["oam", "sig", "media"],
                    sriov_planes=["media"],
                    ingress=[TelecomTierIngress(port=Port.udp(5060), from_plane="sig")],
                    listeners=[
                        TelecomTierListener(protocol=ListenerProtocol.UDP, port=5060, allowed_cidrs=["198.51.100.0/24"]),
                        TelecomTierListener(protocol=ListenerProtocol.TCP, port=5061, allowed_cidrs=["198.51.100.0/24"]),
                    ],
                ),
                TelecomTierSpec(
                    name="app",
                    capacity=3,
                    size=Size.of(4, 8, 40),
                    image=Image.from_name("ims-app-3.1"),
                    planes=["oam", "sig", "storage"],
                    ingress=[TelecomTierIngress(port=Port.tcp(8080), from_tier="sbc")],
                ),
                TelecomTierSpec(
                    name="db",
                    capacity=1,  # active + standby
                    size=Size.of(8, 32, 40),
                    image=Image.from_name("ims-db-2.4"),
                    planes=["oam", "sig", "storage"],
                    ingress=[TelecomTierIngress(port=Port.tcp(5432), from_tier="app")],
                    volumes=[DataVolumeSpec(name="data", size_gib=200)],
                ),
            ],
            load_balancer=TelecomLoadBalancerOptions(plane="sig", active_standby_flavor_id=ha_flavor.string_value),
            quota=TelecomQuotaOptions(project_id=project_id.string_value),
            regions=[
                TelecomRegionSpec(
                    name="dr",  # a warm standby: members sbc-dr-001, ...
                    role=TelecomRegionRole.DISASTER_RECOVERY,
                    site=dc2,
                    management_vlans=VlanPool.range(100, 199, physical_network="dc2-physnet-mgmt"),
                    business_vlans=VlanPool.range(2000, 2999, physical_network="dc2-physnet-biz"),
                    planes=planes_with_signaling("10.21.0.0/24"),
                ),
                TelecomRegionSpec(
                    name="east",  # serves traffic next to the primary: members sbc-east-001, ...
                    role=TelecomRegionRole.ACTIVE,
                    site=dc3,
                    management_vlans=VlanPool.range(100, 199, physical_network="dc3-physnet-mgmt"),
                    business_vlans=VlanPool.range(2000, 2999, physical_network="dc3-physnet-biz"),
                    planes=planes_with_signaling("10.22.0.0/24"),
                ),
            ],
            # Geo-redundant signaling and DB replication over the signaling plane, every DC to every other.
            interconnect=TelecomInterconnectOptions(planes=["sig"], topology=TelecomInterconnectTopology.FULL_MESH),
        )

        TerraformOutput(self, "sip_vip", value=self.platform.primary.load_balancer.address)
        TerraformOutput(self, "dr_sip_vip", value=self.platform.region("dr").load_balancer.address)
        TerraformOutput(self, "east_sip_vip", value=self.platform.region("east").load_balancer.address)
        Compliance.of(self).enable(Compliance.TELECOM_HA, Compliance.SECURITY_BASELINE)


if __name__ == "__main__":
    app = App()
    TelecomHaOpenStackStack(app, "telecom-ha-openstack")
    app.synth()

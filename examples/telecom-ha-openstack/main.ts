// Telecom HA platform on OpenStack (an IMS/RCS core after the ZTE RCS and China Telecom
// cases): OAM, signaling, media and storage planes as VLAN provider networks, with the
// management plane on its own physical network; N+1 SBC, app and DB tiers with hard
// anti-affinity over 3 AZs; SR-IOV media ports on data-plane flavors; an ACTIVE_STANDBY
// Octavia load balancer in front of the SBCs; project quotas; three regions (the primary,
// a DR standby and an active region serving traffic too) whose signaling planes are
// linked by a full mesh of site-to-site VPNs. Site names come from cdktf context or OSCAR_* variables
// (keys: examples/README.md). Copy this file and ../lib/env.ts into any cdktf
// TypeScript project.
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance,
  Image,
  ListenerProtocol,
  OpenStackSite,
  Port,
  Size,
  TelecomHaPlatform,
  TelecomInterconnectTopology,
  TelecomPlaneRole,
  TelecomPlaneSpec,
  TelecomRegionRole,
  VlanPool,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class TelecomHaOpenStackStack extends TerraformStack {
  public readonly platform: TelecomHaPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const projectId = new TerraformVariable(this, 'project_id', { type: 'string', description: 'OpenStack project of the IMS core' });
    const haFlavor = new TerraformVariable(this, 'octavia_ha_flavor_id', { type: 'string', description: 'Octavia flavor with loadbalancer_topology ACTIVE_STANDBY' });

    new RandomProvider(this, 'random'); // the VPN links' generated pre-shared keys

    // One provider per region (Tricircle is retired): the primary DC, the DR DC and an
    // active DC. Each has an external network for its interconnect router's VPN endpoint.
    const env = (key: string, fallback: string) => envName(this, `telecomHaOpenstack.${key}`, fallback);
    const zones = (key: string, fallback: string[]) => envNames(this, `telecomHaOpenstack.${key}`, fallback);
    const externalNetwork = env('externalNetwork', 'public');
    const dc1 = new OpenStackSite(this, 'dc1', { region: env('primaryRegion', 'RegionOne'), alias: 'dc1', availabilityZones: zones('primaryAvailabilityZones', ['az1', 'az2', 'az3']), externalNetwork });
    const dc2 = new OpenStackSite(this, 'dc2', { region: env('drRegion', 'RegionTwo'), alias: 'dc2', availabilityZones: zones('drAvailabilityZones', ['az1', 'az2']), externalNetwork });
    const dc3 = new OpenStackSite(this, 'dc3', { region: env('activeRegion', 'RegionEast'), alias: 'dc3', availabilityZones: zones('activeAvailabilityZones', ['az1', 'az2', 'az3']), externalNetwork });

    // Production VLAN IDs are pinned; each DC has its own management and business fabrics.
    // The signaling plane is routed between the DCs, so each DC has its own signaling CIDR.
    const planesWithSignaling = (sigCidr: string): TelecomPlaneSpec[] => [
      { name: 'oam', role: TelecomPlaneRole.MANAGEMENT, cidr: '10.10.0.0/24', vlanId: 110 },
      { name: 'sig', role: TelecomPlaneRole.SIGNALING, cidr: sigCidr, vlanId: 2010 },
      { name: 'media', role: TelecomPlaneRole.MEDIA, cidr: '10.30.0.0/22', vlanId: 2020 },
      { name: 'storage', role: TelecomPlaneRole.STORAGE, cidr: '10.40.0.0/24', vlanId: 2030 },
    ];
    const planes = planesWithSignaling('10.20.0.0/24');

    this.platform = new TelecomHaPlatform(this, 'ims', {
      site: dc1,
      managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'dc1-physnet-mgmt' }),
      businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'dc1-physnet-biz' }),
      planes,
      tiers: [
        {
          name: 'sbc',
          capacity: 2, // N = 2 SBCs carry the busy hour; +1 spare
          size: Size.of(8, 16, 40).withDataPlane({ numaNodes: 1 }),
          image: Image.fromName(env('sbcImage', 'sbc-5.2')),
          planes: ['oam', 'sig', 'media'],
          sriovPlanes: ['media'],
          ingress: [{ port: Port.udp(5060), fromPlane: 'sig' }],
          listeners: [
            { protocol: ListenerProtocol.UDP, port: 5060, allowedCidrs: ['198.51.100.0/24'] },
            { protocol: ListenerProtocol.TCP, port: 5061, allowedCidrs: ['198.51.100.0/24'] },
          ],
        },
        {
          name: 'app',
          capacity: 3,
          size: Size.of(4, 8, 40),
          image: Image.fromName(env('appImage', 'ims-app-3.1')),
          planes: ['oam', 'sig', 'storage'],
          ingress: [{ port: Port.tcp(8080), fromTier: 'sbc' }],
        },
        {
          name: 'db',
          capacity: 1, // active + standby
          size: Size.of(8, 32, 40),
          image: Image.fromName(env('dbImage', 'ims-db-2.4')),
          planes: ['oam', 'sig', 'storage'],
          ingress: [{ port: Port.tcp(5432), fromTier: 'app' }],
          volumes: [{ name: 'data', sizeGiB: 200 }],
        },
      ],
      loadBalancer: { plane: 'sig', activeStandbyFlavorId: haFlavor.stringValue },
      quota: { projectId: projectId.stringValue },
      regions: [
        {
          name: 'dr', // a warm standby: members sbc-dr-001, ...
          role: TelecomRegionRole.DISASTER_RECOVERY,
          site: dc2,
          managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'dc2-physnet-mgmt' }),
          businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'dc2-physnet-biz' }),
          planes: planesWithSignaling('10.21.0.0/24'),
        },
        {
          name: 'east', // serves traffic next to the primary: members sbc-east-001, ...
          role: TelecomRegionRole.ACTIVE,
          site: dc3,
          managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'dc3-physnet-mgmt' }),
          businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'dc3-physnet-biz' }),
          planes: planesWithSignaling('10.22.0.0/24'),
        },
      ],
      // Geo-redundant signaling and DB replication over the signaling plane, every DC to every other.
      interconnect: { planes: ['sig'], topology: TelecomInterconnectTopology.FULL_MESH },
    });

    new TerraformOutput(this, 'sip_vip', { value: this.platform.primary.loadBalancer!.address });
    new TerraformOutput(this, 'dr_sip_vip', { value: this.platform.region('dr').loadBalancer!.address });
    new TerraformOutput(this, 'east_sip_vip', { value: this.platform.region('east').loadBalancer!.address });
    Compliance.of(this).enable(Compliance.TELECOM_HA, Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new TelecomHaOpenStackStack(app, 'telecom-ha-openstack');
  app.synth();
}

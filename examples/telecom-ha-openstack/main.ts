// Telecom HA platform on OpenStack (an IMS/RCS core after the ZTE RCS and China Telecom
// cases): OAM, signaling, media and storage planes as VLAN provider networks, with the
// management plane on its own physical network; N+1 SBC, app and DB tiers with hard
// anti-affinity over 3 AZs; SR-IOV media ports on data-plane flavors; an ACTIVE_STANDBY
// Octavia load balancer in front of the SBCs; project quotas; and DR replicas of every
// tier in a second region. Site names come from cdktf context or OSCAR_* variables
// (keys: examples/README.md). Copy this file and ../lib/env.ts into any cdktf
// TypeScript project.
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
  TelecomPlaneRole,
  TelecomPlaneSpec,
  VlanPool,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class TelecomHaOpenStackStack extends TerraformStack {
  public readonly platform: TelecomHaPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const projectId = new TerraformVariable(this, 'project_id', { type: 'string', description: 'OpenStack project of the IMS core' });
    const haFlavor = new TerraformVariable(this, 'octavia_ha_flavor_id', { type: 'string', description: 'Octavia flavor with loadbalancer_topology ACTIVE_STANDBY' });

    // One provider per region (Tricircle is retired): the primary DC and the DR DC.
    const env = (key: string, fallback: string) => envName(this, `telecomHaOpenstack.${key}`, fallback);
    const zones = (key: string, fallback: string[]) => envNames(this, `telecomHaOpenstack.${key}`, fallback);
    const dc1 = new OpenStackSite(this, 'dc1', { region: env('primaryRegion', 'RegionOne'), alias: 'dc1', availabilityZones: zones('primaryAvailabilityZones', ['az1', 'az2', 'az3']) });
    const dc2 = new OpenStackSite(this, 'dc2', { region: env('drRegion', 'RegionTwo'), alias: 'dc2', availabilityZones: zones('drAvailabilityZones', ['az1', 'az2']) });

    // Production VLAN IDs are pinned; each DC has its own management and business fabrics.
    const planes: TelecomPlaneSpec[] = [
      { name: 'oam', role: TelecomPlaneRole.MANAGEMENT, cidr: '10.10.0.0/24', vlanId: 110 },
      { name: 'sig', role: TelecomPlaneRole.SIGNALING, cidr: '10.20.0.0/24', vlanId: 2010 },
      { name: 'media', role: TelecomPlaneRole.MEDIA, cidr: '10.30.0.0/22', vlanId: 2020 },
      { name: 'storage', role: TelecomPlaneRole.STORAGE, cidr: '10.40.0.0/24', vlanId: 2030 },
    ];

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
      disasterRecovery: {
        site: dc2,
        managementVlans: VlanPool.range(100, 199, { physicalNetwork: 'dc2-physnet-mgmt' }),
        businessVlans: VlanPool.range(2000, 2999, { physicalNetwork: 'dc2-physnet-biz' }),
      },
    });

    new TerraformOutput(this, 'sip_vip', { value: this.platform.primary.loadBalancer!.address });
    new TerraformOutput(this, 'dr_sip_vip', { value: this.platform.disasterRecovery!.loadBalancer!.address });
    Compliance.of(this).enable(Compliance.TELECOM_HA, Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new TelecomHaOpenStackStack(app, 'telecom-ha-openstack');
  app.synth();
}

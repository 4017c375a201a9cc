// Broadcast video platform on OpenStack (after the Xinjiang "Tianshan Cloud" case):
// management, business and storage planes; HA ingest, transcode and packaging/origin tiers
// and an application-streaming pool on a dedicated CPU-pinned flavor, all under hard
// anti-affinity over 3 AZs; a private, versioned Swift media library with temp URL keys,
// container sync of the private containers to a second site and one declared public CDN
// origin; distributed and SAN volume types; a 2 Gbit/s egress limit on business ports;
// an Octavia load balancer (origin over HTTP and TLS, app streaming passed through); a
// Designate zone with the service names; and a per-tenant quota checked against the tiers.
// The security baseline compliance pack runs at synth. Site names come from cdktf context
// or OSCAR_* variables (keys: examples/README.md). Copy this file and ../lib/env.ts into
// any cdktf TypeScript project.
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { BroadcastVideoPlatform, Compliance, Image, Labels, OpenStackSite, Size } from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class BroadcastVideoOpenStackStack extends TerraformStack {
  public readonly platform: BroadcastVideoPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'broadcast-video-openstack');
    new RandomProvider(this, 'random'); // temp URL and container-sync keys are generated, never literals

    const projectId = new TerraformVariable(this, 'project_id', { type: 'string', description: 'OpenStack project (tenant) of the media platform' });
    const certificate = new TerraformVariable(this, 'origin_tls_container_ref', { type: 'string', description: 'Barbican TLS container of the origin certificate' });

    const env = (key: string, fallback: string) => envName(this, `broadcastVideoOpenstack.${key}`, fallback);
    const site = new OpenStackSite(this, 'dc1', {
      region: env('region', 'RegionOne'),
      availabilityZones: envNames(this, 'broadcastVideoOpenstack.availabilityZones', ['az1', 'az2', 'az3']),
      externalNetwork: env('externalNetwork', 'public'),
    });

    this.platform = new BroadcastVideoPlatform(this, 'tianshan', {
      site,
      image: Image.fromName(env('image', 'media-base-2024.10')),
      managementPlane: { cidr: '10.10.0.0/24' },
      businessPlane: { cidr: '10.20.0.0/22', dnsNameservers: ['10.20.0.2'] },
      storagePlane: { cidr: '10.30.0.0/24' },
      contributionCidrs: ['198.51.100.0/24'], // the studios' encoders
      ingest: { count: 2 },
      transcode: { count: 6, size: Size.of(16, 32, 40) },
      origin: { count: 3 },
      appStreaming: { count: 4, size: Size.of(8, 16, 40).withDataPlane({ hugepageSize: '2MB' }) },
      storagePolicy: 'gold',
      mediaContainers: [
        { name: 'mezzanine' },
        { name: 'renditions' },
        { name: 'archive', storagePolicy: 'erasure-coded' },
        { name: 'cdn-origin', publicOrigin: true, quotaBytes: 20 * 1024 ** 4 }, // the only world-readable container
      ],
      containerSync: { targetPrefix: '//tianshan/dc2/AUTH_media' },
      egressQos: { maxKbps: 2_000_000 },
      dns: { zoneName: 'tianshan.example.cn.', email: 'hostmaster@example.cn' },
      quota: { projectId: projectId.stringValue },
      originTlsContainerRef: certificate.stringValue,
    });

    new TerraformOutput(this, 'origin_address', { value: this.platform.loadBalancer.address });
    new TerraformOutput(this, 'temp_url_key', { value: this.platform.tempUrlKey, sensitive: true });
    new TerraformOutput(this, 'container_sync_key', { value: this.platform.syncKey!, sensitive: true });

    Compliance.of(this).enable(Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new BroadcastVideoOpenStackStack(app, 'broadcast-video-openstack');
  app.synth();
}

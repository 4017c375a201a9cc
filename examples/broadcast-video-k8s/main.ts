// Broadcast video platform with the transcoders on Kubernetes: the OpenStack estate of
// the broadcast pattern (planes, ingest, packaging/origin and application-streaming tiers,
// Swift media library, volume types, egress QoS, load balancer, DNS, quota) plus the
// transcoders as a hardened Microservice with a Horizontal Pod Autoscaler (2 to 20 pods
// on CPU) in their own namespace, instead of the transcode VMs.
//
// One stack with both providers keeps this example to one `cdktf deploy`. To run the
// Kubernetes part as its own stack (its own state and credentials), create a second
// TerraformStack with a KubernetesProvider and pass it as transcodeOnKubernetes.scope:
// only literal values (container names, region) cross into it, so no cross-stack
// reference is created. Site names and the kubeconfig come from cdktf context or OSCAR_*
// variables (keys: examples/README.md). Copy this file and ../lib/env.ts into any cdktf
// TypeScript project.
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { BroadcastVideoPlatform, Compliance, Image, Labels, OpenStackSite, Probe } from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class BroadcastVideoK8sStack extends TerraformStack {
  public readonly platform: BroadcastVideoPlatform;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'broadcast-video-k8s');
    new RandomProvider(this, 'random');
    const env = (key: string, fallback: string) => envName(this, `broadcastVideoK8s.${key}`, fallback);
    new KubernetesProvider(this, 'kubernetes', { configPath: env('kubeconfig', '~/.kube/config'), configContext: env('kubeContext', 'media-processing') });

    const projectId = new TerraformVariable(this, 'project_id', { type: 'string', description: 'OpenStack project (tenant) of the media platform' });
    const site = new OpenStackSite(this, 'dc1', {
      region: env('region', 'RegionOne'),
      availabilityZones: envNames(this, 'broadcastVideoK8s.availabilityZones', ['az1', 'az2', 'az3']),
      externalNetwork: env('externalNetwork', 'public'),
    });

    this.platform = new BroadcastVideoPlatform(this, 'tianshan', {
      site,
      image: Image.fromName(env('image', 'media-base-2024.10')),
      contributionCidrs: ['198.51.100.0/24'],
      dns: { zoneName: 'tianshan.example.cn.', email: 'hostmaster@example.cn' },
      quota: { projectId: projectId.stringValue },
      transcodeOnKubernetes: {
        // Pinned by digest: what the registry served for transcoder:5.1.2 when it was tested.
        image: 'registry.example.cn/media/transcoder@sha256:5f4b2c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c',
        resources: { cpuRequest: '2', cpuLimit: '4', memoryRequest: '4Gi', memoryLimit: '8Gi' },
        minReplicas: 2,
        maxReplicas: 20,
        cpuUtilizationPercent: 70,
        // The longest transcode job: a scale-down or a destroy waits for it.
        drainSeconds: Number(env('drainSeconds', '1800')),
        readinessProbe: Probe.httpGet('/healthz', { periodSeconds: 5 }),
        egressCidrs: ['10.20.0.0/22', '203.0.113.10/32'], // business plane and the Swift proxy VIP
      },
    });

    Compliance.of(this).enable(Compliance.SECURITY_BASELINE);
  }
}

if (require.main === module) {
  const app = new App();
  new BroadcastVideoK8sStack(app, 'broadcast-video-k8s');
  app.synth();
}

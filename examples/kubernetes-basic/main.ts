// Toolchain example (Kubernetes): a namespace, a hardened 2-replica Deployment with a
// zero-downtime rolling update, and a ClusterIP Service. Copy this file and
// ../lib/env.ts into any cdktf TypeScript project. Uses the versioned (_v1) resources:
// the unversioned ones are deprecated since provider 3.0. The kubeconfig and its
// context come from cdktf context or OSCAR_* variables (keys: examples/README.md).
import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Labels } from 'oscar-blueprints';
import { envName } from '../lib/env';

export class KubernetesBasicStack extends TerraformStack {
  public readonly deployment: DeploymentV1;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'kubernetes-basic');
    new KubernetesProvider(this, 'kubernetes', {
      configPath: envName(this, 'kubernetesBasic.kubeconfig', '~/.kube/config'),
      configContext: envName(this, 'kubernetesBasic.kubeContext'), // unset: the kubeconfig's current context
    });

    const ns = new NamespaceV1(this, 'ns', {
      metadata: { name: 'web', labels: { ...Labels.resolve(this), 'pod-security.kubernetes.io/enforce': 'restricted' } },
    });
    const selector = { 'app.kubernetes.io/name': 'web' };
    const labels = Labels.resolve(this, selector);

    this.deployment = new DeploymentV1(this, 'web', {
      metadata: { name: 'web', namespace: ns.metadata.name, labels },
      spec: {
        replicas: '2',
        revisionHistoryLimit: 10,
        selector: { matchLabels: selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '0', maxSurge: '1' } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, runAsUser: '10001', seccompProfile: { type: 'RuntimeDefault' } },
            container: [
              {
                name: 'web',
                image: 'nginxinc/nginx-unprivileged:1.27.3',
                imagePullPolicy: 'Always', // a tag can move: pull it rather than trust a node's cache
                port: [{ containerPort: 8080, name: 'http' }],
                resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
                readinessProbe: { httpGet: { path: '/', port: 'http' }, periodSeconds: 5 },
                livenessProbe: { httpGet: { path: '/', port: 'http' }, periodSeconds: 20, failureThreshold: 3 },
                securityContext: {
                  // Explicit: provider 2.38.0 sends false for an unset field, overriding the pod's true.
                  runAsNonRoot: true,
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
                volumeMount: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volume: [{ name: 'tmp', emptyDir: {} }],
          },
        },
      },
    });

    new ServiceV1(this, 'web-svc', {
      metadata: { name: 'web', namespace: ns.metadata.name, labels },
      spec: { selector, port: [{ name: 'http', port: 80, targetPort: 'http' }], type: 'ClusterIP' },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new KubernetesBasicStack(app, 'kubernetes-basic');
  app.synth();
}

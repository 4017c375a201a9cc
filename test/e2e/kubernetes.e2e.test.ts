// End to end on a real Kubernetes control plane (etcd + kube-apiserver + controller-manager
// + scheduler from k8s.io/kubernetes, kwok nodes), admission left on: test/e2e/kubernetes/.
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { ContainerResources, EnvironmentNamespace, Labels, Microservice, Probe } from '../../lib';
import { defineTargetSuite } from './suite';

/** A namespace and a 2-replica Microservice with the given container resources. */
function resizeStack(resources: ContainerResources) {
  return (scope: App, id: string) => {
    const stack = new TerraformStack(scope, id);
    Labels.of(stack).add('oscar.io/example', id); // the leftovers check finds the namespace by it
    new KubernetesProvider(stack, 'kubernetes', {});
    const ns = new EnvironmentNamespace(stack, 'ns', { name: 'e2e-resize' });
    new Microservice(stack, 'app', {
      namespace: ns.name, name: 'resize', image: 'nginxinc/nginx-unprivileged:1.27.3', port: 8080,
      readinessProbe: Probe.httpGet('/'), resources, writablePaths: ['/tmp'],
    });
    return stack;
  };
}

defineTargetSuite('kubernetes', {
  // A ConfigMap key the API server's validation refuses (the provider does not check keys).
  create: (scope, id) => {
    const stack = new TerraformStack(scope, id);
    new KubernetesProvider(stack, 'kubernetes', {});
    new ConfigMapV1(stack, 'bad', { metadata: { name: 'e2e-broken', namespace: 'default' }, data: { 'not a key!': 'x' } });
    return stack;
  },
  apiError: /a valid config key must consist of alphanumeric characters/,
}, {}, {
  extraCycles: [{
    // Issue 18 item 5: the schema does not say which attributes force replacement: only a real plan can.
    id: 'e2e-resize-kubernetes',
    proves: 'a change of a workload\'s resources after apply plans an update in place, not a replacement',
    create: resizeStack({ cpuRequest: '100m', cpuLimit: '200m', memoryRequest: '64Mi', memoryLimit: '128Mi' }),
    afterApply: async (tf, resynth) => {
      resynth(resizeStack({ cpuRequest: '250m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' }));
      const { stdout } = await tf(['plan', '-json', '-input=false']);
      const changes = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).filter((m) => m.type === 'planned_change');
      const deployments = changes.filter((m) => m.change.resource.resource_type === 'kubernetes_deployment_v1').map((m) => `${m.change.resource.addr}: ${m.change.action}`);
      expect(deployments).toHaveLength(1);
      expect(deployments[0]).toMatch(/^kubernetes_deployment_v1\.app_\w+: update$/);
      expect(changes.map((m) => m.change.action)).not.toContain('replace');
    },
  }],
});

// End to end on a real Kubernetes control plane (etcd + kube-apiserver + controller-manager
// + scheduler from k8s.io/kubernetes, kwok nodes), admission left on: test/e2e/kubernetes/.
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { TerraformStack } from 'cdktf';
import { defineTargetSuite } from './suite';

defineTargetSuite('kubernetes', {
  // A ConfigMap key the API server's validation refuses (the provider does not check keys).
  create: (scope, id) => {
    const stack = new TerraformStack(scope, id);
    new KubernetesProvider(stack, 'kubernetes', {});
    new ConfigMapV1(stack, 'bad', { metadata: { name: 'e2e-broken', namespace: 'default' }, data: { 'not a key!': 'x' } });
    return stack;
  },
  apiError: /a valid config key must consist of alphanumeric characters/,
});

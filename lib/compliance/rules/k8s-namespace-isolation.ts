import { COMPLIANT, RuleDefinition, nonCompliant } from '../model';
import { POD_WORKLOAD_TYPES, block, isUnresolved } from '../private/attrs';

const SHARED_NAMESPACES = ['', 'default', 'kube-system', 'kube-public'];

/** Workloads and services run in a dedicated namespace, not `default`/`kube-system`. */
export const k8sNamespaceIsolation: RuleDefinition = {
  name: 'k8s-namespace-isolation',
  title: 'Kubernetes workloads are isolated in dedicated namespaces',
  explanation: 'Environments and applications are isolated by namespace (RBAC, quotas, network policies); the default and system namespaces isolate nothing.',
  fix: 'Create a namespace per environment/application (kubernetes_namespace_v1) and set metadata.namespace to it.',
  resourceTypes: [...POD_WORKLOAD_TYPES, 'kubernetes_service_v1', 'kubernetes_service', 'kubernetes_ingress_v1'],
  check: (r) => {
    const ns = block(r.attributes.metadata)?.namespace;
    if (isUnresolved(ns)) return COMPLIANT; // a reference to a namespace resource
    const name = typeof ns === 'string' ? ns : '';
    return SHARED_NAMESPACES.includes(name) ? nonCompliant(name ? `runs in the shared namespace "${name}"` : 'no metadata.namespace: runs in "default"') : COMPLIANT;
  },
};

import { POD_WORKLOAD_TYPES, block, checkContainers, isTrue } from '../attrs';
import { RuleDefinition } from '../model';

/** Pods run as non-root: `run_as_non_root` on the pod or on every container, and no `run_as_user = 0`. */
export const k8sRunAsNonRoot: RuleDefinition = {
  name: 'k8s-run-as-non-root',
  title: 'Kubernetes pods run as non-root',
  explanation: 'A container running as root turns a container escape or a writable host mount into root on the node.',
  fix: 'Set spec.template.spec.security_context.run_as_non_root = true (and a non-zero run_as_user), and use an image that runs unprivileged.',
  resourceTypes: POD_WORKLOAD_TYPES,
  check: (r) =>
    checkContainers(r, (c, spec) => {
      const pod = block(spec.security_context);
      const own = block(c.security_context);
      const user = own?.run_as_user ?? pod?.run_as_user;
      if (user === 0 || user === '0') return 'run_as_user is 0 (root)';
      const nonRoot = own?.run_as_non_root ?? pod?.run_as_non_root;
      return isTrue(nonRoot) ? undefined : 'run_as_non_root is not set on the pod or the container';
    }),
};

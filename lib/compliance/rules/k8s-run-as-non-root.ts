import { RuleDefinition } from '../model';
import { POD_WORKLOAD_TYPES, block, checkContainers, isTrue } from '../private/attrs';

/**
 * Pods run as non-root: `run_as_non_root` on the pod or on every container, and no `run_as_user = 0`.
 * A container that has a security_context must set it itself: the kubernetes provider 2.38.0
 * sends `runAsNonRoot: false` for the unset field, which overrides the pod's `true` and is
 * rejected under PodSecurity "restricted" at apply.
 */
export const k8sRunAsNonRoot: RuleDefinition = {
  name: 'k8s-run-as-non-root',
  title: 'Kubernetes pods run as non-root',
  explanation: 'A container running as root turns a container escape or a writable host mount into root on the node.',
  fix: 'Set run_as_non_root = true on the pod security_context (with a non-zero run_as_user) and on every container security_context, and use an image that runs unprivileged.',
  resourceTypes: POD_WORKLOAD_TYPES,
  check: (r) =>
    checkContainers(r, (c, spec) => {
      const pod = block(spec.security_context);
      const own = block(c.security_context);
      const user = own?.run_as_user ?? pod?.run_as_user;
      if (user === 0 || user === '0') return 'run_as_user is 0 (root)';
      if (own && own.run_as_non_root === undefined && isTrue(pod?.run_as_non_root)) {
        return 'security_context leaves run_as_non_root unset (the provider sends false, overriding the pod\'s true)';
      }
      const nonRoot = own?.run_as_non_root ?? pod?.run_as_non_root;
      return isTrue(nonRoot) ? undefined : 'run_as_non_root is not set on the pod or the container';
    }),
};

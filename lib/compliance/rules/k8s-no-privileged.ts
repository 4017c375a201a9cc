import { RuleDefinition } from '../model';
import { POD_WORKLOAD_TYPES, block, checkContainers, isTrue } from '../private/attrs';

/** No privileged containers. */
export const k8sNoPrivileged: RuleDefinition = {
  name: 'k8s-no-privileged',
  title: 'No privileged Kubernetes containers',
  explanation: 'A privileged container has every capability and access to the host devices: it is root on the node.',
  fix: 'Remove security_context.privileged (or set it to false); grant single capabilities if really needed.',
  resourceTypes: POD_WORKLOAD_TYPES,
  check: (r) =>
    checkContainers(r, (c) => {
      return isTrue(block(c.security_context)?.privileged) ? 'privileged = true' : undefined;
    }),
};

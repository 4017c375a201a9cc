import { RuleDefinition } from '../model';
import { POD_WORKLOAD_TYPES, checkContainers, imageRef } from '../private/attrs';

/** Images carry an explicit tag other than `latest` (or a digest). */
export const k8sNoLatestTag: RuleDefinition = {
  name: 'k8s-no-latest-tag',
  title: 'No :latest or untagged Kubernetes images',
  explanation: 'An untagged or :latest image changes under the same configuration: rollouts are not reproducible and rollbacks may not roll back.',
  fix: 'Use an explicit version tag (e.g. nginx:1.27.3) or pin by digest (image@sha256:...).',
  resourceTypes: POD_WORKLOAD_TYPES,
  check: (r) =>
    checkContainers(r, (c) => {
      const ref = imageRef(c.image);
      if (!ref) return null;
      if (ref.digest) return undefined;
      if (ref.tag === undefined) return `image "${c.image}" has no tag`;
      return ref.tag === 'latest' ? `image "${c.image}" uses :latest` : undefined;
    }),
};

import { NOT_APPLICABLE, RuleDefinition } from '../model';
import { POD_WORKLOAD_TYPES, checkContainers, imageRef, isProduction } from '../private/attrs';

/** Production workloads pin images by digest. */
export const k8sImageDigestPinned: RuleDefinition = {
  name: 'k8s-image-digest-pinned',
  title: 'Production images are pinned by digest',
  explanation: 'A tag can be moved to other content; only a digest guarantees that production runs exactly the image that was tested and approved.',
  fix: 'Reference images as repository@sha256:<digest> (a tag may stay for readability: repo:1.2.3@sha256:...). Label non-production workloads with oscar.io/environment.',
  resourceTypes: POD_WORKLOAD_TYPES,
  check: (r, ctx) => {
    if (!isProduction(r, ctx.stack)) return NOT_APPLICABLE;
    return checkContainers(r, (c) => {
      const ref = imageRef(c.image);
      if (!ref) return null;
      return ref.digest ? undefined : `image "${c.image}" is not pinned by digest`;
    });
  },
};

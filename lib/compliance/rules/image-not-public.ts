import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isUnresolved } from '../private/attrs';

/** Images are not public or community-visible. */
export const imageNotPublic: RuleDefinition = {
  name: 'image-not-public',
  title: 'Images are not public',
  explanation: 'A public or community image is visible to every project of the cloud, including what was baked into it.',
  fix: 'Set visibility to "private" (the default) or "shared" with explicit members.',
  resourceTypes: ['openstack_images_image_v2'],
  check: (r) => {
    const v = r.attributes.visibility;
    if (isUnresolved(v)) return unresolved('visibility');
    return v === 'public' || v === 'community' ? nonCompliant(`visibility is "${v}"`) : COMPLIANT;
  },
};

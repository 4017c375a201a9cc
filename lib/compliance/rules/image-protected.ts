import { COMPLIANT, RuleDefinition, nonCompliant, unresolved } from '../model';
import { isTrue, isUnresolved } from '../private/attrs';

/** Images are protected from deletion. */
export const imageProtected: RuleDefinition = {
  name: 'image-protected',
  title: 'Images are protected',
  explanation: 'A protected image cannot be deleted or replaced by mistake, which keeps the approved (hardened) image the one instances boot from.',
  fix: 'Set protected = true on the image.',
  resourceTypes: ['openstack_images_image_v2'],
  check: (r) => {
    const v = r.attributes.protected;
    if (isUnresolved(v)) return unresolved('protected');
    return isTrue(v) ? COMPLIANT : nonCompliant('protected is not true');
  },
};

import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Image, ImageTemplate } from '../../pool';

// The image of a pattern tier that names either an image or one of the pattern's imported
// image templates (internal).

/** @internal Exactly one of `image` and `imageTemplate`; a template must be one of `templates`. */
export function tierImage(scope: IConstruct, prop: string, tier: { image?: Image; imageTemplate?: string }, templates: { [name: string]: ImageTemplate }, declaredIn: string): Image {
  if ((tier.image === undefined) === (tier.imageTemplate === undefined)) {
    throw new ValidationError(scope, `${prop}.image`, 'needs exactly one of image and imageTemplate', `pass image: Image.fromName(...) or imageTemplate: "<name of an ${declaredIn} entry>"`);
  }
  if (tier.imageTemplate === undefined) return tier.image!;
  const template = templates[tier.imageTemplate];
  if (!template) {
    throw new ValidationError(scope, `${prop}.imageTemplate`, `no image template "${tier.imageTemplate}"`, `declare it in ${declaredIn} or use one of: ${Object.keys(templates).join(', ') || '(none)'}`);
  }
  return template.image;
}

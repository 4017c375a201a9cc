import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';

const DIGEST = /@sha256:[a-f0-9]{64}$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** The tag of an image reference (`registry:5000/team/app:1.2.3` gives `1.2.3`), if any. */
export function imageTag(image: string): string | undefined {
  const withoutDigest = image.split('@')[0];
  const lastSegment = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  return colon >= 0 ? lastSegment.slice(colon + 1) : undefined;
}

/**
 * Throws unless the image is pinned: a `@sha256:` digest (recommended) or an explicit
 * tag other than `latest`. Unpinned images make rollouts and rollbacks unrepeatable.
 */
export function requirePinnedImage(scope: IConstruct, prop: string, image: string): void {
  if (Token.isUnresolved(image)) return;
  if (!image || /\s/.test(image)) {
    throw new ValidationError(scope, prop, `"${image}" is not an image reference`, 'pass e.g. "registry.example.com/team/app:1.4.2" or "...@sha256:<digest>"');
  }
  if (image.includes('@')) {
    if (!DIGEST.test(image)) {
      throw new ValidationError(scope, prop, `"${image}" has a malformed digest`, 'use "@sha256:" followed by 64 lower-case hex digits');
    }
    return;
  }
  const tag = imageTag(image);
  if (tag === undefined || tag === '') {
    throw new ValidationError(scope, prop, `image "${image}" has no tag, so it floats to :latest`, `pin a version, e.g. "${image}:1.2.3", or better a digest "${image}@sha256:<digest>"`);
  }
  if (tag === 'latest') {
    throw new ValidationError(scope, prop, `image "${image}" uses the floating tag :latest`, 'pin a version tag or a @sha256 digest, so that rollbacks re-deploy exactly the previous build');
  }
}

/** `app.kubernetes.io/version` value for an image: its tag when that is a valid label value. */
export function versionLabel(image: string): { [key: string]: string } {
  if (Token.isUnresolved(image)) return {};
  const tag = imageTag(image);
  return tag && tag.length <= 63 && LABEL_VALUE.test(tag) ? { 'app.kubernetes.io/version': tag } : {};
}

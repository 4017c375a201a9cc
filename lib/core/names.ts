import { createHash } from 'crypto';
import { IConstruct } from 'constructs';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Options for {@link Names.resourceName}. */
export interface ResourceNameOptions {
  /**
   * Longest name to return. Longer names are truncated and given a hash suffix so
   * they stay unique.
   * @default 63 (a DNS-1123 label, the tightest limit of our three targets)
   */
  readonly maxLength?: number;
  /**
   * Text put before the name, for example a site or tenant prefix.
   * @default - no prefix
   */
  readonly prefix?: string;
}

/**
 * The one naming scheme used by every construct: lower-case DNS-1123 labels derived
 * from the construct path below the stack, so names are stable, readable and valid
 * on OpenStack, vSphere and Kubernetes alike.
 */
export class Names {
  /**
   * A stable physical name for a construct, e.g. `ims-web` for `stack/ims/web`.
   * The stack's own id is left out: stacks map 1:1 to Terraform workspaces already.
   */
  public static resourceName(scope: IConstruct, options: ResourceNameOptions = {}): string {
    const maxLength = options.maxLength ?? 63;
    const ids = scope.node.scopes.slice(2).map((c) => c.node.id); // drop the App and the stack
    const parts = [options.prefix, ...ids].filter((p): p is string => !!p && p !== 'Default');
    const raw = parts.join('-');
    let name = Names.toDnsLabel(raw);
    if (name.length > maxLength) {
      const hash = createHash('sha256').update(scope.node.path).digest('hex').slice(0, 8);
      name = `${name.slice(0, maxLength - 9).replace(/-+$/, '')}-${hash}`;
    }
    return name || 'resource';
  }

  /** Lower-cases and replaces anything outside `[a-z0-9-]`, trimming leading/trailing dashes. */
  public static toDnsLabel(value: string): string {
    return value
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '');
  }

  /** True when `value` is a valid DNS-1123 label (RFC 1123: <= 63 chars, `[a-z0-9-]`, alphanumeric ends). */
  public static isDnsLabel(value: string): boolean {
    return value.length <= 63 && DNS1123_LABEL.test(value);
  }

  /** Stable, zero-padded member keys for `for_each`: `memberKey('app', 1)` is `app-001`. */
  public static memberKey(prefix: string, index: number, width: number = 3): string {
    return `${prefix}-${String(index).padStart(width, '0')}`;
  }

  private constructor() {}
}

// Adoption of existing resources: Terraform `import` blocks addressed at the same
// stable addresses (for_each keys) the building blocks create, so the first plan shows
// imports instead of creates and later members are plain creates.
import { TerraformElement, TerraformResource, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';

/**
 * The `import` blocks of one resource. cdktf's `importFrom` addresses the whole
 * resource (`type.name`), which Terraform rejects for a `for_each` resource, so this
 * element renders one block per instance key (`type.name["app-001"]`).
 */
class ImportBlocks extends TerraformElement {
  public readonly entries: Array<{ key?: string; id: string }> = [];

  constructor(private readonly resource: TerraformResource) {
    super(resource, 'adopt');
  }

  public toTerraform(): any {
    const r = this.resource;
    const provider = r.provider ? `${r.provider.terraformResourceType}${r.provider.alias ? `.${r.provider.alias}` : ''}` : undefined;
    return {
      import: this.entries.map((e) => ({
        to: `${r.terraformResourceType}.${r.friendlyUniqueId}${e.key === undefined ? '' : `[${JSON.stringify(e.key)}]`}`,
        id: e.id,
        provider,
      })),
    };
  }
}

/**
 * @internal Adds an import block for one instance (`key`, for `for_each` resources) or
 * the whole resource (no key). Lifecycle settings (`prevent_destroy`) are untouched, so
 * adopted stateful resources stay protected.
 */
export function importInto(resource: TerraformResource, id: string, key?: string): void {
  const blocks = (resource.node.tryFindChild('adopt') as ImportBlocks | undefined) ?? new ImportBlocks(resource);
  blocks.entries.push({ key, id });
}

/** @internal Imports every entry of an adopt map into a `for_each` resource keyed the same way. */
export function importEach(resource: TerraformResource, adopt: { [key: string]: string } | undefined): void {
  for (const [key, id] of Object.entries(adopt ?? {})) importInto(resource, id, key);
}

/**
 * @internal Throws unless every key of an adopt map names a member (an adopt key that
 * names nothing would silently import nothing), and every ID is a non-empty string.
 */
export function requireAdoptKeys(scope: IConstruct, prop: string, adopt: { [key: string]: string } | undefined, validKeys: string[]): void {
  requireMemberKeys(scope, prop, adopt, validKeys, 'adopt key');
  for (const [key, id] of Object.entries(adopt ?? {})) {
    if (!Token.isUnresolved(id) && (typeof id !== 'string' || id.trim() === '')) {
      throw new ValidationError(scope, `${prop}["${key}"]`, 'the existing ID is empty', 'give the ID of the existing resource (an OpenStack UUID, a vSphere inventory path)');
    }
  }
}

/** @internal Throws unless every key of a per-member map names a member, listing the valid keys. */
export function requireMemberKeys(scope: IConstruct, prop: string, map: { [key: string]: unknown } | undefined, validKeys: string[], noun: string): void {
  for (const key of Object.keys(map ?? {})) {
    if (!validKeys.includes(key)) {
      throw new ValidationError(scope, `${prop}["${key}"]`, `${noun} "${key}" names no member (valid keys: ${validKeys.join(', ') || 'none'})`,
        'use one of the valid keys (`npm run discover` builds adopt maps from a listing), or raise count so the member exists');
    }
  }
}

/**
 * @internal The vSphere provider imports VMs, port groups and resource pools by
 * inventory path, not by managed-object ID: returns `id`, or throws naming `prop`.
 */
export function requireInventoryPath(scope: IConstruct, prop: string, id: string, example: string): string {
  if (Token.isUnresolved(id) || id.startsWith('/')) return id;
  throw new ValidationError(scope, prop, `"${id}" is not an inventory path; the vSphere provider imports this object by path (e.g. ${example}), not by managed-object ID`,
    'give the inventory path (`npm run discover -- --from vsphere` turns govc listings into paths)');
}

/** @internal True when an adopt map has entries. */
export function adopts(adopt: { [key: string]: string } | undefined): boolean {
  return Object.keys(adopt ?? {}).length > 0;
}

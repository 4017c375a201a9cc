import { IResolvable, MapTerraformIterator, TerraformIterator, TerraformResource, Token } from 'cdktf';

/**
 * @internal Literal `for_each` expressions. `TerraformIterator.key`/`getString()` return
 * the same text as a fresh token, and cdktf captures a full stack trace for every token
 * (the largest single cost of a large synth, issue 20); these literals render
 * byte-identical JSON without one.
 */
export const EACH_KEY = '${each.key}';

/** @internal `${each.value.<attribute>}` for map iterators of plain objects. */
export function eachValue(attribute: string): string {
  return `\${each.value.${attribute}}`;
}

/**
 * A token whose value is produced at synth, without a creation stack: cdktf's own tokens
 * (`Token.asAny`, `Lazy`, references) each capture a full stack trace, source-mapped
 * under tsx, which was the largest cost of a 10,000-instance synth (issue 20).
 * `IResolvable` is cdktf's public interface for user tokens.
 */
class Deferred implements IResolvable {
  public readonly creationStack: string[] = [];
  constructor(private readonly produce: () => unknown) {}

  public resolve(): unknown {
    return this.produce();
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/**
 * @internal `TerraformIterator.fromMap` over a literal map, rendering the same `for_each`.
 * A map iterator writes its `for_each` as `Token.asString(map)`, which for a plain
 * object creates a new token, with its stack trace, each time the resource is rendered
 * (three times per synth, with the deep stack of the synth: 20% of a 10,000-instance
 * profile). Wrapped once in a token, the map is registered once (cdktf caches a token's
 * string form on the token) and resolves to the same literal.
 */
export function mapIterator(map: { [key: string]: any }): MapTerraformIterator {
  return TerraformIterator.fromMap(new Deferred(() => map) as unknown as { [key: string]: any });
}

/**
 * @internal `${<type>.<name><path>}`: what `resource.fqn` or `resource.id` renders, for a
 * reference from the resource's own stack (a reference from another stack needs `fqn`,
 * which cdktf turns into a cross-stack output). Produced at synth, so a later
 * `overrideLogicalId` is honoured, as with `fqn`.
 */
export function sameStackRef(resource: TerraformResource, path: string): string {
  return Token.asString(new Deferred(() => `\${${resource.terraformResourceType}.${resource.friendlyUniqueId}${path}}`));
}

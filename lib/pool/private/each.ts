import { MapTerraformIterator, TerraformIterator, Token } from 'cdktf';

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
 * @internal `TerraformIterator.fromMap` over a literal map, rendering the same `for_each`.
 * A map iterator writes its `for_each` as `Token.asString(map)`, which for a plain
 * object creates a new token, with its stack trace, each time the resource is rendered
 * (three times per synth, with the deep stack of the synth); it was 20% of a 10,000
 * instance profile (issue 20). Wrapped once in a token, the map is registered once
 * (cdktf caches a token's string form on the token) and resolves to the same literal.
 */
export function mapIterator(map: { [key: string]: any }): MapTerraformIterator {
  return TerraformIterator.fromMap(Token.asAny(map) as unknown as { [key: string]: any });
}

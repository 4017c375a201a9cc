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

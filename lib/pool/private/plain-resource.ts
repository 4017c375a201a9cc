import { TerraformMetaArguments, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/** @internal A generated L1 class: its static resource type and its constructor. */
export interface L1Class<T extends TerraformResource, C> {
  readonly tfResourceType: string;
  new (scope: Construct, id: string, config: C): T;
}

/** `availabilityZone` -> `availability_zone`: how the generator named config props after the schema. */
function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Config values as the generated `synthesizeAttributes` writes them: keys snake_cased at
 * every block level, except the keys of map attributes (metadata, labels), which are data.
 */
function toAttributes(value: unknown, keepKeys: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => toAttributes(v, false));
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [keepKeys ? k : snakeCase(k), keepKeys ? v : toAttributes(v, false)]));
}

/**
 * @internal A resource written from a generated L1 class's config without the class: the
 * same Terraform JSON, without the per-attribute output-reference objects (each one a
 * token with a stack trace) that generated constructors build eagerly (issue 20).
 */
export class PlainResource extends TerraformResource {
  private readonly attributes: { [name: string]: unknown };

  constructor(scope: Construct, id: string, type: string, config: TerraformMetaArguments & { readonly [key: string]: unknown }, mapAttributes: string[]) {
    const { provider, dependsOn, count, lifecycle, provisioners, connection, forEach, ...attributes } = config;
    super(scope, id, { terraformResourceType: type, provider, dependsOn, count, lifecycle, provisioners, connection, forEach });
    this.attributes = Object.fromEntries(Object.entries(attributes)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [snakeCase(k), toAttributes(v, mapAttributes.includes(k))]));
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return this.attributes;
  }
}

/**
 * @internal Creates resources in one form: the generated L1 class, or (plain) a
 * PlainResource of the class's type from the same config. `mapAttributes` names the
 * config's map attributes, whose keys are data (metadata, labels).
 */
export function resourceFactory(plain: boolean) {
  return <T extends TerraformResource, C extends TerraformMetaArguments>(cls: L1Class<T, C>, scope: Construct, id: string, config: C, mapAttributes: string[] = []): TerraformResource =>
    plain ? new PlainResource(scope, id, cls.tfResourceType, config as C & { readonly [key: string]: unknown }, mapAttributes) : new cls(scope, id, config);
}

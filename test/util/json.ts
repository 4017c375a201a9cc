// Reading synthesized Terraform JSON in the industry tests.
import { Labels } from '../../lib';

export type Json = Record<string, any>;

/** The resources of one type, by name. */
export const res = (json: Json, type: string): Record<string, Json> => json.resource?.[type] ?? {};

/** The value of a label on an OpenStack resource's tags. */
export const tag = (r: Json, key: string): string | undefined => (r.tags ?? []).map((t: string) => Labels.fromOpenStackTag(t)).find((t: { key: string }) => t.key === key)?.value;

/** The `type.name` a `${type.name.attr}` reference points to. */
export const refOf = (value: unknown): string | undefined => (typeof value === 'string' ? /\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)(\[[^\]]*\])?\.[a-z_]+\}/.exec(value)?.[1] : undefined);

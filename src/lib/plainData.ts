/** Parsed YAML and JSON, as the checks walk it. */

export type Mapping = Record<string, unknown>;

/** A mapping (a YAML map, a JSON object), not a list, a scalar or null. */
export const isMapping = (v: unknown): v is Mapping => !!v && typeof v === 'object' && !Array.isArray(v);

/** The items of a list; none when the value is absent or not a list (the schema reports that). */
export const itemsOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

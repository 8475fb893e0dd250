/**
 * A small JSON Schema checker for the keywords public/report.schema.json uses (type, properties,
 * required, additionalProperties, anyOf, enum, const, pattern, minimum, maximum), so a test can hold
 * our export against the published schema without a validator dependency.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

const KNOWN = new Set([
  "$schema",
  "$id",
  "title",
  "description",
  "format",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "anyOf",
  "enum",
  "const",
  "pattern",
  "minimum",
  "maximum",
]);

function typeMatches(type: string, value: unknown): boolean {
  if (type === "null") return value === null;
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return typeof value === "number";
  if (type === "object") return value !== null && typeof value === "object" && !Array.isArray(value);
  if (type === "array") return Array.isArray(value);
  return typeof value === type;
}

/** Problems as `path: reason`; empty when the value conforms. Throws on a keyword it does not know. */
export function validate(schema: Schema, value: unknown, path = "$"): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key}`);
  if (schema.anyOf) {
    return schema.anyOf.some((s) => validate(s, value, path).length === 0) ? [] : [`${path}: matches no anyOf`];
  }
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length > 0 && !types.some((t) => typeMatches(t, value))) return [`${path}: not ${types.join(" or ")}`];
  const errors: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if ("const" in schema && schema.const !== value) errors.push(`${path}: not the const`);
  if (schema.pattern && !new RegExp(schema.pattern, "u").test(String(value))) errors.push(`${path}: pattern`);
  if (schema.minimum !== undefined && (value as number) < schema.minimum) errors.push(`${path}: below minimum`);
  if (schema.maximum !== undefined && (value as number) > schema.maximum) errors.push(`${path}: above maximum`);
  if (schema.properties && typeMatches("object", value)) {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(object)) {
      const sub = schema.properties[key];
      if (sub) errors.push(...validate(sub, child, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  }
  return errors;
}

import { z } from 'zod';

/** Why a field is personal data; shown in audits and API docs. */
export interface PersonalDataMeta {
  readonly personal: true;
  readonly reason: string;
}

/**
 * Registry of schemas that hold personal data. The gateway hides fields whose
 * schema is registered here from roles that may not see personal data.
 */
export const personalData = z.registry<PersonalDataMeta>();

/**
 * Returns a copy of a field schema marked as personal data. It copies so that a
 * shared schema (e.g. a date schema also used for non-personal fields) is not
 * marked everywhere it is used.
 */
export function personal<T extends z.ZodType>(schema: T, reason: string): T {
  const marked = schema.clone();
  personalData.add(marked, { personal: true, reason });
  return marked;
}

/** Whether a schema, or one it wraps (optional, nullable, default, pipe), is personal data. */
export function isPersonal(schema: z.core.$ZodType): boolean {
  let current: z.core.$ZodType | undefined = schema;
  while (current) {
    if (personalData.has(current)) return true;
    const def = current._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    current = def.innerType ?? def.in;
  }
  return false;
}

function objectShapeOf(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  let current: z.core.$ZodType | undefined = schema;
  while (current) {
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
    };
    if (def.type === 'object' && def.shape) return def.shape;
    current = def.innerType ?? def.in;
  }
  return undefined;
}

/**
 * Dotted paths of the personal-data fields of an object schema (nested objects
 * included, e.g. 'contact.phone'), in declaration order.
 */
export function personalFieldsOf(schema: z.core.$ZodType, prefix = ''): string[] {
  const shape = objectShapeOf(schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isPersonal(field) ? [path] : personalFieldsOf(field, path);
  });
}

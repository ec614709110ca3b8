import { type Static, Type } from 'typebox';

export const Uuid = Type.String({ format: 'uuid', description: 'an id' });

export const IdParams = (name: string) => Type.Object({ [name]: Uuid }, { additionalProperties: false });

/** Opaque keyset cursor: pass back the `nextCursor` of the previous page. */
export const Cursor = Type.String({ pattern: '^[0-9]{1,19}$', maxLength: 19 });

export const PageQuery = Type.Object(
  {
    after: Type.Optional(Cursor),
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: '1 to 100' })),
  },
  { additionalProperties: false },
);
export type PageQuery = Static<typeof PageQuery>;

export const Ok = Type.Object({ ok: Type.Literal(true) });

export const IsoDate = Type.String({ format: 'date-time' });

/** A string that must be one of `values` (a JSON-schema enum, typed as their union). */
export function oneOf<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

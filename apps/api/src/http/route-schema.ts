import { ErrorBody } from '@village/domain';
import type { TSchema } from 'typebox';

/**
 * Every route's responses: its success shape plus the shared error body for 4xx/5xx, so the
 * OpenAPI document tells clients what failures look like.
 */
export function responses<S extends Record<number, TSchema>>(success: S) {
  return { ...success, '4xx': ErrorBody, '5xx': ErrorBody };
}

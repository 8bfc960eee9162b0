import type { ComplexAttributeConverter } from 'lit';
import { reportError } from '../delivery/log.js';

/**
 * JSON in an attribute. Malformed JSON is reported naming the attribute and ignored, instead of
 * throwing inside attributeChangedCallback, which would break the embedding page's script.
 */
export function jsonAttribute<T>(attribute: string): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute(value) {
      if (value === null) return undefined;
      try {
        return JSON.parse(value) as T;
      } catch (error) {
        reportError(`attribute "${attribute}" is not valid JSON and is ignored: ${String(error)}`);
        return undefined;
      }
    },
    toAttribute: (value) => JSON.stringify(value),
  };
}

import { loadMessages, messagesAt, type Catalog } from '../../src/kit/i18n.js';
import type { Locale } from '../../src/schema/constants.js';

/** A widget's messages in `locale`, loaded first where that language loads on demand. */
export async function messagesIn<M>(catalog: Catalog<M>, locale: Locale): Promise<M> {
  await loadMessages(catalog, locale);
  return messagesAt(catalog, locale)!;
}

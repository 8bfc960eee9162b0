/** Rendering an NPS widget and reading its screen, shared by the NPS test files. */
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/nps/define.js';
import type { PalauteNps } from '../../src/elements/nps/palaute-nps.js';
import type { TestEndpoint } from './endpoint.js';
import { testOutbox } from './outbox.js';

export const LANGS = ['fi', 'sv', 'en'] as const;

export interface NpsAttributes {
  lang?: string;
  comment?: boolean;
  kiosk?: boolean;
  resetAfter?: number;
  maxLength?: number;
}

/** The widget as a unit's page shows it, answering to its own test outbox. */
export async function renderNps(endpoint: TestEndpoint | string, attrs: NpsAttributes = {}) {
  const outbox = testOutbox();
  const url = typeof endpoint === 'string' ? endpoint : endpoint.url;
  const el = await fixture<PalauteNps>(
    html`<palaute-nps
      .outbox=${outbox}
      endpoint=${url}
      lang=${attrs.lang ?? 'fi'}
      unit="espoo-leppavaara"
      service="family-work"
      context="client-plan-meeting"
      respondent="municipal-worker"
      ?comment=${attrs.comment ?? false}
      ?kiosk=${attrs.kiosk ?? false}
      reset-after=${attrs.resetAfter ?? 8}
      comment-max-length=${attrs.maxLength ?? 500}
    ></palaute-nps>`,
  );
  return { el, outbox };
}

export const root = (el: PalauteNps) => el.shadowRoot!;
export const radios = (el: PalauteNps) => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];
export const activeInside = (el: PalauteNps) => root(el).activeElement as HTMLElement | null;
export const text = (el: PalauteNps, selector: string) =>
  root(el).querySelector(selector)?.textContent?.trim() ?? '';

import { expect, fixture, html } from '@open-wc/testing';
import { format, resolveMessages } from '../../src/kit/i18n.js';
import { normalizeLocale, resolveLocale } from '../../src/kit/locale-resolution.js';

describe('i18n', () => {
  it('normalizes language tags to the supported languages', () => {
    expect(
      ['fi', 'FI-fi', 'sv-FI', 'sv_SE', 'en-GB', 'de', '', undefined].map(normalizeLocale),
    ).to.deep.equal(['fi', 'fi', 'sv', 'sv', 'en', undefined, undefined, undefined]);
  });

  it('takes the nearest supported lang, through shadow roots, passing over unsupported ones', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="sv">
        <section lang="se"><span></span></section>
      </div>`,
    );
    expect(resolveLocale(outer.querySelector('span')!)).to.deep.equal({ locale: 'sv', skipped: ['se'] });

    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner).locale).to.equal('en');
  });

  it('falls back to the document language, then Finnish', async () => {
    const el = await fixture<HTMLSpanElement>(html`<span></span>`);
    const original = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'sv');
      expect(resolveLocale(el).locale).to.equal('sv');
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(el).locale).to.equal('fi');
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', original);
    }
  });

  it('applies overrides for the language in order and ignores non-string values', () => {
    const catalog = {
      fi: { a: 'A-fi', b: 'B-fi' },
      sv: { a: 'A-sv', b: 'B-sv' },
      en: { a: 'A-en', b: 'B-en' },
    };
    const fromConfig = { fi: { a: 'config' }, en: { b: 'config-en' } };
    const fromElement = { fi: { b: 42 as unknown as string } };
    expect(resolveMessages(catalog, 'fi', fromConfig, fromElement)).to.deep.equal({ a: 'config', b: 'B-fi' });
    expect(resolveMessages(catalog, 'en', fromConfig, undefined)).to.deep.equal({
      a: 'A-en',
      b: 'config-en',
    });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} / {max}', { count: 3, max: 10 })).to.equal('3 / 10');
    expect(format('{missing}', {})).to.equal('{missing}');
  });
});

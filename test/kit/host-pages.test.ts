/**
 * Every screen of every widget, in fi, sv and en, on a light, a dark and a forced-colours host
 * page, checked with axe: a dark page's light text must never land on a surface the widget drew.
 */
import { expect } from '@open-wc/testing';
import { TestEndpoint } from '../support/endpoint.js';
import { contrast, HOST_PAGES, resetHostPage, useHostPage } from '../support/host-page.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> on every host page`, function () {
    this.timeout(120000);
    afterEach(async () => {
      disposeTestOutboxes();
      await resetHostPage();
    });

    for (const host of HOST_PAGES) {
      it(`passes axe on every screen in fi, sv and en on a ${host} page`, async function () {
        await useHostPage(this, host);
        const endpoint = await TestEndpoint.create();
        for (const lang of ['fi', 'sv', 'en']) {
          for (const state of widget.states) {
            const el = await renderWidget(widget, testOutbox(), {
              endpoint: endpoint.url,
              lang,
              ...state.attributes,
            });
            await state.reach(el);
            try {
              await expect(el).to.be.accessible();
            } catch (error) {
              throw new Error(`${state.name}, ${lang}: ${(error as Error).message}`, { cause: error });
            }
            el.remove();
          }
        }
      });
    }
  });
}

describe('the theme attribute', function () {
  this.timeout(60000);
  afterEach(async () => {
    disposeTestOutboxes();
    await resetHostPage();
  });

  const frame = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.base')!);

  const cases = [
    { theme: 'dark', host: 'light' },
    { theme: 'light', host: 'dark' },
    { theme: 'inherit', host: 'dark' },
    { theme: 'inherit', host: 'light' },
  ] as const;
  for (const { theme, host } of cases) {
    it(`theme="${theme}" passes axe on every screen of every widget on a ${host} page`, async function () {
      await useHostPage(this, host);
      const endpoint = await TestEndpoint.create();
      for (const widget of WIDGETS) {
        for (const state of widget.states) {
          const el = await renderWidget(widget, testOutbox(), {
            endpoint: endpoint.url,
            lang: 'en',
            theme,
            ...state.attributes,
          });
          await state.reach(el);
          try {
            await expect(el).to.be.accessible();
          } catch (error) {
            throw new Error(`${widget.tag}, ${state.name}: ${(error as Error).message}`, { cause: error });
          }
          el.remove();
        }
      }
    });
  }

  it('sets text and surface together, from the reader preference, unless told to inherit', async function () {
    await useHostPage(this, 'dark');
    const el = await renderWidget(WIDGETS[0]!, testOutbox());
    const dark = frame(el);
    expect(dark.backgroundColor).to.equal('rgb(28, 28, 28)');
    expect(contrast(dark.color, dark.backgroundColor)).to.be.greaterThan(7);
    el.setAttribute('theme', 'light');
    await (el as { updateComplete?: Promise<unknown> }).updateComplete;
    expect(frame(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(contrast(frame(el).color, frame(el).backgroundColor)).to.be.greaterThan(7);
    el.setAttribute('theme', 'inherit');
    await (el as { updateComplete?: Promise<unknown> }).updateComplete;
    expect(frame(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(frame(el).color).to.equal(getComputedStyle(document.body).color);
  });

  it('draws the faces in their own ink on a dark page, never in the page text colour', async function () {
    await useHostPage(this, 'dark');
    const el = await renderWidget(WIDGETS[1]!, testOutbox(), { theme: 'inherit' });
    const root = el.shadowRoot!;
    const skin = getComputedStyle(root.querySelector('.face-skin')!).fill;
    for (const feature of root.querySelectorAll('.face-feature')) {
      expect(contrast(getComputedStyle(feature).fill, skin)).to.be.greaterThan(4.5);
    }
  });
});

/** `configure({ messages })` is typed per element: `npm run typecheck` fails if these lines stop erroring. */
import { expect } from '@open-wc/testing';
import { configure, getConfig } from '../../src/delivery/configure.js';
import '../../src/elements/deviation-form/define.js';
import '../../src/elements/nps/define.js';

describe('configure({ messages })', () => {
  afterEach(() => configure({ messages: undefined }));

  it('takes each element’s own message keys and refuses others at compile time', () => {
    configure({
      messages: {
        'palaute-nps': { fi: { question: 'Suosittelisitko?' } },
        'palaute-deviation-form': { en: { title: 'Tell us' } },
      },
    });
    expect(getConfig().messages?.['palaute-nps']?.fi?.question).to.equal('Suosittelisitko?');
    // @ts-expect-error: <palaute-nps> has no message "title"
    configure({ messages: { 'palaute-nps': { fi: { title: 'x' } } } });
    // @ts-expect-error: there is no <palaute-unknown>
    configure({ messages: { 'palaute-unknown': { fi: {} } } });
  });
});

/**
 * The native-level language review (issue 10, items 9–11), pinned: words that were wrong or too
 * hard for a 12-year-old stay out, and the agreed wordings stay in.
 */
import { expect } from '@open-wc/testing';
import {
  deviationFormMessages,
  type DeviationFormMessages,
} from '../../src/elements/deviation-form/messages.js';
import { emojiSurveyMessages, type EmojiSurveyMessages } from '../../src/elements/emoji-survey/messages.js';
import {
  safetyAndBeingHeard5to8,
  safetyAndBeingHeard9to17,
} from '../../src/elements/emoji-survey/surveys.js';
import { textIn } from '../../src/elements/emoji-survey/survey-schema.js';
import { npsMessages, type NpsMessages } from '../../src/elements/nps/messages.js';
import type { Catalog } from '../../src/kit/i18n.js';
import type { Locale } from '../../src/schema/constants.js';
import { messagesIn } from '../support/messages.js';

const all = (messages: object) => Object.values(messages).join('\n');

type Loaded<M> = Record<Locale, M>;
async function loadAll<M>(catalog: Catalog<M>): Promise<Loaded<M>> {
  return {
    fi: await messagesIn(catalog, 'fi'),
    sv: await messagesIn(catalog, 'sv'),
    en: await messagesIn(catalog, 'en'),
  };
}

describe('message texts after the language review', () => {
  let deviation: Loaded<DeviationFormMessages>;
  let emoji: Loaded<EmojiSurveyMessages>;
  let nps: Loaded<NpsMessages>;
  before(async () => {
    [deviation, emoji, nps] = await Promise.all([
      loadAll(deviationFormMessages),
      loadAll(emojiSurveyMessages),
      loadAll(npsMessages),
    ]);
  });

  it('Finnish: the agreed wordings', () => {
    expect(emoji.fi.choiceRequired).to.contain('naama');
    expect(emoji.fi.loadFailed).to.contain('Pyydä aikuinen avuksi.');
    expect(deviation.fi.title).to.equal('Kerro, jos jokin on vialla tai vaarallista');
    expect(deviation.fi.intro).not.to.contain('laatu');
    expect(deviation.fi.categorySelfDetermination).to.equal(
      'Oikeuksien rajoittaminen (esim. tavaroiden ottaminen pois)',
    );
    expect(deviation.fi.categoryMistreatment).to.equal('Huono kohtelu, väkivalta tai häirintä');
    expect(deviation.fi.hopedOutcomeLabel).to.match(/^Mitä toivot seuraavaksi tapahtuvan\?/);
    expect(deviation.fi.errorDate).to.equal('Valitse päivämäärä kalenterista.');
    expect(deviation.fi.errorConsent).to.contain(deviation.fi.consent.replace(/\.$/, ''));
    expect(deviation.fi.receiptRights).to.equal(
      'Jos oikeuksiasi rajoitetaan, siitä puhutaan kanssasi ja sinulle kerrotaan, miten voit valittaa.',
    );
    expect(deviation.fi.roleMunicipalWorker).to.equal('Lapsen asioista vastaava sosiaalityöntekijä');
    expect(deviation.fi.receiptCode).to.match(/^Ilmoituksen tunnus/);
    expect(nps.fi.commentHint).to.contain('joiden perusteella joku voidaan tunnistaa.');
    expect(nps.fi.statusRetrying).to.contain('ja se lähetetään automaattisesti, kun yhteys palaa.');
  });

  it('Swedish: the agreed wordings', () => {
    expect(deviation.sv.hopedOutcomeLabel).to.match(/^Vad hoppas du ska hända härnäst\?/);
    expect(deviation.sv.intro).not.to.match(/förverkligas|säkerhet/);
    expect(deviation.sv.roleChild).to.equal('Barn eller ungdom');
    expect(deviation.sv.roleMunicipalWorker).to.equal('Barnets socialarbetare');
    expect(nps.sv.commentHint).to.contain('uppgifter som kan avslöja vem någon är.');
    expect(deviation.sv.errorConsent).to.contain(deviation.sv.consent.replace(/\.$/, ''));
    expect(deviation.sv.receiptCode).to.match(/^Referenskod/);
  });

  it('names the national supervisory agency for a complaint, and explains the hard words', () => {
    expect(deviation.fi.receiptComplain).to.contain('Lupa- ja valvontavirasto');
    expect(deviation.sv.receiptComplain).to.contain('Tillstånds- och tillsynsverket');
    expect(deviation.en.receiptComplain).to.contain('Finnish Supervisory Agency');
    expect(all(deviation.fi)).not.to.match(
      /aluehallintovirasto|itsemääräämisoikeus|kaltoinkohtelu|vastuuhenkilö/i,
    );
    expect(all(deviation.sv)).not.to.match(/regionförvaltningsverket|självbestämmanderätt/i);
    expect(all(deviation.en)).not.to.match(/Regional State Administrative Agency/i);
    // "Received" only where the collector has said so (following a report by its code), never in
    // the lines that say what happened to a report just sent: saved until it is sent.
    const { statusNew, receivedLabel, acknowledgementText, ...sendingAndForm } = deviation.en;
    expect([statusNew, receivedLabel, acknowledgementText].join('\n')).to.match(/received/i);
    expect(all(sendingAndForm)).not.to.match(/received/i);
  });

  it('thanks a child once on the closing screen of the ready surveys', () => {
    for (const survey of [safetyAndBeingHeard5to8, safetyAndBeingHeard9to17]) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const closing = textIn(survey.closing!, lang);
        expect(closing, `${survey.id} ${lang}`).not.to.match(/^(Kiitos|Tack|Thank)/);
        expect(emoji[lang].thanks).to.match(/^(Kiitos|Tack|Thank)/);
      }
    }
  });
});

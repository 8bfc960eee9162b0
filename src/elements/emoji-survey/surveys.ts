/**
 * Two ready surveys about feeling safe, being heard and taking part, for children and young
 * people in child-welfare and family services. Questions are short and concrete for the young
 * ones (3 faces, as the Fun Toolkit advises for them) and a little fuller for 9–17 (5 faces).
 */
import type { Survey } from './survey-schema.js';

const closing = {
  fi: 'Vastauksesi auttavat meitä tekemään asiat paremmin.',
  sv: 'Dina svar hjälper oss att göra saker bättre.',
  en: 'Your answers help us do things better.',
};

export const safetyAndBeingHeard5to8: Survey = {
  id: 'safety-and-being-heard-5-8',
  title: { fi: 'Miltä sinusta tuntuu?', sv: 'Hur känns det för dig?', en: 'How do you feel?' },
  scale: 3,
  questions: [
    {
      id: 'safe-at-home',
      text: {
        fi: 'Onko sinulla turvallinen olo siellä, missä asut?',
        sv: 'Känner du dig trygg där du bor?',
        en: 'Do you feel safe where you live?',
      },
    },
    {
      id: 'listened-to',
      text: {
        fi: 'Kuuntelevatko aikuiset sinua, kun kerrot asioistasi?',
        sv: 'Lyssnar de vuxna på dig när du berättar om dina saker?',
        en: 'Do the grown-ups listen to you when you tell them things?',
      },
    },
    {
      id: 'trusted-adult',
      text: {
        fi: 'Onko sinulla aikuinen, jolle voit puhua, kun sinulla on paha mieli?',
        sv: 'Finns det en vuxen som du kan prata med när du är ledsen?',
        en: 'Is there a grown-up you can talk to when you feel sad?',
      },
    },
    {
      id: 'this-meeting',
      text: {
        fi: 'Miltä tämä tapaaminen tuntui?',
        sv: 'Hur kändes det här mötet?',
        en: 'How did this meeting feel?',
      },
    },
  ],
  closing,
};

export const safetyAndBeingHeard9to17: Survey = {
  id: 'safety-and-being-heard-9-17',
  title: { fi: 'Sinun mielipiteesi', sv: 'Din åsikt', en: 'What you think' },
  scale: 5,
  questions: [
    {
      id: 'safe-at-home',
      text: {
        fi: 'Miten turvalliseksi tunnet olosi siellä, missä asut?',
        sv: 'Hur trygg känner du dig där du bor?',
        en: 'How safe do you feel where you live?',
      },
    },
    {
      id: 'listened-to',
      text: {
        fi: 'Miten hyvin sinua kuunnellaan, kun kerrot mielipiteesi?',
        sv: 'Hur bra lyssnar man på dig när du säger vad du tycker?',
        en: 'How well are you listened to when you say what you think?',
      },
    },
    {
      id: 'takes-part-in-decisions',
      text: {
        fi: 'Miten hyvin pääset vaikuttamaan päätöksiin, jotka koskevat omaa elämääsi?',
        sv: 'Hur mycket får du vara med och påverka beslut om ditt eget liv?',
        en: 'How much can you take part in decisions about your own life?',
      },
    },
    {
      id: 'knows-what-happens-next',
      text: {
        fi: 'Miten hyvin tiedät, mitä asioissasi tapahtuu seuraavaksi?',
        sv: 'Hur bra vet du vad som händer härnäst i dina ärenden?',
        en: 'How well do you know what happens next in your matters?',
      },
    },
    {
      id: 'knows-whom-to-tell',
      text: {
        fi: 'Miten hyvin tiedät, kenelle voit kertoa, jos jokin on huonosti?',
        sv: 'Hur bra vet du vem du kan berätta för om något är fel?',
        en: 'How well do you know whom to tell if something is wrong?',
      },
    },
    {
      id: 'this-meeting',
      text: {
        fi: 'Miten tämä tapaaminen mielestäsi meni?',
        sv: 'Hur tycker du att det här mötet gick?',
        en: 'How do you think this meeting went?',
      },
    },
  ],
  closing,
};

/** The ready surveys by file name, as built into dist/surveys/<name>.json. */
export const readySurveys: Readonly<Record<string, Survey>> = {
  'safety-5-8': safetyAndBeingHeard5to8,
  'safety-9-17': safetyAndBeingHeard9to17,
};

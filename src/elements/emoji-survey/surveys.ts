/**
 * Two ready surveys about feeling safe, being heard and taking part, for children and young
 * people in child-welfare and family services. Every question asks "how is it", so that bad,
 * in-between and good all answer it. 3 faces for 5–8 (as the Fun Toolkit advises for them), with
 * a warm-up question to learn the faces on; 5 faces for 9–17. Safety questions carry help.
 */
import type { Survey, SurveyHelp } from './survey-schema.js';

const closing = {
  fi: 'Vastauksesi auttavat meitä tekemään asiat paremmin.',
  sv: 'Dina svar hjälper oss att göra saker bättre.',
  en: 'Your answers help us do things better.',
};

const call116111 = {
  label: { fi: 'Soita 116 111', sv: 'Ring 116 111', en: 'Call 116 111' },
  href: 'tel:116111',
};

const helpForYoungChildren: SurveyHelp = {
  text: {
    fi: 'Jos sinulla on paha olla, kerro siitä aikuiselle, johon luotat. Voit myös soittaa numeroon 116 111. Se on ilmaista.',
    sv: 'Om du mår dåligt, berätta det för en vuxen som du litar på. Du kan också ringa 116 111. Det kostar ingenting.',
    en: 'If you feel bad, tell an adult you trust. You can also call 116 111. It is free.',
  },
  actions: [call116111],
};

const helpForYoungPeople: SurveyHelp = {
  text: {
    fi: 'Jos sinulla on paha olla, puhu aikuiselle, johon luotat. Voit myös soittaa tai chatata Lasten ja nuorten puhelimen kanssa numerossa 116 111. Se on maksutonta.',
    sv: 'Om du mår dåligt, prata med en vuxen som du litar på. Du kan också ringa eller chatta med Barn- och ungdomstelefonen på 116 111. Det är gratis.',
    en: "If you feel bad, talk to an adult you trust. You can also call or chat with the children's helpline 116 111, free of charge.",
  },
  actions: [call116111],
};

export const safetyAndBeingHeard5to8: Survey = {
  id: 'safety-and-being-heard-5-8',
  title: { fi: 'Miltä sinusta tuntuu?', sv: 'Hur känns det för dig?', en: 'How do you feel?' },
  scale: 3,
  warmUp: {
    text: {
      fi: 'Mitä mieltä olet jäätelöstä?',
      sv: 'Vad tycker du om glass?',
      en: 'What do you think of ice cream?',
    },
  },
  questions: [
    {
      id: 'safe-at-home',
      text: {
        fi: 'Millainen olo sinulla on siellä, missä asut?',
        sv: 'Hur mår du där du bor?',
        en: 'How do you feel where you live?',
      },
      help: helpForYoungChildren,
    },
    {
      id: 'listened-to',
      text: {
        fi: 'Miltä tuntuu, kun kerrot asioistasi aikuisille?',
        sv: 'Hur känns det när du berättar om dina saker för vuxna?',
        en: 'How does it feel when you tell grown-ups about your things?',
      },
    },
    {
      id: 'trusted-adult',
      text: {
        fi: 'Miltä tuntuu puhua aikuiselle, kun sinulla on paha mieli?',
        sv: 'Hur känns det att prata med en vuxen när du är ledsen?',
        en: 'How does it feel to talk to a grown-up when you are sad?',
      },
      help: helpForYoungChildren,
    },
    {
      id: 'this-meeting',
      text: {
        fi: 'Millainen tämä tapaaminen oli?',
        sv: 'Hur var det här mötet?',
        en: 'How was this meeting?',
      },
    },
  ],
  closing,
};

export const safetyAndBeingHeard9to17: Survey = {
  id: 'safety-and-being-heard-9-17',
  title: { fi: 'Sinun mielipiteesi', sv: 'Vad du tycker', en: 'What you think' },
  scale: 5,
  questions: [
    {
      id: 'safe-at-home',
      text: {
        fi: 'Millainen olo sinulla on siellä, missä asut?',
        sv: 'Hur mår du där du bor?',
        en: 'How do you feel where you live?',
      },
      help: helpForYoungPeople,
    },
    {
      id: 'listened-to',
      text: {
        fi: 'Millaista on, kun kerrot aikuisille, mitä mieltä olet?',
        sv: 'Hur är det när du säger till vuxna vad du tycker?',
        en: 'What is it like when you tell adults what you think?',
      },
    },
    {
      id: 'takes-part-in-decisions',
      text: {
        fi: 'Millaiset mahdollisuudet sinulla on vaikuttaa päätöksiin, jotka koskevat elämääsi?',
        sv: 'Hur är dina möjligheter att påverka beslut om ditt liv?',
        en: 'How are your chances to have a say in decisions about your life?',
      },
    },
    {
      id: 'knows-what-happens-next',
      text: {
        fi: 'Millaista tietoa olet saanut siitä, mitä asioissasi tapahtuu seuraavaksi?',
        sv: 'Hur är informationen du har fått om vad som händer härnäst för dig?',
        en: 'How is the information you have had about what happens next for you?',
      },
    },
    {
      id: 'knows-whom-to-tell',
      text: {
        fi: 'Miltä tuntuu kertoa aikuiselle, jos jokin on huonosti?',
        sv: 'Hur känns det att berätta för en vuxen om något är fel?',
        en: 'How does it feel to tell an adult if something is wrong?',
      },
      help: helpForYoungPeople,
    },
    {
      id: 'this-meeting',
      text: {
        fi: 'Millainen tämä tapaaminen oli sinusta?',
        sv: 'Hur tyckte du att det här mötet var?',
        en: 'How was this meeting for you?',
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

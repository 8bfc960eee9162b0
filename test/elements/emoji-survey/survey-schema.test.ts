import { expect } from '@open-wc/testing';
import { describeIssues } from '../../../src/schema/describe-issues.js';
import { surveySchema } from '../../../src/elements/emoji-survey/survey-schema.js';
import {
  readySurveys,
  safetyAndBeingHeard5to8,
  safetyAndBeingHeard9to17,
} from '../../../src/elements/emoji-survey/surveys.js';

const problems = (survey: unknown) => {
  const parsed = surveySchema.safeParse(survey);
  return parsed.success ? [] : describeIssues(parsed.error.issues);
};
const base = { id: 's', scale: 3, questions: [{ id: 'q', text: 'How is it?' }] };

describe('emoji survey definition', () => {
  it('refuses allowSkip: false with a clear message, because not answering is a right', () => {
    expect(problems({ ...base, questions: [{ id: 'q', text: 'Q', allowSkip: false }] })).to.deep.equal([
      'questions[0].allowSkip: cannot be false: "I don\'t want to answer" is always offered, a child may always choose not to answer',
    ]);
    expect(problems({ ...base, questions: [{ id: 'q', text: 'Q', allowSkip: true }] })).to.deep.equal([]);
  });

  it('accepts help with up to two tel: or https actions, and nothing else', () => {
    const help = (actions: unknown[]) => ({
      ...base,
      questions: [{ id: 'q', text: 'Q', help: { text: 'Help', actions } }],
    });
    expect(
      problems(
        help([
          { label: 'Call', href: 'tel:116111' },
          { label: 'Chat', href: 'https://example.org' },
        ]),
      ),
    ).to.deep.equal([]);
    expect(problems(help([{ label: 'x', href: 'javascript:alert(1)' }]))).to.deep.equal([
      'questions[0].help.actions[0].href: should be a tel: link or an https:// page',
    ]);
    expect(problems(help([1, 2, 3].map(() => ({ label: 'Call', href: 'tel:112' }))))).to.deep.equal([
      'questions[0].help.actions: should have at most 2 item(s)',
    ]);
  });

  it('accepts clips by known names for existing questions, from https or a path only', () => {
    expect(
      problems({
        ...base,
        audio: { fi: { 'question.q': 'clips/q.mp3', 'face3.1': 'https://cdn.example.org/bad.mp3' } },
      }),
    ).to.deep.equal([]);
    expect(problems({ ...base, audio: { fi: { 'question.nope': 'q.mp3' } } })).to.deep.equal([
      'audio: audio names a question that the survey does not have',
    ]);
    expect(problems({ ...base, audio: { fi: { 'question.q': 'javascript:alert(1)' } } })[0]).to.contain(
      'should be an https:// URL or a path',
    );
    expect(problems({ ...base, audio: { fi: { 'face3.9': 'a.mp3' } } })).to.have.length(1);
    expect(problems({ ...base, audio: { de: { title: 'a.mp3' } } })).to.have.length(1);
  });

  it('ready surveys: valid, 3 faces for 5–8 with a warm-up, 5 for 9–17, help in fi/sv/en on the safety questions', () => {
    for (const survey of Object.values(readySurveys)) expect(problems(survey)).to.deep.equal([]);
    expect(safetyAndBeingHeard5to8.scale).to.equal(3);
    expect(safetyAndBeingHeard5to8.warmUp).to.not.equal(undefined);
    expect(safetyAndBeingHeard9to17.scale).to.equal(5);
    for (const survey of [safetyAndBeingHeard5to8, safetyAndBeingHeard9to17]) {
      const safe = survey.questions.find((q) => q.id === 'safe-at-home')!;
      expect(Object.keys(safe.help!.text).sort()).to.deep.equal(['en', 'fi', 'sv']);
      expect(JSON.stringify(safe.help)).to.contain('116 111');
      for (const q of survey.questions) expect(Object.keys(q.text).sort()).to.deep.equal(['en', 'fi', 'sv']);
    }
  });
});

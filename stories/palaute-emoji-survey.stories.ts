import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { safetyAndBeingHeard5to8, safetyAndBeingHeard9to17 } from '../src/elements/emoji-survey/surveys.js';
import { clickIn, memoryOutbox, mockEndpoint, shadowOf, type MockBehaviour } from './support.js';

interface Args {
  endpoint: MockBehaviour;
  survey: unknown;
  kiosk: boolean;
  'reset-after': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/palaute-emoji-survey',
  component: 'palaute-emoji-survey',
  args: { endpoint: 'ok', survey: safetyAndBeingHeard5to8, kiosk: false, 'reset-after': 8 },
  argTypes: { endpoint: { control: 'select', options: ['ok', 'slow', 'down', 'reject'] } },
  render: (args) =>
    html`<palaute-emoji-survey
      .outbox=${memoryOutbox()}
      .survey=${args.survey}
      endpoint=${mockEndpoint(args.endpoint)}
      unit="storybook"
      ?kiosk=${args.kiosk}
      reset-after=${args['reset-after']}
    ></palaute-emoji-survey>`,
};
export default meta;
type Story = StoryObj<Args>;

const answerAll = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const root = await shadowOf(canvasElement, 'palaute-emoji-survey');
  for (let i = 0; i < 6 && root.querySelector('input'); i += 1) {
    await clickIn(root, `.face-option:nth-child(${(i % 3) + 1}) input`);
    await clickIn(root, 'button[type="submit"]');
  }
};

export const ThreeFaces: Story = {};
export const FiveFaces: Story = { args: { survey: safetyAndBeingHeard9to17 } };
export const FaceChosen: Story = {
  play: async ({ canvasElement }) =>
    clickIn(await shadowOf(canvasElement, 'palaute-emoji-survey'), '.face-option:nth-child(2) input'),
};
export const Skipped: Story = {
  play: async ({ canvasElement }) =>
    clickIn(await shadowOf(canvasElement, 'palaute-emoji-survey'), '.skip-option input'),
};
export const ChoiceMissing: Story = {
  play: async ({ canvasElement }) =>
    clickIn(await shadowOf(canvasElement, 'palaute-emoji-survey'), 'button[type="submit"]'),
};
export const ThankYou: Story = { play: answerAll };
export const OfflineAnswersWaiting: Story = { args: { endpoint: 'down' }, play: answerAll };
export const KioskThankYou: Story = { args: { kiosk: true, 'reset-after': 30 }, play: answerAll };
export const InvalidSurvey: Story = {
  args: { survey: { id: 'broken survey', scale: 4, questions: [{ id: 'q', text: { de: 'Hallo' } }] } },
};
export const SurveyCannotBeFetched: Story = {
  render: () =>
    html`<palaute-emoji-survey
      .outbox=${memoryOutbox()}
      src=${mockEndpoint('reject')}
      endpoint=${mockEndpoint()}
    ></palaute-emoji-survey>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clickIn, memoryOutbox, mockEndpoint, shadowOf, typeIn, type MockBehaviour } from './support.js';

interface Args {
  endpoint: MockBehaviour;
  comment: boolean;
  kiosk: boolean;
  'reset-after': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/palaute-nps',
  component: 'palaute-nps',
  args: { endpoint: 'ok', comment: false, kiosk: false, 'reset-after': 8 },
  argTypes: { endpoint: { control: 'select', options: ['ok', 'slow', 'down', 'reject'] } },
  render: (args) =>
    html`<palaute-nps
      .outbox=${memoryOutbox()}
      endpoint=${mockEndpoint(args.endpoint)}
      unit="storybook"
      service="nps"
      ?comment=${args.comment}
      ?kiosk=${args.kiosk}
      reset-after=${args['reset-after']}
    ></palaute-nps>`,
};
export default meta;
type Story = StoryObj<Args>;

const choose =
  (score: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const root = await shadowOf(canvasElement, 'palaute-nps');
    await clickIn(root, `input[value="${score}"]`);
  };
const answer =
  (score: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const root = await shadowOf(canvasElement, 'palaute-nps');
    await clickIn(root, `input[value="${score}"]`);
    await clickIn(root, 'button[type="submit"]');
  };

export const Empty: Story = {};
export const WithComment: Story = { args: { comment: true } };
export const ScoreChosen: Story = { play: choose(8) };
export const ScoreMissing: Story = {
  play: async ({ canvasElement }) =>
    clickIn(await shadowOf(canvasElement, 'palaute-nps'), 'button[type="submit"]'),
};
export const CommentStep: Story = {
  args: { comment: true },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'palaute-nps');
    await clickIn(root, 'input[value="6"]');
    await clickIn(root, 'button[type="submit"]');
    await typeIn(root, 'textarea', 'Tapaamiset alkoivat myöhässä.');
  },
};
export const Sending: Story = { args: { endpoint: 'slow' }, play: answer(9) };
export const OfflineAnswerWaiting: Story = { args: { endpoint: 'down' }, play: answer(7) };
export const Delivered: Story = { args: { endpoint: 'ok' }, play: answer(10) };
export const DeliveryFailed: Story = { args: { endpoint: 'reject' }, play: answer(3) };
export const KioskThankYou: Story = { args: { kiosk: true, 'reset-after': 30 }, play: answer(8) };

export const AllLanguages: Story = {
  render: () =>
    html`${(['fi', 'sv', 'en'] as const).map(
      (lang) =>
        html`<div lang=${lang} style="margin-bottom: 1rem">
          <palaute-nps .outbox=${memoryOutbox()} endpoint=${mockEndpoint()} unit="storybook"></palaute-nps>
        </div>`,
    )}`,
};

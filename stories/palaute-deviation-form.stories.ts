import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clickIn, memoryOutbox, mockEndpoint, shadowOf, typeIn, type MockBehaviour } from './support.js';

interface Args {
  endpoint: MockBehaviour;
  unit: string;
  kiosk: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/palaute-deviation-form',
  component: 'palaute-deviation-form',
  args: { endpoint: 'ok', unit: '', kiosk: false },
  argTypes: { endpoint: { control: 'select', options: ['ok', 'slow', 'down', 'reject'] } },
  render: (args) =>
    html`<palaute-deviation-form
      .outbox=${memoryOutbox()}
      endpoint=${mockEndpoint(args.endpoint)}
      unit=${args.unit}
      privacy-url="/privacy"
      ?kiosk=${args.kiosk}
    ></palaute-deviation-form>`,
};
export default meta;
type Story = StoryObj<Args>;

const fill = async (root: ShadowRoot) => {
  await clickIn(root, 'input[name="reporterRole"][value="child"]');
  await clickIn(root, 'input[name="category"][value="self-determination"]');
  await typeIn(root, '#description', 'Puhelimeni otettiin pois, eikä kukaan kertonut miksi.');
  await clickIn(root, 'input[name="harm"][value="unknown"]');
};
const send = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const root = await shadowOf(canvasElement, 'palaute-deviation-form');
  await fill(root);
  await clickIn(root, 'button[type="submit"]');
};

export const Empty: Story = {};
export const PartlyFilled: Story = {
  play: async ({ canvasElement }) => fill(await shadowOf(canvasElement, 'palaute-deviation-form')),
};
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) =>
    clickIn(await shadowOf(canvasElement, 'palaute-deviation-form'), 'button[type="submit"]'),
};
export const ContactDetailsOpen: Story = {
  play: async ({ canvasElement }) =>
    clickIn(await shadowOf(canvasElement, 'palaute-deviation-form'), 'input[name="giveContact"]'),
};
export const Receipt: Story = { play: send };
export const OfflineReportWaiting: Story = { args: { endpoint: 'down' }, play: send };
export const KioskReceipt: Story = { args: { kiosk: true }, play: send };
export const UnitKnown: Story = { args: { unit: 'espoo-leppavaara' } };

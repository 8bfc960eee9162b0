import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/results/define.js';

const meta: Meta = {
  title: 'Intranet/palaute-results',
  component: 'palaute-results',
  render: () => html`<palaute-results src="/storybook-results/" .token=${'storybook'}></palaute-results>`,
};
export default meta;

/** NPS per office and service from the collector's API (mocked here), with a week-by-week trend. */
export const ByOfficeAndService: StoryObj = {};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/report-inbox/define.js';

const meta: Meta = {
  title: 'Intranet/palaute-report-inbox',
  component: 'palaute-report-inbox',
  render: (args) =>
    html`<palaute-report-inbox
      lang=${args.lang as string}
      theme=${args.theme as string}
    ></palaute-report-inbox>`,
  args: { lang: 'fi', theme: 'auto' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark', 'inherit'] },
  },
};
export default meta;

/**
 * Signing in. The keys are unwrapped in the browser, so the rest of the inbox needs a collector
 * with a reports key (`npm start`, then `npx palaute-collector reports init`): it is not mocked.
 */
export const SignIn: StoryObj = {};

export const SignInInEnglish: StoryObj = { args: { lang: 'en' } };

export const Dark: StoryObj = { args: { theme: 'dark' } };

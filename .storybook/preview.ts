import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import './mock-endpoint.js';
import './themes.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Docs pages for every widget, generated from custom-elements.json.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: ['fi', 'sv', 'en'], dynamicTitle: true },
    },
    theme: {
      description: 'Theme made only with the documented custom properties and parts',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: ['default', 'dark', 'municipal'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fi', theme: 'default' },
  decorators: [
    (story, context) =>
      html`<div lang=${context.globals.locale} class="theme-${context.globals.theme}">${story()}</div>`,
  ],
  parameters: { controls: { expanded: true } },
};

export default preview;

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { accessControls, scaleLevels } from './fixtures/framework.js';

/**
 * `<evident-provider>` connects every Evident element inside it to a server (`base-url` with
 * `token` or `.getToken`) and sets `theme` / `density` for all of them. It renders only its content.
 */
const meta: Meta = {
  title: 'Elements/Provider',
  component: 'evident-provider',
  render: (args) => html`<evident-provider base-url="https://evident.example.test" theme=${String(args.theme ?? 'light')} density=${String(args.density ?? 'comfortable')}>
    <p>Everything inside shares one SDK client, theme and density.</p>
    <rating-scale label=${accessControls.name} .levels=${scaleLevels} .descriptors=${accessControls.descriptors} .value=${2}></rating-scale>
  </evident-provider>`,
};
export default meta;

type Story = StoryObj;

export const ThemeAndDensityForEverythingInside: Story = { args: { theme: 'light', density: 'comfortable' } };

export const DarkAndCompact: Story = { args: { theme: 'dark', density: 'compact' }, globals: { theme: 'dark' } };

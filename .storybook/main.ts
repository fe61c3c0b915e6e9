/**
 * Storybook for designers: every element in every state, in controlled mode on fixture data (no
 * server). Docs and controls come from custom-elements.json (`pnpm analyze`, run by the scripts).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;

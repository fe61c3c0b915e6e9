/**
 * The toolbar's globals as markup: `lang` and `dir` on a wrapper (elements follow the nearest
 * ancestor's), and the theme through an `<evident-provider theme>` so every element inside gets
 * its tokens, exactly as an integrator would set it. The canvas paints the theme's surface so
 * dark stories are dark all the way (and axe checks contrast against the real background).
 */
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

export type StoryTheme = 'light' | 'dark' | 'acme';

export const withEnvironment: Decorator = (story, context) => {
  const theme = (context.globals.theme as StoryTheme | undefined) ?? 'light';
  const locale = (context.globals.locale as string | undefined) ?? 'en';
  const dir = (context.globals.dir as string | undefined) ?? 'ltr';
  // The docs page shows many stories at once: the document itself keeps its defaults there.
  if (context.viewMode === 'story') {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }
  return html`<div class="ev-story ${theme === 'acme' ? 'acme-theme' : ''}" lang=${locale} dir=${dir}>
    <evident-provider theme=${theme === 'dark' ? 'dark' : 'light'}>
      <div class="ev-canvas">${story()}</div>
    </evident-provider>
  </div>`;
};

/**
 * The demo intranet page: one provider whose token follows the user switcher, and a view per
 * access level. Everything runs under the server's strict CSP (no inline script or style).
 */
import { defineElements } from '@evident/elements';
import { createClient } from '@evident/sdk';
import { h } from './dom.js';
import { viewFor } from './views.js';

defineElements();

const select = document.querySelector<HTMLSelectElement>('#user')!;
const app = document.querySelector<HTMLElement>('#app')!;
const saved = sessionStorage.getItem('evident-demo-user');
if (saved && [...select.options].some((o) => o.value === saved)) select.value = saved;

// One client for the page; it asks for the token before every request, so switching users is instant.
const client = createClient({ baseUrl: location.origin, getToken: () => select.value });
const provider = h('evident-provider');
provider.client = client;

/** Bumped on every switch: a view still loading for the previous user must not replace the new one. */
let shown = 0;

async function show(): Promise<void> {
  const turn = ++shown;
  sessionStorage.setItem('evident-demo-user', select.value);
  app.setAttribute('aria-busy', 'true');
  try {
    const viewer = await client.getViewer();
    const view = await viewFor(client, viewer);
    if (turn !== shown) return;
    const heading = h('h1', {}, `${viewer.person.name} · ${viewer.access === 'people-lead' ? 'people lead' : viewer.access}`);
    // A fresh provider subtree per user: elements reload with the new token.
    provider.replaceChildren(view);
    app.replaceChildren(heading, provider);
  } catch (error) {
    if (turn !== shown) return;
    app.replaceChildren(h('p', { class: 'notice', role: 'alert' }, `Could not load the demo: ${error instanceof Error ? error.message : String(error)}`));
  } finally {
    if (turn === shown) app.removeAttribute('aria-busy');
  }
}

select.addEventListener('change', () => void show());
void show();

import { expect, fixture, html, waitUntil, aTimeout, nextFrame } from '@open-wc/testing';
import { createClient } from '@evident/sdk';
import type { Viewer } from '@evident/contract';
import { ConnectedElement } from '../src/base/connected-element.js';
import { LoadController } from '../src/base/load-controller.js';
import { defineElements } from '../src/define.js';
import { EvidentProvider } from '../src/provider/evident-provider.js';
import { fakeApi, json, problem } from './support/fake-api.js';
import { activeUiLocale } from '../src/localize/configure.js';

const viewer: Viewer = { person: { id: 'p-1', name: 'Ada <b>Lovelace</b>', email: 'ada@example.com', roleId: 'r-1', managerId: null, team: 'Core' }, access: 'manager' };

/** A small connected element built on the foundation, as an element author would write one. */
class ViewerName extends ConnectedElement {
  static override defaultTag = 'viewer-name';
  loads = 0;
  readonly load = new LoadController(this, {
    args: () => (this.activeClient ? ([this.activeClient] as const) : undefined),
    load: ([client], signal) => {
      this.loads++;
      return client.getViewer({ signal });
    },
  });
  protected override render() {
    return this.load.render({ ready: (v) => html`<span class="name">${v.person.name}</span>` });
  }
}
customElements.define('viewer-name', ViewerName);

/** Hosts a viewer-name two shadow roots deep, to prove context crosses them. */
class DeepHost extends HTMLElement {
  constructor() {
    super();
    const outer = this.attachShadow({ mode: 'open' });
    const middle = document.createElement('div');
    outer.append(middle);
    middle.attachShadow({ mode: 'open' }).append(document.createElement('viewer-name'));
  }
  get inner(): ViewerName {
    return this.shadowRoot!.querySelector('div')!.shadowRoot!.querySelector('viewer-name') as ViewerName;
  }
}
customElements.define('deep-host', DeepHost);

defineElements({ elements: [EvidentProvider] });

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<evident-provider> and the connected-mode foundation', () => {
  it('gives its client to an element two shadow roots below, which loads with the token', async () => {
    const api = fakeApi({ 'GET /v1/me': () => json(viewer) });
    const provider = await fixture<EvidentProvider>(html`<evident-provider base-url="https://api.test" token="t0k" .fetch=${api.fetch}><deep-host></deep-host></evident-provider>`);
    const inner = (provider.querySelector('deep-host') as DeepHost).inner;
    await waitUntil(() => inner.shadowRoot!.querySelector('.name'), 'viewer rendered');
    // User text is text: the markup in the name is shown literally.
    expect(inner.shadowRoot!.querySelector('.name')!.textContent).to.equal('Ada <b>Lovelace</b>');
    expect(inner.shadowRoot!.querySelector('b')).to.equal(null);
    expect(api.requests[0]!.headers.get('authorization')).to.equal('Bearer t0k');
  });

  it('asks getToken before every request, so a refreshed token is used', async () => {
    const api = fakeApi({ 'GET /v1/me': () => json(viewer) });
    let n = 0;
    const provider = await fixture<EvidentProvider>(html`<evident-provider base-url="https://api.test" .getToken=${() => `t${++n}`} .fetch=${api.fetch}><viewer-name></viewer-name></evident-provider>`);
    const el = provider.querySelector('viewer-name') as ViewerName;
    await waitUntil(() => el.load.status === 'ready');
    el.load.retry();
    await waitUntil(() => api.requests.length === 2);
    expect(api.requests.map((r) => r.headers.get('authorization'))).to.deep.equal(['Bearer t1', 'Bearer t2']);
  });

  it('shows a loading state, then a localised error with a retry that recovers', async () => {
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const api = fakeApi({
      'GET /v1/me': async () => {
        await gate;
        return fail ? problem(503, 'Unavailable') : json(viewer);
      },
    });
    const client = createClient({ baseUrl: 'https://api.test', fetch: api.fetch, retry: 0 });
    const el = await fixture<ViewerName>(html`<viewer-name .client=${client}></viewer-name>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading');
    release();
    await waitUntil(() => el.load.status === 'error');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The server had a problem');
    fail = false;
    alert.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.name'));
    expect(el.load.status).to.equal('ready');
  });

  it('aborts the load when removed, and loads again when put back', async () => {
    const seen: AbortSignal[] = [];
    const api = fakeApi({
      'GET /v1/me': (request) => {
        seen.push(request.signal);
        return new Promise(() => {}); // never answers
      },
    });
    const client = createClient({ baseUrl: 'https://api.test', fetch: api.fetch, retry: 0, timeout: 60_000 });
    const el = await fixture<ViewerName>(html`<viewer-name .client=${client}></viewer-name>`);
    await waitUntil(() => seen.length === 1);
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(() => seen[0]!.aborted, 'first request aborted');
    parent.append(el);
    await waitUntil(() => seen.length === 2, 'loads again after reconnect');
  });

  it('the element `.client` wins over the provider, and replacing it reloads', async () => {
    const a = fakeApi({ 'GET /v1/me': () => json(viewer) });
    const b = fakeApi({ 'GET /v1/me': () => json({ ...viewer, person: { ...viewer.person, name: 'Grace' } }) });
    const provider = await fixture<EvidentProvider>(html`<evident-provider base-url="https://a.test" .fetch=${a.fetch}><viewer-name></viewer-name></evident-provider>`);
    const el = provider.querySelector('viewer-name') as ViewerName;
    await waitUntil(() => el.shadowRoot!.querySelector('.name'));
    el.client = createClient({ baseUrl: 'https://b.test', fetch: b.fetch });
    await waitUntil(() => el.shadowRoot!.querySelector('.name')?.textContent === 'Grace');
    expect(b.requests).to.have.length(1);
  });

  it('stays idle with no client, and never throws', async () => {
    const el = await fixture<ViewerName>(html`<viewer-name></viewer-name>`);
    await aTimeout(20);
    expect(el.load.status).to.equal('idle');
    expect(el.loads).to.equal(0);
  });
});

describe('localisation follows lang', () => {
  it('renders German when an ancestor switches lang, and English again after', async () => {
    const api = fakeApi({ 'GET /v1/me': () => problem(404, 'Not Found') });
    const client = createClient({ baseUrl: 'https://api.test', fetch: api.fetch, retry: 0 });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><viewer-name .client=${client}></viewer-name></div>`);
    const el = wrapper.querySelector('viewer-name') as ViewerName;
    await waitUntil(() => el.load.status === 'error');
    await el.updateComplete;
    expect(text(el)).to.contain('Try again');
    wrapper.setAttribute('lang', 'de-CH');
    await waitUntil(() => text(el).includes('Erneut versuchen'), 'German after lang change');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('nicht gefunden');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => text(el).includes('Try again'), 'English again');
  });

  it('ends in the last language asked for when it changes back before German has loaded', async () => {
    const api = fakeApi({ 'GET /v1/me': () => problem(404, 'Not Found') });
    const client = createClient({ baseUrl: 'https://api.test', fetch: api.fetch, retry: 0 });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><viewer-name .client=${client}></viewer-name></div>`);
    const el = wrapper.querySelector('viewer-name') as ViewerName;
    await waitUntil(() => el.load.status === 'error' && text(el).includes('Try again'));
    const ready = new Promise<string>((resolve) => {
      const onStatus = (event: Event) => {
        const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
        if (detail.status !== 'ready') return;
        window.removeEventListener('lit-localize-status', onStatus);
        resolve(detail.readyLocale ?? '');
      };
      window.addEventListener('lit-localize-status', onStatus);
    });
    wrapper.setAttribute('lang', 'de');
    await Promise.resolve(); // the lang observer runs and German starts loading
    wrapper.setAttribute('lang', 'en');
    expect(await ready).to.equal('en');
    await import('../src/localize/locales/de.js'); // the German load has settled too
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.contain('Try again');
    expect(activeUiLocale()).to.equal('en');
  });
});

describe('theming tokens', () => {
  it('defaults follow theme="dark", and a page rule on the host or an ancestor wins', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>.branded { --ev-surface: rgb(1, 2, 3); }</style>
      <evident-provider id="plain"><viewer-name id="a"></viewer-name></evident-provider>
      <evident-provider id="dark" theme="dark"><viewer-name id="b"></viewer-name></evident-provider>
      <div class="branded"><viewer-name id="c"></viewer-name></div>
    </div>`);
    const surface = (id: string) => getComputedStyle(wrapper.querySelector(`#${id}`)!).getPropertyValue('--_ev-surface').trim();
    await (wrapper.querySelector('#c') as ViewerName).updateComplete;
    expect(surface('a')).to.equal('#ffffff');
    expect(surface('b')).to.equal('#16181d'); // inherited from the dark provider
    expect(surface('c')).to.equal('rgb(1, 2, 3)');
  });
});

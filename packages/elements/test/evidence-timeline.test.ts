import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { EvidenceType, type ChainVerification, type Evidence } from '@evident/contract';
import { createClient } from '@evident/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { EvidenceTimeline } from '../src/evidence-timeline/evidence-timeline.js';
import { makeEvidence } from './fixtures/evidence-data.js';
import { fakeApi, json, problem } from './support/fake-api.js';
import { deepActiveElement, frames, press } from './helpers/keys.js';

// Registered directly: this file tests the element, not defineElements().
customElements.define(EvidenceTimeline.defaultTag, class extends EvidenceTimeline {});

const NOW = new Date('2026-12-03T12:00:00Z');

function three(): Evidence[] {
  const list = makeEvidence(3);
  list[0]!.at = '2026-12-03T09:00:00Z';
  list[0]!.type = 'review.signed';
  list[0]!.clauses = ['7.2', '9.1'];
  list[1]!.at = '2026-11-30T16:00:00Z';
  list[1]!.type = 'assessment.recorded';
  list[1]!.clauses = ['7.2'];
  list[2]!.at = '2026-11-30T08:00:00Z';
  list[2]!.type = 'calibration.held';
  list[2]!.clauses = ['9.3'];
  return list;
}

async function timeline(data: Evidence[] | undefined, props: Partial<EvidenceTimeline> = {}): Promise<EvidenceTimeline> {
  const el = await fixture<EvidenceTimeline>(html`<evidence-timeline time-zone="UTC" .now=${NOW} .data=${data}></evidence-timeline>`);
  Object.assign(el, props);
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
  return el;
}
const $ = (el: EvidenceTimeline, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: EvidenceTimeline, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const articles = (el: EvidenceTimeline) => $$(el, 'article');
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim();
async function choose(el: EvidenceTimeline, index: number, value: string) {
  const select = $$(el, 'select')[index]! as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** A paged `GET /v1/evidence` over `all`, cursor = offset, as the real API pages. */
function pagedApi(all: Evidence[], extra: Record<string, Parameters<typeof fakeApi>[0] extends infer R ? R extends Record<string, infer H> ? H : never : never> = {}) {
  const seen: URL[] = [];
  const api = fakeApi({
    'GET /v1/evidence': (request) => {
      const url = new URL(request.url);
      seen.push(url);
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const items = all.slice(from, from + limit);
      return json({ items, nextCursor: from + limit < all.length ? String(from + limit) : null });
    },
    ...extra,
  });
  return { api, seen, client: createClient({ baseUrl: 'https://api.example', fetch: api.fetch, retry: 0 }) };
}

describe('<evidence-timeline>', () => {
  it('renders a feed of articles grouped by day, newest first', async () => {
    const el = await timeline(three());
    const feed = $(el, '[role=feed]')!;
    expect(feed.getAttribute('aria-busy')).to.equal('false');
    const list = articles(el);
    expect(list.map((a) => [a.getAttribute('aria-posinset'), a.getAttribute('aria-setsize')])).to.deep.equal([['1', '3'], ['2', '3'], ['3', '3']]);
    expect(list.map((a) => text(a.querySelector('h3')))).to.deep.equal(['Thursday, December 3, 2026', 'Monday, November 30, 2026', undefined]);
    expect($$(el, '.day.sticky').map(text)).to.deep.equal(['Thursday, December 3, 2026']);
    expect(list[1]!.offsetTop).to.be.greaterThan(list[0]!.offsetTop);
  });

  it('shows type, actor, relative and absolute time, clauses and the hash of each event', async () => {
    const data = three();
    const el = await timeline(data, { actors: { [data[0]!.actorId]: 'Grace Hopper' } });
    const first = articles(el)[0]!;
    expect(text(first.querySelector('[part=type]'))).to.equal('Review signed');
    expect(text(first.querySelector('[part=actor]'))).to.equal('by Grace Hopper');
    const time = first.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-12-03T09:00:00Z');
    expect(time.textContent).to.equal('3 hours ago');
    expect(time.title).to.equal('Dec 3, 2026, 9:00 AM');
    expect(text(articles(el)[1]!.querySelector('time'))).to.equal('3 days ago');
    expect($$(el, 'article:first-of-type [part=clause]').map(text)).to.deep.equal(['7.2', '9.1']);
    const hash = first.querySelector<HTMLElement>('[part=hash]')!;
    expect(hash.title).to.equal(data[0]!.hash);
    expect(hash.textContent).to.equal(`${data[0]!.hash.slice(0, 8)}…${data[0]!.hash.slice(-4)}`);
    expect(first.getAttribute('aria-labelledby')).to.equal(first.querySelector('[part=type]')!.id);
  });

  it('filters by type and clause from its controls and properties', async () => {
    const el = await timeline(three());
    const offered = [...($$(el, 'select')[0] as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);
    expect(offered).to.have.members([...EvidenceType.options]); // every type the contract knows, once
    await choose(el, 0, 'assessment.recorded');
    expect(el.type).to.equal('assessment.recorded');
    expect(articles(el).map((a) => text(a.querySelector('[part=type]')))).to.deep.equal(['Assessment recorded']);
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('1');
    await choose(el, 0, '');
    el.clause = '9.3';
    await el.updateComplete;
    expect(articles(el).map((a) => text(a.querySelector('[part=type]')))).to.deep.equal(['Calibration held']);
    await choose(el, 1, '9.1');
    expect(articles(el)).to.have.length(1);
    el.type = 'correction';
    await el.updateComplete;
    expect(text($(el, '[part=status]'))).to.equal('No evidence matches these filters.');
  });

  it('moves between articles with PageDown / PageUp, and leaves the feed with Ctrl+Home', async () => {
    const el = await timeline(three());
    await el.focusEvent(0);
    await press('PageDown');
    expect(deepActiveElement()!.getAttribute('aria-posinset')).to.equal('2');
    await press('PageDown');
    await press('PageDown');
    expect(deepActiveElement()!.getAttribute('aria-posinset')).to.equal('3');
    await press('PageUp');
    expect(deepActiveElement()!.getAttribute('aria-posinset')).to.equal('2');
    expect($$(el, 'article[tabindex="0"]').map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(['2']);
    await press('Home', { ctrlKey: true });
    expect(deepActiveElement()).to.equal($(el, 'select'));
  });

  it('works with the real keyboard: Tab into the feed, PageDown, Enter', async () => {
    const data = three();
    const el = await timeline(data);
    $$(el, 'select')[1]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.getAttribute('aria-posinset')).to.equal('1');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(deepActiveElement()!.getAttribute('aria-posinset')).to.equal('2');
    const opened = oneEvent(el, 'evidence-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.evidence).to.equal(data[1]);
  });

  it('fires evidence-open on Enter and click, but not for a click on a link or button', async () => {
    const data = three();
    data[1]!.payload = { url: 'https://evidence.example/x' };
    const el = await timeline(data);
    await el.focusEvent(0);
    setTimeout(() => void press('Enter'));
    const opened = await oneEvent(el, 'evidence-open');
    expect(opened.detail.evidence).to.equal(data[0]);
    expect(opened.bubbles && opened.composed).to.equal(true);
    setTimeout(() => articles(el)[2]!.querySelector<HTMLElement>('[part=type]')!.click());
    expect((await oneEvent(el, 'evidence-open')).detail.evidence).to.equal(data[2]);
    let count = 0;
    el.addEventListener('evidence-open', () => count++);
    const link = articles(el)[1]!.querySelector<HTMLAnchorElement>('a')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    articles(el)[1]!.querySelector<HTMLElement>('[part=copy]')!.click();
    expect(count).to.equal(0);
  });

  it('shows the verification badge: verified, broken at seq N, unknown', async () => {
    const verified: ChainVerification = { valid: true, checked: 3, headHash: 'a'.repeat(64), firstBroken: null };
    const el = await timeline(three(), { verification: verified });
    const badge = () => $(el, '[part=badge]')!;
    expect([badge().dataset.state, text(badge())]).to.deep.equal(['verified', '✓ Chain verified']);
    expect(badge().title).to.equal('3 events checked');
    el.verification = { valid: false, checked: 1200, headHash: null, firstBroken: { seq: 1042, id: 'ev.1042', reason: 'hash-mismatch' } };
    await el.updateComplete;
    expect([badge().dataset.state, text(badge())]).to.deep.equal(['broken', '✗ Chain broken at #1,042']);
    el.verification = null;
    await el.updateComplete;
    expect([badge().dataset.state, text(badge())]).to.deep.equal(['unknown', '? Chain not verified']);
  });

  it('renders hostile strings literally and links only http(s)', async () => {
    const data = three();
    data[0]!.payload = {
      summary: '<img src=x onerror="window.__pwned=1">',
      url: 'javascript:window.__pwned=1',
      evidenceLinks: ['https://ok.example/<script>', 'data:text/html,<script>window.__pwned=1</script>'],
    };
    data[0]!.actorId = 'p.<script>';
    const el = await timeline(data);
    const first = articles(el)[0]!;
    expect(first.querySelectorAll('img, script')).to.have.length(0);
    expect(text(first.querySelector('.summary'))).to.equal('<img src=x onerror="window.__pwned=1">');
    const links = [...first.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://ok.example/%3Cscript%3E']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect([...first.querySelectorAll('.unsafe-link')].map(text)).to.deep.equal(['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>']);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('virtualises 100,000 events: a bounded DOM, right positions, far focus scrolls in', async () => {
    const data = makeEvidence(100_000);
    const started = performance.now();
    const el = await timeline(data);
    const firstRender = performance.now() - started;
    expect(articles(el).length).to.be.greaterThan(3).and.lessThan(60);
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('100000');
    expect(firstRender).to.be.lessThan(3000);
    await el.focusEvent(99_999);
    const active = deepActiveElement()!;
    expect(active.getAttribute('aria-posinset')).to.equal('100000');
    const box = $(el, '.scroller')!.getBoundingClientRect();
    expect(active.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 1);
    expect(articles(el).length).to.be.lessThan(60);
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await waitUntil(() => articles(el).some((a) => Math.abs(Number(a.getAttribute('aria-posinset')) - 50_000) < 2_000), 'middle renders');
    expect(articles(el).length).to.be.lessThan(60);
  });

  it('draws only the articles in view when the page makes the host display: block', async () => {
    // A page's own rule beats the element's :host display; the feed must still scroll, not grow.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><style>evidence-timeline { display: block; block-size: 400px; }</style><evidence-timeline .now=${NOW} .data=${makeEvidence(5_000)}></evidence-timeline></div>`,
    );
    const el = wrapper.querySelector('evidence-timeline')!;
    await el.updateComplete;
    await frames(2);
    await el.updateComplete;
    const scroller = $(el, '.scroller')!;
    expect(scroller.getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().bottom + 1);
    expect(articles(el).length).to.be.greaterThan(1).and.lessThan(30);
    scroller.scrollTop = scroller.scrollHeight / 2;
    await waitUntil(() => articles(el).some((a) => Number(a.getAttribute('aria-posinset')) > 1_000), 'articles follow the scroll');
    expect(articles(el).length).to.be.lessThan(30);
  });

  it('reads no layout while it renders an update', async () => {
    const el = await timeline(makeEvidence(1_000));
    const reads: string[] = [];
    const proto = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    const client = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { ...proto, get() { reads.push('offsetHeight'); return proto.get!.call(this); } });
    Object.defineProperty(Element.prototype, 'clientHeight', { ...client, get() { reads.push('clientHeight'); return client.get!.call(this); } });
    try {
      el.data = makeEvidence(2_000);
      await el.updateComplete;
      el.type = 'review.signed';
      await el.updateComplete;
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', proto);
      Object.defineProperty(Element.prototype, 'clientHeight', client);
    }
    expect(reads).to.deep.equal([]);
  });

  it('is compact on request: shorter articles', async () => {
    const el = await timeline(three());
    const comfortable = articles(el)[2]!.offsetHeight;
    el.density = 'compact';
    await el.updateComplete;
    await frames(2);
    await el.updateComplete;
    expect(articles(el)[2]!.offsetHeight).to.be.lessThan(comfortable);
  });

  it('mirrors right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><evidence-timeline .now=${NOW} .data=${three()}></evidence-timeline></div>`);
    const el = wrapper.querySelector('evidence-timeline')!;
    await el.updateComplete;
    const card = $(el, '.card')!;
    expect(getComputedStyle(card).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(card).borderLeftWidth).to.equal('0px');
  });

  it('formats dates and relative times in German for lang="de"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><evidence-timeline time-zone="UTC" .now=${NOW} .data=${three()}></evidence-timeline></div>`);
    const el = wrapper.querySelector('evidence-timeline')!;
    await el.updateComplete;
    await frames(2);
    expect(text(articles(el)[1]!.querySelector('time'))).to.equal('vor 3 Tagen');
    expect(text(articles(el)[0]!.querySelector('h3'))).to.equal('Donnerstag, 3. Dezember 2026');
    wrapper.lang = 'en';
    await waitUntil(() => text(articles(el)[0]!.querySelector('[part=type]')) === 'Review signed', 'English again');
  });

  it('switches language when an ancestor lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><evidence-timeline time-zone="UTC" .now=${NOW} .data=${three()}></evidence-timeline></div>`);
    const el = wrapper.querySelector('evidence-timeline')!;
    // One UI language is active per copy of the library; an earlier German test may still be switching back.
    await waitUntil(() => text(articles(el)[0]!.querySelector('[part=type]')) === 'Review signed', 'English labels', { timeout: 5000 });
    wrapper.lang = 'de';
    await waitUntil(() => text(articles(el)[0]!.querySelector('[part=type]')) === 'Beurteilung unterschrieben', 'German labels');
    expect(text(articles(el)[1]!.querySelector('time'))).to.equal('vor 3 Tagen');
    expect(text($(el, '[part=badge]'))).to.equal('? Kette nicht geprüft');
    wrapper.lang = 'en';
    await waitUntil(() => text(articles(el)[0]!.querySelector('[part=type]')) === 'Review signed', 'back to English');
  });

  it('passes axe in light and dark', async () => {
    const data = three();
    data[0]!.payload = { url: 'https://evidence.example/1' };
    const el = await timeline(data, { theme: 'light', verification: { valid: true, checked: 3, headHash: null, firstBroken: null } });
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('connected', () => {
    it('loads the first page through the SDK with its filters, then more as the person scrolls', async () => {
      const all = makeEvidence(200);
      const { client, seen } = pagedApi(all);
      const el = await fixture<EvidenceTimeline>(html`<evidence-timeline subject-id="p.7" type="review.signed" page-size="20" .client=${client} .verification=${null}></evidence-timeline>`);
      await waitUntil(() => articles(el).length > 0, 'first page renders');
      expect(Object.fromEntries(seen[0]!.searchParams)).to.deep.equal({ subjectId: 'p.7', type: 'review.signed', limit: '20' });
      await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy=true]'));
      const loaded = el.events.length;
      expect(loaded).to.be.lessThan(200);
      expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
      const scroller = $(el, '.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => el.events.length > loaded, 'next page loads on scroll');
      expect(seen.at(-1)!.searchParams.get('cursor')).to.equal(String(el.events.length - 20));
      for (let i = 0; i < 20 && el.events.length < 200; i++) {
        scroller.scrollTop = scroller.scrollHeight;
        await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy=true]'));
        await frames(1);
      }
      await waitUntil(() => el.events.length === 200, 'all pages load');
      await el.updateComplete;
      expect(articles(el).at(-1)!.getAttribute('aria-setsize')).to.equal('200');
      expect(el.events.map((e) => e.id)).to.deep.equal(all.map((e) => e.id));
    });

    it("names the people on screen (who acted, whom it is about), asking once per person; one it may not see stays an id", async () => {
      const all = makeEvidence(4);
      ['p.lead', 'p.hidden', 'p.given', 'p.lead'].forEach((id, i) => (all[i]!.actorId = id));
      ['p.sam', 'p.sam', 'p.given', 'p.hidden'].forEach((id, i) => (all[i]!.subjectId = id));
      const person = (id: string, name: string) => ({ id, name, email: `${id.slice(2)}@example.com`, roleId: 'r.1', managerId: null, team: 'Security' });
      const { api, client } = pagedApi(all, {
        'GET /v1/people/p.lead': () => json(person('p.lead', 'Dana Lead')),
        'GET /v1/people/p.sam': () => json(person('p.sam', 'Sam Okafor')),
        'GET /v1/people/p.hidden': () => problem(403, 'Forbidden'),
      });
      const asked = () => api.requests.filter((r) => r.path.startsWith('/v1/people/')).map((r) => r.path).sort();
      const el = await fixture<EvidenceTimeline>(html`<evidence-timeline time-zone="UTC" .now=${NOW} .client=${client} .verification=${null} .actors=${{ 'p.given': 'Gita Given' }}></evidence-timeline>`);
      const shown = (part: string) => articles(el).map((a) => text(a.querySelector(`[part=${part}]`)));
      await waitUntil(() => shown('subject')[0] === 'about Sam Okafor' && shown('actor')[0] === 'by Dana Lead', 'the names arrive');
      await waitUntil(() => asked().length === 3);
      await frames(2);
      expect(shown('actor')).to.deep.equal(['by Dana Lead', 'by p.hidden', 'by Gita Given', 'by Dana Lead']);
      expect(shown('subject')).to.deep.equal(['about Sam Okafor', 'about Sam Okafor', 'about Gita Given', 'about p.hidden']);
      // A feed about one person does not repeat that person on every event; nobody is asked for twice.
      el.subjectId = 'p.sam';
      await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy=true]') && articles(el).length === 4);
      await frames(2);
      expect(shown('subject')).to.deep.equal([undefined, undefined, 'about Gita Given', 'about p.hidden']);
      expect(asked()).to.deep.equal(['/v1/people/p.hidden', '/v1/people/p.lead', '/v1/people/p.sam']);
    });

    it('is busy while a page loads', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const all = makeEvidence(10);
      const api = fakeApi({ 'GET /v1/evidence': async () => (await gate, json({ items: all, nextCursor: null })) });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      const el = await fixture<EvidenceTimeline>(html`<evidence-timeline .client=${client} .verification=${null}></evidence-timeline>`);
      await el.updateComplete;
      expect(text($(el, '[part=status]'))).to.equal('Loading…');
      release();
      await waitUntil(() => el.events.length === 10);
      expect($(el, '[role=feed]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('marks the feed busy while the next page loads', async () => {
      const all = makeEvidence(40);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const api = fakeApi({
        'GET /v1/evidence': async (request) => {
          const cursor = new URL(request.url).searchParams.get('cursor');
          if (cursor) await gate;
          const from = Number(cursor ?? 0);
          return json({ items: all.slice(from, from + 20), nextCursor: from + 20 < all.length ? String(from + 20) : null });
        },
      });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      const el = await fixture<EvidenceTimeline>(html`<evidence-timeline page-size="20" .client=${client} .verification=${null}></evidence-timeline>`);
      await waitUntil(() => el.events.length === 20, 'first page');
      const scroller = $(el, '.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => $(el, '[role=feed]')!.getAttribute('aria-busy') === 'true', 'busy');
      expect(text($(el, '.scroller > [part=status]'))).to.equal('Loading more…');
      release();
      await waitUntil(() => el.events.length === 40, 'second page');
      await el.updateComplete;
      expect($(el, '[role=feed]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('asks the server to verify the chain; shows no badge to a viewer it may not verify for, unknown when it fails', async () => {
      const all = makeEvidence(5);
      const verified = pagedApi(all, { 'GET /v1/evidence/verify': () => json({ valid: false, checked: 5, headHash: all[0]!.hash, firstBroken: { seq: 3, id: 'ev.3', reason: 'prev-hash-mismatch' } }) });
      const el = await fixture<EvidenceTimeline>(html`<evidence-timeline .client=${verified.client}></evidence-timeline>`);
      await waitUntil(() => $(el, '[part=badge]')?.dataset.state === 'broken', 'broken badge');
      expect(text($(el, '[part=badge]'))).to.equal('✗ Chain broken at #3');
      const forbidden = pagedApi(all, { 'GET /v1/evidence/verify': () => problem(403, 'Forbidden') });
      const el2 = await fixture<EvidenceTimeline>(html`<evidence-timeline .client=${forbidden.client}></evidence-timeline>`);
      await waitUntil(() => articles(el2).length === 5);
      await frames(2);
      expect($(el2, '[part=badge]')).to.equal(null);
      const down = pagedApi(all, { 'GET /v1/evidence/verify': () => problem(503, 'Unavailable') });
      const el3 = await fixture<EvidenceTimeline>(html`<evidence-timeline .client=${down.client}></evidence-timeline>`);
      await waitUntil(() => $(el3, '[part=badge]')?.dataset.state === 'unknown', 'unknown badge');
      expect(text($(el3, '[part=badge]'))).to.contain('not');
    });

    it('shows an error with retry for the first page, and for a later page', async () => {
      const all = makeEvidence(60);
      let failNext = true;
      const { client } = pagedApi(all);
      const inner = pagedApi(all).api;
      const api = fakeApi({
        'GET /v1/evidence': (request, body) => {
          if (failNext) {
            failNext = false;
            return problem(503, 'Unavailable');
          }
          return inner.routes.get('GET /v1/evidence')!(request, body);
        },
      });
      void client;
      const flaky = createClient({ baseUrl: 'https://api.example', fetch: api.fetch, retry: 0 });
      const el = await fixture<EvidenceTimeline>(html`<evidence-timeline page-size="20" .client=${flaky} .verification=${null}></evidence-timeline>`);
      await waitUntil(() => $(el, '[part=error]'), 'first page error');
      expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
      $(el, '[part=retry]')!.click();
      await waitUntil(() => articles(el).length > 0, 'retry loads');
      await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy=true]'));
      failNext = true;
      const scroller = $(el, '.scroller')!;
      const loaded = el.events.length;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => $(el, '[part=error]'), 'later page error');
      expect(el.events.length).to.equal(loaded);
      $(el, '[part=retry]')!.click();
      await waitUntil(() => el.events.length > loaded, 'retry resumes from the cursor');
      expect(new Set(el.events.map((e) => e.id)).size).to.equal(el.events.length);
    });

    it('shows an empty state', async () => {
      const { client } = pagedApi([]);
      const el = await fixture<EvidenceTimeline>(html`<evidence-timeline .client=${client} .verification=${null}></evidence-timeline>`);
      await waitUntil(() => text($(el, '[part=status]')) === 'No evidence yet.');
      expect($(el, '[part=toolbar]')).to.not.equal(null);
    });
  });
});

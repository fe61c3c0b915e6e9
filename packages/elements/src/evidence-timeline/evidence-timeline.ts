import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { msg } from '@lit/localize';
import type { ChainVerification, Evidence, EvidenceType } from '@evident/contract';
import { ApiError, type Client } from '@evident/sdk';
import { ResizeWatch } from '../controllers/resize-watch.js';
import { toolbarStyles } from '../styles/toolbar.js';
import { ConnectedElement } from '../base/connected-element.js';
import { LoadController, renderLoadError } from '../base/load-controller.js';
import { VirtualWindow } from '../controllers/virtual-window.js';
import { cssProps } from '../controllers/css-props.js';
import { EvidencePager } from './evidence-pager.js';
import { dayStarts, dayString, matchesFilter } from './timeline-model.js';
import { renderArticle, renderBadge } from './timeline-article.js';
import { evidenceTypeLabel, evidenceTypes } from './type-labels.js';
import { ActorNames } from './actor-names.js';
import { timelineStyles } from './evidence-timeline.styles.js';

/** `detail` of `evidence-open`. */
export interface EvidenceOpenDetail {
  evidence: Evidence;
}

type LoadArgs = readonly [Client, string | undefined, string | undefined, EvidenceType | undefined, string | undefined, number];

const OVERSCAN = 4;
const KNOWN_CLAUSES = ['7.2', '9.1', '9.3'];

/**
 * The evidence trail of a person (`subject-id`), a team (`team`) or the whole tenant, newest first,
 * grouped by day under sticky day headings and filtered by type and ISO 27001 clause. Follows the
 * WAI-ARIA feed pattern (articles with `aria-posinset` / `aria-setsize`, `aria-busy` while loading,
 * PageDown / PageUp between articles, Ctrl+Home to the filters). Virtualised, so 100,000 events
 * scroll smoothly; connected, it loads the next page through the SDK as the person nears the end.
 * Each event shows its type, actor, time (relative, with the absolute time in `<time>`), clause
 * tags and its hash; a badge shows the chain's verification result. Links are http(s) only.
 *
 * Controlled: set `.data` (an `Evidence[]`, newest first) and optionally `.verification`.
 * Connected: inside an `<evident-provider>` (or with `.client`), set `subject-id` or `team` (or
 * neither, for the tenant).
 *
 * @summary An auditor-ready, hash-verified evidence trail, grouped by day.
 * @fires evidence-open - `{ evidence }` when an event is chosen by Enter or click.
 * @csspart toolbar - The filters and the verification badge.
 * @csspart filter - Each filter's `<select>` (type, clause).
 * @csspart badge - The chain verification badge; `data-state` is `verified`, `broken` or `unknown`.
 * @csspart scroller - The scrolling area.
 * @csspart feed - The feed of articles.
 * @csspart day-heading - A day's heading (also the sticky one).
 * @csspart article - One event.
 * @csspart type - The event's type label.
 * @csspart time - The event's time.
 * @csspart actor - Who caused the event.
 * @csspart subject - Whom the event is about (not shown when `subject-id` narrows the feed to one person).
 * @csspart clause - One ISO 27001 clause tag.
 * @csspart link - A payload link (http(s) only).
 * @csspart hash - The shortened hash (the full one is its title).
 * @csspart copy - The "copy hash" button.
 * @csspart status - Loading, loading-more and empty messages.
 * @csspart error - The error box; `retry` is its button.
 * @csspart retry - The retry button of the error box.
 * @cssprop --ev-timeline-article-size - Height of one event (default 4.5em plus four times --ev-space; smaller when compact).
 * @cssprop --ev-timeline-day-size - Height of a day heading (default 1.5em plus 1.5 times --ev-space).
 * @cssprop --ev-success - Colour of the "verified" badge.
 * @cssprop --ev-danger - Colour of the "broken" badge.
 */
export class EvidenceTimeline extends ConnectedElement {
  static override defaultTag = 'evidence-timeline';
  static override styles = [ConnectedElement.styles, toolbarStyles, timelineStyles];

  /** Controlled mode: the events to show, newest first. While set, nothing is loaded. */
  @property({ attribute: false }) data?: Evidence[];

  /** Connected mode: only evidence about this person. */
  @property({ attribute: 'subject-id' }) subjectId?: string;

  /** Connected mode: only evidence about this team. */
  @property() team?: string;

  /** Show only events of this type (a filter; in connected mode sent to the server). */
  @property() type?: EvidenceType;

  /** Show only events tagged with this ISO 27001 clause or control, e.g. `7.2` (a filter). */
  @property() clause?: string;

  /**
   * The chain verification to show in the badge. Unset in connected mode: asked of the server (no
   * badge when the server answers 403 to this viewer). `null`: unknown.
   */
  @property({ attribute: false }) verification?: ChainVerification | null;

  /**
   * Display names of people (who acted, whom an event is about) by person id. Connected, names not
   * given here are looked up for the events on screen (`GET /v1/people/:id`); a person the viewer
   * may not see shows as their id.
   */
  @property({ attribute: false }) actors?: Record<string, string>;

  /** Events per page in connected mode. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** IANA time zone for days and times (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** "Now" for relative times (default: the current time); set it for stable screenshots. */
  @property({ attribute: false }) now?: Date | number;

  /** Accessible name of the feed (default "Evidence"). */
  @property() label?: string;

  @state() private copied?: string;

  readonly #load = new LoadController<EvidencePager, LoadArgs>(this, {
    args: () => (this.data || !this.activeClient ? undefined : ([this.activeClient, this.subjectId, this.team, this.type, this.clause, this.pageSize] as const)),
    load: async ([client, subjectId, team, type, clause, limit], signal) => {
      const pager = new EvidencePager(client, { subjectId, team, type, clause, limit }, signal, () => this.requestUpdate());
      await pager.more();
      if (pager.error) throw pager.error;
      return pager;
    },
    isEmpty: (pager) => pager.done && pager.items.length === 0,
  });

  readonly #verify = new LoadController<ChainVerification, readonly [Client]>(this, {
    args: () => (this.verification !== undefined || this.data || !this.activeClient ? undefined : [this.activeClient]),
    load: ([client], signal) => client.verifyEvidence({ signal }),
  });

  /** Connected mode: names looked up for the actors on screen, for the current client. */
  #names?: ActorNames;
  readonly #window = new VirtualWindow();
  #list: Evidence[] = [];
  #days: Int32Array = new Int32Array(0);
  #starts: Uint8Array = new Uint8Array(0);
  /** Clause filter choices: the common ones plus every clause in the data. */
  #clauses: string[] = KNOWN_CLAUSES;
  #listKey: unknown[] = [];
  #sizesKey: unknown[] = [];
  #top = 0;
  /**
   * Viewport, article and day heading heights in px, read when a ResizeObserver reports (after
   * layout, so never a forced one); guesses until then. The window's height is a safe upper bound.
   */
  #height = globalThis.innerHeight || 640;
  #articleSize = 104;
  #daySize = 36;
  #active = 0;
  /** The articles `[start, end)` of the last render: a measurement re-renders only if it needs others. */
  #rendered = { start: 0, end: 0 };
  /** Whether the sizes are measured, not guessed: only then is the distance to the end worth a page. */
  #measured = false;

  /** The events shown now (after filters), newest first. */
  get events(): readonly Evidence[] {
    this.#layout();
    return this.#list;
  }

  /** Moves keyboard focus to the event at `index` of `events`, scrolling it in (and rendering it) first. */
  async focusEvent(index: number): Promise<void> {
    this.#layout();
    if (!this.#list.length) return;
    this.#active = Math.max(0, Math.min(index, this.#list.length - 1));
    const scroller = this.#scroller();
    if (scroller) {
      // Keep the card clear of the sticky day heading (an article that opens a day has its own).
      const i = this.#active;
      const itemTop = this.#window.offsetOf(i) - (this.#starts[i] ? 0 : this.#daySize);
      const itemBottom = this.#window.offsetOf(i + 1);
      let top = scroller.scrollTop;
      if (itemTop < top) top = Math.max(0, itemTop);
      else if (itemBottom > top + scroller.clientHeight) top = itemBottom - scroller.clientHeight;
      if (top !== scroller.scrollTop) scroller.scrollTop = this.#top = top;
    }
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`article[data-index="${this.#active}"]`)?.focus({ preventScroll: true });
  }

  constructor() {
    super();
    // Sizes are read only after layout (in #measure), never while rendering; the watch registers itself.
    new ResizeWatch(this, ['.scroller', '.probe-article', '.probe-day'], () => this.#measure());
  }

  override render() {
    const pager = this.#load.value;
    // The frame, not the host, lays out toolbar and feed: a page's `evidence-timeline { display: block }`
    // must not let the scroller grow to its full height (and render every event).
    return html`<div class="frame">${this.#renderToolbar()}
    ${this.data ? this.#renderFeed(false) : this.#load.render({
        ready: () => this.#renderFeed(!pager?.done),
        empty: () => this.#renderEmpty(),
      })}</div>`;
  }

  protected override updated(): void {
    this.#maybeLoadMore();
    this.#lookUpActors();
  }

  /** Connected: asks for the names of the people rendered now (actors, subjects) that the host did not name. */
  #lookUpActors(): void {
    const client = this.data ? undefined : this.activeClient;
    if (!client) return;
    if (this.#names?.client !== client) this.#names = new ActorNames(client, () => this.requestUpdate());
    const ids: string[] = [];
    for (let i = this.#rendered.start; i < this.#rendered.end; i++) {
      const e = this.#list[i];
      for (const id of e ? [e.actorId, this.#subjectOf(e)] : []) if (id && !this.actors?.[id]) ids.push(id);
    }
    this.#names.request(ids);
  }

  /** The person an event is about, unless the feed is about that one person anyway. */
  #subjectOf(e: Evidence): string | undefined {
    return e.subjectId && e.subjectId !== this.subjectId ? e.subjectId : undefined;
  }

  #personName(id: string): string {
    return this.actors?.[id] ?? this.#names?.get(id) ?? id;
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  #measure(): void {
    const scroller = this.#scroller();
    const article = this.renderRoot.querySelector<HTMLElement>('.probe-article');
    const day = this.renderRoot.querySelector<HTMLElement>('.probe-day');
    if (!scroller || !article || !day) return;
    const articleSize = article.offsetHeight || this.#articleSize;
    const daySize = day.offsetHeight || this.#daySize;
    const resized = articleSize !== this.#articleSize || daySize !== this.#daySize;
    this.#height = scroller.clientHeight || this.#height;
    this.#articleSize = articleSize;
    this.#daySize = daySize;
    // Articles already cover the (smaller) viewport: keep them until the next scroll.
    const { start, end } = this.#window.range(this.#top, this.#height, OVERSCAN);
    if (resized || start < this.#rendered.start || end > this.#rendered.end) this.requestUpdate();
    this.#measured = true;
    this.#maybeLoadMore();
  }

  /** Connected: asks for the next page when the rendered window is within two screens of the end. */
  #maybeLoadMore(): void {
    const pager = this.#load.value;
    if (this.data || !this.#measured || this.#load.status !== 'ready' || !pager || pager.done || pager.loading || pager.error) return;
    if (this.#window.total - (this.#top + this.#height) < this.#height * 2) void pager.more();
  }

  /** Recomputes the filtered list, its day starts and item offsets when their inputs change. */
  #layout(): void {
    const pager = this.#load.value;
    const source = this.data ?? pager?.items ?? [];
    const key = [source, this.data ? 0 : pager?.version, this.type, this.clause, this.timeZone];
    if (key.some((k, i) => k !== this.#listKey[i])) {
      this.#listKey = key;
      // Connected lists arrive filtered by the server; controlled ones are filtered here.
      const filter = { type: this.type, clause: this.clause };
      this.#list = this.data && (filter.type || filter.clause) ? source.filter((e) => matchesFilter(e, filter)) : source;
      ({ days: this.#days, starts: this.#starts } = dayStarts(this.#list, this.timeZone));
      const clauses = new Set(KNOWN_CLAUSES);
      for (let i = 0; i < source.length; i++) {
        const tags = source[i]!.clauses;
        for (let j = 0; j < tags.length; j++) clauses.add(tags[j]!);
      }
      this.#clauses = [...clauses].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      this.#active = Math.min(this.#active, Math.max(0, this.#list.length - 1));
    }
    // Offsets follow the list (a new key: a connected list grows in place) and the measured sizes.
    const sizes = [this.#listKey, this.#articleSize, this.#daySize];
    if (sizes.some((k, i) => k !== this.#sizesKey[i])) {
      this.#sizesKey = sizes;
      this.#window.setSizes(this.#list.length, (i) => this.#articleSize + (this.#starts[i] ? this.#daySize : 0));
    }
  }

  #onScroll = (event: Event): void => {
    const dayBefore = this.#days[this.#window.indexAt(this.#top)];
    this.#top = (event.currentTarget as HTMLElement).scrollTop;
    const { start, end } = this.#window.range(this.#top, this.#height, OVERSCAN);
    // Re-render when other articles enter, or the sticky heading's day changes.
    if (start !== this.#rendered.start || end !== this.#rendered.end || dayBefore !== this.#days[this.#window.indexAt(this.#top)]) this.requestUpdate();
    this.#maybeLoadMore();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const article = (event.target as HTMLElement).closest?.('article');
    if (!article || event.altKey || event.metaKey) return;
    const index = Number(article.dataset.index);
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      void this.focusEvent(index + (event.key === 'PageDown' ? 1 : -1));
    } else if (event.key === 'Home' && event.ctrlKey) {
      // Feed pattern: Ctrl+Home leaves the feed for the first focusable element before it.
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('.toolbar select')?.focus();
    } else if (event.key === 'Enter' && event.target === article) {
      event.preventDefault();
      this.#open(index);
    }
  };

  #onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const article = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.localName === 'article');
    if (!article || path.some((n) => n instanceof HTMLElement && (n.localName === 'a' || n.localName === 'button'))) return;
    this.#active = Number(article.dataset.index);
    this.#open(this.#active);
  };

  #onFocus(index: number): void {
    if (index === this.#active) return;
    this.#active = index;
    this.requestUpdate();
  }

  #open(index: number): void {
    const evidence = this.#list[index];
    if (evidence) this.emit('evidence-open', { evidence });
  }

  #renderToolbar(): TemplateResult {
    this.#layout();
    const sorted = this.#clauses.includes(this.clause ?? '') || !this.clause ? this.#clauses : [...this.#clauses, this.clause];
    return html`<div class="toolbar" part="toolbar">
      <label class="filter"
        >${msg('Type', { id: 'timeline-type' })}
        <select part="filter" @change=${(e: Event) => (this.type = ((e.target as HTMLSelectElement).value || undefined) as EvidenceType | undefined)}>
          <option value="" ?selected=${!this.type}>${msg('All types', { id: 'timeline-all-types' })}</option>
          ${evidenceTypes.map((t) => html`<option .value=${t} ?selected=${t === this.type}>${evidenceTypeLabel(t)}</option>`)}
        </select></label
      >
      <label class="filter"
        >${msg('ISO 27001 clause', { id: 'timeline-clause' })}
        <select part="filter" @change=${(e: Event) => (this.clause = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.clause}>${msg('All clauses', { id: 'timeline-all-clauses' })}</option>
          ${sorted.map((c) => html`<option .value=${c} ?selected=${c === this.clause}>${c}</option>`)}
        </select></label
      >
      ${this.#renderBadge()}
    </div>`;
  }

  #renderBadge(): TemplateResult | typeof nothing {
    // A viewer the server does not let verify (403, e.g. an employee) gets no badge rather than a
    // worrying "not verified"; a failure to check (offline, 5xx) still says the chain is unknown.
    if (this.verification === undefined && this.#verify.error instanceof ApiError && this.#verify.error.status === 403) return nothing;
    const verification = this.verification !== undefined ? this.verification : this.#verify.status === 'ready' ? this.#verify.value : null;
    return renderBadge(verification ?? null, this.locale);
  }

  #renderEmpty(): TemplateResult {
    const filtered = this.type || this.clause;
    return html`<p class="ev-status" part="status" role="status">
      ${filtered ? msg('No evidence matches these filters.', { id: 'timeline-no-match' }) : msg('No evidence yet.', { id: 'timeline-empty' })}
    </p>`;
  }

  #renderFeed(more: boolean): TemplateResult {
    this.#layout();
    const list = this.#list;
    if (!list.length && !more) return this.#renderEmpty();
    const pager = this.data ? undefined : this.#load.value;
    const { start, end } = (this.#rendered = this.#window.range(this.#top, this.#height, OVERSCAN));
    const indexes = Array.from({ length: end - start }, (_, i) => start + i);
    // The roving tab stop stays rendered (in order, so focus survives) when scrolled away.
    if (this.#active < start) indexes.unshift(this.#active);
    if (this.#active >= end && this.#active < list.length) indexes.push(this.#active);
    const setSize = more ? -1 : list.length;
    const topDay = list.length ? this.#days[this.#window.indexAt(this.#top)] : undefined;
    return html`<div class="scroller scroll-body" part="scroller" @scroll=${this.#onScroll} @keydown=${this.#onKeydown} @click=${this.#onClick}>
      <div class="probe-article" aria-hidden="true"></div>
      <div class="probe-day" aria-hidden="true"></div>
      ${topDay !== undefined ? html`<div class="day sticky" part="day-heading" aria-hidden="true">${this.#dayLabel(topDay)}</div>` : nothing}
      <div
        class="feed"
        part="feed"
        role="feed"
        aria-label=${this.label ?? msg('Evidence', { id: 'timeline-label' })}
        aria-busy=${pager?.loading ? 'true' : 'false'}
        ${cssProps({ '--_total': `${this.#window.total}px` })}
      >
        ${repeat(
          indexes,
          (i) => list[i]!.id,
          // An article re-renders only when what it shows changes, not on every scroll step.
          (i) =>
            guard([list[i], i, setSize, i === this.#active, this.#window.offsetOf(i), this.copied === list[i]!.hash, this.actors, this.#names?.version, this.now, this.timeZone, this.locale.lang, this.locale.version], () =>
              this.#renderArticle(list[i]!, i, setSize),
            ),
        )}
      </div>
      ${pager?.error ? renderLoadError(pager.error, () => void pager.more()) : nothing}
      ${pager?.loading ? html`<p class="ev-status" part="status" role="status">${msg('Loading more…', { id: 'timeline-loading-more' })}</p>` : nothing}
    </div>`;
  }

  #dayLabel(day: number): string {
    // Noon UTC of the calendar day, formatted in UTC: the same date in every time zone.
    return this.locale.formatDate(`${dayString(day)}T12:00:00Z`, { dateStyle: 'full', timeZone: 'UTC' });
  }

  #renderArticle(evidence: Evidence, index: number, setSize: number): TemplateResult {
    const subject = this.#subjectOf(evidence);
    return renderArticle(evidence, {
      index,
      setSize,
      active: index === this.#active,
      offset: this.#window.offsetOf(index),
      day: this.#starts[index] ? this.#dayLabel(this.#days[index]!) : undefined,
      actor: this.#personName(evidence.actorId),
      subject: subject && this.#personName(subject),
      copied: this.copied === evidence.hash,
      now: this.now ?? Date.now(),
      timeZone: this.timeZone,
      locale: this.locale,
      onFocus: () => this.#onFocus(index),
      onCopy: () => void this.#copy(evidence.hash),
    });
  }

  async #copy(hash: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(hash);
      this.copied = hash;
    } catch {
      // No clipboard (insecure context, denied): the full hash stays selectable in the title.
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evidence-timeline': EvidenceTimeline;
  }
  interface HTMLElementEventMap {
    'evidence-open': CustomEvent<EvidenceOpenDetail>;
  }
}

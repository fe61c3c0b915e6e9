/**
 * The pieces of `<evidence-timeline>` that show one thing each: an event (a feed article) and the
 * chain verification badge. Pure template functions; the element passes in everything they show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ChainVerification, Evidence } from '@evident/contract';
import type { LocaleController } from '../localize/locale-controller.js';
import { cssProps } from '../controllers/css-props.js';
import { payloadEntries, shortHash } from './timeline-model.js';
import { evidenceTypeLabel } from './type-labels.js';

export interface ArticleContext {
  index: number;
  /** `aria-setsize`: the count, or -1 while more pages may come. */
  setSize: number;
  /** The roving tab stop of the feed. */
  active: boolean;
  /** Top of the article in the virtual list, px. */
  offset: number;
  /** The day heading, when this event is the first (newest) of its day. */
  day: string | undefined;
  actor: string;
  /** Whom the event is about (a name, else the id); unset when the feed shows one person only. */
  subject: string | undefined;
  copied: boolean;
  now: Date | number;
  timeZone: string | undefined;
  locale: LocaleController;
  onFocus: () => void;
  onCopy: () => void;
}

/** One event as a feed article: type, time, actor, seq; subject, summary and links (http(s) only); clauses, hash, copy. */
export function renderArticle(e: Evidence, c: ArticleContext): TemplateResult {
  const id = `ev-${c.index}`;
  const { summary, links } = payloadEntries(e.payload);
  const absolute = c.locale.formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short', ...(c.timeZone ? { timeZone: c.timeZone } : {}) });
  return html`<article
    class="item"
    part="article"
    data-index=${c.index}
    data-type=${e.type}
    tabindex=${c.active ? 0 : -1}
    aria-posinset=${c.index + 1}
    aria-setsize=${c.setSize}
    aria-labelledby=${id}
    aria-describedby=${`${id}-d`}
    @focus=${c.onFocus}
    ${cssProps({ '--_y': `${c.offset}px` })}
  >
    ${c.day ? html`<h3 class="day" part="day-heading">${c.day}</h3>` : nothing}
    <div class="card">
      <div class="line">
        <span class="type" part="type" id=${id}>${evidenceTypeLabel(e.type)}</span>
        <time part="time" datetime=${e.at} title=${absolute}>${c.locale.formatRelative(e.at, c.now)}</time>
        <span class="actor" part="actor">${msg(str`by ${c.actor}`, { id: 'timeline-by' })}</span>
        <span class="seq">#${c.locale.formatNumber(e.seq)}</span>
      </div>
      <div class="line detail" id=${`${id}-d`}>
        ${c.subject ? html`<span class="subject" part="subject">${msg(str`about ${c.subject}`, { id: 'timeline-about' })}</span>` : nothing}
        ${summary ? html`<span class="summary">${summary}</span>` : nothing}
        ${links.map((l) =>
          l.href ? html`<a part="link" href=${l.href} target="_blank" rel="noopener noreferrer">${l.text}</a>` : html`<span class="unsafe-link">${l.text}</span>`,
        )}
      </div>
      <div class="line">
        <ul class="clauses" aria-label=${msg('ISO 27001 clauses', { id: 'timeline-clauses' })}>
          ${e.clauses.map((clause) => html`<li part="clause">${clause}</li>`)}
        </ul>
        <code part="hash" title=${e.hash}>${shortHash(e.hash)}</code>
        <button class="copy" part="copy" type="button" @click=${c.onCopy} aria-label=${msg(str`Copy hash ${shortHash(e.hash)}`, { id: 'timeline-copy-label' })}>
          ${c.copied ? msg('Copied', { id: 'timeline-copied' }) : msg('Copy', { id: 'timeline-copy' })}
        </button>
      </div>
    </div>
  </article>`;
}

/** The chain verification badge: verified, broken at seq N, or unknown (`null`); by icon and text, not colour alone. */
export function renderBadge(v: ChainVerification | null, locale: LocaleController): TemplateResult {
  const state = v ? (v.valid ? 'verified' : 'broken') : 'unknown';
  const text = !v
    ? msg('Chain not verified', { id: 'timeline-chain-unknown' })
    : v.valid
      ? msg('Chain verified', { id: 'timeline-chain-verified' })
      : msg(str`Chain broken at #${locale.formatNumber(v.firstBroken?.seq ?? 0)}`, { id: 'timeline-chain-broken' });
  const title = v ? msg(str`${locale.formatNumber(v.checked)} events checked`, { id: 'timeline-chain-checked' }) : '';
  return html`<span class="badge" part="badge" data-state=${state} role="status" title=${title}
    ><span class="icon" aria-hidden="true">${state === 'verified' ? '✓' : state === 'broken' ? '✗' : '?'}</span> ${text}</span
  >`;
}

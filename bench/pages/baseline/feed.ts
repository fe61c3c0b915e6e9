/**
 * The vanilla-DOM baseline for the timeline: the visible window of a feed of evidence events,
 * with day headings, drawn once with the same text per event.
 */
import type { Evidence } from '@evident/contract';

const ITEM_HEIGHT = 72;

export function renderBaselineFeed(host: HTMLElement, events: Evidence[], height = 800): HTMLElement {
  const feed = document.createElement('div');
  feed.setAttribute('role', 'feed');
  feed.style.cssText = `height:${height}px;overflow:auto;position:relative;font:14px sans-serif`;
  const spacer = document.createElement('div');
  spacer.style.height = `${events.length * ITEM_HEIGHT}px`;
  feed.append(spacer);
  const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'full' });
  const timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { timeStyle: 'short' });
  const visible = Math.min(events.length, Math.ceil(height / ITEM_HEIGHT) + 2);
  let day = '';
  for (let i = 0; i < visible; i++) {
    const e = events[i]!;
    const at = new Date(e.at);
    const thisDay = dateFormat.format(at);
    const article = document.createElement('article');
    article.setAttribute('aria-posinset', String(i + 1));
    article.setAttribute('aria-setsize', String(events.length));
    article.style.cssText = `position:absolute;top:${i * ITEM_HEIGHT}px;height:${ITEM_HEIGHT}px`;
    if (thisDay !== day) {
      const h = document.createElement('h3');
      h.textContent = thisDay;
      article.append(h);
      day = thisDay;
    }
    const line = document.createElement('p');
    line.textContent = `${e.type} · ${e.actorId} · ${timeFormat.format(at)} · ${e.clauses.join(', ')} · ${e.hash.slice(0, 12)}`;
    article.append(line);
    feed.append(article);
  }
  host.append(feed);
  return feed;
}

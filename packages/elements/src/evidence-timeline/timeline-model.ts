/**
 * What `<evidence-timeline>` shows, without DOM: filtering, day grouping, safe links, short hashes.
 */
import type { Evidence, EvidenceType } from '@evident/contract';

export interface TimelineFilter {
  type?: EvidenceType | undefined;
  clause?: string | undefined;
}

export function matchesFilter(evidence: Evidence, filter: TimelineFilter): boolean {
  return (!filter.type || evidence.type === filter.type) && (!filter.clause || evidence.clauses.includes(filter.clause));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone (default: the browser's). */
export function dayKey(at: string | number | Date, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = dayFormats.get(key);
  if (!format) dayFormats.set(key, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  // en-CA formats as 2026-12-03.
  return format.format(new Date(at));
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const MINUTE = 60_000;

/** What is known of one time zone's UTC offsets: at week boundaries, and the instant of each change. */
interface Zone {
  format: Intl.DateTimeFormat;
  boundaries: Map<number, number>;
  changes: Map<number, { at: number; before: number; after: number }>;
}
const zones = new Map<string, Zone>();

/** Milliseconds the zone is ahead of UTC at instant `ms` (one Intl call). */
function rawOffset(zone: Zone, ms: number): number {
  // Seconds too: local mean time before ~1900 has offsets like +0:53:28.
  const [, m, d, y, h, min, sec] = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/.exec(zone.format.format(ms))!.map(Number) as number[];
  return Date.UTC(y!, m! - 1, d!, h!, min!, sec!) - Math.floor(ms / 1000) * 1000;
}

/**
 * The zone's offset at `ms` with about one Intl call per week of data: offsets are constant between
 * DST changes, so only weeks whose ends differ are searched (by bisection, to the minute).
 */
function offsetAt(zone: Zone, ms: number): number {
  const week = Math.floor(ms / WEEK);
  const boundary = (at: number) => {
    let offset = zone.boundaries.get(at);
    if (offset === undefined) zone.boundaries.set(at, (offset = rawOffset(zone, at)));
    return offset;
  };
  const before = boundary(week * WEEK);
  const after = boundary((week + 1) * WEEK);
  if (before === after) return before;
  let change = zone.changes.get(week);
  if (!change) {
    let lo = week * WEEK;
    let hi = (week + 1) * WEEK;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (rawOffset(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    zone.changes.set(week, (change = { at: hi, before, after }));
  }
  return ms < change.at ? change.before : change.after;
}

function zoneFor(timeZone?: string): Zone {
  const key = timeZone ?? '';
  let zone = zones.get(key);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    zones.set(key, (zone = { format, boundaries: new Map(), changes: new Map() }));
  }
  return zone;
}

/**
 * Milliseconds since the epoch of a contract `Timestamp` (`YYYY-MM-DDTHH:MM:SSZ`, optional fraction
 * dropped: it never changes the day). Plain arithmetic (days-from-civil), several times faster than
 * `Date.parse` over 100,000 events.
 */
function timestampMs(at: string): number {
  if (at.length < 20 || at.charCodeAt(10) !== 84 /* T */) return Date.parse(at);
  const month = digits(at, 5, 2);
  const year = digits(at, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digits(at, 8, 2) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  return days * DAY + (digits(at, 11, 2) * 3600 + digits(at, 14, 2) * 60 + digits(at, 17, 2)) * 1000;
}

/** The decimal number in `at` from `from`, `length` digits long (no closure per call: 100,000 calls). */
function digits(at: string, from: number, length: number): number {
  let value = 0;
  for (let k = from; k < from + length; k++) value = value * 10 + at.charCodeAt(k) - 48;
  return value;
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function dayString(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * For each event (newest first), its local day number (days since 1970-01-01 in `timeZone`) and
 * whether it opens a new day (the first event of each day carries that day's heading). Offsets are
 * cached per zone (see `offsetAt`), so 100,000 events group in a few milliseconds.
 */
export function dayStarts(list: readonly Evidence[], timeZone?: string): { days: Int32Array; starts: Uint8Array } {
  const zone = zoneFor(timeZone);
  const days = new Int32Array(list.length);
  const starts = new Uint8Array(list.length);
  // Fast path: consecutive events mostly share a week without an offset change.
  let week = NaN;
  let steady: number | undefined;
  for (let i = 0; i < list.length; i++) {
    const ms = timestampMs(list[i]!.at);
    const w = Math.floor(ms / WEEK);
    if (w !== week) {
      week = w;
      const a = offsetAt(zone, w * WEEK);
      steady = a === offsetAt(zone, (w + 1) * WEEK - 1) ? a : undefined;
    }
    days[i] = Math.floor((ms + (steady ?? offsetAt(zone, ms))) / DAY);
    starts[i] = i === 0 || days[i] !== days[i - 1] ? 1 : 0;
  }
  return { days, starts };
}

/** `value` as a link target only if it is an absolute http(s) URL; `javascript:`, `data:` and the rest stay text. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || /[\s\p{Cc}]/u.test(value.trim())) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A payload field worth showing: its key, its text, and an href if (and only if) it is a safe link. */
export interface PayloadEntry {
  key: string;
  text: string;
  href?: string;
}

const LINKISH_KEY = /(url|link|href|uri)s?$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\S+$/i;
const SUMMARY_KEYS = ['title', 'summary', 'description', 'rationale', 'note', 'action'];

/**
 * The payload fields an event shows: a short summary text, then every string that looks like a
 * link (by key or by scheme), as a link only when http(s). Arrays of strings count (`evidenceLinks`).
 */
export function payloadEntries(payload: Record<string, unknown>): { summary?: string; links: PayloadEntry[] } {
  const summaryKey = SUMMARY_KEYS.find((k) => typeof payload[k] === 'string' && payload[k] !== '');
  const links: PayloadEntry[] = [];
  for (const [key, value] of Object.entries(payload)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string' || !(LINKISH_KEY.test(key) || SCHEME.test(item.trim()))) continue;
      const href = safeHttpUrl(item);
      links.push(href ? { key, text: item, href } : { key, text: item });
    }
  }
  return summaryKey ? { summary: payload[summaryKey] as string, links } : { links };
}

/** `a1b2c3d4…9f8e`: enough to tell hashes apart on screen; the full one goes in a title and the clipboard. */
export function shortHash(hash: string): string {
  return hash.length > 14 ? `${hash.slice(0, 8)}…${hash.slice(-4)}` : hash;
}

import { expect } from '@open-wc/testing';
import { Evidence } from '@evident/contract';
import { dayKey, dayStarts, dayString, matchesFilter, payloadEntries, safeHttpUrl, shortHash } from '../src/evidence-timeline/timeline-model.js';
import { makeEvidence } from './fixtures/evidence-data.js';

describe('timeline model', () => {
  it('the fixture generator builds contract-valid evidence, newest first', () => {
    const list = makeEvidence(500);
    expect(list.every((e) => Evidence.safeParse(e).success)).to.equal(true);
    expect(list[0]!.seq).to.equal(500);
    expect(list.at(-1)!.seq).to.equal(1);
    expect(list.every((e, i) => i === 0 || e.at <= list[i - 1]!.at)).to.equal(true);
  });

  it('puts an instant on the calendar day of a time zone', () => {
    expect(dayKey('2026-12-03T23:30:00Z', 'UTC')).to.equal('2026-12-03');
    expect(dayKey('2026-12-03T23:30:00Z', 'Europe/Berlin')).to.equal('2026-12-04');
    expect(dayKey('2026-12-03T02:00:00Z', 'America/New_York')).to.equal('2026-12-02');
    expect(dayKey('2026-12-03T20:00:00Z', 'Asia/Kathmandu')).to.equal('2026-12-04'); // +05:45
  });

  it('marks the first event of each day', () => {
    const list = makeEvidence(4);
    const at = ['2026-12-03T10:00:00Z', '2026-12-03T09:00:00Z', '2026-12-02T23:00:00Z', '2026-12-02T01:00:00Z'];
    list.forEach((e, i) => (e.at = at[i]!));
    expect([...dayStarts(list, 'UTC').starts]).to.deep.equal([1, 0, 1, 0]);
    expect([...dayStarts(list, 'Europe/Berlin').starts]).to.deep.equal([1, 0, 0, 1]);
    expect([...dayStarts(list, 'Europe/Berlin').days].map(dayString)).to.deep.equal(['2026-12-03', '2026-12-03', '2026-12-03', '2026-12-02']);
  });

  it('agrees with Intl for every event across DST changes and odd offsets', () => {
    // ~40 years back, every ~16 hours: many DST changes, leap days, half-hour and 45-minute zones.
    const list = makeEvidence(20_000, { spacingMinutes: 1000 });
    list.push({ ...list[0]!, at: '2000-02-29T23:59:59.999Z' }, { ...list[0]!, at: '1970-01-01T00:00:00Z' });
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Africa/Casablanca', 'UTC']) {
      const { days } = dayStarts(list, zone);
      const wrong = list.filter((e, i) => dayString(days[i]!) !== dayKey(e.at, zone));
      expect(wrong.map((e) => e.at), zone).to.deep.equal([]);
    }
  });

  it('groups 100,000 events quickly', () => {
    const list = makeEvidence(100_000);
    const started = performance.now();
    dayStarts(list, 'Europe/Berlin');
    expect(performance.now() - started).to.be.lessThan(400);
  });

  it('links only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.com/a?b=c')).to.equal('https://example.com/a?b=c');
    expect(safeHttpUrl('http://intranet/doc')).to.equal('http://intranet/doc');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative', '//evil.example', 'ftp://x', 42, null]) {
      expect(safeHttpUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('shows link-like payload fields, as links only when safe, and a summary', () => {
    const entries = payloadEntries({
      summary: 'Quarterly check-in',
      url: 'https://evidence.example/1',
      evidenceLinks: ['https://wiki.example/a', 'javascript:alert(1)'],
      other: 'data:text/html,hi',
      count: 3,
      note: 'Note: not a link',
    });
    expect(entries.summary).to.equal('Quarterly check-in');
    expect(entries.links).to.deep.equal([
      { key: 'url', text: 'https://evidence.example/1', href: 'https://evidence.example/1' },
      { key: 'evidenceLinks', text: 'https://wiki.example/a', href: 'https://wiki.example/a' },
      { key: 'evidenceLinks', text: 'javascript:alert(1)' },
      { key: 'other', text: 'data:text/html,hi' },
    ]);
  });

  it('shortens hashes and filters by type and clause', () => {
    const hash = 'a'.repeat(60) + 'beef';
    expect(shortHash(hash)).to.equal('aaaaaaaa…beef');
    const [e] = makeEvidence(1);
    e!.type = 'review.signed';
    e!.clauses = ['7.2', '9.1'];
    expect(matchesFilter(e!, {})).to.equal(true);
    expect(matchesFilter(e!, { type: 'review.signed', clause: '9.1' })).to.equal(true);
    expect(matchesFilter(e!, { type: 'correction' })).to.equal(false);
    expect(matchesFilter(e!, { clause: '9.3' })).to.equal(false);
  });
});

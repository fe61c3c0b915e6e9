/** Prints rows as an aligned plain-text table and as Markdown (for docs/performance.md). */
export type Row = Record<string, string | number>;

export function textTable(rows: Row[]): string {
  if (rows.length === 0) return '(none)';
  const head = Object.keys(rows[0]!);
  const cells = [head, ...rows.map((r) => head.map((h) => String(r[h] ?? '')))];
  const widths = head.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  return cells.map((c) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ')).join('\n');
}

export function markdownTable(rows: Row[]): string {
  if (rows.length === 0) return '';
  const head = Object.keys(rows[0]!);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${head.map((h) => String(r[h] ?? '')).join(' | ')} |`)].join('\n');
}

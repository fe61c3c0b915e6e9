/**
 * RFC 4180 CSV that is safe to open in a spreadsheet: text that starts like a formula (`= + - @`,
 * or a tab / carriage return that some spreadsheets skip before one) gets a leading `'` so it stays
 * text (OWASP "CSV injection"), and any cell with a quote, comma or line break is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records joined with CRLF, as RFC 4180 asks. */
export function toCsv(records: readonly (readonly (string | number | null | undefined)[])[]): string {
  return records.map((record) => record.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Offers `text` as a file download through a short-lived Blob link (works under a strict CSP). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8', root: Node = document.body): void {
  // The BOM makes Excel read UTF-8 names correctly.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

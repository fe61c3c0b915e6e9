/** Calendar helpers on ISO strings (UTC), so date filters stay plain string comparisons in SQL. */
export const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '9999-12-31';
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
export const addDays = (iso: string, days: number): string => {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  d.setUTCDate(d.getUTCDate() + days);
  return iso.length === 10 ? d.toISOString().slice(0, 10) : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
};
export const isoNow = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

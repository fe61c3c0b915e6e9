/**
 * What `<competency-matrix>` shows, computed from a `Matrix` and the person's choices: no DOM, so
 * filters, sorting, grouping and the CSV are tested (and benchmarked) without rendering.
 */
import type { Matrix } from '@evident/contract';

export type MatrixRow = Matrix['rows'][number];
export type MatrixPerson = MatrixRow['person'];
export type MatrixCompetency = Matrix['competencies'][number];

/** `name`: alphabetical; `gap`: largest total gap first. */
export type MatrixSort = 'name' | 'gap';

export interface MatrixQuery {
  team?: string | undefined;
  roleId?: string | undefined;
  area?: string | undefined;
  sort: MatrixSort;
  groupByArea: boolean;
}

/** A competency column: `index` is its position in `data.competencies` (and in each row's levels). */
export interface MatrixColumn extends MatrixCompetency {
  index: number;
}

/** A run of adjacent columns of one area (column group header). */
export interface MatrixGroup {
  area: string;
  start: number;
  span: number;
}

export interface MatrixViewRow {
  row: MatrixRow;
  /** Sum of the gaps over the columns shown. */
  gap: number;
}

export interface MatrixView {
  columns: MatrixColumn[];
  /** Empty unless grouped by area. */
  groups: MatrixGroup[];
  rows: MatrixViewRow[];
  /** Choices for the filters, from all the data (not just what is shown). */
  teams: string[];
  roles: string[];
  areas: string[];
}

/**
 * Required minus assessed, never negative; 0 when nothing is required. Not assessed counts as the
 * scale's lowest level, so a missing assessment of a required competency is a full gap.
 */
export function gapOf(assessed: number | null | undefined, required: number | null | undefined, floor: number): number {
  if (required === null || required === undefined) return 0;
  return Math.max(0, required - (assessed ?? floor));
}

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

let lastRanks: { key: string; rank: Uint32Array } | undefined;

/**
 * Each row's place in name order (then id). Collation is the costly part of a view, and a new
 * `data` mostly carries the same people: the last order is reused while names and ids are the same.
 */
function nameRanks(rows: readonly MatrixRow[], collator: Intl.Collator): Uint32Array {
  const key = `${JSON.stringify(collator.resolvedOptions())}\u0002${rows.map((r) => `${r.person.id}\u0001${r.person.name}`).join('\u0002')}`;
  if (lastRanks?.key === key) return lastRanks.rank;
  const order = rows.map((_, i) => i);
  const person = (i: number) => rows[i]!.person;
  order.sort((a, b) => collator.compare(person(a).name, person(b).name) || (person(a).id < person(b).id ? -1 : 1));
  const rank = new Uint32Array(rows.length);
  order.forEach((row, place) => (rank[row] = place));
  lastRanks = { key, rank };
  return rank;
}

export function buildMatrixView(data: Matrix, query: MatrixQuery, collator: Intl.Collator): MatrixView {
  const floor = data.framework.scale.levels[0]?.level ?? 0;
  const areas = unique(data.competencies.map((c) => c.area));
  let columns: MatrixColumn[] = data.competencies.map((c, index) => ({ ...c, index }));
  if (query.area) columns = columns.filter((c) => c.area === query.area);
  // Group in the framework's own area order (first appearance), keeping competency order inside.
  if (query.groupByArea) columns.sort((a, b) => areas.indexOf(a.area) - areas.indexOf(b.area) || a.index - b.index);

  const groups: MatrixGroup[] = [];
  if (query.groupByArea) {
    columns.forEach((c, i) => {
      const last = groups.at(-1);
      if (last?.area === c.area) last.span++;
      else groups.push({ area: c.area, start: i, span: 1 });
    });
  }

  const rank = nameRanks(data.rows, collator);
  const ranked: [MatrixViewRow, number][] = [];
  data.rows.forEach((row, i) => {
    if (query.team && row.person.team !== query.team) return;
    if (query.roleId && row.person.roleId !== query.roleId) return;
    let gap = 0;
    for (const c of columns) gap += gapOf(row.assessed[c.index], row.required[c.index], floor);
    ranked.push([{ row, gap }, rank[i]!]);
  });
  ranked.sort(query.sort === 'gap' ? (a, b) => b[0].gap - a[0].gap || a[1] - b[1] : (a, b) => a[1] - b[1]);
  const rows = ranked.map(([r]) => r);

  return {
    columns,
    groups,
    rows,
    teams: unique(data.rows.map((r) => r.person.team)).sort(collator.compare),
    roles: unique(data.rows.map((r) => r.person.roleId)).sort(collator.compare),
    areas,
  };
}

/** Column titles of the CSV, localised by the element. */
export interface MatrixCsvLabels {
  person: string;
  team: string;
  role: string;
  /** The role's display name for its id. */
  roleName?(roleId: string): string;
  assessed(competency: string): string;
  required(competency: string): string;
}

/**
 * The shown rows and columns as CSV records. Each competency gets an assessed and a required column:
 * a "2/3" cell would be turned into a date by spreadsheets.
 */
export function matrixRecords(view: MatrixView, labels: MatrixCsvLabels): (string | number | null)[][] {
  const header = [labels.person, labels.team, labels.role, ...view.columns.flatMap((c) => [labels.assessed(c.name), labels.required(c.name)])];
  const body = view.rows.map(({ row }) => [
    row.person.name,
    row.person.team,
    labels.roleName?.(row.person.roleId) ?? row.person.roleId,
    ...view.columns.flatMap((c) => [row.assessed[c.index] ?? null, row.required[c.index] ?? null]),
  ]);
  return [header, ...body];
}

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
  /** Sum of the gaps over the columns shown (summed when first read). */
  readonly gap: number;
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

let lastOrder: { collator: Intl.Collator; ids: string[]; names: string[]; order: Uint32Array } | undefined;

/**
 * The row indexes in name order (then id). Collation is the costly part of a view, and a new `data`
 * mostly carries the same people: the last order is reused while the collator, names and ids are the same.
 */
function nameOrder(rows: readonly MatrixRow[], collator: Intl.Collator): Uint32Array {
  const last = lastOrder;
  if (last?.collator === collator && last.ids.length === rows.length && rows.every(({ person }, i) => person.id === last.ids[i] && person.name === last.names[i])) return last.order;
  const person = (i: number) => rows[i]!.person;
  const order = Uint32Array.from(rows, (_, i) => i).sort((a, b) => collator.compare(person(a).name, person(b).name) || (person(a).id < person(b).id ? -1 : 1));
  lastOrder = { collator, ids: rows.map((r) => r.person.id), names: rows.map((r) => r.person.name), order };
  return order;
}

/**
 * A shown row. Its total gap is summed when first read: sorting by name (the default) never needs it,
 * and summing it for every person would cost a pass over all their levels (about 1 ms at 1,000 x 60)
 * on each new `data`.
 */
class ViewRow implements MatrixViewRow {
  readonly row: MatrixRow;
  readonly #columns: readonly MatrixColumn[];
  readonly #floor: number;
  #gap: number | undefined;

  constructor(row: MatrixRow, columns: readonly MatrixColumn[], floor: number) {
    this.row = row;
    this.#columns = columns;
    this.#floor = floor;
  }

  get gap(): number {
    if (this.#gap === undefined) {
      let gap = 0;
      for (const c of this.#columns) gap += gapOf(this.row.assessed[c.index], this.row.required[c.index], this.#floor);
      this.#gap = gap;
    }
    return this.#gap;
  }
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

  // Rows are taken in name order, so a (stable) sort by gap keeps name order among equal gaps.
  const rows: MatrixViewRow[] = [];
  const teams = new Set<string>();
  const roles = new Set<string>();
  for (const i of nameOrder(data.rows, collator)) {
    const row = data.rows[i]!;
    teams.add(row.person.team);
    roles.add(row.person.roleId);
    if ((query.team && row.person.team !== query.team) || (query.roleId && row.person.roleId !== query.roleId)) continue;
    rows.push(new ViewRow(row, columns, floor));
  }
  if (query.sort === 'gap') rows.sort((a, b) => b.gap - a.gap);

  return { columns, groups, rows, teams: [...teams].sort(collator.compare), roles: [...roles].sort(collator.compare), areas };
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

import { expect } from '@open-wc/testing';
import { Matrix } from '@evident/contract';
import { buildMatrixView, gapOf, matrixRecords, type MatrixQuery } from '../src/competency-matrix/matrix-model.js';
import { csvCell, toCsv } from '../src/controllers/csv.js';
import { makeMatrix } from './fixtures/matrix-data.js';
import { smallMatrix } from './fixtures/small-matrix.js';

const collator = new Intl.Collator('en');
const query = (q: Partial<MatrixQuery> = {}): MatrixQuery => ({ sort: 'name', groupByArea: false, ...q });
const labels = { person: 'Person', team: 'Team', role: 'Role', assessed: (n: string) => `${n} (assessed)`, required: (n: string) => `${n} (required)` };

describe('matrix model', () => {
  it('the fixture generator builds a contract-valid, deterministic matrix', () => {
    const big = makeMatrix({ people: 1000, competencies: 60 });
    expect(Matrix.safeParse(big).success).to.equal(true);
    expect(big.rows).to.have.length(1000);
    expect(big.competencies).to.have.length(60);
    expect(big.competencies.map((c) => c.name)).to.include.members(['Access Controls', 'Cyber Resiliency', 'Code Review']);
    expect(makeMatrix({ seed: 7 })).to.deep.equal(makeMatrix({ seed: 7 }));
  });

  it('computes gaps: never negative, none when nothing is required, full when not assessed', () => {
    expect(gapOf(2, 3, 0)).to.equal(1);
    expect(gapOf(4, 3, 0)).to.equal(0);
    expect(gapOf(2, null, 0)).to.equal(0);
    expect(gapOf(null, 3, 0)).to.equal(3);
    expect(gapOf(null, 3, 1)).to.equal(2);
  });

  it('sorts by name with the locale collation, or by total gap with name as tie-break', () => {
    const byName = buildMatrixView(smallMatrix, query(), collator);
    expect(byName.rows.map((r) => r.row.person.name)).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Zoë Müller']);
    const byGap = buildMatrixView(smallMatrix, query({ sort: 'gap' }), collator);
    expect(byGap.rows.map((r) => [r.row.person.name, r.gap])).to.deep.equal([['Zoë Müller', 4], ['Grace Hopper', 1], ['Ada Lovelace', 0]]);
  });

  it('orders names by the collator it is given, not by the order of an earlier view', () => {
    const nordic: Matrix = structuredClone(smallMatrix);
    nordic.rows[0]!.person.name = 'Örjan Berg';
    nordic.rows[1]!.person.name = 'Zeno Kahn';
    const order = (c: Intl.Collator) => buildMatrixView(nordic, query(), c).rows.map((r) => r.row.person.name);
    expect(order(collator)).to.deep.equal(['Ada Lovelace', 'Örjan Berg', 'Zeno Kahn']);
    expect(order(new Intl.Collator('sv'))).to.deep.equal(['Ada Lovelace', 'Zeno Kahn', 'Örjan Berg']);
    expect(order(collator)).to.deep.equal(['Ada Lovelace', 'Örjan Berg', 'Zeno Kahn']);
  });

  it('filters rows by team and role, and columns by area (gaps follow the shown columns)', () => {
    expect(buildMatrixView(smallMatrix, query({ team: 'Platform' }), collator).rows.map((r) => r.row.person.id)).to.deep.equal(['p.ada', 'p.zoe']);
    expect(buildMatrixView(smallMatrix, query({ roleId: 'role.analyst' }), collator).rows.map((r) => r.row.person.id)).to.deep.equal(['p.grace']);
    const area = buildMatrixView(smallMatrix, query({ area: 'Technical', sort: 'gap' }), collator);
    expect(area.columns.map((c) => c.name)).to.deep.equal(['Code Review']);
    expect(area.rows.map((r) => r.gap)).to.deep.equal([2, 0, 0]);
  });

  it('groups columns by area in the framework order, keeping competency order inside', () => {
    const view = buildMatrixView(smallMatrix, query({ groupByArea: true }), collator);
    expect(view.columns.map((c) => c.name)).to.deep.equal(['Access Controls', 'Cyber Resiliency', 'Code Review']);
    expect(view.groups).to.deep.equal([
      { area: 'Implementation and Operation', start: 0, span: 2 },
      { area: 'Technical', start: 2, span: 1 },
    ]);
    expect(view.areas).to.deep.equal(['Implementation and Operation', 'Technical']);
    expect(view.teams).to.deep.equal(['Platform', 'Security Operations']);
  });

  it('escapes CSV cells and defuses formulas', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@']) expect(csvCell(`${start}1`)).to.equal(`'${start}1`);
    expect(csvCell(3)).to.equal('3');
    expect(csvCell(null)).to.equal('');
    expect(toCsv([['a', 1], ['b', null]])).to.equal('a,1\r\nb,\r\n');
  });

  it('exports exactly the shown rows and columns as records', () => {
    const view = buildMatrixView(smallMatrix, query({ team: 'Platform', area: 'Implementation and Operation' }), collator);
    expect(matrixRecords(view, labels)).to.deep.equal([
      ['Person', 'Team', 'Role', 'Access Controls (assessed)', 'Access Controls (required)', 'Cyber Resiliency (assessed)', 'Cyber Resiliency (required)'],
      ['Ada Lovelace', 'Platform', 'role.engineer', 3, 3, 2, null],
      ['Zoë Müller', 'Platform', 'role.engineer', null, 2, 1, 1],
    ]);
  });
});

import { combineStatements } from './sql-statement';

describe('combineStatements', () => {
  it('leaves a single statement as it is', () => {
    const one = { sql: 'INSERT INTO a (x) VALUES ($1)', params: [1] };
    expect(combineStatements([one])).toBe(one);
  });

  it('puts all but the last in WITH clauses and renumbers their placeholders in order', () => {
    const combined = combineStatements([
      { sql: 'INSERT INTO a (x, y) VALUES ($1, $2)', params: ['x', 'y'] },
      { sql: 'UPDATE b SET z = $1 WHERE id = $2 AND v = $1', params: [3, 'id'] },
      { sql: 'INSERT INTO c (w) VALUES ($1)', params: [true] },
    ]);
    expect(combined.sql).toBe('WITH w0 AS (INSERT INTO a (x, y) VALUES ($1, $2)), w1 AS (UPDATE b SET z = $3 WHERE id = $4 AND v = $3) INSERT INTO c (w) VALUES ($5)');
    expect(combined.params).toEqual(['x', 'y', 3, 'id', true]);
  });

  it('counts $10 and above as whole numbers', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i);
    const combined = combineStatements([{ sql: 'SELECT $10', params: ten }, { sql: 'SELECT $10', params: ten }]);
    expect(combined.sql).toBe('WITH w0 AS (SELECT $10) SELECT $20');
  });
});

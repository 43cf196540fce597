import { combineStatements, failedCheck, ROW_CHECK_FAILED_CODE } from './sql-statement';

describe('combineStatements', () => {
  it('leaves a single unchecked statement as it is', () => {
    const one = { sql: 'INSERT INTO a (x) VALUES ($1)', params: [1] };
    expect(combineStatements([one])).toEqual({ ...one, checks: [] });
  });

  it('puts every statement in a WITH clause and renumbers the placeholders in order', () => {
    const combined = combineStatements([
      { sql: 'INSERT INTO a (x, y) VALUES ($1, $2)', params: ['x', 'y'] },
      { sql: 'UPDATE b SET z = $1 WHERE id = $2 AND v = $1', params: [3, 'id'] },
      { sql: 'INSERT INTO c (w) VALUES ($1)', params: [true] },
    ]);
    expect(combined.sql).toBe('WITH w0 AS (INSERT INTO a (x, y) VALUES ($1, $2)), w1 AS (UPDATE b SET z = $3 WHERE id = $4 AND v = $3), w2 AS (INSERT INTO c (w) VALUES ($5)) SELECT 1 AS done');
    expect(combined.params).toEqual(['x', 'y', 3, 'id', true]);
  });

  it('counts $10 and above as whole numbers', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i);
    const combined = combineStatements([{ sql: 'UPDATE t SET a = $10', params: ten }, { sql: 'UPDATE t SET a = $10', params: ten }]);
    expect(combined.sql).toBe('WITH w0 AS (UPDATE t SET a = $10), w1 AS (UPDATE t SET a = $20) SELECT 1 AS done');
  });

  it('returns and counts the rows of a checked statement, even alone', () => {
    const check = { rows: 1, failure: async () => new Error('conflict') };
    const combined = combineStatements([{ sql: 'UPDATE t SET v = 2 WHERE v = $1', params: [1], expect: check }]);
    expect(combined.sql).toBe('WITH w0 AS (UPDATE t SET v = 2 WHERE v = $1 RETURNING 1) SELECT (SELECT count(*) FROM w0)::int AS w0');
    expect(combined.checks).toEqual([{ column: 'w0', check }]);
  });

  it('with checksInSql, makes the statement fail itself through messaging.row_check_failed when a count is off', () => {
    const check = { rows: 1, failure: async () => new Error('conflict') };
    const combined = combineStatements([{ sql: 'INSERT INTO a (x) VALUES ($1)', params: [1] }, { sql: 'UPDATE t SET v = 2 WHERE v = $1', params: [1], expect: check }], { checksInSql: true });
    expect(combined.sql).toBe(
      "WITH w0 AS (INSERT INTO a (x) VALUES ($1)), w1 AS (UPDATE t SET v = 2 WHERE v = $2 RETURNING 1) SELECT CASE WHEN (SELECT count(*) FROM w1)::int = 1 THEN 1 ELSE messaging.row_check_failed('w1') END AS w1",
    );
  });
});

describe('failedCheck', () => {
  const first = { rows: 1, failure: async () => new Error('first') };
  const second = { rows: 1, failure: async () => new Error('second') };
  const combined = combineStatements([{ sql: 'UPDATE a SET v = 1', params: [], expect: first }, { sql: 'UPDATE b SET v = 1', params: [], expect: second }], { checksInSql: true });

  it('names the check the database reported, from the driver error or from the TypeORM wrapper of it', () => {
    expect(failedCheck(combined, { code: ROW_CHECK_FAILED_CODE, message: 'row check failed: w1' })).toBe(second);
    expect(failedCheck(combined, { message: 'Query failed', driverError: { code: ROW_CHECK_FAILED_CODE, message: 'row check failed: w0' } })).toBe(first);
  });

  it('leaves any other error alone', () => {
    expect(failedCheck(combined, { code: '23505', message: 'duplicate key value violates unique constraint' })).toBeUndefined();
    expect(failedCheck(combined, new Error('row check failed: w0'))).toBeUndefined();
  });
});

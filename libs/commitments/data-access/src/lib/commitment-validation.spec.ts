import { localToday, validateNewCommitment, validateProgress } from './commitment-validation';
import { allowedNextStatuses } from './lifecycle';

const valid = { title: 'Cut recruitment costs', description: '', gcmObjectives: [6], sdgTargets: ['10.7'], indicator: '', baseline: '', targetValue: '', dueDate: '2030-01-01' };

describe('validateNewCommitment', () => {
  it('accepts a valid commitment', () => expect(validateNewCommitment(valid, '2026-06-01')).toEqual({}));

  it('mirrors the server rules field by field', () => {
    const e = validateNewCommitment(
      { ...valid, title: 'abc', description: 'x'.repeat(4001), gcmObjectives: [], sdgTargets: ['ten'], dueDate: '2026-06-01' },
      '2026-06-01',
    );
    expect(Object.keys(e).sort()).toEqual(['description', 'dueDate', 'gcmObjectives', 'sdgTargets', 'title']);
  });

  it('requires a due date', () => expect(validateNewCommitment({ ...valid, dueDate: '' }, '2026-06-01')['dueDate']).toBe('dueDateRequired'));
});

describe('validateProgress', () => {
  it('checks percent, url and level', () => {
    expect(validateProgress({ percent: 40, narrative: 'ok', evidenceUrl: 'https://iom.int/x', evidenceLevel: 'case_study' })).toEqual({});
    expect(Object.keys(validateProgress({ percent: 101, narrative: '', evidenceUrl: 'javascript:alert(1)', evidenceLevel: 'x' as 'case_study' })).sort()).toEqual([
      'evidenceLevel',
      'evidenceUrl',
      'percent',
    ]);
  });
});

describe('lifecycle', () => {
  it('follows api.md', () => {
    expect(allowedNextStatuses('pledged')).toEqual(['in_progress', 'withdrawn']);
    expect(allowedNextStatuses('fulfilled')).toEqual([]);
    expect(allowedNextStatuses('stalled')).toContain('partially_fulfilled');
  });
});

describe('localToday', () => {
  it('formats the local date', () => expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05'));
});

import { parseApiError } from './api-error.parse';

describe('parseApiError', () => {
  it('reads message, fields, rule and currentVersion', () => {
    const e = parseApiError(422, 'Unprocessable Entity', {
      statusCode: 422,
      message: 'not allowed',
      rule: 'StatusTransitionMustBeAllowed',
      currentVersion: 4,
      fields: [{ field: 'dueDate', message: 'must be a date after today' }, { field: 'dueDate', message: 'second' }, { nope: 1 }],
    });
    expect(e.status).toBe(422);
    expect(e.message).toBe('not allowed');
    expect(e.rule).toBe('StatusTransitionMustBeAllowed');
    expect(e.currentVersion).toBe(4);
    expect(e.fieldMessages()).toEqual({ dueDate: 'must be a date after today' });
  });

  it('falls back to the status text for a body that is not ours', () => {
    const e = parseApiError(502, 'Bad Gateway', '<html>');
    expect(e.message).toBe('Bad Gateway');
    expect(e.fields).toEqual([]);
  });
});

import { cleanEntry } from './audit-entry';

describe('audit entries', () => {
  it('neutralises line breaks and control characters that could forge log lines', () => {
    const e = cleanEntry({ personId: 'p\r\n2026-01-01 admin signed-in', organisationId: 'state-bd', action: 'Sign\u2028In', outcome: 'refused', detail: { note: 'a\nb' } });
    expect(e.personId).toBe('p  2026-01-01 admin signed-in');
    expect(e.action).toBe('Sign In');
    expect(e.detail).toEqual({ note: 'a b' });
  });
});

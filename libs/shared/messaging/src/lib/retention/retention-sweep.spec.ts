import { inboxRetentionDaysFromEnv, DEFAULT_INBOX_RETENTION_DAYS } from '../inbox/inbox-retention';
import { RetentionSweep } from './retention-sweep';

describe('RetentionSweep', () => {
  it('runs every task and reports what each deleted; a failing task does not stop the others', async () => {
    const ran: string[] = [];
    const sweep = new RetentionSweep([
      { name: 'keys', purge: async () => (ran.push('keys'), 3) },
      { name: 'broken', purge: async () => Promise.reject(new Error('connection reset')) },
      { name: 'inbox', purge: async () => (ran.push('inbox'), 5) },
    ]);
    expect(await sweep.sweep()).toEqual({ keys: 3, broken: 0, inbox: 5 });
    expect(ran).toEqual(['keys', 'inbox']);
  });
});

describe('inboxRetentionDaysFromEnv', () => {
  it('defaults when unset or empty, takes whole days', () => {
    expect(inboxRetentionDaysFromEnv({})).toBe(DEFAULT_INBOX_RETENTION_DAYS);
    expect(inboxRetentionDaysFromEnv({ ACCORD_INBOX_RETENTION_DAYS: '' })).toBe(DEFAULT_INBOX_RETENTION_DAYS);
    expect(inboxRetentionDaysFromEnv({ ACCORD_INBOX_RETENTION_DAYS: '30' })).toBe(30);
  });

  it('refuses a value that is not a whole number of days ≥ 1, naming the setting', () => {
    for (const bad of ['0', '-3', '1.5', 'two weeks']) expect(() => inboxRetentionDaysFromEnv({ ACCORD_INBOX_RETENTION_DAYS: bad })).toThrow(/ACCORD_INBOX_RETENTION_DAYS must be a whole number of days/);
  });
});

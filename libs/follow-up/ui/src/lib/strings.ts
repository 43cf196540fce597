/** Every word of the follow-up presentational components, in one place for translation. */
export const FOLLOW_UP_UI_STRINGS = {
  response: { supports: 'Supports', notes: 'Notes', rejects: 'Rejects', none: 'No response yet' } as Partial<Record<string, string>>,
  state: { awaiting_response: 'Awaiting response', overdue: 'Overdue', reported: 'Reported' } as Partial<Record<string, string>>,
  table: {
    caption: 'Follow-up per recommendation and addressee',
    recommendation: 'Recommendation',
    addressee: 'Addressee',
    response: 'Response',
    lastReport: 'Last report',
    reports: 'Reports',
    due: 'Due',
    overdue: 'Overdue',
    never: 'never',
    overdueDays: (n: number) => (n === 1 ? '1 day' : `${n} days`),
    notOverdue: '—',
    process: (p: string, m: string) => `${p} · ${m}`,
  },
};

/** Every word of the local-action presentational components, in one place for translation. */
export const LOCAL_ACTION_UI_STRINGS = {
  status: { planned: 'Planned', under_way: 'Under way', completed: 'Completed' } as Partial<Record<string, string>>,
  beneficiaries: (n: number) => (n === 1 ? '1 beneficiary' : `${n.toLocaleString()} beneficiaries`),
  linkedCommitments: (n: number) => (n === 1 ? 'linked to 1 commitment' : `linked to ${n} commitments`),
  linkedRecommendations: (n: number) => (n === 1 ? 'answers 1 recommendation' : `answers ${n} recommendations`),
  by: 'Reported by',
};

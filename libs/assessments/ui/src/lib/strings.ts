/** Every word of the assessment presentational components, in one place for translation. */
export const ASSESSMENT_UI_STRINGS = {
  rating: { on_track: 'On track', some_progress: 'Some progress', off_track: 'Off track', no_evidence: 'No evidence' } as Partial<Record<string, string>>,
  status: {
    pledged: 'Pledged', in_progress: 'In progress', fulfilled: 'Fulfilled', partially_fulfilled: 'Partially fulfilled', stalled: 'Stalled', withdrawn: 'Withdrawn',
  } as Partial<Record<string, string>>,
  by: (name: string) => `Independent assessment by ${name}`,
  contests: (s: string) => `Contests the self-reported status: says it is ${s}`,
  evidence: (n: number) => `Evidence ${n}`,
  reply: 'Owner’s reply',
  noReply: 'The owner has not replied yet.',
  localActions: 'Local actions linked to this commitment',
  noLocalActions: 'No local action is linked yet.',
  answered: 'Recommendations this commitment answers',
  noAnswered: 'No implementation report links this commitment yet.',
  beneficiaries: (n: number) => `${n.toLocaleString()} beneficiaries`,
  onTime: 'reported on time',
  late: 'reported late',
  localStatus: { planned: 'Planned', under_way: 'Under way', completed: 'Completed' } as Partial<Record<string, string>>,
};

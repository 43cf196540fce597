/** Every word of the assessment section of a commitment page, in one place for translation. */
export const ASSESSMENT_STRINGS = {
  heading: 'What others say about this commitment',
  intro: 'Independent assessments by civil society sit beside the owner’s self-reported progress.',
  assessments: 'Independent assessments',
  noAssessments: 'No independent assessment has been published yet.',
  disputed: 'An assessment contests this commitment’s status and the owner has not replied yet.',
  loading: 'Loading assessments and linked items…',
  announce: 'New information was added to this commitment.',
  publish: {
    heading: 'Publish an assessment',
    rating: 'Your rating',
    narrative: 'Assessment',
    evidence: 'Evidence links (one per line, at least one when you contest the status)',
    contested: 'Contest the status (optional)',
    noContest: 'Do not contest',
    submit: 'Publish assessment',
    sending: 'Publishing…',
    done: 'Assessment published.',
  },
  reply: {
    label: 'Reply as the owner',
    submit: 'Send reply',
    sending: 'Sending…',
    done: 'Reply published.',
  },
  errors: {
    narrative: 'Write the assessment (up to 8000 characters).',
    evidence: 'Each evidence link starts with http:// or https://.',
    evidenceNeeded: 'Give at least one evidence link to contest the status.',
    text: 'Write a reply (up to 8000 characters).',
  },
};

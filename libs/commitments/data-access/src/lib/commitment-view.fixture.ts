import { CommitmentView } from './commitment.models';

/** A board row for specs. */
export function aCommitmentView(overrides: Partial<CommitmentView> = {}): CommitmentView {
  return {
    id: 'c-1',
    title: 'Cut recruitment costs for workers going to Malaysia',
    description: 'G2G recruitment',
    ownerOrganisationId: 'org-bd',
    ownerOrganisationName: 'Bangladesh',
    ownerKind: 'state',
    ownerCountry: 'BD',
    gcmObjectives: [6],
    sdgTargets: ['10.7'],
    indicator: 'SDG 10.7.1',
    baseline: '2.6 months',
    targetValue: '1 month',
    dueDate: '2030-12-31',
    status: 'pledged',
    latestPercent: null,
    progressCount: 0,
    version: 1,
    loggedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    owners: [{ organisationId: 'org-bd', name: 'Bangladesh', kind: 'state', country: 'BD', status: 'pledged', percent: null }],
    disputed: false,
    ...overrides,
  };
}

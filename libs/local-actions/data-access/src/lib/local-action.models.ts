// Shapes of /api/local-actions (libs/local-actions/feed local-action-view.ts and the request DTOs).

export const LOCAL_ACTION_STATUSES = ['planned', 'under_way', 'completed'] as const;
export type LocalActionStatus = (typeof LOCAL_ACTION_STATUSES)[number];
export const LOCAL_ACTION_UPDATE_TYPES = ['LocalActionReported', 'LocalActionUpdated'] as const;

export interface LocalActionView {
  id: string;
  cityOrganisationId: string;
  cityName: string;
  title: string;
  description: string;
  date: string;
  location: { placeName: string; country: string };
  status: LocalActionStatus;
  beneficiaries: number;
  commitmentIds: string[];
  recommendationIds: string[];
  version: number;
  reportedAt: string;
  updatedAt: string;
}

export interface LocalActionFilters {
  country: string;
  status: '' | LocalActionStatus;
  cityOrganisationId: string;
  commitmentId: string;
}

export const EMPTY_LOCAL_ACTION_FILTERS: LocalActionFilters = { country: '', status: '', cityOrganisationId: '', commitmentId: '' };

export interface NewLocalAction {
  title: string;
  description: string;
  date: string;
  location: { placeName: string; country: string };
  status: LocalActionStatus;
  beneficiaries: number;
  commitmentIds: string[];
  recommendationIds: string[];
}

import { LocalActionStatus } from './local-action-status';

export interface LocalActionLocation {
  placeName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface LocalActionDetails {
  title: string;
  description: string;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  location: LocalActionLocation;
  status: LocalActionStatus;
  beneficiaries: number;
  commitmentIds: string[];
  recommendationIds: string[];
}

import { InjectionToken, Type } from '@angular/core';

/** Inputs every extra section of a commitment page receives. */
export interface CommitmentSectionInputs {
  commitmentId: string;
  ownerOrganisationId: string;
}

/**
 * Sections other contexts add to a commitment page (assessments, local actions, answered
 * recommendations). The app wires them in, so the commitments feature never imports another context;
 * each is a lazy loader so its code stays out of the commitment chunk until the page shows it.
 */
export const COMMITMENT_PAGE_SECTIONS = new InjectionToken<readonly (() => Promise<Type<unknown>>)[]>('COMMITMENT_PAGE_SECTIONS', {
  providedIn: 'root',
  factory: () => [],
});

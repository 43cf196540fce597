// Shapes of /api/consular-requests (libs/consular/infrastructure consular-request.view.ts and request DTOs).

export const CONSULAR_SERVICES = ['emergency_documents', 'welfare_check', 'evacuation_support', 'repatriation', 'legal_assistance', 'medical_referral'] as const;
export type ConsularService = (typeof CONSULAR_SERVICES)[number];
export const SHARING_PURPOSES = ['consular_assistance', 'evacuation', 'family_tracing', 'repatriation'] as const;
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];
export const LEGAL_BASES = ['consent', 'vital_interest', 'public_interest'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const CASE_UPDATE_STATUSES = ['located', 'assisted', 'evacuated', 'closed'] as const;
export type CaseUpdateStatus = (typeof CASE_UPDATE_STATUSES)[number];
export const DECLINE_REASONS = ['no_capacity', 'outside_agreed_services', 'no_access_to_area', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Live update types pushed to the two parties of a request; the view carries ids and counts only. */
export const CONSULAR_UPDATE_TYPES = [
  'ConsularRequestRaised', 'ConsularRequestRouted', 'ConsularRequestAccepted', 'ConsularRequestDeclined', 'ConsularRequestEscalated',
  'ConsularCaseUpdated', 'ConsularRequestClosed', 'ConsularCaseDataPurged',
] as const;

export interface ConsularRequestDetail {
  id: string;
  version: number;
  requesterOrganisationId: string;
  country: string;
  alertId: string | null;
  nationalsCount: number;
  services: ConsularService[];
  status: 'routed' | 'accepted' | 'closed';
  assignee: { organisationId: string; kind: 'state' | 'agency' } | null;
  answerDueAt: string | null;
  tried: string[];
  cases: { caseId: string; status: string }[];
  declineNotes: unknown[];
  closedAt: string | null;
  purgedAt: string | null;
}

/** One national as entered by the requesting State. Personal data: kept in memory only. */
export interface NationalCase {
  name: string;
  documentNumber: string;
  contact: string;
  location: string;
  vulnerabilities: string[];
  consentGiven: boolean;
  legalBasis: LegalBasis;
  purposes: SharingPurpose[];
}

export interface StoredCase extends NationalCase {
  caseId: string;
}

export interface NewConsularRequest {
  country: string;
  alertId?: string;
  nationalsCount: number;
  services: ConsularService[];
  cases: NationalCase[];
}

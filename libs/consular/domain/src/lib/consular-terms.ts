export const CONSULAR_SERVICES = ['emergency_documents', 'welfare_check', 'evacuation_support', 'repatriation', 'legal_assistance', 'medical_referral'] as const;
export type ConsularService = (typeof CONSULAR_SERVICES)[number];

export const CASE_STATUSES = ['open', 'located', 'assisted', 'evacuated', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CaseUpdateStatus = Exclude<CaseStatus, 'open'>;

/** GDPR art. 6/9 style grounds; consent is often not free in a crisis, so the others exist. */
export const LEGAL_BASES = ['consent', 'vital_interest', 'public_interest'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const SHARING_PURPOSES = ['consular_assistance', 'evacuation', 'family_tracing', 'repatriation'] as const;
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];

export const DECLINE_REASONS = ['no_capacity', 'outside_agreed_services', 'no_access_to_area', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const CLOSE_REASONS = ['all_cases_resolved', 'withdrawn', 'other'] as const;
export type RequestCloseReason = (typeof CLOSE_REASONS)[number];

export type RequestStatus = 'routed' | 'accepted' | 'closed';
export type AssigneeKind = 'state' | 'agency';

export interface Assignee {
  organisationId: string;
  kind: AssigneeKind;
}

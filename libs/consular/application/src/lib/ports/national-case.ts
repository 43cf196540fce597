import { LegalBasis, SharingPurpose } from '@accord/consular/domain';

/** One person in a consular request. Personal data: only ever stored encrypted, never in an event or a log. */
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

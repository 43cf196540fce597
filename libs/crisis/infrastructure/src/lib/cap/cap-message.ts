import { AlertKind, CapOrigin, CrisisAlertTerms } from '@accord/crisis/domain';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/** What an imported CAP message becomes: alert terms plus the CAP header kept for export. */
export interface CapMessage {
  terms: CrisisAlertTerms;
  cap: CapOrigin;
}

export interface CapImportHints {
  /** ISO 3166-1 alpha-2 of the affected country (CAP carries no country). */
  country: string;
  kind?: AlertKind;
}

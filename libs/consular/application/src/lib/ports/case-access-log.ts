import { LegalBasis } from '@accord/consular/domain';

/** Who read which cases, for which purpose and on which legal basis: ids only, no personal data. */
export interface CaseAccess {
  personId: string;
  organisationId: string;
  requestId: string;
  caseIds: string[];
  action: 'read' | 'export' | 'store' | 'purge';
  purpose: string;
  legalBases: LegalBasis[];
  at: Date;
}

export abstract class CaseAccessLog {
  abstract record(access: CaseAccess): Promise<void>;
}

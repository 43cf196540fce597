import { Inject, Injectable } from '@nestjs/common';
import { ConsularRequest, SharingPurpose } from '@accord/consular/domain';
import { Actor, CLOCK, Clock, Forbidden, NotFound } from '@accord/shared/kernel';
import { CaseAccessLog } from '../ports/case-access-log';
import { CaseVault } from '../ports/case-vault';
import { ConsularRequestRepository } from '../ports/consular-request.repository';
import { EnforcementDirectory } from '../ports/enforcement-directory';
import { StoredCase } from '../ports/national-case';

/**
 * The only way to the people's data: the two parties of a request, never an enforcement body, only
 * for a purpose each person's data was shared for, and every read written to the access log. Anyone
 * else is told the request does not exist (404), so its existence leaks nothing either.
 */
@Injectable()
export class ConsularCaseReader {
  constructor(
    private readonly requests: ConsularRequestRepository,
    private readonly vault: CaseVault,
    private readonly audit: CaseAccessLog,
    private readonly enforcement: EnforcementDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The request itself (ids, counts, routing) for its parties. */
  async request(actor: Actor, requestId: string): Promise<ConsularRequest> {
    const request = await this.requests.getById(requestId);
    if (!request.isParty(actor.organisationId) || (await this.enforcement.isEnforcement(actor.organisationId, actor.organisation?.kind))) {
      throw new NotFound('consular request', requestId);
    }
    return request;
  }

  async cases(actor: Actor, requestId: string, purpose: SharingPurpose, caseId?: string): Promise<StoredCase[]> {
    await this.request(actor, requestId);
    const stored = (await this.vault.read(requestId)).filter((c) => !caseId || c.caseId === caseId);
    if (caseId && stored.length === 0) throw new NotFound('consular case', caseId);
    const allowed = stored.filter((c) => c.purposes.includes(purpose));
    if (caseId && allowed.length === 0) throw new Forbidden(`this person's data was not shared for ${purpose}`);
    await this.audit.record({
      personId: actor.personId, organisationId: actor.organisationId, requestId, caseIds: allowed.map((c) => c.caseId),
      action: caseId ? 'export' : 'read', purpose, legalBases: [...new Set(allowed.map((c) => c.legalBasis))], at: this.clock.now(),
    });
    return allowed;
  }
}

import { Injectable } from '@nestjs/common';
import { AuditOrigin, SecurityAudit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { PersonDirectory } from '../persistence/person-directory';
import { IdentityActorResolver } from './identity-actor.resolver';
import { IdentityExternalResolver } from './identity-external.resolver';

/**
 * Signing out revokes every token the person holds (all devices): tokens carry no id to revoke one by one.
 * Open sockets are dropped by the /live gateway's periodic re-check (≤ 5 s).
 */
@Injectable()
export class SignOutService {
  constructor(
    private readonly people: PersonDirectory,
    private readonly resolver: IdentityActorResolver,
    private readonly external: IdentityExternalResolver,
    private readonly audit: SecurityAudit,
  ) {}

  async signOut(actor: Actor, origin: AuditOrigin = {}): Promise<void> {
    await this.revoke(actor.personId);
    this.audit.record({ personId: actor.personId, organisationId: actor.organisationId, action: 'auth.sign-out', outcome: 'signed-out', ip: origin.ip, correlationId: origin.correlationId });
  }

  /** Also used when an administrator disables a person. */
  async revoke(personId: string): Promise<void> {
    await this.people.revokeTokens(personId);
    this.resolver.forget(personId);
    this.external.forget(personId);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { Actor } from '@accord/shared/kernel';
import { PersonDirectory } from '../persistence/person-directory';
import { IdentityActorResolver } from './identity-actor.resolver';

/** Signing out revokes every token the person holds (all devices): tokens carry no id to revoke one by one. */
@Injectable()
export class SignOutService {
  private readonly audit = new Logger('Audit');

  constructor(private readonly people: PersonDirectory, private readonly resolver: IdentityActorResolver) {}

  async signOut(actor: Actor): Promise<void> {
    await this.people.revokeTokens(actor.personId);
    this.resolver.forget(actor.personId);
    this.audit.log(`sign-out: person=${actor.personId} organisation=${actor.organisationId} at=${new Date().toISOString()}`);
  }
}

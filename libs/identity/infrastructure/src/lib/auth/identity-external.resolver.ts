import { Injectable } from '@nestjs/common';
import { ExternalIdentityResolver, VerifiedExternalIdentity } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { PersonDirectory, PersonWithOrganisation } from '../persistence/person-directory';
import { ACTOR_CACHE_TTL_MS } from './identity-actor.resolver';
import { toActor } from './person-view.mapper';

const MAX_CACHED = 10_000;

interface Cached {
  person: PersonWithOrganisation | null;
  until: number;
}

/**
 * A provider's verified token → the person in our directory: by the (issuer, sub) mapping first, else by
 * the verified email. Organisation and roles always come from the directory, never from the token.
 * Unknown, disabled, or revoked since the token was issued → null (401). Cached ≤ 5 s like our own tokens.
 */
@Injectable()
export class IdentityExternalResolver extends ExternalIdentityResolver {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly people: PersonDirectory) {
    super();
  }

  async resolve(identity: VerifiedExternalIdentity): Promise<Actor | null> {
    const person = await this.lookup(identity);
    if (!person || person.disabled) return null;
    if (person.tokensRevokedAt && identity.issuedAt * 1000 <= person.tokensRevokedAt.getTime()) return null;
    return toActor(person);
  }

  forget(personId: string): void {
    for (const [key, entry] of this.cache) if (entry.person?.id === personId) this.cache.delete(key);
  }

  private async lookup(identity: VerifiedExternalIdentity): Promise<PersonWithOrganisation | null> {
    const key = JSON.stringify([identity.issuer, identity.subject, identity.email]);
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.person;
    const person = (await this.people.findByExternalSubject(identity.issuer, identity.subject)) ?? (identity.email ? await this.people.findByEmail(identity.email) : null);
    this.cache.delete(key);
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { person, until: Date.now() + ACTOR_CACHE_TTL_MS });
    return person;
  }
}

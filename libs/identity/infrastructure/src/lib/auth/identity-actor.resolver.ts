import { Injectable } from '@nestjs/common';
import { AccessTokenClaims, ActorResolver } from '@accord/shared/auth';
import { Actor, isUuid } from '@accord/shared/kernel';
import { PersonDirectory, PersonWithOrganisation } from '../persistence/person-directory';
import { toActor } from './person-view.mapper';

/** Bound on staleness: another process sees a sign-out, a disabled person or a role change within this. */
export const ACTOR_CACHE_TTL_MS = 5_000;
// Keeps memory flat under a flood of distinct tokens; the oldest entry goes first.
const MAX_CACHED_PEOPLE = 10_000;

interface CachedPerson {
  person: PersonWithOrganisation | null;
  until: number;
}

/**
 * Checks a verified token against the directory: the person exists, is not disabled, still acts for the
 * token's organisation and the token's `ver` equals their token_version. Lookups are cached per person
 * for at most ACTOR_CACHE_TTL_MS; `forget()` drops an entry at once, so a sign-out in this process takes
 * effect on the very next call and in other processes within 5 s.
 */
@Injectable()
export class IdentityActorResolver extends ActorResolver {
  private readonly cache = new Map<string, CachedPerson>();

  constructor(private readonly people: PersonDirectory) {
    super();
  }

  async resolve(claims: AccessTokenClaims): Promise<Actor | null> {
    const person = await this.lookup(claims.sub);
    if (!person || person.disabled || person.tokenVersion !== claims.ver || person.organisationId !== claims.org) return null;
    return toActor(person);
  }

  forget(personId: string): void {
    this.cache.delete(personId);
  }

  private async lookup(personId: string): Promise<PersonWithOrganisation | null> {
    const hit = this.cache.get(personId);
    if (hit && hit.until > Date.now()) return hit.person;
    const person = isUuid(personId) ? await this.people.findById(personId) : null;
    this.remember(personId, person);
    return person;
  }

  private remember(personId: string, person: PersonWithOrganisation | null): void {
    this.cache.delete(personId);
    if (this.cache.size >= MAX_CACHED_PEOPLE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(personId, { person, until: Date.now() + ACTOR_CACHE_TTL_MS });
  }
}

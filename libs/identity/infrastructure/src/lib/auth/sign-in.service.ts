import { Injectable } from '@nestjs/common';
import { SignInResponse } from '@accord/identity/contracts';
import { AuditOrigin, SecurityAudit, TokenService } from '@accord/shared/auth';
import { ScryptPasswordHasher } from '../password/scrypt-password.hasher';
import { PersonDirectory } from '../persistence/person-directory';
import { toPersonView } from './person-view.mapper';

/**
 * Checks a password and issues a token. An unknown email still costs one scrypt run (against a dummy
 * hash made once at the same cost), so response time does not tell which emails exist.
 */
@Injectable()
export class SignInService {
  private readonly hasher = new ScryptPasswordHasher();
  private dummyHash?: Promise<string>;

  constructor(private readonly people: PersonDirectory, private readonly tokens: TokenService, private readonly audit: SecurityAudit) {}

  /** null for a wrong email, a wrong password or a disabled person: callers must not tell them apart. */
  async signIn(email: string, password: string, origin: AuditOrigin = {}): Promise<SignInResponse | null> {
    const person = await this.people.findByEmail(email);
    const matches = await this.hasher.verify(password, person?.passwordHash ?? (await this.dummy()));
    if (!person || !matches || person.disabled) {
      // No email in the record: it is personal data, and a mistyped password is often typed into it.
      const reason = !person ? 'unknown person' : person.disabled ? 'disabled' : 'wrong password';
      this.audit.record({ personId: person?.id ?? null, organisationId: person?.organisationId ?? null, action: 'auth.sign-in', outcome: 'refused', ...origin, detail: { status: 401, reason } });
      return null;
    }
    const { id, name, kind, country } = person.organisation;
    const issued = this.tokens.issue({ personId: person.id, organisationId: person.organisationId, roles: person.roles, tokenVersion: person.tokenVersion, organisation: { id, name, kind, country } });
    this.audit.record({ personId: person.id, organisationId: person.organisationId, action: 'auth.sign-in', outcome: 'signed-in', ...origin });
    return { accessToken: issued.accessToken, expiresAt: issued.expiresAt.toISOString(), person: toPersonView(person) };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hasher.hash('no such person: equalises the time of a miss');
    return this.dummyHash;
  }
}

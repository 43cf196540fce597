import { Actor } from '@accord/shared/kernel';

/** What a verified OIDC token says about its bearer. Only `sub` and `email` are used: roles come from our directory. */
export interface VerifiedExternalIdentity {
  issuer: string;
  subject: string;
  /** null unless the token carried an email the provider did not mark unverified. */
  email: string | null;
  /** Seconds since the epoch; compared with the person's revocation time. */
  issuedAt: number;
}

/** Finds the person a provider's token stands for in our directory; null (→ 401) for people we do not know. */
export abstract class ExternalIdentityResolver {
  abstract resolve(identity: VerifiedExternalIdentity): Promise<Actor | null>;
}

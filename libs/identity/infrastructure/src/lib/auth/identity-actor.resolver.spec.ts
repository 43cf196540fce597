import { AccessTokenClaims } from '@accord/shared/auth';
import { PersonDirectory, PersonWithOrganisation } from '../persistence/person-directory';
import { ACTOR_CACHE_TTL_MS, IdentityActorResolver } from './identity-actor.resolver';

const id = '0b6f7a2e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const claims = (ver = 0, org = 'state-au'): AccessTokenClaims => ({ sub: id, org, roles: ['focal_point'], ver, iat: 0, exp: 0, iss: 'accord', aud: 'accord-portal' });

function directoryWith(person: Partial<PersonWithOrganisation>) {
  const row = { id, organisationId: 'state-au', roles: ['focal_point'], disabled: false, tokenVersion: 0, organisation: { id: 'state-au', name: 'Australia', kind: 'state', country: 'AU' }, ...person } as PersonWithOrganisation;
  const findById = jest.fn().mockResolvedValue(row);
  return { row, findById, directory: { findById } as unknown as PersonDirectory };
}

describe('IdentityActorResolver', () => {
  afterEach(() => jest.useRealTimers());

  it('gives the Actor, with the organisation, for a token whose ver matches', async () => {
    const { directory } = directoryWith({});
    await expect(new IdentityActorResolver(directory).resolve(claims())).resolves.toEqual({
      personId: id, organisationId: 'state-au', roles: ['focal_point'], organisation: { id: 'state-au', name: 'Australia', kind: 'state', country: 'AU' },
    });
  });

  it('refuses a revoked (older ver), a disabled person, another organisation and a non-uuid subject', async () => {
    await expect(new IdentityActorResolver(directoryWith({ tokenVersion: 1 }).directory).resolve(claims(0))).resolves.toBeNull();
    await expect(new IdentityActorResolver(directoryWith({ disabled: true }).directory).resolve(claims())).resolves.toBeNull();
    await expect(new IdentityActorResolver(directoryWith({}).directory).resolve(claims(0, 'state-ca'))).resolves.toBeNull();
    const { directory, findById } = directoryWith({});
    await expect(new IdentityActorResolver(directory).resolve({ ...claims(), sub: "x' OR 1=1" })).resolves.toBeNull();
    expect(findById).not.toHaveBeenCalled();
  });

  it('reads the directory at most once per person per cache period, and again after it or after forget()', async () => {
    jest.useFakeTimers({ now: 0 });
    const { directory, findById, row } = directoryWith({});
    const resolver = new IdentityActorResolver(directory);
    await resolver.resolve(claims());
    await resolver.resolve(claims());
    expect(findById).toHaveBeenCalledTimes(1);
    row.tokenVersion = 1; // revoked by another process
    jest.setSystemTime(ACTOR_CACHE_TTL_MS + 1);
    await expect(resolver.resolve(claims(0))).resolves.toBeNull();
    resolver.forget(id);
    await resolver.resolve(claims(1));
    expect(findById).toHaveBeenCalledTimes(3);
  });
});

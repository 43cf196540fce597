import { SecurityAudit, TokenService } from '@accord/shared/auth';
import { ScryptPasswordHasher } from '../password/scrypt-password.hasher';
import { PersonDirectory } from '../persistence/person-directory';
import { SignInService } from './sign-in.service';

describe('SignInService', () => {
  afterEach(() => jest.restoreAllMocks());

  it('runs scrypt for an unknown email too (no user enumeration by timing) and answers null', async () => {
    const verify = jest.spyOn(ScryptPasswordHasher.prototype, 'verify');
    const directory = { findByEmail: jest.fn().mockResolvedValue(null) } as unknown as PersonDirectory;
    const service = new SignInService(directory, new TokenService({ secret: 's'.repeat(40), ttlSeconds: 60 }), new SecurityAudit());
    await expect(service.signIn('nobody@accord.demo', 'whatever')).resolves.toBeNull();
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0][1]).toMatch(/^scrypt\$32768\$8\$1\$/);
  });
});

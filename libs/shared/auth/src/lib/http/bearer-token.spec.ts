import { bearerToken } from './bearer-token';

describe('bearerToken', () => {
  it('takes the token of a Bearer header only', () => {
    expect(bearerToken('Bearer aaa.bbb.ccc')).toBe('aaa.bbb.ccc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Bearer not-a-jwt')).toBeUndefined();
    expect(bearerToken(['Bearer aaa.bbb.ccc', 'Bearer ddd.eee.fff'])).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

import { upstreamFor } from './write-routes';

const env = { STATES_SERVICE_URL: 'http://states:3001', AGENCIES_SERVICE_URL: 'http://agencies:3005' };

describe('gateway routing', () => {
  it.each([
    ['POST', '/api/commitments', 'http://states:3001'],
    ['POST', '/api/commitments/7/progress', 'http://states:3001'],
    ['GET', '/api/commitments?status=pledged', null],
    ['GET', '/api/consular-requests/1/cases', 'http://states:3001'],
    ['GET', '/api/crisis-alerts/feed.atom', 'http://agencies:3005'],
    ['POST', '/api/evacuation-operations', 'http://agencies:3005'],
    ['GET', '/api/evacuation-operations', null],
    ['POST', '/api/commitmentsX', null],
    ['POST', '/api/auth/sign-in', null],
  ])('%s %s → %s', (method, url, expected) => {
    expect(upstreamFor(method, url, env)).toBe(expected);
  });

  it('proxies nothing when the services are not configured (the platform)', () => {
    expect(upstreamFor('POST', '/api/commitments', {})).toBeNull();
  });
});

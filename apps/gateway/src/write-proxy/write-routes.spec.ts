import { upstreamFor } from './write-routes';

const env = { STATES_SERVICE_URL: 'http://states:3001', AGENCIES_SERVICE_URL: 'http://agencies:3005', SECRETARIAT_SERVICE_URL: 'http://secretariat:3004' };

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
    ['POST', '/api/crisis-alerts/a1/consultations', 'http://secretariat:3004'],
    ['GET', '/api/crisis-alerts/a1/consultations?page=2', 'http://secretariat:3004'],
    ['POST', '/api/crisis-alerts/a1/field-reports', 'http://agencies:3005'],
    ['GET', '/api/crisis-alerts/a1/consultationsX', 'http://agencies:3005'],
    ['POST', '/api/consultations/c1/decisions', 'http://secretariat:3004'],
    ['POST', '/api/evacuations/o1/capacity/offers', 'http://agencies:3005'],
    ['GET', '/api/evacuations/o1/capacity/matches', 'http://agencies:3005'],
    ['GET', '/api/crisis-room/alerts/a1/consultations', null],
  ])('%s %s → %s', (method, url, expected) => {
    expect(upstreamFor(method, url, env)).toBe(expected);
  });

  it.each([
    ['state', 'http://states:3001'],
    ['city', 'http://cities:3002'],
    ['cso', 'http://cso:3003'],
    ['agency', 'http://agencies:3005'],
    ['secretariat', 'http://states:3001'],
    [null, 'http://states:3001'],
    ['constructor', 'http://states:3001'],
  ])('routes a commitment write by a %s organisation to %s', (kind, expected) => {
    const all = { ...env, CITIES_SERVICE_URL: 'http://cities:3002', CIVIL_SOCIETY_SERVICE_URL: 'http://cso:3003' };
    expect(upstreamFor('POST', '/api/commitments', all, kind)).toBe(expected);
    expect(upstreamFor('PATCH', '/api/commitments/7/status', all, kind)).toBe(expected);
    expect(upstreamFor('GET', '/api/commitments/export.csv', all, kind)).toBeNull();
  });

  it('sends a kind whose service is not configured to the default owner', () => {
    expect(upstreamFor('POST', '/api/commitments', env, 'city')).toBe('http://states:3001');
    expect(upstreamFor('POST', '/api/commitments', env, 'agency')).toBe('http://agencies:3005');
  });

  it('proxies nothing when the services are not configured (the platform)', () => {
    expect(upstreamFor('POST', '/api/commitments', {})).toBeNull();
  });
});

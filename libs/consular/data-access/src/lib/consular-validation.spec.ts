import { validateConsularRequest } from './consular-validation';

const aCase = { name: 'A', documentNumber: 'P1', contact: '', location: 'Tripoli', vulnerabilities: [], consentGiven: true, legalBasis: 'consent' as const, purposes: ['consular_assistance' as const] };

describe('validateConsularRequest', () => {
  it('accepts a valid request', () => expect(validateConsularRequest({ country: 'LY', nationalsCount: 1, services: ['welfare_check'], cases: [aCase] })).toEqual({}));
  it('keys case problems by index', () => {
    const e = validateConsularRequest({ country: 'ly', nationalsCount: 0, services: [], cases: [{ ...aCase, name: '', consentGiven: false }] });
    expect(Object.keys(e).sort()).toEqual(['cases.0.consentGiven', 'cases.0.name', 'country', 'nationalsCount', 'services']);
  });
});

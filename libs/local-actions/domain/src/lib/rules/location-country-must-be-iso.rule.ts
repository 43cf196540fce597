import { BusinessRule } from '@accord/shared/kernel';

export class LocationCountryMustBeIso implements BusinessRule {
  readonly name = 'LocationCountryMustBeIso';
  readonly field = 'location.country';
  readonly message = 'the country is an ISO 3166-1 alpha-2 code such as PH';
  constructor(private readonly country: string) {}
  isBroken(): boolean {
    return !/^[A-Z]{2}$/.test(this.country);
  }
}

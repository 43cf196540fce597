import { AggregateRoot, Clock } from '@accord/shared/kernel';
import { ConsularAgreementRegistered } from './consular-events';
import { ConsularService } from './consular-terms';
import { AgreementNeedsCountriesAndServices } from './rules/agreement-needs-countries-and-services.rule';
import { AgreementNeedsTwoStates } from './rules/agreement-needs-two-states.rule';
import { OnlyStatesActConsularly } from './rules/only-states-act-consularly.rule';
import { ValidityMustBeOrdered } from './rules/validity-must-be-ordered.rule';

export interface AgreementTerms {
  parties: string[];
  countries: string[];
  services: ConsularService[];
  validFrom: string;
  validTo: string | null;
}

/** States that may act consularly for each other's nationals in the countries listed (e.g. Canada–Australia). */
export class ConsularAgreement extends AggregateRoot<ConsularAgreementRegistered> {
  private constructor(id: string, version: number, readonly terms: AgreementTerms) {
    super(id, version);
  }

  static register(id: string, registrar: { organisationId: string; kind: string }, terms: AgreementTerms, clock: Clock): ConsularAgreement {
    const agreement = new ConsularAgreement(id, 0, terms);
    agreement.checkRule(new OnlyStatesActConsularly(registrar.kind));
    agreement.checkRule(new AgreementNeedsTwoStates(terms.parties, registrar.organisationId));
    agreement.checkRule(new AgreementNeedsCountriesAndServices(terms.countries, terms.services));
    agreement.checkRule(new ValidityMustBeOrdered(terms.validFrom, terms.validTo));
    agreement.record({ type: 'ConsularAgreementRegistered', data: { agreementId: id, ...terms, registeredBy: registrar.organisationId, registeredAt: clock.now().toISOString() } });
    return agreement;
  }

  static restore(id: string, version: number, terms: AgreementTerms): ConsularAgreement {
    return new ConsularAgreement(id, version, terms);
  }
}

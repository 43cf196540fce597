import { BusinessRule } from '@accord/shared/kernel';
import { AlertInfo } from '../crisis-alert-terms';

export class AlertNeedsAnInfoBlock implements BusinessRule {
  readonly name = 'AlertNeedsAnInfoBlock';
  readonly field = 'infos';
  readonly message = 'an alert needs at least one info block (language, headline, description), one per language';
  constructor(private readonly infos: readonly AlertInfo[]) {}

  isBroken(): boolean {
    const languages = this.infos.map((i) => i.language.toLowerCase());
    return this.infos.length === 0 || new Set(languages).size !== languages.length;
  }
}

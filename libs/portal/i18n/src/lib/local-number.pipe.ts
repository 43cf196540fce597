import { Pipe, PipeTransform } from '@angular/core';
import { formatNumber } from './message-format';
import { currentLanguage } from './translation-state';

const percents = new Map<string, Intl.NumberFormat>();

/** A share (0..1) as a percentage in the current language: "45 %", "٤٥٪", "45%". */
export function formatPercent(share: number): string {
  const lang = currentLanguage();
  let format = percents.get(lang);
  if (!format) percents.set(lang, (format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(share);
}

/** `{{ total | number }}` in the current language's digits and separators. */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : formatNumber(value, currentLanguage());
  }
}

import { Pipe, PipeTransform } from '@angular/core';
import { currentLanguage } from './translation-state';
import { Language } from './languages';

export type DateStyle = 'shortDate' | 'mediumDate' | 'longDate' | 'short' | 'medium' | 'long';

const OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  shortDate: { dateStyle: 'short' },
  mediumDate: { dateStyle: 'medium' },
  longDate: { dateStyle: 'long' },
  short: { dateStyle: 'short', timeStyle: 'short' },
  medium: { dateStyle: 'medium', timeStyle: 'short' },
  long: { dateStyle: 'long', timeStyle: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date in the reader's language and calendar conventions (Intl), e.g. "28 nov. 2026" or "٢٨ نوفمبر ٢٠٢٦". */
export function formatDate(value: string | number | Date, style: DateStyle, lang: Language, timeZone?: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const id = `${lang}|${style}|${timeZone ?? ''}`;
  let format = formats.get(id);
  if (!format) formats.set(id, (format = new Intl.DateTimeFormat(lang, { ...OPTIONS[style], timeZone })));
  return format.format(date);
}

/**
 * Drop-in for Angular's `date` pipe with the same arguments (`date: 'mediumDate' : 'UTC'`), written in
 * the current language through Intl instead of the one locale compiled into the bundle.
 */
@Pipe({ name: 'date', pure: false })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | number | Date | null | undefined, style: DateStyle = 'mediumDate', timeZone?: string): string {
    if (value === null || value === undefined || value === '') return '';
    return formatDate(value, style, currentLanguage(), timeZone);
  }
}

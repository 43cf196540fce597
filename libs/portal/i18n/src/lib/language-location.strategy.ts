import { Injectable } from '@angular/core';
import { PathLocationStrategy } from '@angular/common';
import { splitLanguagePrefix, withLanguagePrefix } from './language-path';
import { currentLanguage } from './translation-state';

/**
 * Every address carries its language (`/ar/commitments/…`) while the router only ever sees the plain
 * path, so no route and no routerLink knows about languages: links, pushState and the switcher all
 * go through prepareExternalUrl.
 */
@Injectable()
export class LanguageLocationStrategy extends PathLocationStrategy {
  override path(includeHash = false): string {
    return splitLanguagePrefix(super.path(includeHash)).rest;
  }

  override prepareExternalUrl(internal: string): string {
    return super.prepareExternalUrl(withLanguagePrefix(internal, currentLanguage()));
  }
}

import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

/**
 * One polite live region for the whole portal: screen readers hear news (a live update arrived, the
 * language changed) after what they are reading, never interrupting it.
 */
@Injectable({ providedIn: 'root' })
export class LiveAnnouncer {
  private readonly document = inject(DOCUMENT);
  private region: HTMLElement | null = null;

  announce(message: string): void {
    const region = this.liveRegion();
    // Clearing first makes a repeated message be read again.
    region.textContent = '';
    setTimeout(() => (region.textContent = message), 50);
  }

  private liveRegion(): HTMLElement {
    if (this.region?.isConnected) return this.region;
    const region = this.document.createElement('div');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.setAttribute('data-testid', 'live-announcer');
    region.className = 'visually-hidden';
    this.document.body.appendChild(region);
    return (this.region = region);
  }
}

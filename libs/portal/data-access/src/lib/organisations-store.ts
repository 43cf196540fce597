import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient } from './api-client';

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: 'state' | 'city' | 'cso' | 'agency' | 'secretariat';
  country: string | null;
}

/** The public directory of organisations, loaded once per tab, so pages can show names for ids. */
@Injectable({ providedIn: 'root' })
export class OrganisationsStore {
  private readonly api = inject(ApiClient);
  private loading: Promise<void> | null = null;
  readonly all = signal<OrganisationSummary[]>([]);
  readonly error = signal<string | null>(null);
  private readonly byId = computed(() => new Map(this.all().map((o) => [o.id, o])));

  load(): Promise<void> {
    this.loading ??= this.api.get<OrganisationSummary[]>('/api/organisations').then(
      (list) => this.all.set([...list].sort((a, b) => a.name.localeCompare(b.name))),
      (error: unknown) => {
        this.error.set(error instanceof Error ? error.message : String(error));
        this.loading = null; // a later page may try again
      },
    );
    return this.loading;
  }

  name(id: string | null | undefined): string {
    if (!id) return '';
    return this.byId().get(id)?.name ?? id;
  }

  find(id: string | null | undefined): OrganisationSummary | undefined {
    return id ? this.byId().get(id) : undefined;
  }
}

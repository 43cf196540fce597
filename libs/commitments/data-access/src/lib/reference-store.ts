import { Injectable, inject, signal } from '@angular/core';
import { ApiClient } from '@accord/portal/data-access';
import { GcmObjectiveRef, OrganisationRef, SdgTargetRef } from './commitment.models';

/** Organisations and the GCM/SDG reference lists, fetched once per page load. */
@Injectable({ providedIn: 'root' })
export class ReferenceStore {
  private readonly api = inject(ApiClient);
  private loading: Promise<void> | null = null;

  readonly organisations = signal<OrganisationRef[]>([]);
  readonly gcmObjectives = signal<GcmObjectiveRef[]>([]);
  readonly sdgTargets = signal<SdgTargetRef[]>([]);
  readonly error = signal<string | null>(null);

  load(): Promise<void> {
    this.loading ??= this.fetchAll();
    return this.loading;
  }

  private async fetchAll(): Promise<void> {
    const results = await Promise.allSettled([
      this.api.get<OrganisationRef[]>('/api/organisations'),
      this.api.get<GcmObjectiveRef[]>('/api/reference/gcm-objectives'),
      this.api.get<SdgTargetRef[]>('/api/reference/sdg-targets'),
    ]);
    const [orgs, gcm, sdg] = results;
    if (orgs.status === 'fulfilled') this.organisations.set([...orgs.value].sort((a, b) => a.name.localeCompare(b.name)));
    if (gcm.status === 'fulfilled') this.gcmObjectives.set(gcm.value);
    if (sdg.status === 'fulfilled') this.sdgTargets.set(sdg.value);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      this.error.set(failed.reason instanceof Error ? failed.reason.message : String(failed.reason));
      this.loading = null; // let a later page try again
    }
  }
}

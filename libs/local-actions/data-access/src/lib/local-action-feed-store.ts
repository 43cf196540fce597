import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LivePage, LiveUpdatesClient } from '@accord/portal/data-access';
import { EMPTY_LOCAL_ACTION_FILTERS, LOCAL_ACTION_UPDATE_TYPES, LocalActionFilters, LocalActionView } from './local-action.models';
import { LocalActionsApi } from './local-actions-api';

function matches(v: LocalActionView, f: LocalActionFilters): boolean {
  if (f.country && v.location.country !== f.country) return false;
  if (f.status && v.status !== f.status) return false;
  if (f.cityOrganisationId && v.cityOrganisationId !== f.cityOrganisationId) return false;
  return !f.commitmentId || v.commitmentIds.includes(f.commitmentId);
}

/** The peer feed of local actions, newest first, kept current live. Provide it in the page. */
@Injectable()
export class LocalActionFeedStore {
  private readonly api = inject(LocalActionsApi);
  private readonly live = inject(LiveUpdatesClient);
  readonly filters = signal<LocalActionFilters>(EMPTY_LOCAL_ACTION_FILTERS);
  readonly pageSize = signal(20);
  private readonly livePage = new LivePage<LocalActionView>();
  readonly result = this.livePage.result;
  readonly loading = this.livePage.loading;
  readonly error = this.livePage.error;
  readonly lastChange = signal<LocalActionView | null>(null);
  readonly items = this.livePage.items;
  readonly empty = this.livePage.empty;

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<LocalActionView>(...LOCAL_ACTION_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => this.apply(u.view));
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load(this.result().page));
  }

  load(page = 1): Promise<void> {
    return this.livePage.load(() => this.api.list(this.filters(), page, this.pageSize()));
  }

  private apply(view: LocalActionView): void {
    const page = this.result();
    const at = page.items.findIndex((a) => a.id === view.id);
    if (at >= 0) {
      if (page.items[at].version >= view.version) return;
      const items = page.items.slice();
      items[at] = view;
      this.result.set({ ...page, items });
    } else if (page.page === 1 && matches(view, this.filters())) {
      this.result.set({ ...page, items: [view, ...page.items].slice(0, page.pageSize), total: page.total + 1 });
    } else {
      return;
    }
    this.lastChange.set(view);
  }
}

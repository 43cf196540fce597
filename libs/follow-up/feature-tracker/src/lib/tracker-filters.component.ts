import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import { EMPTY_TRACKER_FILTERS, TRACKER_STATES, TrackerFilters } from '@accord/follow-up/data-access';
import { FOLLOW_UP_UI_STRINGS } from '@accord/follow-up/ui';
import { OrganisationSummary, inputValue } from '@accord/portal/data-access';
import { TRACKER_STRINGS } from './strings';

@Component({
  selector: 'acc-tracker-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" role="search" [attr.aria-label]="s.filters" (submit)="$event.preventDefault(); apply()">
      <div class="field">
        <label for="tf-process">{{ s.process }}</label>
        <input id="tf-process" data-testid="filter-process" maxlength="100" [value]="draft().process" (input)="set('process', $event)" />
      </div>
      @if (showAddressee()) {
        <div class="field">
          <label for="tf-addressee">{{ s.addressee }}</label>
          <select id="tf-addressee" data-testid="filter-addressee" (change)="set('addresseeId', $event, true)">
            <option value="">{{ s.any }}</option>
            @for (o of organisations(); track o.id) { <option [value]="o.id" [selected]="o.id === draft().addresseeId">{{ o.name }}</option> }
          </select>
        </div>
      }
      <div class="field">
        <label for="tf-state">{{ s.state }}</label>
        <select id="tf-state" data-testid="filter-state" (change)="set('state', $event, true)">
          <option value="">{{ s.any }}</option>
          @for (st of states; track st) { <option [value]="st" [selected]="st === draft().state">{{ ui.state[st] }}</option> }
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="primary">{{ s.apply }}</button>
        <button type="button" (click)="draft.set(empty); apply()">{{ s.clear }}</button>
      </div>
    </form>
  `,
  styles: `
    .filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr)); gap: 0.75rem 1rem; align-items: end;
      padding: 1rem; border: 1px solid #c9d1dc; border-radius: 8px; background: #f7f9fc; }
    .field { display: grid; gap: 0.25rem; min-inline-size: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  `,
})
export class TrackerFiltersComponent {
  readonly filters = input<TrackerFilters>(EMPTY_TRACKER_FILTERS);
  readonly organisations = input<OrganisationSummary[]>([]);
  readonly showAddressee = input(true);
  readonly filtersChange = output<TrackerFilters>();
  protected readonly draft = linkedSignal(() => this.filters());
  protected readonly states = TRACKER_STATES;
  protected readonly empty = EMPTY_TRACKER_FILTERS;
  protected readonly s = TRACKER_STRINGS.tracker;
  protected readonly ui = FOLLOW_UP_UI_STRINGS;

  protected set(key: keyof TrackerFilters, event: Event, now = false): void {
    const value = inputValue(event);
    this.draft.update((d) => ({ ...d, [key]: value }));
    if (now) this.apply();
  }

  protected apply(): void {
    this.filtersChange.emit({ ...this.draft(), process: this.draft().process.trim() });
  }
}

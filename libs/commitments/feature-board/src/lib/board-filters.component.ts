import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { BoardFilters, COMMITMENT_STATUSES, EMPTY_FILTERS, GcmObjectiveRef, ORGANISATION_KINDS, OrganisationRef, SdgTargetRef } from '@accord/commitments/data-access';
import { UI_STRINGS } from '@accord/commitments/ui';
import { BOARD_STRINGS } from './strings';

@Component({
  selector: 'acc-board-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" role="search" [attr.aria-label]="s.filters" (submit)="$event.preventDefault(); apply()">
      <div class="field">
        <label for="f-org">{{ s.organisation }}</label>
        <select id="f-org" data-testid="filter-organisation" [value]="draft().organisationId" (change)="set('organisationId', $event, true)">
          <option value="">{{ s.any }}</option>
          @for (o of organisations(); track o.id) { <option [value]="o.id" [selected]="o.id === draft().organisationId">{{ o.name }}</option> }
        </select>
      </div>
      <div class="field">
        <label for="f-kind">{{ s.kind }}</label>
        <select id="f-kind" data-testid="filter-kind" [value]="draft().kind" (change)="set('kind', $event, true)">
          <option value="">{{ s.any }}</option>
          @for (k of kinds; track k) { <option [value]="k" [selected]="k === draft().kind">{{ ui.kind[k] }}</option> }
        </select>
      </div>
      <div class="field">
        <label for="f-country">{{ s.country }}</label>
        <select id="f-country" data-testid="filter-country" [value]="draft().country" (change)="set('country', $event, true)">
          <option value="">{{ s.any }}</option>
          @for (c of countries(); track c) { <option [value]="c" [selected]="c === draft().country">{{ c }}</option> }
        </select>
      </div>
      <div class="field">
        <label for="f-gcm">{{ s.gcmObjective }}</label>
        <select id="f-gcm" data-testid="filter-gcm" [value]="draft().gcmObjective" (change)="set('gcmObjective', $event, true)">
          <option value="">{{ s.any }}</option>
          @for (g of gcmOptions(); track g.number) {
            <option [value]="'' + g.number" [selected]="'' + g.number === draft().gcmObjective">{{ s.gcmOption(g.number, g.short) }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="f-sdg">{{ s.sdgTarget }}</label>
        <input id="f-sdg" data-testid="filter-sdg" list="f-sdg-list" [placeholder]="s.sdgPlaceholder" [value]="draft().sdgTarget"
          (input)="set('sdgTarget', $event)" (change)="set('sdgTarget', $event, true)" autocomplete="off" inputmode="decimal" />
        <datalist id="f-sdg-list">
          @for (t of sdgTargets(); track t.code) { <option [value]="t.code">{{ t.code }} {{ t.title }}</option> }
        </datalist>
      </div>
      <div class="field">
        <label for="f-status">{{ s.status }}</label>
        <select id="f-status" data-testid="filter-status" [value]="draft().status" (change)="set('status', $event, true)">
          <option value="">{{ s.any }}</option>
          @for (st of statuses; track st) { <option [value]="st" [selected]="st === draft().status">{{ ui.status[st] }}</option> }
        </select>
      </div>
      <div class="field">
        <label for="f-as-of">{{ s.asOf }}</label>
        <input id="f-as-of" type="date" data-testid="filter-as-of" [value]="draft().asOf" [max]="today" (change)="set('asOf', $event, true)"
          aria-describedby="f-as-of-hint" />
        <span id="f-as-of-hint" class="hint">{{ s.asOfHint }}</span>
      </div>
      <div class="field check">
        <input id="f-disputed" type="checkbox" data-testid="filter-disputed" [checked]="draft().disputed === 'true'" (change)="setDisputed($event)" />
        <label for="f-disputed">{{ s.disputedOnly }}</label>
      </div>
      <div class="field wide">
        <label for="f-q">{{ s.search }}</label>
        <input id="f-q" type="search" data-testid="filter-q" [value]="draft().q" (input)="set('q', $event)" maxlength="200" />
      </div>
      <div class="actions">
        <button type="submit" class="primary">{{ s.apply }}</button>
        <button type="button" (click)="clear()">{{ s.clear }}</button>
      </div>
    </form>
  `,
  styles: `
    .filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.75rem 1rem; align-items: end;
      padding: 1rem; border: 1px solid #c9d1dc; border-radius: 8px; background: #f7f9fc; }
    .field { display: grid; gap: 0.25rem; min-inline-size: 0; }
    .wide { grid-column: span 2; }
    .check { display: flex; gap: 0.4rem; align-items: center; }
    .hint { font-size: 0.8rem; color: #5b6472; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    @media (max-width: 30rem) { .wide { grid-column: auto; } }
  `,
})
export class BoardFiltersComponent {
  readonly filters = input<BoardFilters>(EMPTY_FILTERS);
  readonly organisations = input<OrganisationRef[]>([]);
  readonly gcmObjectives = input<GcmObjectiveRef[]>([]);
  readonly sdgTargets = input<SdgTargetRef[]>([]);
  readonly filtersChange = output<BoardFilters>();

  protected readonly draft = linkedSignal(() => this.filters());
  protected readonly countries = computed(() => [...new Set(this.organisations().map((o) => o.country).filter((c): c is string => !!c))].sort());
  protected readonly gcmOptions = computed(() => this.gcmObjectives());
  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly statuses = COMMITMENT_STATUSES;
  protected readonly s = BOARD_STRINGS;
  protected readonly ui = UI_STRINGS;
  protected readonly today = new Date().toISOString().slice(0, 10);

  protected setDisputed(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.draft.update((d) => ({ ...d, disputed: checked ? 'true' : '' }));
    this.apply();
  }

  protected set(key: keyof BoardFilters, event: Event, applyNow = false): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.draft.update((d) => ({ ...d, [key]: value }));
    if (applyNow) this.apply();
  }

  protected apply(): void {
    this.filtersChange.emit({ ...this.draft(), q: this.draft().q.trim(), sdgTarget: this.draft().sdgTarget.trim() });
  }

  protected clear(): void {
    this.draft.set(EMPTY_FILTERS);
    this.apply();
  }
}

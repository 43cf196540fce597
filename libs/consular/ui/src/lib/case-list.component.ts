import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { CONSULAR_UI_STRINGS } from './strings';

export interface CaseRowData {
  caseId: string;
  status: string;
  name?: string;
  documentNumber?: string;
  location?: string;
  contact?: string;
  vulnerabilities?: string[];
}

export interface CaseStatusChange {
  caseId: string;
  status: string;
}

/** The cases of a request; the partner may update each one's status. */
@Component({
  selector: 'acc-case-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (cases().length === 0) { <p>{{ s.none }}</p> }
    <ul class="cases" [attr.aria-label]="s.caption" data-testid="cases">
      @for (c of cases(); track c.caseId; let i = $index) {
        <li class="case" data-testid="case" [attr.data-case-id]="c.caseId" [attr.data-status]="c.status">
          <div class="head">
            <strong>{{ c.name || s.anonymous(i + 1) }}</strong>
            <span class="status" data-testid="case-status">{{ status[c.status] ?? c.status }}</span>
          </div>
          @if (c.documentNumber) {
            <dl>
              <div><dt>{{ s.document }}</dt><dd>{{ c.documentNumber }}</dd></div>
              <div><dt>{{ s.location }}</dt><dd>{{ c.location }}</dd></div>
              @if (c.contact) { <div><dt>{{ s.contact }}</dt><dd>{{ c.contact }}</dd></div> }
              @if (c.vulnerabilities?.length) { <div><dt>{{ s.vulnerabilities }}</dt><dd>{{ c.vulnerabilities?.join(', ') }}</dd></div> }
            </dl>
          }
          @if (canUpdate() && c.status !== 'closed') {
            <label class="visually-hidden" [for]="'case-' + c.caseId">{{ s.update(c.name || s.anonymous(i + 1)) }}</label>
            <select [id]="'case-' + c.caseId" data-testid="case-status-select" (change)="pick(c.caseId, $event)">
              <option value="">{{ s.choose }}</option>
              @for (st of statuses(); track st) { <option [value]="st">{{ status[st] ?? st }}</option> }
            </select>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .cases { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .case { display: grid; gap: 0.35rem; padding: 0.75rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 6px; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; }
    .status { font-weight: 600; font-size: 0.85rem; border: 1px solid currentColor; border-radius: 999px; padding-inline: 0.5em; color: #0b5c8a; }
    dl { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; font-size: 0.9rem; }
    dt { font-weight: 600; color: #4a5261; }
    dd { margin: 0; }
    select { max-inline-size: 14rem; }
  `,
})
export class CaseListComponent {
  readonly cases = input<CaseRowData[]>([]);
  readonly canUpdate = input(false);
  readonly statuses = input<readonly string[]>([]);
  readonly statusChange = output<CaseStatusChange>();
  protected readonly s = CONSULAR_UI_STRINGS.cases;
  protected readonly status = CONSULAR_UI_STRINGS.caseStatus;

  protected pick(caseId: string, event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (select.value) this.statusChange.emit({ caseId, status: select.value });
    select.value = '';
  }
}

import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TimelineItem } from './ui-models';
import { ProgressMeterComponent } from './progress-meter.component';
import { StatusBadgeComponent } from './status-badge.component';
import { UI_STRINGS } from './strings';

@Component({
  selector: 'acc-commitment-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, StatusBadgeComponent, ProgressMeterComponent],
  template: `
    @if (entries().length === 0) {
      <p>{{ s.timeline.empty }}</p>
    } @else {
      <ol class="timeline" data-testid="timeline">
        @for (e of newestFirst(); track $index) {
          <li class="entry" [attr.data-kind]="e.kind">
            <time [attr.datetime]="e.at">{{ e.at | date: 'medium' }}</time>
            @switch (e.kind) {
              @case ('logged') { <p class="what">{{ s.timeline.logged }}</p> }
              @case ('co_owner') { <p class="what">{{ s.timeline.coOwner(e.coOwner?.name ?? e.organisationId ?? '') }}</p> }
              @case ('share_status') {
                <p class="what">{{ s.timeline.shareStatus(ownerName(e.organisationId), statusName(e.status)) }}
                  @if (e.from) { <span class="muted">({{ s.timeline.from(statusName(e.from)) }})</span> }</p>
                @if (e.status) { <acc-status-badge [status]="e.status" /> }
                @if (e.reason) { <p><strong>{{ s.timeline.reason }}:</strong> {{ e.reason }}</p> }
              }
              @case ('status') {
                <p class="what">{{ s.timeline.status(statusName(e.status)) }}
                  @if (e.from) { <span class="muted">({{ s.timeline.from(statusName(e.from)) }})</span> }</p>
                @if (e.status) { <acc-status-badge [status]="e.status" /> }
                @if (e.reason) { <p><strong>{{ s.timeline.reason }}:</strong> {{ e.reason }}</p> }
              }
              @case ('progress') {
                @if (e.progress; as p) {
                  <p class="what">{{ s.timeline.progress(p.percent) }}
                    @if (e.organisationId) { <span class="muted">{{ s.timeline.by(ownerName(e.organisationId)) }}</span> }</p>
                  <acc-progress-meter [value]="p.percent" />
                  @if (p.narrative) { <p class="narrative">{{ p.narrative }}</p> }
                  <p class="muted">{{ s.timeline.evidenceLevel }}: {{ s.evidenceLevel[p.evidenceLevel] ?? p.evidenceLevel }}
                    @if (p.evidenceUrl) { · <a [href]="p.evidenceUrl" rel="noopener noreferrer" target="_blank">{{ s.timeline.evidence }}</a> }</p>
                }
              }
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .timeline { list-style: none; margin: 0; padding: 0; border-inline-start: 3px solid #c9d1dc; }
    .entry { position: relative; padding-block: 0.5rem 1rem; padding-inline-start: 1.1rem; display: grid; gap: 0.35rem; justify-items: start; }
    .entry::before { content: ''; position: absolute; inset-inline-start: -0.5rem; inset-block-start: 0.75rem; inline-size: 0.75rem; block-size: 0.75rem; border-radius: 50%; background: #1f5fae; border: 2px solid #fff; }
    .entry acc-progress-meter { inline-size: min(20rem, 100%); }
    time { font-size: 0.85rem; color: #5b6472; }
    .what { margin: 0; font-weight: 600; }
    .narrative { margin: 0; white-space: pre-line; }
    .muted { margin: 0; color: #5b6472; font-size: 0.9rem; font-weight: normal; }
    p { margin: 0; }
  `,
})
export class CommitmentTimelineComponent {
  readonly entries = input<TimelineItem[]>([]);
  /** organisationId → name, to say whose share an entry is about. */
  readonly ownerNames = input<Partial<Record<string, string>>>({});
  protected readonly newestFirst = computed(() => [...this.entries()].reverse());
  protected readonly s = UI_STRINGS;
  protected ownerName(organisationId: string | undefined): string {
    return organisationId ? (this.ownerNames()[organisationId] ?? organisationId) : '';
  }

  protected statusName(status: string | undefined): string {
    return status ? (UI_STRINGS.status[status] ?? status) : '';
  }
}

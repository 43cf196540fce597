import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { languageName, pickInfo } from './pick-info';
import { CRISIS_UI_STRINGS } from './strings';

export interface CapFieldsData {
  severity: string;
  urgency: string;
  certainty: string;
  categories: string[];
  issuerName: string;
  areas: { name: string }[];
  infos: { language: string; event: string; headline: string; description: string; instruction: string }[];
  sources: string[];
  cap: { identifier: string; sender: string; sent: string; msgType: string; scope: string };
  closeReason: string | null;
  closeNote: string | null;
}

@Component({
  selector: 'acc-cap-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe],
  template: `
    @let a = alert();
    <dl class="cap" data-testid="cap-fields">
      <div><dt>{{ s.severity }}</dt><dd data-testid="cap-severity">{{ a.severity }}</dd></div>
      <div><dt>{{ s.urgency }}</dt><dd>{{ a.urgency }}</dd></div>
      <div><dt>{{ s.certainty }}</dt><dd>{{ a.certainty }}</dd></div>
      <div><dt>{{ s.categories }}</dt><dd>{{ a.categories.join(', ') }}</dd></div>
      <div><dt>{{ s.issuer }}</dt><dd>{{ a.issuerName }}</dd></div>
      <div><dt>{{ s.areas }}</dt><dd>{{ areaNames() }}</dd></div>
      <div><dt>{{ s.sent }}</dt><dd><time [attr.datetime]="a.cap.sent">{{ a.cap.sent | date: 'medium' }}</time></dd></div>
      <div><dt>{{ s.msgType }} / {{ s.scope }}</dt><dd>{{ a.cap.msgType }} / {{ a.cap.scope }}</dd></div>
      <div class="wide"><dt>{{ s.identifier }}</dt><dd class="mono">{{ a.cap.identifier }}</dd></div>
    </dl>
    @if (a.closeReason) { <p class="closed">{{ s.closed(a.closeReason) }}@if (a.closeNote) { — {{ a.closeNote }} }</p> }
    @if (choice().info; as info) {
      @if (choice().fallbackFrom; as from) {
        <p class="fallback" data-testid="info-fallback">{{ s.fallback(name(from), name(info.language)) }}</p>
      }
      <section class="info" [attr.lang]="info.language" dir="auto" data-testid="cap-info" [attr.data-language]="info.language">
        <h3>{{ info.headline }}</h3>
        @if (info.event) { <p><strong>{{ s.event }}:</strong> {{ info.event }}</p> }
        <p class="text">{{ info.description }}</p>
        @if (info.instruction) { <p class="text"><strong>{{ s.instruction }}:</strong> {{ info.instruction }}</p> }
      </section>
    }
    @for (info of choice().others; track info.language) {
      <details class="info" data-testid="cap-info-other" [attr.data-language]="info.language">
        <summary>{{ s.inLanguage(name(info.language)) }}</summary>
        <div [attr.lang]="info.language" dir="auto">
          <h3>{{ info.headline }}</h3>
          <p class="text">{{ info.description }}</p>
          @if (info.instruction) { <p class="text"><strong>{{ s.instruction }}:</strong> {{ info.instruction }}</p> }
        </div>
      </details>
    }
    @if (a.sources.length) { <p class="muted">{{ s.sources }}: {{ a.sources.join(', ') }}</p> }
  `,
  styles: `
    .cap { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr)); gap: 0.5rem 1rem; margin: 0; }
    .wide { grid-column: 1 / -1; }
    dt { font-weight: 600; font-size: 0.85rem; color: #4a5261; }
    dd { margin: 0; overflow-wrap: anywhere; }
    .mono { font-family: ui-monospace, monospace; font-size: 0.85rem; }
    .info { margin-block-start: 0.75rem; }
    h3 { margin: 0 0 0.25rem; font-size: 1.05rem; }
    p { margin: 0.25rem 0; }
    .text { white-space: pre-line; }
    .closed { font-weight: 600; color: #555; }
    .fallback { margin-block-start: 0.75rem; padding: 0.3rem 0.6rem; border-inline-start: 3px solid #7a8699; background: #eef1f5; font-size: 0.9rem; }
    summary { cursor: pointer; color: #0b5cad; }
    .muted { color: #4a5261; font-size: 0.9rem; }
  `,
})
export class CapFieldsComponent {
  readonly alert = input.required<CapFieldsData>();
  /** the reader's languages, best first; the info block shown follows them */
  readonly readerLanguages = input<readonly string[]>([]);
  protected readonly s = CRISIS_UI_STRINGS.cap;
  protected readonly choice = computed(() => pickInfo(this.alert().infos, this.readerLanguages()));
  protected readonly areaNames = computed(() => this.alert().areas.map((a) => a.name).join(', '));

  protected name(tag: string): string {
    return languageName(tag, CRISIS_UI_STRINGS.language);
  }
}

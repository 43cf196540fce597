import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LoadStateComponent, PagerComponent, TextFieldComponent } from '@accord/portal/ui';
import { PUBLIC_STREAM_OPTIONS, SUBSCRIPTIONS_STRINGS, WebhooksStore } from '@accord/subscriptions/data-access';

/** An organisation's webhooks: register (secret shown once), pause/resume, replace the secret, delivery log and re-send. */
@Component({
  selector: 'acc-webhooks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [WebhooksStore],
  imports: [LocalDatePipe, RouterLink, LoadStateComponent, PagerComponent, TextFieldComponent],
  template: `
    <p><a routerLink="/workspace">{{ s.backToWorkspace }}</a></p>
    <h1>{{ s.webhooksHeading }}</h1>
    <p>{{ s.webhooksIntro }}</p>

    @if (store.secret(); as created) {
      <section class="secret" role="status" aria-labelledby="wh-secret" data-testid="webhook-secret">
        <h2 id="wh-secret">{{ s.secretHeading }}</h2>
        <p>{{ s.secretOnce }}</p>
        <p class="value"><code data-testid="webhook-secret-value">{{ created.secret }}</code>
          <button type="button" (click)="copy(created.secret)">{{ copied() ? s.copied : s.copy }}</button></p>
        @if (copyFailed()) { <p class="field-error">{{ s.copyFailed }}</p> }
        <button type="button" class="primary" (click)="store.forgetSecret()">{{ s.done }}</button>
      </section>
    }

    <section aria-labelledby="wh-new" class="panel">
      <h2 id="wh-new">{{ s.newWebhook }}</h2>
      <form (submit)="$event.preventDefault(); submit()" novalidate data-testid="webhook-form">
        @if (store.formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
        <acc-text-field fieldId="wh-url" type="url" [label]="s.url" [hint]="s.urlHint" [value]="url()" (valueChange)="url.set($event)" [required]="true"
          [max]="2000" [error]="store.fieldErrors()['url'] ?? null" testId="webhook-url" />
        <fieldset [attr.aria-describedby]="store.fieldErrors()['filter.streams'] ? 'wh-streams-err' : null">
          <legend>{{ s.streams }}</legend>
          @for (stream of streamOptions; track stream) {
            <label class="check"><input type="checkbox" [checked]="streams().includes(stream)" (change)="toggleStream(stream)" /> {{ s.stream[stream] ?? stream }}</label>
          }
          @if (store.fieldErrors()['filter.streams']; as e) { <p class="field-error" id="wh-streams-err">{{ e }}</p> }
        </fieldset>
        <acc-text-field fieldId="wh-types" [label]="s.eventTypes" [hint]="s.eventTypesHint" [value]="eventTypes()" (valueChange)="eventTypes.set($event)"
          [max]="2000" [error]="store.fieldErrors()['filter.eventTypes'] ?? null" testId="webhook-event-types" />
        <button type="submit" class="primary" [disabled]="store.saving()">{{ store.saving() ? s.registering : s.register }}</button>
      </form>
    </section>

    <section aria-labelledby="wh-list" class="panel">
      <h2 id="wh-list">{{ s.webhooksHeading }} ({{ store.total() }})</h2>
      <acc-load-state testId="webhooks" [loading]="store.loading() && store.items().length === 0" [error]="store.error()" [empty]="store.empty()"
        [loadingText]="s.webhooksLoading" [emptyText]="s.webhooksEmpty" (retry)="store.load(store.page())" />
      <ul class="list" data-testid="webhooks-list">
        @for (w of store.items(); track w.id) {
          <li data-testid="webhook" [attr.data-active]="w.active">
            <code class="url">{{ w.url }}</code>
            <span class="state">{{ w.active ? s.active : s.paused }}</span>
            <time [attr.datetime]="w.createdAt">{{ w.createdAt | date: 'medium' }}</time>
            <span class="actions">
              <button type="button" (click)="store.setActive(w, !w.active)">{{ w.active ? s.pause : s.resume }}</button>
              <button type="button" (click)="store.askToRotate(w)" data-testid="webhook-rotate">{{ s.rotateSecret }}</button>
              <button type="button" (click)="store.showDeliveries(w, 1)" [attr.aria-pressed]="store.selected()?.id === w.id">{{ s.showDeliveries }}</button>
            </span>
            @if (store.confirmingRotation()?.id === w.id) {
              <div class="confirm" role="alertdialog" aria-labelledby="wh-rotate-warning" data-testid="webhook-rotate-confirm">
                <p id="wh-rotate-warning">{{ s.rotateWarning(w.url) }}</p>
                <button type="button" class="primary" (click)="store.rotateSecret(w)" [disabled]="store.rotating()" data-testid="webhook-rotate-now">
                  {{ store.rotating() ? s.rotating : s.rotateNow }}</button>
                <button type="button" (click)="store.askToRotate(null)">{{ s.rotateCancel }}</button>
              </div>
            }
          </li>
        }
      </ul>
      <acc-pager [page]="store.page()" [pageSize]="store.pageSize()" [total]="store.total()" (pageChange)="store.load($event)" />
    </section>

    @if (store.selected(); as w) {
      <section aria-labelledby="wh-log" class="panel" data-testid="deliveries">
        <h2 id="wh-log">{{ s.deliveriesHeading(w.url) }}</h2>
        @if (store.deliveryLog.error(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
        <p class="visually-hidden" aria-live="polite">{{ store.resent() ? s.resent : '' }}</p>
        @if (store.deliveryLog.loading() && store.deliveryLog.items().length === 0) { <p role="status">{{ s.deliveriesLoading }}</p> }
        @else if (store.deliveryLog.items().length === 0) { <p>{{ s.deliveriesEmpty }}</p> }
        @else {
          <div class="table-wrap">
            <table>
              <thead><tr>
                <th scope="col">{{ s.colEvent }}</th><th scope="col">{{ s.colStatus }}</th><th scope="col">{{ s.colAttempts }}</th>
                <th scope="col">{{ s.colLastStatus }}</th><th scope="col">{{ s.colLastError }}</th><th scope="col">{{ s.colWhen }}</th><th scope="col">{{ s.colActions }}</th>
              </tr></thead>
              <tbody>
                @for (d of store.deliveryLog.items(); track d.id) {
                  <tr data-testid="delivery" [attr.data-status]="d.status">
                    <td>{{ s.event[d.eventType] ?? d.eventType }}</td>
                    <td>{{ s.status[d.status] ?? d.status }}</td>
                    <td>{{ d.attempts }}</td>
                    <td>{{ d.lastStatus ?? s.none }}</td>
                    <td>{{ d.lastError ?? s.none }}</td>
                    <td><time [attr.datetime]="d.createdAt">{{ d.createdAt | date: 'medium' }}</time></td>
                    <td><button type="button" (click)="store.resend(d)" data-testid="delivery-resend">{{ s.resend }}</button></td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        <acc-pager [page]="store.deliveryLog.page()" [pageSize]="store.deliveryLog.pageSize()" [total]="store.deliveryLog.total()" (pageChange)="store.showDeliveries(w, $event)" />
      </section>
    }
  `,
  styles: `
    :host { display: grid; gap: 1.25rem; }
    .panel { display: grid; gap: 0.75rem; min-inline-size: 0; }
    h2 { margin: 0; }
    form { display: grid; gap: 0.9rem; max-inline-size: 44rem; }
    fieldset { display: grid; gap: 0.35rem; border: 1px solid #c9d1dc; border-radius: 6px; padding: 0.75rem; }
    .check { display: flex; gap: 0.5rem; align-items: center; }
    .secret { display: grid; gap: 0.5rem; padding: 1rem; border: 2px solid #1f5fae; border-radius: 8px; background: #f2f7fd; }
    .secret .value { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
    code { overflow-wrap: anywhere; }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding-block: 0.6rem; padding-inline: 0.8rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 6px; }
    li[data-active='false'] { opacity: 0.75; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-inline-start: auto; }
    .confirm { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.6rem; border: 2px solid #a35200; border-radius: 6px; background: #fff8ef; }
    .confirm p { margin: 0; flex-basis: 100%; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; inline-size: 100%; }
    th, td { text-align: start; padding-block: 0.35rem; padding-inline: 0.5rem; border-block-end: 1px solid #dde3ea; }
  `,
})
export class WebhooksPageComponent {
  protected readonly store = inject(WebhooksStore);
  protected readonly s = SUBSCRIPTIONS_STRINGS;
  protected readonly streamOptions = PUBLIC_STREAM_OPTIONS;
  protected readonly url = signal('');
  protected readonly streams = signal<string[]>([]);
  protected readonly eventTypes = signal('');
  protected readonly copied = signal(false);
  protected readonly copyFailed = signal(false);

  constructor() {
    void this.store.load(1);
  }

  protected toggleStream(stream: string): void {
    this.streams.update((list) => (list.includes(stream) ? list.filter((s) => s !== stream) : [...list, stream]));
  }

  protected async submit(): Promise<void> {
    const eventTypes = this.eventTypes().split(',').map((t) => t.trim()).filter(Boolean);
    this.copied.set(false);
    const ok = await this.store.register({ url: this.url().trim(), filter: { streams: this.streams(), eventTypes } });
    if (ok) {
      this.url.set('');
      this.streams.set([]);
      this.eventTypes.set('');
    }
  }

  protected async copy(secret: string): Promise<void> {
    // The clipboard is refused outside a secure context or without permission: the person copies by hand.
    const ok = await navigator.clipboard.writeText(secret).then(() => true, () => false);
    this.copied.set(ok);
    this.copyFailed.set(!ok);
  }
}

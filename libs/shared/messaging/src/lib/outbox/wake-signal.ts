/** A sleep that `wake()` cuts short; a wake with nobody sleeping is kept for the next sleep. */
export class WakeSignal {
  private pending = false;
  private resolve: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  wake(): void {
    if (this.resolve) this.finish();
    else this.pending = true;
  }

  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.resolve = resolve;
      this.timer = setTimeout(() => this.finish(), ms);
    });
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    const resolve = this.resolve;
    this.timer = null;
    this.resolve = null;
    resolve?.();
  }
}

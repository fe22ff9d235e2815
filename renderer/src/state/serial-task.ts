/**
 * Runs an async task one at a time: asking while it runs makes it run once
 * more afterwards (so the last request is always served, and two never
 * overlap), and every caller's promise settles after a run that started after
 * its request.
 */
export class SerialTask {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly task: () => Promise<void>) {}

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.task();
      } while (this.again);
    })().finally(() => (this.running = undefined));
    return this.running;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A value a view shows that its API module fetches once per page load (the architecture versions,
 * the national databases and platforms): `value` is `initial` until it comes, then the answer, and
 * the view renders again, unless it has left the page meanwhile. A failure leaves `initial` (these
 * lists are conveniences: the view works without them).
 */
export class PageLoadValue<T> implements ReactiveController {
  value: T;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetch: () => Promise<T>,
    initial: T,
  ) {
    this.value = initial;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.fetch().then(
      (value) => {
        if (!this.connected) return;
        this.value = value;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  hostDisconnected(): void {
    this.connected = false;
  }
}

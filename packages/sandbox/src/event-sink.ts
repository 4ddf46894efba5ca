// A CDEvents sink for the sandbox: what an event broker (or a DORA dashboard) would receive from
// the deploy workflow, over the CloudEvents HTTP binding (binary mode: ce-* headers, the CDEvent
// as the body; structured mode: the CloudEvent envelope as the body).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';

export interface ReceivedEvent {
  /** `dev.cdevents.service.deployed.0.3.0` */
  type: string;
  id: string;
  /** ms since the epoch, when it arrived. */
  at: number;
}

export interface EventSink {
  url: string;
  events: ReceivedEvent[];
  close(): Promise<void>;
}

export async function startEventSink(): Promise<EventSink> {
  const events: ReceivedEvent[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const body = await text(request);
      const header = (name: string) => request.headers[name]?.toString();
      let type = header('ce-type');
      let id = header('ce-id');
      if (type === undefined) {
        const envelope = JSON.parse(body) as { type?: string; id?: string };
        type = envelope.type;
        id = envelope.id;
      }
      if (request.method !== 'POST' || type === undefined || id === undefined) {
        response.writeHead(400).end();
        return;
      }
      // A re-sent event (same id) is the same event: sinks deduplicate on it.
      if (!events.some((event) => event.id === id)) events.push({ type, id, at: Date.now() });
      response.writeHead(202).end();
    })().catch(() => response.writeHead(400).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

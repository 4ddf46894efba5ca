import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { actorOf, invalidRequest, RequestBody } from './request-body.js';

const MAX_EVENT_TYPE = 100;
const MAX_PAYLOAD_PROPERTIES = 10;

/** `POST /repos/{o}/{r}/dispatches`: a repository_dispatch event for the workflow executor. */
function createDispatchEvent(ctx: RouteContext): RouteResult {
  const body = RequestBody.of(ctx, 'RepositoryDispatch');
  const eventType = body.string('event_type');
  if (eventType === undefined) throw invalidRequest('"event_type" wasn\'t supplied.');
  if (eventType.length === 0 || eventType.length > MAX_EVENT_TYPE) {
    throw invalidRequest(`"event_type" must be 1 to ${MAX_EVENT_TYPE} characters long.`);
  }
  const clientPayload = body.object('client_payload') ?? {};
  if (Object.keys(clientPayload).length > MAX_PAYLOAD_PROPERTIES) {
    throw invalidRequest(
      `"client_payload" may have at most ${MAX_PAYLOAD_PROPERTIES} top-level properties.`,
    );
  }
  const actor = actorOf(ctx);
  ctx.repo.dispatches.push({
    kind: 'repository_dispatch',
    eventType,
    inputs: clientPayload,
    actor,
    at: ctx.core.now(),
  });
  // GITHUB_TOKEN may start runs this way (the documented exception to "no recursive runs").
  ctx.core.emit({
    kind: 'repository_dispatch',
    repository: ctx.repo.fullName,
    eventType,
    clientPayload,
    actor,
  });
  return { status: 204 };
}

export const dispatchRoutes: Route[] = [
  {
    operationId: 'repos/create-dispatch-event',
    method: 'POST',
    path: '/repos/{owner}/{repo}/dispatches',
    permission: { scope: 'contents', access: 'write' },
    handle: createDispatchEvent,
  },
];

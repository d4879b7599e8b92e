import type { RequestType } from '../../../lib/protocol/to-background';
import { createRoute } from '../router';
import { createServices, type HandlerDeps, type Services } from '../services';
import { dataHandlers, dataSchemas, dataSenders } from './data';
import { frameHandlers, frameKindMessages, frameSchemas, frameSenders } from './frame';
import { journalHandlers, journalSchemas, journalSenders } from './journal';
import { laterHandlers, laterSchemas, laterSenders } from './later';
import { lockHandlers, lockKindMessages, lockSchemas, lockSenders } from './lock';
import { nudgesHandlers, nudgesKindMessages, nudgesSchemas, nudgesSenders } from './nudges';
import { pauseHandlers, pauseSchemas, pauseSenders } from './pause';
import { sitesHandlers, sitesKindMessages, sitesSchemas, sitesSenders } from './sites';
import type { Handlers, Schemas, SenderRules } from './types';

export type { HandlerDeps, Services } from '../services';

// The areas' tables put together. Each `satisfies` runs over every request type of BackgroundApi:
// one missing from every area fails typecheck here.

/** Payload schemas: every request is validated before a handler sees it. */
const schemas = {
  ...frameSchemas,
  ...pauseSchemas,
  ...journalSchemas,
  ...laterSchemas,
  ...nudgesSchemas,
  ...lockSchemas,
  ...sitesSchemas,
  ...dataSchemas,
} satisfies Schemas<RequestType>;

/** Which senders may make each request. Content scripts get the narrowest set. */
const allowed = {
  ...frameSenders,
  ...pauseSenders,
  ...journalSenders,
  ...laterSenders,
  ...nudgesSenders,
  ...lockSenders,
  ...sitesSenders,
  ...dataSenders,
} satisfies SenderRules<RequestType>;

const kindMessages = () => [...sitesKindMessages(), ...lockKindMessages(), ...frameKindMessages(), ...nudgesKindMessages()];

/** Every handler, each with the services it needs. */
function createHandlers(services: Services) {
  return {
    ...frameHandlers(services),
    ...pauseHandlers(services),
    ...journalHandlers(services),
    ...laterHandlers(services),
    ...nudgesHandlers(services),
    ...lockHandlers(services),
    ...sitesHandlers(services),
    ...dataHandlers(services),
  } satisfies Handlers<RequestType>;
}

/** The background: its services (made once: the lock, the read model) and the router its onMessage listener calls. */
export function createBackground(deps: HandlerDeps) {
  const services = createServices(deps);
  const route = createRoute({ schemas, allowed, handlers: createHandlers(services), kindMessages }, services);
  return { route, services };
}

/** Builds the router the background's onMessage listener calls. */
export function createRouter(deps: HandlerDeps) {
  return createBackground(deps).route;
}

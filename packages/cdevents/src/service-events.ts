// service.deployed / service.upgraded / service.rolledback: a service now runs an artifact in an
// environment. Deployed is the first time, upgraded replaces an older artifact, rolledback
// returns to an earlier one.

import {
  buildContext,
  buildCustomData,
  buildReference,
  type CommonEventOptions,
} from './build-context.js';
import { requireText } from './check-fields.js';
import {
  CDEVENT_TYPES,
  type ServiceCDEvent,
  type ServiceEventType,
  type SubjectReference,
} from './types.js';

export interface ServiceEventOptions extends CommonEventOptions {
  /** The service (subject id), e.g. "acme/shop". */
  service: string;
  environment: SubjectReference;
  /** Package URL of the artifact, e.g. from `githubArtifactId`. */
  artifactId: string;
}

function buildServiceEvent(type: ServiceEventType, options: ServiceEventOptions): ServiceCDEvent {
  return {
    context: buildContext(type, options),
    subject: {
      id: requireText('service', options.service),
      content: {
        environment: buildReference('environment', options.environment),
        artifactId: requireText('artifactId', options.artifactId),
      },
    },
    ...buildCustomData(options.customData),
  };
}

export function serviceDeployedEvent(options: ServiceEventOptions): ServiceCDEvent {
  return buildServiceEvent(CDEVENT_TYPES.serviceDeployed, options);
}

export function serviceUpgradedEvent(options: ServiceEventOptions): ServiceCDEvent {
  return buildServiceEvent(CDEVENT_TYPES.serviceUpgraded, options);
}

export function serviceRolledbackEvent(options: ServiceEventOptions): ServiceCDEvent {
  return buildServiceEvent(CDEVENT_TYPES.serviceRolledback, options);
}

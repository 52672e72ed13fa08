// Short labels for the registry's enumerations, as the docs index shows them.
import type { ReconnectAdvice } from './lookups.ts';

export const POLICY_LABELS: Readonly<Record<ReconnectAdvice['policy'], string>> = {
  backoff: 'reconnect with backoff',
  'do-not-retry': 'do not retry blindly',
  'not-needed': 'not needed',
  depends: 'depends on your app',
};

export const SOURCE_LABELS: Readonly<Record<ReconnectAdvice['source'], string>> = {
  registration: 'IANA registration',
  rfc: 'RFC 6455',
  practice: 'common practice',
};

export const formatDelay = (delay: NonNullable<ReconnectAdvice['delay']>): string =>
  `${delay.minSeconds}-${delay.maxSeconds} s${delay.randomized ? ', picked at random' : ''} (${SOURCE_LABELS[delay.source]})`;

// Compile-time proof of defineCloseCodes' checks. guards.test.ts compiles this file: every line must
// type-check, and each @ts-expect-error must find its error (a check that stopped working makes it
// "unused", which fails the compile).
import { defineCloseCodes, type PrivateUseCloseCode } from '../src/define.ts';
import { classifyClose } from '../src/classify.ts';
import { planReconnect } from '../src/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(ok: Same<A, B>) => ok;

const App = defineCloseCodes({
  SessionExpired: { code: 4001, name: 'Session expired', meaning: 'Log in again.', reconnect: 'stop', error: false },
  RoomFull: { code: 4002, name: 'Room full', meaning: 'Try later.', reconnect: { minDelayMs: 1000, maxDelayMs: 5000 }, error: true, logLevel: 'warn' },
});

// The constants are literal types, usable where a code is expected.
same<typeof App.SessionExpired, 4001>(true);
same<typeof App.RoomFull, 4002>(true);
const code: PrivateUseCloseCode = App.SessionExpired;
planReconnect({ code }, { attempt: 0, opened: true }, { codes: App.reconnectRules });
classifyClose({ code }, { codes: App });
App.describe(code).app?.name.toUpperCase();
// @ts-expect-error no such key
void App.Missing;

defineCloseCodes({
  // @ts-expect-error 5000 is outside the private-use range
  TooHigh: { code: 5000, name: 'n', meaning: 'm', reconnect: 'stop', error: true },
});

defineCloseCodes({
  // @ts-expect-error 1000 is IANA's, not the app's
  Normal: { code: 1000, name: 'n', meaning: 'm', reconnect: 'stop', error: false },
});

defineCloseCodes({
  // @ts-expect-error a duplicate code: both keys that claim 4003 are reported
  First: { code: 4003, name: 'n', meaning: 'm', reconnect: 'stop', error: true },
  // @ts-expect-error the same duplicate, from the other key
  Again: { code: 4003, name: 'n', meaning: 'm', reconnect: 'stop', error: true },
});

defineCloseCodes({
  // @ts-expect-error a key that is not PascalCase could clash with describe, classify, entries or reconnectRules
  describe: { code: 4004, name: 'n', meaning: 'm', reconnect: 'stop', error: true },
});

defineCloseCodes({
  // @ts-expect-error reconnect is 'stop', 'backoff' or a window
  Bad: { code: 4005, name: 'n', meaning: 'm', reconnect: 'always', error: true },
});

defineCloseCodes({
  // @ts-expect-error error is required
  NoFlag: { code: 4006, name: 'n', meaning: 'm', reconnect: 'stop' },
});

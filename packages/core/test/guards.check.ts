// Compile-time proof that the generated predicates are type guards that narrow to the literal
// types. guards.test.ts compiles this file; every line must type-check, and each @ts-expect-error
// must find its error (a guard that stopped narrowing makes them "unused").
import { isSendableCloseCode, isValidApiCloseCode, isValidCloseCode, type ApiCloseCode, type CloseCode, type ReceivableCloseCode, type SendableCloseCode } from '../src/index.ts';

// Mutual assignability: exact for unions of number literals, and unlike the generic-function trick it
// also holds for a union TypeScript built by narrowing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(ok: Same<A, B>) => ok;

export function narrowsANumber(code: number): void {
  if (isValidApiCloseCode(code)) {
    same<typeof code, ApiCloseCode>(true);
    const accepted: 1000 | 3000 | 4999 extends typeof code ? true : false = true;
    // @ts-expect-error 1001 is not a code close() accepts
    const goingAway: typeof code = 1001;
    void accepted, goingAway;
  } else {
    same<typeof code, number>(true);
  }
  if (isSendableCloseCode(code)) same<typeof code, SendableCloseCode>(true);
  if (isValidCloseCode(code)) same<typeof code, ReceivableCloseCode>(true);
}

export function narrowsARegisteredCode(code: CloseCode): void {
  // Of the registered codes, close() accepts 1000 and the registered 3000-4999 ones: exactly those
  // of its literal type. Which codes are registered is the registry's, so no list is written here.
  if (isValidApiCloseCode(code)) same<typeof code, Extract<CloseCode, ApiCloseCode>>(true);
  if (isValidApiCloseCode(code)) same<Extract<typeof code, 1000>, 1000>(true);
  // The registered codes that may not be sent (1005, 1006 and 1015 by RFC 6455, and those the registry marks so).
  if (!isSendableCloseCode(code)) same<typeof code, Exclude<CloseCode, SendableCloseCode>>(true);
  if (!isSendableCloseCode(code)) same<Extract<typeof code, 1005 | 1006 | 1015>, 1005 | 1006 | 1015>(true);
}

// The literal types: the exact members, no wider. RFC 6455 and WHATWG facts only: 3000-4999 may be
// sent and received, 1005, 1006 and 1015 never, and close() takes 1000 and 3000-4999.
same<Extract<ApiCloseCode, 999 | 1000 | 1001 | 2999 | 3000 | 4999 | 5000>, 1000 | 3000 | 4999>(true);
same<Extract<SendableCloseCode, 999 | 1005 | 1006 | 1015 | 3000 | 4999 | 5000>, 3000 | 4999>(true);
same<Extract<ReceivableCloseCode, 999 | 1005 | 1006 | 1015 | 3000 | 4999 | 5000>, 3000 | 4999>(true);
// @ts-expect-error number is wider than ApiCloseCode
same<ApiCloseCode, number>(true);

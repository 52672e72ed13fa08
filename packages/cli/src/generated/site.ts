// Generated from registry/close-codes.yaml by tools/generators/src/cli/, with the addresses in the root package.json. Do not edit: change the registry or the generator, then run npm run generate.

/** The docs site: the root package.json's "homepage". */
export const SITE_URL = "https://wscodes.github.io/";

/** The page of a code that IANA or a catalogued protocol names one by one. */
export const codePageUrl = (code: number): string => "https://wscodes.github.io/codes/" + code + "/";

/** The page of a range of the code space, such as 4000-4999. */
export const rangePageUrl = (from: number, to: number): string => "https://wscodes.github.io/ranges/" + from + "-" + to + "/";

/** A catalogued protocol's page, by its catalogue id. */
export const protocolPageUrl = (id: string): string => "https://wscodes.github.io/protocols/" + id + "/";

/** The page of the HTTP statuses a server may refuse the upgrade with: a section per status. */
export const STATUSES_URL = "https://wscodes.github.io/statuses/";

/** The section of each status the table lists, by status. */
export const STATUS_SECTION_URLS: Readonly<Record<number, string>> = {"400":"https://wscodes.github.io/statuses/#400-bad-request","401":"https://wscodes.github.io/statuses/#401-unauthorized","403":"https://wscodes.github.io/statuses/#403-forbidden","404":"https://wscodes.github.io/statuses/#404-not-found","407":"https://wscodes.github.io/statuses/#407-proxy-authentication-required","408":"https://wscodes.github.io/statuses/#408-request-timeout","410":"https://wscodes.github.io/statuses/#410-gone","426":"https://wscodes.github.io/statuses/#426-upgrade-required","429":"https://wscodes.github.io/statuses/#429-too-many-requests","500":"https://wscodes.github.io/statuses/#500-internal-server-error","502":"https://wscodes.github.io/statuses/#502-bad-gateway","503":"https://wscodes.github.io/statuses/#503-service-unavailable","504":"https://wscodes.github.io/statuses/#504-gateway-timeout"};

/** The section of each class (the answer for a status the table does not list), by the status's first digit. */
export const STATUS_CLASS_SECTION_URLS: Readonly<Record<number, string>> = {"2":"https://wscodes.github.io/statuses/#2xx-success-but-not-an-upgrade","3":"https://wscodes.github.io/statuses/#3xx-redirection","4":"https://wscodes.github.io/statuses/#4xx-client-error","5":"https://wscodes.github.io/statuses/#5xx-server-error"};

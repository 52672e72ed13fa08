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

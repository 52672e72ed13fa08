import type { HandshakeStatusClassInfo, HandshakeStatusInfo } from '@wscodes-tools/registry';

// The section headings of the refused-handshakes page, shared by two targets: the docs page writes
// them, and the CLI links to each section by the anchor they make.

/** The heading of a status's section: "503 Service Unavailable". */
export const statusHeading = (s: HandshakeStatusInfo): string => `${s.status} ${s.name}`;

/** The heading of a class's section, the answer for a status the table does not list: "5xx Server error". */
export const classHeading = (c: HandshakeStatusClassInfo): string => `${c.class}xx ${c.name}`;

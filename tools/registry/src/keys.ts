/**
 * The constant name a display name maps to: words split on anything that is not a letter or
 * digit, each word capitalised and the rest lower-cased. "TLS Handshake" -> "TlsHandshake".
 * The sync tool uses it to derive keys for new codes; the rules use it to catch clashes.
 */
export function constantKeyFromName(name: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const key = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return /^[A-Z]/.test(key) ? key : `Code${key}`;
}

/** Decoding of XML character data as SpreadsheetML writes it. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** OOXML escapes characters that XML cannot carry as `_xHHHH_` (e.g. `_x000D_` for CR). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function decodeText(raw: string): string {
  return decodeOoxmlEscapes(decodeEntities(raw));
}

/** Attributes of a start tag's text (`c r="A1" t="s"`), names without their namespace prefix. */
export function parseAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) {
    const local = m[2] as string;
    // Keep the first of a clash (r:id versus id): prefixed relationship ids matter most.
    const key = m[1] ? `${m[1]}${local}` : local;
    out[key] = decodeEntities(m[4] ?? m[5] ?? '');
    if (!(local in out)) out[local] = out[key] as string;
  }
  return out;
}

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX = 31;

function isControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || c === 0x7f;
}

/**
 * A valid, unique sheet name for `wanted`: at most 31 characters, none of `[ ] : * ? / \`, no
 * control characters, not blank, not Excel's reserved "History", and unique ignoring case
 * among the names already `used` (the name is added to it). Straight apostrophes become curly
 * ones: a name may not start or end with one, and a print-titles reference quotes the name
 * with them. A leading `= + - @` is dropped, so no name can look like a formula either.
 */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = Array.from(wanted, (ch) => (isControl(ch) ? ' ' : ch))
    .join('')
    .replace(FORBIDDEN, ' ')
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[=+\-@\s]+/, '')
    .trim();
  if (!base || base.toLowerCase() === 'history') base = `Sheet ${used.size + 1}`;
  // Excel counts UTF-16 units; cutting by whole characters never leaves half an emoji.
  const cut = (text: string, length: number) => {
    let out = '';
    for (const ch of text) {
      if (out.length + ch.length > length) break;
      out += ch;
    }
    return out.trimEnd();
  };
  let name = cut(base, MAX);
  for (let k = 2; used.has(name.toLowerCase()); k++) {
    const suffix = ` (${k})`;
    name = `${cut(base, MAX - suffix.length)}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}

/** True when Excel would accept `name` as a sheet name. */
export function isValidSheetName(name: string): boolean {
  const chars = Array.from(name);
  return name.length > 0 && name.length <= MAX && !chars.some(isControl) && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== 'history';
}

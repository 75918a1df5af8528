import { decodeText } from './xml-text.js';

/**
 * Streaming reader of `xl/sharedStrings.xml`: one string per `<si>`, the concatenation of its
 * `<t>` runs, leaving out phonetic (`<rPh>`) runs.
 */
export class SharedStringsScanner {
  readonly strings: string[] = [];
  private buffer = '';

  push(chunk: string): void {
    this.buffer += chunk;
    const cut = lastItemEnd(this.buffer);
    if (cut <= 0) return;
    this.scan(this.buffer.slice(0, cut));
    this.buffer = this.buffer.slice(cut);
  }

  end(): string[] {
    if (this.buffer) this.scan(this.buffer);
    this.buffer = '';
    return this.strings;
  }

  private scan(s: string): void {
    let i = 0;
    let current: string | null = null;
    let phonetic = false;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) break;
      const gt = s.indexOf('>', lt);
      if (gt < 0) break;
      const closing = s.charCodeAt(lt + 1) === 47;
      const tag = s.slice(closing ? lt + 2 : lt + 1, gt);
      const name = localName(tag);
      const selfClosing = tag.endsWith('/');
      i = gt + 1;
      if (name === 'si') {
        if (closing) {
          this.strings.push(current ?? '');
          current = null;
        } else if (selfClosing) this.strings.push('');
        else current = '';
      } else if (name === 'rPh') {
        phonetic = !closing && !selfClosing;
      } else if (name === 't' && !closing && !selfClosing && current !== null && !phonetic) {
        const end = s.indexOf('<', i);
        if (s.startsWith('<![CDATA[', end)) {
          const close = s.indexOf(']]>', end);
          current += decodeText(s.slice(i, end)) + s.slice(end + 9, close);
          i = close + 3;
        } else {
          current += decodeText(s.slice(i, end < 0 ? s.length : end));
          i = end < 0 ? s.length : end;
        }
      }
    }
  }
}

function localName(tag: string): string {
  let end = 0;
  while (end < tag.length && !' /\t\r\n'.includes(tag[end] as string)) end++;
  const name = tag.slice(0, end);
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function lastItemEnd(s: string): number {
  const at = s.lastIndexOf('si>');
  if (at < 0) return -1;
  const open = s.lastIndexOf('<', at);
  return open >= 0 && s.charCodeAt(open + 1) === 47 ? at + 3 : -1;
}

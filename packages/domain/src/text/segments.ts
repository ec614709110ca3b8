/**
 * Splits user text into plain pieces, links and line breaks, so a page can render it as
 * safe text (never HTML) with clickable links. The renderer decides the markup.
 */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'break' };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

export function textSegments(input: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, index) => {
    if (index > 0) segments.push({ kind: 'break' });
    let last = 0;
    for (const match of line.matchAll(URL_PATTERN)) {
      const start = match.index;
      let url = match[0];
      const trailing = url.match(TRAILING_PUNCTUATION)?.[0] ?? '';
      url = url.slice(0, url.length - trailing.length);
      if (start > last) segments.push({ kind: 'text', text: line.slice(last, start) });
      segments.push({ kind: 'link', text: url, href: url.startsWith('http') ? url : `https://${url}` });
      last = start + url.length;
    }
    if (last < line.length) segments.push({ kind: 'text', text: line.slice(last) });
  });
  return segments;
}

/**
 * Text measurement without a browser: a conservative average advance of the sans-serif face the charts use
 * (DejaVu Sans, bundled for the PNG exports), so wrapped labels never overflow their box.
 */
const AVERAGE_ADVANCE = 0.6;

/** Estimated width of a text at a font size, in the same units. */
export function textWidth(text: string, size: number): number {
  return text.length * size * AVERAGE_ADVANCE;
}

/** Greedy word wrap to `maxWidth`; a single word longer than the width is kept whole on its own line. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Cuts a text to at most `maxLines` wrapped lines, ending the last with an ellipsis when text was dropped. */
export function wrapClamped(text: string, maxWidth: number, size: number, maxLines: number): string[] {
  const lines = wrapText(text, maxWidth, size);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, size) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

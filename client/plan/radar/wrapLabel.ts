/** Splits a label into lines of about `width` characters at spaces, at most `lines` lines (the last ends with …). */
export function wrapLabel(label: string, width: number, lines: number): string[] {
  const words = label.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '' || line.length + 1 + word.length <= width) line = line ? `${line} ${word}` : word;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]}…`;
  return kept;
}

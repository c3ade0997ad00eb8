/*
 * The dashboard's approval boxes, `- [ ] <!-- aws-audit-approve:<id> -->`: written by the issue
 * template, read back by the cleanup stage (who ticked them) and by publishing (a box ticked
 * since the run read them stays ticked when the body is rewritten).
 */

/** A box at the start of a list item, then our marker; anything else on the line is the label. */
const BOX = /^ {0,3}[-*+] \[([ xX])\] <!-- aws-audit-approve:([0-9a-f]{8,64}) -->/;

/** Candidates' boxes in a body: id -> ticked. Lines in code blocks are not boxes. */
export function checkboxes(body: string): Map<string, boolean> {
  const boxes = new Map<string, boolean>();
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener && (fence === null || opener.startsWith(fence))) {
      fence = fence === null ? opener : null;
      continue;
    }
    if (fence !== null) continue;
    const match = BOX.exec(line);
    if (match?.[2]) boxes.set(match[2], match[1] !== ' ');
  }
  return boxes;
}

/** The new body with the boxes ticked in `ticked` ticked again (only boxes it still has). */
export function keepTicks(body: string, ticked: Iterable<string>): string {
  let result = body;
  for (const id of ticked) {
    result = result.replace(
      new RegExp(`^( {0,3}[-*+] )\\[ \\]( <!-- aws-audit-approve:${id} -->)`, 'm'),
      '$1[x]$2',
    );
  }
  return result;
}

/** The ids whose boxes are ticked. */
export const tickedIds = (body: string) => [...checkboxes(body)].filter(([, on]) => on).map(([id]) => id);

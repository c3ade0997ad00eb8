/**
 * Hostile values and the checks that find live markup in what we render. No GFM renderer is
 * installed, so the checks read the text as CommonMark and GitHub do: numeric character references
 * are text, never markup (CommonMark 0.31, "Entity and numeric character references"), and
 * GitHub's mention, reference and URL autolinking reads the decoded text.
 */

/** Names, tags and messages as an attacker would write them; each is also a test title. */
export const HOSTILE: readonly string[] = [
  '@octocat please look',
  '@github/security-team and me@evil.example',
  'fixes #1 and #22',
  'GH-1 and gh-22',
  'octo-org/octo-repo#1',
  'octo-org/octo-repo@a5c3785ed8d6a35868bc169f07e40e889087fd2e',
  '[click here](https://evil.example/phish)',
  '![pixel](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '</details></td></tr><script>alert(1)</script>',
  '<!-- hidden --> <b>bold</b>',
  '```\nfenced\n```',
  '```mermaid\ngraph TD; A-->B\n```',
  '| a | b |\n| --- | --- |\n| c | d |',
  '<!channel> <!here> <!everyone>',
  '<@U123ABC> <#C123ABC> <!subteam^S123|@oncall> <!date^1392734382^{date}|x>',
  '<https://evil.example|click>',
  '*bold* _italic_ ~strike~ `code` **strong** ~~del~~',
  '> quoted\n# Heading\n- item\n1. first\n+ plus\n===\n---',
  '::add-mask::secret',
  '  ::stop-commands::token ##[error]boom',
  'red \u001b[31mALERT\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  'zero\u200bwidth\u200c\u2060\ufeff and rtl \u202egnp.exe',
  'https://evil.example www.evil.example ftp://evil.example',
  '$\\frac{1}{2}$ $$x$$ &amp; &#60;b&#62; \\*not*\\',
  'it\'s "quoted" O\'Brien',
  '[^1] [ref]: https://evil.example "title"',
  '@here @channel #general',
  '\r\n::error::x',
  '1) one',
  `${'x'.repeat(3000)}@octocat`,
];

/** Text as a reader sees it: numeric character references decoded. */
export function decodeReferences(text: string): string {
  return text.replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
}

/** The decoded text without the invisible characters our escapers insert. */
export function visible(text: string): string {
  return decodeReferences(text).replace(/[\u200b\u00ad]/g, '');
}

/** The value as it should read once escaped: one line (line breaks are spaces). */
export const oneLine = (value: string) => value.replace(/\r\n|[\r\n]/g, ' ');

/**
 * What GitHub links in rendered text, as supersets of its patterns: any `@` or `#` directly before
 * a name or number, `GH-1`, a scheme's `://`, `www.`. An escaped text must match none.
 */
export const GITHUB_LINK_TRIGGERS: readonly RegExp[] = [
  /@[\p{L}\p{N}_]/u,
  /#\d/,
  /\bgh-\d/i,
  /:\/\//,
  /\bwww\./i,
];

/** GitHub-linked patterns in the decoded text. */
export function githubLinks(text: string): string[] {
  const decoded = decodeReferences(text);
  return GITHUB_LINK_TRIGGERS.filter((pattern) => pattern.test(decoded)).map(String);
}

/**
 * The Markdown and HTML markup characters of a text that are not inside a numeric character
 * reference: what CommonMark or an HTML parser could read as structure. `_` counts unless it sits
 * between two letters or digits, where CommonMark never reads it as emphasis.
 */
export function rawMarkup(text: string): string {
  return text
    .replace(/&#\d+;/g, '')
    .replace(/(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu, '')
    .replace(/[^\\`*_~[\]|#$<>&"']/g, '');
}

/** The first character of a line that could start a list, quote, heading or setext underline. */
export function lineStartMarker(line: string): string | null {
  const match = /^\s*([-+=*>#|]|\d+[.)])/.exec(line);
  return match?.[1] ?? null;
}

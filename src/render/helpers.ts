import Handlebars from 'handlebars';
import { escapeMarkdown, markdownCode, mermaidText } from './escape-markdown.js';
import { escapeSlack, jsonStringContent } from './escape-slack.js';
import { formatUsd, plural, relativeDate, severityBadge, truncate, truncateEscaped } from './format.js';

/*
 * One isolated Handlebars environment per medium. `{{value}}` is escaped for the medium (Markdown:
 * `escapeMarkdown`; Slack: `escapeSlack`, then as JSON string contents), so a template is safe
 * without a helper. Helpers that build markup return a SafeString already escaped for the medium.
 * `{{{value}}}` (triple-stash) writes the value as it is: the one way out, for trusted text only.
 */

export type Medium = 'markdown' | 'slack';
type Environment = typeof Handlebars;
type Helper = (...args: unknown[]) => unknown;

const ESCAPERS: Readonly<Record<Medium, (text: string) => string>> = {
  markdown: escapeMarkdown,
  slack: (text) => jsonStringContent(escapeSlack(text)),
};

/** Handlebars' own rules for what a value prints as, with the medium's escaper in place of HTML's. */
function escapeExpression(escape: (text: string) => string) {
  return (value: unknown): string => {
    if (value instanceof Handlebars.SafeString) return value.toHTML();
    if (value === null || value === undefined) return '';
    return escape(String(value));
  };
}

/** The positional arguments of a helper call, checked: Handlebars adds its options object last. */
function argumentsOf(name: string, args: unknown[], min: number, max = min): unknown[] {
  const given = args.slice(0, -1);
  if (given.length < min || given.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw new Error(`${name} takes ${expected} argument(s), got ${given.length}`);
  }
  return given;
}

function text(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Handlebars.SafeString) {
    throw new Error(`${name} takes raw text, not the output of another escaping helper`);
  }
  throw new Error(`${name} takes text, got ${value === null ? 'null' : typeof value}`);
}

function number(name: string, value: unknown): number {
  if (typeof value !== 'number') throw new Error(`${name} takes a number, got ${typeof value}`);
  return value;
}

function date(name: string, value: unknown): string | Date {
  return value instanceof Date ? value : text(name, value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `@root.now`: the one clock templates read, passed in by whoever renders. */
function nowOf(args: unknown[]): string | Date {
  const options = args.at(-1);
  const data = isRecord(options) ? options.data : undefined;
  const root = isRecord(data) ? data.root : undefined;
  const now = isRecord(root) ? root.now : undefined;
  if (typeof now === 'string' || now instanceof Date) return now;
  throw new Error('relativeDate needs `now` (an ISO date) in the render context');
}

/** `... and 3 more (see the report artifact)`, linked when the run has an artifact URL. */
function moreText(medium: Medium, omitted: number, link: unknown): string {
  const words = `... and ${omitted.toLocaleString('en-US')} more (see the`;
  if (link === undefined || link === null || link === '') return `${words} report artifact)`;
  const url = new URL(text('more', link));
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`more: not a web link: ${url}`);
  // WHATWG serialization percent-encodes spaces, quotes and angle brackets, so `<...>` holds it.
  if (medium === 'markdown') return `${words} [report artifact](<${url.href}>))`;
  return `${words} <${url.href.replace(/&/g, '&amp;').replace(/\|/g, '%7C')}|report artifact>)`;
}

function helpers(medium: Medium): Record<string, Helper> {
  // Helpers escape for the medium; `safe` then makes Slack's output JSON string contents.
  const escape = medium === 'slack' ? escapeSlack : escapeMarkdown;
  const safe = (markup: string) =>
    new Handlebars.SafeString(medium === 'slack' ? jsonStringContent(markup) : markup);
  /** Markdown counts what a reader sees; Slack what its limits count, the escaped mrkdwn. */
  const cut = (name: string, value: string, max: unknown): string => {
    if (max === undefined) return escape(value);
    const limit = number(name, max);
    return medium === 'slack' ? truncateEscaped(value, limit, escape) : escape(truncate(value, limit));
  };
  const common: Record<string, Helper> = {
    severityBadge: (...args) =>
      severityBadge(text('severityBadge', argumentsOf('severityBadge', args, 1)[0])),
    money: (...args) => formatUsd(number('money', argumentsOf('money', args, 1)[0])),
    relativeDate: (...args) =>
      relativeDate(date('relativeDate', argumentsOf('relativeDate', args, 1)[0]), nowOf(args)),
    plural: (...args) => {
      const [count, one, other] = argumentsOf('plural', args, 2, 3);
      return plural(
        number('plural', count),
        text('plural', one),
        other === undefined ? undefined : text('plural', other),
      );
    },
    truncate: (...args) => {
      const [value, max] = argumentsOf('truncate', args, 2);
      return safe(cut('truncate', text('truncate', value), max));
    },
    more: (...args) => {
      const [omitted, link] = argumentsOf('more', args, 1, 2);
      const count = number('more', omitted);
      return count > 0 ? safe(moreText(medium, count, link)) : '';
    },
  };
  if (medium === 'slack') {
    return {
      ...common,
      code: (...args) => {
        const [value, max] = argumentsOf('code', args, 1, 2);
        const room = max === undefined ? undefined : number('code', max) - 2;
        return safe(`\`${cut('code', text('code', value), room)}\``);
      },
    };
  }
  return {
    ...common,
    cell: (...args) => {
      const [value, max] = argumentsOf('cell', args, 1, 2);
      return safe(cut('cell', text('cell', value), max));
    },
    code: (...args) => {
      const [value, max] = argumentsOf('code', args, 1, 2);
      const raw = text('code', value);
      return safe(markdownCode(max === undefined ? raw : truncate(raw, number('code', max))));
    },
    mermaidText: (...args) => safe(mermaidText(text('mermaidText', argumentsOf('mermaidText', args, 1)[0]))),
  };
}

/** The names a template of the medium may call, for Handlebars' `knownHelpers`. */
export function helperNames(medium: Medium): string[] {
  return Object.keys(helpers(medium));
}

/**
 * An isolated environment for the medium. Handlebars reads `escapeExpression` from its shared
 * `Utils` when it builds a template's runtime container, and offers no per-environment setting,
 * so this environment swaps it in for exactly that moment (synchronous, restored in `finally`);
 * other environments and the global Handlebars keep HTML escaping.
 */
export function createEnvironment(medium: Medium): Environment {
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers(medium))) env.registerHelper(name, helper);
  const escape = escapeExpression(ESCAPERS[medium]);
  const template = env.template.bind(env);
  return Object.assign(env, {
    template: (spec: TemplateSpecification) => {
      const saved = env.Utils.escapeExpression;
      Reflect.set(env.Utils, 'escapeExpression', escape);
      try {
        return template(spec);
      } finally {
        Reflect.set(env.Utils, 'escapeExpression', saved);
      }
    },
  });
}

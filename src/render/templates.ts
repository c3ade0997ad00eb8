import Handlebars from 'handlebars';
import { createEnvironment, helperNames, type Medium } from './helpers.js';

/** What every template is rendered with: `now` is the report's time, for `relativeDate`. */
export interface TemplateContext {
  readonly now: string | Date;
  readonly [key: string]: unknown;
}

export type Template = (context: TemplateContext) => string;

/** A template that cannot compile or render, named by its file. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    detail: string,
    options?: { cause: unknown },
  ) {
    super(`${file}: ${detail}`, options);
    this.name = 'TemplateError';
  }
}

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

/**
 * Refuses at compile time what Handlebars would only find while rendering, or never: partials and
 * decorators (none are registered), and blocks that are not a built-in block helper (`{{#name}}` on
 * a field is Mustache's loop-or-if, easy to mistake for a helper; write `{{#each}}` or `{{#if}}`).
 */
class Checker extends Handlebars.Visitor {
  override BlockStatement(block: hbs.AST.BlockStatement): void {
    const name = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
    if (!BLOCK_HELPERS.has(name)) {
      throw new Handlebars.Exception(
        `unknown block helper ${name || block.path.type}: blocks are ${[...BLOCK_HELPERS].join(', ')}`,
        block,
      );
    }
    super.BlockStatement(block);
  }
  override PartialStatement(partial: hbs.AST.PartialStatement): void {
    throw new Handlebars.Exception('partials are not supported', partial);
  }
  override PartialBlockStatement(partial: hbs.AST.PartialBlockStatement): void {
    throw new Handlebars.Exception('partials are not supported', partial);
  }
  override Decorator(decorator: hbs.AST.Decorator): void {
    throw new Handlebars.Exception('decorators are not supported', decorator);
  }
  override DecoratorBlock(decorator: hbs.AST.DecoratorBlock): void {
    throw new Handlebars.Exception('decorators are not supported', decorator);
  }
}

const environments = new Map<Medium, typeof Handlebars>();

function environment(medium: Medium): typeof Handlebars {
  let env = environments.get(medium);
  if (!env) {
    env = createEnvironment(medium);
    environments.set(medium, env);
  }
  return env;
}

export const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Compiles a template for the medium, eagerly: a syntax error, an unknown helper
 * (`knownHelpersOnly`), a block or partial that is not allowed is a `TemplateError` naming the file
 * now, not at the first render. Rendering is `strict`: a misspelt field is an error too.
 */
export function compileTemplate(medium: Medium, source: string, file: string): Template {
  const env = environment(medium);
  const options: CompileOptions = {
    knownHelpers: Object.fromEntries(helperNames(medium).map((name) => [name, true])),
    knownHelpersOnly: true,
    strict: true,
  };
  let run: HandlebarsTemplateDelegate<TemplateContext>;
  try {
    const ast = env.parse(source);
    new Checker().accept(ast);
    env.precompile(ast, options); // Handlebars compiles lazily; this raises its errors now
    run = env.compile<TemplateContext>(ast, options);
  } catch (error) {
    throw new TemplateError(file, reason(error), { cause: error });
  }
  return (context) => {
    if (!(typeof context.now === 'string' || context.now instanceof Date)) {
      throw new TemplateError(file, 'the render context needs `now` (an ISO date)');
    }
    try {
      return run(context);
    } catch (error) {
      throw new TemplateError(file, reason(error), { cause: error });
    }
  };
}

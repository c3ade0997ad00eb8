import { parsePolicyDocument, publicStatements, type PublicStatement } from '../../policy/index.js';
import { errorMessage } from '../../shared/errors.js';
import type { CollectorContext } from '../collector.js';

export interface ReadPolicy {
  document: unknown;
  publicStatements: PublicStatement[];
}

/**
 * A resource policy as an attribute: null when the resource has none, the parsed document with its
 * public statements otherwise, and undefined (to be recorded unknown) when the text is unreadable.
 */
export function resourcePolicy<Op extends string>(
  ctx: CollectorContext<Op>,
  operation: Op,
  policy: string | undefined,
  resourceId: string,
): ReadPolicy | null | undefined {
  if (policy === undefined || policy.trim() === '') return null;
  try {
    const document = parsePolicyDocument(policy);
    return { document, publicStatements: publicStatements(document) };
  } catch (error) {
    ctx.recordProblem(operation, 'UnreadablePolicy', errorMessage(error), resourceId);
    return undefined;
  }
}

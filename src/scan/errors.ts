/** Error codes AWS uses for a missing permission, across its protocols. */
const ACCESS_DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedAccess',
  'Forbidden',
  'AccessDeniedFault',
]);

/** Codes that mean the region or service is not usable for this account (not a scan failure of ours). */
const NOT_ENABLED_CODES = new Set(['OptInRequired', 'UnrecognizedClientException', 'InvalidClientTokenId']);

export interface ErrorDetails {
  code: string;
  message: string;
  accessDenied: boolean;
  /**
   * Denied by a Deny statement (a service control policy, a permissions boundary...), which no
   * Allow in the scan's role can override: adding the action to the role would not help.
   */
  explicitDeny: boolean;
}

/** AWS says so: "... is not authorized to perform: X ... with an explicit deny in a service control policy". */
const EXPLICIT_DENY = /\bexplicit deny\b/i;

/** Whether a (recorded) error message is about an explicit Deny. */
export function isExplicitDeny(message: string): boolean {
  return EXPLICIT_DENY.test(message);
}

/** Where the Deny is, as AWS words it ("a service control policy"), or null when it does not say. */
export function explicitDenySource(message: string): string | null {
  return /\bexplicit deny in (an? [a-z -]*?(?:policy|boundary))\b/i.exec(message)?.[1] ?? null;
}

/** A recorded access error's message: AWS's, and what it means for the scan's role. */
export function deniedMessage(details: ErrorDetails, action: string | undefined): string {
  if (!details.accessDenied || !action) return details.message;
  if (!details.explicitDeny) return `${details.message} (the scan needs ${action})`;
  const source = explicitDenySource(details.message);
  return `${details.message} (denied by an explicit Deny${source ? ` in ${source}` : ''}, which no permission added to the role can override)`;
}

export class RegionTimeBudgetExceeded extends Error {
  override readonly name = 'RegionTimeBudgetExceeded';
  constructor(region: string, seconds: number) {
    super(
      `the scan of ${region} exceeded its time budget of ${seconds}s; remaining calls there were abandoned`,
    );
  }
}

export function errorDetails(error: unknown): ErrorDetails {
  if (error instanceof Error) {
    const withCode = error as Error & {
      Code?: unknown;
      code?: unknown;
      $metadata?: { httpStatusCode?: number };
    };
    const code =
      (typeof withCode.Code === 'string' && withCode.Code) ||
      (typeof withCode.code === 'string' && withCode.code) ||
      error.name ||
      'Error';
    const status = withCode.$metadata?.httpStatusCode;
    const accessDenied = ACCESS_DENIED_CODES.has(code) || (status === 403 && !NOT_ENABLED_CODES.has(code));
    // Read before oneLine shortens the message: EC2 appends a long encoded reason.
    const explicitDeny = accessDenied && isExplicitDeny(error.message);
    return { code, message: oneLine(error.message || code), accessDenied, explicitDeny };
  }
  return { code: 'Error', message: oneLine(String(error)), accessDenied: false, explicitDeny: false };
}

/** Keeps messages readable in logs and tables, and bounded. */
function oneLine(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}

/** Whether an error is the expected "this thing is not configured" answer of an operation. */
export function hasCode(error: unknown, codes: readonly string[]): boolean {
  return codes.length > 0 && codes.includes(errorDetails(error).code);
}

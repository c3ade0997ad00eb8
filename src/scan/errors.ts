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
    return { code, message: oneLine(error.message || code), accessDenied };
  }
  return { code: 'Error', message: oneLine(String(error)), accessDenied: false };
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

import {
  isRetryableByTrait,
  isServerError,
  isThrottlingError,
  isTransientError,
} from '@smithy/service-error-classification';
import type { SdkError } from '@smithy/types';
import { errorMessage } from '../shared/errors.js';

/** STS answers that retrying cannot fix. */
const PERMANENT = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'InvalidIdentityToken',
  'IDPRejectedClaim',
  'ValidationError',
  'MalformedPolicyDocument',
  'PackedPolicyTooLarge',
  'RegionDisabledException',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
]);

export function stsErrorCode(error: unknown): string {
  if (error instanceof Error) {
    const withCode = error as Error & { Code?: string };
    return withCode.Code ?? error.name;
  }
  return 'Error';
}

/** Throttling, 5xx, network trouble and IdP communication errors are worth another try. */
export function isRetryableStsError(error: unknown): boolean {
  const code = stsErrorCode(error);
  if (PERMANENT.has(code)) return false;
  if (code === 'IDPCommunicationError') return true;
  const sdkError = error as SdkError;
  if (
    sdkError &&
    typeof sdkError === 'object' &&
    '$metadata' in sdkError &&
    (isThrottlingError(sdkError) ||
      isTransientError(sdkError) ||
      isServerError(sdkError) ||
      isRetryableByTrait(sdkError))
  ) {
    return true;
  }
  // No HTTP answer at all: a network failure (the SDK sometimes wraps it and drops the error's code).
  // Only an error's own message counts: a thrown string is not a network failure.
  const message = typeof error === 'object' && error !== null ? errorMessage(error) : '';
  return ['TimeoutError', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'].some(
    (transient) => code === transient || message.includes(transient),
  );
}

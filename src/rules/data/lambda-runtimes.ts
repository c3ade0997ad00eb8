/**
 * Lambda managed runtimes and the dates of their end of support, as data: AWS moves these dates
 * (it extended nodejs18.x, python3.9 and the update block of several retired runtimes in 2025), so
 * update an entry and `LAMBDA_RUNTIMES_AS_OF` together when the AWS table changes.
 *
 * Source: the AWS Lambda runtime table, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 * (supported and deprecated runtimes), cross-checked with the copies kept by endoflife.date
 * (products/aws-lambda.md: `eoas` = deprecation, `eol` = block function update) and
 * tflint-ruleset-aws (rules/aws_lambda_function_deprecated_runtime.go, deprecation dates).
 *
 * Dates are UTC calendar days (AWS starts each phase at midnight, Pacific time). `null` means AWS
 * announced no date, or the announced date was superseded and the new one is not verified here: a
 * rule then never claims that the phase has started.
 *
 * Data only: what the dates mean on a given day is judged in ../lambda-runtime-support.ts.
 */

export interface RuntimeDates {
  /** End of support: no more security patches, no technical support, no creation in the console. */
  deprecation: string;
  /** Lambda refuses to create functions with the runtime. */
  blockCreate: string | null;
  /** Lambda refuses to update functions with the runtime (invocations still work). */
  blockUpdate: string | null;
}

/** The day this table was last checked against the sources above. */
export const LAMBDA_RUNTIMES_AS_OF = '2026-11-25';

const dates = (
  deprecation: string,
  blockCreate: string | null,
  blockUpdate: string | null,
): RuntimeDates => ({
  deprecation,
  blockCreate,
  blockUpdate,
});

/** Runtime identifier -> dates. */
export type RuntimeTable = Readonly<Record<string, RuntimeDates>>;

/** The built-in table. A runtime that is not here is reported as unknown, never guessed. */
export const LAMBDA_RUNTIMES: RuntimeTable = {
  // Node.js
  'nodejs24.x': dates('2028-04-30', null, '2028-07-01'),
  'nodejs22.x': dates('2027-04-30', '2027-06-01', '2027-07-01'),
  'nodejs20.x': dates('2026-04-30', '2026-08-31', '2026-09-30'),
  // The update block moved from 2025-11-01 to 2026-03-09.
  'nodejs18.x': dates('2025-09-01', null, '2026-03-09'),
  // Update blocks of these were extended past 2025-11-01; the new dates are not verified.
  'nodejs16.x': dates('2024-06-12', null, null),
  'nodejs14.x': dates('2023-12-04', null, null),
  'nodejs12.x': dates('2023-03-31', null, '2023-04-30'),
  'nodejs10.x': dates('2021-07-30', null, '2022-02-14'),
  // Python
  'python3.14': dates('2029-06-30', null, '2029-08-31'),
  'python3.13': dates('2029-06-30', null, '2029-08-31'),
  'python3.12': dates('2028-10-31', null, '2029-01-10'),
  'python3.11': dates('2026-06-30', null, '2026-08-31'),
  'python3.10': dates('2026-06-30', null, '2026-08-31'),
  // Deprecation moved from 2025-10-31 to 2025-12-15; the block dates moved with it, unverified.
  'python3.9': dates('2025-12-15', null, null),
  'python3.8': dates('2024-10-14', null, null),
  'python3.7': dates('2023-12-04', null, null),
  'python3.6': dates('2022-07-18', null, '2022-08-29'),
  'python2.7': dates('2021-07-15', null, '2022-05-30'),
  // Java
  java25: dates('2029-06-30', null, '2029-08-31'),
  java21: dates('2029-06-30', null, '2029-08-31'),
  java17: dates('2026-06-30', null, '2026-08-31'),
  java11: dates('2026-06-30', null, '2026-08-31'),
  'java8.al2': dates('2026-06-30', null, '2026-08-31'),
  java8: dates('2024-01-08', null, null),
  // .NET
  dotnet10: dates('2028-11-14', null, '2029-01-15'),
  dotnet8: dates('2026-11-10', null, '2027-01-11'),
  dotnet6: dates('2024-12-20', null, null),
  'dotnetcore3.1': dates('2023-04-03', null, '2023-05-03'),
  // Ruby
  'ruby3.4': dates('2028-03-31', null, '2028-05-31'),
  'ruby3.3': dates('2027-03-31', null, '2027-05-31'),
  'ruby3.2': dates('2026-03-31', null, '2026-05-31'),
  'ruby2.7': dates('2023-12-07', null, null),
  // OS-only runtimes
  'provided.al2023': dates('2029-06-30', null, '2029-08-31'),
  'provided.al2': dates('2026-06-30', null, '2026-08-31'),
  provided: dates('2024-01-08', null, null),
  'go1.x': dates('2024-01-08', null, null),
};

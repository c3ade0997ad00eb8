/**
 * AWS's published API rate limits, per account and region, in requests per second, by the
 * service id the SDK gives each client (its `config.serviceId`).
 * The scan paces its calls below these so it is rarely throttled; the SDK's adaptive retry
 * handles the rest (and every service without a published limit).
 */
export const PUBLISHED_RATE_LIMITS: Readonly<Record<string, number>> = {
  // EC2 non-mutating actions: a bucket of 100 that refills at 20 per second.
  EC2: 20,
  // Lambda control plane: 15 per second (GetPolicy has its own 15; pacing them together is safe).
  Lambda: 15,
  // CloudWatch DescribeAlarms: 9 transactions per second.
  CloudWatch: 9,
  // CloudWatch Logs DescribeLogGroups: 10 transactions per second.
  'CloudWatch Logs': 10,
  // API Gateway management API (API Gateway developer guide, "API Gateway quotas for creating,
  // deploying and managing an API"): GetResources, nearly every call the scan makes, allows
  // 5 requests every 2 seconds per account; all operations together 10 per second.
  'API Gateway': 2,
};

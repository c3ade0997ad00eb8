import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';

const DAY_MS = 86_400_000;

/**
 * One DatabaseConnections datapoint a day, at noon UTC, for each of the `days` days before today:
 * what RDS would have published for an instance with that many connections all day.
 */
export async function putDbConnections(
  cloudwatch: CloudWatchClient,
  instanceId: string,
  { days = 14, connections }: { days?: number; connections: number },
): Promise<void> {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const MetricData = Array.from({ length: days }, (_, i) => ({
    MetricName: 'DatabaseConnections',
    Dimensions: [{ Name: 'DBInstanceIdentifier', Value: instanceId }],
    Timestamp: new Date(today - (i + 1) * DAY_MS + DAY_MS / 2),
    Value: connections,
    Unit: 'Count' as const,
  }));
  await cloudwatch.send(new PutMetricDataCommand({ Namespace: 'AWS/RDS', MetricData }));
}

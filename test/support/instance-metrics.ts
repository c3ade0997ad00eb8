import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';

const DAY_MS = 86_400_000;

/**
 * One datapoint a day, at noon UTC, for each of the `days` days before today, on the three
 * metrics the EC2 collector reads: what basic monitoring would have recorded.
 */
export async function putInstanceActivity(
  cloudwatch: CloudWatchClient,
  instanceId: string,
  {
    days = 14,
    cpuPercent,
    networkBytesPerDay,
  }: { days?: number; cpuPercent: number; networkBytesPerDay: number },
): Promise<void> {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const datum = (MetricName: string, Value: number, Unit: 'Percent' | 'Bytes', i: number) => ({
    MetricName,
    Dimensions: [{ Name: 'InstanceId', Value: instanceId }],
    Timestamp: new Date(today - (i + 1) * DAY_MS + DAY_MS / 2),
    Value,
    Unit,
  });
  const MetricData = Array.from({ length: days }, (_, i) => [
    datum('CPUUtilization', cpuPercent, 'Percent', i),
    datum('NetworkIn', networkBytesPerDay / 2, 'Bytes', i),
    datum('NetworkOut', networkBytesPerDay / 2, 'Bytes', i),
  ]).flat();
  await cloudwatch.send(new PutMetricDataCommand({ Namespace: 'AWS/EC2', MetricData }));
}

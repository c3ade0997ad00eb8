const DAY_MS = 86_400_000;

/** One datapoint per day for the `days` days before today, at noon UTC, on both traffic metrics. */
export function dailyTraffic(gatewayId: string, days: number, bytesPerDay: number) {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  return ['BytesInFromSource', 'BytesInFromDestination'].flatMap((MetricName) =>
    Array.from({ length: days }, (_, i) => ({
      MetricName,
      Dimensions: [{ Name: 'NatGatewayId', Value: gatewayId }],
      Timestamp: new Date(today - (i + 1) * DAY_MS + DAY_MS / 2),
      Value: bytesPerDay,
      Unit: 'Bytes' as const,
    })),
  );
}

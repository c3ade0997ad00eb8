import { Type } from '@sinclair/typebox';
import { Nullable, NullableTimestamp, StringList, resourceSchema } from '../schema-helpers.js';

export const CloudWatchAlarm = resourceSchema('cloudwatch:alarm', {
  alarmType: Type.Union([Type.Literal('metric'), Type.Literal('composite')]),
  namespace: Nullable(Type.String()),
  metricName: Nullable(Type.String()),
  dimensions: Type.Record(Type.String(), Type.String()),
  stateUpdatedAt: NullableTimestamp,
  actionsEnabled: Type.Boolean(),
  alarmActions: StringList,
  okActions: StringList,
  insufficientDataActions: StringList,
});

export const LogGroup = resourceSchema('logs:log-group', {
  /** null: logs are kept forever. */
  retentionDays: Nullable(Type.Number()),
  storedBytes: Type.Number(),
  kmsKeyId: Nullable(Type.String()),
  logGroupClass: Nullable(Type.String()),
});

export const cloudwatchSchemas = [CloudWatchAlarm, LogGroup] as const;

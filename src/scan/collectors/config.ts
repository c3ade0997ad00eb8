import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  type ConfigurationRecorder,
} from '@aws-sdk/client-config-service';
import type { Collector } from '../collector.js';
import { makeResource, text } from '../normalize.js';

const permissions = {
  DescribeConfigurationRecorders: 'config:DescribeConfigurationRecorders',
  DescribeConfigurationRecorderStatus: 'config:DescribeConfigurationRecorderStatus',
} as const;
type Operation = keyof typeof permissions;

/** Without a recording group, or with the all-supported strategy, every supported type is recorded. */
function recordsAllSupported(recorder: ConfigurationRecorder): boolean {
  const group = recorder.recordingGroup;
  if (!group) return true;
  if (group.recordingStrategy?.useOnly)
    return group.recordingStrategy.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES';
  return group.allSupported ?? true;
}

/**
 * AWS Config is regional. Both calls answer every recorder of the region at once (no pagination):
 * the recorders' settings, then whether each is recording.
 */
export const configCollector: Collector<Operation> = {
  service: 'config',
  scope: 'regional',
  permissions,
  resourceTypes: ['config:recorder'],
  async collect(ctx) {
    const config = ctx.client(ConfigServiceClient);
    const [recorders, statuses] = await Promise.all([
      ctx.branch(() =>
        ctx.list(
          'DescribeConfigurationRecorders',
          'config:recorder',
          () => config.send(new DescribeConfigurationRecordersCommand({})),
          (answer) => answer.ConfigurationRecorders,
        ),
      ),
      ctx.branch(() =>
        ctx.read('DescribeConfigurationRecorderStatus', () =>
          config.send(new DescribeConfigurationRecorderStatusCommand({})),
        ),
      ),
    ]);
    for (const recorder of recorders) {
      if (!recorder.name) continue;
      const status = statuses?.ConfigurationRecordersStatus?.find((s) => s.name === recorder.name);
      const recording = typeof status?.recording === 'boolean' ? status.recording : null;
      ctx.emit(
        makeResource(
          'config:recorder',
          {
            arn:
              text(recorder.arn) ??
              `arn:${ctx.partition}:config:${ctx.region}:${ctx.account}:configuration-recorder/${recorder.name}`,
            id: recorder.name,
            name: recorder.name,
            account: ctx.account,
            region: ctx.scopeRegion,
            state: recording === null ? null : recording ? 'recording' : 'stopped',
          },
          {
            recording,
            lastStatus: text(status?.lastStatus),
            allSupported: recordsAllSupported(recorder),
            includeGlobalResourceTypes: recorder.recordingGroup?.includeGlobalResourceTypes ?? false,
            roleArn: text(recorder.roleARN),
            serviceLinked: Boolean(recorder.servicePrincipal),
          },
          recording === null ? ['recording', 'lastStatus'] : [],
        ),
      );
    }
  },
};

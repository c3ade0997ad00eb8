/**
 * The EC2 collector's launch templates, as their default versions set them: one
 * DescribeLaunchTemplateVersions per region (Versions=$Default covers every template).
 */
import { EC2Client, paginateDescribeLaunchTemplateVersions } from '@aws-sdk/client-ec2';
import { makeResource, text } from '../normalize.js';
import { arn, type Context } from './ec2-common.js';

export async function collectLaunchTemplates(ctx: Context, ec2: EC2Client): Promise<void> {
  const versions = await ctx.list(
    'DescribeLaunchTemplateVersions',
    'ec2:launch-template',
    // $Default: the version a launch uses when it names none (what FSBP's launch template controls judge).
    // Without a template id, DescribeLaunchTemplateVersions takes at most 200 per page.
    paginateDescribeLaunchTemplateVersions({ client: ec2, pageSize: 200 }, { Versions: ['$Default'] }),
    (page) => page.LaunchTemplateVersions,
  );
  for (const version of versions) {
    if (!version.LaunchTemplateId) continue;
    const data = version.LaunchTemplateData ?? {};
    ctx.emit(
      makeResource(
        'ec2:launch-template',
        {
          arn: arn(ctx, `launch-template/${version.LaunchTemplateId}`),
          id: version.LaunchTemplateId,
          name: text(version.LaunchTemplateName),
          account: ctx.account,
          region: ctx.scopeRegion,
          // Its tags come from DescribeLaunchTemplates, a call the scan does not make (not in TAGGED_TYPES).
        },
        {
          defaultVersion: version.VersionNumber ?? null,
          networkInterfaces: (data.NetworkInterfaces ?? []).map((eni) => ({
            deviceIndex: eni.DeviceIndex ?? null,
            associatePublicIpAddress: eni.AssociatePublicIpAddress ?? null,
            networkInterfaceId: text(eni.NetworkInterfaceId),
          })),
          imds: {
            httpTokens: text(data.MetadataOptions?.HttpTokens),
            httpEndpoint: text(data.MetadataOptions?.HttpEndpoint),
          },
          ebsVolumes: (data.BlockDeviceMappings ?? [])
            .filter((mapping) => mapping.Ebs)
            .map((mapping) => ({
              deviceName: text(mapping.DeviceName),
              encrypted: mapping.Ebs?.Encrypted ?? null,
              snapshotId: text(mapping.Ebs?.SnapshotId),
            })),
        },
      ),
    );
  }
}

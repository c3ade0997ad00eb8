import type { Resource } from '../inventory/resources/index.js';

/** What AWS creates on its own in every region: the default VPC, its subnets and security group. */
export function isRegionDefault(resource: Resource): boolean {
  switch (resource.type) {
    case 'ec2:vpc':
    case 'ec2:security-group':
      return resource.attributes.isDefault;
    case 'ec2:subnet':
      return resource.attributes.defaultForAz;
    default:
      return false;
  }
}

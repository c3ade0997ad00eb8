/**
 * The compliance controls our rules cite, with what each is about. A test checks that every
 * reference of every rule is listed here and that the control is about the rule's resource type,
 * so a rule maps only to controls it really checks. Add the control here when a rule cites it.
 */
export interface Control {
  title: string;
  /** Inventory types (or aws:account / aws:region) the control judges. */
  resourceTypes: string[];
}

/** AWS Foundational Security Best Practices (Security Hub) controls. */
export const FSBP_CONTROLS: Readonly<Record<string, Control>> = {
  'EC2.2': {
    title: 'VPC default security groups should not allow inbound or outbound traffic',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.13': {
    title: 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.14': {
    title: 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.18': {
    title: 'Security groups should only allow unrestricted incoming traffic for authorized ports',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.19': {
    title: 'Security groups should not allow unrestricted access to ports with high risk',
    resourceTypes: ['ec2:security-group'],
  },
};

/** CIS AWS Foundations Benchmark sections (v6.0 numbering). */
export const CIS_SECTIONS: Readonly<Record<string, Control>> = {
  '6.3': {
    title: 'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports',
    resourceTypes: ['ec2:security-group'],
  },
  '6.4': {
    title: 'Ensure no security groups allow ingress from ::/0 to remote server administration ports',
    resourceTypes: ['ec2:security-group'],
  },
  '6.5': {
    title: 'Ensure the default security group of every VPC restricts all traffic',
    resourceTypes: ['ec2:security-group'],
  },
};

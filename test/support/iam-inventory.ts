import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import type { AttributesOf } from '../../src/inventory/resources/index.js';
import { runRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/model.js';
import { ACCOUNT, resource } from './inventory-builder.js';

/** IAM resources for the IAM rule tests, each with harmless defaults to override. */
export const NOW = new Date('2026-11-25T12:00:00Z');
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
export const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

export const run = (rule: Rule, inventory: Inventory, config = DEFAULT_CONFIG) =>
  runRules(inventory, config, [rule], NOW).findings;

export const doc = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
export const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };

export type AccountAttributes = AttributesOf<'iam:account'>;
export function account(attributes: Partial<AccountAttributes> = {}, unknownAttributes: string[] = []) {
  return resource(
    'iam:account',
    ACCOUNT,
    {
      alias: 'acme-prod',
      summary: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1 },
      passwordPolicy: null,
      root: { mfaActive: false, accessKeysActive: 0, passwordLastUsed: daysAgo(3), accessKeyLastUsed: null },
      ...attributes,
    },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:root`, name: 'acme-prod', unknownAttributes },
  );
}

type UserAttributes = AttributesOf<'iam:user'>;
type Key = UserAttributes['accessKeys'][number];
export const key = (slot: number, fields: Partial<Key> = {}): Key => ({
  slot,
  active: true,
  lastRotated: daysAgo(10),
  lastUsed: daysAgo(1),
  lastUsedService: 's3',
  ...fields,
});

export function user(
  name: string,
  attributes: Partial<UserAttributes> = {},
  unknownAttributes: string[] = [],
) {
  return resource(
    'iam:user',
    name,
    {
      path: '/',
      userId: `AIDA${name.toUpperCase()}`,
      passwordEnabled: false,
      passwordLastUsed: null,
      passwordLastChanged: null,
      mfaActive: false,
      accessKeys: [],
      groups: [],
      attachedPolicyArns: [],
      inlinePolicies: [],
      permissionsBoundaryArn: null,
      ...attributes,
    },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, name, unknownAttributes },
  );
}

export function role(name: string, attributes: Partial<AttributesOf<'iam:role'>> = {}) {
  return resource(
    'iam:role',
    name,
    {
      path: '/',
      roleId: `AROA${name.toUpperCase()}`,
      assumeRolePolicy: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'sts:AssumeRole',
      }),
      lastUsedAt: null,
      lastUsedRegion: null,
      attachedPolicyArns: [],
      inlinePolicies: [],
      isServiceLinked: false,
      permissionsBoundaryArn: null,
      ...attributes,
    },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, name },
  );
}

export function group(name: string, attributes: Partial<AttributesOf<'iam:group'>> = {}) {
  return resource(
    'iam:group',
    name,
    { path: '/', attachedPolicyArns: [], inlinePolicies: [], ...attributes },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:group/${name}`, name },
  );
}

export function policy(name: string, document: unknown, attachmentCount = 1) {
  return resource(
    'iam:policy',
    name,
    { path: '/', defaultVersionId: 'v2', document, attachmentCount, isAttachable: true },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name },
  );
}

import { Type, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const IsoTimestamp = Type.String({ format: 'date-time' });
export const NullableTimestamp = Nullable(IsoTimestamp);
export const AccountId = Type.String({ pattern: '^[0-9]{12}$' });
export const Tags = Type.Record(Type.String(), Type.String());
export const StringList = Type.Array(Type.String());
/** An IAM or resource policy document, kept as parsed JSON so rules can evaluate it. */
export const PolicyDocument = Type.Unknown();

/** Statements of a resource policy that grant access to anyone (see policy/public.ts). */
export const PublicStatement = Type.Object(
  {
    sid: Nullable(Type.String()),
    actions: StringList,
    principal: Type.String(),
  },
  { additionalProperties: false },
);

/**
 * The common envelope of every resource. `region` is an AWS region code, or `global` for
 * account-wide resources (IAM, Budgets, S3 account settings). `unknownAttributes` names the
 * attributes that could not be read (a failed call), so rules never mistake "unknown" for "off".
 */
export function resourceSchema<TType extends string, TAttrs extends TProperties>(
  type: TType,
  attributes: TAttrs,
) {
  return Type.Object(
    {
      type: Type.Literal(type),
      arn: Type.String({ minLength: 1 }),
      id: Type.String({ minLength: 1 }),
      name: Nullable(Type.String()),
      account: AccountId,
      region: Type.String({ minLength: 1 }),
      tags: Tags,
      state: Nullable(Type.String()),
      createdAt: NullableTimestamp,
      unknownAttributes: StringList,
      attributes: Type.Object(attributes, { additionalProperties: false }) as TObject<TAttrs>,
    },
    { additionalProperties: false },
  );
}

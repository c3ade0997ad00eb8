import { isoDate } from './normalize.js';

/** One row of the IAM credential report, with the columns our rules need, normalized. */
export interface CredentialReportRow {
  user: string;
  arn: string;
  passwordEnabled: boolean;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  mfaActive: boolean;
  accessKeys: {
    slot: number;
    active: boolean;
    lastRotated: string | null;
    lastUsed: string | null;
    lastUsedService: string | null;
  }[];
}

export const ROOT_USER = '<root_account>';

/** Parses a CSV line of the credential report (fields are never quoted by AWS, but be safe). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(current);
      current = '';
    } else current += char;
  }
  fields.push(current);
  return fields;
}

/** 'N/A', 'no_information', 'not_supported' and empty mean "no date". */
function reportDate(value: string | undefined): string | null {
  if (!value || !/^\d{4}-/.test(value)) return null;
  return isoDate(value);
}

const yes = (value: string | undefined) => value === 'true';
const textOrNull = (value: string | undefined) => (value && value !== 'N/A' ? value : null);

/** Parses the report's CSV; throws with the line number when a row does not match the header. */
export function parseCredentialReport(csv: string): CredentialReportRow[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '');
  if (!header.includes('user') || !header.includes('arn')) {
    throw new Error('the credential report has no header row with user and arn columns');
  }
  return lines.slice(1).map((line, index) => {
    const values = splitCsvLine(line);
    if (values.length !== header.length) {
      throw new Error(
        `credential report line ${index + 2} has ${values.length} fields, the header has ${header.length}`,
      );
    }
    const field = (name: string) => values[header.indexOf(name)];
    return {
      user: field('user') ?? '',
      arn: field('arn') ?? '',
      passwordEnabled: yes(field('password_enabled')),
      passwordLastUsed: reportDate(field('password_last_used')),
      passwordLastChanged: reportDate(field('password_last_changed')),
      mfaActive: yes(field('mfa_active')),
      accessKeys: [1, 2].map((slot) => ({
        slot,
        active: yes(field(`access_key_${slot}_active`)),
        lastRotated: reportDate(field(`access_key_${slot}_last_rotated`)),
        lastUsed: reportDate(field(`access_key_${slot}_last_used_date`)),
        lastUsedService: textOrNull(field(`access_key_${slot}_last_used_service`)),
      })),
    };
  });
}

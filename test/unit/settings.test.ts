import { describe, expect, it } from '@jest/globals';
import { readActionInputs } from '../../src/action/inputs.js';
import {
  checkRegions,
  DEFAULTS,
  parseInteger,
  parseList,
  parseSelection,
  type RunSettings,
} from '../../src/settings.js';

const ENV: NodeJS.ProcessEnv = { GITHUB_REPOSITORY: 'octo-org/octo-app', GITHUB_RUN_ID: '9876543210' };

/** A stand-in for core.getInput: '' for inputs not given, and a record of what was asked. */
function fakeGetInput(values: Record<string, string> = {}) {
  const asked: string[] = [];
  const getInput = (name: string) => {
    asked.push(name);
    return values[name] ?? '';
  };
  return { getInput, asked };
}

describe('parseList', () => {
  it('splits on commas and newlines, trims, and drops empty entries', () => {
    expect(parseList(' a, b ,\nc\n\n,, d \r\n e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives an empty list for nothing', () => {
    expect(parseList(undefined)).toEqual([]);
    expect(parseList('')).toEqual([]);
    expect(parseList(' ,\n , ')).toEqual([]);
  });

  it('keeps the order and duplicates as given', () => {
    expect(parseList('b,a,b')).toEqual(['b', 'a', 'b']);
  });
});

describe('parseSelection', () => {
  it.each([undefined, '', '  ', 'all', 'ALL', ' All \n', 'all,'])('reads %p as no restriction', (value) => {
    expect(parseSelection(value)).toBeUndefined();
  });

  it('returns the list otherwise', () => {
    expect(parseSelection('us-east-1,\neu-west-1')).toEqual(['us-east-1', 'eu-west-1']);
    expect(parseSelection('s3')).toEqual(['s3']);
  });

  it('does not treat "all" mixed with names as no restriction', () => {
    expect(parseSelection('all,s3')).toEqual(['all', 's3']);
  });
});

describe('parseInteger', () => {
  it('returns the fallback for an empty value', () => {
    expect(parseInteger(undefined, 'max-attempts', 8, 1, 20)).toBe(8);
    expect(parseInteger('   ', 'max-attempts', 8, 1, 20)).toBe(8);
  });

  it('accepts the bounds and values between them', () => {
    expect(parseInteger('1', 'n', 5, 1, 20)).toBe(1);
    expect(parseInteger(' 20 ', 'n', 5, 1, 20)).toBe(20);
    expect(parseInteger('007', 'n', 5, 1, 20)).toBe(7);
  });

  it.each([
    ['0', 'max-attempts must be between 1 and 20, got 0'],
    ['21', 'max-attempts must be between 1 and 20, got 21'],
    ['abc', "max-attempts must be a whole number, got 'abc'"],
    ['1.5', "max-attempts must be a whole number, got '1.5'"],
    ['-3', "max-attempts must be a whole number, got '-3'"],
    ['1e1', "max-attempts must be a whole number, got '1e1'"],
    ['0x10', "max-attempts must be a whole number, got '0x10'"],
  ])('rejects %p, naming the input', (value, message) => {
    expect(() => parseInteger(value, 'max-attempts', 8, 1, 20)).toThrow(message);
  });
});

describe('checkRegions', () => {
  it('accepts region codes of every partition, and no explicit regions', () => {
    expect(() =>
      checkRegions({
        regions: [
          'us-east-1',
          'eu-central-2',
          'ap-southeast-4',
          'us-gov-west-1',
          'cn-northwest-1',
          'il-central-1',
        ],
        excludeRegions: ['me-south-1'],
      }),
    ).not.toThrow();
    expect(() => checkRegions({ regions: undefined, excludeRegions: [] })).not.toThrow();
  });

  it.each(['useast1', 'US-EAST-1', 'us-east', 'us-east-1a', 'all', 'global', 'us_east_1'])(
    'rejects %p in regions, naming the input',
    (bad) => {
      expect(() => checkRegions({ regions: ['us-east-1', bad], excludeRegions: [] })).toThrow(
        `regions: not AWS region codes: ${bad} (expected names like us-east-1 or eu-west-2)`,
      );
    },
  );

  it('lists every bad code at once', () => {
    expect(() => checkRegions({ regions: ['nope', 'us-east-1', 'eu-west'], excludeRegions: [] })).toThrow(
      'regions: not AWS region codes: nope, eu-west',
    );
  });

  it('checks exclude-regions even when every region is scanned', () => {
    expect(() => checkRegions({ regions: undefined, excludeRegions: ['eu-west-1', 'mars-1'] })).toThrow(
      'exclude-regions: not AWS region codes: mars-1',
    );
  });
});

describe('readActionInputs', () => {
  it('applies the defaults when no input is given', () => {
    const { getInput } = fakeGetInput();
    expect(readActionInputs(getInput, ENV)).toEqual({
      credentials: {
        roleToAssume: undefined,
        audience: 'sts.amazonaws.com',
        sessionName: 'aws-audit-octo-org-octo-app-9876543210',
        durationSeconds: 3600,
        stsRegion: 'us-east-1',
        additionalRoles: [],
      },
      regions: undefined,
      excludeRegions: [],
      services: undefined,
      excludeServices: [],
      maxConcurrency: DEFAULTS.maxConcurrency,
      maxAttempts: DEFAULTS.maxAttempts,
      callTimeoutMs: 30_000,
      regionTimeoutMs: 600_000,
      timeoutMinutes: 60,
      outputDir: 'aws-audit-output',
    });
  });

  it('reads every input, trimming and converting them', () => {
    const { getInput, asked } = fakeGetInput({
      'role-to-assume': ' arn:aws:iam::123456789012:role/reader ',
      'aws-region': ' eu-west-2 ',
      audience: ' custom-aud ',
      'role-session-name': ' my-session ',
      'role-duration-seconds': '7200',
      'additional-role-arns':
        'arn:aws:iam::111122223333:role/a\narn:aws:iam::444455556666:role/b, arn:aws:iam::777788889999:role/c\n',
      regions: 'us-east-1, eu-west-2',
      'exclude-regions': 'ap-south-1\nsa-east-1',
      services: 'ec2\ns3',
      'exclude-services': 'iam',
      'max-concurrency': '32',
      'max-attempts': '3',
      'call-timeout-seconds': '5',
      'region-timeout-seconds': '120',
      'timeout-minutes': '45',
      'output-dir': ' out/dir ',
    });
    expect(readActionInputs(getInput, ENV)).toEqual({
      credentials: {
        roleToAssume: 'arn:aws:iam::123456789012:role/reader',
        audience: 'custom-aud',
        sessionName: 'my-session',
        durationSeconds: 7200,
        stsRegion: 'eu-west-2',
        additionalRoles: [
          'arn:aws:iam::111122223333:role/a',
          'arn:aws:iam::444455556666:role/b',
          'arn:aws:iam::777788889999:role/c',
        ],
      },
      regions: ['us-east-1', 'eu-west-2'],
      excludeRegions: ['ap-south-1', 'sa-east-1'],
      services: ['ec2', 's3'],
      excludeServices: ['iam'],
      maxConcurrency: 32,
      maxAttempts: 3,
      callTimeoutMs: 5_000,
      regionTimeoutMs: 120_000,
      timeoutMinutes: 45,
      outputDir: 'out/dir',
    });
    // Every input declared in action.yml is read.
    expect(new Set(asked)).toEqual(
      new Set([
        'role-to-assume',
        'aws-region',
        'audience',
        'role-session-name',
        'role-duration-seconds',
        'additional-role-arns',
        'regions',
        'exclude-regions',
        'services',
        'exclude-services',
        'max-concurrency',
        'max-attempts',
        'call-timeout-seconds',
        'region-timeout-seconds',
        'timeout-minutes',
        'output-dir',
      ]),
    );
  });

  it.each(['all', 'ALL', ' all\n'])('reads regions and services %p as no restriction', (value) => {
    const settings = readActionInputs(fakeGetInput({ regions: value, services: value }).getInput, ENV);
    expect(settings.regions).toBeUndefined();
    expect(settings.services).toBeUndefined();
  });

  it('builds the default session name from GITHUB_REPOSITORY and GITHUB_RUN_ID', () => {
    const { getInput } = fakeGetInput();
    expect(
      readActionInputs(getInput, { GITHUB_REPOSITORY: 'Some Org/repo.name', GITHUB_RUN_ID: '42' }).credentials
        .sessionName,
    ).toBe('aws-audit-Some-Org-repo.name-42');
    const long = readActionInputs(getInput, {
      GITHUB_REPOSITORY: `octo-org/${'x'.repeat(80)}`,
      GITHUB_RUN_ID: '13579246801',
    }).credentials.sessionName;
    expect(long).toHaveLength(64);
    expect(long.endsWith('-13579246801')).toBe(true);
  });

  it.each(['has space', 'a', 'x'.repeat(65), 'owner/repo'])('rejects role-session-name %p', (name) => {
    expect(() => readActionInputs(fakeGetInput({ 'role-session-name': name }).getInput, ENV)).toThrow(
      `role-session-name: '${name}' is not a valid role session name`,
    );
  });

  it.each([
    ['role-duration-seconds', '899', 'role-duration-seconds must be between 900 and 43200, got 899'],
    ['role-duration-seconds', '43201', 'role-duration-seconds must be between 900 and 43200, got 43201'],
    ['role-duration-seconds', 'one hour', "role-duration-seconds must be a whole number, got 'one hour'"],
    ['max-concurrency', '0', 'max-concurrency must be between 1 and 256, got 0'],
    ['max-concurrency', '257', 'max-concurrency must be between 1 and 256, got 257'],
    ['max-attempts', '21', 'max-attempts must be between 1 and 20, got 21'],
    ['max-attempts', '2.5', "max-attempts must be a whole number, got '2.5'"],
    ['call-timeout-seconds', '0', 'call-timeout-seconds must be between 1 and 600, got 0'],
    ['call-timeout-seconds', '601', 'call-timeout-seconds must be between 1 and 600, got 601'],
    ['timeout-minutes', '0', 'timeout-minutes must be between 1 and 350, got 0'],
    ['timeout-minutes', '351', 'timeout-minutes must be between 1 and 350, got 351'],
    ['region-timeout-seconds', '9', 'region-timeout-seconds must be between 10 and 21600, got 9'],
    ['region-timeout-seconds', '21601', 'region-timeout-seconds must be between 10 and 21600, got 21601'],
  ])('rejects %s %p, naming the input', (input, value, message) => {
    expect(() => readActionInputs(fakeGetInput({ [input]: value }).getInput, ENV)).toThrow(message);
  });

  it.each([
    ['role-duration-seconds', '900', (s: RunSettings) => s.credentials.durationSeconds, 900],
    ['role-duration-seconds', '43200', (s: RunSettings) => s.credentials.durationSeconds, 43_200],
    ['max-concurrency', '1', (s: RunSettings) => s.maxConcurrency, 1],
    ['max-concurrency', '256', (s: RunSettings) => s.maxConcurrency, 256],
    ['max-attempts', '20', (s: RunSettings) => s.maxAttempts, 20],
    ['call-timeout-seconds', '600', (s: RunSettings) => s.callTimeoutMs, 600_000],
    ['region-timeout-seconds', '10', (s: RunSettings) => s.regionTimeoutMs, 10_000],
    ['region-timeout-seconds', '21600', (s: RunSettings) => s.regionTimeoutMs, 21_600_000],
    ['timeout-minutes', '1', (s: RunSettings) => s.timeoutMinutes, 1],
    ['timeout-minutes', '350', (s: RunSettings) => s.timeoutMinutes, 350],
  ])('accepts %s at its bound %p', (input, value, pick, expected) => {
    expect(pick(readActionInputs(fakeGetInput({ [input]: value }).getInput, ENV))).toBe(expected);
  });

  it('leaves region checks to checkRegions, which names the input', () => {
    const settings = readActionInputs(
      fakeGetInput({ regions: 'us-east-1\nus-east-1a', 'exclude-regions': 'eu-west-1' }).getInput,
      ENV,
    );
    expect(settings.regions).toEqual(['us-east-1', 'us-east-1a']);
    expect(() => checkRegions(settings)).toThrow('regions: not AWS region codes: us-east-1a');
  });
});

describe('parseArnList', () => {
  it('splits on newlines and on commas that start a new ARN, keeping commas inside role names', async () => {
    const { parseArnList } = await import('../../src/settings.js');
    expect(
      parseArnList(
        'arn:aws:iam::111111111111:role/a,b, arn:aws:iam::222222222222:role/c\n\narn:aws:iam::333333333333:role/d',
      ),
    ).toEqual([
      'arn:aws:iam::111111111111:role/a,b',
      'arn:aws:iam::222222222222:role/c',
      'arn:aws:iam::333333333333:role/d',
    ]);
  });
});

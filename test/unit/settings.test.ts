import { DEFAULTS } from '../../src/defaults.js';
import { describe, expect, it } from '@jest/globals';
import { readActionInputs } from '../../src/action/inputs.js';
import { declaredInputs } from '../support/action-core.js';
import { serviceNames } from '../../src/scan/registry.js';
import { inventoryServices } from '../../src/inventory/resources/index.js';
import { UsageError } from '../../src/usage-error.js';
import {
  checkRegions,
  checkServices,
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
    expect(parseSelection(value, 'regions')).toBeUndefined();
  });

  it('returns the list otherwise', () => {
    expect(parseSelection('us-east-1,\neu-west-1', 'regions')).toEqual(['us-east-1', 'eu-west-1']);
    expect(parseSelection('s3', 'services')).toEqual(['s3']);
  });

  it('does not treat "all" mixed with names as no restriction', () => {
    expect(parseSelection('all,s3', 'services')).toEqual(['all', 's3']);
  });

  it.each([' , ', ',', '\n,\n', ' ,, ,'])(
    'rejects %p, separators without a name, as a usage error naming the input',
    (value) => {
      expect(() => parseSelection(value, '--regions')).toThrow(UsageError);
      expect(() => parseSelection(value, '--regions')).toThrow(
        `--regions lists no entries ('${value.trim()}'); give names, or all`,
      );
    },
  );
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
    'rejects %p in regions as a usage error naming the input',
    (bad) => {
      const check = () => checkRegions({ regions: ['us-east-1', bad], excludeRegions: [] });
      expect(check).toThrow(UsageError);
      expect(check).toThrow(`regions: '${bad}' is not a region code like us-east-1 or eu-west-2`);
    },
  );

  it.each([
    ['us-est-1', 'us-east-1 or us-west-1'],
    ['eu-wset-2', 'eu-west-2'],
    ['US-EAST-1', 'us-east-1'],
    ['us-iso-est-1', 'us-iso-east-1 or us-iso-west-1'],
  ])('suggests the known regions closest to %p', (bad, suggestion) => {
    expect(() => checkRegions({ regions: [bad], excludeRegions: [] })).toThrow(
      `(did you mean ${suggestion}?)`,
    );
  });

  it('rejects a well-formed code that is no AWS region, from the SDK region list', () => {
    expect(() => checkRegions({ regions: ['us-est-1'], excludeRegions: [] })).toThrow(
      "regions: 'us-est-1' is not an AWS region (did you mean us-east-1 or us-west-1?)",
    );
    expect(() => checkRegions({ regions: ['xx-east-1'], excludeRegions: [] })).toThrow(
      "'xx-east-1' is not an AWS region",
    );
  });

  it('accepts regions newer than the SDK list: a partition pattern and a direction regions use', () => {
    expect(() =>
      checkRegions({
        regions: ['us-east-7', 'ap-southeast-9', 'eu-central-3', 'us-gov-central-1', 'eusc-de-east-1'],
        excludeRegions: [],
      }),
    ).not.toThrow();
  });

  it('lists every bad code at once', () => {
    expect(() => checkRegions({ regions: ['nope', 'us-east-1', 'eu-west'], excludeRegions: [] })).toThrow(
      "regions: 'nope' is not a region code like us-east-1 or eu-west-2; 'eu-west' is not a region code " +
        'like us-east-1 or eu-west-2 (did you mean eu-west-1, eu-west-2 or eu-west-3?)',
    );
  });

  it('checks exclude-regions even when every region is scanned', () => {
    expect(() => checkRegions({ regions: undefined, excludeRegions: ['eu-west-1', 'mars-1'] })).toThrow(
      "exclude-regions: 'mars-1' is not a region code",
    );
    expect(() => checkRegions({ regions: undefined, excludeRegions: ['eu-wset-1'] })).toThrow(
      "exclude-regions: 'eu-wset-1' is not an AWS region (did you mean eu-west-1?)",
    );
  });

  it('rejects exclude-regions that exclude every region listed, naming both with the label', () => {
    expect(() =>
      checkRegions(
        { regions: ['us-east-1', 'eu-west-1'], excludeRegions: ['eu-west-1', 'us-east-1'] },
        (name) => `--${name}`,
      ),
    ).toThrow(
      '--exclude-regions excludes every region --regions lists (us-east-1, eu-west-1): nothing to scan',
    );
    expect(() =>
      checkRegions({ regions: ['us-east-1', 'eu-west-1'], excludeRegions: ['eu-west-1'] }),
    ).not.toThrow();
  });
});

describe('checkServices', () => {
  it('rejects unknown names in services or exclude-services, naming the input and listing the known', () => {
    expect(() => checkServices({ services: ['s3', 'nope'], excludeServices: [] })).toThrow(
      'services: unknown service(s): nope. Available: ',
    );
    expect(() =>
      checkServices({ services: undefined, excludeServices: ['ec3'] }, (name) => `--${name}`),
    ).toThrow('--exclude-services: unknown service(s): ec3');
  });

  it('rejects a selection that leaves no service', () => {
    expect(() => checkServices({ services: ['s3', 'ec2'], excludeServices: ['ec2', 's3'] })).toThrow(
      'exclude-services excludes every service services lists (ec2, s3): nothing to scan',
    );
    const all = serviceNames();
    expect(() => checkServices({ services: undefined, excludeServices: all })).toThrow(
      `exclude-services excludes every service there is (${all.join(', ')}): nothing to scan`,
    );
    expect(() => checkServices({ services: ['s3', 'ec2'], excludeServices: ['ec2'] })).not.toThrow();
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
    // Each one is declared in action.yml: the runner passes '' for any other name. (Whether the
    // Action reads every declared input, main.ts's included, is checked in action.test.ts.)
    const declared = Object.keys(declaredInputs());
    expect(asked.filter((name) => !declared.includes(name))).toEqual([]);
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

  it('rejects bad regions while reading the inputs, as usage errors naming the input', () => {
    const read = (values: Record<string, string>) => () =>
      readActionInputs(fakeGetInput(values).getInput, ENV);
    expect(read({ regions: 'us-east-1\nus-east-1a' })).toThrow(UsageError);
    expect(read({ regions: 'us-east-1\nus-east-1a' })).toThrow("regions: 'us-east-1a' is not a region code");
    expect(read({ regions: 'us-est-1' })).toThrow("regions: 'us-est-1' is not an AWS region");
    expect(read({ 'exclude-regions': 'eu-wset-1' })).toThrow(
      "exclude-regions: 'eu-wset-1' is not an AWS region",
    );
    expect(read({ regions: ' , ' })).toThrow("regions lists no entries (','); give names, or all");
    expect(read({ regions: 'eu-west-1', 'exclude-regions': 'eu-west-1' })).toThrow(
      'exclude-regions excludes every region regions lists (eu-west-1): nothing to scan',
    );
  });

  it('rejects services that select nothing while reading the inputs, naming the inputs', () => {
    const read = (values: Record<string, string>) => () =>
      readActionInputs(fakeGetInput(values).getInput, ENV);
    expect(read({ services: ' ,\n, ' })).toThrow("services lists no entries (',\n,'); give names, or all");
    expect(read({ services: 's3', 'exclude-services': 's3' })).toThrow(
      'exclude-services excludes every service services lists (s3): nothing to scan',
    );
    expect(read({ services: 'sss' })).toThrow('services: unknown service(s): sss. Available: ');
  });

  it('throws usage errors for numbers and session names', () => {
    expect(() => readActionInputs(fakeGetInput({ 'max-concurrency': 'abc' }).getInput, ENV)).toThrow(
      UsageError,
    );
    expect(() => readActionInputs(fakeGetInput({ 'role-session-name': 'a b' }).getInput, ENV)).toThrow(
      UsageError,
    );
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

describe('the services the help names', () => {
  it('are the services the collectors scan, read from the inventory types without loading a collector', () => {
    expect(inventoryServices()).toEqual(serviceNames());
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseCommands } from '../../../src/cleanup/approvals/commands.js';

describe('approval commands in a comment', () => {
  it('reads approve and revoke, one per line, several ids each, case and commas aside', () => {
    expect(
      parseCommands('Looks unused.\n/aws-audit approve 1a2b3c4d, 5E6F7A8B\n/AWS-AUDIT Revoke 99aa88bb'),
    ).toEqual([
      { verb: 'approve', ids: ['1a2b3c4d', '5e6f7a8b'], invalid: [] },
      { verb: 'revoke', ids: ['99aa88bb'], invalid: [] },
    ]);
  });

  it('reports words that are not ids instead of guessing', () => {
    expect(parseCommands('/aws-audit approve vol-0123 all 1a2b3c4d')).toEqual([
      { verb: 'approve', ids: ['1a2b3c4d'], invalid: ['vol-0123', 'all'] },
    ]);
  });

  it('ignores a command inside a sentence, a quote, a code block or an indented block', () => {
    const body = [
      'Please do not /aws-audit approve 1a2b3c4d yet',
      '> /aws-audit approve 2a2b3c4d',
      '```',
      '/aws-audit approve 3a2b3c4d',
      '```',
      '    /aws-audit approve 4a2b3c4d',
      '~~~~',
      '/aws-audit approve 5a2b3c4d',
      '~~~~',
    ].join('\n');
    expect(parseCommands(body)).toEqual([]);
  });

  it('knows no other verb', () => {
    expect(parseCommands('/aws-audit apply 1a2b3c4d\n/aws-audit approved 1a2b3c4d')).toEqual([]);
  });
});

// A Pipeline that accepts everything with score 0. main.ts uses it only when the scoring pipeline
// cannot be built (it keeps the gateway a plain relay); the SMTP unit tests use it as a baseline.
import type { Pipeline, Verdict } from '../pipeline/types.ts';

export function passthroughVerdict(requiredScore = 5): Verdict {
  return {
    score: 0,
    action: 'accept',
    symbols: [],
    reply: null,
    headers: ['X-Spam-Score: 0', `X-Spam-Status: No, score=0 required=${requiredScore} tests=none`],
    subjectPrefix: null,
    allowRecipients: [],
  };
}

export function createPassthroughPipeline(): Pipeline {
  return {
    connect: async () => null,
    helo: async () => null,
    mail: async () => null,
    rcpt: async () => null,
    data: async () => passthroughVerdict(),
  };
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import PostalMime from 'postal-mime';
import { buildDsn, headerBlock, statusFromReply } from '../../../src/delivery/dsn.ts';

const original = Buffer.from([
  'From: Alice <alice@example.com>',
  'To: bob@remote.example',
  'Subject: quarterly report',
  'Message-ID: <orig-1@example.com>',
  '',
  'SECRET BODY TEXT that must not be returned',
  '',
].join('\r\n'));

describe('DSN (RFC 3464)', () => {
  it('is a multipart/report with delivery-status and the original headers only', async () => {
    const dsn = buildDsn({
      kind: 'failed', reportingMta: 'mx.gateway.test', queueId: 'Q1', originalSender: 'alice@example.com',
      arrivalDate: new Date('2026-01-01T00:00:00Z'), original,
      recipients: [{ address: 'bob@remote.example', status: '5.1.1', diagnostic: '550 5.1.1 <bob@remote.example>: user unknown', smtpDiagnostic: true, remoteMta: 'mx.remote.example' }],
    });
    const text = dsn.toString('latin1');
    assert.match(text, /^Content-Type: multipart\/report; report-type=delivery-status;/m);
    assert.match(text, /^To: <alice@example\.com>$/m);
    assert.match(text, /^Auto-Submitted: auto-replied$/m);
    assert.match(text, /^Content-Type: message\/delivery-status$/m);
    assert.match(text, /^Reporting-MTA: dns; mx\.gateway\.test$/m);
    assert.match(text, /^Final-Recipient: rfc822; bob@remote\.example$/m);
    assert.match(text, /^Action: failed$/m);
    assert.match(text, /^Status: 5\.1\.1$/m);
    assert.match(text, /^Remote-MTA: dns; mx\.remote\.example$/m);
    assert.match(text, /^Diagnostic-Code: smtp; 550 5\.1\.1/m);
    assert.match(text, /^Content-Type: text\/rfc822-headers$/m);
    assert.match(text, /^Subject: quarterly report$/m);
    assert.doesNotMatch(text, /SECRET BODY/);
    assert.ok(!/[^\r]\n/.test(text), 'CRLF line endings only');
    const parsed = await PostalMime.parse(dsn);
    assert.equal(parsed.subject, 'Undelivered Mail Returned to Sender');
  });

  it('delay notices say delayed and when we give up', () => {
    const dsn = buildDsn({
      kind: 'delayed', reportingMta: 'mx.gateway.test', queueId: 'Q2', originalSender: 'a@example.com', arrivalDate: new Date(),
      original, retryUntil: new Date('2026-01-06T00:00:00Z'),
      recipients: [{ address: 'b@remote.example', status: '4.4.1', diagnostic: 'connection refused', smtpDiagnostic: false }],
    }).toString('latin1');
    assert.match(dsn, /^Action: delayed$/m);
    assert.match(dsn, /^Will-Retry-Until: /m);
    assert.match(dsn, /^Subject: Delayed Mail/m);
  });

  it('derives RFC 3463 status codes from replies', () => {
    assert.equal(statusFromReply('550 5.7.1 relay denied'), '5.7.1');
    assert.equal(statusFromReply('550 mailbox unavailable'), '5.0.0');
    assert.equal(statusFromReply('451 try later'), '4.0.0');
  });

  it('header block stops at the first empty line', () => {
    assert.equal(headerBlock(original).split('\r\n').length, 4);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_REPORTED_MESSAGES, reportClassOf, reportedMessages } from '../../../src/bayes/report.ts';
import { parseMessage } from '../../../src/mail/parse.ts';

const addresses = { spam: ['Spam@Reports.example.net'], ham: ['ham@reports.example.net'] };

test('report addresses are matched without regard to case; others are ordinary recipients', () => {
  assert.equal(reportClassOf('spam@reports.example.net', addresses), 'spam');
  assert.equal(reportClassOf(' HAM@reports.example.net', addresses), 'ham');
  assert.equal(reportClassOf('it@example.com', addresses), null);
});

test('the attached messages of a report: message/rfc822 parts (with or without a disposition) and .eml files; inline text is not one', async () => {
  const inner = 'From: a@lottery.test\r\nSubject: You won\r\n\r\nSend your bank details.\r\n';
  const raw = [
    'From: alice@example.com', 'To: spam@reports.example.net', 'Subject: Fw: two of them', 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'These got through.',
    '--b', 'Content-Type: message/rfc822', '', inner, '--b',
    'Content-Type: application/octet-stream; name="second.eml"', 'Content-Disposition: attachment; filename="second.eml"', 'Content-Transfer-Encoding: base64', '',
    Buffer.from(inner.replace('You won', 'You won again')).toString('base64'), '--b',
    'Content-Type: application/pdf; name="invoice.pdf"', 'Content-Transfer-Encoding: base64', '', Buffer.from('%PDF-1.4').toString('base64'), '--b--', '',
  ].join('\r\n');
  const got = reportedMessages(await parseMessage(Buffer.from(raw), { rfc822Attachments: true }));
  assert.equal(got.length, 2);
  assert.match(got[0]!.toString(), /^From: a@lottery\.test\r?\nSubject: You won\r?\n/);
  assert.match(got[1]!.toString(), /Subject: You won again/);
  assert.deepEqual(reportedMessages(await parseMessage(Buffer.from('From: alice@example.com\r\nSubject: Fw: inline\r\n\r\n> From: a@lottery.test\r\n> You won\r\n'), { rfc822Attachments: true })), []);
  const many = { attachments: Array.from({ length: MAX_REPORTED_MESSAGES + 5 }, () => ({ filename: null, mimeType: 'message/rfc822', size: 1, content: new Uint8Array([65]) })) };
  assert.equal(reportedMessages(many).length, MAX_REPORTED_MESSAGES);
});

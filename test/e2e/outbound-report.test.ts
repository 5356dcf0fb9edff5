// Reports by forwarding end to end: Python's smtplib forwards a spam message as an attachment
// through the outbound gateway to the spam report address; the gateway learns it (the store's
// Bayes counts move), delivers nothing to the report address, still delivers to an ordinary
// recipient of the same message, moves the message to ham when it is reported there, and refuses
// a report with nothing attached with a reply that tells the user what to do, and one that does not
// come from our own users. An admin's report also blocks the message's bulk fingerprint.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { hashPassword } from '../../src/auth/password.ts';
import { newLocalUser } from '../../src/auth/users.ts';
import type { Store } from '../../src/store/types.ts';
import { openGatewayStore, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';

const exec = promisify(execFile);

// argv: port, recipients (comma-separated), subject, attach ("yes" | "no"), envelope sender; prints the reply code and text
const FORWARD = `
import smtplib, sys
from email.message import EmailMessage
port, rcpts, subject, attach, sender = sys.argv[1:6]
spam = EmailMessage()
spam['From'] = 'Lucky Winner Desk <claims@lottery.test>'; spam['To'] = 'alice@example.com'
spam['Subject'] = 'You have won 1,000,000 EUR'; spam['Date'] = 'Tue, 01 Dec 2026 08:00:00 +0000'
spam['Message-ID'] = '<won-1000000@lottery.test>'
spam.set_content('Congratulations! Your e-mail address won one million euro in the international lottery. Send your bank details and a processing fee to claim the prize today.')
fwd = EmailMessage()
fwd['From'] = 'Alice <alice@example.com>'; fwd['To'] = rcpts; fwd['Subject'] = subject
fwd['Date'] = 'Wed, 02 Dec 2026 09:00:00 +0000'; fwd['Message-ID'] = '<%s@example.com>' % abs(hash(subject))
fwd.set_content('This one got through.')
if attach == 'yes': fwd.add_attachment(spam)
s = smtplib.SMTP('127.0.0.1', int(port), local_hostname='exchange.example.com', timeout=30)
try:
    s.send_message(fwd, from_addr=sender, to_addrs=rcpts.split(','))
    print('250')
except smtplib.SMTPResponseException as e:
    print(e.smtp_code, e.smtp_error.decode())
s.quit()
`;

describe('reports by forwarding to a report address', () => {
  let smarthost: Sink;
  let gw: Gateway;
  let store: Store;

  before(async () => {
    smarthost = await startSink();
    gw = await startGateway({
      config: {
        delivery: { smarthost: { host: '127.0.0.1', port: smarthost.port } },
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'] } },
        bayes: { reportAddresses: { spam: ['spam@reports.test'], ham: ['ham@reports.test'] } },
      },
    });
    store = await openGatewayStore(gw);
  });
  after(async () => {
    await store?.close();
    await gw?.cleanup();
    await smarthost?.stop();
  });

  const forward = async (rcpts: string, subject: string, attach = true, sender = 'alice@example.com'): Promise<string> =>
    (await exec('python3', ['-c', FORWARD, String(gw.outboundPort), rcpts, subject, attach ? 'yes' : 'no', sender])).stdout.trim();
  /** the gateway's reply to the next outbound transaction (they are sent one after the other) */
  let seen = 0;
  const nextReply = async (): Promise<string> => {
    const line = await waitFor(() => gw.logLines().filter((l) => l.msg === 'transaction')[seen], 10000, 'transaction log line');
    seen++;
    return String(line.reply);
  };

  it('learns the attached message as spam and delivers nothing', async () => {
    assert.deepEqual(await store.bayes.totals(), { spam: 0, ham: 0 });
    assert.equal(await forward('spam@reports.test', 'missed spam'), '250');
    assert.match(await nextReply(), /^250 2\.0\.0 Learned 1 message as spam$/);
    assert.deepEqual(await store.bayes.totals(), { spam: 1, ham: 0 });
    const audit = (await store.settings.auditLog(10)).find((a) => a.what === 'bayes.report');
    assert.deepEqual(audit && { who: audit.who, detail: audit.detail }, { who: 'alice@example.com', detail: { cls: 'spam', messages: 1, changed: 1 } });
    assert.equal(smarthost.messages.length, 0, 'nothing sent to the report address');
    assert.deepEqual(await store.fuzzy.listBlocked(), [], "a user's report trains the classifier only");
  });

  it('a second report of the same message changes nothing; a ham report moves it', async () => {
    assert.equal(await forward('spam@reports.test', 'again'), '250');
    assert.match(await nextReply(), /Learned 1 message as spam \(1 already learned as spam\)$/);
    assert.deepEqual(await store.bayes.totals(), { spam: 1, ham: 0 });
    assert.equal(await forward('ham@reports.test', 'not spam after all'), '250');
    assert.match(await nextReply(), /^250 2\.0\.0 Learned 1 message as ham$/);
    assert.deepEqual(await store.bayes.totals(), { spam: 0, ham: 1 });
  });

  it('still delivers to the ordinary recipients of a message that also goes to a report address', async () => {
    assert.equal(await forward('spam@reports.test,it@partner.test', 'to it and report'), '250');
    assert.match(await nextReply(), /^250 2\.0\.0 Ok: queued as /);
    assert.deepEqual(await store.bayes.totals(), { spam: 1, ham: 0 });
    const sent = await waitFor(() => smarthost.messages.find((m) => m.data.toString().includes('to it and report')), 10000, 'delivery to the other recipient');
    assert.deepEqual(sent.rcptTo, ['it@partner.test']);
  });

  it('refuses a report with nothing attached, saying how to report', async () => {
    assert.equal(await forward('spam@reports.test', 'inline forward', false), '554 5.6.0 Nothing to learn: forward the spam as an attachment');
    assert.equal(await nextReply(), '554 5.6.0 Nothing to learn: forward the spam as an attachment');
    assert.deepEqual(await store.bayes.totals(), { spam: 1, ham: 0 });
  });

  it("an admin's report also puts the message's bulk fingerprint on the block list", async () => {
    await store.users.put(newLocalUser('it@example.com', await hashPassword('it-admin-pass-1', { N: 1024, r: 8, p: 1 }), true));
    assert.equal(await forward('spam@reports.test', 'from IT', true, 'it@example.com'), '250');
    assert.match(await nextReply(), /^250 2\.0\.0 Learned 1 message as spam/);
    const notes = [...new Set((await store.fuzzy.listBlocked()).map((b) => b.note))];
    assert.deepEqual(notes, ['reported by it@example.com: "You have won 1,000,000 EUR" from Lucky Winner Desk <claims@lottery.test>']);
    const audit = (await store.settings.auditLog(20)).find((a) => a.what === 'bayes.report' && a.who === 'it@example.com');
    assert.deepEqual(audit?.detail, { cls: 'spam', messages: 1, changed: 0, blocked: 1 });
  });

  it('learns nothing from mail the server forwards for an outside sender', async () => {
    assert.equal(await forward('ham@reports.test', 'auto-forwarded', true, 'someone@outside.test'), '554 5.7.1 Reports are learned from our own users only');
    assert.equal(await nextReply(), '554 5.7.1 Reports are learned from our own users only');
    assert.deepEqual(await store.bayes.totals(), { spam: 1, ham: 0 });
  });
});

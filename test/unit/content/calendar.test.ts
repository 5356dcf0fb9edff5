// What a reader sees of a calendar invitation: the text the Bayes classifier and the bulk
// fingerprints read beside the mail's own (the links are tested in links.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calendarText, invitationText } from '../../../src/content/calendar.ts';

const ics = (...lines: string[]): Buffer => Buffer.from(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', ...lines, 'DTSTART:20270115T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
const attachment = (filename: string | null, mimeType: string, content: Buffer) => ({ filename, mimeType, size: content.length, content });

test("an invitation's text: summary, location, description and comments, folded lines joined and escapes undone; addresses and dates left out", () => {
  const invite = ics('SUMMARY:Gehaltsanpassung 2027', 'ORGANIZER;CN="HR, Personal":mailto:hr@example.com', 'LOCATION:Raum 4\\, 2. Stock',
    'DESCRIPTION:Bitte bestätigen Sie Ihre neue Vergütung bis Fre', ' itag.\\nDanke', 'COMMENT:Vertraulich', 'URL:https://cal.example.test/e/1');
  assert.equal(calendarText(invite), 'Gehaltsanpassung 2027\nRaum 4, 2. Stock\nBitte bestätigen Sie Ihre neue Vergütung bis Freitag.\nDanke\nVertraulich');
  // the HTML description some clients add is read when there is no plain one, as its text
  const html = ics('SUMMARY:Review', 'X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sign the <b>new</b> policy</p><div style="display:none">hidden words</div></body></html>');
  assert.equal(calendarText(html), 'Review\nSign the new policy');
  const both = ics('SUMMARY:Review', 'DESCRIPTION:Plain text', 'X-ALT-DESC;FMTTYPE=text/html:<p>HTML text</p>');
  assert.equal(calendarText(both), 'Review\nPlain text');
});

test("a message's invitations: by type, by name or by their first line; other files and a message without any give nothing", () => {
  const a = ics('SUMMARY:One', 'DESCRIPTION:first');
  const b = ics('SUMMARY:Two');
  assert.equal(invitationText([attachment(null, 'text/calendar', a), attachment('notes.txt', 'text/plain', Buffer.from('SUMMARY:not a calendar')), attachment('b.ics', 'application/octet-stream', b)]), 'One\nfirst\nTwo');
  assert.equal(invitationText([attachment('invite.dat', 'application/octet-stream', a)]), 'One\nfirst', 'by its first line');
  assert.equal(invitationText([attachment('notes.txt', 'text/plain', Buffer.from('hello'))]), '');
  assert.equal(invitationText([]), '');
  assert.equal(invitationText(undefined), '');
  // at most 3 are read
  const many = [1, 2, 3, 4].map((i) => attachment(`${i}.ics`, 'text/calendar', ics(`SUMMARY:Event ${i}`)));
  assert.equal(invitationText(many), 'Event 1\nEvent 2\nEvent 3');
});

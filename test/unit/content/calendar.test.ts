// What a reader sees of a calendar invitation: the text the Bayes classifier and the bulk
// fingerprints read beside the mail's own (the links are tested in links.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calendarText, calendarTime, invitationText, invitationsOf } from '../../../src/content/calendar.ts';

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

test("an invitation's organiser, UID and when it began are its first event's, not its time zone's", () => {
  const ics = (event: string[]): Uint8Array => Buffer.from(['BEGIN:VCALENDAR', 'METHOD:request', 'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'END:STANDARD', 'END:VTIMEZONE', 'BEGIN:VEVENT', ...event, 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:exception', 'DTSTART:19990101', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
  const [weekly] = invitationsOf([{ mimeType: 'text/calendar', content: ics(['UID:w1', 'ORGANIZER:MAILTO:Anna@Example.com', 'SUMMARY:Weekly',
    'DTSTART;TZID=W. Europe Standard Time:20260105T090000', 'CREATED:20251220T101500Z', 'RRULE:FREQ=WEEKLY']) }]);
  assert.deepEqual(weekly, { method: 'REQUEST', uid: 'w1', organizer: 'anna@example.com', summary: 'Weekly', began: Date.UTC(2025, 11, 20, 10, 15) });
  // a whole-day event, no CREATED: its DTSTART; neither readable: null
  assert.equal(invitationsOf([{ filename: 'a.ics', content: ics(['UID:d', 'DTSTART;VALUE=DATE:20270301']) }])[0]!.began, Date.UTC(2027, 2, 1));
  assert.equal(invitationsOf([{ filename: 'a.ics', content: ics(['UID:n', 'DTSTART:soon']) }])[0]!.began, null);
  assert.equal(calendarTime('20271301T000000Z'), null, 'month 13');
  assert.equal(calendarTime('20270101T250000'), null, 'hour 25');
  assert.equal(calendarTime(' 20270101T090000Z '), Date.UTC(2027, 0, 1, 9));
});

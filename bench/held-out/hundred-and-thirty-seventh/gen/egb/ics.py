"""iCalendar (RFC 5545) writer in the style of Exchange/Outlook invites."""
from .core import rstr, HEXU

TZ = {
    'GMT Standard Time': ('+0100', '+0000'),
    'W. Europe Standard Time': ('+0200', '+0100'),
    'Russian Standard Time': ('+0300', '+0300'),
    'GTB Standard Time': ('+0300', '+0200'),
}


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out = []
    cur = ''
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def vtimezone(tzid):
    dst, std = TZ[tzid]
    if dst == std:
        return ['BEGIN:VTIMEZONE', 'TZID:' + tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
                'TZOFFSETFROM:' + std, 'TZOFFSETTO:' + std, 'END:STANDARD', 'END:VTIMEZONE']
    return ['BEGIN:VTIMEZONE', 'TZID:' + tzid,
            'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:' + dst, 'TZOFFSETTO:' + std,
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:' + std, 'TZOFFSETTO:' + dst,
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


def invite(m, organizer, attendees, summary, description, start_local, end_local, tzid, stamp_utc, location,
           lang='en-GB', teams_link=None):
    """start_local/end_local: 'YYYYMMDDTHHMMSS'; organizer/attendees: (name, addr)."""
    uid = '040000008200E00074C5B7101A82E00800000000' + rstr(m.rng, HEXU, 16) + '00000000000000001000000' + rstr(m.rng, HEXU, 32)
    L = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += vtimezone(tzid)
    L += ['BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, a))
    L += ['DESCRIPTION;LANGUAGE=%s:%s' % (lang, esc(description)),
          'UID:' + uid,
          'SUMMARY;LANGUAGE=%s:%s' % (lang, esc(summary)),
          'DTSTART;TZID=%s:%s' % (tzid, start_local), 'DTEND;TZID=%s:%s' % (tzid, end_local),
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + stamp_utc, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
          'LOCATION;LANGUAGE=%s:%s' % (lang, esc(location)),
          'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % m.rng.randint(-2 ** 31, 2 ** 31 - 1),
          'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_link:
        L += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + teams_link,
              'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0' % (
                  rstr(m.rng, '0123456789abcdef', 8), rstr(m.rng, '0123456789abcdef', 8), rstr(m.rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)),
              'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rstr(m.rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40),
              'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s' % (
                  organizer[1], rstr(m.rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 30), rstr(m.rng, '0123456789abcdef', 32)),
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
          'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
          'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'

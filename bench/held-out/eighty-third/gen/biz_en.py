"""English genuine business messages (8)."""
import content as C
import infra as I
from message import Msg, mid_internal
from mime import plain, html, alt, mixed, Part
from people import S


def b09():
    url = 'https://midlandscare.sharepoint.com/:x:/s/FleetFacilities/EZq3tN8vJ1xAm0QpL7Kd2bUBwR4cYfG9hS6eXo1iTn5Ozg?e=Wd3Kp7'
    paras = ['Helen Barker shared a file with you',
             'Here are the registrations going off-lease in Q1 - the collection dates in column F are the ones we agreed on the phone. '
             'Let me know if the transporter can do them.',
             '**Off-lease registrations Q1 2027.xlsx**',
             'This link will work for anyone in Example Group UK Ltd who has the link. It was shared by helen.barker@midlandscare.co.uk.']
    footer = ('Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.'
              '<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
    body = C.brand_alt('Helen Barker shared "Off-lease registrations Q1 2027" with you', 'SharePoint', '#036c70', paras,
                       button=('Open', url), footer=footer, charset='utf-8', cte='base64', lang='en', logo_text='SharePoint')
    return Msg('sharepoint-share-midlands-echt', ('Helen Barker', 'no-reply@sharepointonline.com'), [S('uk_mgr')],
               'Helen Barker shared "Off-lease registrations Q1 2027" with you', (2026, 11, 5, 9, 12, 0), body, I.sharepoint,
               reply_to=('Helen Barker', 'helen.barker@midlandscare.co.uk'), zone='UTC',
               what='Genuine SharePoint Online sharing notification from fleet customer Midlands Care (the registrations list James asked for).',
               why='Sent by Microsoft\'s SharePoint notification service; link to the customer\'s own tenant midlandscare.sharepoint.com; content '
                   'matches the ongoing conversation; Reply-To the known contact.',
               hard_neg=[('thread-hijack-compromised-customer', 'same customer, shared fleet document')])


def b10():
    text = """Hi Priya,

A quick reminder that the VAT return for the quarter ended 30 September (period 07 26) is due for filing by 7 November.

To give us time to review before we submit through our MTD software, could you please upload the following to the usual folder "EG UK / VAT / 2026-Q3" on our client portal by Friday 30 October:
- sales and purchase day books for July to September
- the bank reconciliation for the three months
- the import VAT (C79) statements, if any

Nothing has changed on the portal, so please use your existing login at https://hargreavespike.sharefile.eu. You are currently on zero late-submission penalty points, so let's keep it that way.

If anything is unclear, give me a call on 0121 496 0850.

Kind regards,

Oliver Pike
Partner
Hargreaves & Pike LLP, Chartered Accountants
3 Waterloo Street, Birmingham B2 5PG"""
    body = C.outlook_alt(text, 'us-ascii', '7bit', lang='EN-GB', html_cte='quoted-printable')
    return Msg('accountant-vat-return-reminder', ('Oliver Pike', 'oliver.pike@hargreavespike.co.uk'), [S('uk_acc')],
               'VAT return 07 26 - records needed by 30 October', (2026, 10, 21, 14, 40, 9), body, I.exchange_online,
               infra_kw=dict(region='gbr'),
               what='The UK company\'s real accountants remind the UK accountant to upload VAT records for the Q3 return.',
               why='Known correspondent on its own Microsoft 365 tenant; factual deadline; upload to the firm\'s usual ShareFile portal with existing '
                   'login; phone number offered; no credentials or payments requested.',
               hard_neg=[('hmrc-vat-penalty-phish', 'VAT return / late-submission penalties')])


def b11():
    text = """Hey tkraemer-eg!

The following SSH key was added to your account:

fleet-portal-ci (deploy@ci-runner-02)
SHA256:4Jt0x8Qm6pW2sVn9Lr3KdYb1cZa7HfE5gUo0iTyXwRk

If you believe this key was added in error, you can remove the key and disable access at the following location:

https://github.com/settings/keys

Thanks,
The GitHub Team
"""
    body = plain(text, 'UTF-8', '7bit')
    return Msg('github-ssh-key-added', ('GitHub', 'noreply@github.com'), [S('cio')],
               '[GitHub] A new SSH authentication public key was added to your account', (2026, 11, 9, 2, 31, 17), body, I.github,
               zone='PT',
               what='Genuine GitHub security notification: a new SSH key was added to the IT head\'s account (a CI deploy key he created).',
               why='Real GitHub infrastructure (out-*.smtp.github.com, lowworker Message-ID); plain text, the only link is github.com/settings/keys; '
                   'no call to action beyond reviewing.')


def b12():
    text = """Microsoft account
Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account lu*****@examplegroup.eu.

Sign-in details
Country/region: Netherlands
IP address: 185.107.56.221
Date: 19/11/2026 06:42 (GMT)
Platform: Windows
Browser: Edge

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

[Review recent activity](https://account.live.com/Activity)

To opt out or change where you receive security notifications, [click here](https://account.live.com/SecurityNotifications/Update).

Thanks,
The Microsoft account team"""
    body = alt(plain(C.plain_links(text, 'paren'), 'utf-8', 'quoted-printable'),
               html(C.simple_html(text, font='Segoe UI, Tahoma, Verdana, Arial, sans-serif'), 'utf-8', 'quoted-printable'))
    return Msg('microsoft-account-unusual-signin', ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
               [S('sec')], 'Microsoft account unusual sign-in activity', (2026, 11, 19, 6, 47, 30), body, I.ms_account, zone='UTC',
               what='Genuine Microsoft account "unusual sign-in activity" notice to the mail admin (his VPN exit in the Netherlands).',
               why='Sent from Microsoft\'s own infrastructure (accountprotection.microsoft.com via outbound.protection.outlook.com); links only to '
                   'account.live.com; masked address; no urgency or threats.',
               hard_neg=[('yandex-id-vhod-phish', 'new sign-in / security alert')])


def b13():
    url = 'https://accounts.google.com/AccountChooser?Email=markus.lehmann@example.com&continue=https://myaccount.google.com/alert/nt/1795081130000?rfn%3D31%26rfnc%3D1%26eid%3D-4417'
    text = """A new sign-in on Windows

markus.lehmann@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[Check activity](%s)

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % url
    p = plain(C.plain_links(text, 'paren'), 'UTF-8', 'base64')
    p.params = ['format=flowed', 'delsp=yes']
    h = html(C.simple_html(text, 'UTF-8', font='Google Sans, Roboto, Arial, sans-serif'), 'UTF-8', 'quoted-printable')
    p.qcs = h.qcs = True
    return Msg('google-security-alert-new-signin', ('Google', 'no-reply@accounts.google.com'), [S('fleet')], 'Security alert',
               (2026, 11, 20, 7, 38, 50), alt(p, h), I.google_service, zone='UTC',
               what='Genuine Google security alert: new sign-in on Windows to the Google account used for the rental stations\' Business Profile.',
               why='Real Google infrastructure (mail-sor-*.google.com, gaia bounce address); links to accounts.google.com and myaccount.google.com only; '
                   'informational.',
               hard_neg=[('yandex-id-vhod-phish', 'new sign-in alert')])


def b14():
    join = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZDk2YjAtYzE0Ni00NGU2LWFkOWItM2E1ZjY4YjE2ZDU4%40thread.v2/0'
            '?context=%7b%22Tid%22%3a%229c41e0d2-5b7a-4f3e-8d21-6a0f3b7c2e94%22%2c%22Oid%22%3a%22b8e2f6a0-4c1d-4e77-9a35-0f2d6c8b1e47%22%7d')
    text = """Hi James, Melanie,

Booking in our quarterly fleet review as discussed - agenda: Q1 replacements, damage recharges October, renewal pricing for the 2027 contract.

Helen

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
[Click here to join the meeting](%s)
Meeting ID: 372 118 904 553
Passcode: 9vQ3cZ
[Download Teams](https://www.microsoft.com/en-us/microsoft-teams/download-app) | [Join on the web](https://www.microsoft.com/microsoft-teams/join-a-meeting)
Dial in by phone
+44 20 3855 4748,,418220517# United Kingdom, London
Phone conference ID: 418 220 517#
[Learn More](https://aka.ms/JoinTeamsMeeting) | [Meeting options](https://teams.microsoft.com/meetingOptions/)
________________________________________________________________________________""" % join
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Helen Barker:mailto:helen.barker@midlandscare.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Melanie Schröder:mailto:melanie.schroeder@examplegroup.eu
DESCRIPTION;LANGUAGE=en-GB:Quarterly fleet review. Join: https://teams.microsoft.com/l/meetup-join/ Meeting ID: 372 118 904 553
UID:040000008200E00074C5B7101A82E00800000000A1B3E7C41F4FDB01000000000000000010000000D2C5F4E6A7B8C9D0E1F2A3B4C5D6E7F8
SUMMARY;LANGUAGE=en-GB:Quarterly fleet review - Midlands Care / Example Group
DTSTART;TZID=GMT Standard Time:20261119T140000
DTEND;TZID=GMT Standard Time:20261119T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T152000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    a = C.outlook_alt(text, 'utf-8', 'quoted-printable', lang='EN-GB')
    folded = []
    for ln in ics.rstrip('\n').split('\n'):
        while len(ln.encode('utf-8')) > 74:
            cut = 74
            while len(ln[:cut].encode('utf-8')) > 74:
                cut -= 1
            folded.append(ln[:cut])
            ln = ' ' + ln[cut:]
        folded.append(ln)
    cal = Part('text/calendar', text='\r\n'.join(folded) + '\r\n', charset='utf-8', cte='base64',
               params=['method=REQUEST'])
    a.parts.append(cal)
    return Msg('teams-invite-quarterly-review', ('Helen Barker', 'helen.barker@midlandscare.co.uk'), [S('uk_mgr'), S('sales')],
               'Quarterly fleet review - Midlands Care / Example Group', (2026, 11, 2, 15, 20, 0), a, I.exchange_online,
               infra_kw=dict(region='gbr', tenant_id='9c41e0d2-5b7a-4f3e-8d21-6a0f3b7c2e94'),
               what='Genuine Teams meeting request from fleet customer Midlands Care (text/calendar REQUEST).',
               why='Sent from the customer\'s Microsoft 365 tenant during office hours; standard Teams join block pointing to teams.microsoft.com; '
                   'ordinary calendar invitation, no device code or sign-in request.',
               hard_neg=[('device-code-phishing-teams', 'Teams meeting access')])


def b15():
    paras = ['Dear EXAMPLE GROUP UK LTD,',
             'Your Auto Pay statement for **October 2026** is ready.',
             'Auto Pay account: 100-418-2270 (Fleet)',
             'Total charges: **£387.50** (31 ULEZ and Congestion Charge daily charges across 9 vehicles)',
             'This amount will be taken from your registered payment card ending 4417 on or after 9 November 2026. You don\'t need to do anything.',
             'To see the breakdown by vehicle and date, sign in to your account at tfl.gov.uk/autopay.',
             'We will never ask you to pay a Penalty Charge Notice by clicking a link in an email. PCNs are sent by post to the registered keeper.']
    footer = ('Transport for London, 5 Endeavour Square, London E20 1JN. You are receiving this email because you have an Auto Pay account. '
              '<a href="https://tfl.gov.uk/corporate/privacy-and-cookies">Privacy</a>')
    body = C.brand_alt('Your Auto Pay statement', 'Transport for London', '#000f9f', paras, footer=footer, charset='utf-8',
                       cte='quoted-printable', lang='en')
    return Msg('tfl-autopay-statement-echt', ('TfL Auto Pay', 'autopay@info.tfl.gov.uk'), [S('uk_mgr')],
               'Your Auto Pay statement for October 2026', (2026, 11, 3, 6, 30, 12), body, I.sfmc,
               infra_kw=dict(mta_host='mta.info.tfl.gov.uk', ip='13.111.88.45', bounce_domain='bounce.info.tfl.gov.uk'),
               what='Genuine TfL Auto Pay monthly statement for the UK fleet (ULEZ / Congestion Charge).',
               why='Sent from TfL\'s marketing-cloud sending domain info.tfl.gov.uk; informational, no link to pay, explicitly says PCNs come by post.',
               hard_neg=[('tfl-ulez-pcn-payment-phish', 'ULEZ charges for fleet vehicles')])


def b16():
    base = 'https://fleetmobility-insights.us21.list-manage.com/track/click?u=7c1e0a9f3b2d4e5f6a7b8c9d0&id=%s&e=4417a2c9b1'
    items = [('EV residual values hold steady for a third month', '3f1a9c2e7b'),
             ('ZEV mandate: what the 2027 targets mean for rental and leasing fleets', '8d2b4e6f01'),
             ('Salary sacrifice demand up 18% year on year', 'c47e2a1b95'),
             ('Webinar 3 December: damage recharging and the BVRLA fair wear and tear guide', '5b9e0d3c27')]
    text = 'FLEET MOBILITY INSIGHTS - Weekly briefing, 27 November 2026\n\n'
    text += '\n\n'.join('**%s**\n[Read more](%s)' % (t, base % i) for t, i in items)
    text += ('\n\nYou are receiving this email because you subscribed at fleetmobility-insights.com.\n'
             '[Update your preferences](https://fleetmobility-insights.us21.list-manage.com/profile?u=7c1e0a9f3b2d4e5f6a7b8c9d0&id=21d4b7e9a3&e=4417a2c9b1) or '
             '[unsubscribe](https://fleetmobility-insights.us21.list-manage.com/unsubscribe?u=7c1e0a9f3b2d4e5f6a7b8c9d0&id=21d4b7e9a3&e=4417a2c9b1&c=0b8f3e1d2a)\n'
             'Fleet Mobility Insights, 71-75 Shelton Street, London WC2H 9JQ, United Kingdom')
    body = C.simple_alt(text, 'utf-8', 'quoted-printable')
    unsub = ('<https://fleetmobility-insights.us21.list-manage.com/unsubscribe?u=7c1e0a9f3b2d4e5f6a7b8c9d0&id=21d4b7e9a3&e=4417a2c9b1&c=0b8f3e1d2a>, '
             '<mailto:unsubscribe-mc.us21_7c1e0a9f3b2d4e5f6a7b8c9d0.0b8f3e1d2a-4417a2c9b1@unsubscribe.mailchimpapp.net?subject=unsubscribe>')
    return Msg('newsletter-fleet-mobility-mailchimp', ('Fleet Mobility Insights', 'news@fleetmobility-insights.com'), [S('fleet')],
               'Weekly briefing: EV residuals, ZEV mandate 2027, salary sacrifice', (2026, 11, 27, 7, 0, 4), body, I.mailchimp, zone='UTC',
               extra=[('List-Unsubscribe', unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                      ('List-ID', '7c1e0a9f3b2d4e5f6a7b8c9d0mc list <7c1e0a9f3b2d4e5f6a7b8c9d0.21d4b7e9a3.list-id.mcsv.net>')],
               what='Subscribed trade newsletter sent through Mailchimp, with List-Unsubscribe (one-click).',
               why='Opted-in subscription; Mailchimp infrastructure with consistent tracking links and List-Unsubscribe/List-Unsubscribe-Post headers; '
                   'industry content, no credential or payment requests.')


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]

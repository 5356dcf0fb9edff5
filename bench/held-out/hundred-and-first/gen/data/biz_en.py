# -*- coding: utf-8 -*-
from data.common import *
from data.biz_de import internal_headers


# ----------------------------------------------------------------- 09 -------
@message('business', 9, 'en', 'entra-id-protection-risky-user-alert',
         what='Genuine Microsoft Entra ID Protection alert to the mail/security admin: one user at risk (anomalous token, unfamiliar sign-in properties) in the company tenant, link to the Azure portal.',
         why='Sent by Microsoft (azure-noreply@microsoft.com) through Exchange Online Protection; the only link goes to portal.azure.com; informational security alert that asks for no credentials.',
         hn=(['05-de-quishing-m365-mfa-renewal.eml', '12-en-device-code-phish-compromised-customer.eml'],
             'Microsoft security notification about sign-ins/MFA; genuine alert links to the real admin portal and demands nothing'))
def b09():
    rn, ra = S('itsec')
    c = ctx('b09', '2026-11-24 15:41:12', 'UTC', ra)
    inf = m365(c, 'NAM', zone='UTC')
    inf.msgid = '<%s@az.eastus.production.microsoft.com>' % c.uuid()
    url = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers'
    text = """Microsoft Entra ID Protection

Users at risk detected

We detected 1 user(s) at risk in your organization.

Organization: Example Group (examplegroup.onmicrosoft.com)
Tenant ID: 6f1c2a7e-41b9-4d0e-9a3f-2c8e71b5d904

User                              Risk level   Detected (UTC)
katrin.mueller@examplegroup.eu    High         11/24/2026 3:19 PM

Risk detections: Anomalous token; Unfamiliar sign-in properties

View the risky users report:
%s

To change the recipients of this alert or disable it, go to Identity Protection > Users at risk detected alerts.

This email was sent from an unmonitored mailbox. You are receiving this email because you are a member of the Security Administrator role in Example Group.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % url
    paras = ['We detected <b>1 user(s)</b> at risk in your organization.',
             'Organization: Example Group (examplegroup.onmicrosoft.com)<br>Tenant ID: 6f1c2a7e-41b9-4d0e-9a3f-2c8e71b5d904',
             '<table style="font-size:13px"><tr><th align="left">User</th><th align="left">Risk level</th><th align="left">Detected (UTC)</th></tr>'
             '<tr><td>katrin.mueller@examplegroup.eu</td><td>High</td><td>11/24/2026 3:19 PM</td></tr></table>',
             'Risk detections: Anomalous token; Unfamiliar sign-in properties']
    html = brand_html('Users at risk detected', paras, 'View risky users', url,
                      'This email was sent from an unmonitored mailbox. You are receiving this email because you are a member of the Security Administrator role in Example Group.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
                      logo_text='Microsoft Entra ID Protection', lang='en')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'),
                                 Text(html, 'html', 'utf-8', 'quoted-printable')], '--boundary_%d_%s' % (c.r.randint(0, 9), c.uuid()))
    hs = [('From', 'Microsoft Azure <azure-noreply@microsoft.com>'),
          ('To', ra),
          ('Subject', 'Users at risk detected'),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Azure-Notification-Type', 'IdentityProtection.RiskyUsers')]
    return assemble(c, inf, hs, body, 'azure-noreply@microsoft.com', mime_pos=6, extra_pos=None)


# ----------------------------------------------------------------- 10 -------
@message('business', 10, 'en', 'google-new-signin-alert',
         what='Genuine Google account security alert: new sign-in on a Mac for the export manager\'s Google account (used for Google Merchant Center), "Check activity" link.',
         why='Sent by Google (no-reply@accounts.google.com) from Google\'s own mail servers; links only to accounts.google.com / myaccount.google.com; informative, no request for credentials by mail.',
         hn=(['15-en-sharepoint-share-spoof-html-only.eml'],
             'security/sign-in style notification; genuine one comes from the provider\'s own infrastructure and domains'))
def b10():
    rn, ra = S('export')
    c = ctx('b10', '2026-10-16 07:32:51', 'UTC', ra)
    inf = gmail_sor(c)
    eid = tok('b10e', 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    url = 'https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (ra, c.r.randint(10 ** 12, 2 * 10 ** 12), eid)
    text = """[image: Google]
A new sign-in on Mac

%s
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (ra, url)
    paras = ['<div style="text-align:center;font-size:24px">A new sign-in on Mac</div><div style="text-align:center;font-size:14px">%s</div>' % ra,
             'We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.']
    html = brand_html('', paras, 'Check activity', url,
                      'You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a><br>'
                      'You received this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
                      color='#1a73e8', logo_text='Google', lang='en', font='Google Sans, Roboto, Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='UTF-8', cte='base64', params='; format=flowed; delsp=yes'),
                                 Text(html, 'html', 'UTF-8', 'quoted-printable')], inf.boundary())
    hs = [('MIME-Version', '1.0'),
          ('Date', rfc(c.t, 'GMT')),
          ('X-Account-Notification-Type', '127-anexp#nret-fa'),
          ('Feedback-ID', '127-anexp#nret-fa:account-notifier'),
          ('X-Notifications', 'GAMMA:<%s@notifications.google.com>' % c.hex(40)),
          ('X-Notifications-Bounce-Info', c.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 80)),
          ('Message-ID', inf.msgid),
          ('Subject', 'Security alert'),
          ('From', 'Google <no-reply@accounts.google.com>'),
          ('To', ra)]
    return assemble(c, inf, hs, body, '3%s@gaia.bounces.google.com' % tok('b10rp', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'), mime_pos=10)


# ----------------------------------------------------------------- 11 -------
@message('business', 11, 'en', 'github-password-reset',
         what='Genuine GitHub password-reset e-mail requested by the head of IT, with the time-limited reset link.',
         why='Sent by GitHub\'s own SMTP servers (out-*.smtp.github.com) from noreply@github.com, link to github.com/password_reset only, standard wording; user-initiated.',
         hn=(['22-pl-ksef-certificate-credential-phish.eml'],
             'account/credential maintenance mail with a link; genuine one is user-initiated and stays on the provider\'s domain'))
def b11():
    rn, ra = S('ithead')
    c = ctx('b11', '2026-10-22 14:08:33', 'CET', ra)
    n = c.r.randint(20, 30)
    node = 'hubbernetes-node-%s' % c.hex(6)
    inf = Infra(('out-%d.smtp.github.com' % n, 'out-%d.smtp.github.com' % n, '192.30.252.%d' % (180 + n)),
                [('Received', 'from github.com (%s.ash1-iad.github.net [10.56.%d.%d])%s\tby smtp.github.com (Postfix) with ESMTPA id %s%s\tfor <%s>; %s' % (
                    node, c.r.randint(100, 250), c.r.randint(2, 250), NL, postfix_qid(c), NL, ra, rfc(c.at(1), 'PT', comment=True)))],
                '<%s_%s%d@%s.mail>' % (c.hex(13), c.hex(5), c.r.randint(100000, 999999), node), tls='1.3', name='GitHub')
    token = tok('b11', 40, '0123456789abcdef')
    text = """Hi thomas-graef-exg,

We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

Reset your password: https://github.com/password_reset/%s

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % token
    html = brand_html('', ['Hi thomas-graef-exg,', 'We heard that you lost your GitHub password. Sorry about that!',
                           'But don’t worry! You can use the following button to reset your password:'],
                      'Reset your password', 'https://github.com/password_reset/' + token,
                      'You’re receiving this email because a password reset was requested for your account.<br>GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107',
                      color='#1f883d', logo_text='GitHub', lang='en',
                      after_button=['If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a>',
                                    'Thanks,<br>The GitHub Team'],
                      font='-apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='UTF-8', cte='quoted-printable'),
                                 Text(html, 'html', 'UTF-8', 'quoted-printable')], '--==_mimepart_%s_%d' % (c.hex(13), c.r.randint(100000, 999999)))
    hs = [('Date', rfc(c.t, 'PT')),
          ('From', 'GitHub <noreply@github.com>'),
          ('To', ra),
          ('Message-ID', inf.msgid),
          ('Subject', '[GitHub] Please reset your password'),
          ('Mime-Version', '1.0'),
          ('X-Auto-Response-Suppress', 'All')]
    return assemble(c, inf, hs, body, 'noreply@github.com', mime_pos=6)


# ----------------------------------------------------------------- 12 -------
@message('business', 12, 'en', 'customer-teams-meeting-invite',
         what='Genuine Microsoft Teams meeting invitation from the UK retail buyer (Harrington Fine Foods) for the Christmas-range allocation call, with HTML body and iCalendar REQUEST.',
         why='Real customer tenant (Exchange Online UK), standard Outlook meeting request (text/calendar METHOD:REQUEST), the join link is a normal teams.microsoft.com meetup-join URL with meeting ID and passcode; no device code, no credential request.',
         hn=(['12-en-device-code-phish-compromised-customer.eml'],
             'same customer, same topic, "join a Teams meeting"; genuine invite uses a meetup-join link instead of a device code'))
def b12():
    rn, ra = S('export')
    c = ctx('b12', '2026-11-17 11:05:18', 'UK', ra)
    frm = 's.collins@harringtonfinefoods.co.uk'
    inf = m365(c, 'UK', zone='UK')
    tid = c.uuid()
    oid = c.uuid()
    mtg = tok('b12m', 54, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    join = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (mtg, tid, oid)
    text = """Hi Katrin,

as agreed, let's go through the Bergkäse allocation for weeks 49-51 and the January price file on Thursday.

Best wishes,
Sarah

________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>
Join the meeting now<%s>
Meeting ID: 364 281 957 118
Passcode: Lq7Xe3Nb
________________________________
Dial in by phone
+44 20 3855 4748,,482915733# United Kingdom, London
Find a local number<https://dialin.teams.microsoft.com/0f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b?id=482915733>
Phone conference ID: 482 915 733#
For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-GB>
________________________________________________________________________________
""" % (join, oid, tid, mtg)
    html = html_owa(text.split('____')[0], 'utf-8').replace('</body>', '<div style="font-family:Segoe UI;font-size:14px"><hr><b>Microsoft Teams</b><br><a href="%s">Join the meeting now</a><br>Meeting ID: 364 281 957 118<br>Passcode: Lq7Xe3Nb</div>\n</body>' % join.replace('&', '&amp;'))
    uid = '040000008200E00074C5B7101A82E00800000000%s' % c.hex(48, upper=True)
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
ORGANIZER;CN=Sarah Collins:mailto:%s
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Müller, Katrin":mailto:%s
DESCRIPTION;LANGUAGE=en-GB:Hi Katrin,\\n\\nas agreed, let's go through the Bergkäse allocation for weeks 49-51 and the January price file on Thursday.\\n\\nMicrosoft Teams meeting\\nJoin: %s\\nMeeting ID: 364 281 957 118\\nPasscode: Lq7Xe3Nb\\n
UID:%s
SUMMARY;LANGUAGE=en-GB:Christmas range 2026 - Bergkäse allocation & January prices
DTSTART;TZID=GMT Standard Time:20261119T140000
DTEND;TZID=GMT Standard Time:20261119T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:s.collins@harringtonfinefoods.co.uk\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (frm, ra, join.replace(',', '\\,').replace(';', '\\;'), uid, c.t.strftime('%Y%m%dT%H%M%SZ'), mtg, oid.replace('-', ''))
    # fold ICS lines at 75 octets as RFC 5545 requires
    def fold_ics(s):
        out = []
        for line in s.split('\n'):
            b = line.encode('utf-8')
            first = True
            while len(b) > 74:
                cut = 74 if first else 73
                while (b[cut] & 0xC0) == 0x80:
                    cut -= 1
                out.append(('' if first else ' ') + b[:cut].decode('utf-8'))
                b = b[cut:]
                first = False
            out.append(('' if first else ' ') + b.decode('utf-8'))
        return '\n'.join(out)
    ics = fold_ics(ics.rstrip('\n')) + '\n'
    b = inf.boundary()
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'),
                                 Text(html, 'html', 'utf-8', 'quoted-printable'),
                                 Text(ics, 'calendar', 'utf-8', 'base64', params='; method=REQUEST')], b)
    hs = [('From', 'Sarah Collins <%s>' % frm),
          ('To', addr('Müller, Katrin', ra, 'iso-8859-1', 'Q', quote=True)),
          ('Subject', htext('Christmas range 2026 - Bergkäse allocation & January prices', 'iso-8859-1', 'Q')),
          ('Thread-Topic', htext('Christmas range 2026 - Bergkäse allocation & January prices', 'iso-8859-1', 'Q')),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'en-GB, en-US'),
          ('Content-Language', 'en-GB')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 13 -------
@message('business', 13, 'en', 'govuk-notify-ipaffs-ched-validated',
         what='Genuine IPAFFS notification via GOV.UK Notify: the CHED-P for a cheese consignment has been validated at Sevington; link to the service.gov.uk service.',
         why='GOV.UK Notify infrastructure (Amazon SES, notifications.service.gov.uk), link to the real *.service.gov.uk host, plain informational status message with no deadline or login demand.',
         hn=(['13-en-ipaffs-ched-hold-credential-phish.eml'],
             'same system (IPAFFS/CHED-P) and consignment type; genuine notice comes from GOV.UK Notify and links to service.gov.uk'))
def b13():
    rn, ra = S('uk_mgr')
    c = ctx('b13', '2026-11-26 08:47:19', 'UK', ra)
    inf = ses(c, 'eu-west-1')
    text = """Dear James Whitfield,

The CHED-P for your consignment has been validated by the border control post.

CHED reference: GBCHD2026.1193318
Commodity: Cheese and curd (0406 90)
Consignor: Example Group eG, Kempten, Germany
Importer: Example Group UK Ltd
Border control post: Sevington Inland Border Facility (GBSEV4)
Decision: Acceptable for internal market

You can view the CHED in the Import of products, animals, food and feed system (IPAFFS):
https://import-products-animals-food-feed.service.gov.uk/

Do not reply to this email - it is an automated message.

Animal and Plant Health Agency
"""
    html_body = '\n'.join('<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">%s</p>' % mime.linkify(mime.esc(p)).replace('\n', '<br>') for p in text.split('\n\n'))
    html = ('<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width">'
            '<title></title></head><body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">\n'
            '<table role="presentation" width="100%%" style="border-collapse: collapse;min-width: 100%%;width: 100%% !important;" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%%" height="53" bgcolor="#0b0c0c">'
            '<span style="font-family: Helvetica, Arial, sans-serif; font-weight: 700; color: #ffffff; font-size: 28px; line-height: 1.315789474; padding-left: 10px;">GOV.UK</span></td></tr></table>\n'
            '<table role="presentation" style="max-width: 580px;" width="100%%" align="center"><tr><td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; max-width: 560px;">\n%s\n</td></tr></table></body></html>\n' % html_body)
    body = Multi('alternative', [Text(text, charset='UTF-8', cte='quoted-printable'), Text(html, 'html', 'UTF-8', 'quoted-printable')],
                 '===============%s==' % c.digits(19))
    hs = [
        ('Subject', 'IPAFFS: CHED-P GBCHD2026.1193318 has been validated'),
        ('From', 'IPAFFS <no-reply@notifications.service.gov.uk>'),
        ('To', ra),
        ('Date', rfc(c.t, 'UTC')),
        ('Message-ID', inf.msgid),
        ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, inf.msgid[1:-1], mime_pos=0)


# ----------------------------------------------------------------- 14 -------
@message('business', 14, 'en', 'new-prospect-rfq-pdf',
         what='Genuine RFQ from a new export prospect (Karim Fine Foods, Dubai) met at a trade fair: Emmentaler and PDO Bergkäse CIF Jebel Ali, specification as an ordinary PDF, asks about export health certificates and proposes LC at sight.',
         why='Company domain on Google Workspace consistent with its signature, personal context (met at Gulfood Manufacturing), specific product specs, plain PDF attachment with no password, conservative payment terms (letter of credit) - typical genuine export enquiry.',
         hn=(['14-en-rfq-password-zip-malware.eml'],
             'same lure topic (Middle-East RFQ for cheese, reefer CIF Jebel Ali); genuine one attaches an unencrypted PDF'))
def b14():
    rn, ra = S('export')
    c = ctx('b14', '2026-12-01 10:21:44', 'GST', ra)
    frm = 'ahmed.karim@karimfinefoods.ae'
    inf = gmail(c, zone='GST')
    text = """Dear Ms Müller,

We met briefly at Gulfood Manufacturing in Dubai last month and your colleague gave me your card.

Karim Fine Foods supplies hotels, airline catering and premium retail in the UAE and Oman. We would like to receive a quotation for:

- Emmentaler 45% FiDM, 3 kg blocks, vacuum packed - 1 x 40' reefer
- Allgäuer Bergkäse PDO, 6 months, 1/8 wheels - 10 pallets

Delivery CIF Jebel Ali, first shipment February 2027. Our specification sheet including labelling (Arabic/English) and Halal requirements is attached.

Could you also let us know whether you can provide the export health certificate for the UAE, your shelf-life guarantee at arrival and your payment terms? For new suppliers we usually work with an LC at sight.

Best regards,

Ahmed Karim
Purchasing Manager
Karim Fine Foods LLC
Al Quoz Industrial Area 3, Dubai, UAE
+971 4 338 2917 | www.karimfinefoods.ae
"""
    spec = pdf(c, [[(-14, 'Karim Fine Foods LLC - Product Specification / RFQ KFF-2026-114'), (9, 'Al Quoz Industrial Area 3, Dubai, UAE'), (9, ''),
                    (10, '1. Emmentaler 45% FiDM, 3 kg blocks, vacuum packed, 1 x 40ft reefer (approx. 20 t)'),
                    (10, '2. Allgäuer Bergkäse PDO, 6 months, 1/8 wheels, 10 pallets'), (10, ''),
                    (10, 'Incoterm: CIF Jebel Ali     First shipment: February 2027'),
                    (10, 'Remaining shelf life at arrival: min. 70 %'),
                    (10, 'Labelling: Arabic + English stickers (GSO 9/2013), Halal certificate for rennet required'),
                    (10, 'Documents: health certificate, certificate of origin (legalised), Halal certificate, packing list'),
                    (10, 'Payment: irrevocable LC at sight for the first two shipments')]],
               'KFF RFQ 2026-114', 'Ahmed Karim', 'Google Docs Renderer', 'Skia/PDF m131 Google Docs Renderer', zone='GST')
    b = inf.boundary()
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='UTF-8', cte='quoted-printable'),
                                                 Text(html_gmail(text), 'html', 'UTF-8', 'quoted-printable')], inf.boundary()),
                           Bin(spec, 'application/pdf', 'KFF_RFQ_2026-114_Specification.pdf', sep='; ',
                               headers=[('X-Attachment-Id', 'f_m%s0' % c.hex(8))])], b)
    hs = [('MIME-Version', '1.0'),
          ('From', 'Ahmed Karim <%s>' % frm),
          ('Date', rfc(c.t, 'GST')),
          ('Message-ID', inf.msgid),
          ('Subject', 'RFQ KFF-2026-114: Emmentaler and Bergkäse PDO, CIF Jebel Ali'),
          ('To', addr('Katrin Müller', ra))]
    hs[4] = ('Subject', htext(hs[4][1], 'UTF-8', 'B'))
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 15 -------
@message('business', 15, 'en', 'sharepoint-share-genuine',
         what='Genuine SharePoint Online sharing notification: the UK accountant shared her "Q3 VAT return workings" workbook with the UK office manager.',
         why='Sent by Microsoft\'s SharePoint Online (no-reply@sharepointonline.com) through Exchange Online Protection; link goes to the company\'s own examplegroup-my.sharepoint.com OneDrive; internal colleague, expected content.',
         hn=(['15-en-sharepoint-share-spoof-html-only.eml'],
             'same "Priya shared a VAT workbook" notification; genuine link host is the tenant\'s *.sharepoint.com'))
def b15():
    rn, ra = S('uk_mgr')
    c = ctx('b15', '2026-10-28 16:33:07', 'UK', ra)
    inf = m365(c, 'EUR', zone='UTC')
    inf.msgid = '<%s@odspnotify>' % c.uuid()
    url = 'https://examplegroup-my.sharepoint.com/:x:/g/personal/priya_raman_example_com/E%s?e=%s' % (
        tok('b15', 46, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), tok('b15e', 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))
    text = """Priya Raman shared a file with you

James, here are the Q3 VAT workings - could you check the Christmas stock lines before I file on Friday?

Q3 VAT return workings.xlsx
%s

This link will work for anyone in Example Group.

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % url
    html = brand_html('Priya Raman shared a file with you', ['James, here are the Q3 VAT workings - could you check the Christmas stock lines before I file on Friday?',
                                                              '&#128196; <b>Q3 VAT return workings.xlsx</b>'],
                      'Open', url, 'This link will work for anyone in Example Group.<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
                      color='#0f6cbd', lang='en')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='base64'), Text(html, 'html', 'utf-8', 'base64')],
                 '_000_%s_' % c.hex(32, upper=True))
    hs = [('From', '"Priya Raman (via SharePoint Online)" <no-reply@sharepointonline.com>'),
          ('To', 'James Whitfield <%s>' % ra),
          ('Subject', 'Priya Raman shared "Q3 VAT return workings" with you'),
          ('Thread-Topic', 'Priya Raman shared "Q3 VAT return workings" with you'),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Content-Language', 'en-US'),
          ('X-MS-SharePoint-Source', 'odspnotify'),
          ('X-Sharing-Notification-Type', 'Share')]
    return assemble(c, inf, hs, body, 'no-reply@sharepointonline.com')


# ----------------------------------------------------------------- 16 -------
@message('business', 16, 'en', 'it-maintenance-and-phishing-notice',
         what='Internal notice from IT security to the UK office list: planned mail-gateway maintenance on Saturday 21 Nov and a reminder how IT really contacts staff (never via device codes, gift cards or external Teams accounts).',
         why='Sent through the internal Exchange/relay path by the known IT security admin to a distribution list, no links except the intranet, no requests - it warns against the very techniques used in the attack set.',
         hn=(['25-pl-email-bombing-teams-helpdesk-pretext.eml', '09-en-ceo-gift-card-request.eml'],
             'IT/security topic addressed to staff; genuine one arrives internally and asks nothing'))
def b16():
    rn, ra = S('uk_mgr')
    c = ctx('b16', '2026-11-18 13:04:58', 'CET', ra)
    inf = exchange_internal(c, client_ip='10.20.33.41')
    text = """Dear colleagues,

planned maintenance: on Saturday, 21 November 2026, between 06:00 and 08:00 CET (05:00-07:00 UK time) we will update the mail gateway mx01. Incoming e-mail may be delayed during this window; nothing will be lost.

A short reminder after several attempts in other offices:
- IT will never ask you to enter a code on microsoft.com/devicelogin or to approve a sign-in you did not start.
- IT does not contact you from external Teams accounts (names ending in onmicrosoft.com) and will not ask you to start Quick Assist or AnyDesk unless you opened a ticket yourself.
- Nobody in management will ask you to buy gift cards.

If something looks odd, use the "Report phishing" button in Outlook or call the IT hotline on extension -333.

Thanks and kind regards
Lena

Lena Hoffmann
IT Security & Mail Administration
Example Group eG | Kempten (Allgäu)
Intranet: https://intranet.example.com/it/security
"""
    body = alt(c, Text(text, charset='iso-8859-1', cte='quoted-printable'),
               Text(html_outlook(text, 'EN-GB', 'Calibri', 'iso-8859-1'), 'html', 'iso-8859-1', 'quoted-printable'),
               boundary=inf.boundary())
    hs = internal_headers(c, inf, 'itsec', [], 'Mail gateway maintenance on Saturday 21 Nov + reminder on fake IT requests', lang='en-GB')
    hs[1] = ('To', '"UK Office" <uk-office@examplegroup.eu>')
    hs.insert(2, ('CC', surname_first('ithead', 'iso-8859-1', 'Q')))
    return assemble(c, inf, hs, body, S('itsec')[1])

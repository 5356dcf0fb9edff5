"""business/09-16 (English)."""
from lib import bodies, docs, mime, ooxml, shapes, systems, templates, util, zipx
from lib.company import HPAY, P, SALT
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('business', '09-en-docusign-saltmarsh-inspection-agreement')
def b09(m):
    m.what = 'DocuSign envelope from customer Saltmarsh Renewables (Rachel Okafor): "Blade Inspection Services Agreement 2027" for signature by the CEO'
    m.why = 'Genuine DocuSign: the sender address in the envelope and Reply-To are on the customer\'s real domain saltmarshrenewables.co.uk, expected contract (negotiated in Q4), link to eu.docusign.net'
    m.topic = 'e-signature'
    rcpt = P['henrik'][1]
    t = local_to_utc('GB', 2026, 12, 1, 11, 40, 22)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (util.guid(m.rng), util.guid(m.rng), util.guid(m.rng))
    m.url(link, 'DocuSign envelope')
    sender = SALT['people']['okafor'][1]
    msg_text = ('Dear Henrik,\n\nas agreed in our call with Katrin on 24 November, please find the final Blade Inspection Services Agreement 2027 '
                '(incl. Schedule 3 rates and the revised HSE annex). Tom Bell has already signed for Saltmarsh.\n\nKind regards,\nRachel')
    text, html = templates.docusign('Rachel Okafor', sender, msg_text, link, m.hex(32, True) + '2')
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')],
                          '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 8, 10 ** 9), util.unix(t) * 1000 + 12))
    m.set_body(root)
    F = dict(from_=addr('Rachel Okafor via Docusign', 'dse@eumail.docusign.net', quote_always=True), from_addr='dse@eumail.docusign.net',
             reply_to=addr('Rachel Okafor', sender, quote_always=True), to=addr('Henrik Petersen', rcpt, quote_always=True),
             subject='Complete with Docusign: Saltmarsh - Example Group UK - Blade Inspection Services Agreement 2027.pdf',
             date=t, zone='UTC', msgid='<%s@docusign.net>' % m.hex(32))
    m.assemble(shapes.docusign(m, t, rcpt, F))


@reg('business', '10-en-teams-invite-offshore-campaign')
def b10(m):
    m.what = 'Internal Teams meeting request (Outlook/Exchange) from the Hull offshore operations manager: "Q1 2027 offshore campaign planning" with join link and dial-in'
    m.why = 'Genuine meeting invite: internal Exchange route, text/calendar METHOD:REQUEST with organiser/attendees from example.com, standard teams.microsoft.com meetup-join link; nothing to authorise'
    m.topic = 'meeting-invite'
    rcpt = P['jan_ole'][1]
    t = local_to_utc('GB', 2026, 11, 9, 16, 2, 40)
    tid = '3b7e9c14-2f5a-4d8e-a1c6-9e0f7d2b5a48'
    oid = util.guid(m.rng)
    mid_ = '19%%3ameeting_%s%%40thread.v2' % util.alnum(m.rng, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    join = 'https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (mid_, tid, oid)
    m.url(join, 'Teams join link')
    m.phone('+44 20 7946 0521', 'Teams dial-in (UK)')
    meeting_id = '%d %d %d %d' % (m.rng.randrange(100, 999), m.rng.randrange(100, 999), m.rng.randrange(100, 999), m.rng.randrange(100, 999))
    passcode = util.alnum(m.rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')
    conf = '%d' % m.rng.randrange(100000000, 999999999)
    text = """Hi Jan-Ole, Henrik,

as discussed last week - let's go through the Q1 2027 offshore campaign: vessel availability (Humber CTV contract), blade repair scope for the two Saltmarsh sites, technician rotation from Husum and the GWO refresher dates.

I'll share the draft schedule in the meeting.

Cheers
Craig

________________________________________________________________________________
Microsoft Teams meeting
Join: %s
Meeting ID: %s
Passcode: %s
________________________________
Dial in by phone
+44 20 7946 0521,,%s# United Kingdom, London
Phone conference ID: %s#
________________________________________________________________________________""" % (join, meeting_id, passcode, conf, conf)
    html = bodies.fill_charset(bodies.outlook_html(text, 'EN-GB', font='Aptos', size='12.0pt'), 'utf-8')
    uid = '040000008200E00074C5B7101A82E00800000000' + m.hex(32, True)
    ics = '\r\n'.join([
        'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
        'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
        'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
        'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
        'ORGANIZER;CN=Craig Robson:mailto:craig.robson@example.com',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan-Ole Nissen:mailto:jan-ole.nissen@example.com',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Henrik Petersen:mailto:henrik.petersen@example.com',
        'DESCRIPTION;LANGUAGE=en-GB:' + text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n'),
        'UID:' + uid, 'SUMMARY;LANGUAGE=en-GB:Q1 2027 offshore campaign planning',
        'DTSTART;TZID=GMT Standard Time:20261117T100000', 'DTEND;TZID=GMT Standard Time:20261117T113000',
        'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % util.localtime(t, 'UTC').strftime('%Y%m%dT%H%M%SZ'), 'TRANSP:OPAQUE',
        'STATUS:CONFIRMED', 'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting',
        'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
        'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
        'X-MICROSOFT-SKYPETEAMSMEETINGURL:' + join, 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
        'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
        'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR']) + '\r\n'
    # fold ICS lines at 75 octets
    out = []
    for ln in ics.split('\r\n'):
        b = ln
        while len(b.encode('utf-8')) > 75:
            cut = 75
            while len(b[:cut].encode('utf-8')) > 75:
                cut -= 1
            out.append(b[:cut])
            b = ' ' + b[cut:]
        out.append(b)
    ics = '\r\n'.join(out)
    msgid = '<%s@exch02.corp.example.com>' % m.hex(32)
    cal = mime.Part('text/calendar', [('charset', '"utf-8"'), ('method', 'REQUEST')], ics.encode('utf-8'), 'base64')
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64'), cal],
                          docs.b_exchange(m, '000', msgid))
    m.set_body(root)
    h, _ = systems.exchange_internal(m, t, rcpt, ('Craig Robson', P['craig'][1]),
                                     '%s, %s' % (addr('Jan-Ole Nissen', rcpt), addr('Henrik Petersen', P['henrik'][1])),
                                     'Q1 2027 offshore campaign planning', client_ip='10.36.2.41', server=2, msgid=msgid,
                                     langs='en-GB, en-US', content_lang='en-GB')
    m.assemble(h)


@reg('business', '11-en-payroll-bureau-encrypted-reports')
def b11(m):
    m.what = 'UK payroll bureau sends the November payroll journal and P32 as an encrypted ZIP; the password is sent separately by text message'
    m.why = 'Genuine password-protected file: known adviser on its own Microsoft 365 tenant, expected monthly report, password NOT in the e-mail (other channel), content is an XLSX + CSV, no executables'
    m.topic = 'password-archive'
    rcpt = P['daniel'][1]
    t = local_to_utc('GB', 2026, 11, 26, 14, 22, 8)
    pw = 'EGUK-Nov26!7431'
    m.passwords = [pw]
    m.phone('01482 863 210', 'payroll bureau')
    rows = [['Employee No', 'Name', 'Gross pay', 'Tax', 'Employee NI', 'Employer NI', 'Pension (EE)', 'Net pay']]
    names = ['Robson C', 'Whitfield S', 'Hughes D', 'Fletcher L', 'Atkinson R', 'Dobson M', 'Kirkby J', 'Shaw P', 'Lister A', 'Barker T']
    tot = [0.0] * 6
    for i, n in enumerate(names):
        g = round(m.rng.uniform(2900, 6200), 2)
        tax = round(g * 0.19, 2)
        ee = round(g * 0.08 * 0.9, 2)
        er = round(g * 0.15 * 0.92, 2)
        pen = round(g * 0.05, 2)
        net = round(g - tax - ee - pen, 2)
        rows.append(['EGU%04d' % (1012 + i * 7), n, g, tax, ee, er, pen, net])
        for k, v in enumerate((g, tax, ee, er, pen, net)):
            tot[k] += v
    rows.append(['', 'TOTAL'] + [round(v, 2) for v in tot])
    xlsx = ooxml.xlsx([('Payroll journal', rows)], title='EGUK payroll journal November 2026', creator='Joanne Clarke',
                      when='2026-11-26T13:58:00Z', date_time=(2026, 11, 26, 13, 58, 0), col_widths=[12, 16, 12, 10, 12, 12, 12, 12])
    p32 = ('Example Group UK Ltd,PAYE ref 120/EG84736,Tax month 8 (06/11/2026-05/12/2026)\r\n'
           'Item,Amount GBP\r\nPAYE tax,%.2f\r\nEmployee NIC,%.2f\r\nEmployer NIC,%.2f\r\nEmployment allowance,0.00\r\nTotal due to HMRC,%.2f\r\n'
           'Payment due,22/12/2026\r\n' % (tot[1], tot[2], tot[3], tot[1] + tot[2] + tot[3]))
    z = zipx.make_zip_encrypted([('EGUK_Payroll_Journal_Nov2026.xlsx', xlsx, (2026, 11, 26, 14, 1, 10)),
                                 ('EGUK_P32_Nov2026.csv', p32.encode('ascii'), (2026, 11, 26, 14, 1, 12))], pw, m.rng)
    text = """Hi Daniel,

please find attached the November payroll reports for Example Group UK Ltd (payroll journal and P32 summary) for your approval. BACS files will be submitted on 27 November for payment on 30 November as usual.

The attachment is password protected - I have sent the password to your mobile by text message as usual.

One change this month: Liam Fletcher's new bank details from Personio (approved by you this morning) will be used from this run; please double check on the journal.

Kind regards,

Joanne Clarke
Payroll Manager
Humberside Payroll Services Ltd
Tel: 01482 863 210"""
    html = bodies.fill_charset(bodies.outlook_html(text, 'EN-GB'), 'us-ascii')
    alt_b = '_000_%s_' % m.hex(44)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'us-ascii', 'quoted-printable'), mime.text(html, 'html', 'us-ascii', 'quoted-printable')], alt_b)
    att = mime.attachment(z, 'application/x-zip-compressed', 'EGUK_Payroll_Reports_Nov2026.zip', size=True,
                          date='Thu, 26 Nov 2026 14:05:31 GMT', description=True)
    root = mime.multipart('mixed', [alt, att], alt_b.replace('_000_', '_004_'))
    m.set_body(root)
    frm = HPAY['people']['clarke']
    h, mid = systems.m365(m, t, rcpt, frm, addr('Daniel Hughes', rcpt), 'EGUK payroll reports - November 2026 (tax month 8)',
                          tenant_id='c27f4a19-80d3-4b6e-95a2-1e7d3f0b8c64', langs='en-GB, en-US', content_lang='en-GB', has_attach=True,
                          lang_code='EN', edge=1, pre='CWLP265MB', region='GBRP265')
    m.assemble(h)


@reg('business', '12-en-microsoft-invoice-ready')
def b12(m):
    m.what = 'Microsoft 365 billing mail to the head of IT: "Your Microsoft invoice G071829346 is ready", amount and due date, link to the admin center'
    m.why = 'Genuine vendor invoice notice: microsoft-noreply@microsoft.com via EOP with DKIM d=microsoft.com, matches an existing subscription, links only to admin.microsoft.com, no phone number to call'
    m.topic = 'software-invoice'
    rcpt = P['thomas'][1]
    t = local_to_utc('UTC', 2026, 11, 3, 4, 17, 33)
    link = 'https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list'
    m.url(link, 'Microsoft 365 admin center')
    m.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'privacy statement')
    text = """Your invoice is ready

Billing account: Example Group Windservice GmbH
Billing profile: Example Group DE
Invoice number: G071829346
Invoice date: 01/11/2026
Billing period: 01/10/2026 - 31/10/2026
Amount due: 5.812,47 EUR
Due date: 01/12/2026

The amount will be collected by direct debit from the bank account on file. You don't need to take any action.

View your invoice in the Microsoft 365 admin center:
%s

This message was sent from an unmonitored email address. Please do not reply to this message.
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;color:#323130">
<table width="640" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px;font-size:28px;font-weight:600">Your invoice is ready</td></tr>
<tr><td style="padding:0 24px"><table cellpadding="6" style="font-size:14px;width:100%%;border:1px solid #edebe9">
<tr><td>Billing account</td><td>Example Group Windservice GmbH</td></tr><tr><td>Billing profile</td><td>Example Group DE</td></tr>
<tr><td>Invoice number</td><td>G071829346</td></tr><tr><td>Invoice date</td><td>01/11/2026</td></tr><tr><td>Billing period</td><td>01/10/2026 - 31/10/2026</td></tr>
<tr><td>Amount due</td><td><b>5.812,47 EUR</b></td></tr><tr><td>Due date</td><td>01/12/2026</td></tr></table></td></tr>
<tr><td style="padding:16px 24px;font-size:14px">The amount will be collected by direct debit from the bank account on file. You don't need to take any action.</td></tr>
<tr><td style="padding:0 24px 24px 24px"><a href="%s" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none;font-size:14px;display:inline-block">View invoice</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#605e5c;border-top:1px solid #edebe9">This message was sent from an unmonitored email address. Please do not reply to this message.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a><br>Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland</td></tr></table></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')], '_000_%s_' % m.hex(36))
    m.set_body(root)
    h, mid = systems.m365(m, t, rcpt, ('Microsoft', 'microsoft-noreply@microsoft.com'), rcpt,
                          'Your Microsoft invoice G071829346 is ready', org_domain='microsoft.com',
                          tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47', dmarc_p='reject', outlook_client=False, thread=False,
                          lang_code='EN', edge=2, pre='DM6PR21MB', region='namprd21')
    m.assemble(h)


@reg('business', '13-en-ceo-christmas-dinner-hull')
def b13(m):
    m.what = 'Internal: the CEO asks the Hull office manager to organise a Christmas dinner for the technicians through normal purchasing and the HR voucher scheme'
    m.why = 'Genuine internal request on a gift topic: Exchange route, CEO\'s real address, budget via purchase order / corporate card, vouchers through HR\'s benefits platform, nothing secret, colleagues copied'
    m.topic = 'gift'
    rcpt = P['sarah'][1]
    t = local_to_utc('CET', 2026, 11, 25, 10, 12, 50)
    text = """Hi Sarah,

the Hull team has had a tough December campaign ahead of them and a great year behind them, so I'd like to invite all technicians and office staff to a Christmas dinner on Friday, 18 December.

Could you book a place in Hull for about 35 people? Budget is up to GBP 55 per head incl. drinks; please raise a purchase order as usual (cost centre 4100) or use the corporate card and send the receipt to Daniel.

On top, every colleague in Hull will get the same GBP 50 Christmas voucher as in Germany. Anke is loading these through our benefits platform next week, so nothing for you to buy.

Craig knows about it and will say a few words. Thanks a lot for organising!

Best regards
Henrik

Dr. Henrik Petersen
CEO, Example Group"""
    html = bodies.fill_charset(bodies.outlook_html(text, 'EN-GB'), 'us-ascii')
    msgid = '<%s@exch01.corp.example.com>' % m.hex(32)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'us-ascii', 'quoted-printable'), mime.text(html, 'html', 'us-ascii', 'quoted-printable')],
                          docs.b_exchange(m, '000', msgid))
    m.set_body(root)
    cc = '%s, %s' % (addr('Craig Robson', P['craig'][1]), addr('Anke Sörensen', P['anke'][1], 'iso-8859-1'))
    h, _ = systems.exchange_internal(m, t, rcpt, ('Henrik Petersen', P['henrik'][1]), addr('Sarah Whitfield', rcpt),
                                     'Christmas dinner for the Hull team', cc=cc, client_ip='10.30.12.18', server=1, msgid=msgid,
                                     langs='de-DE, en-US', content_lang='en-GB')
    m.assemble(h)


@reg('business', '14-en-ariba-saltmarsh-sourcing-event')
def b14(m):
    m.what = 'SAP Business Network (Ariba) invitation from customer Saltmarsh Renewables to RFQ event Doc2118470923 "Blade inspection and LEP repair services 2027-2029"'
    m.why = 'Genuine trade-portal notification: no-reply@ansmtp.ariba.com via Ariba\'s SMTP (DKIM ansmtp.ariba.com), link to service.ariba.com, buyer contact on the customer\'s real domain, event announced by the customer beforehand'
    m.topic = 'trade-portal'
    rcpt = P['katrin'][1]
    t = local_to_utc('GB', 2026, 10, 12, 13, 30, 5)
    link = 'https://service.ariba.com/Sourcing.aw/109555001/aw?awh=r&awssk=%s&realm=saltmarsh&dard=1' % util.alnum(m.rng, 8)
    m.url(link, 'Ariba event')
    text = """Saltmarsh Renewables Ltd has invited you to participate in the following event: Doc2118470923 - Blade inspection and LEP repair services 2027-2029.

The event is scheduled to start on 12/10/2026 at 14:00 BST and to end on 30/10/2026 at 17:00 GMT.

Use the following username to log in to Saltmarsh Renewables Ltd events: katrin.wessel@example.com

Click here to access this event:
%s

If you do not have an SAP Business Network account, you will be prompted to create one before you can respond.

Questions about the event? Contact the event owner: Tom Bell, tom.bell@saltmarshrenewables.co.uk

If you are not the correct person to respond to this event, forward this email to the appropriate person in your organisation.

SAP Business Network, SAP Ariba, 3420 Hillview Avenue, Palo Alto, CA 94304, USA""" % link
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">' + \
        ''.join('<p>%s</p>' % bodies._inline(p).replace('\n', '<br>') for p in text.split('\n\n')) + '</body></html>'
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')],
                          docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('Saltmarsh Renewables Ltd', 'no-reply@ansmtp.ariba.com'), from_addr='no-reply@ansmtp.ariba.com',
             reply_to=addr('Tom Bell', 'tom.bell@saltmarshrenewables.co.uk'), to=rcpt, date=t, zone='UTC',
             subject='Saltmarsh Renewables Ltd has invited you to participate in an event: Doc2118470923',
             msgid='<%d.%d.JavaMail.ariba@sourcing-app%02d.ariba.com>' % (m.rng.randrange(10 ** 6, 10 ** 7), util.unix(t) * 1000, m.rng.randrange(1, 40)),
             event='Doc2118470923')
    m.assemble(shapes.ariba(m, t, rcpt, F))


@reg('business', '15-en-personio-bank-details-approval')
def b15(m):
    m.what = 'Personio notification to UK payroll: employee Liam Fletcher submitted a change of bank details in the HR portal, approval requested'
    m.why = 'Genuine payroll change done properly: the employee changed the data in the HR system himself (logged in with SSO), the mail only asks the approver to review inside Personio; sent via Personio\'s SES with DKIM'
    m.topic = 'payroll-change'
    rcpt = P['daniel'][1]
    t = local_to_utc('GB', 2026, 11, 26, 8, 41, 19)
    link = 'https://examplegroup.personio.de/approvals/requests/7745192'
    m.url(link, 'Personio approval')
    text = """Hi Daniel,

Liam Fletcher has requested a change to the following attribute(s):

Bank details (IBAN / account number, sort code)

Submitted: 26/11/2026 08:39
Employee: Liam Fletcher, Offshore Technician, Example Group UK Ltd

Please review and approve or reject the request in Personio:
%s

You receive this email because you are an approver for payroll-relevant changes.
Personio SE & Co. KG, Seidlstraße 3, 80335 Munich, Germany""" % link
    html = '<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f6f6f6">' \
           '<div style="max-width:560px;margin:24px auto;background:#fff;padding:28px">' + \
           ''.join('<p>%s</p>' % bodies._inline(p).replace('\n', '<br>') for p in text.split('\n\n')) + '</div></body></html>'
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')],
                          '--_NmP-%s-Part_1' % m.hex(16))
    m.set_body(root)
    F = dict(from_=addr('Personio', 'noreply@personio.de'), from_addr='noreply@personio.de', to=rcpt, date=t, zone='UTC',
             subject='Change request: Liam Fletcher - Bank details')
    h, mid = shapes.ses(m, t, rcpt, F, 'eu-central-1', dkim_domain='personio.de', mail_from_domain='mail.personio.de', dmarc_p='reject')
    m.assemble(h)


@reg('business', '16-en-dhl-express-delivery-notice')
def b16(m):
    m.what = 'DHL Express On Demand Delivery notice: shipment 4418027736 from SKF Sverige AB (bearing parts) will be delivered tomorrow, no duties due'
    m.why = 'Genuine courier mail: noreply.odd@dhl.com from DHL\'s gateway (DKIM d=dhl.com, DMARC reject), real shipment expected by spare-parts logistics, link to mydhl.express.dhl tracking, no attachment and no payment'
    m.topic = 'courier'
    rcpt = P['ole'][1]
    t = local_to_utc('CET', 2026, 12, 2, 6, 5, 12)
    link = 'https://mydhl.express.dhl/de/en/tracking.html#/results?id=4418027736'
    m.url(link, 'DHL tracking')
    m.url('https://odd.dhl.com/odd-online/de/en/4418027736', 'On Demand Delivery options')
    text = """DHL Express - Excellence. Simply delivered.

Your shipment is on its way

Waybill: 4418027736
From: SKF Sverige AB, Göteborg, Sweden
To: Example Group Windservice GmbH, Husum
Pieces: 3 (212.0 kg)
Scheduled delivery: Thursday, 03 December 2026, by end of day
Duties and taxes: none due (EU shipment)

Track your shipment: %s

Need to change the delivery? Use On Demand Delivery: https://odd.dhl.com/odd-online/de/en/4418027736

This is an automatically generated email, please do not reply.
DHL Express Germany GmbH, Heinrich-Brüning-Str. 5, 53113 Bonn""" % link
    html = '<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Frutiger,Arial,sans-serif;font-size:14px;color:#333">' \
           '<div style="background:#ffcc00;padding:14px 22px"><span style="color:#d40511;font-weight:bold;font-style:italic;font-size:26px">DHL</span></div>' \
           '<div style="padding:20px 22px">' + ''.join('<p>%s</p>' % bodies._inline(p).replace('\n', '<br>') for p in text.split('\n\n')[1:]) + '</div></body></html>'
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')],
                          docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('DHL Express', 'noreply.odd@dhl.com'), from_addr='noreply.odd@dhl.com', to=rcpt, date=t, zone='UTC',
             subject='DHL Express: your shipment 4418027736 from SKF Sverige AB is on its way',
             msgid='<%d.%d.JavaMail.odd@odd-mailer%02d.dhl.com>' % (m.rng.randrange(10 ** 6, 10 ** 7), util.unix(t) * 1000, m.rng.randrange(1, 20)))
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('smtp-out1.dhl.com', 'smtp-out1.dhl.com', '165.72.200.14'), 'dhl.com', 'dhl2048', 'reject',
                                    'odd-mailer07.dhl.com', zone='UTC'))

"""business/09-16: English-language genuine mail."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text, local
from lib.registry import scenario

HFM_SIG = ('Harbourside Facilities Management Ltd\nSpike Island, 133 Cumberland Road, Bristol BS1 6UX\n'
           'Registered in England & Wales No. 07741185')


# ---------------------------------------------------------------------------
@scenario('business', '09-en-entra-id-protection-users-at-risk.eml')
def b09(m):
    r = m.rng
    jonas = S('Weißmann')
    andreas = S('Becker')
    m.frm = ('Microsoft Entra ID Protection', 'MSSecurity-noreply@microsoft.com')
    m.to = [jonas]
    m.cc = [andreas]
    m.rcpt = [jonas[1], andreas[1]]
    m.mail_from = 'MSSecurity-noreply@microsoft.com'
    m.subject = 'Users at risk detected'
    m.date = T(2026, 11, 24, 14, 26, 7, 'GMT')
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'en-US', 'en-US'
    portal = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers'
    doc = 'https://learn.microsoft.com/entra/id-protection/howto-identity-protection-investigate-risk'
    body = ('Users at risk detected\n\nWe detected 1 user at risk in your organization Example Group '
            '(tenant ID a3c1f0d2-57b8-4e61-9d2a-6f0e8b14c973).\n\nUser: sarah.mitchell@example.com\nRisk level: High\n'
            'Risk detection: Unfamiliar sign-in properties, Anomalous token\nDetected: 11/24/2026 1:58 PM (UTC)\n\n'
            'View users flagged for risk in the Microsoft Entra admin center:\n%s\n\n'
            'To learn how to investigate and remediate risky users, see %s\n\n'
            'You are receiving this email because you are subscribed to "Users at risk detected" alerts. '
            'Microsoft will never ask you for your password or MFA codes by email.\n\n'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n') % (portal, doc)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f3f2f1">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#323130">'
            '<tr><td style="padding:20px 24px 4px 24px;font-size:13px;color:#605e5c">Microsoft Entra ID Protection</td></tr>'
            '<tr><td style="padding:0 24px 12px 24px;font-size:24px;font-weight:600">Users at risk detected</td></tr>'
            '<tr><td style="padding:0 24px 16px 24px;font-size:14px;line-height:20px">We detected <b>1 user at risk</b> in your '
            'organization <b>Example Group</b>.</td></tr>'
            '<tr><td style="padding:0 24px"><table cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #edebe9;width:100%">'
            '<tr style="background:#faf9f8"><td><b>User</b></td><td><b>Risk level</b></td><td><b>Detection</b></td><td><b>Detected (UTC)</b></td></tr>'
            '<tr><td>sarah.mitchell@example.com</td><td style="color:#a4262c">High</td><td>Unfamiliar sign-in properties, Anomalous token</td>'
            '<td>11/24/2026 1:58 PM</td></tr></table></td></tr>'
            '<tr><td style="padding:20px 24px"><a href="' + _h.escape(portal) + '" style="background:#0078d4;color:#ffffff;padding:9px 18px;'
            'text-decoration:none;font-size:14px">View users flagged for risk</a></td></tr>'
            '<tr><td style="padding:0 24px 16px 24px;font-size:13px">Learn how to <a href="' + doc + '" style="color:#0078d4">investigate '
            'and remediate risky users</a>.</td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#605e5c;border-top:1px solid #edebe9">You are receiving this email '
            'because you are subscribed to "Users at risk detected" alerts. Microsoft will never ask you for your password or MFA codes '
            'by email.<br><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a></td></tr>'
            '</table></td></tr></table></body></html>\n')
    region = 'NAM'
    bnd = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    body_obj = Multipart('alternative', [text(body, 'plain', 'utf-8', 'base64'), text(html, 'html', 'utf-8', 'base64')], bnd)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='en', dkim_selector='selector2',
                                            tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47', mapi=False,
                                            sender_ip='10.%d.%d.%d' % (r.randrange(1, 200), r.randrange(255), r.randrange(2, 250)))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'microsoft.com'), dkim=[('pass', 'microsoft.com', 'selector2', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'microsoft.com')), body_obj)
    m.fact('urls', portal, doc)
    m.what = 'Microsoft Entra ID Protection alert to the IT security admins: one user (the UK office manager) flagged high risk – unfamiliar sign-in properties and anomalous token – on 24 Nov, the day of the help-desk pretext.'
    m.why = 'Genuine security notice from Microsoft\'s own tenant (microsoft.com, DKIM/DMARC aligned) to the subscribed admins; links only to entra.microsoft.com and learn.microsoft.com; asks for nothing.'
    m.hard_negative_of = (['11-en-oauth-consent-acrobat-sign.eml', '13-en-helpdesk-quick-assist.eml', '19-it-mfa-qr-inline-ses.eml'],
                          'Microsoft-branded security / sign-in mail',
                          'Genuine microsoft.com sender and infrastructure, admin alert about the tenant, links to the admin portal only.')


# ---------------------------------------------------------------------------
@scenario('business', '10-en-harbourside-rfq-xlsx.eml')
def b10(m):
    r = m.rng
    james = S('Whitfield')
    sarah = S('Mitchell')
    rebecca = ('Rebecca Hughes', 'rebecca.hughes@harbourside-fm.co.uk')
    m.frm = rebecca
    m.to = [james]
    m.cc = [sarah]
    m.rcpt = [james[1], sarah[1]]
    m.mail_from = rebecca[1]
    m.subject = 'RFQ HFM-2027-014: Annual fire protection servicing - 14 client sites (Bristol & South West)'
    m.date = T(2026, 10, 20, 15, 8, 30, 'GMT')
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'en-GB, en-US', 'en-GB'
    m.has_attach = True
    sites = [('Cabot Quay', 'Bristol BS1', 'Wet sprinkler, 2 valve sets', 1450, 310),
             ('Temple Gate House', 'Bristol BS1', 'Wet sprinkler + dry riser', 620, 140),
             ('Avonmouth DC 2', 'Bristol BS11', 'ESFR, diesel pump set', 2100, 95),
             ('Aztec West Unit 6', 'Bristol BS32', 'Wet sprinkler', 540, 60),
             ('Southmead Clinic', 'Bristol BS10', 'Extinguishers only', 0, 85),
             ('Bath Spa Offices', 'Bath BA1', 'Wet sprinkler + FM-200 server room', 380, 70),
             ('Gloucester Quays Retail', 'Gloucester GL1', 'Wet sprinkler, 3 valve sets', 1980, 220),
             ('Exeter Science Park B3', 'Exeter EX5', 'Pre-action (labs)', 410, 55),
             ('Swindon Logistics Hub', 'Swindon SN3', 'ESFR, electric + diesel pumps', 2650, 120),
             ('Taunton Civic Centre', 'Taunton TA1', 'Wet sprinkler', 720, 90),
             ('Weston Retail Park', 'Weston-super-Mare BS24', 'Extinguishers, hose reels', 0, 140),
             ('Yate Business Centre', 'Yate BS37', 'Wet sprinkler', 300, 45),
             ('Cheltenham Office Campus', 'Cheltenham GL50', 'Wet sprinkler + IG-55 archive', 890, 110),
             ('Plymouth Marine Store', 'Plymouth PL4', 'Foam deluge + extinguishers', 0, 60)]
    rows = [['Site', 'Location', 'System', 'Sprinkler heads (approx.)', 'Portable extinguishers', 'Annual service price (GBP)',
             'Quarterly visits included (Y/N)', 'Remarks']]
    for s in sites:
        rows.append([s[0], s[1], s[2], s[3], s[4], None, None, None])
    xlsx = containers.make_xlsx([('Pricing schedule', rows), ('Instructions', [['Instructions for tenderers'],
                                 ['Please complete columns F-H for every site. Prices excl. VAT, valid for 12 months from 01/01/2027.'],
                                 ['Servicing to BS EN 12845 / LPC rules, BS 5306-3 (extinguishers).'],
                                 ['Return by 6 November 2026, 12:00, to rebecca.hughes@harbourside-fm.co.uk']])],
                                creator='Rebecca Hughes', title='HFM-2027-014 Pricing schedule', created='2026-10-20T14:31:00Z',
                                date_time=(2026, 10, 20, 15, 31, 0))
    scope = kit.letter_pdf(['Harbourside Facilities Management Ltd', 'Spike Island, 133 Cumberland Road, Bristol BS1 6UX'],
                           ['Example Fire Protection Ltd', 'Unit 12, Tyburn Trading Estate', 'Birmingham B24 9QG'],
                           'Bristol, 20 October 2026', 'RFQ HFM-2027-014 - Scope of works: fire protection servicing 2027',
                           ['1. Planned preventive maintenance of sprinkler systems to BS EN 12845 and LPC Rules incl. weekly test '
                            'training for site staff, quarterly and annual inspections, 3-yearly and 25-year inspections where due.',
                            '2. Annual service of portable extinguishers to BS 5306-3, extended service and replacement where required.',
                            '3. Gaseous systems (FM-200, IG-55): 6-monthly inspection to BS EN 15004, room integrity test annually.',
                            '4. Reactive call-out: 4 h response (sprinkler impairment), 24/7 helpdesk.',
                            '5. Reporting via Harbourside CAFM portal; certificates uploaded within 5 working days.',
                            'Commercial terms: NEC4 Term Service Short Contract, payment 30 days end of month.'],
                           'Rebecca Hughes\nProcurement Manager', creator='Microsoft® Word for Microsoft 365',
                           producer='Microsoft® Word for Microsoft 365', pdfdate="D:20261020141200+01'00'", accent=(0.0, 0.35, 0.55))
    body = ('Hi James,\n\nFollowing our call last week, please find attached our request for quotation HFM-2027-014 for the annual '
            'fire protection servicing of 14 client sites in Bristol and the South West, starting 1 January 2027.\n\n'
            'Attached:\n- Scope of works (PDF)\n- Pricing schedule (Excel) - please complete columns F to H for every site\n\n'
            'Site visits can be arranged with Tom Ashby (tom.ashby@harbourside-fm.co.uk) during weeks 44 and 45. '
            'The return date is Friday 6 November 2026, 12:00. Please send your submission to me and copy Tom.\n\n'
            'If you have any questions, give me a call.\n\nKind regards,\n\nRebecca Hughes\nProcurement Manager\n'
            'T: 0117 496 0388\n%s\n') % HFM_SIG
    html = kit.outlook_html(body, 'en', 'windows-1252')
    region = 'GBR'
    host = sy.m365_hosts(m, region)[0][1]
    bnd_m, bnd_a = kit.boundary(r, 'outlook_m365', host), kit.boundary(r, 'outlook_m365', host)
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'windows-1252', 'quoted-printable'),
                                                             text(html, 'html', 'windows-1252', 'quoted-printable')], bnd_a),
                                   attachment(scope, 'HFM-2027-014 Scope of Works.pdf', 'application/pdf', 'outlook', r, plus(m.date, -600)),
                                   attachment(xlsx, 'HFM-2027-014 Pricing Schedule.xlsx',
                                              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'outlook', r, plus(m.date, -300))], bnd_m)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='en', dkim_selector='selector1',
                                            tenant_id='5d2e8a41-9c07-4f3b-b1e6-7a90c3f25d18')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'harbourside-fm.co.uk'), dkim=[('pass', 'harbourside-fm.co.uk', 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'harbourside-fm.co.uk')), body_obj)
    m.fact('phones', '0117 496 0388')
    m.what = 'Customer RFQ from Harbourside FM: annual servicing of 14 sites, with scope of works (PDF) and pricing schedule (XLSX).'
    m.why = 'Known customer contact via its own M365 tenant (auth aligned), follows a phone call, attachments are plain documents to fill in, no links to portals, realistic trade scope (BS EN 12845, BS 5306-3).'
    m.hard_negative_of = (['12-en-rfq-data-centre-pdf-lure.eml'], 'Request for quotation', 'Known customer, documents attached directly, no external login portal.')


# ---------------------------------------------------------------------------
@scenario('business', '11-en-hmrc-new-message.eml')
def b11(m):
    r = m.rng
    david = S('Clarke')
    m.frm = ('HMRC', 'noreply@tax.service.gov.uk')
    m.to = [david]
    m.rcpt = [david[1]]
    m.mail_from = '%s@eu-west-1.amazonses.com' % ('0102' + r.hex(12) + '-' + r.uuid() + '-000000')
    m.subject = 'You have a new message from HMRC'
    m.date = T(2026, 11, 10, 9, 41, 3, 'GMT')
    m.date_zone = 'UTC'
    body = ('Dear Example Fire Protection Ltd\n\nYou have a new message about VAT in your HMRC online account.\n\n'
            'To read it, sign in to your HMRC online account.\n\nFor security reasons, we have not included a link to your '
            'account in this email.\n\nFrom HMRC\n\n---\n\nBe aware of phishing emails. HMRC will never ask for personal or '
            'payment information by email or text message. If you receive a suspicious email, forward it to '
            'phishing@hmrc.gov.uk and then delete it.\n')
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">'
            '<table role="presentation" width="100%" style="border-collapse: collapse;min-width: 100%;width: 100% !important;" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td width="100%" height="53" bgcolor="#0b0c0c"><table role="presentation" width="100%" style="border-collapse: collapse;max-width: 580px;" cellpadding="0" cellspacing="0" border="0" align="center">'
            '<tr><td width="70" bgcolor="#0b0c0c" valign="middle"><span style="font-family: Helvetica, Arial, sans-serif; font-weight: 700; color: #ffffff; font-size: 28px; line-height: 1.315789474; padding-left: 10px;">GOV.UK</span></td></tr></table></td></tr></table>'
            '<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%">'
            '<tr><td width="10" height="10" valign="middle"></td><td><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;"><tr><td bgcolor="#1D70B8" width="100%" height="10"></td></tr></table></td><td width="10" valign="middle" height="10"></td></tr>'
            '</table><table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%">'
            '<tr><td width="10" valign="middle"><br></td><td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; max-width: 560px;">'
            + ''.join('<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">%s</p>' % _h.escape(p).replace('\n', '<br>')
                      for p in body.rstrip('\n').split('\n\n') if p != '---')
            + '</td><td width="10" valign="middle"><br></td></tr></table></body></html>\n')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset="UTF-8"'),
                                         text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset="UTF-8"')], bnd)
    m.client_extra = [('X-Notify-Service', 'hmrc-digital-mail')]
    hdrs, conn, tmx, bees = sy.ses(m, m.date, region='eu-west-1', dkim_domain='tax.service.gov.uk', dkim_selector='notify1')
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'eu-west-1.amazonses.com'),
                                         dkim=[('pass', 'tax.service.gov.uk', 'notify1', 2048, bees[0][1]), ('pass', 'amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 1024, bees[1][1])],
                                         dmarc=('pass', 'reject', 'tax.service.gov.uk')), body_obj)
    m.fact('other', 'phishing@hmrc.gov.uk reporting address')
    m.what = 'HMRC notification (GOV.UK Notify): a new VAT message is waiting in the online account; deliberately no link.'
    m.why = 'Government sender domain with aligned DKIM through GOV.UK Notify/SES, no link, no attachment, no request for data, anti-phishing advice.'
    m.hard_negative_of = (['27-es-aeat-expediente-sancionador.eml', '32-el-aade-epistrofi-foroy.eml'],
                          'Tax-authority notification', 'Real government domain, no link or download, tells the user to sign in independently.')


# ---------------------------------------------------------------------------
@scenario('business', '12-en-it-mfa-announcement-internal.eml')
def b12(m):
    r = m.rng
    andreas = S('Becker')
    m.frm = andreas
    m.to = [('All staff Example Group', 'all-staff@example.com')]
    m.rcpt = [s[1] for s in data.STAFF if s[1].endswith('@example.com')][:12]
    m.mail_from = andreas[1]
    m.subject = 'From 30 November: new sign-in protection (number matching and passkeys) - please read'
    m.date = T(2026, 11, 19, 8, 2, 11)
    m.accept_language, m.content_language = 'de-DE, en-US', 'en-US'
    body = ('Dear colleagues,\n\nfrom Monday 30 November we are switching all Microsoft 365 sign-ins (Teams, OneDrive, '
            'Outlook on the web) to phishing-resistant methods:\n\n- Microsoft Authenticator with number matching: the app '
            'asks you to type the two-digit number shown on the sign-in screen.\n- Passkeys on your company phone for everyone '
            'who travels or works on customer sites.\n- Codes by SMS will be switched off.\n\nWhat you need to do: nothing '
            'before 30 November. On your first sign-in after that date you will be guided through the registration. The '
            'Service Desk will run drop-in sessions in Hannover, Milan and Birmingham (dates on the intranet).\n\n'
            'Please remember - IT will NEVER:\n- ask you for a code from the Authenticator app or by SMS,\n- ask you to '
            'approve a sign-in that you did not start yourself,\n- ask you to enter a code at microsoft.com/devicelogin,\n'
            '- contact you unannounced via Teams and ask you to start Quick Assist or any other remote tool,\n- write to '
            'you from an address outside example.com / examplegroup.eu.\n\nIf anything like this happens, please forward '
            'the message to security@example.com or call the Service Desk on +49 511 5468 199.\n\nThank you!\n\n'
            'Andreas Becker\nHead of IT\nExample Group\n')
    html = kit.outlook_html(body, 'en', 'utf-8')
    bnd = kit.boundary(r, 'exchange')
    body_obj = Multipart('alternative', [text(body, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')], bnd)
    hdrs, conn, tmx = sy.exchange_internal(m, m.date, mbx='EXCH01', hub='EXCH02')
    m.finish(hdrs, conn, plus(tmx, 1), None, body_obj, tls=sy.TLS12)
    m.fact('phones', '+49 511 5468 199')
    m.fact('urls', 'microsoft.com/devicelogin')
    m.what = 'Internal IT announcement to all staff: switch to number matching and passkeys on 30 November, list of things IT will never ask.'
    m.why = 'Internal Exchange transport from the real head of IT, informative, no link to click, no credential request – it is the reference against help-desk and device-code pretexts.'
    m.hard_negative_of = (['13-en-helpdesk-quick-assist.eml', '10-en-devicecode-partner-hijack.eml'],
                          'IT / MFA change announcement', 'Internal sender and route; explicitly warns against the very actions the attacks request.')


# ---------------------------------------------------------------------------
@scenario('business', '13-en-teams-invite-harbourside.eml')
def b13(m):
    r = m.rng
    james = S('Whitfield')
    tom = ('Tom Ashby', 'tom.ashby@harbourside-fm.co.uk')
    m.frm = tom
    m.to = [james, ('Rebecca Hughes', 'rebecca.hughes@harbourside-fm.co.uk')]
    m.rcpt = [james[1]]
    m.mail_from = tom[1]
    m.subject = 'Quarterly service review Q4 - Harbourside / Example Fire Protection'
    m.date = T(2026, 11, 2, 10, 15, 2, 'GMT')
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'en-GB, en-US', 'en-GB'
    start, end = T(2026, 11, 12, 14, 0, 0, 'GMT'), T(2026, 11, 12, 15, 0, 0, 'GMT')
    thread = '19%%3ameeting_%s%%40thread.v2' % r.alnum(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    tid = '5d2e8a41-9c07-4f3b-b1e6-7a90c3f25d18'
    oid = r.uuid()
    join = 'https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (thread, tid, oid)
    meeting_id, passcode = '371 552 904 118 3', r.alnum(6, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    body = ('Hi James,\n\nAs agreed, our quarterly service review for Q4. Agenda:\n1. Open impairments and remedials (Cabot Quay '
            'valve set 2)\n2. Certificates outstanding\n3. 2027 servicing RFQ - timeline\n\nThanks,\nTom\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n%s\nMeeting ID: %s\nPasscode: %s\n'
            'Need help? https://aka.ms/JoinTeamsMeeting?omkt=en-GB\n'
            '________________________________________________________________________________\n') % (join, meeting_id, passcode)
    html = kit.owa_html(body.replace(join, '[Join the meeting now](%s)' % join), lang='en')
    uid = '040000008200E00074C5B7101A82E008' + r.hex(56, True)
    dtstamp = mime.local(m.date, 'UTC').strftime('%Y%m%dT%H%M%SZ')
    ics = ('BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\n'
           'TZID:GMT Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\n'
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\n'
           'TZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\n'
           'END:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Tom Ashby:mailto:tom.ashby@harbourside-fm.co.uk\n'
           'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@examplegroup.eu\n'
           'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca Hughes:mailto:rebecca.hughes@harbourside-fm.co.uk\n'
           'DESCRIPTION;LANGUAGE=en-GB:Agenda: open impairments\\, certificates\\, 2027 RFQ timeline.\\n\\nMicrosoft Teams meeting\\nJoin: %s\\nMeeting ID: %s\\nPasscode: %s\n'
           'UID:%s\nSUMMARY;LANGUAGE=en-GB:Quarterly service review Q4 - Harbourside / Example Fire Protection\n'
           'DTSTART;TZID=GMT Standard Time:20261112T140000\nDTEND;TZID=GMT Standard Time:20261112T150000\nCLASS:PUBLIC\n'
           'PRIORITY:5\nDTSTAMP:%s\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\n'
           'X-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n'
           'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n'
           'X-MICROSOFT-SKYPETEAMSMEETINGURL:%s\nX-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n'
           'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT\nX-MICROSOFT-ISRESPONSEREQUESTED:TRUE\nBEGIN:VALARM\nDESCRIPTION:REMINDER\n'
           'TRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n') % (join, meeting_id, passcode, uid, dtstamp, join)
    # fold ICS lines at 75 octets as RFC 5545 requires
    folded = []
    for line in ics.split('\n'):
        while len(line.encode('utf-8')) > 75:
            folded.append(line[:74])
            line = ' ' + line[74:]
        folded.append(line)
    ics = '\r\n'.join(folded)
    region = 'GBR'
    bnd = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    cal = Part('text/calendar', ics, 'utf-8', 'base64', ctype_value='text/calendar; charset="utf-8"; method=REQUEST')
    body_obj = Multipart('alternative', [text(body, 'plain', 'us-ascii', 'quoted-printable'), text(html, 'html', 'us-ascii', 'quoted-printable'), cal], bnd)
    m.client_extra = [('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + r.alnum(40)),
                      ('x-ms-exchange-calendar-originator-id', r.uuid())]
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='en', dkim_selector='selector1', tenant_id=tid)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'harbourside-fm.co.uk'), dkim=[('pass', 'harbourside-fm.co.uk', 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'harbourside-fm.co.uk')), body_obj)
    m.fact('urls', join)
    m.what = 'Teams meeting invitation (text/calendar REQUEST) from the customer\'s contracts manager for the Q4 service review.'
    m.why = 'Same customer tenant as the device-code attack but a normal Exchange Online meeting request: real teams.microsoft.com join link, agenda about actual open items, no codes to enter on third-party pages.'
    m.hard_negative_of = (['10-en-devicecode-partner-hijack.eml'], 'Mail from Harbourside contact Tom Ashby',
                          'Regular Teams invite with calendar part; the attack instead asks to enter a code at microsoft.com/devicelogin.')


# ---------------------------------------------------------------------------
@scenario('business', '14-en-trade-newsletter-mailchimp.eml')
def b14(m):
    r = m.rng
    james = S('Whitfield')
    dom = 'firetechreview.co.uk'
    m.frm = ('FireTech Review', 'news@' + dom)
    m.to = [james]
    m.rcpt = [james[1]]
    user, camp = r.hex(25), r.hex(10)
    m.mail_from = 'bounce-mc.us%d_%d.%d-james.whitfield=examplegroup.eu@mail%d.suw%d.mcdlv.net' % (r.randrange(1, 22), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6), r.randrange(100, 200), r.randrange(11, 41))
    m.subject = 'This week: BS 9251 sprinkler update, lithium-ion storage guidance, FIA awards shortlist'
    m.date = T(2026, 10, 29, 7, 30, 0, 'GMT')
    m.date_zone = 'UTC'
    m.msgid = '%s.%s@mail%d.suw%d.mcdlv.net' % (r.hex(32), r.hex(8), r.randrange(100, 200), r.randrange(11, 41))
    arts = [('BS 9251:2026 published - what changes for residential sprinkler installers', 'https://www.firetechreview.co.uk/news/bs-9251-2026-what-changes'),
            ('Lithium-ion battery storage: new insurer guidance for warehouses', 'https://www.firetechreview.co.uk/features/li-ion-storage-guidance'),
            ('Fire Industry Awards 2026: the shortlist', 'https://www.firetechreview.co.uk/events/fire-industry-awards-2026-shortlist')]
    track = 'https://firetechreview.us%d.list-manage.com/track/click?u=%s&id=%s&e=%s' % (r.randrange(1, 22), user, r.hex(10), r.hex(10))
    unsub = 'https://firetechreview.us%d.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (r.randrange(1, 22), user, r.hex(10), r.hex(10), camp)
    html = ['<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>FireTech Review</title></head>'
            '<body style="margin:0;padding:0;background:#f4f4f4"><center><table width="600" style="background:#fff;font-family:Georgia,serif">'
            '<tr><td style="padding:20px;font-size:28px;color:#c62828;font-weight:bold">FireTech Review</td></tr>']
    plain = ['FireTech Review - weekly briefing\n']
    for t_, u in arts:
        html.append('<tr><td style="padding:10px 20px;font-size:18px"><a href="%s" style="color:#222">%s</a></td></tr>' % (_h.escape(u), _h.escape(t_)))
        plain.append('%s\n%s\n' % (t_, u))
        m.fact('urls', u)
    html.append('<tr><td style="padding:16px 20px;font-size:11px;color:#777;font-family:Arial">Copyright (C) 2026 FireTech Review Ltd. '
                'You are receiving this because you subscribed at firetechreview.co.uk.<br><a href="%s">Unsubscribe</a></td></tr>'
                '</table></center><img src="https://firetechreview.us19.list-manage.com/track/open.php?u=%s&id=%s" height="1" width="1" alt=""></body></html>\n'
                % (_h.escape(unsub), user, camp))
    plain.append('Unsubscribe: %s\n' % unsub)
    bnd = kit.boundary(r, 'mailchimp')
    body_obj = Multipart('alternative', [text('\n'.join(plain), 'plain', 'utf-8', 'quoted-printable'),
                                         text(''.join(html), 'html', 'utf-8', 'quoted-printable')], bnd)
    m.client_extra = [('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us19_%s@unsubscribe.mailchimpapp.net>' % (unsub, user)),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                      ('List-ID', '%s mc list <%s.%s.x.list-id.mcsv.net>' % (user, user, r.hex(10)))]
    hdrs, conn, tmx, bees = sy.mailchimp(m, m.date, dom, r.hex(10), camp, user)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', m.mail_from.split('@')[1]), dkim=[('pass', dom, 'k2', 2048, bees[0][1]), ('pass', 'mcdlv.net', 'k3', 2048, bees[1][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', unsub)
    m.what = 'Weekly trade newsletter (FireTech Review) via Mailchimp: BS 9251 update, lithium-ion storage, industry awards.'
    m.why = 'Subscribed newsletter with aligned DKIM, Mailchimp list headers and one-click unsubscribe; links to the publisher\'s site.'
    m.hard_negative_of = (['09-en-remittance-svg-sendgrid.eml'], 'Mail delivered through a bulk e-mail provider',
                          'Sender domain matches the DKIM signer and the content, no attachment, no login.')


# ---------------------------------------------------------------------------
@scenario('business', '15-en-christmas-vouchers-internal.eml')
def b15(m):
    r = m.rng
    sarah = S('Mitchell')
    m.frm = sarah
    m.to = [('UK Office', 'uk-office@example.com')]
    m.rcpt = [S('Clarke')[1], S('Whitfield')[1]]
    m.mail_from = sarah[1]
    m.subject = 'Christmas vouchers - collect from reception from Wednesday'
    m.date = T(2026, 12, 14, 9, 12, 40, 'GMT')
    m.accept_language, m.content_language = 'en-GB, en-US', 'en-GB'
    m.date_zone = 'GMT'
    body = ('Hi all,\n\nGood news - as every year, Thomas and the board have approved a Christmas thank-you for everyone in the UK '
            'team: a GBP 75 Love2shop voucher per person (pro rata for part-time colleagues).\n\nThe vouchers are in the safe at '
            'reception. Please collect yours from Wednesday 16 December and sign the list. Field engineers: Dave will bring '
            'yours to the depot on Thursday.\n\nThe vouchers are a taxable benefit and will be processed through the December '
            'payroll (PAYE settlement agreement, so nothing to pay for you).\n\nPS: We will never ask anyone to BUY gift cards '
            'or to send card codes by email or text. If you get a request like that - even if it looks like it comes from '
            'Thomas or me - please do not reply and forward it to security@example.com.\n\nThanks and have a lovely Christmas!\n'
            'Sarah\n\nSarah Mitchell\nOffice Manager\nExample Fire Protection Ltd\nT: +44 121 386 5740\n')
    html = kit.outlook_html(body, 'en', 'us-ascii')
    bnd = kit.boundary(r, 'exchange')
    body_obj = Multipart('alternative', [text(body, 'plain', 'us-ascii', '7bit'), text(html, 'html', 'us-ascii', 'quoted-printable')], bnd)
    hdrs, conn, tmx = sy.exchange_internal(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 1), None, body_obj, tls=sy.TLS12)
    m.fact('phones', '+44 121 386 5740')
    m.what = 'Internal note from the UK office manager: staff Christmas vouchers to collect at reception, processed via payroll.'
    m.why = 'Internal Exchange route, vouchers are handed out (not bought by staff), formal approval and payroll process, explicit warning about gift-card scams.'
    m.hard_negative_of = (['16-en-gift-cards-ceo-lookalike.eml'], 'Gift cards / vouchers', 'Company gives vouchers through reception and payroll; nobody is asked to buy cards or send codes.')


# ---------------------------------------------------------------------------
@scenario('business', '16-en-wetransfer-fire-strategy-drawings.eml')
def b16(m):
    r = m.rng
    james = S('Whitfield')
    sender = 'm.reid@hollis-architects.co.uk'
    m.frm = ('WeTransfer', 'noreply@wetransfer.com')
    m.reply_to = (None, sender)
    m.to = [james]
    m.rcpt = [james[1]]
    m.mail_from = '%s@eu-west-1.amazonses.com' % ('0102' + r.hex(12) + '-' + r.uuid() + '-000000')
    m.subject = '%s sent you Cabot Quay - fire strategy drawings rev C' % sender
    m.date = T(2026, 11, 26, 16, 44, 8, 'GMT')
    m.date_zone = 'UTC'
    short = 'https://we.tl/t-%s' % r.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')
    files = [('CQ-HA-XX-ZZ-DR-A-9001_Fire_Strategy_GF-L3_revC.pdf', '48.2 MB'),
             ('CQ-HA-XX-ZZ-DR-A-9002_Sprinkler_Zones_revC.pdf', '36.7 MB'),
             ('CQ-HA-Fire_Strategy_Report_revC.docx', '2.1 MB')]
    message = ('Hi James, as promised the revised fire strategy drawings for Cabot Quay (rev C - changes clouded). '
               'Sprinkler zone boundaries on L2 have moved, see 9002. Best, Martin')
    plain = ('%s\nsent you some files\n\n3 files, 87 MB in total - Expires on 3 December 2026\n\n%s\n\n%s\n\nGet your files: %s\n\n'
             'To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.\n\n'
             'About WeTransfer - Help - Legal - Report this transfer as spam\n') % (
        sender, '\n'.join('%s  %s' % f for f in files), message, short)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="margin:0;background:#f4f4f4;font-family:\'Inter\',Helvetica,Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:40px 16px">'
            '<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px">'
            '<tr><td style="padding:32px 40px 8px 40px;font-size:22px;font-weight:600;color:#17181a">' + _h.escape(sender) + '<br>'
            '<span style="font-weight:400">sent you some files</span></td></tr>'
            '<tr><td style="padding:8px 40px;font-size:14px;color:#6a6d70">3 files, 87 MB in total &middot; Expires on 3 December 2026</td></tr>'
            '<tr><td style="padding:16px 40px"><a href="' + _h.escape(short) + '" style="background:#3767ea;color:#fff;font-size:15px;'
            'text-decoration:none;padding:12px 28px;border-radius:22px;display:inline-block">Get your files</a></td></tr>'
            '<tr><td style="padding:8px 40px;font-size:14px;color:#17181a">' + _h.escape(message) + '</td></tr>'
            '<tr><td style="padding:16px 40px;font-size:13px;color:#17181a">' + '<br>'.join('%s <span style="color:#6a6d70">%s</span>' % (_h.escape(a), b) for a, b in files) + '</td></tr>'
            '<tr><td style="padding:24px 40px;font-size:11px;color:#6a6d70">To make sure our emails arrive, please add noreply@wetransfer.com to your contacts. '
            '<a href="https://wetransfer.com/about" style="color:#6a6d70">About WeTransfer</a> &middot; '
            '<a href="https://help.wetransfer.com" style="color:#6a6d70">Help</a> &middot; '
            '<a href="https://wetransfer.com/legal/terms" style="color:#6a6d70">Legal</a></td></tr>'
            '</table></td></tr></table></body></html>\n')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset=UTF-8'),
                                         text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8')], bnd)
    hdrs, conn, tmx, bees = sy.ses(m, m.date, region='eu-west-1', dkim_domain='wetransfer.com', dkim_selector='wt1')
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'eu-west-1.amazonses.com'),
                                         dkim=[('pass', 'wetransfer.com', 'wt1', 2048, bees[0][1]), ('pass', 'amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 1024, bees[1][1])],
                                         dmarc=('pass', 'quarantine', 'wetransfer.com')), body_obj)
    m.fact('urls', short)
    m.what = 'WeTransfer notification: the project architect sends revised fire strategy and sprinkler zone drawings (3 files, 87 MB).'
    m.why = 'WeTransfer\'s own domain via SES (aligned DKIM), sender is a known project architect, file names follow the project\'s drawing numbering, link to we.tl; large CAD/PDF files are normal for this channel.'
    m.hard_negative_of = (['21-it-dropbox-condivisione-abusata.eml', '30-es-sharepoint-licitacion-tenant-comprometido.eml'],
                          'File-sharing platform notification', 'Known counterpart and concrete project files; the attacks use unknown or impersonated sharer accounts.')

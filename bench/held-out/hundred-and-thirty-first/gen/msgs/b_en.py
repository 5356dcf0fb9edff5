# -*- coding: utf-8 -*-
"""business/ 09-16 (English)."""
from .common import *


def hartley():
    return M365(domain='hartleybrooke.co.uk', region='uk', lang='en-GB', mimecast=dict(n=151, ip='185.58.86.151'),
                tenant_id='a3f1c7d2-5e88-4b09-9c6e-12d4b7f0e8a1')


def pennine():
    return M365(domain='penninehospitals.co.uk', region='uk', lang='en-GB', tenant_id='0d9b6e21-7c43-4f8a-b5e2-6a1f3c8d9e07')


def ics_fold(line):
    b = line.encode('utf-8')
    out = []
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b'\r\n '.join(out).decode('utf-8')


# ---------------------------------------------------------------------------------------------- 09
@msg('business', '09-en-hartley-audit-planning-teams-invite')
def _(m):
    m.when = ('2026-11-10 09:14:27', 'UK')
    m.frm = ('Emma Whitfield', 'emma.whitfield@hartleybrooke.co.uk')
    m.to = [P('david.clarke'), P('sarah.mitchell')]
    m.cc = [('Raj Patel', 'raj.patel@hartleybrooke.co.uk')]
    m.subject = 'Example Group UK - year-end audit 2026 planning meeting'
    m.system = hartley()
    m.hdr_charset = 'us-ascii'
    join = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRmYjQ2ZDEtOGE1Yy00YzE3LWI5MjAtM2Q4ZTFmNmE3YzI0%40'
            'thread.v2/0?context=%7b%22Tid%22%3a%22a3f1c7d2-5e88-4b09-9c6e-12d4b7f0e8a1%22%2c%22Oid%22%3a%22'
            '6e2d8b40-1f7c-4a93-8d05-b91c3e7f2a64%22%7d')
    text = ('Hi David, hi Sarah,\n\n'
            'As discussed on the phone last week, I have put in our planning meeting for the 2026 year-end audit of '
            'Example Group Diagnostics UK Ltd. Agenda:\n\n'
            '- timetable for interim (w/c 30 November) and final fieldwork (February)\n'
            '- PBC list and document exchange (Raj will share the usual client folder on our SharePoint portal)\n'
            '- revenue recognition for the NHS and private hospital contracts\n'
            '- group reporting deadlines from Heidelberg\n\n'
            'We will never ask you to sign in with your Example Group account or to enter codes anywhere; everything '
            'comes through the client folder invitation from SharePoint as last year.\n\n'
            'Kind regards,\nEmma\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams meeting\n'
            'Join on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\n'
            'Meeting ID: 382 194 776 205\nPasscode: Xq7hB2\n'
            '________________________________________________________________________________\n\n'
            'Emma Whitfield ACA\nAudit Manager\nHartley Brooke LLP | 1 Spinningfields Square | Manchester M3 3AP\n'
            'T: +44 161 832 4410\n') % join
    html = outlook_html(text.replace('Click here to join the meeting<%s>' % join, 'Click here to join the meeting'),
                        lang='EN-GB', charset='us-ascii', font='Aptos')
    html = html.replace('Click here to join the meeting<o:p>', '<a href="%s">Click here to join the meeting</a><o:p>' % join.replace('&', '&amp;'))
    uid = '040000008200E00074C5B7101A82E008000000%s' % rhex(m.rng, 58, True)
    desc = text.replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;')
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000',
             'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ORGANIZER;CN=Emma Whitfield:mailto:emma.whitfield@hartleybrooke.co.uk',
             'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=David Clarke:mailto:david.clarke@examplegroup.eu',
             'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Mitchell:mailto:sarah.mitchell@examplegroup.eu',
             'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raj Patel:mailto:raj.patel@hartleybrooke.co.uk',
             'DESCRIPTION;LANGUAGE=en-GB:' + desc,
             'UID:' + uid, 'SUMMARY;LANGUAGE=en-GB:Example Group UK - year-end audit 2026 planning meeting',
             'DTSTART;TZID=GMT Standard Time:20261124T100000', 'DTEND;TZID=GMT Standard Time:20261124T113000',
             'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20261110T091400Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
             'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
             'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
             'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
             'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
             'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
             'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE', 'BEGIN:VALARM', 'DESCRIPTION:REMINDER',
             'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = ('\r\n'.join(ics_fold(l) for l in lines) + '\r\n').encode('utf-8')
    tp = text_part(text, 'plain', 'us-ascii', 'quoted-printable')
    hp = html_part(html, charset='us-ascii', cte='quoted-printable')
    cal = Part('text/calendar', [('charset', 'utf-8', 'q'), ('method', 'REQUEST', 'u')], ics, 'base64')
    m.root = multipart('alternative', [tp, hp, cal], bnd(m.rng, 'outlook', 0, 'LO2P265MB4411GBRP'))
    m.hard_negative_of = (['10-en-hartley-devicecode-audit-portal'],
                          'Same auditor and topic: a normal Teams invitation, and the mail says explicitly that the firm never '
                          'asks clients to sign in with their own account or enter codes.')
    m.what = 'Genuine meeting request (Teams, text/calendar METHOD:REQUEST) from the UK auditor for audit planning.'
    m.why = ('Hartley Brooke M365 tenant via Mimecast, DKIM/DMARC pass; expected after a phone call; Teams join link on '
             'teams.microsoft.com with meeting ID and passcode; no credential request.')


# ---------------------------------------------------------------------------------------------- 10
@msg('business', '10-en-sharepoint-hartley-pbc-folder')
def _(m):
    m.when = ('2026-11-25 14:02:16', 'UK')
    m.frm = ('Raj Patel', 'no-reply@sharepointonline.com')
    m.to = [P('david.clarke')]
    m.subject = 'Raj Patel shared the folder "EG UK - PBC 2026" with you'
    m.system = M365(domain='sharepointonline.com', region='uk', lang='en-GB', dkim_d='sharepointonline.com')
    link = ('https://hartleybrooke.sharepoint.com/:f:/s/ClientPortal-ExampleGroupUK/EhK3m9Q2x7dBnV4tR8yP1wcB7fX2kL9mN4qS6uW0zA1bCw'
            '?e=Zk4R2t')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Segoe UI,Arial,sans-serif;color:#201f1e">'
            '<table width="540" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9"><tr><td style="padding:24px">'
            '<div style="font-size:21px">Raj Patel shared a folder with you</div>'
            '<div style="margin:18px 0;padding:12px;border-left:3px solid #0078d4;background:#faf9f8;font-size:14px">'
            'Hi David, as mentioned by Emma in the planning meeting here is this year\'s PBC folder. The request list is '
            'the Excel file at the top; please upload into the numbered subfolders. Thanks, Raj</div>'
            '<table cellpadding="0" cellspacing="0"><tr><td style="padding:10px 12px;border:1px solid #edebe9;font-size:15px">'
            '&#128193; EG UK - PBC 2026</td></tr></table>'
            '<p style="margin-top:22px"><a href="%s" style="background:#0078d4;color:#ffffff;padding:9px 22px;'
            'text-decoration:none;font-size:14px">Open</a></p>'
            '<p style="font-size:12px;color:#605e5c">This link only works for the direct recipients of this message.</p>'
            '</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#605e5c;background:#faf9f8">'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a>'
            '<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'outlook', cte='base64', server='CWLP265MB3390GBRP')
    m.hard_negative_of = (['19-it-dropbox-bioreagenti-compromesso', '28-es-ghlevante-cuenta-comprometida-canva',
                           '34-el-kmc-comprometido-adobe-link', '36-el-sharepoint-prosklisi-prosforas'],
                          'Share notification on a real platform, but expected (announced in the planning meeting, business/09), '
                          'from the auditor\'s own SharePoint tenant, access restricted to the recipient.')
    m.what = 'Genuine SharePoint Online sharing notification: auditor shares the PBC folder on its client portal.'
    m.why = ('Microsoft-sent notification (sharepointonline.com DKIM) for a folder in hartleybrooke.sharepoint.com; '
             'announced beforehand; link restricted to direct recipients.')


# ---------------------------------------------------------------------------------------------- 11
@msg('business', '11-en-pennine-invitation-to-tender')
def _(m):
    m.when = ('2026-10-19 11:45:02', 'UK')
    m.frm = ('Pennine Private Hospitals - Procurement', 'procurement@penninehospitals.co.uk')
    m.to = [P('julia.neumann')]
    m.cc = [P('sarah.mitchell'), ('Gareth Hughes', 'gareth.hughes@penninehospitals.co.uk')]
    m.subject = 'ITT PPH-2026-031 - Pathology referral (send-away) testing services'
    m.system = pennine()
    m.hdr_charset = 'us-ascii'
    pdf = letter_pdf(m, 'Pennine Private Hospitals', ['Procurement Department · Wellington Place 4 · Leeds LS1 4AP',
                                                      'procurement@penninehospitals.co.uk · +44 113 496 0721'],
                     ['Example Group Diagnostics UK Ltd', '3 Hardman Street', 'Manchester M3 3HF'], '19 October 2026',
                     'Invitation to Tender PPH-2026-031',
                     ['Pathology referral (send-away) testing services for five hospitals in Yorkshire and Lancashire, '
                      'contract term 1 April 2027 to 31 March 2030 with an option to extend by 24 months.',
                      '**Timetable',
                      'Clarification questions by e-mail to procurement@penninehospitals.co.uk: until 2 November 2026, '
                      '17:00. Tender return (PDF and completed pricing schedule, e-mail to the same address): 23 November '
                      '2026, 12:00. Presentations: week commencing 7 December 2026.',
                      '**Scope',
                      'Specialist immunology, autoimmune serology, therapeutic drug monitoring, allergy panels and esoteric '
                      'biochemistry; specimen collection by the provider\'s courier twice daily; UKAS ISO 15189 '
                      'accreditation required; results via HL7 interface into our laboratory system.',
                      '**Evaluation',
                      'Quality 50 %, price 35 %, social value 15 %. Pricing schedule: Appendix C (Excel, available on '
                      'request from the procurement team).',
                      'Please acknowledge receipt and confirm your intention to bid by 26 October 2026.'],
                     sign=['', 'Gareth Hughes', 'Category Manager, Clinical Services'],
                     footer=['Pennine Private Hospitals Ltd · Registered in England and Wales No. 09384712'],
                     producer='Microsoft® Word for Microsoft 365', creator='Microsoft® Word for Microsoft 365',
                     author='Gareth Hughes', color=(0.29, 0.16, 0.44))
    text = ('Dear Julia,\n\n'
            'Further to your registration of interest in September, please find attached our Invitation to Tender '
            'PPH-2026-031 for pathology referral testing services (April 2027 - March 2030).\n\n'
            'Clarification questions are due by 2 November and tender returns by 12:00 on 23 November 2026, both by '
            'e-mail to this mailbox. The pricing schedule (Appendix C) will follow once you confirm your intention to '
            'bid.\n\n'
            'Kind regards,\n\nGareth Hughes\nCategory Manager, Clinical Services\nPennine Private Hospitals Ltd\n'
            'T: +44 113 496 0721\n')
    html = outlook_html(text, lang='EN-GB', charset='us-ascii')
    body = alt(m.rng, text, html, 'outlook', charset='us-ascii', cte='quoted-printable', server='LO4P265MB5520GBRP')
    m.root = mixed(m.rng, 'outlook', [body, attachment(pdf, 'application/pdf', 'PPH-2026-031_ITT.pdf', style='rfc2047')],
                   server='LO4P265MB5520GBRP')
    m.hard_negative_of = (['11-en-nhs-tender-oauth-consent', '36-el-sharepoint-prosklisi-prosforas'],
                          'Tender from a known customer\'s own domain following a registration of interest; documents as '
                          'PDF attachment, returns by e-mail, no sign-in required.')
    m.what = 'Genuine invitation to tender from a UK private hospital group, ITT as PDF.'
    m.why = ('Customer\'s own Microsoft 365 tenant (DKIM/DMARC pass), follows the supplier\'s registration of interest, '
             'realistic timetable and evaluation criteria, nothing to log in to.')


# ---------------------------------------------------------------------------------------------- 12
@msg('business', '12-en-colleague-private-gmail-fit-note')
def _(m):
    m.when = ('2026-11-02 08:26:44', 'UK')
    m.frm = ('Sarah Mitchell', 'sarah.mitchell.mcr@gmail.com')
    m.to = [P('sabine.hoffmann')]
    m.cc = [P('sarah.mitchell')]
    m.subject = 'Fit note - Sarah Mitchell (from my personal email)'
    m.system = Google(mode='gmail')
    pdf = letter_pdf(m, 'Statement of Fitness for Work', ['For social security or statutory sick pay',
                                                          'Ancoats Medical Practice · 14 Pollard Street · Manchester M4 7AN'],
                     ['Patient: Ms Sarah Mitchell', 'Date of birth: 14/03/1987'], 'Date of statement: 30/10/2026',
                     'Fit note',
                     ['I assessed your case on: 30/10/2026',
                      'and, because of the following condition(s): acute lower respiratory tract infection',
                      'I advise you that you are not fit for work.',
                      'This will be the case for: 26/10/2026 to 01/11/2026.',
                      'I will not need to assess your fitness for work again at the end of this period.'],
                     sign=['', 'Dr A. Okafor', 'Ancoats Medical Practice'], producer='EMIS Web', creator='EMIS Web',
                     author='Ancoats Medical Practice', color=(0.0, 0.37, 0.72))
    text = ('Hi Sabine,\n\n'
            'apologies for using my personal email - my laptop is with IT since Friday (ticket INC-0041873, Lukas has '
            'it) and I cannot get into Outlook from home.\n\n'
            'Attached is my fit note for last week (26 Oct - 1 Nov) so it can go into payroll for the sick pay. I have '
            'copied my work address so it is on file there as well. No need to reply to this one - I will confirm from '
            'my work account as soon as I have the laptop back.\n\n'
            'Thanks and best wishes,\nSarah\n')
    html = gmail_html(text)
    body = alt(m.rng, text, html, 'gmail', charset='UTF-8', cte='quoted-printable')
    m.root = mixed(m.rng, 'gmail', [body, attachment(pdf, 'application/pdf', 'Fit_note_SMitchell_Oct2026.pdf')])
    m.hard_negative_of = (['14-en-ceo-gift-cards-gmail', '15-en-payroll-diversion-outlook-com'],
                          'Colleague on a private address, but she copies her corporate mailbox, gives a verifiable IT '
                          'ticket, asks for nothing financial and promises confirmation from the work account.')
    m.what = 'Genuine mail from a colleague\'s private Gmail: UK office manager sends her fit note to HR while her laptop is in repair.'
    m.why = ('Private Gmail, but Cc to her own work address, a real IT ticket, no request for money or data changes, a '
             'routine HR document.')


# ---------------------------------------------------------------------------------------------- 13
@msg('business', '13-en-labmed-europe-newsletter')
def _(m):
    m.when = ('2026-11-19 07:00:05', 'DE')
    m.frm = ('LabMed Europe Weekly', 'news@labmedeurope.org')
    m.reply_to = ('LabMed Europe editorial team', 'editor@labmedeurope.org')
    m.to = [P('andreas.vogel')]
    m.subject = 'LabMed Europe Weekly #46: IVDR transition deadlines, EQA for mass spectrometry, AMR surveillance'
    u = 'f2a8c41b9e7d3056a1c4e8b2d'
    m.system = Mailchimp(domain='labmedeurope.org', u=u)
    cid = '4e81d2c7a9'
    track = lambda n: 'https://labmedeurope.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (u, rhex(m.rng, 10), '7d3f1a9c62')
    links = [track(i) for i in range(4)]
    unsub = 'https://labmedeurope.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=7d3f1a9c62&c=%s' % (u, rhex(m.rng, 10), cid)
    prefs = 'https://labmedeurope.us21.list-manage.com/profile?u=%s&id=%s&e=7d3f1a9c62&c=%s' % (u, rhex(m.rng, 10), cid)
    m.extra = [('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_%s.%s-7d3f1a9c62@unsub.mcsv.net?subject=unsubscribe>' % (
        unsub, u, cid)), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
               ('List-ID', '%sc8a1f mailchimp list <%sc8a1f.%s.list-id.mcsv.net>' % (u, u, rdigits(m.rng, 6)))]
    items = [('IVDR: what the 2027 and 2029 transition deadlines mean for in-house tests',
              'The European Commission has published the updated Q&A on Article 5(5). Laboratories using in-house '
              'devices must document the justification against CE-marked alternatives by May 2028.'),
             ('EQA for LC-MS/MS steroid panels: first round results',
              'Fifty-eight laboratories took part in the pilot scheme for 17-hydroxyprogesterone and androstenedione; '
              'inter-laboratory CVs ranged from 6 to 19 %.'),
             ('EARS-Net 2026: carbapenem resistance keeps rising in Southern Europe',
              'The annual ECDC surveillance report shows a further increase of Klebsiella pneumoniae resistance, with '
              'the largest changes in Greece and Italy.'),
             ('Webinar 3 December: verification of point-of-care HbA1c devices',
              'Free for members. Registration via the events page.')]
    body = ''.join('<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e5e5"><a href="%s" '
                   'style="font-size:17px;color:#1a5276;text-decoration:none;font-weight:bold">%s</a>'
                   '<p style="margin:6px 0 0 0;font-size:14px;color:#333">%s</p></td></tr>' % (links[i], esc(t), esc(d))
                   for i, (t, d) in enumerate(items))
    html = ('<!doctype html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, '
            'initial-scale=1"><title>LabMed Europe Weekly #46</title></head><body style="margin:0;background:#f2f4f5">'
            '<center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">'
            '<tr><td style="padding:22px 24px;background:#1a5276;color:#fff;font-size:24px">LabMed Europe Weekly '
            '<span style="font-size:14px">#46 · 19 November 2026</span></td></tr>%s'
            '<tr><td style="padding:18px 24px;font-size:11px;color:#777;font-family:Arial,sans-serif">You are receiving '
            'this newsletter because you subscribed at labmedeurope.org.<br>LabMed Europe · Rue de la Loi 81A · 1040 '
            'Brussels · Belgium<br><a href="%s" style="color:#777">update your preferences</a> or <a href="%s" '
            'style="color:#777">unsubscribe</a><br><img src="https://labmedeurope.us21.list-manage.com/track/open.php?'
            'u=%s&id=%s&e=7d3f1a9c62" height="1" width="1" alt=""></td></tr></table></center></body></html>\n') % (
        body, prefs, unsub, u, cid)
    text = html2text(html)
    m.root = alt(m.rng, text, html, 'mailchimp', charset='utf-8', cte='quoted-printable')
    m.what = 'Genuine trade newsletter (laboratory medicine) sent through Mailchimp with tracking links and one-click unsubscribe.'
    m.why = ('Subscribed newsletter from the publisher\'s own domain via Mailchimp (DKIM labmedeurope.org and mcdlv.net), '
             'List-Unsubscribe/List-ID headers, tracking links on list-manage.com; bulk but wanted.')


# ---------------------------------------------------------------------------------------------- 14
@msg('business', '14-en-hmrc-vat-return-received')
def _(m):
    m.when = ('2026-11-06 15:40:51', 'UK')
    m.frm = ('HM Revenue and Customs', 'noreply@tax.service.gov.uk')
    m.to = [P('david.clarke')]
    m.subject = 'Your VAT Return has been received'
    m.system = SES(domain='notifications.service.gov.uk', region='eu-west-2',
                   mail_from='%s@notifications.service.gov.uk' % ruuid(m.rng), sel='notify2025')
    m.system.ses_msgid = True
    text = ('VAT registration number: %s\n\n'
            'Dear Example Group Diagnostics UK Ltd,\n\n'
            'We have received your VAT Return for the period 01 July 2026 to 30 September 2026.\n\n'
            'Receipt reference: 281046391274\nSubmitted: 6 November 2026 at 3:38pm\n\n'
            'You do not need to do anything else. If you need to pay, the amount and due date are shown in your '
            'business tax account.\n\n'
            'To view your return and payments, sign in to your HMRC online services account through GOV.UK.\n\n'
            'Do not reply to this email. This mailbox is not monitored.\n\n'
            'From HMRC\n') % ENT['UK']['ids'][0][1].replace('GB ', '')
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:10px 20px">'
            '<span style="color:#ffffff;font-size:28px;font-weight:700">GOV.UK</span></td></tr></table>'
            '<table width="580" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">%s</td></tr></table>'
            '</body></html>\n') % paras_html(text, 'p', style='font-size:19px;line-height:25px;margin:0 0 20px 0')
    m.root = alt(m.rng, text, html, 'python', charset='UTF-8', cte='quoted-printable')
    m.hard_negative_of = (['32-el-aade-epistrofi-foroy', '27-es-aeat-notificacion-zip-enlace'],
                          'Authority notice via GOV.UK Notify (DKIM notifications.service.gov.uk), informational only, tells the '
                          'user to sign in through GOV.UK themselves, no link or attachment.')
    m.what = 'Genuine HMRC confirmation that the UK VAT return was received (GOV.UK Notify).'
    m.why = ('Government notification service on Amazon SES with its own DKIM and bounce domain; matches a submission '
             'made the same afternoon; no link, no request.')


# ---------------------------------------------------------------------------------------------- 15
@msg('business', '15-en-payroll-bank-change-via-hr-portal')
def _(m):
    m.when = ('2026-10-12 10:17:33', 'UK')
    m.frm = P('david.clarke')
    m.to = [P('sabine.hoffmann')]
    m.subject = 'New bank account - updated in Personio'
    m.system = internal(lang_accept='en-GB, de-DE', lang_content='en-GB', client_ip='10.60.4.23')
    m.hdr_charset = 'us-ascii'
    text = ('Hi Sabine,\n\n'
            'Just a heads-up: I have switched my current account to Nationwide and have entered the new details in '
            'Personio myself (Profile > Payroll > Bank details), as per the payroll policy. You should see the change '
            'request waiting for your approval.\n\n'
            'If you want to double-check before approving, give me a ring on my extension (+44 161 507 3312) or ping me '
            'on Teams - I am in the office all week.\n\n'
            'Thanks,\nDavid\n\n'
            'David Clarke\nAccountant\nExample Group Diagnostics UK Ltd | 3 Hardman Street | Manchester M3 3HF\n')
    html = outlook_html(text, lang='EN-GB', charset='us-ascii')
    m.root = alt(m.rng, text, html, 'outlook', charset='us-ascii', cte='quoted-printable', server='EXCH01corpexamplecom')
    m.fact('phone', '+44 161 507 3312', 'office extension')
    m.hard_negative_of = (['15-en-payroll-diversion-outlook-com'],
                          'Same topic, but from the employee\'s corporate mailbox over internal Exchange, details entered by '
                          'himself in the HR system (no account number in the mail), invites verification.')
    m.what = 'Genuine payroll bank-account change: employee informs HR that he updated his details in the HR portal.'
    m.why = ('Internal Exchange → mail-int01 path; contains no account data; follows the policy (self-service + '
             'approval) and offers a call-back.')


# ---------------------------------------------------------------------------------------------- 16
@msg('business', '16-en-pennine-purchase-order')
def _(m):
    m.when = ('2026-12-10 16:22:09', 'UK')
    m.frm = ('Pennine Private Hospitals - Purchase Ledger', 'purchase.orders@penninehospitals.co.uk')
    m.to = [P('julia.neumann')]
    m.cc = [P('david.clarke')]
    m.subject = 'Purchase Order PO-PPH-118274 - Example Group Diagnostics UK Ltd'
    m.system = pennine()
    m.hdr_charset = 'us-ascii'
    pdf = letter_pdf(m, 'Pennine Private Hospitals', ['Purchase Ledger · Wellington Place 4 · Leeds LS1 4AP',
                                                      'Invoices to: invoices@penninehospitals.co.uk'],
                     ['Supplier 40877', 'Example Group Diagnostics UK Ltd', '3 Hardman Street', 'Manchester M3 3HF'],
                     'Order date: 10/12/2026', 'Purchase Order PO-PPH-118274',
                     ['Contract: PPH-2025-017 (interim referral testing) · Delivery to: Pathology, Harrogate Park Hospital'],
                     table=(['Line', 'Description', 'Qty', 'Unit price', 'Amount'],
                            [['1', 'Referral testing, immunology panel (monthly batch, Dec 2026)', '1', '6,480.00', '6,480.00'],
                             ['2', 'Therapeutic drug monitoring, send-away', '1', '2,115.50', '2,115.50'],
                             ['3', 'Courier collection, twice daily, December', '1', '1,240.00', '1,240.00'],
                             ['', '', '', 'Net', '9,835.50'], ['', '', '', 'VAT exempt (medical)', '0.00'],
                             ('**', '', '', '', 'Total GBP', '9,835.50')],
                            [46, 74, 380, 470, 552], ['l', 'l', 'r', 'r', 'r']),
                     footer=['Please quote the PO number on every invoice. Payment terms: 30 days from receipt of a valid '
                             'invoice by BACS to the account held on our supplier master file.'],
                     producer='Unit4 ERP', creator='Unit4 ERP 7.9', author='Purchase Ledger', color=(0.29, 0.16, 0.44))
    text = ('Please find attached Purchase Order PO-PPH-118274.\n\n'
            'Please quote the PO number on all invoices and send invoices to invoices@penninehospitals.co.uk.\n\n'
            'This is an automatically generated message from the Pennine Private Hospitals purchasing system.\n')
    m.root = mixed(m.rng, 'outlook', [text_part(text, 'plain', 'us-ascii', '7bit'),
                                      attachment(pdf, 'application/pdf', 'PO-PPH-118274.pdf', style='rfc2047')],
                   server='LO4P265MB5520GBRP')
    m.hard_negative_of = (['31-es-pedido-falso-iso'],
                          'Purchase order from the known customer\'s domain as a PDF, referencing an existing contract; no '
                          'archive or disk image, no urgency.')
    m.what = 'Genuine purchase order (PDF) from a UK hospital customer\'s purchasing system.'
    m.why = ('Customer\'s Microsoft 365 tenant, automated ERP notification, PO references the running contract; plain PDF.')

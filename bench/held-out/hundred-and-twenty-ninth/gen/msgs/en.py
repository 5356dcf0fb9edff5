"""English messages: attack/09-16 and business/09-16."""
from .common import *  # noqa: F401,F403
from lib import ooxml, png, ids as _ids

PFP_SIG = ('Gareth Holt\nPurchasing Manager\nPennine Fluid Power Ltd\nUnit 7, Lidget Green Business Park, Bradford BD7 2QU\n'
           'T +44 1274 590 318 | M +44 7700 914 226\nwww.penninefluidpower.co.uk')


def teams_block(c, tenant, meeting_id, passcode):
    tid = tenant
    oid = c.guid()
    mt = 'meeting_' + c.b64(36).replace('/', '').replace('+', '')[:44]
    join = ('https://teams.microsoft.com/l/meetup-join/19%%3a%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s'
            '%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (mt, tid, oid))
    opts = 'https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_%s@thread.v2&messageId=0&language=en-GB' % (oid, tid, mt)
    return join, opts


def meeting_mail(c, org_name, org_email, attendees, summary, t_start, minutes, zone, desc_text, desc_html, uid, dtstamp):
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0'] + VTZ_GMT + [
        'BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % (org_name, org_email)]
    for n, e in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, e))
    t_end = util.plus(t_start, minutes * 60)
    lines += ['DESCRIPTION;LANGUAGE=en-GB:' + ics_text(desc_text), 'UID:' + uid,
              'SUMMARY;LANGUAGE=en-GB:' + ics_text(summary),
              'DTSTART;TZID=GMT Standard Time:' + ics_dt(t_start, zone), 'DTEND;TZID=GMT Standard Time:' + ics_dt(t_end, zone),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + ics_dt(dtstamp), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
              'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
              'X-MICROSOFT-CDO-OWNERAPPTID:%d' % c.randint(-2000000000, 2000000000),
              'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
              'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
              'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
              'END:VEVENT', 'END:VCALENDAR']
    cal = ooxml.ics(lines)
    calpart = mime.Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST'),
                         ('Content-Transfer-Encoding', 'base64')], mime.b64_body(cal).encode())
    calpart.meta = {'kind': 'text', 'subtype': 'calendar', 'charset': 'utf-8', 'cte': 'base64', 'text': cal.decode()}
    mid = c.hex(32, True)
    return mime.multipart('alternative', [mime.text(desc_text, 'plain', 'utf-8', 'quoted-printable'),
                                          mime.text(desc_html, 'html', 'utf-8', 'quoted-printable'), calpart],
                          '_000_%s_' % mid)


# =====================================================================================  ATTACKS
@message('attack', 9, 'en', 'advance-fee-vendor-registration')
def a09(c):
    t = util.local_to_utc('NG', 2026, 10, 19, 11, 4, 50)
    acc = BANK['fraud_adv']
    iban = c.iban(acc, 'UAE account of the "registration agent"')
    c.phone('+234 809 447 2281', 'WhatsApp of the "tender officer"')
    c.phone('+971 4 338 9120', '"agent" office')
    c.url('www.nnpcgroup.com', 'real NNPC website cited as reference')
    itb = docs.letter(
        dict(title='Invitation to Bid NNPCL/TNP/2026/0417', author='Procurement', creator='Microsoft® Word 2019',
             producer='Microsoft® Word 2019', created="20261018094412+01'00'", lang='en-GB'),
        ['NNPC Limited', 'Contracts & Procurement Division', 'NNPC Towers, Herbert Macaulay Way', 'Central Business District, Abuja', 'Nigeria'],
        ['Example Group GmbH', 'Attn: Export Sales', 'Wannenäckerstraße 40', '74078 Heilbronn, Germany'],
        'Abuja, 18 October 2026', 'INVITATION TO BID – TENDER NO. NNPCL/TNP/2026/0417: SUPPLY OF HYDRAULIC PUMPS, '
        'CONTROL VALVES AND SPARES FOR THE TRANS-NIGER PIPELINE REHABILITATION PROJECT (PHASE II)',
        ['NNPC Limited invites reputable manufacturers to submit sealed bids for the supply of the items listed below. '
         'Your company has been shortlisted following our vendor market survey.',
         ('table', [(40, 'left'), (330, 'left'), (80, 'right')],
          [['Lot', 'Description', 'Qty'], ['1', 'Axial piston pumps, variable displacement, 250 cc/rev', '64'],
           ['2', 'Gear pumps, external, 32 cc/rev, SAE flange', '180'],
           ['3', 'Directional control valves NG10 / NG16, 24 V DC', '420'],
           ['4', 'Commissioning spares and seal kits (2 years)', '1 lot']]),
         'Bid closing date: 20 November 2026, 12:00 WAT. Bids must be valid for 120 days. Payment terms: irrevocable '
         'confirmed L/C at sight, 30 % advance against advance payment guarantee.',
         'PRE-QUALIFICATION: In line with the Nigerian Oil and Gas Industry Content Development Act 2010, foreign '
         'manufacturers must be registered on the NipeX Joint Qualification System (NJQS) and obtain a Certificate of '
         'Vendor Registration before bid submission. Registration for this tender is handled exclusively by our '
         'accredited agent Al Noor Procurement Consultancy FZE, Dubai. The one-time registration and bid-document fee '
         'of USD 2,850.00 is payable to:',
         ('kv', [('Beneficiary:', acc['holder']), ('Bank:', acc['bank'] + ', Dubai'), ('IBAN:', iban),
                 ('SWIFT:', acc['bic'])]),
         'Kindly send the payment confirmation together with your company profile and ISO 9001 certificate to the '
         'tender officer to receive the full bid documents and technical specifications.'],
        'Yours faithfully,', ['Engr. Ibrahim S. Danjuma', 'Head, Contracts & Procurement (Upstream Projects)'],
        ['NNPC Limited – RC 1614320 – www.nnpcgroup.com'], color='#0a6b34')
    text = ('Dear Sir/Madam,\n\n'
            'Following our vendor market survey, Example Group GmbH has been shortlisted to bid for the supply of '
            'hydraulic pumps, control valves and spares for the Trans-Niger Pipeline rehabilitation project '
            '(Phase II), Tender No. NNPCL/TNP/2026/0417.\n\n'
            'Please find attached the Invitation to Bid. Note that the bid closing date is 20 November 2026 and that '
            'vendor registration (NJQS) must be completed through our accredited agent before the full technical '
            'documents can be released to your company.\n\n'
            'For quick response you can reach the tender officer on WhatsApp +234 809 447 2281. Kindly acknowledge '
            'receipt of this invitation and confirm your intention to bid.\n\n'
            'Best regards,\n\nEngr. Ibrahim S. Danjuma\nHead, Contracts & Procurement (Upstream Projects)\n'
            'NNPC Limited\nNNPC Towers, Herbert Macaulay Way, Abuja\nTel: +234 809 447 2281\n'
            'Agent office Dubai: +971 4 338 9120\nwww.nnpcgroup.com')
    form = ooxml.docx([('NNPC LIMITED – NJQS VENDOR REGISTRATION FORM (TENDER NNPCL/TNP/2026/0417)', {'bold': True, 'size': 13}),
                       'Please complete all sections and return with proof of payment of the registration fee.',
                       ('table', [['Field', 'Details'], ['Company name', ''], ['Country of registration', ''],
                                  ['Company registration number', ''], ['Contact person / position', ''],
                                  ['Telephone / WhatsApp', ''], ['Bank name and account for L/C', ''],
                                  ['Registration fee paid (USD 2,850.00) – date / reference', ''],
                                  ['Authorised signatory and company stamp', '']]),
                       'Payment details: %s, %s, IBAN %s, SWIFT %s.' % (acc['holder'], acc['bank'], iban, acc['bic']),
                       'Return to: nnpcl.tenderofficer@gmail.com'],
                      title='NJQS Vendor Registration Form', author='Procurement', created='2026-10-18T08:12:00Z',
                      dt=(2026, 10, 18, 9, 12, 0), lang='en-GB')
    body = mime.multipart('mixed', [mime.multipart('alternative', [
        mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
        mime.text(fmt.simple_html(text, 'Calibri, Arial, sans-serif', '11pt'), 'html', 'utf-8', 'quoted-printable')],
        c.boundary('roundcube')), mime.attachment(itb, 'application/pdf', 'ITB_NNPCL-TNP-2026-0417.pdf'),
        mime.attachment(form, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        'NJQS_Vendor_Registration_Form.docx')], c.boundary('roundcube'))
    env = Env(frm_name='NNPC Limited – Contracts & Procurement', frm_email='tenders@nnpcl-procurement.com',
              to=[('Julia Neumann', p('export')['email'])], reply_to=('Tender Officer', 'nnpcl.tenderofficer@gmail.com'),
              subject='Invitation to Bid – Tender No. NNPCL/TNP/2026/0417 – Hydraulic pumps & control valves',
              date=t, zone='NG', msgid=mid_hex(c, 'nnpcl-procurement.com'), body=body,
              extra=[('User-Agent', 'Roundcube Webmail/1.6.9')])
    c.what = 'Invitation to bid for a Nigerian pipeline project, conditional on paying a USD 2,850 "vendor registration fee" to an agent in Dubai.'
    c.why = ('Advance-fee fraud dressed as a tender: look-alike procurement domain on a Contabo VPS, Gmail Reply-To, '
             'WhatsApp contact, fee to a third-party UAE account before documents are released; real NNPC tenders '
             'are published on NipeX and never charge via agents.')
    return send(c, env, T.exim_cpanel, server='vmi2184473.contaboserver.net', server_ip='161.97.144.73', php=False,
                client_ip='102.89.47.12', auth_id='tenders@nnpcl-procurement.com', zone='NG',
                mua_order=['MIME-Version', 'Date', 'From', 'To', 'Subject', 'Reply-To', 'Message-ID', '__EXTRA__', '__MIME__'])


@message('attack', 10, 'en', 'companies-house-id-verification')
def a10(c):
    t = util.local_to_utc('UK', 2026, 10, 29, 8, 22, 11)
    link = c.url('https://companieshouse.gov-idverify.uk/one-login/start?crn=10487321&ref=%s' % c.hex(12),
                 'fake GOV.UK One Login identity verification')
    c.url('https://www.gov.uk/government/organisations/companies-house', 'genuine link used as decoration')
    text = ('Companies House\n\n'
            'EXAMPLE GROUP UK LTD – Company number 10487321\n\n'
            'Dear Director,\n\n'
            'Under the Economic Crime and Corporate Transparency Act 2023, every director and person with significant '
            'control must verify their identity with Companies House. Our records show that the identity of one or more '
            'officers of EXAMPLE GROUP UK LTD has not yet been verified.\n\n'
            'You must complete verification by 14 November 2026. If verification is not completed, the company may be '
            'unable to file its confirmation statement and the officers may be subject to a civil penalty of up to '
            '£1,000 and removal from the register.\n\n'
            'Verify your identity now using GOV.UK One Login:\n%s\n\n'
            'It takes about 10 minutes. You will need your personal code, a photo ID and access to the company\'s '
            'authentication code.\n\n'
            'Companies House\nCrown Way, Cardiff, CF14 3UZ\n\n'
            'This is an automated message, please do not reply.' % link)
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;'
            'margin:0;padding:0;color:#0b0c0c"><table width="100%%" cellpadding="0" cellspacing="0"><tr>'
            '<td style="background:#0b0c0c;padding:12px 20px"><span style="color:#fff;font-size:28px;font-weight:bold">GOV.UK</span>'
            '</td></tr><tr><td style="padding:20px;font-size:19px;line-height:1.4">'
            '<p style="font-size:16px;color:#505a5f">Companies House</p>'
            '<h1 style="font-size:28px">Action required: verify your identity</h1>'
            '<p><strong>EXAMPLE GROUP UK LTD</strong> – Company number 10487321</p><p>Dear Director,</p>'
            '<p>Under the Economic Crime and Corporate Transparency Act 2023, every director and person with significant '
            'control must verify their identity with Companies House. Our records show that the identity of one or more '
            'officers of EXAMPLE GROUP UK LTD has not yet been verified.</p>'
            '<div style="border-left:10px solid #b1b4b6;padding:15px;margin:20px 0">You must complete verification by '
            '<strong>14 November 2026</strong>. If verification is not completed, the company may be unable to file its '
            'confirmation statement and the officers may be subject to a civil penalty of up to £1,000 and removal from '
            'the register.</div>'
            '<p><a href="%s" style="background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;'
            'font-weight:bold;display:inline-block">Verify your identity with GOV.UK One Login</a></p>'
            '<p>It takes about 10 minutes. You will need your personal code, a photo ID and access to the company\'s '
            'authentication code.</p><p style="font-size:16px;color:#505a5f">Companies House, Crown Way, Cardiff, CF14 3UZ<br>'
            '<a href="https://www.gov.uk/government/organisations/companies-house">Companies House on GOV.UK</a><br>'
            'This is an automated message, please do not reply.</p></td></tr></table></body></html>\n' % link)
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable')], c.boundary('ses'))
    env = Env(frm_name='Companies House', frm_email='no-reply@companieshouse-idverify.uk',
              to=[('', p('uk_acc')['email'])],
              subject='Action required: verify director identity for EXAMPLE GROUP UK LTD (10487321) by 14 November 2026',
              date=t, zone='UTC', msgid=T.ses_msgid(c, 'us-east-1'), body=body,
              env_from='0100019%s-%s-000000@amazonses.com' % (c.hex(9), c.guid()))
    c.what = 'Fake Companies House notice demanding director identity verification via a "GOV.UK One Login" link.'
    c.why = ('Authority impersonation exploiting the real 2025/26 ID-verification rollout: look-alike domain '
             'companieshouse-idverify.uk sent through Amazon SES us-east-1 with SES return path, penalty threat and '
             'deadline, link to gov-idverify.uk instead of gov.uk.')
    return send(c, env, T.ses, region='us-east-1', dkim_domain='companieshouse-idverify.uk')


@message('attack', 11, 'en', 'teams-devicecode-pennine')
def a11(c):
    t = util.local_to_utc('UK', 2026, 11, 12, 15, 36, 2)
    code = c.ident('Device code', 'HKQ4W7ZTR')
    dl = c.url('https://microsoft.com/devicelogin', 'legitimate Microsoft device-code page abused by the attacker')
    t_start = util.local_to_utc('UK', 2026, 11, 13, 10, 0)
    desc = ('Hi Sarah, Julia,\n\n'
            'As discussed, let\'s go through the Q1 2027 forecast and the revised price list tomorrow.\n\n'
            'Since our IT moved to the new conditional access policy, external participants have to authorise the '
            'Teams session once before joining:\n\n'
            '1. Open %s\n2. Enter the meeting code: %s\n3. Sign in with your Example Group account and confirm.\n\n'
            'After that the meeting opens automatically in Teams.\n\n'
            'Thanks\nGareth\n\n%s' % (dl, code, PFP_SIG))
    c.url('www.penninefluidpower.co.uk')
    c.phone('+44 1274 590 318')
    c.phone('+44 7700 914 226')
    dhtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">%s</div>'
             '<div style="margin:20px 0;padding:12px;border:1px solid #c8c8c8;width:420px">'
             '<div style="font-size:20px;font-weight:bold;color:#252424">Microsoft Teams <span style="font-weight:normal">'
             'meeting</span></div><div style="margin-top:8px;font-size:14px">Join with verification code</div>'
             '<div style="font-size:22px;letter-spacing:3px;font-weight:bold;margin:8px 0">%s</div>'
             '<a href="%s" style="font-size:14px;color:#5B5FC7">Join the meeting now</a></div></body></html>\n' % (
                 '<br>\n'.join(fmt.esc(l) for l in desc.split('\n')), code, dl))
    att = [to('uk_om'), to('export')]
    body = meeting_mail(c, 'Gareth Holt', 'gareth.holt@penninefluidpower.co.uk', att,
                        'Q1 2027 forecast & pricing review', t_start, 45, 'UK', desc, dhtml, exch_uid(c), t)
    env = Env(frm_name='Gareth Holt', frm_email='gareth.holt@penninefluidpower.co.uk', to=att,
              subject='Q1 2027 forecast & pricing review', date=t, zone='UK', msgid=None, body=body, lang='en-GB')
    c.what = 'Teams meeting invitation from the distributor\'s real purchasing manager asking to "authorise" via microsoft.com/devicelogin with a code.'
    c.why = ('Device-code phishing (Storm-2372 style) from a compromised partner mailbox: everything authenticates '
             '(Pennine M365, DMARC pass), the link is the genuine Microsoft page, but entering the attacker-generated '
             'code grants the attacker tokens for the victim\'s account; no real Teams join link.')
    return send(c, env, T.m365, region='GBR', lang='en-GB', tenant_id='3d8f21a6-7c4e-4b19-9a0e-5f2c6d8b1e47')


@message('attack', 12, 'en', 'oauth-consent-acrobat-sign')
def a12(c):
    t = util.local_to_utc('UK', 2026, 11, 18, 9, 14, 37)
    state = c.b64(24).replace('/', '_').replace('+', '-').rstrip('=')
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=7c5b3e21-9d4f-4a8e-b1c6-2f0e8d9a4b17'
           '&response_type=code&redirect_uri=https%3A%2F%2Fdocview-acrobatsign.com%2Fauth%2Fcallback&response_mode=query'
           '&scope=offline_access%20Mail.ReadWrite%20Mail.Send%20Files.ReadWrite.All%20User.Read&state=' + state)
    c.url(url, 'OAuth authorize URL for the attacker app "Acrobat Sign Document Viewer" (illicit consent grant)')
    unsub = c.url('https://u3917742.ct.sendgrid.net/asm/unsubscribe/?user_id=3917742&data=' + c.b64(24).replace('/', '_').replace('+', '-').rstrip('='))
    agr = 'CBJCHBCAABAA' + c.alnum(32)
    c.ident('Agreement ID', agr)
    text = ('Gareth Holt (gareth.holt@penninefluidpower.co.uk) has sent you an agreement to review and sign.\n\n'
            'Pennine Fluid Power – Distribution Agreement 2027 – Amendment No. 2\n\n'
            'Please review and sign this document: %s\n\n'
            'Message from Gareth Holt:\nSabine, please find the amendment on the rebate scale and the new territory '
            'clause as agreed with Matthias. Kindly sign by Friday so we can issue the 2027 orders under the new terms.\n\n'
            'To ensure that you continue receiving our emails, please add adobesign@acrobatsign-documents.com to your '
            'address book or safe list.\n\n'
            'Powered by Adobe Acrobat Sign\nAgreement ID: %s' % (url, agr))
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;font-family:adobe-clean,Helvetica,Arial,sans-serif">'
            '<table width="600" align="center" style="background:#fff;margin:20px auto" cellpadding="24"><tr><td>'
            '<div style="font-size:20px;color:#2c2c2c"><b>Adobe Acrobat Sign</b></div><hr style="border:0;border-top:1px solid #ddd">'
            '<p style="font-size:16px">Gareth Holt (<a href="mailto:gareth.holt@penninefluidpower.co.uk">gareth.holt@penninefluidpower.co.uk</a>) '
            'has sent you an agreement to review and sign.</p>'
            '<p style="font-size:18px;font-weight:bold">Pennine Fluid Power – Distribution Agreement 2027 – Amendment No. 2</p>'
            '<p><a href="%s" style="background:#1473e6;color:#fff;padding:12px 24px;border-radius:20px;text-decoration:none;'
            'font-weight:bold">Review and sign</a></p>'
            '<p style="font-size:14px;color:#4b4b4b"><b>Message from Gareth Holt:</b><br>Sabine, please find the amendment '
            'on the rebate scale and the new territory clause as agreed with Matthias. Kindly sign by Friday so we can '
            'issue the 2027 orders under the new terms.</p>'
            '<p style="font-size:11px;color:#8e8e8e">To ensure that you continue receiving our emails, please add '
            'adobesign@acrobatsign-documents.com to your address book or safe list.<br>Powered by Adobe Acrobat Sign · '
            'Agreement ID: %s<br><a href="%s" style="color:#8e8e8e">Unsubscribe</a></p></td></tr></table></body></html>\n'
            % (url, agr, unsub))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset=utf-8'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', ct='text/html; charset=utf-8')],
                          c.boundary('sendgrid'))
    env = Env(frm_name='Adobe Acrobat Sign', frm_email='adobesign@acrobatsign-documents.com', to=[('', p('cfo')['email'])],
              reply_to=('Gareth Holt', 'gareth.holt@penninefluidpower.co.uk'),
              subject='Please review and sign: Pennine Fluid Power – Distribution Agreement 2027 – Amendment No. 2',
              date=t, zone='UTC', msgid=T.sendgrid_msgid(c), body=body,
              env_from='bounces+3917742-%s-sabine.hoffmann=example.com@em2841.acrobatsign-documents.com' % c.hex(4),
              extra=[('List-Unsubscribe', '<%s>' % unsub)])
    c.what = 'Adobe Acrobat Sign-style request to sign a distribution-agreement amendment; the button opens a real Microsoft login page requesting consent for a third-party app.'
    c.why = ('OAuth consent phishing: the only link is a genuine login.microsoftonline.com authorize URL for an unknown '
             'multi-tenant app asking for Mail.ReadWrite, Mail.Send, Files.ReadWrite.All and offline_access with a '
             'redirect to docview-acrobatsign.com; sender is a look-alike Adobe domain on SendGrid.')
    return send(c, env, T.sendgrid, dkim_domain='acrobatsign-documents.com')


@message('attack', 13, 'en', 'sextortion-bitcoin')
def a13(c):
    t = util.local_to_utc('BR', 2026, 11, 21, 3, 47, 15)
    from lib import ids as I
    wallet = c.wallet(I.bech32_address([c.rng.getrandbits(8) for _ in range(20)]), 'attacker BTC address')
    victim = p('log')['email']
    # homoglyphs as used to evade keyword filters (Cyrillic о, а, е)
    text = ('Hеllo!\n\n'
            'I have to share bad news with you.\n'
            'Approximately few months ago I have gained access to your devices, which you use for internet browsing. '
            'After that, I have started tracking your internet activities.\n\n'
            'Here is the sequence of events:\n'
            'Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to '
            'purchase such thing online). Obviously, I have easily managed to log in to your email account (%s).\n\n'
            'One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use '
            'to access your email. In fact, it was not really hard at all (since you were following the links from your '
            'inbox emails). All ingenious is simple. =)\n\n'
            'This software provides me with access to all the controllers of your devices (e.g., your microphone, video '
            'camera and keyboard). I have downloaded all your information, data, photos, web browsing history to my '
            'servers. I have access to all your messengers, social networks, emails, chat history and contacts list.\n\n'
            'My virus continuously refreshes the signatures (it is driver-based), and hence remains invisible for '
            'antivirus software.\n\n'
            'Likewise, I guess by now you understand why I have stayed undetected until this letter...\n\n'
            'I made a video showing you (through your camera) satisfying yourself in the right part of the screen, '
            'while the left part shows the video you were watching at that time. With one click of my mouse, this video '
            'can be sent to all your emails and contacts on social networks.\n\n'
            'If you want to prevent this, transfer the amount of 1450 USD to my bitcoin address (if you do not know how '
            'to do this, write to Google: "Buy Bitcoin").\n\n'
            'My bitcoin address (BTC Wallet) is: %s\n\n'
            'After receiving the payment, I will delete the video and you will never hear from me again. You have 50 '
            'hours (2 days) to pay. I have a notice reading this letter, and the timer will work when you see this letter.\n\n'
            'Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin '
            'address. I do not make any mistakes.\n\n'
            'If I find that you have shared this message with someone else, the video will be immediately distributed.\n\n'
            'Best regаrds!' % (victim, wallet))
    body = mime.text(text, 'plain', 'UTF-8', 'base64', ct='text/plain; charset="{cs}"')
    env = Env(frm_name='', frm_email=victim, to=[('', victim)],
              subject='Payment notification: your account %s has been hacked' % victim,
              date=t, zone='BR', msgid='%s@example.com' % c.hex(24), body=body)
    c.what = 'Classic sextortion: claims device compromise and a compromising video, demands USD 1,450 in Bitcoin.'
    c.why = ('Sextortion spam: From spoofs the recipient\'s own address (SPF fail, DMARC fail for example.com), sent '
             'directly from a residential Brazilian IP without rDNS, base64 body with Cyrillic homoglyphs (Hеllo, '
             'regаrds) to evade keyword filters, bech32 wallet.')
    return send(c, env, T.direct, helo='[187.62.119.40]', ip='187.62.119.40', rdns=None,
                order=['Message-ID', 'From', 'To', 'Subject', 'Date', 'MIME-Version', '__MIME__'],
                auth={'spf': 'fail', 'dkim': []})


@message('attack', 14, 'en', 'paypal-invoice-callback')
def a14(c):
    t = util.local_to_utc('US-PT', 2026, 11, 24, 6, 2, 44)
    phone = c.phone('+1 (808) 351-4692', 'callback number planted in the invoice note')
    inv = 'INV2-%s-%s-%s-%s' % (c.upper(4), c.upper(4), c.upper(4), c.upper(4))
    c.ident('PayPal invoice number', inv)
    link = c.url('https://www.paypal.com/invoice/p/#%s' % inv.replace('INV2-', '').replace('-', ''), 'genuine PayPal invoice page')
    c.url('https://www.paypal.com/us/smarthelp/contact-us', 'genuine footer link')
    note = ('Thank you for renewing Norton 360 Business Protection (10 devices, 3 years). Your account will be charged '
            '$749.99 USD within 24 hours. If you did not authorize this purchase or want to cancel and get a full '
            'refund, contact our billing department immediately at %s (Mon–Sun, 24/7).' % phone)
    text = ('Norton LifeLock Billing Dept sent you an invoice\n\n'
            'Amount due: $749.99 USD\nDue on receipt\nInvoice number: %s\n\n'
            'Seller note to customer:\n%s\n\n'
            'View and pay invoice: %s\n\n'
            'Don\'t recognise this invoice? Don\'t pay it. Report it to PayPal.\n\n'
            'Help & Contact: https://www.paypal.com/us/smarthelp/contact-us\n'
            'PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n'
            'Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.'
            % (inv, note, link))
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;background:#f5f7fa;font-family:PayPalOpen-Regular,Helvetica Neue,Arial,sans-serif">'
            '<table align="center" width="600" style="background:#fff" cellpadding="30"><tr><td>'
            '<div style="font-size:26px;font-weight:bold;color:#003087">PayPal</div>'
            '<h2 style="font-size:24px;color:#001435">Norton LifeLock Billing Dept sent you an invoice</h2>'
            '<p style="font-size:32px;margin:0">$749.99 <span style="font-size:16px">USD</span></p>'
            '<p style="color:#545d68">Due on receipt · Invoice number: %s</p>'
            '<table style="background:#f1f6fb;border-radius:8px" cellpadding="16" width="100%%"><tr><td>'
            '<b>Seller note to customer</b><br>%s</td></tr></table>'
            '<p style="margin:28px 0"><a href="%s" style="background:#0070e0;color:#fff;padding:12px 28px;border-radius:24px;'
            'text-decoration:none;font-weight:bold">View and Pay Invoice</a></p>'
            '<p style="font-size:13px;color:#545d68">Don\'t recognise this invoice? Don\'t pay it. Report it to PayPal.</p>'
            '<p style="font-size:11px;color:#6c7378"><a href="https://www.paypal.com/us/smarthelp/contact-us">Help &amp; Contact</a>'
            ' | PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>'
            'Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</p>'
            '</td></tr></table></body></html>\n' % (inv, fmt.esc(note), link))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable')], c.boundary('javamail'))
    env = Env(frm_name='Norton LifeLock Billing Dept via PayPal', frm_email='service@paypal.com',
              to=[('', p('uk_acc')['email'])],
              subject='Invoice from Norton LifeLock Billing Dept (%s)' % inv.split('-', 1)[1][:9], date=t, zone='US-PT',
              msgid='%s.%s@%s.paypal.com' % (c.hex(16), c.hex(8), 'ccg01mail01'), body=body,
              env_from='service@paypal.com',
              extra=[('X-Email-Type-Id', 'PPC001179'), ('X-XPT-XSL-Name', 'email_pimp/default/en_US/invoicing/recipient_invoice.xsl'),
                     ('PP-Correlation-Id', c.hex(13)), ('X-PP-REQUESTED-TIME', str(int(t.timestamp() * 1000))),
                     ('X-PP-Email-transmission-Id', c.guid())])
    c.what = 'Genuine PayPal invoice email from a scam merchant "Norton LifeLock Billing Dept" with a callback number in the note.'
    c.why = ('Callback phishing (TOAD) abusing PayPal\'s real invoicing: DKIM/SPF/DMARC pass for paypal.com, no malicious '
             'link at all; the payload is the phone number, where fake agents push remote-access software or card data. '
             'Nobody at the UK office buys Norton via PayPal.')
    return send(c, env, T.platform, host='mx0.slc.paypal.com', ip='173.0.84.225', selector='pp-dkim1',
                dkim_domain='paypal.com', tls='1.2',
                order=['Date', 'Message-ID', 'From', 'To', 'Subject', 'MIME-Version', '__MIME__', '__EXTRA__'])


@message('attack', 15, 'en', 'purchase-order-html-login')
def a15(c):
    t = util.local_to_utc('UK', 2026, 11, 26, 7, 19, 30)
    victim = p('export')['email']
    action = c.url('https://meridian-offshore.co.uk/wp-includes/css/dist/po/auth.php', 'credential harvesting form action on a compromised WordPress site')
    logo = c.url('https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg', 'hot-linked Microsoft logo')
    page = html_page('Excel Online', (
        '<div style="font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;min-height:100%%;padding:60px 0">'
        '<div style="width:440px;margin:0 auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)">'
        '<img src="%s" width="108" alt="Microsoft">'
        '<h2 style="font-weight:600;font-size:24px;margin:16px 0 8px">Sign in to view document</h2>'
        '<p style="font-size:13px;color:#444">Purchase_Order_MO-26-4471.xlsx (48 KB) has been shared with you. '
        'Verify your email account to continue.</p>'
        '<form method="post" action="%s">'
        '<input type="email" name="login" value="%s" style="width:100%%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px">'
        '<input type="password" name="passwd" placeholder="Password" style="width:100%%;border:0;border-bottom:1px solid #666;'
        'padding:6px 0;margin-top:16px;font-size:15px">'
        '<input type="hidden" name="ref" value="MO-26-4471">'
        '<p style="text-align:right"><button type="submit" style="background:#0067b8;color:#fff;border:0;padding:8px 32px;'
        'font-size:15px">Sign in</button></p></form>'
        '<p style="font-size:12px;color:#666">Because you\'re accessing sensitive info, you need to verify your password.</p>'
        '</div></div>') % (logo, action, victim), 'en')
    text = ('Good morning,\n\n'
            'Please find attached our purchase order MO-26-4471 for hydraulic power units and spare gear pumps for '
            'our DSV refit in Aberdeen. Kindly confirm price, availability and earliest delivery date by return.\n\n'
            'The PO is attached as a secured Excel Online document - please sign in with your company email to open it.\n\n'
            'Best regards\n\nCallum Fraser\nProcurement Officer\nMeridian Offshore Ltd\nUnit 3, Altens Industrial Estate, '
            'Aberdeen AB12 3LF\nTel: +44 1224 861 204')
    c.phone('+44 1224 861 204')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'us-ascii', '7bit', ct='text/plain; charset={cs}'),
                                    mime.attachment(page.encode('utf-8'), 'text/html', 'Purchase_Order_MO-26-4471.html',
                                                    ct_params='charset=utf-8')], c.boundary('phpmailer'))
    env = Env(frm_name='Meridian Offshore Ltd - Procurement', frm_email='purchasing@meridian-offshore.co.uk',
              to=[('', victim)], subject='New Purchase Order MO-26-4471 – please confirm',
              date=t, zone='UTC', msgid=mid_php(c, 'meridian-offshore.co.uk'), body=body)
    c.what = 'Purchase order from an offshore company with the "PO" as an HTML attachment that shows a Microsoft sign-in form.'
    c.why = ('HTML-attachment credential phishing: sent with PHPMailer from a compromised WordPress/cPanel site (script '
             'path in X-Get-Message-Sender-Via), attachment is a local fake Excel Online login pre-filled with the '
             'victim\'s address posting to auth.php on the hacked site.')
    return send(c, env, T.exim_cpanel, server='uk2.cloudhost-svr.co.uk', server_ip='185.151.30.148', php=True,
                xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
                script_path='/home/meridia1/public_html/wp-includes/css/dist/po/send.php', zone='UTC')


@message('attack', 16, 'en', 'helpdesk-quick-assist')
def a16(c):
    t = util.local_to_utc('UK', 2026, 12, 3, 9, 48, 5)
    c.phone('+44 20 3808 4417', 'fake "service desk" callback number')
    qa = c.url('https://aka.ms/quickassist', 'real Microsoft Quick Assist download link (abused)')
    text = ('Hello Sarah,\n\n'
            'We have detected a large volume of spam newsletter subscriptions targeting your mailbox since this morning '
            '(ticket INC0048213). Our security team is applying a filter, but to finish the clean-up we need to check '
            'the Outlook rules on your PC.\n\n'
            'A colleague from the Example Group IT Service Desk will contact you shortly via Microsoft Teams (display '
            'name "IT Service Desk – Help Desk"). Please accept the chat and start Quick Assist when asked:\n'
            '1. Press Windows + Ctrl + Q, or open %s\n'
            '2. Select "Help someone" / "Get help" and enter the 6-digit code our technician gives you.\n'
            '3. Allow "Take full control" so we can remove the malicious subscriptions.\n\n'
            'If you do not receive the Teams chat within 15 minutes, please call us on +44 20 3808 4417.\n\n'
            'Do not forward this email.\n\n'
            'Kind regards\nIT Service Desk\nExample Group' % qa)
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
                                          mime.text(fmt.simple_html(text, 'Segoe UI, Arial, sans-serif', '10.5pt'), 'html', 'utf-8', 'quoted-printable')],
                          '_000_' + c.hex(40, True) + '_')
    env = Env(frm_name='IT Service Desk - Example Group', frm_email='servicedesk@examplegroupit.onmicrosoft.com',
              to=[to('uk_om')], subject='[INC0048213] Spam attack on your mailbox – remote clean-up today',
              date=t, zone='UK', msgid=None, body=body, lang='en-GB')
    c.what = '"IT Service Desk" mail announcing a Teams call and asking the user to start Quick Assist with full control.'
    c.why = ('Help-desk / remote-access pretext (email-bombing follow-up, Black Basta/Storm-1811 style): sent from an '
             'attacker-owned onmicrosoft.com tenant, not from the internal Exchange; asks to accept an external Teams '
             'chat and grant Quick Assist full control; unknown London number.')
    return send(c, env, T.m365, region='NAM', lang='en-GB', org_domain_='examplegroupit.onmicrosoft.com',
                dkim_domain='examplegroupit.onmicrosoft.com', selector='selector1-examplegroupit-onmicrosoft-com',
                client='owa')


# =====================================================================================  BUSINESS
@message('business', 9, 'en', 'pennine-rfq-xlsx')
def b09(c):
    t = util.local_to_utc('UK', 2026, 10, 21, 14, 7, 55)
    c.url('www.penninefluidpower.co.uk')
    c.phone('+44 1274 590 318')
    c.phone('+44 7700 914 226')
    rows = [[('b', 'Line'), ('b', 'Example part no.'), ('b', 'Description'), ('b', 'Qty / call-off'),
             ('b', 'Call-offs 2027'), ('b', 'Target price GBP')],
            [1, 'ZP-4-032-R', 'Gear pump 32 cc/rev, SAE-A, right hand', 60, 4, ('n2', 148.0)],
            [2, 'ZP-4-045-R', 'Gear pump 45 cc/rev, SAE-A, right hand', 40, 4, ('n2', 171.5)],
            [3, 'SB-12-4S', 'Sectional valve bank 4-section, 12 V solenoid', 25, 4, ('n2', 612.0)],
            [4, 'SB-12-6S', 'Sectional valve bank 6-section, 12 V solenoid', 15, 4, ('n2', 884.0)],
            [5, 'DK-SB12', 'Seal kit for SB-12 sections', 200, 2, ('n2', 9.8)]]
    xlsx = ooxml.xlsx([('RFQ PFP-Q-26-1184', [['Pennine Fluid Power Ltd – RFQ PFP-Q-26-1184'],
                                              ['End customer: Hartley Cranes Ltd, Halifax – loader crane series HC-90'], []] + rows +
                        [[], ['Delivery: DAP Bradford, Incoterms 2020'], ['Please quote by 4 November 2026']])],
                      title='RFQ PFP-Q-26-1184', author='Gareth Holt', created='2026-10-21T12:58:00Z', dt=(2026, 10, 21, 13, 58, 0))
    text = ('Hi Sarah,\n\n'
            'Please find attached our RFQ PFP-Q-26-1184 for the Hartley Cranes HC-90 programme – gear pumps and '
            '12 V sectional valve banks with quarterly call-offs through 2027.\n\n'
            'The target prices in the sheet are what Hartley have indicated; anything you can do on the valve banks '
            'would help us win it against the Italian competition. Could you also confirm current lead times for the '
            'SB-12 6-section?\n\n'
            'We need your quote by 4 November. Julia – copying you in case the volumes need the DE price list.\n\n'
            'Many thanks\n\n' + PFP_SIG)
    body = outlook_body(c, text, 'en', 'us-ascii' if False else 'utf-8',
                        attachments=[mime.attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                                     'RFQ PFP-Q-26-1184 Hartley HC-90.xlsx',
                                                     extra_headers=[('Content-Description', 'RFQ PFP-Q-26-1184 Hartley HC-90.xlsx')],
                                                     outlook_params=['size=%d' % len(xlsx)])])
    env = Env(frm_name='Gareth Holt', frm_email='gareth.holt@penninefluidpower.co.uk', to=[to('uk_om')], cc=[to('export')],
              subject='RFQ PFP-Q-26-1184 – gear pumps & valve banks, Hartley HC-90 (2027 call-offs)', date=t, zone='UK',
              msgid=None, body=body, lang='en-GB')
    c.what = 'Distributor RFQ with an Excel sheet of pumps and valve banks for a crane manufacturer\'s 2027 programme.'
    c.why = ('Real partner (Pennine, M365, DMARC pass) asking for a quote through the normal sales channel, plain XLSX '
             'without macros, specific parts and volumes, no payment or login request.')
    c.pair, c.topic = '09-en-advance-fee-vendor-registration.eml', 'Request for quotation / invitation to bid'
    c.diff = ('Genuine RFQ from a known distributor with real part numbers. Attack: unsolicited "shortlisting" by a '
              'state oil company on a look-alike domain that requires an upfront registration fee to a UAE account.')
    return send(c, env, T.m365, region='GBR', lang='en-GB', tenant_id='3d8f21a6-7c4e-4b19-9a0e-5f2c6d8b1e47')


@message('business', 10, 'en', 'companies-house-confirmation-statement')
def b10(c):
    t = util.local_to_utc('UK', 2026, 11, 7, 9, 0, 12)
    u1 = c.url('https://www.gov.uk/file-your-confirmation-statement-with-companies-house')
    u2 = c.url('https://www.gov.uk/guidance/verifying-your-identity-for-companies-house')
    u3 = c.url('https://find-and-update.company-information.service.gov.uk/company/10487321')
    text = ('Dear James Whitfield,\n\n'
            'EXAMPLE GROUP UK LTD (10487321)\n\n'
            'Your company\'s confirmation statement is due by 21 November 2026.\n\n'
            'You can file it online:\n%s\n\n'
            'You\'ll need the company authentication code. If you do not have it, you can request it from the '
            'company\'s page on Find and update company information:\n%s\n\n'
            'Identity verification\nAll directors and people with significant control must verify their identity. '
            'You can find out how to do this and check the deadlines that apply to you here:\n%s\n\n'
            'We will never ask you to verify your identity by clicking a link in an email that you were not expecting. '
            'Always start from GOV.UK.\n\n'
            'Companies House\n\n'
            'This is an automated email. Please do not reply.' % (u1, u3, u2))
    body = mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}')
    env = Env(frm_name='Companies House', frm_email='companies.house@notifications.service.gov.uk',
              to=[('', p('uk_acc')['email'])],
              subject='EXAMPLE GROUP UK LTD (10487321): confirmation statement due by 21 November 2026',
              date=t, zone='UTC', msgid=T.ses_msgid(c, 'eu-west-2'), body=body,
              env_from='0102019%s-%s-000000@eu-west-2.amazonses.com' % (c.hex(9), c.guid()))
    c.what = 'GOV.UK Notify reminder from Companies House that the confirmation statement is due.'
    c.why = ('Sent through GOV.UK Notify (notifications.service.gov.uk on Amazon SES eu-west-2, DMARC pass), links only '
             'to gov.uk / service.gov.uk pages, no personalised login link, states it never asks to verify via e-mail links.')
    c.pair, c.topic = '10-en-companies-house-id-verification.eml', 'Companies House filing / identity verification'
    c.diff = ('Genuine: GOV.UK Notify domain, generic gov.uk links. Attack: look-alike companieshouse-idverify.uk via '
              'SES us-east-1, penalty threat, personalised verification link off gov.uk.')
    return send(c, env, T.ses, region='eu-west-2', dkim_domain='notifications.service.gov.uk')


@message('business', 11, 'en', 'pennine-teams-invite')
def b11(c):
    t = util.local_to_utc('UK', 2026, 10, 15, 10, 30, 41)
    t_start = util.local_to_utc('UK', 2026, 10, 29, 10, 0)
    tenant = '3d8f21a6-7c4e-4b19-9a0e-5f2c6d8b1e47'
    join, opts = teams_block(c, tenant, '', '')
    c.url(join, 'Teams join link')
    c.url(opts, 'meeting options')
    c.url('https://www.microsoft.com/microsoft-teams/join-a-meeting')
    c.url('https://aka.ms/JoinTeamsMeeting?omkt=en-GB')
    mid_ = '%d %d %d %d' % (c.randint(100, 999), c.randint(100, 999), c.randint(100, 999), c.randint(100, 999))
    pc = c.alnum(8)
    c.ident('Teams meeting ID', mid_)
    desc = ('Hi Sarah, Julia,\n\nQuarterly business review as agreed – agenda: Q3 sales vs. forecast, 2027 rebate '
            'scale, consignment stock in Bradford, open quality claims (2).\n\nGareth\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Join the meeting now: %s\n'
            'Meeting ID: %s\nPasscode: %s\n\n'
            'Need help? https://aka.ms/JoinTeamsMeeting?omkt=en-GB\n'
            'Download Teams: https://www.microsoft.com/microsoft-teams/join-a-meeting\n'
            'Meeting options: %s\n'
            '________________________________________________________________________________' % (join, mid_, pc, opts))
    dhtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">Hi Sarah, Julia,<br><br>Quarterly business '
             'review as agreed – agenda: Q3 sales vs. forecast, 2027 rebate scale, consignment stock in Bradford, open '
             'quality claims (2).<br><br>Gareth</div><div style="width:100%%;height:20px"><span style="white-space:nowrap;'
             'color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>'
             '<div class="me-email-text" lang="en-GB" style="color:#252424;font-family:\'Segoe UI\',Helvetica,Arial,sans-serif">'
             '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>'
             '<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;'
             'color:#252424">Join on your computer, mobile app or room device</span></div><a class="me-email-headline" '
             'style="font-size:14px;font-family:\'Segoe UI Semibold\',\'Segoe UI\',Helvetica,Arial,sans-serif;text-decoration:underline;'
             'color:#6264a7" href="%s" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a></div>'
             '<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span style="font-size:14px;color:#252424">'
             'Meeting ID: <span style="font-size:16px;color:#252424">%s</span></span><br><span style="font-size:14px;color:#252424">'
             'Passcode: </span><span style="font-size:16px;color:#252424">%s</span></div><div style="font-size:14px">'
             '<a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Download Teams</a> | '
             '<a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Join on the web</a></div></div>'
             '<div style="margin-bottom:24px;margin-top:20px"><a class="me-email-link" target="_blank" href="%s" '
             'rel="noreferrer noopener" style="font-size:14px;text-decoration:underline;color:#6264a7">Meeting options</a></div>'
             '</div><div style="font-size:14px;margin-bottom:4px;color:#252424"></div></body></html>\n' % (join, mid_, pc, opts))
    att = [to('uk_om'), to('export')]
    body = meeting_mail(c, 'Gareth Holt', 'gareth.holt@penninefluidpower.co.uk', att, 'Example / Pennine QBR Q3 2026',
                        t_start, 60, 'UK', desc, dhtml, exch_uid(c), t)
    env = Env(frm_name='Gareth Holt', frm_email='gareth.holt@penninefluidpower.co.uk', to=att,
              subject='Example / Pennine QBR Q3 2026', date=t, zone='UK', msgid=None, body=body, lang='en-GB')
    c.what = 'Teams meeting request for the quarterly business review from the UK distributor.'
    c.why = ('Standard Outlook/Teams invitation (text/calendar METHOD:REQUEST) from the partner\'s real M365 tenant, with '
             'the normal teams.microsoft.com join link, meeting ID and passcode; nothing to authorise.')
    c.pair, c.topic = '11-en-teams-devicecode-pennine.eml', 'Teams meeting invitation from Pennine Fluid Power'
    c.diff = ('Same sender and tenant. Genuine: normal Teams join link, ID and passcode. Attack (mailbox later '
              'compromised): no join link, asks to enter a code at microsoft.com/devicelogin and sign in.')
    return send(c, env, T.m365, region='GBR', lang='en-GB', tenant_id=tenant)


@message('business', 12, 'en', 'microsoft-account-new-app')
def b12(c):
    t = util.local_to_utc('DE', 2026, 11, 16, 18, 41, 3)
    u1 = c.url('https://account.live.com/consent/Manage')
    u2 = c.url('https://account.live.com/Activity')
    u3 = c.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'privacy statement')
    text = ('Microsoft account\n\nNew app(s) connected to your Microsoft account\n\n'
            'The following app(s) got access to th*****@example.com:\n\nMicrosoft Authenticator\n\n'
            'If you didn\'t grant this access, please remove the app(s) from your account.\n\n'
            'Manage your apps: %s\n\n'
            'You can also review recent activity: %s\n\n'
            'You can opt out or change where you receive security notifications by going to your security settings.\n\n'
            'Thanks,\nThe Microsoft account team\n\n'
            'Privacy Statement: %s\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052' % (u1, u2, u3))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\','
            '\'Helvetica Neue Medium\',Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;'
            'font-size:41px;color:#2672ec">New app(s) connected to your Microsoft account</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;'
            'color:#2a2a2a">The following app(s) got access to <a dir="ltr" style="color:#2672ec;text-decoration:none" '
            'href="mailto:th*****@example.com">th*****@example.com</a>:</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;'
            'color:#2a2a2a"><b>Microsoft Authenticator</b></td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;'
            'color:#2a2a2a">If you didn\'t grant this access, please remove the app(s) from your account.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;'
            'color:#2a2a2a"><a style="color:#2672ec;text-decoration:none" href="%s">Manage your apps</a></td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;'
            'color:#2a2a2a">You can also <a style="color:#2672ec;text-decoration:none" href="%s">review recent activity</a>.'
            '</td></tr><tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;'
            'font-size:14px;color:#2a2a2a">Thanks,<br>The Microsoft account team</td></tr></table>'
            '<table><tr><td style="padding:0;font-size:12px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;color:#666">'
            '<a href="%s" style="color:#2672ec">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, '
            'WA 98052</td></tr></table></body></html>\n' % (u1, u2, u3))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable')],
                          '--boundary_%d_%s' % (c.randint(0, 99), c.guid()))
    env = Env(frm_name='Microsoft account team', frm_email='account-security-noreply@accountprotection.microsoft.com',
              to=[('', p('it')['email'])], subject='New app(s) connected to your Microsoft account',
              date=t, zone='UTC', msgid=None, body=body,
              extra=[('X-MSAPipeline', 'MessageDispatcher'), ('X-MSAMetaData', c.b64(60)[:80])])
    c.what = 'Microsoft account security notification that the Microsoft Authenticator app was connected to the IT head\'s account.'
    c.why = ('Genuine Microsoft account notification (accountprotection.microsoft.com via EOP, DMARC pass), follows the IT '
             'head setting up Authenticator for the MFA rollout, links only to account.live.com / go.microsoft.com, '
             'no request to enter credentials.')
    c.pair, c.topic = '12-en-oauth-consent-acrobat-sign.eml', 'App access / consent to a Microsoft account'
    c.diff = ('Genuine: notification after the user himself connected a first-party app. Attack: asks the user to grant '
              'an unknown third-party app broad mailbox and file permissions via a real login URL.')
    return send(c, env, T.m365, region='NAM', dkim_domain='accountprotection.microsoft.com', selector='selector1',
                org_domain_='microsoft.com', client='msa', tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47',
                traffic='Email')


@message('business', 13, 'en', 'newsletter-hydraulics-insider')
def b13(c):
    t = util.local_to_utc('UK', 2026, 11, 12, 6, 0, 0)
    uid, lid = c.hex(25), c.hex(10)
    eid = c.hex(10)

    def tr(n):
        return c.url('https://hydraulicsinsider.us14.list-manage.com/track/click?u=%s&id=%s&e=%s' % (uid, c.hex(10), eid))
    unsub = c.url('https://hydraulicsinsider.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (uid, lid, eid, c.hex(10)))
    prefs = c.url('https://hydraulicsinsider.us14.list-manage.com/profile?u=%s&id=%s&e=%s&c=%s' % (uid, lid, eid, c.hex(10)))
    opn = c.url('https://hydraulicsinsider.us14.list-manage.com/track/open.php?u=%s&id=%s&e=%s' % (uid, c.hex(10), eid), 'open pixel')
    l1, l2, l3, l4 = tr(1), tr(2), tr(3), tr(4)
    stories = [
        ('Hydrogen-ready power units: what changes for pump seals', 'Elastomer suppliers report growing demand for '
         'H2-compatible FKM grades as OEMs prepare mobile machines for hydrogen combustion engines.', l1),
        ('Steel prices: ductile iron castings up 4 % for Q1 2027', 'European foundries announce surcharges citing energy '
         'and scrap costs; buyers are locking in half-year contracts.', l2),
        ('bauma 2028: exhibitor space booking opens', 'Messe München has opened the booking window for bauma 2028 '
         '(Munich, April). Hall A5 is expected to host fluid power again.', l3),
        ('Standards watch: ISO 4413 revision out for ballot', 'The draft revision of the hydraulic safety standard adds '
         'requirements for electronically controlled pumps.', l4)]
    text = 'Hydraulics Insider Europe – Week 46/2026\n\n' + '\n\n'.join(
        '%s\n%s\nRead more: %s' % (h, s, u) for h, s, u in stories) + (
        '\n\nYou are receiving this email because you subscribed at hydraulicsinsider.eu.\n'
        'Hydraulics Insider Europe · 21 Wellington Street · Leeds LS1 4DL · United Kingdom\n'
        'Update your preferences: %s\nUnsubscribe: %s' % (prefs, unsub))
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Hydraulics Insider Europe – Week 46/2026</title>'
            '</head><body style="margin:0;padding:0;background:#eeeeee"><center><table width="600" style="background:#fff" '
            'cellpadding="0" cellspacing="0"><tr><td style="background:#123c69;color:#fff;padding:24px;font-family:Georgia,serif;'
            'font-size:26px">Hydraulics Insider <span style="color:#ac8c4c">Europe</span><div style="font-size:13px;'
            'font-family:Arial,sans-serif;color:#cfd8e3">Week 46/2026 · Your weekly fluid power briefing</div></td></tr>%s'
            '<tr><td style="padding:20px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777">You are receiving this '
            'email because you subscribed at hydraulicsinsider.eu.<br>Hydraulics Insider Europe · 21 Wellington Street · '
            'Leeds LS1 4DL · United Kingdom<br><a href="%s" style="color:#777">Update your preferences</a> · '
            '<a href="%s" style="color:#777">Unsubscribe</a></td></tr></table></center>'
            '<img src="%s" height="1" width="1" alt=""></body></html>\n' % (
                ''.join('<tr><td style="padding:18px 24px;border-bottom:1px solid #e5e5e5;font-family:Arial,sans-serif">'
                        '<h2 style="font-size:18px;margin:0 0 6px;color:#123c69">%s</h2><p style="font-size:14px;color:#333;'
                        'margin:0 0 8px">%s</p><a href="%s" style="color:#ac8c4c;font-weight:bold;font-size:13px">Read more »</a>'
                        '</td></tr>' % (fmt.esc(h), fmt.esc(s), u) for h, s, u in stories), prefs, unsub, opn))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset="{cs}"'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', ct='text/html; charset="{cs}"')],
                          c.boundary('mailchimp'))
    env = Env(frm_name='Hydraulics Insider Europe', frm_email='news@hydraulicsinsider.eu', to=[('Julia', p('export')['email'])],
              reply_to=('Hydraulics Insider Europe', 'editor@hydraulicsinsider.eu'),
              subject='Week 46: hydrogen-ready pumps, castings +4 %, bauma 2028 booking opens', date=t, zone='UTC',
              msgid='%s.%s@mail%d.suw%d.mcdlv.net' % (c.hex(25), c.hex(10), c.randint(100, 250), c.randint(11, 121)),
              body=body, env_from='bounce-mc.us14_%d.%d-%s=examplegroup.eu@mail%d.suw21.mcsv.net' % (
                  c.randint(10000000, 99999999), c.randint(1000000, 9999999), 'julia.neumann', c.randint(100, 250)),
              extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net>' % (
                  unsub, uid, lid, eid)), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
    c.what = 'Weekly trade newsletter (Mailchimp) with fluid-power industry news.'
    c.why = ('Opt-in newsletter with consistent Mailchimp infrastructure (mcdlv.net, list-manage.com tracking, '
             'List-Unsubscribe one-click), DKIM for the publisher domain, content relevant to the trade, no credential or '
             'payment request.')
    c.pair, c.topic = None, ''
    return send(c, env, T.mailchimp, list_id=('Hydraulics Insider Europe', lid), campaign=c.hex(10))


@message('business', 14, 'en', 'dalesoft-solidworks-renewal')
def b14(c):
    t = util.local_to_utc('UK', 2026, 11, 20, 11, 25, 16)
    phone = c.phone('+44 1423 504 880', 'reseller renewals desk (on file)')
    iban = c.iban(BANK['dalesoft'], 'reseller account (unchanged, on file since 2021)')
    c.url('www.dalesoft.co.uk')
    q = docs.invoice(
        dict(title='Renewal quotation RQ-26-3391', author='Dalesoft', creator='Sage 200', producer='Crystal Reports',
             created="20261120102211Z", lang='en-GB'),
        ['Dalesoft CAD Solutions Ltd', 'Hornbeam Park Avenue 4', 'Harrogate HG2 8QT', 'Tel +44 1423 504 880',
         'www.dalesoft.co.uk'],
        ['Example Group UK Ltd', 'Attn: James Whitfield', 'Unit 4, Europa Link', 'Sheffield S9 1XU'],
        'Renewal quotation',
        [('Quotation', 'RQ-26-3391'), ('Date', '20/11/2026'), ('Customer', '20417'), ('Valid until', '31/12/2026')],
        [(250, 'left'), (40, 'right'), (95, 'right'), (110, 'right')],
        [['Item', 'Qty', 'Unit GBP', 'Total GBP'],
         ['SOLIDWORKS Premium subscription 01/01–31/12/2027', '3', '2,148.00', '6,444.00'],
         ['SOLIDWORKS PDM Professional CAD editor subscription', '3', '612.00', '1,836.00'],
         ['SOLIDWORKS Simulation Professional subscription', '1', '1,985.00', '1,985.00']],
        [('Net', '10,265.00', False), ('VAT 20 %', '2,053.00', False), ('Total GBP', '12,318.00', True)],
        ['Payment: 30 days from invoice to our account as on file:', 'Barclays Bank UK PLC, IBAN %s' % iban,
         'Questions: renewals desk %s, Mon–Fri 9:00–17:00' % phone],
        ['Dalesoft CAD Solutions Ltd · Registered in England and Wales No. 07184452 · VAT GB %s' % _ids.gb_vat('3918274')],
        color='#b5121b')
    text = ('Dear James,\n\n'
            'Your SOLIDWORKS subscriptions (3× Premium, 3× PDM Professional, 1× Simulation Professional, customer 20417) '
            'expire on 31 December 2026. Please find attached renewal quotation RQ-26-3391.\n\n'
            'If you would like to go ahead, simply reply with your PO number – we will then raise the invoice in January '
            'as usual. If you want to change seat numbers, just give our renewals desk a ring on %s.\n\n'
            'Kind regards\n\nHannah Lister\nRenewals Coordinator\nDalesoft CAD Solutions Ltd\nwww.dalesoft.co.uk' % phone)
    body = outlook_body(c, text, 'en', 'utf-8', attachments=[att_pdf(q, 'RQ-26-3391 Example Group UK.pdf', outlook=True, t=t)])
    env = Env(frm_name='Dalesoft Renewals', frm_email='renewals@dalesoft.co.uk', to=[('James Whitfield', p('uk_acc')['email'])],
              subject='SOLIDWORKS subscription renewal – Example Group UK (customer 20417) – due 31/12/2026', date=t,
              zone='UK', msgid=None, body=body, lang='en-GB')
    c.what = 'CAD reseller\'s renewal quotation for existing SOLIDWORKS subscriptions, with phone number of the renewals desk.'
    c.why = ('Known reseller (M365, DMARC p=reject pass), matches licences actually in use, invoice only after a PO, bank '
             'account "as on file", phone number is the reseller\'s published desk; no urgency or charge already made.')
    c.pair, c.topic = '14-en-paypal-invoice-callback.eml', 'Subscription renewal / billing with a phone number'
    c.diff = ('Genuine: existing supplier, quote before any charge, number on file. Attack: unknown "Norton" merchant via '
              'PayPal claims a charge is imminent and pushes the victim to call a number.')
    return send(c, env, T.m365, region='GBR', lang='en-GB')


@message('business', 15, 'en', 'thalassa-purchase-order')
def b15(c):
    t = util.local_to_utc('GR', 2026, 11, 2, 12, 14, 9)
    c.phone('+30 210 429 7710')
    c.url('www.thalassaship.gr')
    po = docs.invoice(
        dict(title='Purchase Order TSM-PO-26-1187', author='purchasing', creator='ShipNet Fleet', producer='ShipNet Fleet PDF',
             created="20261102115233+02'00'", lang='en-GB'),
        ['Thalassa Ship Management S.A.', 'Akti Kondyli 32', '185 45 Piraeus, Greece', 'Tel +30 210 429 7710',
         'www.thalassaship.gr'],
        ['Example Group GmbH', 'Export Sales – Marine & Offshore', 'Wannenäckerstraße 40', '74078 Heilbronn, Germany'],
        'Purchase Order',
        [('PO No.', 'TSM-PO-26-1187'), ('Date', '02/11/2026'), ('Vessel', 'M/V Aegean Dawn (IMO 9612347)'),
         ('Your quotation', 'EX-Q-26-2210'), ('Delivery', 'Piraeus, by 27/11/2026')],
        [(40, 'left'), (95, 'left'), (220, 'left'), (40, 'right'), (100, 'right')],
        [['Item', 'Part no.', 'Description', 'Qty', 'Total EUR'],
         ['1', 'AKP-250-MAR', 'Axial piston pump 250 cc, hatch cover hydraulics', '1', '6,480.00'],
         ['2', 'DK-AKP250', 'Seal kit for AKP-250', '4', '492.00'],
         ['3', 'SV-16-24DC', 'Directional valve NG16, 24 V DC', '2', '1,136.00']],
        [('Total EUR', '8,108.00', True)],
        ['Payment: 60 days after delivery, by bank transfer to the account stated on your invoice.',
         'Delivery address: c/o Argyriou International Transports S.A., Piraeus port, for M/V Aegean Dawn.',
         'Please confirm acceptance of this PO by return e-mail.'],
        ['Thalassa Ship Management S.A. · Piraeus · all purchases subject to our general terms (TSM-GT-2024)'],
        color='#0d4d77')
    text = ('Dear Julia,\n\n'
            'Please find attached our purchase order TSM-PO-26-1187 for M/V Aegean Dawn against your quotation '
            'EX-Q-26-2210. Kindly confirm acceptance and the dispatch date.\n\n'
            'Delivery as usual via Argyriou in Piraeus; the vessel is expected at Perama shipyard from 28 November.\n\n'
            'Best regards,\n\nPurchasing Department\nThalassa Ship Management S.A.\nAkti Kondyli 32, 185 45 Piraeus\n'
            'Tel +30 210 429 7710\nwww.thalassaship.gr')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'),
                                         mime.text(fmt.gmail_html(text), 'html', 'UTF-8', 'quoted-printable')],
                         c.boundary('gmail'))
    body = mime.multipart('mixed', [alt, mime.attachment(po, 'application/pdf', 'TSM-PO-26-1187.pdf',
                                                         extra_headers=[('X-Attachment-Id', 'f_' + c.lower(9))],
                                                         cid='f_' + c.lower(9))], c.boundary('gmail'))
    env = Env(frm_name='Thalassa Purchasing', frm_email='purchasing@thalassaship.gr', to=[to('export')], cc=[to('gr_om')],
              subject='PO TSM-PO-26-1187 – M/V Aegean Dawn – hatch cover pump spares', date=t, zone='GR',
              msgid=T.gmail_msgid(c), body=body)
    c.what = 'Purchase order PDF from a Greek ship manager for pump spares, against a quotation the company sent.'
    c.why = ('Real customer on Google Workspace (DKIM thalassaship.gr, DMARC pass), references our own quotation and a '
             'real vessel, plain PDF attachment, payment 60 days after delivery; no login or link.')
    c.pair, c.topic = '15-en-purchase-order-html-login.eml', 'Purchase order from a marine customer'
    c.diff = ('Genuine: known customer, PDF PO referencing our quotation. Attack: unknown "Meridian Offshore" via '
              'PHPMailer on a hacked site, HTML "PO" that is a credential form.')
    return send(c, env, T.gmail, workspace_domain='thalassaship.gr')


@message('business', 16, 'en', 'it-remote-session-intern')
def b16(c):
    t = util.local_to_utc('DE', 2026, 12, 2, 16, 5, 31)
    c.phone('+49 7131 6390-555', 'IT hotline')
    text = ('Hi Sarah,\n\n'
            'your replacement laptop (ticket INC-2026-10384) arrived in Sheffield today – thanks for confirming.\n\n'
            'As agreed on the phone, I will set it up remotely on Thursday, 3 December, at 10:00 UK time:\n'
            '1. At 10:00 I will call you from the IT hotline number +49 7131 6390-555 (shown as "Example IT Hotline" in Teams).\n'
            '2. You start the remote session yourself from the Software Center: "Example Remote Support" → "Request help".\n'
            '3. You will see my name (Lukas Brandt) in the confirmation window – only then click "Allow".\n\n'
            'Please do not accept remote sessions from anyone who contacts you unannounced, even if they claim to be from '
            'IT – we always refer to a ticket that you opened and we never use external Teams chats or Quick Assist.\n\n'
            'Best regards\nLukas\n\n'
            'Lukas Brandt\nIT Security & Messaging\nExample Group GmbH\nT +49 7131 6390-512\nlukas.brandt@example.com')
    body = outlook_body(c, text, 'en', 'utf-8', mid=c.hex(32))
    env = Env(frm_name='Brandt, Lukas', frm_email=p('sec')['email'], to=[('Thompson, Sarah', p('uk_om')['email'])],
              subject='INC-2026-10384: laptop replacement – remote session Thursday 10:00 (UK)', date=t, zone='DE',
              msgid=mid_exchange(c, 'EXCH02.corp.example.com'), body=body, lang='en-GB')
    c.what = 'Internal IT message scheduling a remote set-up session for a replacement laptop, referring to a ticket the user opened.'
    c.why = ('Internal Exchange route (EXCH02 → mail-int01), from the known IT admin, references a ticket and a prior '
             'phone call, uses the company\'s own remote-support tool started by the user and warns against unannounced '
             'sessions.')
    c.pair, c.topic = '16-en-helpdesk-quick-assist.eml', 'IT support remote session'
    c.diff = ('Genuine: internal sender, ticket opened by the user, company tool, scheduled call. Attack: external '
              'onmicrosoft.com tenant, unsolicited "spam attack" ticket, external Teams chat, Quick Assist with full control.')
    return send(c, env, T.exchange_internal, server='EXCH02', relay='EXCH01', client_ip='10.20.4.88', internal=True)

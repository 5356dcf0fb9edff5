"""Genuine business messages 09-16 (English)."""

from dsl import *  # noqa: F401,F403

M = A("business")

# ---------------------------------------------------------------- 09 genuine Docusign envelope from customer
_env = "5E1C9A3D-7B2F-4C8E-9D10-A4F6B2C3E871"
_ds_link = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=8f3c2b1a-6d4e-4f70-9a8b-2c1d0e9f7a6b"
            "&etti=24&acct=3b9e7d21-5f4c-4a8e-b1d2-7c6e5f4a3b2c&er=91a7c3e5-2b4d-4f6a-8c9e-0d1f2a3b4c5d")
_plain09 = dedent("""
    Richard Barnes sent you a document to review and sign.

    REVIEW DOCUMENT
    %s

    Richard Barnes
    richard.barnes@hallampumps.co.uk

    Hi Emma, as agreed in our call on Tuesday - the 2027 supply agreement with the revised aluminium surcharge clause (LME monthly average, 3-month lag). Please sign on behalf of Example Group UK; James has seen the draft. Thanks, Richard

    Do Not Share This Email
    This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

    Alternate Signing Method
    Visit Docusign.com, click 'Access Documents', and enter the security code:
    %s

    About Docusign
    Sign documents electronically in just minutes. It's safe, secure, and legally binding.

    Questions about the Document?
    If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

    This message was sent to you by Richard Barnes who is using the Docusign Electronic Signature Service.
    """) % (_ds_link, _env.replace("-", "") + "2")
_html09 = notice_html(
    "Richard Barnes sent you a document to review and sign.",
    ["<b>Richard Barnes</b><br>richard.barnes@hallampumps.co.uk",
     "Hi Emma, as agreed in our call on Tuesday - the 2027 supply agreement with the revised aluminium surcharge clause (LME monthly average, 3-month lag). Please sign on behalf of Example Group UK; James has seen the draft. Thanks, Richard"],
    "REVIEW DOCUMENT", _ds_link,
    "<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>"
    "<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %s<br><br>"
    "This message was sent to you by Richard Barnes who is using the Docusign Electronic Signature Service." % (_env.replace("-", "") + "2"),
    color="#1e1e5a", logo_text="Docusign", lang="en")
M(9, "en", "docusign-supply-agreement-genuine",
  ("Richard Barnes via Docusign", "dse@eumail.docusign.net"), STAFF["uk_sales"],
  "Complete with Docusign: Hallam_ExampleGroup_Supply_Agreement_2027.pdf", "2026-11-24 15:41:07",
  P(infra.docusign),
  alt(text(_plain09, "utf-8", "quoted-printable"), html(_html09, "utf-8", "quoted-printable")),
  reply_to=CORR["hallam"], hcs="utf-8", henc="Q",
  what="Real Docusign envelope from the customer's buyer for the 2027 supply agreement, personal note referring to a call",
  why="Sent by Docusign's own EU mail infrastructure (docusign.net), envelope link to eu.docusign.net with security code, Reply-To the real customer contact, expected after a call, no QR code",
  pair=([30, 10], "Docusign envelope / customer contract from Hallam or CAN", "genuine docusign.net sender and signing link, expected document, no QR code or device code"))

# ---------------------------------------------------------------- 10 genuine SharePoint share from customer tenant
_sp10 = "https://hallampumps.sharepoint.com/:f:/s/SupplierCollab/EkR7c1Zq3VtHn8yP0aLb2mQBw5sT9xJ4uD6eF1gH2iK3lA?e=R2x7Qp"
_plain10 = dedent("""
    Richard Barnes shared a folder with you

    Emma - drawings rev. D for HPC-2214/2216 and the Q1 2027 call-off are in here. Guest access as before (your example.com account).

    Example Group - Q1 2027
    %s

    This link will work for anyone in your organisation.
    Microsoft respects your privacy. To learn more, please read our Privacy Statement.
    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    """) % _sp10
_html10 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#242424">
<table role="presentation" cellpadding="0" cellspacing="0" width="100%%"><tr><td style="padding:24px 36px">
<p style="font-size:20px;margin:0 0 16px 0">Richard Barnes shared a folder with you</p>
<p style="font-size:14px;margin:0 0 14px 0">Emma - drawings rev. D for HPC-2214/2216 and the Q1 2027 call-off are in here. Guest access as before (your example.com account).</p>
<table role="presentation" style="border:1px solid #e1e1e1;width:480px"><tr><td style="padding:14px;font-size:15px"><b>&#128193; Example Group - Q1 2027</b></td></tr></table>
<p style="margin:18px 0"><a href="%s" style="background:#0f6cbd;color:#fff;padding:9px 18px;text-decoration:none;font-size:14px;border-radius:4px">Open</a></p>
<p style="font-size:12px;color:#616161">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""" % _sp10
M(10, "en", "sharepoint-share-customer-genuine",
  ("Richard Barnes", "no-reply@sharepointonline.com"), STAFF["uk_sales"],
  "Richard Barnes shared the folder \"Example Group - Q1 2027\" with you", "2026-11-03 11:08:44",
  P(infra.exo, region="gbrprd", lang="en-GB", automated=True, tenant_domain="hallampumps.co.uk"),
  alt(text(_plain10, "utf-8", "base64"), html(_html10, "utf-8", "base64")),
  hcs="utf-8", henc="Q",
  what="SharePoint Online notification: the customer's buyer shares the Q1 2027 drawings folder with the UK sales contact",
  why="Genuine SharePoint notification (Microsoft infrastructure) from the customer's own tenant during office hours, personal note with concrete part numbers, guest access as used before, link to hallampumps.sharepoint.com",
  pair=([10, 31], "document shared by a customer via Microsoft 365", "expected share during office hours, no device code or extra login steps, context-specific note"))

# ---------------------------------------------------------------- 11 GitHub password reset (requested by the admin)
_tok = "VmtR8aQ3pLz0xN4cW7bJ2sF9hK1dG6yT"
_body11 = dedent("""
    We heard that you lost your GitHub password. Sorry about that!

    But don't worry! You can use the following link to reset your password:

    https://github.com/password_reset/%s

    If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit https://github.com/password_reset

    Thanks,
    The GitHub Team
    """) % _tok
M(11, "en", "github-password-reset",
  ("GitHub", "noreply@github.com"), STAFF["sec"],
  "[GitHub] Please reset your password", "2026-10-27 08:31:19",
  P(infra.github), text(_body11, "UTF-8", "7bit", quote_charset=False),
  hcs="utf-8", henc="Q", zone="DE",
  what="GitHub password-reset mail requested by the mail administrator for the company's infrastructure repositories",
  why="Sent by GitHub's own servers (out-*.smtp.github.com), link to github.com only, triggered by the user, no urgency beyond the standard expiry",
  pair=([4, 11], "account/password notification with a link", "genuine github.com infrastructure and links, user-initiated"))

# ---------------------------------------------------------------- 12 PayPal receipt
_plain12 = dedent("""
    You sent £64.80 GBP to Castmaster Foundry Supplies

    Hello Example Group UK,

    Transaction ID: 7KX44309RN2187215
    Transaction date: 12 November 2026

    Merchant: Castmaster Foundry Supplies (sales@castmaster-supplies.co.uk)
    Description: Type K immersion thermocouple tips x 50
    Amount: £54.00 GBP
    Postage: £10.80 GBP
    Total: £64.80 GBP
    Paid with: PayPal balance

    It may take a few moments for this transaction to appear in your account.

    Help & Contact | Security | Apps
    PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
    Copyright © 1999-2026 PayPal. All rights reserved.
    """)
_html12 = notice_html(
    "You sent £64.80 GBP to Castmaster Foundry Supplies",
    ["Hello Example Group UK,",
     "Transaction ID: <b>7KX44309RN2187215</b><br>Transaction date: 12 November 2026",
     "Merchant: Castmaster Foundry Supplies (sales@castmaster-supplies.co.uk)<br>Description: Type K immersion thermocouple tips x 50<br>Amount: £54.00 GBP<br>Postage: £10.80 GBP<br><b>Total: £64.80 GBP</b><br>Paid with: PayPal balance"],
    "View transaction", "https://www.paypal.com/myaccount/activities/details/7KX44309RN2187215",
    "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.",
    color="#003087", logo_text="PayPal", lang="en")
M(12, "en", "paypal-receipt-genuine",
  ("PayPal", "service@paypal.co.uk"), STAFF["uk_acc"],
  "Receipt for your payment to Castmaster Foundry Supplies", "2026-11-12 10:04:51",
  P(infra.paypal),
  alt(text(_plain12, "utf-8", "quoted-printable"), html(_html12, "utf-8", "quoted-printable")),
  hcs="utf-8", henc="Q",
  what="PayPal receipt for a small purchase of thermocouple tips made by the UK office",
  why="PayPal's own infrastructure, a payment the office actually made, no phone number, no call to action besides viewing the transaction on paypal.com",
  pair=([12], "PayPal e-mail from PayPal's real servers", "a receipt for the company's own purchase; no seller note, no phone number, no 'call to cancel'"))

# ---------------------------------------------------------------- 13 customer quality complaint with photos
_body13 = dedent("""
    Dear Mr Brandt,

    we have to raise a formal complaint for the impeller housings HPC-2214 (drawing rev. C), delivery note DN 26-41-0872, batch 26-41, 120 pcs received on 9 November.

    During machining of the bearing bore (Ø 62 H7) our operators found gas porosity in 14 pieces so far; two examples are attached. The pores are 1-3 mm and open after the first 0.5 mm of stock removal, always at the thick section near the feeder. Pressure testing at 16 bar shows leakage on 3 of the machined parts.

    We have quarantined the remaining 86 pieces. Please could you:
    - confirm receipt and open an 8D (D3 containment within 24 h, please),
    - advise whether the same melt/pour dates went into the batch due for dispatch on 27 November,
    - arrange collection or sorting at our site.

    Complaint reference: QN-26-0318. Our supplier quality portal will be updated accordingly.

    Kind regards,

    Gemma Hughes
    Supplier Quality Engineer
    Hallam Pump Company Ltd
    T: +44 114 496 0388
    """)
M(13, "en", "customer-complaint-porosity-8d",
  CORR["hallam_q"], STAFF["qm"],
  "Quality complaint QN-26-0318 - porosity on impeller housings HPC-2214, batch 26-41", "2026-11-17 13:26:30",
  P(infra.exo, region="gbrprd", lang="en-GB", has_attach=True),
  mixed(alt(text(_body13, "utf-8", "quoted-printable"),
            html(html_outlook(_body13, "EN-GB", charset="utf-8"), "utf-8", "quoted-printable")),
        attach(img.casting_photo("b13-1", defects=7), "image/png", "QN-26-0318_porosity_1.png"),
        attach(img.casting_photo("b13-2", defects=4), "image/png", "QN-26-0318_porosity_2.png")),
  cc=[STAFF["uk_sales"], CORR["hallam"]], hcs="utf-8", henc="Q",
  what="Customer's supplier-quality engineer files a porosity complaint with photos and asks for an 8D",
  why="Real customer domain and Microsoft 365 tenant, concrete technical detail (batch, bore, pressure test), photos as plain PNG, asks for quality actions - nothing to click, pay or log in to",
  pair=None)

# ---------------------------------------------------------------- 14 Google security alert
_body14 = dedent("""
    A new sign-in on Windows

    emma.clarke@example.com

    We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

    Check activity
    https://accounts.google.com/AccountChooser?Email=emma.clarke@example.com&continue=https://myaccount.google.com/alert/nt/1763372871000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s

    You can also see security activity at
    https://myaccount.google.com/notifications

    You received this email to let you know about important changes to your Google Account and services.
    © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
    """) % "7419836265377720157"
M(14, "en", "google-new-signin-alert",
  ("Google", "no-reply@accounts.google.com"), STAFF["uk_sales"],
  "Security alert", "2026-11-17 09:47:51",
  P(infra.google_notify), text(_body14, "UTF-8", "quoted-printable", quote_charset=False),
  hcs="UTF-8", henc="B",
  what="Google account security alert about a new Windows sign-in (the Google Ads account registered on the work address, new laptop)",
  why="Sent from Google's notification infrastructure (mail-sor, gaia bounces), links only to accounts.google.com / myaccount.google.com, informational",
  pair=([11], "account security notification", "real google.com infrastructure and links, nothing to enter in the mail"))

# ---------------------------------------------------------------- 15 genuine solicitors' letter (lease renewal)
_pdf15 = pdf.make_pdf([
    "# Harcourt & Lowe LLP", "Solicitors - 41 Newhall Street, Birmingham B3 3QB", "---",
    "Our ref: RL/EXG/2291-4    Your ref: J Whitfield    Date: 3 December 2026", "",
    "# Unit 4, Tyseley Industrial Estate - lease renewal", "",
    "Landlord: Tyseley Estates (Midlands) Ltd    Tenant: Example Group UK Ltd",
    "Term: 10 years from 25 March 2027, tenant break at year 5",
    "Rent: GBP 50,400 per annum exclusive, quarterly in advance",
    "Rent deposit: GBP 12,600 (three months' rent), payable on completion", "",
    "Enclosed: engrossment of the renewal lease for execution by two directors.",
    "Please do not date the lease. Completion is expected in the week of 15 March 2027.", "",
    "Our client account details have not changed and will never be changed by e-mail.",
    "Please telephone us on the number on our engagement letter before sending any funds.", "---",
    "Harcourt & Lowe LLP is authorised and regulated by the Solicitors Regulation Authority."],
    title="Unit 4 Tyseley - renewal lease", author="Rebecca Lowe", creator="iManage Work",
    producer="Adobe PDF Library 23.6.96", created="D:20261203142208Z")
_body15 = dedent("""
    Dear James,

    Further to our call last week, I attach the engrossment of the renewal lease for Unit 4, Tyseley Industrial Estate, together with our covering letter. The landlord's solicitors have now agreed the final wording of the schedule of condition and the tenant break at year five.

    Next steps:
    1. Please arrange for the lease to be signed by two directors (or one director in the presence of a witness) but leave it undated.
    2. Return the signed original to us by post; we will hold it to order until completion.
    3. The rent deposit of £12,600 will be due on completion, which we expect in the week of 15 March 2027. We will send a completion statement beforehand.

    As always, our client account details will never change by e-mail. Before transferring any money, please call our office on the number shown in our engagement letter to confirm the details.

    Kind regards

    Rebecca Lowe
    Partner, Commercial Property
    Harcourt & Lowe LLP
    41 Newhall Street, Birmingham B3 3QB

    This email and any attachments are confidential and may be legally privileged. Harcourt & Lowe LLP is authorised and regulated by the Solicitors Regulation Authority.
    """)
M(15, "en", "solicitors-lease-renewal-genuine",
  CORR["harcourt"], STAFF["uk_mgr"],
  "Unit 4 Tyseley - renewal lease engrossment for signature [HL-EXG.2291-4]", "2026-12-03 14:25:36",
  P(infra.exo, region="gbrprd", lang="en-GB", has_attach=True),
  mixed(alt(text(_body15, "utf-8", "quoted-printable"),
            html(html_outlook(_body15, "EN-GB", font="Arial", charset="utf-8"), "utf-8", "quoted-printable")),
        attach(_pdf15, "application/pdf", "HL_EXG_2291-4_Unit4_Tyseley_renewal_lease.pdf")),
  cc=[STAFF["uk_acc"]], hcs="utf-8", henc="Q",
  what="The UK office's real solicitors send the lease-renewal engrossment for signature; deposit due only at completion next March",
  why="Known law firm with ongoing matter and reference, sends from its own Microsoft 365 tenant, no money now, explicit advice to verify account details by phone, accountant in Cc",
  pair=([9], "solicitor writing to the UK office about a transaction and money", "known firm and matter, no secrecy, no same-day payment, tells the client to phone before paying"))

# ---------------------------------------------------------------- 16 subscribed newsletter via Mailchimp
_u = "https://foundryinsight.us21.list-manage.com"
_plain16 = dedent("""
    FOUNDRY INSIGHT WEEKLY - 26 November 2026

    * UK energy-intensive industries: Supercharger network charge relief extended to 2028
    * Casting buyers shift volumes back from Asia - what it means for UK jobbing foundries
    * Sand reclamation: thermal vs mechanical, a cost comparison from three West Midlands foundries
    * Events: Cast Metals Federation annual dinner, 5 March 2027, Birmingham

    Read online: %s/track/click?u=4b1f0d2e9c7a6b5e3d8f1a2c&id=9e8d7c6b5a&e=3f2e1d0c9b

    You are receiving this email because you subscribed at foundryinsight.co.uk.
    Unsubscribe: %s/unsubscribe?u=4b1f0d2e9c7a6b5e3d8f1a2c&id=71c3b2a1f0&e=3f2e1d0c9b&c=9e8d7c6b5a
    Foundry Insight Ltd, 12 Hockley Hill, Birmingham B18 5AQ, United Kingdom
    """) % (_u, _u)
_html16 = notice_html(
    "Foundry Insight Weekly - 26 November 2026",
    ["&bull; UK energy-intensive industries: Supercharger network charge relief extended to 2028",
     "&bull; Casting buyers shift volumes back from Asia - what it means for UK jobbing foundries",
     "&bull; Sand reclamation: thermal vs mechanical, a cost comparison from three West Midlands foundries",
     "&bull; Events: Cast Metals Federation annual dinner, 5 March 2027, Birmingham"],
    "Read online", _u + "/track/click?u=4b1f0d2e9c7a6b5e3d8f1a2c&id=9e8d7c6b5a&e=3f2e1d0c9b",
    'You are receiving this email because you subscribed at foundryinsight.co.uk. '
    '<a href="%s/unsubscribe?u=4b1f0d2e9c7a6b5e3d8f1a2c&amp;id=71c3b2a1f0&amp;e=3f2e1d0c9b&amp;c=9e8d7c6b5a">Unsubscribe</a><br>'
    'Foundry Insight Ltd, 12 Hockley Hill, Birmingham B18 5AQ, United Kingdom' % _u,
    color="#333333", logo_text="FOUNDRY INSIGHT WEEKLY", lang="en")
M(16, "en", "newsletter-foundry-insight",
  CORR["fiw"], STAFF["uk_mgr"],
  "Foundry Insight Weekly: energy relief extended, buyers reshore castings", "2026-11-26 06:30:00",
  P(infra.mailchimp, u="4b1f0d2e9c7a6b5e3d8f1a2c"),
  alt(text(_plain16, "utf-8", "quoted-printable"), html(_html16, "utf-8", "quoted-printable")),
  list_unsub="<%s/unsubscribe?u=4b1f0d2e9c7a6b5e3d8f1a2c&id=71c3b2a1f0&e=3f2e1d0c9b&c=9e8d7c6b5a>, "
             "<mailto:unsubscribe-mc.us21_4b1f0d2e9c7a6b5e3d8f1a2c.9e8d7c6b5a-3f2e1d0c9b@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % _u,
  list_unsub_post=True, list_id="4b1f0d2e9c7a6b5e3d8f1a2cmc list <4b1f0d2e9c7a6b5e3d8f1a2c.71c3b2a1f0.list-id.mcsv.net>",
  hcs="utf-8", henc="Q",
  what="Subscribed UK foundry-trade newsletter sent through Mailchimp",
  why="Opt-in newsletter with List-ID, one-click List-Unsubscribe and Mailchimp tracking links of the publisher's own account; informational only",
  pair=None)

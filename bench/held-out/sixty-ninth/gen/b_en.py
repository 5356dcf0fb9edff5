"""English genuine business messages (8)."""

from common import utc, iban_fmt, rng_for, alnum
from kit import S, M, ACC, ID, plain, alt, outlook_alt, gmail_alt, with_atts, pdf_att, sig
from mime import html_branded, html_outlook, html_gmail
from attach import pdf
from infra import m365, gmail
from services import govuk_notify, github, google_accounts, ms_account

BUSINESS = []

# ---------------------------------------------------------------------------
# 9. Keg supplier's genuine invoice (same thread topic as the hijack)
# ---------------------------------------------------------------------------
inv_txt = """Dear Priya,

Please find attached our invoice PKS-26-1187 for the repair and re-certification of keg batch 4471 (48 x 50 L and 36 x 30 L stainless kegs, new spears and seals, pressure test and re-labelling).

Invoice total: £6,118.80 incl. VAT, payment terms 30 days (due 01/12/2026).

Payment as usual to our NatWest account, sort code 60-07-23, account 48120955 (IBAN %s). Our bank details have not changed; we will never notify a change of bank details by email alone.

The 6 spears we rejected on inspection are credited separately on CN-26-0091, which will follow today.

Kind regards,

Accounts Team
Pennine Keg Services Ltd
Unit 12, Hollinwood Business Park, Oldham OL8 3QL
T: 0161 681 2290 | VAT Reg. No. %s
""" % (iban_fmt(ACC["pennine"]), ID["pennine_vat"])
inv_pdf = pdf([[("Pennine Keg Services Ltd", 15, True), "Unit 12, Hollinwood Business Park, Oldham OL8 3QL",
                "VAT Reg. No. " + ID["pennine_vat"], ("", 0, False),
                ("TAX INVOICE PKS-26-1187", 12, True), "Date: 02/11/2026   Account: EXA001   Your ref: Keg batch 4471",
                "Invoice to: Example Group UK Ltd, Unit 7, Westinghouse Road, Trafford Park, Manchester M17 1PY", ("", 0, False),
                "48 x keg 50 L   repair, new spear + seals, pressure test        48 x 62.50   3,000.00",
                "36 x keg 30 L   repair, new spear + seals, pressure test        36 x 54.00   1,944.00",
                "84 x re-labelling and tracking tag                               84 x  0.90      75.60",
                "Net 5,019.60 GBP   VAT 20 % 1,003.92 GBP   Carriage 79.40 + VAT 15.88",
                ("Total due 6,118.80 GBP   Due date 01/12/2026", 10, True), ("", 0, False),
                "Pay to: NatWest   Sort code 60-07-23   Account 48120955",
                "IBAN " + iban_fmt(ACC["pennine"]) + "   BIC NWBKGB2L"]],
              title="PKS-26-1187", author="Pennine Keg Services Ltd", producer="Xero", creator="Xero",
              created="20261102101520+00'00'")

BUSINESS.append(M(
    id="B-en-pennine", lang="en", slug="keg-supplier-invoice-repair-batch",
    t=utc(2026, 11, 2, 11, 21, 4),
    frm=("Pennine Keg Services - Accounts", "accounts@penninekeg.co.uk"),
    to=[S["uk_acc"].nm()], cc=[("Gareth Hughes", "gareth.hughes@penninekeg.co.uk")],
    subject="Keg repair batch 4471 - invoice PKS-26-1187",
    msgid="<CWXP265MB4471B8D2A61F0E9C7D13B62EBA81C@CWXP265MB4471.GBRP265.PROD.OUTLOOK.COM>",
    transport=m365("penninekeg.co.uk", region="GBRP265", eop_host="mail-cwxgbr01on2131", ip="40.107.121.131",
                   server="CWXP265MB%04d" % 4471, server2="LO4P265MB%04d" % 6120),
    mua="m365", lang_tag="en-GB", zone="UK",
    body=with_atts(outlook_alt(inv_txt, cs="utf-8", cte="quoted-printable", lang="EN-GB"),
                   [pdf_att(inv_pdf, "PKS-26-1187.pdf")]),
    has_attach=True, pairs=["A-en-hijack"],
    pair_note="Same supplier, same tenant, same invoice/thread. Genuine: from accounts@penninekeg.co.uk, Reply-To absent, NatWest account on file, states bank details never change by e-mail; attack (a later reply in the thread from the compromised mailbox) switches payment to a Starling account and hides a look-alike Reply-To.",
    what="Keg-service supplier sends invoice PKS-26-1187 (keg repairs) with the PDF, payment to the known NatWest account.",
    why="Supplier's real Microsoft 365 tenant, consistent account number, sort code and invoice, explicit statement that bank details are never changed by e-mail, no links."))

# ---------------------------------------------------------------------------
# 10. Genuine HMRC notification via GOV.UK Notify
# ---------------------------------------------------------------------------
hm_txt = """HM Revenue & Customs

Dear customer

You have a new message from HMRC about your Alcohol Wholesaler Registration Scheme (AWRS) approval for EXAMPLE GROUP UK LTD.

To read it, sign in to your HMRC online services account. Do not use links in emails to sign in – go to GOV.UK and search for 'HMRC online services'.

For security reasons, we have not included a link with this email.

From HMRC

This email is from a notifications-only address. Replies to it are not monitored.
"""
BUSINESS.append(M(
    id="B-en-hmrc", lang="en", slug="hmrc-new-message-notification-genuine",
    t=utc(2026, 11, 17, 10, 15, 40),
    frm=("HMRC", "noreply@tax.service.gov.uk"),
    to=[S["uk_mgr"].nm()],
    subject="You have a new message from HMRC",
    transport=govuk_notify(), mua="none", zone="UK",
    body=plain(hm_txt, cs="utf-8", cte="quoted-printable"),
    pairs=["A-en-hmrc"],
    pair_note="Same authority and topic (AWRS). Genuine: GOV.UK Notify via Amazon SES from tax.service.gov.uk, deliberately contains no link and tells the user to navigate to GOV.UK; attack: SendGrid from hmrc-gov-notify.uk with a sign-in button to a sub-domain trick.",
    what="HMRC notification that a new message about the AWRS approval is waiting in the online account.",
    why="Sent via GOV.UK Notify (Amazon SES eu-west-2) from tax.service.gov.uk; contains no link, no request for data, tells the user to sign in via GOV.UK."))

# ---------------------------------------------------------------------------
# 11. Customer complaint about a short delivery (Microsoft 365)
# ---------------------------------------------------------------------------
nb_txt = """Hi James,

Our goods-in team has flagged two issues with yesterday's delivery against PO NB-PO-26-5107 (delivery note EGUK-DN-26-18840):

1. Short by 8 x Example Lager 50 L - we received 32 kegs, the delivery note says 40. Driver signed the short on our copy.
2. Two cases of Example Pils 24 x 0.33 L arrived with broken bottles; photos are on the carrier's POD.

Can you please raise a credit for the missing kegs and the two cases (£1,134.40 by my calculation) rather than re-delivering - we'll cover the volume from stock. I need the credit note before our month-end close on Friday, otherwise I'll have to hold the invoice.

While I have you: our Christmas forecast is attached to the order portal, peak week is 14 December. Are you still able to do a Saturday drop on the 19th?

Thanks,
Rebecca

Rebecca Lawson
Category Buyer - Beer & Cider
Northbrew Distribution Ltd | Leeds LS10 1RW
T: 0113 496 0271
"""
BUSINESS.append(M(
    id="B-en-northbrew", lang="en", slug="customer-short-delivery-credit-request",
    t=utc(2026, 11, 25, 9, 47, 12),
    frm=("Rebecca Lawson", "rebecca.lawson@northbrew.co.uk"),
    to=[S["uk_mgr"].nm()], cc=[S["uk_acc"].nm()],
    subject="Short delivery + breakages - PO NB-PO-26-5107",
    transport=m365("northbrew.co.uk", region="GBRP265", eop_host="mail-lo2gbr01on2104", ip="40.107.25.104",
                   server="LO2P265MB%04d" % 2716, server2="CWLP265MB%04d" % 1984),
    mua="m365", lang_tag="en-GB", zone="UK", hdr_cs="windows-1252",
    body=outlook_alt(nb_txt, cs="windows-1252", cte="quoted-printable", lang="EN-GB"),
    pairs=["A-en-pofraud"],
    pair_note="Both concern orders/terms with customer Northbrew. Genuine: the known buyer from northbrew.co.uk via its tenant, existing PO and delivery-note numbers, asks for a credit note; attack: look-alike domain on Zoho, 'new purchasing manager', new drop address and extended credit.",
    what="Customer Northbrew's buyer reports a short delivery and breakages, asks for a credit note before month-end, mentions Christmas peak.",
    why="Known contact at the real customer domain via Microsoft 365; references existing PO and delivery note; the request (credit note) moves no money to third parties."))

# ---------------------------------------------------------------------------
# 12. Pub landlord orders via Gmail
# ---------------------------------------------------------------------------
pub_txt = """Hiya James,

Can you add these to Thursday's drop please:

4 x Example Lager 50L
2 x Example Pale Ale 30L
1 x Example Dunkel 30L (trying it as a guest for Christmas)
3 cases of the alcohol free 0.33

Also the cellar cooler is making a racket again, any chance your tech can have a look when the driver comes? Same as last time, the python is fine, it's the fan.

We're shut 25th and 26th so last drop before Christmas needs to be the 22nd at the latest.

Cheers
Dave

Dave Ashworth
The Crown & Anchor, Salford
"""
BUSINESS.append(M(
    id="B-en-pub", lang="en", slug="pub-landlord-order-gmail",
    t=utc(2026, 12, 7, 22, 41, 3),
    frm=("Dave Ashworth", "crownandanchor.salford@gmail.com"),
    to=[S["uk_mgr"].nm()],
    subject="Thursday order + cellar cooler",
    transport=gmail(host="mail-ej1-f41", ip="209.85.218.41"), mua="gmail", zone="UK",
    body=alt(pub_txt, html_gmail(pub_txt), cs="UTF-8", cte="7bit"),
    what="Pub landlord (free house) orders kegs and cases for Thursday and asks for a cellar-cooler repair, from his Gmail.",
    why="Long-standing customer's Gmail address via Google's servers; ordinary order with no links, attachments or payment changes."))

# ---------------------------------------------------------------------------
# 13. GitHub password reset (requested by the IT head)
# ---------------------------------------------------------------------------
tok = alnum(rng_for("gh-token"), 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
gh_url = "https://github.com/password_reset/" + tok
gh_txt = """GitHub Password reset

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

Reset your password: %s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
""" % gh_url
gh_html = html_branded("Reset your GitHub password",
                       ["We heard that you lost your GitHub password. Sorry about that!",
                        "But don’t worry! You can use the following button to reset your password:"],
                       button=("Reset your password", gh_url),
                       after_button=["If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit [[https://github.com/password_reset|https://github.com/password_reset]]",
                                     "Thanks,<br>The GitHub Team".replace("<br>", " – ")],
                       footer="You’re receiving this email because a password reset was requested for your account.\nGitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107",
                       brand="#2da44e", logo_text="GitHub", lang="en")
BUSINESS.append(M(
    id="B-en-github", lang="en", slug="github-password-reset-genuine",
    t=utc(2026, 10, 22, 17, 4, 30),
    frm=("GitHub", "noreply@github.com"),
    to=[("thomas-reinhardt-eg", S["ithead"].addr)],
    subject="[GitHub] Please reset your password",
    transport=github(), mua="none", zone="PT",
    body=alt(gh_txt, gh_html, cs="UTF-8", cte="quoted-printable"),
    what="GitHub password-reset mail requested by the head of IT for the company's GitHub organisation account.",
    why="Sent from GitHub's own SMTP (out-21.smtp.github.com, 192.30.252.0/22) with GitHub's Message-ID style; the reset link goes to github.com; user-initiated."))

# ---------------------------------------------------------------------------
# 14. Google security alert (new sign-in)
# ---------------------------------------------------------------------------
g_r = rng_for("google-alert")
g_alert = alnum(g_r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
g_url = "https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/1795962231000?rfn%3D325%26rfnc%3D1%26eid%3D" + g_alert
g_txt = """A new sign-in on Windows

james.whitfield@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
%s

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % g_url
g_html = html_branded("A new sign-in on Windows",
                      ["james.whitfield@example.com",
                       "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account."],
                      button=("Check activity", g_url),
                      after_button=["You can also see security activity at [[https://myaccount.google.com/notifications|https://myaccount.google.com/notifications]]"],
                      footer="You received this email to let you know about important changes to your Google Account and services.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
                      brand="#1a73e8", logo_text="Google", lang="en")
BUSINESS.append(M(
    id="B-en-google", lang="en", slug="google-new-signin-alert-genuine",
    t=utc(2026, 11, 30, 9, 3, 51),
    frm=("Google", "no-reply@accounts.google.com"),
    to=[S["uk_mgr"].nm()],
    subject="Security alert",
    transport=google_accounts(), mua="none", zone="UTC",
    body=alt(g_txt, g_html, cs="UTF-8", cte="quoted-printable", cte_html="base64"),
    what="Google security alert: new sign-in on Windows to the Google account (used for the UK office's Google Business Profile).",
    why="Sent by Google's own infrastructure (mail-sor-*.google.com, gaia.bounces.google.com return path); links only to accounts.google.com/myaccount.google.com; informational."))

# ---------------------------------------------------------------------------
# 15. Microsoft account security code (user-initiated)
# ---------------------------------------------------------------------------
ms_txt = """Microsoft account

Security code

Please use the following security code for the Microsoft account ja*****@example.com.

Security code: 482913

If you don't recognize the Microsoft account ja*****@example.com, you can click https://account.live.com/dp?ft=-DmJ8v2Nc4kTQ0y7bFh1XsWzA9pLrEo3 to remove your email address from that account.

Thanks,
The Microsoft account team
"""
ms_html = html_branded("Security code",
                       ["Please use the following security code for the Microsoft account ja*****@example.com.",
                        "Security code: 482913",
                        "If you don't recognize the Microsoft account ja*****@example.com, you can [[click here|https://account.live.com/dp?ft=-DmJ8v2Nc4kTQ0y7bFh1XsWzA9pLrEo3]] to remove your email address from that account."],
                       footer="Thanks,\nThe Microsoft account team\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052",
                       brand="#2672ec", logo_text="Microsoft account", lang="en")
BUSINESS.append(M(
    id="B-en-mscode", lang="en", slug="microsoft-account-security-code-genuine",
    t=utc(2026, 11, 26, 12, 31, 7),
    frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
    to=[S["uk_mgr"].nm()],
    subject="Microsoft account security code",
    transport=ms_account(), mua="none", zone="UTC",
    body=alt(ms_txt, ms_html, cs="utf-8", cte="quoted-printable"),
    pairs=["A-en-devicecode"],
    pair_note="Both involve a Microsoft sign-in code. Genuine: one-time code sent by Microsoft (accountprotection.microsoft.com) to the user who requested it, to be typed into Microsoft's own page; attack: a third party on Outlook.com hands out a device code and asks the user to sign in with it.",
    what="Microsoft account one-time security code for a sign-in the UK office manager started.",
    why="From accountprotection.microsoft.com via Microsoft's outbound servers; only a code and a link to account.live.com; no request to pass anything to a third party."))

# ---------------------------------------------------------------------------
# 16. Genuine SharePoint share from the customer's tenant
# ---------------------------------------------------------------------------
sp_url = "https://northbrew-my.sharepoint.com/:x:/g/personal/rebecca_lawson_northbrew_co_uk/EQw7pLm2VYdFpW3eK9cXn0ABk1cTj4R8sQ2mH6uZf5yD1g?e=aB12cD"
sp_txt = """Rebecca Lawson shared a file with you

Hi James, here's the 2027 listing agreement and the price file we went through on Tuesday. Tabs 2 and 3 are the new promo calendar. Shout if anything doesn't match your numbers.

Northbrew 2027 Listing Agreement & Price File - Example Group.xlsx

[[Open|%s]]

This link only works for the direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement (https://go.microsoft.com/fwlink/?LinkId=521839).
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % sp_url
sp_html = html_branded("Rebecca Lawson shared a file with you",
                       ["Hi James, here's the 2027 listing agreement and the price file we went through on Tuesday. Tabs 2 and 3 are the new promo calendar. Shout if anything doesn't match your numbers.",
                        "Northbrew 2027 Listing Agreement & Price File - Example Group.xlsx"],
                       button=("Open", sp_url), after_button=["This link only works for the direct recipients of this message."],
                       footer="Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052",
                       brand="#036c70", logo_text="SharePoint", lang="en")
BUSINESS.append(M(
    id="B-en-sharepoint", lang="en", slug="sharepoint-share-customer-listing-agreement",
    t=utc(2026, 12, 10, 11, 52, 26),
    frm=("Rebecca Lawson", "no-reply@sharepointonline.com"),
    reply_to=[("Rebecca Lawson", "rebecca.lawson@northbrew.co.uk")],
    to=[S["uk_mgr"].nm()],
    subject="Rebecca Lawson shared \"Northbrew 2027 Listing Agreement & Price File - Example Group\" with you",
    transport=m365("northbrew.co.uk", region="GBRP265", eop_host="mail-lo2gbr01on2112", ip="40.107.25.112",
                   server="LO2P265MB%04d" % 2716, server2="CWLP265MB%04d" % 1984),
    mua="none", zone="UTC",
    msgid="<sp-share.0c6d92f1-3b48-4a7e-a5e9-71d0c8b2e6a3@odspnotify>",
    body=alt(sp_txt, sp_html, cs="utf-8", cte="quoted-printable"),
    pairs=["A-en-sharepoint"],
    pair_note="Both are SharePoint sharing notifications through Microsoft's infrastructure. Genuine: the known customer contact, tenant northbrew.co.uk, file matches a meeting, link restricted to recipients; attack: unknown plumbing-firm tenant, OneNote titled with the victim's company name, 'anyone' link.",
    what="Customer's buyer shares the 2027 listing agreement and price file via SharePoint.",
    why="SharePoint notification from Northbrew's own tenant (X-OriginatorOrg northbrew.co.uk), known sharer, expected document, link on northbrew-my.sharepoint.com."))

"""English business messages (09-16)."""
from common import *  # noqa: F401,F403


def _guid(seed):
    h = util.hexid(seed, 32)
    v = "89ab"[int(h[16], 16) % 4]
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], v, h[17:20], h[20:])


def b09():
    a, acct, er = _guid("b09a"), _guid("b09acct"), _guid("b09er")
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (a, acct, er)
    code = util.hexid("b09code", 32).upper()
    txt = D("""
        James Whitfield sent you a document to review and sign.

        REVIEW DOCUMENT <%s>

        James Whitfield
        james@harbourguitars.co.uk

        Hi Oliver, as agreed on the phone on Friday - the 2027 dealer agreement with the revised rebate scale. The countersigned copy will come back to you automatically. Thanks, James

        Do Not Share This Email
        This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

        Alternate Signing Method
        Visit docusign.com, click 'Access Documents', and enter the security code:
        %s

        About Docusign
        Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

        Questions about the Document?
        If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

        This message was sent to you by James Whitfield who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
        """) % (link, code)
    h = html_simple(D("""
        <table style="font-family:Helvetica,Arial,sans-serif;max-width:640px;background:#eaeaea" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:2%% 5%%">
        <table width="100%%" style="background:#ffffff" cellpadding="0" cellspacing="0">
        <tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" width="116" height="34"></td></tr>
        <tr><td style="background:#1e4ca1;padding:28px 24px;color:#ffffff;text-align:center;font-size:16px">James Whitfield sent you a document to review and sign.<br><br>
        <a href="%s" style="background:#ffc423;color:#333333;padding:10px 24px;font-weight:bold;text-decoration:none;border-radius:2px;font-size:14px">REVIEW DOCUMENT</a></td></tr>
        <tr><td style="padding:20px 24px;font-size:15px;color:#333333"><b>James Whitfield</b><br><a href="mailto:james@harbourguitars.co.uk">james@harbourguitars.co.uk</a><br><br>
        Hi Oliver, as agreed on the phone on Friday - the 2027 dealer agreement with the revised rebate scale. The countersigned copy will come back to you automatically. Thanks, James</td></tr>
        </table>
        <p style="font-size:13px;color:#666666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
        <b>Alternate Signing Method</b><br>Visit docusign.com, click 'Access Documents', and enter the security code: %s<br><br>
        <b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</p>
        </td></tr></table>""") % (link, code), "utf-8", "Docusign")
    return Msg("09-en-docusign-dealer-agreement", "business",
               ("James Whitfield via Docusign", "dse@eumail.docusign.net"), [S("bennett")],
               "Complete with Docusign: Harbour Guitars - Example Group UK Dealer Agreement 2027.pdf",
               ("UK", 2026, 10, 20, 11, 2, 44), ("docusign", {}),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")),
               reply_to=("James Whitfield", "james@harbourguitars.co.uk"), name_cs="utf-8", name_enc="Q",
               what="Genuine DocuSign envelope: the UK customer sends the 2027 dealer agreement for signature.",
               why="Genuine: sent by DocuSign's EU mail infrastructure, links to eu.docusign.net, Reply-To is the customer's real domain, the note references a prior phone call; no attachment.",
               pairs=[("10-en-docusign-svg-remittance.eml", "DocuSign-branded signing request; genuine one comes from docusign.net with an eu.docusign.net link, not an SVG attachment from an unrelated company")])


def b10():
    txt = D("""
        Microsoft account

        Security info was added

        The following security info was recently added to the Microsoft account th*****@example.com:

        Authenticator app

        If this was you, then you can safely ignore this email.

        If this wasn't you, a malicious user has access to your account. Please review your recent activity and remove the security info:
        https://account.live.com/proofs/Manage

        To opt out or change where you receive security notifications, click here:
        https://account.live.com/SecurityNotifications/Update

        Thanks,
        The Microsoft account team
        """)
    h = html_simple(D("""
        <table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>
        <tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec">Security info was added</td></tr>
        <tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">The following security info was recently added to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:th*****@example.com">th*****@example.com</a>:</td></tr>
        <tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Authenticator app</td></tr>
        <tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">If this was you, then you can safely ignore this email.</td></tr>
        <tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">If this wasn't you, a malicious user has access to your account. Please <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/Activity">review your recent activity</a> and <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/proofs/Manage">remove the security info</a>.</td></tr>
        <tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
        <tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,<br>The Microsoft account team</td></tr></table>"""),
        "utf-8", "Microsoft account")
    return Msg("10-en-microsoft-account-security-info", "business",
               ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), [S("grossmann")],
               "Microsoft account security info was added",
               ("PT", 2026, 11, 15, 23, 31, 8), ("ms_account", {}),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Genuine Microsoft account notification: Authenticator app added as security info (IT head enrolling his admin account).",
               why="Genuine: Microsoft's account-protection sender through Microsoft's own outbound infrastructure; links only to account.live.com; informational, no action required if expected.",
               pairs=[("11-en-device-code-teams-preorder.eml", "Microsoft sign-in/security theme; genuine notice only points to account.live.com and asks for nothing"),
                      ("05-de-m365-mfa-qr-code.eml", "MFA/security-info theme; genuine notice has no QR code or deadline")])


def b11():
    token = util.rand_str("b11tok", 40, "abcdef0123456789") + util.rand_str("b11tok2", 24)
    txt = D("""
        We heard that you lost your GitHub password. Sorry about that!

        But don't worry! You can use the following button to reset your password:

        https://github.com/password_reset/%s

        If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

        Thanks,
        The GitHub Team
        """) % token
    h = html_simple(D("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;max-width:544px;margin:0 auto;color:#24292f">
        <h2 style="font-weight:300">Reset your GitHub password</h2>
        <div style="border:1px solid #d0d7de;border-radius:6px;padding:24px">
        <p>We heard that you lost your GitHub password. Sorry about that!</p>
        <p>But don't worry! You can use the following button to reset your password:</p>
        <p style="text-align:center"><a href="https://github.com/password_reset/%s" style="background:#2da44e;color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;font-weight:bold">Reset your password</a></p>
        <p>If you don't use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
        <p>Thanks,<br>The GitHub Team</p>
        </div>
        <p style="font-size:12px;color:#6e7781;text-align:center">You're receiving this email because a password reset was requested for your account.<br>GitHub, Inc. &#x30fb;88 Colin P Kelly Jr Street &#x30fb;San Francisco, CA 94107</p>
        </div>""") % token, "utf-8", "GitHub")
    return Msg("11-en-github-password-reset", "business",
               ("GitHub", "noreply@github.com"), [S("vogt")],
               "[GitHub] Please reset your password",
               ("PT", 2026, 10, 22, 10, 12, 30), ("github", {}),
               alt(text(txt, "us-ascii", "7bit"), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Genuine GitHub password-reset mail requested by the mail administrator for the company's GitHub organisation account.",
               why="Genuine: GitHub's own outbound servers (out-NN.smtp.github.com), link to github.com only, expected after a reset request.")


def b12():
    alert = urlsafe = util.rand_str("b12al", 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    txt = D("""
        [image: Google]
        A new sign-in on Windows

        sandra.engel@example.com
        We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
        Check activity
        <https://accounts.google.com/AccountChooser?Email=sandra.engel@example.com&continue=https://myaccount.google.com/alert/nt/1794819492000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s>
        You can also see security activity at
        https://myaccount.google.com/notifications
        You received this email to let you know about important changes to your Google Account and services.
        © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
        """) % alert
    h = html_simple(D("""
        <table width="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en"><tr><td align="center">
        <table border="0" cellspacing="0" cellpadding="0" style="max-width:516px;border:thin solid #dadce0;border-radius:8px;padding:40px 20px">
        <tr><td style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center">
        <img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google"><div style="font-size:24px">A new sign-in on Windows</div>
        <div style="font-size:14px">sandra.engel@example.com</div></td></tr>
        <tr><td style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
        <div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=sandra.engel@example.com&amp;continue=https://myaccount.google.com/alert/nt/1794819492000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s" style="font-family:'Google Sans',Roboto,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px">Check activity</a></div></td></tr>
        <tr><td style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87)">https://myaccount.google.com/notifications</a></td></tr>
        </table>
        <div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
        </td></tr></table>""") % alert, "utf-8", "Security alert")
    return Msg("12-en-google-security-alert", "business",
               ("Google", "no-reply@accounts.google.com"), [S("engel")],
               "Security alert", ("PT", 2026, 11, 16, 0, 58, 12), ("google_accounts", {}),
               alt(text(txt, "utf-8", "base64", params=["format=flowed", "delsp=yes"]), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Genuine Google security alert: new Windows sign-in to the Google account the shop uses for Merchant Center/Ads.",
               why="Genuine: Google's own sending infrastructure (mail-sor-fNN.google.com, gaia bounce address), links only to accounts.google.com and myaccount.google.com; informational.")


def b13():
    body = D("""
        Hi Oliver,

        Unfortunately the Northway pallet that arrived this morning (your delivery note UK-DN-48817, our order HG-2026-311) wasn't in great shape. The outer carton was crushed on one corner and two of the six Valencia C-60s have cracked headstocks – photo attached. The other four are fine.

        Could you arrange a replacement for the two damaged guitars, ideally before 18 December, as both were pre-sold for Christmas? If that's not possible, a credit note for 2 x £289.00 = £578.00 plus VAT would be fine too.

        I've kept the packaging in case Northway want to inspect it.

        Best regards,
        James

        James Whitfield
        Director
        Harbour Guitars Ltd
        14 Park Row, Bristol BS1 5LJ
        0117 496 0321
        """)
    return Msg("13-en-harbour-guitars-damaged-delivery", "business",
               C("harbour"), [S("bennett")],
               "Damaged delivery – order HG-2026-311 (2 x C-60 cracked headstocks)",
               ("UK", 2026, 12, 4, 15, 20, 7),
               ("m365", dict(org="harbourguitars.co.uk", region="eurprd02", lang="en-GB",
                             obe="EUR02-AM0-obe", eop_ip="40.107.247.95")),
               mixed(alt(text(body, "windows-1252", "quoted-printable"),
                         html(html_outlook(body, "windows-1252", "EN-GB"), "windows-1252", "quoted-printable")),
                     png_att(files.png_photo("b13", 480, 320, "wood"), "IMG_4471.png")),
               name_cs="windows-1252", name_enc="Q", mixed_subject=True,
               what="Customer complaint from a UK guitar shop about two guitars with cracked headstocks; photo attached.",
               why="Genuine: the customer's own Microsoft 365 tenant and domain, concrete order/delivery-note numbers, asks only for replacement or credit note.",
               pairs=[("11-en-device-code-teams-preorder.eml", "same customer contact; the genuine mail uses harbourguitars.co.uk, the attack a freemail look-alike")])


def b14():
    txt = D("""
        MUSIC TRADE WEEKLY - 12 November 2026

        NAMM 2027: the exhibitor checklist
        Freight deadlines, badge registration and booth services close earlier this year. Our checklist has the dates you need. And a reminder from the organisers: NAMM does not work with third-party housing companies that contact exhibitors directly by phone or e-mail. Book hotels only through the official link in your exhibitor portal.
        Read more: https://musictradeweekly.com/2026/11/namm-2027-exhibitor-checklist

        Tonewood prices: spruce up, maple steady
        European workshops report rising prices for master-grade alpine spruce after two weak harvest winters.
        Read more: https://musictradeweekly.com/2026/11/tonewood-prices-q4

        GPSR one year on: what retailers changed
        Product safety information, importer details on every listing - how independent shops have coped.
        Read more: https://musictradeweekly.com/2026/11/gpsr-one-year-on

        You are receiving this because you subscribed to Music Trade Weekly at musictradeweekly.com.
        Unsubscribe: https://musictradeweekly.us21.list-manage.com/unsubscribe?u={uid}&id={lid}&e=5c1d9a2b7e&c={cid}
        Music Trade Weekly, 3rd Floor, 27 Old Street, London EC1V 9HL, United Kingdom
        """)
    def make(R):
        return txt
    m = Msg("14-en-music-trade-weekly-newsletter", "business",
            C("mtr"), [S("bauer")],
            "MTW Weekly: NAMM 2027 exhibitor checklist, tonewood prices, GPSR one year on",
            ("UK", 2026, 11, 12, 6, 0, 3), ("mailchimp", dict(dc="us21")),
            None, name_cs="utf-8", name_enc="Q",
            what="Subscribed trade newsletter (Mailchimp) with NAMM 2027 exhibitor news.",
            why="Genuine: subscribed list sent through Mailchimp with List-Unsubscribe/List-Unsubscribe-Post and list-manage links; warns about third-party housing scams.",
            pairs=[("13-en-namm-show-housing-scam.eml", "NAMM 2027 exhibitor topic; genuine newsletter advises booking only via the official portal")])
    uid = util.hexid("14-en-music-trade-weekly-newsletter" + "u", 25)
    cid = util.hexid("14-en-music-trade-weekly-newsletter" + "cid", 10)
    lid = "d41c6a8f07"
    t2 = txt.replace("{uid}", uid).replace("{lid}", lid).replace("{cid}", cid)
    unsub = "https://musictradeweekly.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=5c1d9a2b7e&c=%s" % (uid, lid, cid)
    paras = []
    for block in t2.strip().split("\n\n"):
        lines = block.split("\n")
        if lines[0].startswith("MUSIC TRADE WEEKLY"):
            paras.append('<tr><td style="background:#1b2a41;color:#ffffff;padding:18px 24px;font-size:20px;font-weight:bold">%s</td></tr>' % esc(lines[0]))
        elif lines[-1].startswith("Read more: "):
            url = lines[-1][len("Read more: "):]
            paras.append('<tr><td style="padding:16px 24px"><h3 style="margin:0 0 6px 0;color:#1b2a41">%s</h3><p style="margin:0">%s</p><p><a href="%s">Read more &rarr;</a></p></td></tr>'
                         % (esc(lines[0]), esc(" ".join(lines[1:-1])), url))
        else:
            paras.append('<tr><td style="padding:16px 24px;font-size:11px;color:#777777">%s</td></tr>' % "<br>".join(
                '<a href="%s">Unsubscribe</a>' % unsub if l.startswith("Unsubscribe:") else esc(l) for l in lines))
    h = html_simple('<table width="600" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;font-size:15px;color:#222222">\n%s\n</table>\n'
                    '<img src="https://musictradeweekly.us21.list-manage.com/track/open.php?u=%s&id=%s&e=5c1d9a2b7e" height="1" width="1" alt="">'
                    % ("\n".join(paras), uid, cid), "utf-8", "Music Trade Weekly")
    m.body = alt(text(t2, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    m.headers = [("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us21_%s.%s-5c1d9a2b7e@inbound.mailchimp.com>" % (unsub, uid, cid)),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("List-Id", "Music Trade Weekly <%s.%s.list-id.mcsv.net>" % (uid, lid)),
                 ("Reply-To", "Music Trade Weekly <editor@musictradeweekly.com>")]
    return m


def b15():
    body = D("""
        Dear Priya,

        Please find attached your statement of account as at 20 November 2026. Two invoices are now past their 30-day terms:

        NF-2026-08812   02/10/2026   due 01/11/2026   £1,284.00
        NF-2026-09107   16/10/2026   due 15/11/2026   £2,016.60
        Total overdue                                  £3,300.60

        We'd be grateful if you could arrange payment by Friday 4 December. If the account is still overdue after that date, our system places it on credit hold automatically, and we would not be able to book your Christmas collections until it is cleared.

        Our bank details are unchanged: HSBC UK, sort code 40-11-62, account 71204438, Northway Freight Ltd.

        If payment has already been made, please ignore this reminder and accept our thanks.

        Kind regards,

        Karen Doyle
        Credit Control
        Northway Freight Ltd
        Unit 7, Tyseley Industrial Estate, Birmingham B11 2AA
        0121 496 0187
        """)
    stmt = D("""
        # Northway Freight Ltd - Statement of Account
        Customer: EXAMPLE GROUP UK LTD (EXG001), 9 Denmark Street, London WC2H 8LS
        Statement date: 20/11/2026                          VAT reg. no. GB 284 7731 09

        Date         Reference        Details                                  Debit       Credit      Balance
        02/10/2026   NF-2026-08812    Pallet dist. London - Bristol/Leeds    1,284.00                  1,284.00
        16/10/2026   NF-2026-09107    Pallet dist. Felixstowe - London       2,016.60                  3,300.60
        30/10/2026   NF-2026-09388    Pallet dist. London - Glasgow            842.40                  4,143.00
        ## Balance due                                                                                  4,143.00 GBP
        Of which overdue: 3,300.60 GBP

        Pay to: Northway Freight Ltd, HSBC UK, sort code 40-11-62, account 71204438 (IBAN %s)
        """) % fi(BANK["northway"])
    return Msg("15-en-northway-freight-statement-overdue", "business",
               ("Karen Doyle", "accounts@northwayfreight.co.uk"), [S("shah")],
               "Statement of account – Example Group UK Ltd – 2 invoices overdue",
               ("UK", 2026, 11, 23, 9, 5, 40),
               ("m365", dict(org="northwayfreight.co.uk", region="eurprd05", lang="en-GB",
                             obe="EUR04-DB3-obe", eop_ip="40.107.6.112")),
               mixed(text(body, "utf-8", "quoted-printable"),
                     pdf_att(stmt, "Statement_EXG001_20-11-2026.pdf", title="Statement of Account",
                             creator="Sage 200", producer="Sage 200 PDF", t=util.local("UK", 2026, 11, 23, 8, 50), zone="UK")),
               name_cs="utf-8", name_enc="Q",
               what="UK carrier's credit controller sends a statement with two overdue invoices and a credit-hold deadline.",
               why="Genuine: carrier's own Microsoft 365 tenant; bank details explicitly unchanged; amounts match the statement; a standard reminder with realistic consequences.")


def b16():
    body = D("""
        Hi Thomas,

        Sorry to use my personal email - my work laptop (asset tag EG-NB-0471) has been stuck on the BitLocker recovery screen since this morning, so I can't get into Outlook at all. I think it happened after the update last night.

        The screen shows recovery key ID 4F2A1C07. Could someone from IT read me the recovery key over the phone, or should I bring the laptop to the office? I'm on 020 7946 0713 all morning.

        Oliver - I'll be in at around 11 once this is sorted. The VAT return prep will have to wait till then.

        Thanks,
        Priya
        """)
    return Msg("16-en-broken-laptop-private-gmail", "business",
               ("Priya Shah", "priya.shah.ldn@gmail.com"), [S("grossmann")],
               "Laptop won't start - BitLocker recovery screen (EG-NB-0471)",
               ("UK", 2026, 11, 24, 7, 48, 2), ("gmail", {}),
               alt(text(body, "utf-8", "quoted-printable"), html(html_gmail(body), "utf-8", "quoted-printable")),
               cc=[S("bennett")], name_cs="utf-8", name_enc="B",
               what="UK accountant writes from her private Gmail because her work laptop is stuck at BitLocker recovery.",
               why="Genuine: ordinary Gmail message, copies her manager, gives her asset tag and a call-back number, follows the IT process (key read out by phone after verification); asks for no money or credentials by mail.",
               pairs=[("07-de-gehaltskonto-aenderung.eml", "staff member writing from private freemail; genuine one makes no payment or data change request")])


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]

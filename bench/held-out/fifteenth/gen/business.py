"""Legitimate business messages that a filter could mistake for hostile ones."""
import datetime

from common import msg, T, H, Alt, Mixed, Rel, Att, AR, A, S, D, b64url, rhex, rstr, \
    PDF_CT, ZIP_CT, DOCX_CT, XLSX_CT
from profiles import m365, gmail, internal, postfix, bigsender, yandex, mailru, aruba, mailchimp, ses, \
    outlook_desktop_msgid, thread_index, _guid
from mimelib import dkim_sig, rfcdate, ew, msgid_outlook
import mimelib

K = "business"


def mimecast(ip, host, tenant, region, lang="en-GB"):
    """Law firm behind Mimecast: M365 origin, Mimecast outbound gateway."""
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = c["from"][1].split("@")[1]
        trace = [("DKIM-Signature", dkim_sig(rnd, dom, "mimecast20240312", dt)),
                 ("Received", "from EUR02-VI1-obe.outbound.protection.outlook.com\n\t(mail-vi1eur02lp2041.outbound.protection.outlook.com [104.47.11.41])\n\tby relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\n\tcipher=TLS_AES_256_GCM_SHA384) id uk-mta-%d-%s-1;\n\t%s"
                  % (rnd.randint(100, 400), rstr(rnd, 22), rfcdate(dt))),
                 ("X-MC-Unique", "%s-1" % rstr(rnd, 22)),
                 ("Received", "from %s.%s.prod.outlook.com\n\t([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com\n\t([fe80::%s%%5]) with mapi id 15.20.8632.017; %s"
                  % (tenant, region, rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 4), tenant, region, rhex(rnd, 4), rfcdate(dt.astimezone(datetime.timezone.utc)).replace("-0000", "+0000")))]
        hdrs = [("Thread-Topic", ew(c["subject"], "utf-8")), ("Thread-Index", thread_index(rnd)),
                ("Accept-Language", "en-GB, en-US"), ("Content-Language", lang), ("X-MS-Has-Attach", "yes"),
                ("X-Mimecast-Spam-Score", "0"), ("X-Mimecast-Originator", dom),
                ("X-Mimecast-MFC-PROC-ID", "%s_%d" % (rstr(rnd, 32, "0123456789abcdef"), dt.year))]
        auth = AR(spf=("pass", c["mailfrom"], ip), dkim=[("pass", dom, "mimecast20240312")],
                  dmarc=("pass", dom, "p=reject dis=none"), rnd=rnd)
        return dict(helo=host, rdns=host, ip=ip, trace=trace, headers=hdrs, msgid=msgid_outlook(rnd, tenant, region),
                    bstyle="outlook", auth=auth)
    return f


def ionos(ip="212.227.126.187", client_ip="91.34.118.201"):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = c["from"][1].split("@")[1]
        trace = [("DKIM-Signature", dkim_sig(rnd, dom, "s1-ionos", dt)),
                 ("Received", "from STB-PC07 ([%s]) by mrelayeu.kundenserver.de\n\t(mreue107 [212.227.15.183]) with ESMTPSA (Nemesis) id 1M%s-1t%s; %s"
                  % (client_ip, rstr(rnd, 8), rstr(rnd, 13), rfcdate(dt))),
                 ("X-Provags-ID", "V03:K1:" + rstr(rnd, 64)),
                 ("UI-OutboundReport", "notjunk:1;M01:P0:" + rstr(rnd, 11) + "=;" + rstr(rnd, 48))]
        hdrs = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rnd)), ("Content-Language", "de")]
        auth = AR(spf=("pass", c["mailfrom"], ip), dkim=[("pass", dom, "s1-ionos")], dmarc=("pass", dom, "p=quarantine dis=none"), rnd=rnd)
        return dict(helo="mout.kundenserver.de", rdns="mout.kundenserver.de", ip=ip, trace=trace, headers=hdrs,
                    msgid=outlook_desktop_msgid(rnd, dom), bstyle="outlook", auth=auth)
    return f


def invoice_pdf(head, addr_lines, meta, items, totals, foot, title, author, created, creator=None, producer=None):
    lines = [(head[0], 15, True)] + list(head[1:]) + ["", ""] + addr_lines + [""] + meta + [""]
    for it in items:
        lines.append(it)
    lines += [""] + totals + [""] + foot
    kw = {}
    if creator:
        kw["creator"] = creator
    if producer:
        kw["producer"] = producer
    return A.pdf([lines], title=title, author=author, created=created, **kw)


# ==============================================================================================
# 01 en - supplier invoice via Xero (Amazon SES)
# ==============================================================================================
iban01 = A.iban("GB", "BARC" + "204577" + "53819024")
pdf01 = invoice_pdf(["Whitmore Packaging Ltd", "Unit 4, Trafford Park Trading Estate, Manchester M17 1RN", "VAT Reg. GB 284 9173 55"],
                    ["Example Group UK Ltd", "Accounts Payable", "Manchester"],
                    ["TAX INVOICE  INV-20871", "Invoice date: 23 Nov 2026     Due date: 23 Dec 2026", "Reference: PO UK-26-0481"],
                    ["Qty   Description                                   Unit      Amount",
                     "400   Double-wall cartons 600x400x400               3.85    1,540.00",
                     "120   Stretch film 500mm x 300m, 23mu               10.20    1,224.00",
                     "1     Delivery Manchester                           138.00      138.00"],
                    ["Subtotal  GBP 2,902.00", "VAT 20%   GBP 580.40", ("TOTAL     GBP 3,482.40", 11, True)],
                    ["Payment: Barclays Bank plc, sort code 20-45-77, account 53819024",
                     "IBAN " + A.fmt_iban(iban01) + "   BIC BARCGB22", "Please quote INV-20871 as payment reference."],
                    "Invoice INV-20871", "Whitmore Packaging Ltd", D("2026-11-23 10:11"), creator="Xero", producer="Xero PDF")
t01 = """Hi Emma,

Here's invoice INV-20871 for GBP 3,482.40.

The amount outstanding of £3,482.40 is due on 23 Dec 2026.

View your bill online: https://in.xero.com/Wk7Rb2nQ1cYp9TzL4vHs0aMe3DgUfXJo8iKx

From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

If you have any questions, please let us know.

Thanks,
Whitmore Packaging Ltd
"""
msg(K, 1, "en", "xero-invoice",
    "Genuine supplier invoice sent through Xero (Amazon SES, DKIM for post.xero.com) with an online 'view your bill' link and PDF invoice carrying UK bank details.",
    ses(ip="54.240.4.21", host="a4-21.smtp-out.eu-west-1.amazonses.com", mf_dom="bounce.post.xero.com", sel="xero2026"),
    from_=("Whitmore Packaging Ltd", "messaging-service@post.xero.com"),
    reply_to=("Whitmore Packaging Ltd", "accounts@whitmorepackaging.co.uk"), to=[S("clarke")],
    subject="Invoice INV-20871 from Whitmore Packaging Ltd for Example Group UK Ltd",
    date="2026-11-23 10:12:44 +0000", charset="utf-8", cte="quoted-printable",
    body=Mixed(Alt(T(t01), H("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\"><p>"
                             + t01.replace("https://in.xero.com/Wk7Rb2nQ1cYp9TzL4vHs0aMe3DgUfXJo8iKx", '<a href="https://in.xero.com/Wk7Rb2nQ1cYp9TzL4vHs0aMe3DgUfXJo8iKx">https://in.xero.com/Wk7Rb2nQ1cYp9TzL4vHs0aMe3DgUfXJo8iKx</a>').replace("\n\n", "</p><p>").replace("\n", "<br>")
                             + "</p></body></html>")),
               Att("Invoice INV-20871.pdf", pdf01, PDF_CT)))

# ==============================================================================================
# 02 en - genuine Atlassian password reset
# ==============================================================================================
tok = "eyJraWQiOiJpZGVudGl0eSIsImFsZyI6IlJTMjU2In0." + b64url('{"sub":"557058:4c1e","purpose":"reset","exp":1764060000}')
u02 = "https://id.atlassian.com/login/resetpassword?token=" + tok + "&application=jira"
msg(K, 2, "en", "atlassian-password-reset",
    "Genuine Atlassian password-reset email requested by the Head of IT, with a tokenised reset link, request location and 'ignore if you didn't request this' wording.",
    bigsender("mta-eu1.mail.atlassian.com", "185.166.143.35", "id.atlassian.com", "mail",
              mf=lambda r: "bounces+%s@bounce.id.atlassian.com" % rhex(r, 16), dmarc_pol="p=reject dis=none",
              msgid_fmt=lambda r, dt: "<%s.%s@id.atlassian.com>" % (rhex(r, 24), int(dt.timestamp()))),
    from_=("Atlassian", "noreply@id.atlassian.com"), to=[S("weber")],
    subject="Reset your Atlassian password", date="2026-11-24 07:31:02 +0000",
    charset="utf-8", cte="base64",
    body=Alt(T("""Reset your password

We received a request to reset the password for the Atlassian account associated with m.weber@example.com.

Reset password: %s

This link will expire in 60 minutes. If you didn't request a password reset, you can safely ignore this email – your password will not change.

Request details:
Location: Nuremberg, Germany (approximate)
Browser: Firefox 145 on Windows

This message was sent to you by Atlassian Cloud
Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia
""" % u02), H("""<html><body style="font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#172b4d;background:#fff">
<table width="520" align="center"><tr><td style="padding:24px 0"><img src="https://id-frontend.prod-east.frontend.public.atl-paas.net/assets/wac.92a80da2.svg" width="140" alt="Atlassian"></td></tr>
<tr><td style="font-size:24px;font-weight:500">Reset your password</td></tr>
<tr><td style="padding:16px 0;font-size:14px;line-height:20px">We received a request to reset the password for the Atlassian account associated with <b>m.weber@example.com</b>.</td></tr>
<tr><td><a href="%s" style="background:#0c66e4;color:#fff;padding:10px 16px;border-radius:3px;text-decoration:none;font-size:14px">Reset password</a></td></tr>
<tr><td style="padding:16px 0;font-size:14px;line-height:20px">This link will expire in 60 minutes. If you didn't request a password reset, you can safely ignore this email – your password will not change.</td></tr>
<tr><td style="font-size:12px;color:#6b778c">Request details: Nuremberg, Germany (approximate) · Firefox 145 on Windows<br><br>This message was sent to you by Atlassian Cloud<br>Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia</td></tr></table></body></html>""" % u02)))

# ==============================================================================================
# 03 en - internal IT notice about MFA re-registration (through mail-int01)
# ==============================================================================================
t03 = """Dear colleagues,

As announced in the October IT newsletter, we are moving all Example Group accounts to phishing-resistant multi-factor authentication (number matching and passkeys in Microsoft Authenticator).

What will happen
Between 25 November and 4 December you will be asked, the next time you sign in to Outlook or Teams on your work PC, to register a passkey in Microsoft Authenticator. The prompt comes from the normal Microsoft sign-in page (login.microsoftonline.com) – not from an email.

What you need to do
- Keep your phone with the Microsoft Authenticator app at hand when you sign in.
- If you want to do it now, go to https://aka.ms/mysecurityinfo from your work PC.
- Step-by-step guide with screenshots (DE/EN/IT/PL/ES/EL/RU): https://intranet.example.com/it/mfa-2026

Please note
IT will never send you a QR code by email, never ask for your password, and never ask you to approve a sign-in you did not start yourself. If you receive such a message – even if it looks like it comes from us – please use the "Report phishing" button in Outlook.

If you have problems, call the service desk on extension 4400 (+49 911 2385-4400) or open a ticket at https://servicedesk.example.com.

Thank you for your support,

Markus Weber
Head of IT | Example Group
Nürnberg
"""
msg(K, 3, "en", "internal-mfa-reregistration",
    "Genuine internal IT announcement from the Head of IT to all staff, sent through the internal relay, about mandatory MFA/passkey re-registration; wording overlaps heavily with MFA phishing lures.",
    internal(lang="en-US"),
    from_=("Markus Weber", "m.weber@example.com"), to=[("All Staff", "allstaff@example.com")],
    subject="[Action required] Passkey / MFA re-registration between 25 Nov and 4 Dec",
    date="2026-11-23 16:05:37 +0100", charset="utf-8", cte="quoted-printable",
    body=Alt(T(t03), H("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                       + t03.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div></body></html>")))

# ==============================================================================================
# 04 en - job application with CV (DOCX) and cover letter (PDF) from Gmail
# ==============================================================================================
cv04 = A.docx(["# Daniel Okafor", "Stockport, Greater Manchester · 07700 900412 · daniel.okafor91@gmail.com", "",
               "# Profile", "Warehouse shift supervisor with six years' experience in high-volume 3PL and airport logistics, leading teams of up to 25.",
               "# Experience", "2022–present  Shift Supervisor, SkyCargo Handling Ltd, Manchester Airport",
               "2019–2022  Team Leader Goods-In, Northway Distribution, Trafford Park",
               "# Certificates", "Counterbalance and reach truck licences (RTITB), IOSH Managing Safely, First Aid at Work"],
              author="Daniel Okafor", title="CV Daniel Okafor", created=D("2026-11-20 19:02"))
cl04 = A.pdf([["Daniel Okafor", "Stockport, 24 November 2026", "", "Dear Ms Shah,", "",
               "I am writing to apply for the position of Warehouse Shift Supervisor (ref. MAN-WH-1126).",
               "In my current role at Manchester Airport I supervise a team of 18 on rotating shifts and",
               "have reduced mis-picks by 30% through better slotting and daily briefings.", "",
               "I would welcome the opportunity to discuss my application.", "", "Yours sincerely,", "Daniel Okafor"]],
             title="Cover letter", author="Daniel Okafor", created=D("2026-11-24 21:30"))
t04 = """Dear Ms Shah,

Please find attached my CV and cover letter for the Warehouse Shift Supervisor role (ref. MAN-WH-1126) advertised on Indeed.

I have six years' experience in warehouse and airport logistics in Manchester, hold counterbalance and reach truck licences, and am available with one month's notice.

I look forward to hearing from you.

Kind regards,
Daniel Okafor
07700 900412
"""
msg(K, 4, "en", "job-application-cv",
    "Genuine unsolicited-looking job application from a Gmail address to UK HR with a DOCX CV and a PDF cover letter attached.",
    gmail(ip="209.85.218.44", host="mail-ej1-f44.google.com"),
    from_=("Daniel Okafor", "daniel.okafor91@gmail.com"), to=[S("shah")],
    subject="Application – Warehouse Shift Supervisor (Ref. MAN-WH-1126)",
    date="2026-11-24 21:40:18 +0000", charset="utf-8", cte="quoted-printable",
    body=Mixed(Alt(T(t04), H('<div dir="ltr">' + t04.replace("\n\n", '</div><div dir="ltr"><br></div><div dir="ltr">').replace("\n", "<br>") + "</div>")),
               Att("Daniel_Okafor_CV_2026.docx", cv04, DOCX_CT, size=False),
               Att("Cover_Letter_Daniel_Okafor.pdf", cl04, PDF_CT, size=False)))

# ==============================================================================================
# 05 en - industry newsletter via Mailchimp
# ==============================================================================================
def trk(i):
    return "https://freighteurope-weekly.us21.list-manage.com/track/click?u=7c4b1e2f9a0d3e5c8b6a1f2d4&id=%s&e=3a7b2c1d9e" % ("%010x" % (0x5a1c00 + i * 7919))


arts = [("Red Sea container rates slide for the fourth consecutive week", "Spot rates Asia–North Europe fell another 6% as more carriers return to Suez routings."),
        ("EU ETS for shipping: what the 70% phase-in means for your 2027 freight budget", "Surcharges per TEU compared across the top ten carriers."),
        ("UK customs platform outage: post-mortem published", "HMRC's report on the 14 November CDS outage and what importers should change."),
        ("Polish and Czech warehouse rents stabilise", "New supply in Poznań and Wrocław finally meets demand, says a new market report.")]
items05 = "".join('<tr><td style="padding:14px 24px;border-bottom:1px solid #eee"><a href="%s" style="font-size:17px;color:#0b3d91;text-decoration:none;font-weight:bold">%s</a><p style="margin:6px 0 0 0;font-size:14px;color:#444">%s</p></td></tr>' % (trk(i), a, b) for i, (a, b) in enumerate(arts))
msg(K, 5, "en", "newsletter-freight-weekly",
    "Genuine subscribed industry newsletter via Mailchimp with tracked links, tracking pixel, List-Unsubscribe and one-click unsubscribe headers.",
    mailchimp(),
    from_=("Freight Europe Weekly", "newsletter@freighteurope-weekly.com"), to=[S("whitfield")],
    reply_to=("Freight Europe Weekly", "editor@freighteurope-weekly.com"),
    subject="Red Sea rates slide, ETS costs for 2027 and the CDS outage post-mortem",
    date="2026-11-26 06:00:03 +0000", charset="utf-8", cte="quoted-printable",
    add_headers=[("List-ID", "7c4b1e2f9a0d3e5c8b6a1f2d4mc list <7c4b1e2f9a0d3e5c8b6a1f2d4.mc.us21.list-id.mcsv.net>"),
                 ("List-Unsubscribe", "<https://freighteurope-weekly.us21.list-manage.com/unsubscribe?u=7c4b1e2f9a0d3e5c8b6a1f2d4&id=5e2a91c0d4&t=b&e=3a7b2c1d9e&c=8731543>,\n <mailto:unsubscribe-mc.us21_7c4b1e2f9a0d3e5c8b6a1f2d4.8731543-3a7b2c1d9e@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("X-Campaign", "mailchimp7c4b1e2f9a0d3e5c8b6a1f2d4.8731543"), ("X-campaignid", "mailchimp7c4b1e2f9a0d3e5c8b6a1f2d4.8731543"),
                 ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=7c4b1e2f9a0d3e5c8b6a1f2d4&id=8731543&e=3a7b2c1d9e"),
                 ("X-MC-User", "7c4b1e2f9a0d3e5c8b6a1f2d4"), ("X-Accounttype", "pd"), ("Precedence", "bulk")],
    body=Alt(T("Freight Europe Weekly – 26 November 2026\n\n" + "\n\n".join("%s\n%s\n%s" % (a, b, trk(i)) for i, (a, b) in enumerate(arts))
               + "\n\nYou are receiving this email because you subscribed at freighteurope-weekly.com.\nUnsubscribe: https://freighteurope-weekly.us21.list-manage.com/unsubscribe?u=7c4b1e2f9a0d3e5c8b6a1f2d4&id=5e2a91c0d4\nFreight Europe Weekly · 20 Eastbourne Terrace · London W2 6LG · United Kingdom\n"),
             H("""<!doctype html><html><head><meta charset="UTF-8"><title>Freight Europe Weekly</title></head><body style="margin:0;background:#f0f2f5">
<span style="display:none;max-height:0;overflow:hidden">Spot rates Asia–North Europe fell another 6%% this week.</span>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif">
<tr><td style="background:#0b3d91;color:#fff;padding:20px 24px;font-size:24px">Freight Europe Weekly<br><span style="font-size:13px;font-family:Arial">Thursday, 26 November 2026</span></td></tr>
%s
<tr><td style="padding:18px 24px;font-family:Arial;font-size:11px;color:#777">You are receiving this email because you subscribed at freighteurope-weekly.com.<br><a href="https://freighteurope-weekly.us21.list-manage.com/unsubscribe?u=7c4b1e2f9a0d3e5c8b6a1f2d4&amp;id=5e2a91c0d4">Unsubscribe</a> · <a href="https://freighteurope-weekly.us21.list-manage.com/profile?u=7c4b1e2f9a0d3e5c8b6a1f2d4&amp;id=5e2a91c0d4">Update preferences</a><br>Freight Europe Weekly · 20 Eastbourne Terrace · London W2 6LG · United Kingdom</td></tr>
</table><img src="https://freighteurope-weekly.us21.list-manage.com/track/open.php?u=7c4b1e2f9a0d3e5c8b6a1f2d4&amp;id=8731543&amp;e=3a7b2c1d9e" height="1" width="1" alt=""></body></html>""" % items05)))

# ==============================================================================================
# 06 en - M&A confidentiality agreement from a law firm (Mimecast), windows-1252
# ==============================================================================================
nda06 = A.docx(["# MUTUAL CONFIDENTIALITY AGREEMENT", "Project Kestrel", "",
                "THIS AGREEMENT is dated ____ 2026 and made between (1) Example Group GmbH, Nürnberg, and (2) the Seller as defined in Schedule 1.",
                "1. Confidential Information means all information relating to the Target disclosed in connection with the Proposed Transaction.",
                "2. The Recipient shall keep Confidential Information strictly confidential and use it solely to evaluate the Proposed Transaction.",
                "3. Non-solicitation: for 12 months the Recipient shall not solicit any senior employee of the Target.",
                "4. This Agreement is governed by the laws of England and Wales."],
               author="Charlotte Hayes", title="Project Kestrel – Confidentiality Agreement (draft v3)", created=D("2026-11-25 16:58"))
msg(K, 6, "en", "law-firm-nda-project",
    "Genuine M&A confidentiality-agreement cover email from a UK law firm (through Mimecast) to the CEO and CFO: 'strictly private and confidential', project code name, no payment request, DOCX draft attached.",
    mimecast("185.58.85.151", "eu-smtp-delivery-151.mimecast.com", "LO2P265MB5671", "GBRP265"),
    from_=("Charlotte Hayes", "c.hayes@pembrokehale.com"), to=[("Dr Thomas Brandt", "t.brandt@example.com")],
    cc=[S("koehler"), ("Jonathan Pike", "j.pike@pembrokehale.com")],
    subject="Project Kestrel – Confidentiality Agreement [STRICTLY PRIVATE & CONFIDENTIAL]",
    date="2026-11-25 17:22:10 +0000", charset="windows-1252", cte="quoted-printable",
    body=Mixed(T("""Dear Dr Brandt,

Further to your call with our client on Friday, please find attached our draft mutual confidentiality agreement in respect of the proposed acquisition referred to as “Project Kestrel”.

We would be grateful if you could let us have any comments by Wednesday 2 December. Once the agreement has been signed by both parties we will arrange access for your team and your advisers to the virtual data room (Datasite) and circulate the process letter and the indicative timetable.

As you know, our client attaches great importance to confidentiality – we would ask that knowledge of the project is limited to those individuals listed in Schedule 2 and that any contact with the target’s management is routed through us.

I am copying my colleague Jonathan Pike, who will coordinate the due diligence workstreams. Please do not hesitate to call me on +44 20 7946 0321.

Kind regards,

Charlotte Hayes
Partner | Corporate
Pembroke Hale LLP
1 Fleet Place, London EC4M 7WS
T +44 20 7946 0321

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Pembroke Hale LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 612345). We will never notify you of a change to our bank details by email.
"""), Att("Project_Kestrel_CA_draft_v3.docx", nda06, DOCX_CT)))

# ==============================================================================================
# 07 en - MD writing from his phone, urgent payment request (internal relay)
# ==============================================================================================
msg(K, 7, "en", "md-iphone-payment-request",
    "Genuine short request from the UK managing director on his iPhone through the internal relay, asking finance to include an already-approved supplier invoice in today's payment run (resembles CEO fraud).",
    internal(client="iphone", lang="en-GB", xorig="10.44.7.112"),
    from_=("James Whitfield", "j.whitfield@example.com"), to=[S("clarke")],
    subject="Harlow invoice", date="2026-12-01 07:48:27 +0000", charset="utf-8", cte="quoted-printable",
    bstyle="apple",
    body=T("""Emma - can you make sure the Harlow Freight invoice (the Immingham consolidation one, approx £7.9k) goes out on today's payment run? They chased me again yesterday.

It's already approved in Coupa, nothing new on their bank details - usual account.

Boarding now, back on Thursday.

Thanks
J

Sent from my iPhone"""))

# ==============================================================================================
# 08 en - genuine DHL Express duties & taxes notification
# ==============================================================================================
u08 = "https://del.dhl.com/gb/en/4817263095/duties?ref=ODD-7Q2KX9&lang=en"
t08 = """Your DHL Express shipment is waiting for payment of import duties and taxes

Waybill: 4817 263 095
From: SHENZHEN HONGTAI ELECTRONICS CO. LTD, Shenzhen, China
To: Example Group UK Ltd, Manchester
Pieces: 2   Weight: 14.6 kg

Duties and taxes due: GBP 184.62
(Import VAT GBP 146.20, duty GBP 27.42, DHL disbursement fee GBP 11.00)

Pay online in On Demand Delivery: %s

You can also pay by telephone on 0344 248 0844 quoting your waybill number. Once payment is received, your shipment will be scheduled for delivery on the next working day.

DHL will never ask you to pay by gift card or cryptocurrency. You can always check the status of your shipment at https://www.dhl.com/gb-en/home/tracking.html.

DHL Express (UK) Limited, Southern Hub, Unit 1, Horton Road, Colnbrook, Slough SL3 0BB
""" % u08
msg(K, 8, "en", "dhl-duties-genuine",
    "Genuine DHL Express On Demand Delivery notice asking the UK office to pay GBP 184.62 import duties/VAT on a shipment from China (post-Brexit import), with DHL's own payment link.",
    bigsender("mailout2.dhl.com", "165.72.200.33", "dhl.com", "dhl2026",
              mf=lambda r: "bounce-odd-%s@mail.dhl.com" % rhex(r, 12),
              msgid_fmt=lambda r, dt: "<%s.JavaMail.odd@odd-prd-mail%02d.dhl.com>" % (rhex(r, 16), r.randint(1, 8))),
    from_=("DHL Express", "noreply.odd@dhl.com"), to=[S("bennett")],
    subject="DHL On Demand Delivery: duties and taxes due for shipment 4817263095",
    date="2026-11-25 11:03:45 +0000", charset="utf-8", cte="base64",
    body=Alt(T(t08), H("""<html><body style="font-family:Arial,Helvetica,sans-serif;background:#f2f2f2"><table width="600" align="center" style="background:#fff">
<tr><td style="background:#ffcc00;padding:16px"><img src="https://www.dhl.com/content/dam/dhl/global/core/images/logos/dhl-logo.svg" width="120" alt="DHL"></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px"><h2 style="font-size:20px">Your shipment is waiting for payment of import duties and taxes</h2>
Waybill: <b>4817 263 095</b><br>From: SHENZHEN HONGTAI ELECTRONICS CO. LTD, Shenzhen, China<br>To: Example Group UK Ltd, Manchester<br>Pieces: 2 · Weight: 14.6 kg<br><br>
Duties and taxes due: <b>GBP 184.62</b><br><span style="font-size:12px;color:#555">Import VAT GBP 146.20 · duty GBP 27.42 · DHL disbursement fee GBP 11.00</span><br><br>
<a href="%s" style="background:#d40511;color:#fff;padding:10px 22px;text-decoration:none">Pay duties and taxes</a><br><br>
You can also pay by telephone on 0344 248 0844 quoting your waybill number.<br><br>
<span style="font-size:12px;color:#555">DHL will never ask you to pay by gift card or cryptocurrency.</span></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">DHL Express (UK) Limited, Southern Hub, Unit 1, Horton Road, Colnbrook, Slough SL3 0BB</td></tr></table></body></html>""" % u08)))

# ==============================================================================================
# 09 en - bank-detail change done properly (haulier, verify by phone, long notice)
# ==============================================================================================
old09 = A.iban("GB", "BARC" + "209514" + "70412268")
new09 = A.iban("GB", "NWBK" + "601613" + "38207719")
pdf09 = A.pdf([[("Harlow Freight Services Ltd", 15, True), "Pinnacles West, Harlow CM19 5BD · Company no. 04738291", "", "",
                "To: all customers", "26 November 2026", "",
                ("Change of bank details – effective 1 February 2027", 12, True), "",
                "Following our acquisition by Calder Logistics Group, our banking will move from Barclays to NatWest.",
                "Payments made before 1 February 2027 must continue to be made to our existing account.", "",
                "Existing account (until 31 January 2027):", "Barclays Bank plc, sort code 20-95-14, account 70412268",
                "IBAN " + A.fmt_iban(old09), "",
                "New account (from 1 February 2027):", "National Westminster Bank plc, sort code 60-16-13, account 38207719",
                "IBAN " + A.fmt_iban(new09), "",
                "Please verify this change by telephone using the number you already hold for us, or 01279 000 412.",
                "A signed copy of this letter is also being sent to you by post.", "", "",
                "Helen Marsh, Finance Director", "Harlow Freight Services Ltd"]],
              title="Change of bank details", author="Helen Marsh", created=D("2026-11-26 14:05"))
msg(K, 9, "en", "bank-change-done-properly",
    "Genuine supplier bank-detail change done properly: two months' notice, old account stays valid until then, explicit request to verify by phone on a known number, signed letter by post, no urgency.",
    m365("52.101.73.24", dc="LO2", reg="GBR01", tenant="LO4P265MB3921", region="GBRP265", lang="en-GB",
         dmarc_pol="p=reject dis=none", attach=True),
    from_=("Harlow Freight Services – Accounts", "accounts@harlowfreight.co.uk"),
    to=["accounts.payable@example.com"], cc=[S("clarke")],
    subject="Change of bank details – Harlow Freight Services Ltd (effective 1 February 2027) – please verify by phone",
    date="2026-11-26 14:30:11 +0000", charset="utf-8", cte="quoted-printable",
    body=Mixed(T("""Dear Emma, dear colleagues in Accounts Payable,

Following our acquisition by Calder Logistics Group, our bank account will move from Barclays to NatWest with effect from 1 February 2027. Until that date please continue to pay all invoices to our existing Barclays account as usual – nothing changes for the current payment runs.

Please do NOT act on this email alone. We ask all customers to verify the change by calling our credit control team on the number already held in your supplier file (or 01279 000 412 as printed on our invoices). A signed copy of the attached letter is also on its way to you by post.

From 1 February 2027 our invoices will show the new details:
National Westminster Bank plc, sort code 60-16-13, account 38207719
IBAN %s

We will never ask you to change bank details at short notice or to pay outstanding invoices early.

Kind regards,

Helen Marsh
Finance Director
Harlow Freight Services Ltd
T 01279 000 412
""" % A.fmt_iban(new09)), Att("Harlow_Freight_change_of_bank_details_2027.pdf", pdf09, PDF_CT)))

# ==============================================================================================
# 10 en - payment reminder with XLSX statement from the Polish partner (Google Workspace)
# ==============================================================================================
iban_pl_partner = A.iban_pl("1140200", "4000330218466590")
xl10 = A.xlsx([["Partner Logistik Sp. z o.o. – statement of account", None, None, None],
               ["Customer: Example Group UK Ltd", None, None, "as at 30.11.2026"],
               [], ["Invoice", "Date", "Due date", "Amount EUR"],
               ["FV/2026/10/1893", "2026-10-12", "2026-11-11", 4820.5],
               ["FV/2026/10/1951", "2026-10-26", "2026-11-25", 2318.0],
               [], ["Total overdue", None, None, 7138.5],
               [], ["Bank: mBank S.A.", "IBAN " + A.fmt_iban(iban_pl_partner), "BIC BREXPLPWMBK"]],
              author="Magdalena Wójcik", title="Statement", created=D("2026-11-30 09:02"), sheet="Statement")
msg(K, 10, "en", "partner-payment-reminder-xlsx",
    "Genuine overdue-invoice reminder from the Polish logistics partner's real Google Workspace domain, with an XLSX statement and the statement that bank details are unchanged.",
    gmail(ip="209.85.221.52", host="mail-wr1-f52.google.com", workspace=True, dmarc_pol="p=quarantine dis=none"),
    from_=("Magdalena Wójcik", "ksiegowosc@partner-logistik.pl"), to=[S("clarke")], cc=[("Tomasz Zieliński", "t.zielinski@partner-logistik.pl")],
    subject="Payment reminder – overdue invoices FV/2026/10/1893 and FV/2026/10/1951",
    date="2026-11-30 09:15:31 +0100", charset="utf-8", cte="base64",
    body=Mixed(Alt(T("""Dear Ms Clarke,

According to our records the following invoices for Example Group UK Ltd are overdue:

FV/2026/10/1893 of 12.10.2026 – EUR 4,820.50 (due 11.11.2026)
FV/2026/10/1951 of 26.10.2026 – EUR 2,318.00 (due 25.11.2026)

Please find our statement of account attached. If payment has already been made, please disregard this reminder and send us the remittance advice.

Our bank details remain unchanged (mBank S.A., IBAN %s).

Kind regards,
Magdalena Wójcik
Accounting Department
Partner Logistik Sp. z o.o.
ul. Składowa 8, 62-080 Tarnowo Podgórne, Poland
""" % A.fmt_iban(iban_pl_partner)), H("<div dir=\"ltr\">Dear Ms Clarke,<br><br>According to our records the following invoices for Example Group UK Ltd are overdue:<br><br>FV/2026/10/1893 of 12.10.2026 – EUR 4,820.50 (due 11.11.2026)<br>FV/2026/10/1951 of 26.10.2026 – EUR 2,318.00 (due 25.11.2026)<br><br>Please find our statement of account attached. If payment has already been made, please disregard this reminder and send us the remittance advice.<br><br>Our bank details remain unchanged (mBank S.A., IBAN %s).<br><br>Kind regards,<br>Magdalena Wójcik<br>Accounting Department<br>Partner Logistik Sp. z o.o.</div>" % A.fmt_iban(iban_pl_partner))),
               Att("Statement_ExampleGroupUK_2026-11-30.xlsx", xl10, XLSX_CT, size=False)))

# ==============================================================================================
# 11 de - genuine invoice with PDF and XRechnung XML from the German supplier
# ==============================================================================================
iban_lief = A.iban("DE", "76050101" + "0012847395")
pdf11 = invoice_pdf(["Lieferant GmbH", "Industriestraße 14 · 90441 Nürnberg", "USt-IdNr. DE812345679"],
                    ["Example Group GmbH", "Kreditorenbuchhaltung", "90402 Nürnberg"],
                    ["RECHNUNG RE-2026-11944", "Rechnungsdatum: 25.11.2026   Kunden-Nr.: 10447", "Ihre Bestellung: 4500187236 vom 10.11.2026", "Lieferschein: LS-2026-38812 vom 24.11.2026"],
                    ["Pos  Menge  Artikel                              Einzelpreis     Gesamt",
                     "10   600    Gehäuseteil GH-220 Alu eloxiert        11,40 €    6.840,00 €",
                     "20   400    Gehäusedeckel GD-220                    6,85 €    2.740,00 €",
                     "30   200    Dichtungssatz DS-220                    2,10 €      420,00 €"],
                    ["Nettobetrag       10.000,00 €", "USt. 19 %          1.900,00 €", ("Rechnungsbetrag   11.900,00 €", 11, True)],
                    ["Zahlbar innerhalb 30 Tagen ohne Abzug bis 25.12.2026.",
                     "Sparkasse Nürnberg · IBAN " + A.fmt_iban(iban_lief) + " · BIC SSKNDE77XXX",
                     "Amtsgericht Nürnberg HRB 28417 · Geschäftsführer: Klaus Reinhardt"],
                    "RE-2026-11944", "Lieferant GmbH", D("2026-11-25 06:01"), creator="SAP", producer="SAP NetWeaver 7.58")
xml11 = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>RE-2026-11944</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20261125</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>4500187236</ram:BuyerReference>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE812345679</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>10000.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">1900.00</ram:TaxTotalAmount><ram:GrandTotalAmount>11900.00</ram:GrandTotalAmount><ram:DuePayableAmount>11900.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % iban_lief
msg(K, 11, "de", "lieferant-rechnung-xrechnung",
    "Genuine invoice from the German supplier's ERP via its real Microsoft 365 tenant, with PDF invoice and XRechnung (CII XML) e-invoice, payable to the long-standing Sparkasse account.",
    m365("40.107.135.98", dc="BE1", reg="DEU01", tenant="BEZP281MB2830", region="DEUP281", lang="de-DE", attach=True,
         xmailer="SAP NetWeaver 7.58 / BCS"),
    from_=("Lieferant GmbH – Rechnungsversand", "rechnungen@lieferant-gmbh.de"), to=["buchhaltung@example.com"],
    subject="Rechnung RE-2026-11944 vom 25.11.2026 – Kd.-Nr. 10447 – Bestellung 4500187236",
    date="2026-11-25 06:02:19 +0100", charset="iso-8859-15", cte="quoted-printable",
    body=Mixed(T("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11944 vom 25.11.2026 zu Ihrer Bestellung 4500187236 als PDF sowie als E-Rechnung im Format XRechnung (CII) gemäß § 14 UStG.

Rechnungsbetrag: 11.900,00 € (inkl. 19 % USt.)
Fällig: 25.12.2026

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser bekanntes Konto bei der Sparkasse Nürnberg.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen zur Rechnung wenden Sie sich bitte an buchhaltung@lieferant-gmbh.de oder +49 911 6549-230.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

Industriestraße 14 · 90441 Nürnberg
Amtsgericht Nürnberg HRB 28417 · Geschäftsführer: Klaus Reinhardt
"""), Att("RE-2026-11944.pdf", pdf11, PDF_CT), Att("RE-2026-11944_XRechnung.xml", xml11, "application/xml")))

# ==============================================================================================
# 12 de - friendly payment reminder from the supplier's accountant
# ==============================================================================================
pdf12 = invoice_pdf(["Lieferant GmbH", "Industriestraße 14 · 90441 Nürnberg", "KOPIE"],
                    ["Example Group GmbH", "Kreditorenbuchhaltung", "90402 Nürnberg"],
                    ["RECHNUNG RE-2026-10712 (Kopie)", "Rechnungsdatum: 15.10.2026   Kunden-Nr.: 10447", "Fällig: 14.11.2026"],
                    ["Pos  Menge  Artikel                              Einzelpreis     Gesamt",
                     "10   500    Gehäuseteil GH-180 Alu                  11,85 €    5.925,00 €",
                     "20   140    Montagerahmen MR-180                     7,25 €    1.015,00 €"],
                    ["Nettobetrag        6.940,00 €", "Fracht               13,00 €", "USt. 19 %          1.301,42 €", ("Rechnungsbetrag    8.254,42 €", 11, True)],
                    ["Sparkasse Nürnberg · IBAN " + A.fmt_iban(iban_lief) + " · BIC SSKNDE77XXX"],
                    "RE-2026-10712", "Lieferant GmbH", D("2026-11-30 10:40"), creator="SAP", producer="SAP NetWeaver 7.58")
msg(K, 12, "de", "lieferant-zahlungserinnerung",
    "Genuine friendly payment reminder from the German supplier's accountant (real tenant, windows-1252 base64) with a PDF invoice copy and the usual bank account.",
    m365("40.107.135.97", dc="BE1", reg="DEU01", tenant="BEZP281MB2830", region="DEUP281", lang="de-DE", attach=True),
    from_=("Lang, Petra", "p.lang@lieferant-gmbh.de"), to=[("Hoffmann, Julia", "j.hoffmann@example.com")],
    subject="Zahlungserinnerung – Rechnung RE-2026-10712 (fällig seit 14.11.2026)",
    date="2026-11-30 10:44:50 +0100", charset="windows-1252", cte="base64",
    body=Mixed(T("""Sehr geehrte Frau Hoffmann,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung noch offen ist:

RE-2026-10712 vom 15.10.2026 über 8.254,42 € – fällig seit 14.11.2026

Sicher handelt es sich nur um ein Versehen. Eine Kopie der Rechnung haben wir Ihnen beigefügt. Bitte überweisen Sie den Betrag bis zum 07.12.2026 auf unser bekanntes Konto bei der Sparkasse Nürnberg.

Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung

Lieferant GmbH
Industriestraße 14 · 90441 Nürnberg
Tel. +49 911 6549-230
www.lieferant-gmbh.de
"""), Att("RE-2026-10712_Kopie.pdf", pdf12, PDF_CT)))

# ==============================================================================================
# 13 de - internal IT maintenance notice with password-change request (internal relay)
# ==============================================================================================
msg(K, 13, "de", "it-wartung-passwort",
    "Genuine internal IT service-desk notice (sent on behalf by the Head of IT via the internal relay) about a weekend maintenance window and a required password change, explicitly not via links.",
    internal(lang="de-DE"),
    from_=("Example Group IT-Servicedesk", "it-servicedesk@example.com"), sender=("Weber, Markus", "m.weber@example.com"),
    to=[("Alle Mitarbeitenden Nürnberg", "alle-nbg@example.com")],
    subject="Wartungsfenster Sa. 28.11.: E-Mail, VPN und DATEV nicht verfügbar – Passwortänderung bis 27.11.",
    date="2026-11-24 15:30:08 +0100", charset="iso-8859-1", cte="quoted-printable",
    body=T("""Liebe Kolleginnen und Kollegen,

am Samstag, 28.11.2026, von 08:00 bis ca. 16:00 Uhr führen wir Wartungsarbeiten an unseren Servern durch. In dieser Zeit sind E-Mail (auch auf dem Handy), VPN, Dateiablagen und DATEV nicht verfügbar.

Im Zuge der Wartung wird die neue Kennwortrichtlinie aktiviert (mindestens 14 Zeichen). Wer sein Kennwort in den letzten 90 Tagen nicht geändert hat, wird gebeten, dies bis Freitag, 27.11., zu erledigen:

- am Arbeitsplatz-PC: Strg+Alt+Entf -> "Kennwort ändern"
- oder im Firmennetz bzw. per VPN unter https://passwort.example.com

Bitte ändern Sie Ihr Kennwort niemals über einen Link aus einer E-Mail – auch nicht aus dieser. Wir werden Sie nie per E-Mail nach Ihrem Kennwort fragen.

Bei Fragen erreichen Sie den IT-Servicedesk unter Durchwahl 4400.

Viele Grüße
Markus Weber
Leitung IT | Example Group GmbH
"""))

# ==============================================================================================
# 14 de - genuine supplier bank-change notice done properly
# ==============================================================================================
iban14n = A.iban("DE", "76020070" + "0361528740")
pdf14 = A.pdf([[("Lieferant GmbH", 16, True), "Industriestraße 14 · 90441 Nürnberg", "", "",
                "Example Group GmbH", "Buchhaltung", "90402 Nürnberg", "", "Nürnberg, 25.11.2026", "",
                ("Änderung unserer Bankverbindung zum 01.01.2027", 12, True), "",
                "Sehr geehrte Damen und Herren,", "",
                "zum 01.01.2027 wechseln wir unsere Hausbank. Bis einschließlich 31.12.2026 bleibt unsere",
                "bisherige Bankverbindung bei der Sparkasse Nürnberg unverändert gültig.", "",
                "Bisher (bis 31.12.2026): Sparkasse Nürnberg, IBAN " + A.fmt_iban(iban_lief),
                "Neu (ab 01.01.2027): UniCredit Bank GmbH (HypoVereinsbank), IBAN " + A.fmt_iban(iban14n),
                "BIC HYVEDEMM460", "",
                "Bitte verifizieren Sie diese Änderung telefonisch über die Ihnen bekannte Rufnummer unserer",
                "Buchhaltung. Dieses Schreiben erhalten Sie zusätzlich unterschrieben per Post.", "",
                "Mit freundlichen Grüßen", "", "", "Klaus Reinhardt, Geschäftsführer        ppa. Petra Lang"]],
              title="Änderung Bankverbindung", author="Petra Lang", created=D("2026-11-25 16:20"))
msg(K, 14, "de", "lieferant-bankwechsel-korrekt",
    "Genuine bank-change announcement from the real German supplier done properly: five weeks' notice, old account valid until year end, both accounts listed, phone verification on a known number and a signed letter by post.",
    m365("40.107.135.104", dc="BE1", reg="DEU01", tenant="BEZP281MB2830", region="DEUP281", lang="de-DE", attach=True),
    from_=("Lang, Petra", "p.lang@lieferant-gmbh.de"), to=["buchhaltung@example.com"], cc=[("Hoffmann, Julia", "j.hoffmann@example.com")],
    subject="Änderung unserer Bankverbindung zum 01.01.2027 – bitte telefonisch verifizieren",
    date="2026-11-26 09:12:33 +0100", charset="utf-8", cte="quoted-printable",
    body=Mixed(T("""Sehr geehrte Damen und Herren,
liebe Frau Hoffmann,

zum 01.01.2027 wechselt die Lieferant GmbH ihre Hausbank von der Sparkasse Nürnberg zur UniCredit Bank GmbH (HypoVereinsbank). Bis einschließlich 31.12.2026 bleibt unsere bisherige Bankverbindung unverändert gültig – bitte zahlen Sie alle Rechnungen aus 2026 wie gewohnt auf das Sparkassenkonto.

Neue Bankverbindung ab 01.01.2027:
UniCredit Bank GmbH (HypoVereinsbank)
IBAN: %s
BIC: HYVEDEMM460

Zu Ihrer Sicherheit: Bitte verifizieren Sie diese Änderung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung und nicht über Kontaktdaten aus dieser E-Mail. Das unterschriebene Schreiben (Anhang) erhalten Sie zusätzlich per Post. Ab Januar ist die neue Bankverbindung auch auf allen Rechnungen und in der XRechnung angegeben.

Wir werden Sie niemals kurzfristig auffordern, offene Posten auf ein anderes Konto zu überweisen.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Prokuristin

Lieferant GmbH
Industriestraße 14 · 90441 Nürnberg
Tel. +49 911 6549-230
""" % A.fmt_iban(iban14n)), Att("Lieferant_GmbH_Aenderung_Bankverbindung_2027.pdf", pdf14, PDF_CT)))

# ==============================================================================================
# 15 de - payroll documents from the tax adviser in an encrypted ZIP, password in the text
# ==============================================================================================
xl15 = A.xlsx([["Lohnjournal 11/2026 – Mandant 24817 Example Group GmbH"], [],
               ["Pers.-Nr.", "Name", "Brutto", "Netto", "AG-Anteil SV"],
               [1001, "Brandt, Thomas", 14500.0, 8210.33, 1478.12], [1014, "Hoffmann, Julia", 3950.0, 2561.84, 812.05],
               [1022, "Schneider, Lukas", 4280.0, 2731.10, 879.90], [1031, "Richter, Anja", 4600.0, 2894.47, 945.70]],
              author="Kanzlei Dr. Vogel & Partner", title="Lohnjournal", created=D("2026-12-03 10:55"), sheet="Lohnjournal")
pdf15 = A.pdf([[("Zahlungsliste Nettolöhne 11/2026", 13, True), "Mandant 24817 – Example Group GmbH", "",
                "Anzahl Überweisungen: 212", "Summe: 604.118,27 EUR", "Ausführung: 27.11.2026", "",
                "Die Datei für das Banking-Programm wurde über DATEV Unternehmen online bereitgestellt."]],
              title="Zahlungsliste", author="DATEV", created=D("2026-12-03 10:56"), creator="DATEV LODAS", producer="DATEV")
zip15 = A.zip_archive([("Lohnjournal_2026-11.xlsx", xl15, (2026, 12, 3, 10, 55, 40)),
                       ("Zahlungsliste_2026-11.pdf", pdf15, (2026, 12, 3, 10, 56, 12))], password="Vogel#24817-11", seed="b15")
msg(K, 15, "de", "steuerberater-lohn-zip",
    "Genuine monthly payroll reports from the tax adviser (IONOS-hosted domain) in a password-protected ZIP with the password stated in the e-mail text.",
    ionos(),
    from_=("Kanzlei Dr. Vogel & Partner – Lohnbuchhaltung", "lohn@stb-vogel-partner.de"), to=[S("richter")],
    subject="Lohnauswertungen 11/2026 – Mandant 24817 Example Group GmbH",
    date="2026-12-03 11:20:41 +0100", charset="iso-8859-1", cte="base64",
    body=Mixed(T("""Sehr geehrte Frau Richter,

anbei erhalten Sie die Lohnauswertungen für November 2026 (Lohnjournal und Zahlungsliste). Die Beitragsnachweise wurden fristgerecht an die Krankenkassen übermittelt.

Die Datei ist wie mit Ihnen vereinbart verschlüsselt. Das Kennwort lautet: Vogel#24817-11

Die Zahlungsdatei für Ihr Banking-Programm steht wie gewohnt in DATEV Unternehmen online bereit.

Mit freundlichen Grüßen

Sandra Krüger
Lohnbuchhaltung

Kanzlei Dr. Vogel & Partner mbB
Steuerberater · Wirtschaftsprüfer
Fürther Straße 212 · 90429 Nürnberg
Tel. 0911 93 77 41-20
"""), Att("Lohnauswertungen_24817_2026-11.zip", zip15, ZIP_CT)))

# ==============================================================================================
# 16 de - chamber of commerce newsletter
# ==============================================================================================
def ihk(p):
    return "https://news.ihk-nuernberg.de/c/%s?m=%s" % (p, "b7e2a91c4d")


t16 = """IHK-Newsletter Dezember 2026

E-Rechnung: Ab 01.01.2027 Pflicht zum Versand für Unternehmen mit mehr als 800.000 Euro Umsatz
Was Sie bei Formaten (XRechnung, ZUGFeRD) und Archivierung beachten müssen.
%s

Mindestlohn 2027: Was Arbeitgeber jetzt anpassen müssen
%s

Exportkontrolle: Neue EU-Sanktionspakete und Prüfpflichten im Russlandgeschäft
Webinar am 10.12.2026, 10:00 Uhr – kostenfrei für Mitgliedsunternehmen.
%s

Newsletter abbestellen: %s
IHK Nürnberg für Mittelfranken · Ulmenstraße 52 · 90443 Nürnberg
""" % (ihk("e-rechnung-2027"), ihk("mindestlohn-2027"), ihk("exportkontrolle-webinar"), ihk("abmelden"))
msg(K, 16, "de", "ihk-newsletter",
    "Genuine chamber-of-commerce (IHK) member newsletter via a German ESP with tracked links, List-Unsubscribe and topics (e-invoicing, sanctions) that overlap with lure themes.",
    bigsender("mx-out14.inxmail.com", "62.245.217.14", "ihk-nuernberg.de", "inx2025",
              mf=lambda r: "bounce-%s@bounce.ihk-nuernberg.de" % rhex(r, 14), dmarc_pol="p=quarantine dis=none",
              msgid_fmt=lambda r, dt: "<%s.%d@inxserver.de>" % (rhex(r, 20), r.randint(10**6, 10**7)), bstyle="java"),
    from_=("IHK Nürnberg für Mittelfranken", "newsletter@ihk-nuernberg.de"), to=[S("koehler")],
    subject="IHK-Newsletter 12/2026: E-Rechnung ab 2027, Mindestlohn, Exportkontrolle",
    date="2026-12-01 08:00:12 +0100", charset="utf-8", cte="quoted-printable",
    add_headers=[("List-Unsubscribe", "<%s>, <mailto:abmelden@ihk-nuernberg.de?subject=unsubscribe>" % ihk("abmelden")),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<newsletter.ihk-nuernberg.de>"), ("Precedence", "bulk")],
    body=Alt(T(t16), H("""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="background:#003e7e;color:#fff;padding:18px;font-size:20px">IHK Nürnberg für Mittelfranken · Newsletter 12/2026</td></tr>
<tr><td style="padding:18px"><h3><a href="%s" style="color:#003e7e">E-Rechnung: Ab 01.01.2027 Pflicht zum Versand für Unternehmen mit mehr als 800.000 Euro Umsatz</a></h3><p>Was Sie bei Formaten (XRechnung, ZUGFeRD) und Archivierung beachten müssen.</p>
<h3><a href="%s" style="color:#003e7e">Mindestlohn 2027: Was Arbeitgeber jetzt anpassen müssen</a></h3>
<h3><a href="%s" style="color:#003e7e">Exportkontrolle: Neue EU-Sanktionspakete und Prüfpflichten im Russlandgeschäft</a></h3><p>Webinar am 10.12.2026, 10:00 Uhr – kostenfrei für Mitgliedsunternehmen.</p></td></tr>
<tr><td style="padding:14px 18px;font-size:11px;color:#666">Sie erhalten diesen Newsletter als Ansprechpartnerin eines Mitgliedsunternehmens. <a href="%s">Newsletter abbestellen</a><br>IHK Nürnberg für Mittelfranken · Ulmenstraße 52 · 90443 Nürnberg</td></tr></table>
<img src="https://news.ihk-nuernberg.de/o/b7e2a91c4d.gif" width="1" height="1" alt=""></body></html>""" % (ihk("e-rechnung-2027"), ihk("mindestlohn-2027"), ihk("exportkontrolle-webinar"), ihk("abmelden")))))

# ==============================================================================================
# 17 ru - internal IT notice: VPN client update and password change (KOI8-R)
# ==============================================================================================
msg(K, 17, "ru", "it-vpn-smena-parolya",
    "Genuine internal notice from the St Petersburg IT administrator via the internal relay about a VPN client update and forced password change, warning not to use e-mailed links (KOI8-R).",
    internal(lang="ru-RU", xorig="10.47.1.23"),
    from_=("Дмитрий Волков", "d.volkov@examplegroup.eu"), to=[("Сотрудники СПб", "spb-all@examplegroup.eu")],
    subject="Плановые работы 28.11: обновление VPN-клиента и смена паролей",
    date="2026-11-25 17:10:04 +0300", charset="koi8-r", cte="quoted-printable",
    body=T("""Коллеги, добрый день!

В субботу, 28.11, с 10:00 до 14:00 будут проводиться плановые работы: обновление VPN-клиента FortiClient на всех ноутбуках и переход на новую политику паролей (не менее 14 символов).

Что нужно сделать:
1. В пятницу перед уходом оставьте ноутбук включённым и подключённым к сети в офисе.
2. В понедельник при первом входе система попросит сменить пароль. Меняйте пароль только на рабочем компьютере (Ctrl+Alt+Del -> "Изменить пароль").

ИТ-служба никогда не запрашивает пароль по почте или по телефону. Если вы получите письмо со ссылкой "сменить пароль" или "подтвердить учётную запись" — не переходите по ней и перешлите письмо мне.

Инструкция: https://intranet.example.com/it/vpn-2026 (доступна из офисной сети).

С уважением,
Дмитрий Волков
Системный администратор, Example Group (Санкт-Петербург)
вн. 5120, моб. +7 921 408-17-35
"""))

# ==============================================================================================
# 18 ru - reconciliation statement XLSX from a genuine counterparty (windows-1251)
# ==============================================================================================
xl18 = A.xlsx([["Акт сверки взаимных расчётов за период 01.01.2026 – 30.11.2026"],
               ["между ООО «СевЗапТранс» и ООО «Экзампл Груп Рус»"], [],
               ["Дата", "Документ", "Дебет", "Кредит"],
               ["01.01.2026", "Сальдо начальное", 96400.0, None],
               ["30.06.2026", "Реализация (акт 412)", 212800.0, None],
               ["15.07.2026", "Оплата (п/п 1187)", None, 309200.0],
               ["31.10.2026", "Реализация (акт 688)", 184320.0, None],
               ["30.11.2026", "Сальдо конечное", 184320.0, None]],
              author="Бухгалтерия", title="Акт сверки", created=D("2026-11-30 11:50"), sheet="Акт сверки")
msg(K, 18, "ru", "akt-sverki-xlsx",
    "Genuine reconciliation statement (акт сверки) from a real Russian haulage counterparty on Yandex 360, windows-1251, with an XLSX attachment and a request to sign via the EDI system.",
    yandex(outlook=True, ip="178.154.239.152", fwd="forward502a.mail.yandex.net"),
    from_=("Бухгалтерия ООО «СевЗапТранс»", "buh@sevzaptrans.ru"), to=[("Ольга Кузнецова", "o.kuznetsova@examplegroup.eu")],
    subject="Акт сверки за 11 месяцев 2026 г. — ООО «СевЗапТранс» / ООО «Экзампл Груп Рус»",
    date="2026-11-30 12:05:27 +0300", charset="windows-1251", cte="base64",
    body=Mixed(T("""Ольга Викторовна, добрый день!

Направляем акт сверки взаимных расчётов за период с 01.01.2026 по 30.11.2026.
Сальдо на 30.11.2026 в нашу пользу: 184 320,00 руб. (акт № 688 от 31.10.2026, срок оплаты по договору — 30 дней).

Просим проверить и при согласии подписать акт через Диадок — документ уже направлен вам в системе ЭДО. Файл Excel прикладываем для удобства сверки.

С уважением,
Наталья Лебедева
бухгалтер
ООО «СевЗапТранс»
тел. +7 (812) 335-90-14
"""), Att("Акт_сверки_СевЗапТранс_11м2026.xlsx", xl18, XLSX_CT)))

# ==============================================================================================
# 19 ru - invoice for office supplies with Russian bank details (UTF-8)
# ==============================================================================================
bik = "044030653"
rs = A.ru_account(bik, "40702810K55000017342")
pdf19 = A.pdf([[("ООО «Офис-Комплект»", 14, True), "ИНН 7810947215  КПП 781001001", "Банк: Северо-Западный банк ПАО Сбербанк",
                "БИК " + bik + "   к/с 30101810500000000653", "р/с " + rs, "",
                ("Счёт на оплату № 2611 от 26.11.2026", 13, True), "",
                "Покупатель: ООО «Экзампл Груп Рус», ИНН 7802941736", "",
                "1. Бумага офисная А4, 500 л., 40 пачек × 389,00 = 15 560,00",
                "2. Картридж лазерный HP 59A, 4 шт. × 6 450,00 = 25 800,00",
                "3. Папки-регистраторы 75 мм, 30 шт. × 214,00 = 6 420,00", "",
                "Итого: 47 780,00 руб.   В т.ч. НДС (20%): 7 963,33 руб.", "",
                "Оплата в течение 5 банковских дней. Доставка 01.12.2026."]],
              title="Счёт 2611", author="Офис-Комплект", created=D("2026-11-26 13:40"), creator="1С:Предприятие 8.3", producer="1С:Предприятие 8.3")
msg(K, 19, "ru", "schet-na-oplatu",
    "Genuine invoice (счёт на оплату) for office supplies from a Russian vendor on Yandex 360 with full Russian bank details (correctly keyed settlement account) and a PDF from 1C.",
    yandex(ip="178.154.239.147", fwd="forward501b.mail.yandex.net"),
    from_=("Ирина Белова", "i.belova@ofis-komplekt.ru"), to=[("Ирина Соколова", "i.sokolova@examplegroup.eu")],
    subject="Счёт на оплату № 2611 от 26.11.2026 (бумага, картриджи)",
    date="2026-11-26 13:47:55 +0300", charset="utf-8", cte="base64",
    body=Mixed(T("""Ирина, добрый день!

Высылаю счёт № 2611 по вашей заявке от 24.11 (бумага А4, картриджи HP 59A, папки-регистраторы).
Сумма: 47 780,00 руб., в т.ч. НДС.

Реквизиты для оплаты:
ООО «Офис-Комплект», ИНН 7810947215, КПП 781001001
р/с %s
Северо-Западный банк ПАО Сбербанк
БИК %s, к/с 30101810500000000653

После поступления оплаты доставим 01.12 до 12:00, как договаривались.

--
С уважением,
Ирина Белова
менеджер по работе с корпоративными клиентами
ООО «Офис-Комплект»
+7 (812) 407-22-18
""" % (rs, bik)), Att("Счет_2611_от_26.11.2026.pdf", pdf19, PDF_CT)))

# ==============================================================================================
# 20 ru - genuine Yandex ID password-recovery email
# ==============================================================================================
u20 = "https://passport.yandex.ru/restoration/password?track_id=" + rhex(__import__("random").Random("b20"), 32) + "&retpath=https%3A%2F%2F360.yandex.ru"
msg(K, 20, "ru", "yandex-id-vosstanovlenie",
    "Genuine Yandex ID password-recovery e-mail requested by the RU IT administrator, with the real passport.yandex.ru link and standard 'if it wasn't you' wording.",
    bigsender("forward100a.mail.yandex.net", "178.154.239.80", "yandex.ru", "mail",
              mf=lambda r: "noreply@id.yandex.ru", dmarc_pol="p=reject dis=none",
              msgid_fmt=lambda r, dt: "<%d@passport.yandex.ru>" % r.randint(10**14, 10**15), bstyle="yandex"),
    from_=("Яндекс ID", "noreply@id.yandex.ru"), to=[S("volkov")],
    subject="Восстановление доступа к аккаунту", date="2026-11-27 09:02:31 +0300",
    charset="utf-8", cte="quoted-printable",
    body=Alt(T("""Здравствуйте, Дмитрий!

Вы запросили восстановление доступа к аккаунту d.volkov@examplegroup.eu.

Чтобы задать новый пароль, перейдите по ссылке:
%s

Ссылка действительна в течение 2 часов.

Если вы не запрашивали восстановление, просто проигнорируйте это письмо — ваш пароль останется прежним. Никому не сообщайте ссылку и коды из этого письма, даже сотрудникам Яндекса.

Запрос: 27.11.2026 09:02 (МСК), Санкт-Петербург, браузер Яндекс Браузер 25.10

С уважением,
Команда Яндекс ID
""" % u20), H("""<html><body style="font-family:'YS Text',Arial,sans-serif;font-size:15px;color:#000"><table width="560" align="center"><tr><td style="padding:20px 0"><img src="https://yastatic.net/s3/passport-static/core/_/logo-ru.png" width="96" alt="Яндекс"></td></tr>
<tr><td><h2 style="font-size:22px">Восстановление доступа</h2><p>Здравствуйте, Дмитрий!</p><p>Вы запросили восстановление доступа к аккаунту <b>d.volkov@examplegroup.eu</b>.</p>
<p><a href="%s" style="background:#ffdb4d;color:#000;padding:12px 22px;border-radius:8px;text-decoration:none">Задать новый пароль</a></p>
<p>Ссылка действительна в течение 2 часов.</p><p style="color:#666;font-size:13px">Если вы не запрашивали восстановление, просто проигнорируйте это письмо — ваш пароль останется прежним. Никому не сообщайте ссылку и коды из этого письма, даже сотрудникам Яндекса.<br><br>Запрос: 27.11.2026 09:02 (МСК), Санкт-Петербург, Яндекс Браузер 25.10</p>
<p style="color:#999;font-size:12px">С уважением,<br>Команда Яндекс ID</p></td></tr></table></body></html>""" % u20)))

# ==============================================================================================
# 21 ru - CV from a candidate via Mail.ru and The Bat! (KOI8-R)
# ==============================================================================================
cv21 = A.docx(["# Морозова Анна Сергеевна", "Санкт-Петербург · +7 921 553-40-18 · anna.morozova.1994@mail.ru", "",
               "# Цель", "Менеджер по логистике (ВЭД)",
               "# Опыт работы", "2021–2026  ООО «Балтик Карго Сервис» — специалист по ВЭД-логистике, таможенное оформление, работа с перевозчиками ЕС и Азии",
               "2018–2021  ООО «НеваТрансЭкспедиция» — менеджер отдела перевозок",
               "# Образование", "СПбГЭУ, «Логистика и управление цепями поставок», 2016",
               "# Языки", "Английский — B2, немецкий — A2"],
              author="Анна", title="Резюме", created=D("2026-11-24 18:50"))
msg(K, 21, "ru", "rezyume-kandidat",
    "Genuine job application (CV in DOCX) for a logistics-manager vacancy sent from a Mail.ru address with The Bat! in KOI8-R.",
    mailru(),
    from_=("Анна Морозова", "anna.morozova.1994@mail.ru"), to=[("Ирина Соколова", "i.sokolova@examplegroup.eu")],
    subject="Резюме на вакансию «Менеджер по логистике (ВЭД)» — hh.ru",
    date="2026-11-24 19:33:12 +0300", charset="koi8-r", cte="base64",
    body=Mixed(T("""Здравствуйте, Ирина!

Направляю своё резюме на вакансию "Менеджер по логистике (ВЭД)", размещённую на hh.ru.

Последние пять лет занимаюсь ВЭД-логистикой: организация перевозок из ЕС и Азии, таможенное оформление, работа с перевозчиками и складами. Английский — B2.

Резюме во вложении. Буду рада обсудить вакансию в удобное для вас время.

С уважением,
Анна Морозова
+7 921 553-40-18
"""), Att("Морозова_Анна_резюме.docx", cv21, DOCX_CT, fname_charset="koi8-r")))

# ==============================================================================================
# 22 es - supplier invoice from a Spanish packaging company (ISO-8859-1)
# ==============================================================================================
iban22 = A.iban_es("2100", "4312", "0200087413")
pdf22 = invoice_pdf(["Embalajes Levante, S.L.", "Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 18", "46988 Paterna (Valencia) · CIF B-96418273"],
                    ["Example Group Iberia, S.L.", "Departamento de Contabilidad", "Valencia"],
                    ["FACTURA FV26-004812", "Fecha: 24/11/2026   Vencimiento: 24/12/2026", "Su pedido: PC-2611"],
                    ["Cant.  Descripción                              Precio      Importe",
                     "800    Caja cartón doble canal 600x400x400        1,92      1.536,00",
                     "60     Film estirable manual 23 mu 450 mm        11,40        684,00"],
                    ["Base imponible    2.220,00 EUR", "IVA 21 %            466,20 EUR", ("TOTAL             2.686,20 EUR", 11, True)],
                    ["Forma de pago: transferencia a CaixaBank", "IBAN " + A.fmt_iban(iban22) + "   BIC CAIXESBBXXX"],
                    "FV26-004812", "Embalajes Levante", D("2026-11-24 10:20"))
msg(K, 22, "es", "factura-proveedor",
    "Genuine supplier invoice from a Valencian packaging company via Microsoft 365 in ISO-8859-1, PDF attached, paying to the usual CaixaBank account.",
    m365("40.107.8.112", dc="AM7", reg="EUR05", tenant="AS8PR02MB7048", region="eurprd02", lang="es-ES", attach=True,
         dmarc_pol="p=none dis=none"),
    from_=("Administración Embalajes Levante", "administracion@embalajeslevante.es"), to=[S("fernandez")],
    subject="Factura FV26-004812 - Example Group Iberia, S.L.",
    date="2026-11-24 10:25:36 +0100", charset="iso-8859-1", cte="quoted-printable",
    body=Mixed(T("""Buenos días, Lucía:

Adjuntamos la factura FV26-004812 correspondiente a vuestro pedido PC-2611 (cajas de cartón doble canal y film estirable), entregado ayer en vuestro almacén.

Importe total: 2.686,20 euros (IVA incluido)
Vencimiento: 24/12/2026, por transferencia a nuestra cuenta habitual de CaixaBank.

Cualquier duda, quedamos a vuestra disposición.

Un saludo,

Rosa Soler
Administración
Embalajes Levante, S.L.
Tel. 961 32 45 78
"""), Att("FV26-004812.pdf", pdf22, PDF_CT)))

# ==============================================================================================
# 23 es - genuine SEUR customs-clearance request (import from the UK)
# ==============================================================================================
u23 = "https://www.seur.com/aduanas/documentacion?envio=44712026113&cp=46988"
t23 = """Hola,

El envío 4471 2026 113, procedente de Reino Unido (remitente: Example Group UK Ltd, Manchester) y con destino Example Group Iberia, S.L., está pendiente de despacho de importación.

Al tratarse de un envío procedente de fuera de la Unión Europea, necesitamos la siguiente documentación para realizar el despacho aduanero:
- Factura comercial firmada
- Número EORI del destinatario
- Autorización de representación aduanera (si no la tenemos ya)

Importe estimado de aranceles e IVA de importación: 312,48 €. Te lo facturaremos junto con los gastos de gestión una vez despachado el envío.

Puedes aportar la documentación en el área de aduanas de seur.com:
%s

o respondiendo a este correo con los documentos adjuntos.

Equipo de Aduanas SEUR
""" % u23
msg(K, 23, "es", "seur-aduanas",
    "Genuine SEUR customs-clearance request for an intra-group shipment from the UK (post-Brexit import), asking for the commercial invoice and EORI and quoting estimated duties.",
    bigsender("mail-out2.seur.com", "185.47.97.23", "seur.com", "seur2025", dmarc_pol="p=quarantine dis=none",
              msgid_fmt=lambda r, dt: "<%s@seur.com>" % rhex(r, 32), bstyle="java"),
    from_=("SEUR Aduanas", "aduanas@seur.com"), to=[S("ruiz")],
    subject="Tu envío 4471 2026 113 está pendiente de despacho de aduanas: necesitamos documentación",
    date="2026-11-27 12:40:18 +0100", charset="utf-8", cte="base64",
    body=Alt(T(t23), H("<html><body style=\"font-family:Arial;font-size:14px\"><div style=\"background:#003d7c;color:#fff;padding:14px;font-size:20px\"><b>SEUR</b> · Aduanas</div><p>"
                       + t23.replace(u23, '<a href="%s">Aportar documentación</a>' % u23).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))

# ==============================================================================================
# 24 es - country manager on Outlook mobile asking to pay a known supplier
# ==============================================================================================
t24 = """Lucía, ¿puedes incluir en la remesa del jueves la factura de octubre de Transportes Hnos. Ribera? Ya está aprobada en el sistema.

La cuenta es la de siempre, no ha cambiado nada. Si tienes cualquier duda llámame al móvil, estoy en la feria hasta las 18h.

Gracias!
Javier

Obtener Outlook para iOS"""
msg(K, 24, "es", "director-movil-pago",
    "Genuine short payment request from the Spanish country manager using Outlook for iOS through the internal relay (known supplier, already approved, 'call me if in doubt').",
    internal(client="outlook-ios", lang="es-ES", xorig="10.46.2.54"),
    from_=("Javier Martínez", "j.martinez@examplegroup.eu"), to=[S("fernandez")],
    subject="Pago Transportes Hnos. Ribera", date="2026-12-03 13:12:40 +0100",
    charset="utf-8", cte="quoted-printable",
    body=Alt(T(t24), H('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
                       + t24.replace("\n", "<br>") + "</div></body></html>")))

# ==============================================================================================
# 25 es - InfoJobs notification about a new applicant
# ==============================================================================================
u25 = "https://empresa.infojobs.net/candidate/candidate-detail?candidateCode=8f1c27e4a9&offerCode=c41d92e7a3"
t25 = """Hola Carmen,

Alejandro García Soler se ha inscrito en tu oferta "Administrativo/a contable – Valencia" (24.000 € - 28.000 € bruto/año).

Adecuación a los requisitos: 92 %%
Experiencia: 4 años · Estudios: Grado en ADE · Idiomas: inglés B2

Ver candidato: %s

Tu oferta ya tiene 37 inscritos. Recuerda que puedes gestionar todos los candidatos desde tu área de empresa.

El equipo de InfoJobs
""" % u25
msg(K, 25, "es", "infojobs-candidato",
    "Genuine InfoJobs recruiter notification about a new applicant for a Valencia vacancy, ISO-8859-15 multipart/alternative with a link to the employer area.",
    bigsender("mailing-out3.infojobs.net", "185.81.212.33", "infojobs.net", "ij2025", dmarc_pol="p=reject dis=none",
              mf=lambda r: "bounces-%s@mail.infojobs.net" % rhex(r, 10),
              msgid_fmt=lambda r, dt: "<%s.%s@infojobs.net>" % (rhex(r, 16), int(dt.timestamp())), bstyle="java"),
    from_=("InfoJobs", "noreply@infojobs.net"), to=[S("ruiz")],
    subject="Nuevo candidato inscrito en tu oferta «Administrativo/a contable – Valencia»",
    date="2026-11-30 11:51:09 +0100", charset="iso-8859-15", cte="quoted-printable",
    body=Alt(T(t25), H("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body style=\"font-family:Arial;font-size:14px\"><div style=\"background:#167db7;color:#fff;padding:12px;font-size:20px\">InfoJobs Empresa</div><p>"
                       + t25.replace(u25, '<a href="%s">Ver candidato</a>' % u25).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))

# ==============================================================================================
# 26 es - genuine DEHú notification notice (ISO-8859-1, 8bit)
# ==============================================================================================
msg(K, 26, "es", "dehu-aviso-notificacion",
    "Genuine Spanish government DEHú notice that a tax-agency notification is available, with no attachment and only the official portal URL (8bit ISO-8859-1).",
    bigsender("correo-out1.redsara.es", "195.235.92.21", "redsara.es", "dehu2025", dmarc_pol="p=none dis=none",
              mf=lambda r: "no-reply@dehu.redsara.es",
              msgid_fmt=lambda r, dt: "<%d.%d.JavaMail.dehu@dehu-notif-02>" % (r.randint(10**6, 10**7), int(dt.timestamp() * 1000)), bstyle="java"),
    from_=("Notificaciones DEHú", "no-reply@dehu.redsara.es"), to=[S("fernandez")],
    subject="Aviso de puesta a disposición de notificación",
    date="2026-12-02 08:15:02 +0100", charset="iso-8859-1", cte="8bit",
    body=T("""Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SL (B98765432)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación
Fecha de puesta a disposición: 02/12/2026

Para acceder a la notificación, entre en https://dehu.redsara.es con su certificado electrónico o Cl@ve.

Le recordamos que, conforme al artículo 43 de la Ley 39/2015, transcurridos diez días naturales desde la puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada.

Este correo es meramente informativo y no contiene la notificación. Por favor, no responda a este mensaje.

Dirección Electrónica Habilitada única
Secretaría General de Administración Digital
"""))

# ==============================================================================================
# 27 it - genuine invoice from the Italian haulier (Aruba), PDF + FatturaPA XML
# ==============================================================================================
iban_ferretti = A.iban_it("05034", "11701", "000000047291")
pdf27 = invoice_pdf(["FERRETTI TRASPORTI S.r.l.", "Via dell'Industria 22 - 37135 Verona (VR)", "P.IVA 03847210236"],
                    ["Spett.le Example Group Italia S.r.l.", "Verona"],
                    ["FATTURA N. 2026/1241 del 27/11/2026", "Documento trasmesso tramite SdI - copia di cortesia"],
                    ["Data        Descrizione                                          Importo",
                     "03/11/2026  Trasporto completo Verona - Nürnberg, 33 pallet         1.480,00",
                     "12/11/2026  Trasporto groupage Verona - Poznań, 14 pallet           1.120,00",
                     "19/11/2026  Trasporto completo Verona - Nürnberg, 33 pallet         1.480,00"],
                    ["Imponibile     4.080,00 EUR", "IVA 22 %         897,60 EUR", ("TOTALE         4.977,60 EUR", 11, True)],
                    ["Pagamento: bonifico 60 gg d.f.f.m. - Banco BPM, ag. Verona Borgo Roma",
                     "IBAN " + A.fmt_iban(iban_ferretti)], "Fattura 2026/1241", "Ferretti Trasporti", D("2026-11-27 14:58"))
xml27 = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>03847210236</IdCodice></IdTrasmittente><ProgressivoInvio>A1B2C</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>
  <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>03847210236</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FERRETTI TRASPORTI S.R.L.</Denominazione></Anagrafica></DatiAnagrafici></CedentePrestatore>
  <CessionarioCommittente><DatiAnagrafici><Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici></CessionarioCommittente></FatturaElettronicaHeader>
  <FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-27</Data><Numero>2026/1241</Numero><ImportoTotaleDocumento>4977.60</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
  <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><ImportoPagamento>4977.60</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>
</p:FatturaElettronica>
""" % iban_ferretti
msg(K, 27, "it", "ferretti-fattura",
    "Genuine courtesy copy of a haulier invoice from the real ferretti-trasporti.it domain via Aruba, with PDF and FatturaPA XML, payable to the known Banco BPM account.",
    aruba(),
    from_=("Ferretti Trasporti S.r.l. - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=[S("romano")],
    subject="Fattura n. 2026/1241 del 27/11/2026 - Example Group Italia S.r.l.",
    date="2026-11-27 15:05:44 +0100", charset="iso-8859-15", cte="quoted-printable",
    body=Mixed(T("""Buongiorno,

in allegato copia di cortesia della fattura n. 2026/1241 del 27/11/2026 relativa ai trasporti di novembre. L'originale è stato trasmesso tramite Sistema di Interscambio (SdI) al Vostro codice destinatario.

Importo: € 4.977,60 (IVA inclusa)
Pagamento: bonifico 60 gg d.f.f.m. sul consueto conto Banco BPM.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 22 - 37135 Verona
Tel. +39 045 820 4471
"""), Att("Fattura_2026-1241.pdf", pdf27, PDF_CT), Att("IT03847210236_A1B2C.xml", xml27, "text/xml")))

# ==============================================================================================
# 28 it - polite payment reminder from the haulier (windows-1252)
# ==============================================================================================
pdf28 = A.pdf([[("FERRETTI TRASPORTI S.r.l.", 14, True), "Estratto conto cliente al 01/12/2026", "Cliente: Example Group Italia S.r.l.", "",
                "Fattura 2026/1098 del 30/09/2026   scad. 30/11/2026   EUR 3.812,40",
                "Fattura 2026/1112 del 30/09/2026   scad. 30/11/2026   EUR 1.207,80", "",
                ("Totale scaduto: EUR 5.020,20", 11, True), "",
                "Banco BPM - IBAN " + A.fmt_iban(iban_ferretti)]],
              title="Estratto conto", author="Chiara Colombo", created=D("2026-12-02 09:20"))
msg(K, 28, "it", "ferretti-sollecito",
    "Genuine polite payment reminder from the haulier's credit controller on the real domain, copying logistics, with a statement PDF and the usual bank account (windows-1252 base64).",
    aruba(client_ip="2.42.164.27"),
    from_=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S("romano")], cc=[S("esposito")],
    subject="Sollecito di pagamento - fatture scadute settembre 2026",
    date="2026-12-02 09:30:05 +0100", charset="windows-1252", cte="base64",
    body=Mixed(T("""Gentile Francesca,

da un controllo del nostro estratto conto risultano ancora aperte le fatture n. 2026/1098 e n. 2026/1112 del 30/09/2026, scadute il 30/11/2026, per un totale di € 5.020,20.

Ti allego l'estratto conto aggiornato. Se il pagamento è già stato disposto, ti chiedo gentilmente di inviarmi la contabile così da poter chiudere le partite; in caso contrario ti sarei grata se potessi inserirle nel prossimo pagamento.

Le coordinate bancarie sono quelle di sempre (Banco BPM).

Marco, ti metto in copia per conoscenza.

Grazie e buona giornata,

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Tel. +39 045 820 4471
"""), Att("Estratto_conto_ExampleGroup_01-12-2026.pdf", pdf28, PDF_CT)))

# ==============================================================================================
# 29 it - genuine BRT delivery notice
# ==============================================================================================
u29 = "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=091700044712081"
t29 = """Gentile cliente,

la spedizione n. 0917 0004 4712 08 inviata da LIEFERANT GMBH (NUERNBERG) sarà consegnata lunedì 01/12/2026.

Destinatario: EXAMPLE GROUP ITALIA SRL - VERONA
Colli: 3   Peso: 41,5 kg
Fascia oraria prevista: 09:00 - 13:00

Puoi seguire la spedizione su: %s

Se non sarai presente puoi modificare la consegna gratuitamente dall'app MyBRT.

BRT S.p.A.
Questo messaggio è generato automaticamente, si prega di non rispondere.
""" % u29
msg(K, 29, "it", "brt-avviso-consegna",
    "Genuine BRT delivery notice for a parcel from the German supplier, with the real vas.brt.it tracking link and no payment request (ISO-8859-1 multipart/alternative).",
    bigsender("mailgw3.brt.it", "195.110.124.133", "brt.it", "brt2024", dmarc_pol="p=quarantine dis=none",
              msgid_fmt=lambda r, dt: "<%d.%d.JavaMail.brtnotif@brt.it>" % (r.randint(10**6, 10**7), int(dt.timestamp() * 1000)), bstyle="java"),
    from_=("BRT", "noreply@brt.it"), to=[S("esposito")],
    subject="BRT - Avviso di consegna: la spedizione 0917 0004 4712 08 sarà consegnata il 01/12/2026",
    date="2026-11-30 18:20:33 +0100", charset="iso-8859-1", cte="quoted-printable",
    body=Alt(T(t29), H("<html><body style=\"font-family:Arial;font-size:14px\"><div style=\"background:#d6001c;color:#fff;padding:12px;font-size:20px\"><b>BRT</b></div><p>"
                       + t29.replace(u29, '<a href="%s">Segui la spedizione</a>' % u29).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))

# ==============================================================================================
# 30 it - internal notice from the country manager (UTF-8 8bit)
# ==============================================================================================
msg(K, 30, "it", "interno-chiusura-vpn",
    "Genuine internal notice from the Italian country manager via the internal relay about the office closure on 7-8 December and installing the VPN client only from the Company Portal (8bit UTF-8).",
    internal(lang="it-IT", xorig="10.45.1.31"),
    from_=("Giulia Bianchi", "g.bianchi@examplegroup.eu"), to=[("Ufficio Verona", "verona@examplegroup.eu")],
    subject="Chiusura uffici 7-8 dicembre e accesso VPN da remoto",
    date="2026-12-03 16:45:12 +0100", charset="utf-8", cte="8bit",
    body=T("""Ciao a tutti,

vi ricordo che lunedì 7 e martedì 8 dicembre (ponte dell'Immacolata) l'ufficio di Verona resterà chiuso. Il magazzino garantirà solo le consegne urgenti già pianificate: per eventuali emergenze il referente è Marco (cell. 347 512 8830).

Chi deve lavorare da remoto in quei giorni verifichi entro venerdì di avere il nuovo client VPN. Il client va installato solo dal Portale Aziendale (Company Portal) sul portatile: non installate nulla da link ricevuti via e-mail o chat, anche se sembrano arrivare dall'IT. In caso di dubbi scrivete a it-servicedesk@example.com o chiamate l'interno 4400.

Buon ponte a tutti!

Giulia

Giulia Bianchi
Country Manager Italia | Example Group Italia S.r.l.
"""))

# ==============================================================================================
# 31 it - law firm sends due-diligence documents in an encrypted ZIP, password in the text
# ==============================================================================================
pdf31 = A.pdf([[("PROGETTO ADIGE - Sintesi due diligence (bozza)", 13, True), "Strettamente riservato", "",
                "1. Struttura societaria e patti parasociali", "2. Contratti rilevanti con clienti e fornitori",
                "3. Contenzioso in essere (2 posizioni giuslavoristiche)", "4. Posizione fiscale 2021-2025", "",
                "Documento predisposto da Studio Legale Bertolini per Example Group Italia S.r.l."]],
              title="Progetto Adige - Sintesi DD", author="Studio Legale Bertolini", created=D("2026-12-01 17:40"))
xl31 = A.xlsx([["Progetto Adige - dati finanziari (EUR migliaia)"], [], ["Voce", 2023, 2024, 2025],
               ["Ricavi", 18420, 19875, 21310], ["EBITDA", 1980, 2240, 2505], ["Posizione finanziaria netta", -4120, -3610, -2980]],
              author="Studio Legale Bertolini", title="Dati finanziari", created=D("2026-12-01 17:42"), sheet="Dati")
zip31 = A.zip_archive([("Sintesi_DD_Progetto_Adige.pdf", pdf31, (2026, 12, 1, 17, 40, 2)),
                       ("Dati_finanziari_2023-2025.xlsx", xl31, (2026, 12, 1, 17, 42, 30))], password="Adige!2026-DD", seed="b31")
msg(K, 31, "it", "studio-legale-zip-riservato",
    "Genuine confidential M&A due-diligence package from an Italian law firm (Aruba-hosted) to the country manager and CEO, in a password-protected ZIP with the password given in the text.",
    aruba(ip="62.149.155.152", host="smtpdh18-2.aruba.it", client_ip="93.49.17.240"),
    from_=("Avv. Lorenzo Bertolini", "l.bertolini@studiolegale-bertolini.it"), to=[S("bianchi")], cc=[S("brandt")],
    subject="RISERVATO – Progetto Adige: documentazione due diligence (archivio protetto)",
    date="2026-12-01 18:02:47 +0100", charset="iso-8859-1", cte="base64",
    body=Mixed(T("""Gentile Dott.ssa Bianchi,

come anticipato nella call di ieri con il Dott. Brandt, Le trasmetto la prima parte della documentazione relativa alla società target nell'ambito del Progetto Adige, coperta dall'accordo di riservatezza sottoscritto il 12/11/2026.

Per ragioni di riservatezza l'archivio è protetto; la password per l'apertura è: Adige!2026-DD

L'archivio contiene la sintesi preliminare della due diligence legale e i dati finanziari 2023-2025 forniti dal venditore. La documentazione completa sarà caricata nella data room entro venerdì.

Le ricordo che tutte le informazioni sono strettamente confidenziali e non devono essere diffuse al di fuori del gruppo di lavoro.

Cordiali saluti

Avv. Lorenzo Bertolini
Studio Legale Bertolini
Corso Porta Nuova 38 - 37122 Verona
Tel. +39 045 803 1190

Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente ai destinatari indicati. Se lo avete ricevuto per errore, Vi preghiamo di darne comunicazione al mittente e di cancellarlo.
"""), Att("Progetto_Adige_DD_parte1.zip", zip31, ZIP_CT)))

# ==============================================================================================
# 32 pl - genuine invoice from the Polish logistics partner (Thunderbird via Workspace, ISO-8859-2)
# ==============================================================================================
pdf32 = invoice_pdf(["Partner Logistik Sp. z o.o.", "ul. Składowa 8, 62-080 Tarnowo Podgórne", "NIP 7773245190"],
                    ["Example Group Polska Sp. z o.o.", "Poznań"],
                    ["FAKTURA VAT FV/2026/11/2287", "Data wystawienia: 23.11.2026   Termin płatności: 14.12.2026",
                     "Numer KSeF: 7773245190-20261123-4C7E91A2B0D5-3F"],
                    ["Lp  Nazwa usługi                                 Netto       VAT      Brutto",
                     "1   Magazynowanie palet EUR, listopad (412 pal.)  8.240,00   1.895,20  10.135,20",
                     "2   Kompletacja zamówień (1 860 linii)             2.418,00     556,14   2.974,14"],
                    ["Razem netto 10.658,00 zł   VAT 2.451,34 zł", ("Do zapłaty: 13.109,34 zł", 11, True)],
                    ["Mechanizm podzielonej płatności", "mBank S.A. " + A.fmt_iban(iban_pl_partner)],
                    "FV/2026/11/2287", "Partner Logistik", D("2026-11-23 12:02"))
msg(K, 32, "pl", "partner-logistik-faktura",
    "Genuine monthly warehousing invoice from the real partner-logistik.pl domain (Thunderbird through Google Workspace, ISO-8859-2) with PDF, KSeF number and the usual split-payment account.",
    gmail(ip="209.85.221.48", host="mail-wr1-f48.google.com", workspace=True, dmarc_pol="p=quarantine dis=none",
          client=("User-Agent", "Mozilla Thunderbird")),
    from_=("Magdalena Wójcik", "ksiegowosc@partner-logistik.pl"), to=[S("nowak")],
    subject="Faktura VAT FV/2026/11/2287 – Partner Logistik Sp. z o.o.",
    date="2026-11-23 12:10:57 +0100", charset="iso-8859-2", cte="quoted-printable",
    msgid="<4b8e2d71-90c3-4f6a-b1e5-7d2a9c0f3e18@partner-logistik.pl>", bstyle="thunderbird",
    body=Mixed(T("""Dzień dobry,

w załączeniu przesyłamy fakturę VAT FV/2026/11/2287 za magazynowanie i kompletację w listopadzie 2026.

Faktura została wystawiona również w KSeF (numer KSeF: 7773245190-20261123-4C7E91A2B0D5-3F), więc znajdą ją Państwo także w swoim systemie księgowym.

Kwota do zapłaty: 13 109,34 zł
Termin płatności: 14.12.2026
Płatność w mechanizmie podzielonej płatności na rachunek w mBank (bez zmian).

Pozdrawiam serdecznie

Magdalena Wójcik
Dział Księgowości
Partner Logistik Sp. z o.o.
tel. +48 61 842 17 30
"""), Att("FV_2026_11_2287.pdf", pdf32, PDF_CT)))

# ==============================================================================================
# 33 pl - invoice from a small printing shop via Fakturownia (windows-1250)
# ==============================================================================================
pdf33 = invoice_pdf(["Poligraf-Druk s.c.", "ul. Grunwaldzka 104, 60-307 Poznań", "NIP 7792318846"],
                    ["Example Group Polska Sp. z o.o.", "Poznań"],
                    ["Faktura VAT FV 118/11/2026", "Data wystawienia: 25.11.2026   Termin: 09.12.2026",
                     "Numer KSeF: 7792318846-20261125-19B4E0C7A2F1-91"],
                    ["Lp  Nazwa                                   Ilość   Cena netto   Wartość brutto",
                     "1   Etykiety wysyłkowe 100x150, rolka        60       38,00         2.804,40",
                     "2   Druk instrukcji magazynowych A4          500       0,42           258,30"],
                    [("Razem brutto: 3.062,70 zł", 11, True)], ["Przelew: " + A.fmt_iban(A.iban_pl("1020402", "7000140212345678"))],
                    "FV 118/11/2026", "Fakturownia", D("2026-11-25 14:20"), creator="Fakturownia.pl", producer="Fakturownia.pl")
u33 = "https://poligrafdruk.fakturownia.pl/invoice/c7e1a2b94d0f/pdf"
msg(K, 33, "pl", "fakturownia-faktura",
    "Genuine invoice from a small Polish printer sent through the Fakturownia invoicing SaaS (sender is the platform, reply-to the vendor), with online-invoice link, KSeF number and PDF (windows-1250 base64).",
    bigsender("mail2.fakturownia.pl", "5.134.212.45", "fakturownia.pl", "fk2025", dmarc_pol="p=none dis=none",
              mf=lambda r: "bounce-%s@fakturownia.pl" % rhex(r, 12),
              msgid_fmt=lambda r, dt: "<%s@fakturownia.pl>" % _guid(r), bstyle="java"),
    from_=("Poligraf-Druk s.c. (Fakturownia)", "no-reply@fakturownia.pl"),
    reply_to=("Poligraf-Druk s.c.", "biuro@poligraf-druk.pl"), to=[S("nowak")],
    subject="Faktura FV 118/11/2026 od Poligraf-Druk s.c.",
    date="2026-11-25 14:22:16 +0100", charset="windows-1250", cte="base64",
    body=Mixed(T("""Dzień dobry,

w załączeniu przesyłamy fakturę nr FV 118/11/2026 na kwotę 3 062,70 zł brutto.
Termin płatności: 09.12.2026.

Fakturę można również pobrać i opłacić online:
%s

Numer KSeF: 7792318846-20261125-19B4E0C7A2F1-91

Pozdrawiamy
Poligraf-Druk s.c.
ul. Grunwaldzka 104, 60-307 Poznań
tel. 61 867 45 20

--
Wiadomość wysłana z systemu Fakturownia.pl w imieniu Poligraf-Druk s.c.
""" % u33), Att("Faktura_FV_118_11_2026.pdf", pdf33, PDF_CT)))

# ==============================================================================================
# 34 pl - genuine InPost notification
# ==============================================================================================
t34 = """Cześć!

Twoja paczka jest już w Paczkomacie POZ08M.

Kod odbioru: 482917
Numer paczki: 630019026611245017838421
Nadawca: ALLEGRO / TECH-SERWIS POZNAŃ
Adres Paczkomatu: ul. Bukowska 285, 60-189 Poznań (przy stacji paliw)

Paczkę możesz odebrać do 04.12.2026, 11:37.

Otwórz skrytkę zdalnie w aplikacji InPost Mobile albo wpisz numer telefonu i kod odbioru na ekranie Paczkomatu.

Śledź paczkę: https://inpost.pl/sledzenie-przesylek?number=630019026611245017838421

InPost nigdy nie prosi o dopłaty SMS-em ani e-mailem za paczki już opłacone.

Zespół InPost
"""
msg(K, 34, "pl", "inpost-paczka-odbior",
    "Genuine InPost parcel-locker pickup notification (code, locker address, tracking link on inpost.pl, explicit 'we never ask for extra payments').",
    bigsender("mta7.mail.inpost.pl", "91.216.25.107", "inpost.pl", "inpost2025", dmarc_pol="p=reject dis=none",
              mf=lambda r: "bounce+%s@mail.inpost.pl" % rhex(r, 12),
              msgid_fmt=lambda r, dt: "<%s@mail.inpost.pl>" % _guid(r), bstyle="java"),
    from_=("InPost", "powiadomienia@inpost.pl"), to=[S("wisniewski")],
    subject="Twoja paczka jest już w Paczkomacie POZ08M",
    date="2026-12-01 11:37:22 +0100", charset="utf-8", cte="quoted-printable",
    body=Alt(T(t34), H("<html><body style=\"font-family:Montserrat,Arial,sans-serif;font-size:14px\"><div style=\"background:#ffcd00;padding:12px;font-size:22px\"><b>InPost</b></div><p>"
                       + t34.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))

# ==============================================================================================
# 35 pl - internal HR notice with PDF policy (windows-1250)
# ==============================================================================================
pdf35 = A.pdf([[("Regulamin pracy zdalnej", 14, True), "Example Group Polska Sp. z o.o. – obowiązuje od 01.01.2027", "",
                "§1. Praca zdalna może być wykonywana do 8 dni w miesiącu po uzgodnieniu z przełożonym.",
                "§2. Pracownik zapewnia bezpieczne połączenie (VPN firmowy) i ochronę danych.",
                "§3. Ekwiwalent za pracę zdalną wynosi 95 zł miesięcznie.",
                "§4. Wnioski składa się w systemie HR (Kadry → Wnioski)."]],
              title="Regulamin pracy zdalnej 2027", author="Agnieszka Kowalczyk", created=D("2026-12-01 15:10"))
msg(K, 35, "pl", "hr-regulamin-praca-zdalna",
    "Genuine internal HR message from the Poznań HR business partner via the internal relay with a PDF policy, asking staff to confirm in the HR system (not via links).",
    internal(lang="pl-PL", attach=True, xorig="10.48.0.77"),
    from_=("Agnieszka Kowalczyk", "a.kowalczyk@examplegroup.eu"), to=[("Biuro Poznań", "poznan@examplegroup.eu")],
    subject="Nowy regulamin pracy zdalnej od 01.01.2027 – prośba o potwierdzenie zapoznania się",
    date="2026-12-02 10:00:41 +0100", charset="windows-1250", cte="quoted-printable",
    body=Mixed(T("""Drodzy,

w załączeniu przesyłam nowy regulamin pracy zdalnej, który będzie obowiązywał od 1 stycznia 2027 r. Najważniejsze zmiany: do 8 dni pracy zdalnej w miesiącu, ekwiwalent 95 zł miesięcznie oraz obowiązkowe korzystanie z firmowego VPN.

Prosimy o potwierdzenie zapoznania się z regulaminem do 11.12.2026 w systemie HR (Kadry → Dokumenty → Potwierdź). Nie trzeba niczego podpisywać odręcznie ani logować się przez link w mailu – wystarczy zalogować się do systemu HR jak zwykle.

W razie pytań zapraszam do kontaktu (wew. 6210).

Pozdrawiam
Agnieszka Kowalczyk
HR Business Partner
Example Group Polska Sp. z o.o.
"""), Att("Regulamin_pracy_zdalnej_2027.pdf", pdf35, PDF_CT)))

# ==============================================================================================
# 36 pl - genuine Allegro password-reset e-mail (ISO-8859-2)
# ==============================================================================================
u36 = "https://allegro.pl/logowanie/zmien-haslo?token=" + rhex(__import__("random").Random("b36"), 40)
t36 = """Cześć!

Otrzymaliśmy prośbę o zmianę hasła do konta examplegroup_pl.

Aby ustawić nowe hasło, kliknij w link:
%s

Link jest ważny przez 24 godziny i można go użyć tylko raz.

Jeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian. Pamiętaj, że Allegro nigdy nie prosi o podanie hasła w wiadomości e-mail.

Pozdrawiamy
Zespół Allegro
""" % u36
msg(K, 36, "pl", "allegro-reset-hasla",
    "Genuine Allegro password-reset e-mail for the warehouse's Allegro business account, with a one-time token link on allegro.pl (ISO-8859-2 quoted-printable).",
    bigsender("mta-out-03.allegro.pl", "91.207.14.23", "allegro.pl", "allegro2025", dmarc_pol="p=reject dis=none",
              mf=lambda r: "bounce-%s@mail.allegro.pl" % rhex(r, 12),
              msgid_fmt=lambda r, dt: "<%s@allegro.pl>" % _guid(r), bstyle="java"),
    from_=("Allegro", "powiadomienia@allegro.pl"), to=[S("wisniewski")],
    subject="Zmiana hasła do konta Allegro", date="2026-12-04 16:08:04 +0100",
    charset="iso-8859-2", cte="quoted-printable",
    body=Alt(T(t36), H("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body style=\"font-family:Arial;font-size:14px\"><div style=\"color:#ff5a00;font-size:24px;font-weight:bold;padding:12px 0\">allegro</div><p>"
                       + t36.replace(u36, '<a href="%s" style="background:#ff5a00;color:#fff;padding:10px 20px;text-decoration:none">Ustaw nowe hasło</a>' % u36).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))

# ==============================================================================================
# 37 el - genuine invoice from a Greek packaging supplier (ISO-8859-7)
# ==============================================================================================
iban37 = A.iban("GR", "011" + "0223" + "0000022374012551")
pdf37 = A.pdf([[("ΠΑΠΑΔΑΚΗΣ ΣΥΣΚΕΥΑΣΙΕΣ Α.Ε.", 14, True), "ΒΙ.ΠΕ. Σίνδου, Θεσσαλονίκη · ΑΦΜ 094512873 · ΔΟΥ ΦΑΕ Θεσσαλονίκης", "",
                ("ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ Α-3318 / 27-11-2026", 12, True), "ΜΑΡΚ: 400001938475221", "",
                "Πελάτης: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε., Θεσσαλονίκη", "",
                "1. Χαρτοκιβώτια 60x40x40, 500 τεμ. × 1,78 € = 890,00 €",
                "2. Ταινία συσκευασίας 48 mm, 72 τεμ. × 1,95 € = 140,40 €", "",
                "Καθαρή αξία: 1.030,40 €   ΦΠΑ 24%: 247,30 €", ("Σύνολο: 1.277,70 €", 11, True), "",
                "Πληρωμή: Εθνική Τράπεζα, IBAN " + A.fmt_iban(iban37)]],
              title="Τιμολόγιο Α-3318", author="Λογιστήριο", created=D("2026-11-27 12:40"))
msg(K, 37, "el", "timologio-promitheuti",
    "Genuine sales invoice from a Greek packaging supplier (own mail server, Outlook, ISO-8859-7) with myDATA MARK number, PDF and the usual National Bank of Greece IBAN.",
    postfix("mail.papadakis-pack.gr", "83.235.172.40", rdns="mail.papadakis-pack.gr", dkim_sel="mail", dmarc=("pass", "p=none dis=none"),
            bstyle="outlook", mailer=("X-Mailer", "Microsoft Outlook 16.0"), msgid=lambda r, d, dt: outlook_desktop_msgid(r, d)),
    from_=("Λογιστήριο Παπαδάκης Συσκευασίες", "logistirio@papadakis-pack.gr"), to=[S("georgiou")],
    subject="Τιμολόγιο Πώλησης Α-3318/27-11-2026 (ΜΑΡΚ 400001938475221)",
    date="2026-11-27 12:55:19 +0200", charset="iso-8859-7", cte="quoted-printable",
    body=Mixed(T("""Καλησπέρα σας κυρία Γεωργίου,

Σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης Α-3318 της 27/11/2026 για την παραγγελία σας της 20/11.

Το παραστατικό έχει διαβιβαστεί στην πλατφόρμα myDATA της ΑΑΔΕ (ΜΑΡΚ 400001938475221).

Συνολικό ποσό: 1.277,70 € (με ΦΠΑ)
Πληρωμή εντός 60 ημερών στον γνωστό λογαριασμό μας στην Εθνική Τράπεζα.

Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας.

Με εκτίμηση,
Σοφία Καραμανλή
Λογιστήριο
ΠΑΠΑΔΑΚΗΣ ΣΥΣΚΕΥΑΣΙΕΣ Α.Ε.
Τηλ. 2310 798 540
"""), Att("Timologio_A-3318.pdf", pdf37, PDF_CT)))

# ==============================================================================================
# 38 el - genuine ACS Courier delivery notification (windows-1253)
# ==============================================================================================
t38 = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7204418863 από PARTNER LOGISTIK SP. Z O.O. θα παραδοθεί σήμερα, 02/12/2026, μεταξύ 10:00 και 14:00.

Αντικαταβολή: Όχι
Τεμάχια: 2

Μπορείτε να παρακολουθήσετε την αποστολή σας εδώ:
https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=7204418863

Αν δεν θα βρίσκεστε στη διεύθυνση παράδοσης, μπορείτε να αλλάξετε την ημερομηνία ή να επιλέξετε παραλαβή από ACS Point μέσω της εφαρμογής ACS.

Με εκτίμηση,
ACS Courier
"""
msg(K, 38, "el", "acs-courier-paradosi",
    "Genuine ACS Courier same-day delivery notice for a shipment from the Polish partner, with the real acscourier.net tracking link and 'no cash on delivery' (windows-1253 base64).",
    bigsender("mailout.acscourier.net", "212.205.42.18", "acscourier.net", "acs2024", dmarc_pol="p=quarantine dis=none",
              mf=lambda r: "notifications@acscourier.net",
              msgid_fmt=lambda r, dt: "<%s@acscourier.net>" % _guid(r), bstyle="java"),
    from_=("ACS Courier", "noreply@acscourier.net"), to=[S("papadopoulos")],
    subject="ACS: Η αποστολή σας 7204418863 θα παραδοθεί σήμερα",
    date="2026-12-02 08:41:09 +0200", charset="windows-1253", cte="base64",
    body=Alt(T(t38), H("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1253\"></head><body style=\"font-family:Arial;font-size:14px\"><div style=\"background:#e2001a;color:#fff;padding:12px;font-size:20px\"><b>ACS Courier</b></div><p>"
                       + t38.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))

# ==============================================================================================
# 39 el - internal IT notice incl. phishing warning (windows-1253)
# ==============================================================================================
msg(K, 39, "el", "it-ektypotis-phishing",
    "Genuine internal IT notice from the Thessaloniki IT support via the internal relay about a new scan-to-email printer, including a warning about current AADE/ELTA phishing (windows-1253).",
    internal(lang="el-GR", xorig="10.49.0.18"),
    from_=("Nikos Karagiannis", "n.karagiannis@examplegroup.eu"), to=[("Γραφείο Θεσσαλονίκης", "thessaloniki@examplegroup.eu")],
    subject="Νέο πολυμηχάνημα εκτύπωσης και υπενθύμιση για ψεύτικα μηνύματα",
    date="2026-11-23 09:30:16 +0200", charset="windows-1253", cte="quoted-printable",
    body=T("""Καλημέρα σε όλους,

Από σήμερα λειτουργεί το νέο πολυμηχάνημα στον 2ο όροφο (Konica Minolta C301i). Οι σαρώσεις αποστέλλονται στο email σας από τη διεύθυνση scanner@example.com με θέμα «Scan from THE-MFP-02». Αν λάβετε σάρωση που δεν κάνατε εσείς, μην την ανοίξετε και προωθήστε τη σε μένα.

Επίσης, τις τελευταίες μέρες κυκλοφορούν ψεύτικα μηνύματα για «επιστροφή φόρου» από την ΑΑΔΕ και για δέματα των ΕΛΤΑ που ζητούν μικρό ποσό για την παράδοση. Μην πατάτε συνδέσμους και μην δίνετε στοιχεία κάρτας. Η ΑΑΔΕ δεν στέλνει συνδέσμους για επιστροφές φόρου.

Για οποιαδήποτε απορία είμαι στο εσωτερικό 7105.

Ευχαριστώ,
Νίκος Καραγιάννης
IT Support – Example Group Hellas
"""))

# ==============================================================================================
# 40 el - sales manager writing from his phone (internal relay, UTF-8 8bit)
# ==============================================================================================
msg(K, 40, "el", "dimitris-kinito-prosfora",
    "Genuine short request from the Greek sales manager on his iPhone via the internal relay asking the office to send a prepared quote to a known customer (resembles a gift-card/BEC opener).",
    internal(client="iphone", lang="el-GR", xorig="10.49.3.201"),
    from_=("Dimitrios Papadopoulos", "d.papadopoulos@examplegroup.eu"), to=[S("georgiou")],
    subject="Προσφορά για Κ. Σαββίδης ΑΕ", date="2026-12-04 08:12:55 +0200",
    charset="utf-8", cte="8bit", bstyle="apple",
    body=T("""Ελένη καλημέρα,

Στείλε σε παρακαλώ στον κ. Σαββίδη την προσφορά που ετοιμάσαμε χθες (είναι στο κοινόχρηστο, φάκελος Προσφορές 2026), με κοινοποίηση σε μένα. Είμαι στο δρόμο για Κατερίνη και δεν έχω laptop.

Αν ρωτήσει για παράδοση, πες του αρχές Ιανουαρίου.

Ευχαριστώ!
Δημήτρης

Στάλθηκε από το iPhone μου"""))

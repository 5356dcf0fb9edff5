"""Genuine business messages, English (09-16)."""
import mime
import htm
import infra as I
import services as SV
from attack_en import docusign_html, docusign_text
from company import S, NSA_SORT, NSA_ACC, EG_GB_VAT
from kit import plain, html, alt, mixed, att, att_outlook, att_gmail, pdf_doc, pdf_date, dedent
from msg import M
from util import rng_for, ruuid

F = "business"

SONORA = dict(srv="LO2P265MB5873", srv2="CWLP265MB1934", pod="GBRP265", lang="en-GB",
              eop="mail-lo2gbr01on2105.outbound.protection.outlook.com", eop_ip="40.107.10.105",
              org="sonora-cinema.co.uk")


def b09():
    r = rng_for("b09-ds")
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (ruuid(r), ruuid(r), ruuid(r))
    code = "7D3E0A91C46B4F2E9A8B5C1D0E2F3A4B"
    msgtxt = ("Hi Oliver, as discussed on the phone: attached is the renewed service agreement for Manchester (2027-2029), "
              "same terms as the current one plus the laser-projector maintenance annex. Any questions, just give me a call.\n"
              "Gareth")
    sender, smail, doc = "Gareth Hughes", "gareth.hughes@sonora-cinema.co.uk", "Sonora_Service_Agreement_2027-2029"
    return M(folder=F, num=9, lang="en", slug="docusign-envelope-service-agreement",
             profile=SV.DocuSign(), when=("uk", 2026, 10, 27, 11, 42, 3),
             frm=("Gareth Hughes via Docusign", "dse@eumail.docusign.net"), to=[S("uk_mgr")],
             reply_to=("Gareth Hughes", "gareth.hughes@sonora-cinema.co.uk"),
             subject="Complete with Docusign: Sonora_Service_Agreement_2027-2029_Example_Group_UK.pdf",
             body=alt(docusign_text(sender, smail, msgtxt, link, code, doc),
                      docusign_html(sender, smail, msgtxt, link, code, doc), "utf-8", "quoted-printable"),
             hardneg=[9], hn_topic="DocuSign envelope from the projection-service contractor",
             desc="Genuine DocuSign envelope sent by the service contractor for the contract renewal agreed by phone",
             why="Sent by DocuSign's EU platform (eumail.docusign.net); link goes to eu.docusign.net with envelope IDs; "
                 "expected after a phone call; Reply-To is the known contact.")


def b10():
    txt = dedent("""
    Your password has been reset

    The password for your Example Group account pr*****@example.com was recently reset.

    If you did this, then you can safely disregard this email.

    If you didn't reset your password, contact your administrator immediately.

    Thanks,
    The Example Group Team

    Privacy Statement
    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    This message was sent from an unmonitored email address. Please do not reply to this message.
    """)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Segoe UI,Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#333">\n'
         '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">\n'
         '<p style="font-size:24px;color:#2672ec">Your password has been reset</p>\n'
         '<p>The password for your Example Group account <b>pr*****@example.com</b> was recently reset.</p>\n'
         '<p>If you did this, then you can safely disregard this email.</p>\n'
         '<p>If you didn\'t reset your password, contact your administrator immediately.</p>\n'
         '<p>Thanks,<br>The Example Group Team</p>\n'
         '<p style="font-size:11px;color:#666"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>'
         'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>This message was sent from an unmonitored email '
         'address. Please do not reply to this message.</p>\n</td></tr></table></body></html>\n')
    return M(folder=F, num=10, lang="en", slug="microsoft-entra-password-reset-notice",
             profile=SV.MSOnline(kind="sspr", org="microsoft.com"), when=("uk", 2026, 11, 2, 8, 47, 31),
             frm=("Microsoft on behalf of Example Group", "msonlineservicesteam@microsoftonline.com"), to=[S("uk_acc")],
             env_from="msonlineservicesteam@microsoftonline.com",
             subject="Example Group account password reset",
             body=alt(txt, h, "utf-8", "quoted-printable"),
             hardneg=[12, 16], hn_topic="Microsoft 365 account security notification",
             desc="Microsoft Entra self-service password reset notification after the user reset her own password",
             why="Sent by Microsoft's own infrastructure from microsoftonline.com; purely informational, no link to sign "
                 "in, masked address; matches the user's own action that morning.")


def b11():
    r = rng_for("b11-teams")
    tid, oid = ruuid(r), ruuid(r)
    join = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s"
            "%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d") % ("NzE4YzJhOTMtNWY0Ny00YjY4LWI3ZDEtMmE5YzNlMGY4ZDE2", tid, oid)
    txt = dedent("""
    Hi Oliver,

    Sending an invite for the Q4 service review as agreed. Agenda: open tickets Manchester (Screen 4 lamp house, Atmos amp rack), the laser retrofit quote, and the January maintenance slots.

    Thanks,
    Gareth

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<%s>
    Meeting ID: 375 812 449 901
    Passcode: aB3xY7
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s>
    ________________________________________________________________________________
    """) % (join, oid, tid)
    h = htm.outlook(txt.split("_" * 80)[0], "EN-GB") .replace("</div>\n</body>",
        '<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
        '________________________________________________________________________________</span></div>\n'
        '<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">'
        'Microsoft Teams meeting</span></div>\n<div><b>Join on your computer, mobile app or room device</b><br>'
        '<a href="%s" target="_blank">Click here to join the meeting</a></div>\n'
        '<div>Meeting ID: 375 812 449 901<br>Passcode: aB3xY7</div>\n</div>\n</body>' % join)
    ics = dedent("""
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    BEGIN:VEVENT
    ORGANIZER;CN=Gareth Hughes:mailto:gareth.hughes@sonora-cinema.co.uk
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Bennett:mailto:oliver.bennett@example.com
    DESCRIPTION;LANGUAGE=en-GB:Agenda: open tickets Manchester\\, laser retrofit quote\\, January maintenance slots.\\n
    UID:040000008200E00074C5B7101A82E00800000000A4D3C2B1E07DDC01000000000000000010000000F1E2D3C4B5A697887766554433221100
    SUMMARY;LANGUAGE=en-GB:Q4 service review - Sonora / Example Group UK
    DTSTART:20261105T100000Z
    DTEND:20261105T110000Z
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20261029T093015Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
    X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
    X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
    END:VEVENT
    END:VCALENDAR
    """) % join
    cal = mime.text(ics.replace("\n", "\r\n"), "calendar", "utf-8", "base64")
    cal.params.append("method=REQUEST")
    return M(folder=F, num=11, lang="en", slug="teams-meeting-invite-contractor",
             profile=I.Outlook365(**SONORA), when=("uk", 2026, 10, 29, 9, 30, 15),
             frm=("Gareth Hughes", "gareth.hughes@sonora-cinema.co.uk"), to=[S("uk_mgr")],
             subject="Q4 service review - Sonora / Example Group UK",
             body=mime.multi("alternative", [plain(txt, "utf-8", "quoted-printable"),
                                             html(h, "utf-8", "quoted-printable"), cal]),
             hardneg=[11], hn_topic="Teams meeting invitation from the contractor",
             desc="Genuine Teams meeting request from the contractor with agenda, standard Teams join block and iCalendar part",
             why="Standard Teams join link (teams.microsoft.com/l/meetup-join) with meeting ID/passcode; no device codes or "
                 "sign-in instructions; agenda matches ongoing work.")


def b12():
    r = rng_for("b12")
    txt = dedent("""
    Hi Priya,

    Please find attached our remittance advice for the payment made today by BACS.

    Payment reference: NSA-48533
    Amount: £21,372.40
    Invoices: EGUK-2026-0874, EGUK-2026-0881 (screen advertising revenue share, Q3 2026)

    Funds should reach your account within 2 working days.

    Best regards,
    Ruth Kemp
    Accounts Payable
    Northern Screen Advertising Ltd
    4 Brazennose Street, Manchester M2 5BP | 0161 496 0732
    """)
    rem = """
# Northern Screen Advertising Ltd
4 Brazennose Street, Manchester M2 5BP | Company No. 09231877

## REMITTANCE ADVICE
To: Example Group UK Ltd, Accounts, 21 Quay Street, Manchester M3 3JZ
Payment date: 23/10/2026        Method: BACS        Reference: NSA-48533

Invoice           Date          Description                               Amount GBP
EGUK-2026-0874    30/09/2026    Revenue share Q3 - Manchester Quay St      14,918.60
EGUK-2026-0881    30/09/2026    Revenue share Q3 - Salford Quays            6,453.80

Total paid                                                                21,372.40

Paid from: Northern Screen Advertising Ltd, sort code %s, account %s
Paid to: Example Group UK Ltd as per your invoices (VAT No. GB %s)
""" % (NSA_SORT, NSA_ACC, EG_GB_VAT)
    pdfb = pdf_doc(rem, title="Remittance NSA-48533", producer="Xero", creator="Xero",
                   created=pdf_date("uk", 2026, 10, 23, 10, 51))
    return M(folder=F, num=12, lang="en", slug="remittance-advice-advertising-partner",
             profile=I.GoogleWorkspace(zone="uk", gzone="uspac"), when=("uk", 2026, 10, 23, 11, 4, 38),
             frm=("Ruth Kemp", "ruth.kemp@northernscreen.co.uk"), to=[S("uk_acc")],
             cc=[("Northern Screen Accounts", "accounts@northernscreen.co.uk")],
             subject="Remittance advice NSA-48533 - Example Group UK",
             body=mixed(alt(txt, htm.gmail(txt), "UTF-8", "quoted-printable"),
                        att_gmail(pdfb, "application/pdf", "Remittance_NSA-48533.pdf", r)),
             hardneg=[12], hn_topic="Remittance advice from the advertising partner",
             desc="Genuine remittance advice from the advertising partner's accounts team (Google Workspace) with PDF",
             why="Partner's own domain, known contact, PDF attachment with invoice references matching our invoices; nothing "
                 "to log in to or pay.")


def b13():
    link = "https://find-and-update.company-information.service.gov.uk/company/12873461/confirmation-statement"
    txt = dedent("""
    Companies House

    EXAMPLE GROUP UK LTD (12873461)

    Your confirmation statement is due

    The confirmation statement for EXAMPLE GROUP UK LTD must be filed by 28 October 2026. The review period ends on 14 October 2026.

    You can check the company information and file the confirmation statement online:
    %s

    You'll need the company authentication code to file online. There is a fee of £50.

    If you've already filed the confirmation statement, you do not need to do anything.

    Find out more about confirmation statements:
    https://www.gov.uk/guidance/confirmation-statement-guidance

    Companies House
    """) % link
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Helvetica,Arial,sans-serif;margin:0">\n'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:10px 16px">'
         '<span style="color:#fff;font-size:28px;font-weight:700">GOV.UK</span></td></tr></table>\n'
         '<table width="580" cellpadding="0" cellspacing="0" style="font-size:19px;color:#0b0c0c"><tr><td style="padding:16px">\n'
         '<p>EXAMPLE GROUP UK LTD (12873461)</p>\n<h1 style="font-size:28px">Your confirmation statement is due</h1>\n'
         '<p>The confirmation statement for EXAMPLE GROUP UK LTD must be filed by 28 October 2026. The review period ends on '
         '14 October 2026.</p>\n'
         '<p>You can check the company information and <a href="' + link + '">file the confirmation statement online</a>.</p>\n'
         '<p>You\'ll need the company authentication code to file online. There is a fee of £50.</p>\n'
         '<p>If you\'ve already filed the confirmation statement, you do not need to do anything.</p>\n'
         '<p><a href="https://www.gov.uk/guidance/confirmation-statement-guidance">Find out more about confirmation statements</a></p>\n'
         '<p>Companies House</p>\n</td></tr></table></body></html>\n')
    return M(folder=F, num=13, lang="en", slug="companies-house-reminder-gov-notify",
             profile=SV.GovNotify(ipn=33), when=("uk", 2026, 10, 1, 7, 2, 11),
             frm=("Companies House", "companies.house@notifications.service.gov.uk"), to=[S("uk_mgr")],
             env_from="0102019a1b2c3d4e-5f6a7b8c-9d0e-4f1a-2b3c-4d5e6f7a8b9c-000000@eu-west-1.amazonses.com",
             subject="Your confirmation statement is due - EXAMPLE GROUP UK LTD (12873461)",
             body=alt(txt, h, "utf-8", "quoted-printable"),
             hardneg=[13], hn_topic="Companies House confirmation-statement reminder",
             desc="Genuine Companies House reminder sent through GOV.UK Notify (Amazon SES) two weeks before the deadline",
             why="notifications.service.gov.uk sender used by GOV.UK Notify; links only to service.gov.uk / gov.uk; standard "
                 "14-day window and the real £50 fee; no threats beyond the statutory reminder.")


def b14():
    txt = dedent("""
    Hey thomas-brandt-eg!

    A sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.

    Device: Firefox on Windows
    Verification code: 482917

    If you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.

    If you'd like to automatically verify devices in the future, consider enabling two-factor authentication on your account. Visit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.

    If you decide to enable two-factor authentication, ensure you retain access to one or more account recovery methods. See https://docs.github.com/articles/configuring-two-factor-authentication-recovery-methods in the GitHub Help.

    Thanks,
    The GitHub Team
    """)
    return M(folder=F, num=14, lang="en", slug="github-device-verification-code",
             profile=SV.GitHub(), when=("de", 2026, 11, 6, 10, 15, 2),
             frm=("GitHub", "noreply@github.com"), to=[("thomas-brandt-eg", "thomas.brandt@example.com")],
             env_from="noreply@github.com",
             subject="[GitHub] Please verify your device",
             body=plain(txt, "UTF-8", "7bit", quote_charset=False),
             desc="GitHub device-verification code after the head of IT signed in on a new PC",
             why="Sent by GitHub's mail servers (out-*.smtp.github.com), plain 7bit text, only links to github.com and "
                 "docs.github.com, code to be typed on the device the user is using.")


def b15():
    body = dedent("""
    Hi Oliver,

    As every year, we'd like to thank the Manchester and Salford teams with a Christmas voucher: £50 per person for our cinemas and the partner restaurants, for everyone employed before 1 November.

    Anja is ordering the vouchers through our usual voucher provider, and Katrin's team will process them via the December payroll as a taxable benefit, so there is nothing for you to buy or pay. Could you just send Anja the final headcount per site by Friday, 4 December? The vouchers will arrive by post in the second week of December.

    Many thanks to you and the team for a great year!

    Best regards,
    Jürgen

    --
    Jürgen Köhler
    CEO | Example Group GmbH
    Hohenzollernring 52 | 50672 Köln | T +49 221 4711-101
    """)
    t = plain(body, "iso-8859-1", "quoted-printable")
    h = html(htm.outlook(body, "EN-GB"), "iso-8859-1", "quoted-printable")
    return M(folder=F, num=15, lang="en", slug="ceo-christmas-vouchers-internal",
             profile=I.ExchangeInternal(lang="en-GB"), when=("de", 2026, 12, 1, 11, 20, 44),
             frm=S("ceo"), to=[S("uk_mgr")], cc=[S("asst"), S("hr")],
             subject="Christmas vouchers for the UK teams",
             body=mime.multi("alternative", [t, h]),
             hardneg=[15], hn_topic="CEO asking the UK office manager about staff gift vouchers",
             desc="The CEO's genuine note about staff Christmas vouchers, ordered centrally by his assistant and handled by payroll",
             why="Internal relay and Exchange; assistant and HR in copy; vouchers bought through the usual provider and "
                 "payroll, explicitly nothing to buy or send; ordinary request for a headcount.")


def b16():
    body = dedent("""
    Dear colleagues,

    Over the last few days several colleagues in Manchester and Cologne have received floods of newsletter sign-ups and spam, sometimes followed by Teams chats or calls from people claiming to be "IT support". This is a known scam used to get remote access to computers.

    Please remember:
    - Our IT Service Desk will never contact you through an external Teams account (shown with "External" next to the name).
    - We will never ask you to start Quick Assist, AnyDesk, TeamViewer or any other remote tool unless you have opened a ticket yourself and agreed a time with us.
    - We will never ask for your password or an authenticator code.

    If you receive such a chat or call, do not accept it. Report it with the "Report" button in Outlook or call the Service Desk on +49 221 4711-333 (English spoken). If your inbox is flooded, just tell us - we can filter the messages centrally.

    Thank you,
    Lukas Hoffmann
    IT Security | Example Group
    """)
    t = plain(body, "us-ascii", "quoted-printable")
    h = html(htm.outlook(body, "EN-GB"), "us-ascii", "quoted-printable")
    return M(folder=F, num=16, lang="en", slug="it-security-warning-fake-helpdesk",
             profile=I.ExchangeInternal(lang="en-GB"), when=("de", 2026, 11, 23, 15, 40, 18),
             frm=S("sec"), to=[("All Staff UK", "all-uk@example.com")], rcpt="priya.sharma@example.com",
             subject="Warning: fake IT support calls via Teams",
             body=mime.multi("alternative", [t, h]),
             hardneg=[16], hn_topic="IT Service Desk message about spam floods and Teams contact",
             desc="Internal security warning about email bombing followed by fake IT-support Teams chats",
             why="From the IT security admin via the internal relay; tells users never to accept external Teams chats or "
                 "start remote tools; offers only internal reporting channels.")


MESSAGES = [b09, b10, b11, b12, b13, b14, b15, b16]

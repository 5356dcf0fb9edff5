# -*- coding: utf-8 -*-
"""Genuine business messages 09-16 (English)."""
import base64

from common import *  # noqa: F401,F403
from infra import Rnd

TERN = bk.imo("971234")


def b09():
    r = Rnd("docusign-b09")
    a, acct, er = r.uuid(), r.uuid(), r.uuid()
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (a, acct, er)
    code = r.hexs(32, True)
    text = """\
Daniel Hughes sent you a document to review and sign.

[[btn:REVIEW DOCUMENT|%s]]

Daniel Hughes
daniel.hughes@seaviewcrew.co.uk

Hi James,

As discussed, please find the 2027 crew agency agreement for Southampton and Portsmouth for signature. Rates are as per our e-mail of 12 October; the only change is the out-of-hours call-out fee in schedule 2.

Many thanks,
Daniel

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.""" % (url, code)
    return Mail("en", "docusign-genuine-crew-agency-agreement", "service", (2026, 10, 20, 16, 2, 14),
                ("Daniel Hughes via Docusign", "dse@eumail.docusign.net"), [S("uk_mgr")],
                "Complete with Docusign: Seaview_Crew_Agency_Agreement_2027.pdf",
                B.alt(text, "brand", "utf-8", brand="Docusign", color="#4c00ff", lang="en",
                      footer="This message was sent to you by Daniel Hughes who is using the Docusign Electronic "
                             "Signature Service. If you would rather not receive email from this sender you may "
                             "contact the sender with your request."),
                reply_to=("Daniel Hughes", "daniel.hughes@seaviewcrew.co.uk"), hcs=("utf-8", "Q"), region="uk",
                p=dict(svc="docusign"),
                what="Genuine DocuSign envelope from customer Seaview Crew Management (crew agency agreement)",
                why="Sent from DocuSign's EU infrastructure (dse@eumail.docusign.net); link to eu.docusign.net "
                    "with envelope/account IDs and an alternate access code; the sender is a known customer and "
                    "the content matches an ongoing negotiation.")


def _ics(uid, start, end, stamp, url, mid, pwd):
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
             "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
             "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=Mette Sørensen:mailto:mes@nordicbulk.dk",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@example.com",
             "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vogel:mailto:katrin.vogel@examplegroup.eu",
             "DESCRIPTION;LANGUAGE=en-US:Agenda: Q4 port calls Southampton/Immingham\\, DA turnaround\\, 2027 tariff.\\n\\n"
             "Microsoft Teams Need help?\\nJoin the meeting now <%s>\\nMeeting ID: %s\\nPasscode: %s\\n" % (url, mid, pwd),
             "UID:" + uid, "SUMMARY;LANGUAGE=en-US:Nordic Bulk / Example Group - Q4 port call review (UK)",
             "DTSTART;TZID=Romance Standard Time:" + start, "DTEND;TZID=Romance Standard Time:" + end,
             "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
             "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + url, "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mes@nordicbulk.dk",
             "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while b:
            lim = 75 if first else 74
            cut = min(lim, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
    return (b"\r\n".join(out) + b"\r\n").decode("utf-8")


def b10():
    r = Rnd("teams-b10")
    tid = "5d2f7a91-3c4e-4b8a-9f61-0e7d2c8b4a13"
    url = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22"
           "%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (r.alnum(48), tid, r.uuid()))
    mid = "%s %s %s %s" % (r.digits(3), r.digits(3), r.digits(3), r.digits(3))
    pwd = r.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    text = """\
Hi James, hi Katrin,

as agreed, a short review of our Q4 calls in the UK before the 2027 tariff round: DA turnaround times, the Southampton launch costs and the crew change on the Baltic Wren.

Best regards
Mette

________________________________________________________________________________
Microsoft Teams Need help? <https://aka.ms/JoinTeamsMeeting?omkt=en-US>
[[Join the meeting now|%s]]
Meeting ID: %s
Passcode: %s
________________________________
For organizers: Meeting options <https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________""" % (url, mid, pwd)
    ics = _ics("040000008200E00074C5B7101A82E00800000000" + r.hexs(56, True), "20261103T140000",
               "20261103T144500", "20261026T124012Z", url, mid, pwd)
    cal = mb.text(ics, "calendar", "utf-8", "base64", params=[("method", "REQUEST")])
    alt = B.alt(text, "outlook", "utf-8", "quoted-printable", linkstyle="angle")
    alt.parts.append(cal)
    return Mail("en", "teams-invite-nordic-bulk", "m365", (2026, 10, 26, 13, 40, 12),
                ("Mette Sørensen", "mes@nordicbulk.dk"), [S("uk_mgr")],
                "Nordic Bulk / Example Group - Q4 port call review (UK)", alt, cc=[S("sales")],
                hcs=("utf-8", "Q"), region="de",
                p=dict(content_lang="en-US", srv="DB8PR09MB3418", tenant=tid,
                       out=("EUR03-DBA-obe", "mail-dbaeur03on2115", "40.107.104.115")),
                extra=[("X-MS-TNEF-Correlator", None)],
                what="Genuine Microsoft Teams meeting invitation (with iCalendar REQUEST) from customer Nordic Bulk",
                why="Customer's own Microsoft 365 tenant; standard Teams join link on teams.microsoft.com with "
                    "meeting ID and passcode - no device code, no sign-in instruction; calendar part matches the "
                    "text.")


def b11():
    text = """\
Your Microsoft invoice is ready

Billing account: Example Shipping & Port Services GmbH
Billing profile: EXG Hamburg HQ
Invoice number: G068412377
Invoice date: 05/11/2026
Billing period: 05/10/2026 - 04/11/2026
Amount due: EUR 14,862.40
Due date: 05/12/2026
Payment method: Wire transfer (pay by invoice)

To view your invoice and payment instructions, sign in to the Microsoft 365 admin center.

[[btn:View your invoice|https://admin.microsoft.com/Adminportal/Home?#/BillingAccounts/bills]]

Please don't reply to this message. This mailbox isn't monitored.

Microsoft respects your privacy. Review our online [[Privacy Statement|https://go.microsoft.com/fwlink/?LinkId=521839]].

Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland"""
    return Mail("en", "microsoft-invoice-ready", "service", (2026, 11, 5, 4, 12, 8),
                ("Microsoft", "microsoft-noreply@microsoft.com"), [S("ithead")],
                "Your Microsoft invoice G068412377 is ready",
                B.alt(text, "brand", "utf-8", brand="Microsoft", color="#2f2f2f", lang="en"),
                hcs=("utf-8", "Q"), region="utc", p=dict(svc="microsoft"),
                what="Genuine monthly Microsoft 365 invoice notification to the IT head (billing admin)",
                why="Real microsoft.com sender and Microsoft outbound infrastructure; billing account is Example "
                    "Group's own, in EUR, payable by wire per invoice; links only to admin.microsoft.com; no phone "
                    "number.")


def b12():
    text = """\
Hey lpetersen-exg!

A fine-grained personal access token (mailgw-config-backup) with access to 1 repository was recently added to your account. Visit https://github.com/settings/personal-access-tokens for more information.

To see this and other security events for your account, visit https://github.com/settings/security-log

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team"""
    return Mail("en", "github-pat-added-notice", "service", (2026, 11, 10, 12, 3, 27),
                ("GitHub", "noreply@github.com"), [("Lars Petersen", "lars.petersen@example.com")],
                "[GitHub] A fine-grained personal access token has been added to your account",
                B.alt(text, "simple", "utf-8", "7bit", linkstyle="plain"), hcs=("utf-8", "Q"), region="utc",
                p=dict(svc="github"),
                what="Genuine GitHub security notification (new fine-grained PAT) to the mail administrator",
                why="GitHub's real outbound servers (out-*.smtp.github.com) and noreply address; plain informational "
                    "text with links only to github.com; corresponds to the admin's own action.")


def b13():
    rows = [("FDA SOU-2026-0811  MV NORDIC TERN  Southampton 02-05/10/2026", 11402.77),
            ("FDA IMM-2026-0417  MV NORDIC KITE  Immingham 21-23/09/2026", 10502.35)]
    total = sum(x for _, x in rows)
    assert abs(total - 21905.12) < 0.005
    lines = [("Nordic Bulk Carriers A/S", 15, True), "Amaliegade 21, 1256 Copenhagen K, Denmark", "",
             ("REMITTANCE ADVICE", 13, True), "Payment reference: NBC-PMT-2026-10-0388",
             "Value date: 14/10/2026   Currency: GBP", "",
             "Payee: Example Shipping & Port Services GmbH - UK Branch, Southampton",
             "Paid to: account on file (ending ...7731)", "", ("Document                                                         Amount GBP", 9, True)]
    lines += [("%-62s %12s" % (d, "{:,.2f}".format(a)), 9, False) for d, a in rows]
    lines += ["", ("Total paid: GBP %s" % "{:,.2f}".format(total), 11, True), "",
              "Queries: accounts@nordicbulk.dk (quote the payment reference)"]
    text = """\
Dear Sir/Madam,

Please find attached our remittance advice for payment NBC-PMT-2026-10-0388 (value date 14/10/2026, GBP 21,905.12) covering the disbursement accounts listed in the attachment.

This is an automatically generated e-mail from our accounts payable system. If you have any questions, please contact accounts@nordicbulk.dk quoting the payment reference.

Kind regards
Accounts Payable
Nordic Bulk Carriers A/S
Amaliegade 21, 1256 Copenhagen K, Denmark"""
    return Mail("en", "nordic-bulk-remittance-advice", "m365", (2026, 10, 14, 10, 25, 50),
                ("Nordic Bulk Carriers A/S - Accounts", "accounts@nordicbulk.dk"), [S("uk_acc")],
                "Remittance advice NBC-PMT-2026-10-0388",
                B.mixed(B.plain(text, "us-ascii", "7bit"),
                        pdf_part("Remittance_NBC-PMT-2026-10-0388.pdf", lines, title="Remittance advice",
                                 author="Nordic Bulk Carriers A/S", producer="Microsoft Dynamics 365 Business Central",
                                 creator="Business Central", date="20261014102500+02'00'")),
                hcs=("utf-8", "Q"), region="de",
                p=dict(content_lang="en-US", srv="DB8PR09MB3418", tenant="5d2f7a91-3c4e-4b8a-9f61-0e7d2c8b4a13",
                       out=("EUR03-DBA-obe", "mail-dbaeur03on2115", "40.107.104.115")),
                what="Genuine remittance advice (PDF) from customer Nordic Bulk's accounts payable",
                why="Customer's real domain and Microsoft 365 tenant (same tenant as its Teams invites); PDF lists "
                    "real FDA numbers; nothing to log in to; money paid to the account on file.")


def b14():
    text = """\
James,

I have to raise a formal complaint about Saturday's crew change on MV BALTIC WREN at Southampton.

Two of our on-signers (AB Reyes and OS Dela Cruz) waited at the Dock Gate 10 security lodge for almost three hours because the launch/taxi your office had confirmed never turned up. Nobody answered your out-of-hours number until 21:40. The vessel sailed without them and we have had to fly both men to Rotterdam to join there.

Our additional costs so far:
- re-booked flights LHR-AMS: GBP 612.40
- hotel Southampton (1 night, 2 rooms): GBP 238.00
- agency fee and transport in Rotterdam: EUR 1,140.00

I'd like a written explanation of what went wrong by Friday and your proposal on how these costs will be covered. We've been happy with your team for years, but this cannot happen again - we have four more crew changes planned through Southampton before Christmas.

Regards,
Daniel Hughes
Crew Operations Manager
Seaview Crew Management Ltd"""
    return Mail("en", "seaview-complaint-failed-crew-change", "gws", (2026, 11, 9, 17, 26, 44),
                ("Daniel Hughes", "daniel.hughes@seaviewcrew.co.uk"), [S("uk_mgr")],
                "Complaint - failed crew change MV BALTIC WREN, Southampton 07/11",
                B.alt(text, "gmail", "utf-8", "quoted-printable"), cc=[S("ops")], hcs=("utf-8", "Q"),
                p=dict(ghost=("mail-ed1-f44", "209.85.208.44")),
                what="Angry customer complaint about a failed crew change, with cost claims",
                why="Known customer on its Google Workspace domain; operational facts verifiable by the office; "
                    "claims costs but asks for a written explanation - no new bank details, no link.")


def b15():
    r = Rnd("mc-b15")
    u, lid = r.hexs(25), r.hexs(10)
    trk = "https://shipinsight-europe.us21.list-manage.com/track/click?u=%s&id=%%s&e=%s" % (u, r.hexs(10))
    unsub = "https://shipinsight-europe.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (
        u, lid, r.hexs(10), r.hexs(10))
    text = """\
ShipInsight Europe - Weekly Briefing, 30 October 2026

Dry bulk: Capesize earnings firm on Brazilian iron ore volumes; Supramax steady in the Atlantic.
[[Read more|%s]]

Regulation: What the first full year of EU ETS surrender at 100 %% means for time-charter clauses.
[[Read more|%s]]

Ports: Felixstowe and Southampton publish 2027 tariff books - pilotage up 4.5 %%.
[[Read more|%s]]

Crew: Manila-Europe flight capacity tightens ahead of the Christmas crew-change peak.
[[Read more|%s]]

You are receiving this email because you subscribed at shipinsight-europe.com.
[[Update your preferences|https://shipinsight-europe.us21.list-manage.com/profile?u=%s&id=%s]] or [[unsubscribe|%s]]""" % (
        trk % r.hexs(10), trk % r.hexs(10), trk % r.hexs(10), trk % r.hexs(10), u, lid, unsub)
    return Mail("en", "newsletter-shipinsight-mailchimp", "esp", (2026, 10, 30, 7, 0, 11),
                ("ShipInsight Europe", "news@shipinsight-europe.com"), [S("charter")],
                "Weekly Briefing: Capesize firm, ETS clauses, UK port tariffs 2027",
                B.alt(text, "brand", "utf-8", brand="ShipInsight Europe", color="#123b5d", lang="en",
                      linkstyle="bracket", pixel="https://shipinsight-europe.us21.list-manage.com/track/open.php?u=%s" % u,
                      footer="Copyright © 2026 ShipInsight Europe Ltd, All rights reserved."),
                hcs=("utf-8", "Q"), region="utc", p=dict(esp="mailchimp", list_name="ShipInsight Europe"),
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@mailchimpapp.net?subject=unsubscribe>"
                        % (unsub, u[:12], lid, r.hexs(10))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                what="Subscribed maritime newsletter via Mailchimp with List-Unsubscribe",
                why="Mailchimp infrastructure with list ID, one-click unsubscribe and tracking on list-manage.com; "
                    "editorial content only, no credential or payment request.")


def b16():
    lines = [("DRAFT - SUBJECT TO CONTRACT - WITHOUT PREJUDICE", 10, True), "",
             ("SETTLEMENT AGREEMENT", 14, True), "",
             "between (1) Harwich Grain Ltd (the Claimants) and (2) Nordic Bulk Carriers A/S (the Owners)",
             "Re: MV NORDIC TERN (%s) - wet damage to wheat cargo, discharge Felixstowe 08/2026" % TERN, "",
             "1. Settlement sum: USD 48,500.00 in full and final settlement of all claims.",
             "2. Payment by the Owners' P&I Club directly to the Claimants' solicitors' client account",
             "   within 21 days of signature.",
             "3. No admission of liability. Each party bears its own costs.",
             "4. Example Shipping & Port Services GmbH (UK Branch) is released from any claim as port agent.",
             "5. Governing law: English law; LMAA Terms.", "",
             ("Marlow Keane LLP - ref. MK-4471/26 - draft 1 of 19/11/2026", 8, False)]
    text = """\
Dear James,

Further to our call on Tuesday, I attach a first draft of the settlement agreement with the cargo interests (Harwich Grain Ltd) for your and Nordic Bulk's review. The headline terms are as discussed: full and final settlement at USD 48,500, no admission of liability, each party to bear its own costs, and payment to be made by the P&I Club directly to the claimants' solicitors - so no funds will pass through Example Group or through our client account.

Please let me have any comments by Wednesday 25 November. Once agreed, the signature pages can be executed via DocuSign from our firm's account.

For good order: our bank details have not changed, and we will never notify changes to our bank details by e-mail. If you ever receive such a request purporting to come from us, please call me on the number in our engagement letter before acting on it.

Kind regards,

Richard Keane
Partner
Marlow Keane LLP
5 Lloyd's Avenue, London EC3N 3AE

This e-mail is confidential and may be legally privileged. Marlow Keane LLP is authorised and regulated by the Solicitors Regulation Authority."""
    return Mail("en", "solicitor-draft-settlement-agreement", "service", (2026, 11, 19, 11, 48, 30),
                ("Richard Keane", "r.keane@marlowkeane.co.uk"), [S("uk_mgr")],
                "Cargo claim MV NORDIC TERN / Felixstowe - draft settlement agreement [MK-4471/26]",
                B.mixed(B.alt(text, "outlook", "windows-1252"),
                        pdf_part("MK-4471-26_Draft_Settlement_Agreement_v1.pdf", lines, title="Draft settlement agreement",
                                 author="Richard Keane", producer="Microsoft\xae Word for Microsoft 365",
                                 creator="Microsoft\xae Word for Microsoft 365", date="20261119113900Z")),
                cc=[S("uk_acc")], hcs=("windows-1252", "Q"),
                p=dict(svc="mimecast", mta=("MKL-EXCH01.marlowkeane.local", "10.1.1.20"),
                       exch="MKL-EXCH01.marlowkeane.local"),
                what="Genuine e-mail from the group's maritime solicitors with a draft settlement agreement",
                why="Known law firm on its own domain, outbound through its Mimecast gateway; no payment to the "
                    "company is requested (P&I club pays claimants directly); explicitly warns against e-mailed "
                    "bank-detail changes.")


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
